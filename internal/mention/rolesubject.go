package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A sentence's subject may be a person written by a title alone ("the
// admiral smiled") or a noun phrase a name only modifies ("the Doe
// campaign said"). For a later "he" or "she" the first is the person who
// holds the title in the article, though a name written after it in the
// sentence or before it in the article is someone else's; the second is
// no person, so the pronoun goes back past that sentence (Grosz, Joshi
// and Weinstein 1995, centering: the subject of the sentence before is
// the likeliest antecedent; a noun premodifier, a proper noun too, does
// not head its noun phrase: Quirk et al. 1985, ch. 17).

// roleSubject returns the entity of the person that the definite title
// phrase opening the main clause of sentence k names ("the admiral
// smiled", after a fronted adjunct too: "Pressed again, the admiral
// smiled"), with the phrase's sentence offset, when pronoun p (he or she)
// fits that person; -1, -1 otherwise. The phrase is "the", at most two
// lower-case modifiers and a title head (headwords.txt), followed by a
// finite verb; no finite verb stands before it in the clause ("Doe said
// the admiral erred": the admiral is the subject of Doe's content), and
// the article gives the title to one person only (entityByRole).
func (a *Analysis) roleSubject(k int, p string) (ent, at int) {
	if p != "he" && p != "she" {
		return -1, -1
	}
	toks := a.Tokens[k]
	from := a.mainClauseStart(k)
	// The phrase opens the main clause, at most after one adverb ("Later
	// the senator laughed"): a "the" further on may open an object, a
	// content clause ("Critics say the admiral waited": "say" is no -ed
	// form finiteVerbAt sees) or an adverbial clause ("… as the governor
	// arrived").
	j := from
	if j+1 < len(toks) && toks[j].Lower != "the" && toks[j].IsWord() && adverbOnly(toks[j].Lower) {
		j++
	}
	if j >= len(toks) || toks[j].Lower != "the" {
		return -1, -1
	}
	t := toks[j]
	h := titleHeadAfter(toks, j)
	if h < 0 || a.inQuoted(a.Sentences[k].Start+t.Start) || h+1 >= len(toks) || !(finiteVerbAt(toks, h+1) || irregularPastAt(toks, h+1)) {
		return -1, -1
	}
	lx := lexicon.Default()
	if lx.Has(toks[h].Lower, lexicon.Adj) && pluralNounForm(lx, toks[h+1].Lower) {
		return -1, -1 // "the general strikes spread": an adjective and a plural noun, no title and its verb
	}
	var role, words []string
	for _, w := range toks[j+1 : h+1] {
		if isTitleWord(w.Lower) {
			role = append(role, w.Lower)
		}
		words = append(words, strings.TrimSuffix(w.Lower, "."))
	}
	ei := entityByRole(a.Entities, strings.Join(role, " "), lx)
	if ei < 0 || a.Entities[ei].Type != Person || !pronounFits(p, &a.Entities[ei]) {
		return -1, -1
	}
	if !sameOffice(a.holderTitles(ei), words) || !a.namedBefore(ei, k) || a.apposedTitle(ei, toks[h].Lower) {
		return -1, -1
	}
	return ei, t.Start
}

// pluralNounForm reports whether w is the plural of a noun ("strikes",
// "worries"): after an adjective it heads a noun phrase.
func pluralNounForm(lx *lexicon.Lexicon, w string) bool {
	b := lx.Base(w, lexicon.Noun)
	return b != w && lx.Has(b, lexicon.Noun)
}

