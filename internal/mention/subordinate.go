package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// subordinators are the subordinating conjunctions that open an adverbial
// clause before a sentence's main clause ("After X criticised the plan,
// Y replied …"): a closed class of English grammar.
var subordinators = set("after", "before", "since", "while", "whilst", "when", "whenever", "as", "although", "though", "because", "if", "unless", "until", "once", "whereas")

// mainAfterIntro finds, for a verb at token i of a sentence that opens
// with an adverbial clause ("While Doe pledged to …, Roe insisted …"), the
// comma k that closes that clause and the finite verb j of the main
// clause after it, within eight tokens of the comma. It returns -1, -1
// when the sentence opens no such clause, when token i lies outside it,
// or when no main clause with a subject and a finite verb follows.
func mainAfterIntro(toks []text.Token, i int) (k, j int) {
	if len(toks) < 4 || !subordinators[toks[0].Lower] {
		return -1, -1
	}
	for k = 2; k < len(toks)-2; k++ {
		switch toks[k].Text {
		case ";", ":", "“", "”", "\"":
			return -1, -1
		case ",":
		default:
			continue
		}
		if !startsClause(toks[k+1]) {
			continue
		}
		for j = k + 2; j < len(toks) && j <= k+8 && toks[j].Text != ","; j++ {
			if !finiteVerbAt(toks, j) && !pastAfterSubject(toks, j) {
				continue
			}
			if k <= i {
				return -1, -1 // the verb is the main clause's own
			}
			return k, j
		}
	}
	return -1, -1
}

// pastAfterSubject reports whether token j is an inflected verb form
// other than a participle in -ing ("shot", "wrote") right after a name or
// a subject pronoun: the finite verb of an irregular past ("Roe shot
// back").
func pastAfterSubject(toks []text.Token, j int) bool {
	lw := toks[j].Lower
	if j == 0 || !toks[j].IsWord() || toks[j].IsCapitalized() || strings.HasSuffix(lw, "ing") {
		return false
	}
	if b := lexicon.Default().Base(lw, lexicon.Verb); b == lw {
		return false
	}
	prev := toks[j-1].Lower
	return toks[j-1].IsCapitalized() || prev == "he" || prev == "she" || prev == "they" || prev == "we" || prev == "i"
}

// saidBefore reports whether a quote opens right after an inflected verb
// of saying and a comma or colon, with words before the verb ("Doe
// previously said, “…”"): the verb introduces the quote.
func (a *Analysis) saidBefore(sp qspan, si int) bool {
	s := a.Sentences[si]
	upto := sp.open - s.Start
	if upto <= 0 || upto > len(s.Text) {
		return false
	}
	head := strings.TrimSpace(s.Text[:upto])
	if !strings.HasSuffix(head, ",") && !strings.HasSuffix(head, ":") {
		return false
	}
	toks := text.Tokens(strings.TrimSpace(head[:len(head)-1]))
	if len(toks) < 2 {
		return false
	}
	_, ok := tokenVerbForm(toks[len(toks)-1])
	if !ok {
		for i := len(toks) - 2; i >= 0 && i >= len(toks)-5; i-- {
			if putIt(toks, i) && mannerOnly(toks[i+2:]) {
				return true // "As Doe put it, “…”", "Doe put it bluntly: “…”"
			}
		}
	}
	return ok
}

// relativeReading reports whether a statement was read in a relative
// clause set off after its speaker's name ("…, who told reporters …"): a
// name in such an aside is not the sentence's subject.
func (a *Analysis) relativeReading(q Quote) bool {
	if q.SpeakerText == "" || q.Cue == "" {
		return false
	}
	s := a.Sentences[q.Sentence].Text
	i := strings.Index(s, q.SpeakerText)
	if i <= 0 {
		return false
	}
	rest := s[i+len(q.SpeakerText):]
	c := strings.Index(rest, q.Cue)
	if c < 0 {
		return false
	}
	between := lower(rest[:c])
	return strings.HasPrefix(between, ", who ") || strings.HasPrefix(between, " who ")
}

// pronounSubjectBefore reports whether the pronoun p, as a subject, opens
// the sentence of tokens toks (after at most an adverb or a conjunction)
// before byte offset off: the name at off is then no subject.
func pronounSubjectBefore(toks []text.Token, off int, p string) bool {
	for i, t := range toks {
		if t.Start >= off || i > 2 {
			return false
		}
		if t.Lower == p {
			return true
		}
		if !adverbish(t.Lower) && !coordinators[t.Lower] && t.Text != "," {
			return false
		}
	}
	return false
}

