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
	from := 0
	if adj := a.frontedClose(k); adj >= 0 {
		for from < len(toks) && toks[from].Start <= adj {
			from++
		}
	}
	for j := from; j < len(toks); j++ {
		t := toks[j]
		if finiteVerbAt(toks, j) || irregularPastAt(toks, j) {
			return -1, -1 // a verb before it: the phrase is no subject of the main clause
		}
		if t.Lower != "the" {
			continue
		}
		h := titleHeadAfter(toks, j)
		if h < 0 {
			continue // "over the strait": another phrase
		}
		if a.inQuoted(a.Sentences[k].Start+t.Start) || h+1 >= len(toks) || !(finiteVerbAt(toks, h+1) || irregularPastAt(toks, h+1)) {
			return -1, -1
		}
		var role []string
		for _, w := range toks[j+1 : h+1] {
			if isTitleWord(w.Lower) {
				role = append(role, w.Lower)
			}
		}
		ei := entityByRole(a.Entities, strings.Join(role, " "), lexicon.Default())
		if ei < 0 || a.Entities[ei].Type != Person || !pronounFits(p, &a.Entities[ei]) {
			return -1, -1
		}
		return ei, t.Start
	}
	return -1, -1
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

// apposedList returns the first person of a list of names set in
// apposition to a plural noun of persons that opens the main clause of
// sentence k ("In a survey last spring, four geographers — Ada Lund at
// Tarn College, Ivo Marsh and Tom Berg — mapped …"): the list tells who
// the group is, and a later "they" speaks through its first
// name as a list subject does (TestListSubjectFirst). The noun phrase is
// at most four lower-case words or numbers ending in a plural of a
// noun.person sense (headKind), closed by a dash or a comma; two persons
// at least are named after it. Else -1.
func (a *Analysis) apposedList(k int) int {
	toks := a.Tokens[k]
	from := 0
	if adj := a.frontedClose(k); adj >= 0 {
		for from < len(toks) && toks[from].Start <= adj {
			from++
		}
	}
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
	if first < 0 || a.Entities[first].Type != Person || len(persons) < 2 {
		return -1
	}
	return first
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
// group (a chain: "… four geographers — A, B and C — mapped …. They
// went through …. The recovery, they concluded, …"). A sentence that
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