// sameOffice reports whether one of a holder's titles, its abbreviations
// written out and its words other than title words and their modifiers
// left out, is the description's words ("the admiral" and "Adm."; "the
// vice president" and "Vice President"). A modifier on one side only
// tells another office or holder: "the president" is not "Vice President
// Roe", "the prime minister" is not "Deputy Prime Minister Roe", "the
// second officer" is not "Officer Roe" (a premodifier restricts the
// head's reference: Quirk et al. 1985 §17.4).
func sameOffice(titles []string, words []string) bool {
	want := strings.Join(words, " ")
	for _, t := range titles {
		var ws []string
		for _, w := range strings.Fields(lower(t)) {
			w = strings.TrimSuffix(w, ".")
			if !isTitleWord(w) && !titleMods[w] {
				continue
			}
			if full := abbrevOf[w]; full != "" {
				w = full
			}
			ws = append(ws, w)
		}
		if strings.Join(ws, " ") == want {
			return true
		}
	}
	return false
}

// holderTitles returns the titles of entity ei, each with a title word
// or modifier written right before its mention that the name's span left
// out ("Vice" of "Vice President Ivo Marsh").
func (a *Analysis) holderTitles(ei int) []string {
	qualified := map[string]string{}
	for _, m := range a.Mentions {
		if m.Entity != ei || m.Title == "" {
			continue
		}
		if w := lower(lastWord(a.Sentences[m.Sentence].Text[:m.Start])); isTitleWord(w) || titleMods[w] {
			qualified[m.Title] = w + " " + m.Title
		}
	}
	var ts []string
	for _, t := range a.Entities[ei].Titles {
		if q, ok := qualified[t]; ok {
			t = q
		}
		ts = append(ts, t)
	}
	return ts
}

// namedBefore reports whether entity ei has a mention in a sentence
// before k: a definite description goes back to someone already named,
// not to a holder of the title whom the article names later.
func (a *Analysis) namedBefore(ei, k int) bool {
	for _, m := range a.Mentions {
		if m.Entity == ei && m.Sentence < k {
			return true
		}
	}
	return false
}

// apposedTitle reports whether another person of the article is given
// the title head in an apposition after the name ("Ivo Marsh, a senator
// from the coast,"): the title then has two holders, though only one
// carries it before the name (entityByRole sees titles before names).
func (a *Analysis) apposedTitle(ei int, head string) bool {
	for _, m := range a.Mentions {
		if m.Entity == ei || a.Entities[m.Entity].Type != Person {
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(a.Sentences[m.Sentence].Text[m.End:]), ",")
		ws := strings.Fields(lower(rest))
		if !ok || len(ws) < 2 || ws[0] != "a" && ws[0] != "an" && ws[0] != "the" {
			continue
		}
		for i := 1; i < len(ws) && i <= 4; i++ {
			if strings.Trim(ws[i], ",.;:") == head {
				return true
			}
			if strings.ContainsAny(ws[i], ",;") {
				break
			}
		}
	}
	return false
}

// titleHeadAfter returns the index of the title head (a lower-case word of
// headwords.txt that heads a title: "admiral", "senator") that ends the
// noun phrase opened by the article at toks[j], within three words, or
// -1. Only title words and their modifiers of headwords.txt stand before
// it ("the deputy mayor", "the junior senator"): another modifier may
// tell a holder the article has not named ("the other senator", "the new
// coach"). A possessive after it ("the admiral's answer") makes the title
// a determiner, no head.
func titleHeadAfter(toks []text.Token, j int) int {
	for h := j + 1; h < len(toks) && h <= j+3; h++ {
		t := toks[h]
		if !t.IsWord() || t.IsCapitalized() {
			return -1
		}
		if titleWords[t.Lower] && titleHeads[t.Lower] {
			if h+1 < len(toks) && (toks[h+1].Text == "’s" || toks[h+1].Text == "'s" || toks[h+1].Lower == "of") {
				return -1 // "the admiral's answer", "the governor of Tarn"
			}
			return h
		}
		if !isTitleWord(t.Lower) && !titleMods[t.Lower] {
			return -1
		}
	}
	return -1
}