// possessiveOf maps a subject pronoun to its possessive determiner.
var possessiveOf = map[string]string{"he": "his", "she": "her", "they": "their", "it": "its"}

// opensWithPronoun reports whether a sentence opens, after at most two
// words that are adverbs, coordinators (coordinators: "and", "but",
// "yet") or the comma after them, with subject pronoun p or its possessive
// determiner ("But he has …", "Still, his goal is …"), as openingPronoun
// reads a main clause's opening: it goes on speaking of
// the topic named before, so a later pronoun's referent may have been
// named before it (centering: the backward-looking center stays the
// subject while pronouns realise it; Grosz, Joshi and Weinstein 1995).
func opensWithPronoun(toks []text.Token, p string) bool {
	if p == "" {
		return false
	}
	for i, t := range toks {
		if i > 2 {
			return false
		}
		if t.Lower == p || possessiveOf[p] != "" && t.Lower == possessiveOf[p] {
			return true
		}
		if !adverbish(t.Lower) && !coordinators[t.Lower] && t.Text != "," {
			return false
		}
	}
	return false
}

// subordinatePronoun reports whether a speaker window ends in a subject
// pronoun (adverbs after it) that a subordinator opens a clause with
// ("Roe is meeting Doe today as he urges …", "… because she
// argues …"): the pronoun is the subject of the subordinate clause's verb,
// not a name of the clause before the subordinator (Quirk et al. 1985
// §14.12: a finite subordinate clause has a subject of its own). "If"
// is left out: after "asked" it opens an indirect question (§15.4).
func subordinatePronoun(window string) bool {
	ws := strings.Fields(lower(window))
	n := len(strings.Fields(lastNP(window)))
	if n == 0 || len(ws) <= n {
		return false
	}
	w := strings.Trim(ws[len(ws)-n-1], ",.")
	return subordinators[w] && w != "if" // "asked if he …": an indirect question, the asker's
}

// subordinateStart returns the sentence offset where the subject of a
// finite clause begins when a subordinator inside the speaker window
// cs..i opens the clause whose verb is the cue at token i ("Grell was calm
// after a nurse told him …": the nurse told, not Grell), else cs. The
// subordinate clause has a subject of its own, so the main clause's
// subject is no source of its verb (Quirk et al. 1985 §14.12, §15.17).
// The words between the subordinator and the cue must be a plain noun
// phrase: words only, no comma (", Doe said" after a fronted "after"
// phrase is the main clause), no relative pronoun ("as a man who said"),
// no finite verb of its own; the cue is finite (no -ing form, no "to"
// before it), and the subordinator does not open the window.
func subordinateStart(toks []text.Token, cs, i int) int {
	if i < 2 || strings.HasSuffix(toks[i].Lower, "ing") {
		return cs
	}
	if tag, ok := lexicon.ClosedClass(toks[i-1].Lower); ok && tag != "PRP" && tag != "NNP" {
		return cs // "to say", "evidence of supposed …": no noun phrase ends there
	}
	for j := i - 1; j > 0 && j >= i-7; j-- {
		t := toks[j]
		if t.Start <= cs {
			return cs
		}
		if !t.IsWord() || relativeWords[t.Lower] || finiteVerbAt(toks, j) || irregularPastAt(toks, j) {
			return cs
		}
		if !subjectSubordinators[t.Lower] {
			continue
		}
		if j == i-1 || t.Lower == "as" && asComparative[toks[j-1].Lower] || !opensNounPhrase(toks[j+1]) {
			return cs // "have once again decided": an adverb, no clause
		}
		return toks[j+1].Start
	}
	return cs
}

// opensNounPhrase reports whether a token can open a clause's subject: a
// determiner, a subject pronoun, a capitalised word, a figure, or a word
// WordNet knows as a noun or an adjective and not as an adverb ("once
// again": no subject).
func opensNounPhrase(t text.Token) bool {
	w := t.Lower
	if determiners[w] || nominativePronoun(w) || t.IsCapitalized() || isDigitStart(w) {
		return true
	}
	lx := lexicon.Default()
	return (lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun) || lx.Has(w, lexicon.Adj)) && !lx.Has(w, lexicon.Adv)
}