// nameModifiesNoun reports whether name mention m of sentence k only
// premodifies the common noun after it: an article before the name and a
// lower-case noun after it that is no finite verb ("the Doe campaign
// said", "a Roe aide told"). The noun heads the phrase, so the name is no
// subject a pronoun goes back to.
func (a *Analysis) nameModifiesNoun(k int, m NameMention) bool {
	s := a.Sentences[k].Text
	before := strings.Fields(lower(s[:m.Start]))
	if len(before) == 0 {
		return false
	}
	switch before[len(before)-1] {
	case "the", "a", "an":
	default:
		return false
	}
	toks := a.Tokens[k]
	for j, t := range toks {
		if t.Start < m.End {
			continue
		}
		return t.IsWord() && !t.IsCapitalized() && nounModifies(t.Lower) && !finiteVerbAt(toks, j) && !irregularPastAt(toks, j)
	}
	return false
}

// modifiesPersonNoun reports whether the word after name mention m of
// sentence k is a noun whose commonest sense is a person ("a Doe aide",
// "the Doe lawyer"): that person, not the name, is the subject a pronoun
// after it stands for. In a sentence before the pronoun's, a name before
// a noun of another kind ("the Doe campaign ran an ad") is still the one
// person the sentence names, the likeliest "he" after it (centering: the
// highest-ranked entity the pronoun fits).
func (a *Analysis) modifiesPersonNoun(k int, m NameMention) bool {
	for _, t := range a.Tokens[k] {
		if t.Start < m.End {
			continue
		}
		if !t.IsWord() {
			return false
		}
		lx := lexicon.Default()
		s, ok := lx.FirstSense(lx.Base(t.Lower, lexicon.Noun), lexicon.Noun)
		return ok && s.Lex == lexicon.NounPerson
	}
	return false
}

// apposedList returns the first person of a list of names set in
// apposition to a plural noun of persons that opens the main clause of
// sentence k ("After the vote, two surveyors — Greta Holm of Kell and
// Jonas Falk — wrote to …"): the list tells who
// the group is, and a later "they" speaks through its first
// name as a list subject does (TestListSubjectFirst). The noun phrase is
// at most four lower-case words or numbers ending in a plural of a
// noun.person sense (headKind), closed by a dash or a comma; two persons
// at least are named after it. Else -1.
func (a *Analysis) apposedList(k int) int {
	toks := a.Tokens[k]
	from := a.mainClauseStart(k)
	sep := -1
	for j := from; j < len(toks) && j <= from+4; j++ {
		t := toks[j]
		if j > from && (t.Text == "," || isDashToken(t.Text) || t.Text == "-" && t.Start > toks[j-1].End) {
			sep = j
			break
		}
		if !t.IsNumber() && (!t.IsWord() || t.IsCapitalized() && j > from) || finiteVerbAt(toks, j) || irregularPastAt(toks, j) {
			return -1 // a name or a verb: no noun phrase of its own ("Roe met economists — …")
		}
	}
	if sep < 0 || a.inQuoted(a.Sentences[k].Start+toks[from].Start) {
		return -1
	}
	head := toks[sep-1]
	for sep+1 < len(toks) && toks[sep+1].Text == "-" {
		sep++ // "--" written as two hyphens
	}
	if sep+1 >= len(toks) {
		return -1
	}
	if !head.IsWord() || headKind(head.Lower) != KindGroup || lexicon.Default().Base(head.Lower, lexicon.Noun) == head.Lower {
		return -1 // no plural noun of persons ("staff" is a group, but names no members one by one)
	}
	first, persons := -1, map[int]bool{}
	for _, m := range a.Mentions {
		if m.Sentence != k || m.Start < toks[sep+1].Start {
			continue
		}
		if first < 0 {
			if m.Start != toks[sep+1].Start {
				return -1 // the names do not follow the noun at once
			}
			first = m.Entity
		}
		if a.Entities[m.Entity].Type == Person {
			persons[m.Entity] = true
		}
	}
	if first < 0 || a.Entities[first].Type != Person || len(persons) < 2 || !listActs(toks, sep) {
		return -1
	}
	return first
}