// subjectSubordinators are the subordinators that open a finite clause
// with its subject mid-sentence and that clauseStart passes over (it
// stops at "when", "while", "because", "although"); several are also
// prepositions, so only a plain noun phrase before a finite cue reads them
// as opening a clause (subordinateStart).
var subjectSubordinators = set("after", "before", "since", "until", "till", "once", "as", "unless", "whereas", "though")

// asComparative are the words before "as" that make it a comparison or a
// correlative ("such as", "as well as", "the same as", "so as"), no
// subordinator of time or reason.
var asComparative = set("such", "well", "same", "so", "as", "just")

// speakingSubject reports whether a source read from a subordinate
// clause's subject (subordinateStart) can speak: a name, a role or a
// pronoun, or a description headed by a noun of persons, of a group or
// of a document (headKind: "a nurse in Dunmore", "the report"), not any
// noun phrase ("one leap after the next of a jump called …").
func speakingSubject(q Quote) bool {
	switch q.How {
	case "named", "role", "pronoun":
		return true
	case "nominal", "statement":
	default:
		return false
	}
	head := ""
	for _, w := range strings.Fields(q.SpeakerText) {
		w = strings.Trim(w, ",.;:")
		if tag, ok := lexicon.ClosedClass(lower(w)); ok && (tag == "IN" || tag == "TO") {
			break // "a nurse in Dunmore": the head comes before the complement
		}
		head = w
	}
	return head != "" && headKind(head) != ""
}

// otherIntroduces reports whether the quoted stretch nx, in sentence nsi,
// is introduced by a reporting clause of its own right before it ("“A,”
// Roe said, as Doe added: “B.”", "…, while Doe said, “B.”") whose subject
// names someone other than q's speaker: a second clause, coordinated or
// subordinate, with its own subject and verb of saying is a second
// attribution (Quirk et al. 1985 §14.31, reporting clauses), so the two
// quotations are two statements and not one joined across the first's
// attribution. A pronoun subject ("…, and she added: “B.”") may be the
// same speaker and keeps the join.
func (a *Analysis) otherIntroduces(body string, nx qspan, nsi int, q Quote) bool {
	if !a.saidBefore(nx, nsi) {
		return false
	}
	r := Quote{Entity: -1}
	if !a.attributeBefore(body, nx, nsi, &r) || r.SpeakerText == "" || r.How == "pronoun" || pronounIn(r.SpeakerText) != "" {
		return false
	}
	if r.Entity >= 0 && r.Entity == q.Entity || r.SpeakerText == q.SpeakerText {
		return false
	}
	return subjectOfCue(a.Sentences[nsi].Text, a.Tokens[nsi], nx.open-a.Sentences[nsi].Start, r)
}

// subjectOfCue reports whether r's speaker phrase, as written in sentence
// text s, is the subject of r's cue: it stands right before the cue, with
// at most adverbs ("Doe then added") or a parenthetical set off by two
// commas ("Doe, her deputy, said") between them. A name read before a cue
// with no subject of its own is not ("…,” Roe told Doe, then added: “B.”";
// "…, as Doe nodded and she added: “B.”": "then added" and "she added"
// keep Roe's quotation whole). upto is the quote's opening offset in s.
func subjectOfCue(s string, toks []text.Token, upto int, r Quote) bool {
	c := -1
	for k, t := range toks {
		if t.End > upto {
			break
		}
		if t.Text == r.Cue {
			c = k
		}
	}
	if c < 1 {
		return false
	}
	at := strings.LastIndex(s[:toks[c].Start], r.SpeakerText)
	if at < 0 {
		return false
	}
	between := strings.TrimSpace(s[at+len(r.SpeakerText) : toks[c].Start])
	if strings.HasPrefix(between, ",") {
		// a parenthetical: one stretch between two commas
		return len(between) > 1 && strings.HasSuffix(between, ",") && strings.Count(between, ",") == 2
	}
	lx := lexicon.Default()
	for _, t := range text.Tokens(between) {
		if !adverbish(t.Lower) && !(lx.Has(t.Lower, lexicon.Adv) && !lx.Has(t.Lower, lexicon.Verb)) {
			return false
		}
	}
	return true
}