// listActs reports whether the clause whose subject is the list apposed
// after separator token sep is active and its verb one of doing rather
// than of undergoing: after the separator that closes the list (the next
// dash, or a comma before a lower-case word), no form of "be" or "get"
// ("three hikers — … — were hurt": a passive, the persons are what the
// event befell) and no verb without an object whose commonest WordNet
// sense is a change of state or of the body ("died when …", "vanished":
// an unaccusative, its subject undergoes it; Perlmutter 1978). Those named are then the story's
// victims or accused, not the sources a later "they" speaks through.
func listActs(toks []text.Token, sep int) bool {
	dash := toks[sep].Text != ","
	j := sep + 1
	for ; j < len(toks); j++ {
		t := toks[j]
		if dash && (isDashToken(t.Text) || t.Text == "-" && t.Start > toks[j-1].End) {
			break
		}
		if !dash && t.Text == "," && j+1 < len(toks) && toks[j+1].IsWord() && !toks[j+1].IsCapitalized() && toks[j+1].Lower != "and" {
			break
		}
	}
	for j < len(toks) && !toks[j].IsWord() {
		j++
	}
	for j < len(toks) && adverbOnly(toks[j].Lower) {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch w := toks[j].Lower; w {
	case "is", "are", "was", "were", "been", "be", "being", "got", "get", "gets":
		return false
	case "had", "have", "has":
		if j+1 < len(toks) && toks[j+1].Lower == "been" {
			return false // "had been charged"
		}
		return true // "had mapped": the perfect of an active verb
	}
	if j+1 < len(toks) && (determiners[toks[j+1].Lower] || toks[j+1].IsNumber()) {
		return true // "raised a challenge": an object, the subject acts
	}
	lx := lexicon.Default()
	s, ok := lx.FirstSense(lx.Base(toks[j].Lower, lexicon.Verb), lexicon.Verb)
	return !ok || s.Lex != lexicon.VerbChange && s.Lex != lexicon.VerbBody
}

// mainClauseStart returns the index of sentence k's first token after a
// fronted adjunct closed by a comma (frontedClose: "Pressed again, the
// admiral smiled"), 0 when none is fronted.
func (a *Analysis) mainClauseStart(k int) int {
	toks := a.Tokens[k]
	from := 0
	if adj := a.frontedClose(k); adj >= 0 {
		for from < len(toks) && toks[from].Start <= adj {
			from++
		}
	}
	return from
}

// isDashToken reports whether a token is a dash that sets off an
// apposition: an em or en dash, or two hyphens (a hyphen with a space
// before it counts too: "economists - Ada Lund …").
func isDashToken(s string) bool {
	return s == "—" || s == "–" || s == "--"
}

// listAntecedent returns the person through whom an unresolved "they" of
// quote q speaks: the first of the names apposed to a group that opens
// an earlier sentence (apposedList), no more than three sentences back
// from the pronoun or from a sentence whose own "they" goes on with the
// group (a chain: "… two surveyors — A and B — wrote …. They had
// watched …. Even so, they argued …"). A sentence that
// opens with another group of persons (openingGroup) ends the search.
// Else -1.
func (a *Analysis) listAntecedent(q Quote) int {
	gap := 0
	for k := q.Sentence - 1; k >= 0 && gap < 3; k-- {
		if e := a.apposedList(k); e >= 0 {
			return e
		}
		if np, _ := a.openingGroup(k); np != "" {
			return -1
		}
		if a.hasNarrativePronoun(k, "they") {
			gap = 0
		} else {
			gap++
		}
	}
	return -1
}

// hasNarrativePronoun reports whether sentence k holds pronoun p outside
// quotation marks.
func (a *Analysis) hasNarrativePronoun(k int, p string) bool {
	for _, t := range a.Tokens[k] {
		if t.Lower == p && !a.inQuoted(a.Sentences[k].Start+t.Start) {
			return true
		}
	}
	return false
}
