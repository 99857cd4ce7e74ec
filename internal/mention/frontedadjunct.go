package mention

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// frontedAdjunctEnd returns the sentence offset of the comma that closes
// an adverbial phrase opening a speaker window ("In describing Doe, Roe
// said", "After the talks with Doe, Roe said"): the window's first word is
// a preposition or subordinator that opens adverbials (adverbialOpeners)
// and words follow the comma. A name inside such a phrase is no subject
// of the verb after it (Quirk et al. 1985, §8.14: adjuncts are not
// subjects). -1 when the window opens no such phrase.
func (a *Analysis) frontedAdjunctEnd(si, from, to int) int {
	s := a.Sentences[si].Text
	w := s[from:to]
	f := strings.Fields(w)
	if before := strings.Fields(s[:from]); len(before) == 1 {
		// the clause start as read passed over a subordinator that
		// opens the sentence ("When Doe left, Roe said")
		f = append(before, f...)
	}
	if o := adjunctOpenerAt(f); o > 0 {
		f = f[o:] // "A week after Doe left, Roe said", "Even as Doe left, Roe said"
	}
	if len(f) < 3 || !adverbialOpeners[lower(f[0])] {
		return -1
	}
	c := strings.Index(w, ",")
	if c < 0 || strings.TrimSpace(strings.Trim(w[c+1:], ",")) == "" || !verbInside(f[0], f[1:len(f)-len(strings.Fields(w[c+1:]))]) {
		return -1
	}
	return from + c
}

// verbInside reports whether an adjunct's words after its opener make it
// a clause or a participle's phrase, not a noun phrase whose name may be a
// source ("In a Doe poll released Monday, …"): they open with a lower-case
// -ing form ("describing"), or the opener is a subordinator (Penn Treebank
// "IN" that prepositionOpens refuses) and a finite verb follows.
func verbInside(opener string, ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	lx := lexicon.Default()
	if w := ws[0]; strings.HasSuffix(w, "ing") && unicode.IsLower([]rune(w)[0]) && lx.Has(lx.Base(w, lexicon.Verb), lexicon.Verb) {
		return true
	}
	if prepositionOpens(opener) {
		return false
	}
	if clauseOnlyOpeners[lower(opener)] {
		return true // "When the mayor left, …", "Although it rained, …"
	}
	toks := text.Tokens(strings.Join(ws, " "))
	for j := range toks {
		if finiteVerbAt(toks, j) || irregularPastAt(toks, j) {
			return true // "When Doe spoke", "As Doe won the vote"
		}
	}
	return false
}

// clauseOnlyOpeners are subordinators that open a clause and never a
// noun phrase (Quirk et al. 1985 §14.12: simple subordinators that are not
// also prepositions), so the words after them are a clause, finite or not
// ("when asked about Doe").
var clauseOnlyOpeners = set("when", "while", "whilst", "because", "although", "though", "if", "unless", "whereas", "whether")

// frontedClose returns the sentence offset of the comma that closes an
// adverbial opening sentence si before its subject — a prepositional
// phrase or a subordinate clause (its first word one of adverbialOpeners:
// "When Doe left, …") or a nonfinite clause opening with a participle
// ("Making her way around Cafe Roe, …", "Asked about Doe, …") — or -1. A
// name inside it is no subject of the main clause (Quirk et al. 1985,
// §8.14, §15.58).
func (a *Analysis) frontedClose(si int) int {
	toks := a.Tokens[si]
	f := 0
	for f < len(toks) && !toks[f].IsWord() {
		f++
	}
	if f >= len(toks) || a.inQuoted(a.Sentences[si].Start+toks[f].Start) {
		return -1 // "“If Doe had won, …,” Roe said": the quotation's own clause
	}
	if o := adjunctOpenerAt(tokenTexts(toks[f:])); o > 0 {
		f += o // "Two days after Doe left, …", "Even as Doe left, …"
	}
	if w := toks[f].Lower; !adverbialOpeners[w] && !participleOpener(w) {
		return -1
	}
	for _, m := range a.Mentions {
		if t := a.Entities[m.Entity].Type; m.Sentence == si && m.Start == toks[f].Start && (m.End > toks[f].End || t == Person || t == Organization) {
			return -1 // "United Airlines, …", "Manning, the club's coach, …": a name, no participle
		}
	}
	for j := f + 1; j+1 < len(toks); j++ {
		if toks[j].Text == "," {
			if !toks[j+1].IsWord() {
				return -1
			}
			return toks[j].Start
		}
	}
	return -1
}

// finiteBetween reports whether a finite verb stands among the tokens
// between sentence offsets from and to.
func finiteBetween(toks []text.Token, from, to int) bool {
	for j, t := range toks {
		if t.Start > from && t.Start < to && finiteVerbAt(toks, j) {
			return true
		}
	}
	return false
}

// participleOpener reports whether a sentence's first word, lower-cased,
// is the -ing or -ed form of a verb ("making", "asked").
func participleOpener(w string) bool {
	if !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Verb)
	return b != w && lx.Has(b, lexicon.Verb)
}

// measuredOpeners are the prepositions and subordinators of time that a
// measure phrase may premodify ("two days after …", "shortly before …";
// Quirk et al. 1985 §9.56, §15.25).
var measuredOpeners = set("after", "before", "since", "until")

// timeDegreeAdverbs are adverbs that premodify a preposition of time as a
// measure does ("soon after", "long before"; Quirk et al. 1985 §9.56).
var timeDegreeAdverbs = set("shortly", "soon", "long", "just", "right", "immediately", "only", "almost", "nearly", "about", "some", "barely")

// focusingSubjuncts are the focusing adverbs that may stand before a
// preposition or subordinator and focus the adjunct it opens ("even as
// …", "only after …", "especially since …"; Quirk et al. 1985 §8.116,
// §8.118: restrictive and additive subjuncts).
var focusingSubjuncts = set("even", "only", "just", "merely", "simply", "solely", "precisely", "exactly", "especially", "particularly", "mainly", "mostly", "largely", "chiefly", "primarily", "notably", "partly")

// adjunctOpenerAt returns the index among ws, a sentence's or a speaker
// window's first words, of the preposition or subordinator that opens a
// fronted adjunct after a measure phrase (measuredOpenerAt) or after one
// focusing subjunct ("Even as Doe spoke, …", "Only after the vote, …"),
// or 0. The subjunct adds nothing to the adjunct's role: a name inside it
// is no subject of the main clause, as when the opener comes first.
func adjunctOpenerAt(ws []string) int {
	if o := measuredOpenerAt(ws); o > 0 {
		return o
	}
	if len(ws) > 2 && focusingSubjuncts[lower(ws[0])] && adverbialOpeners[lower(ws[1])] {
		return 1
	}
	return 0
}

// measuredOpenerAt returns the index among ws, a sentence's first words,
// of a preposition or subordinator of time that a measure phrase
// premodifies ("A week after …", "Almost two days before …", "Shortly
// after …"), or 0 when the words open with no such phrase. The measure
// holds a noun of time (WordNet noun.time: "week", "hours") after
// determiners, numerals and degree adverbs, or is a degree adverb alone.
// The adjunct it opens is fronted as one the opener starts is.
func measuredOpenerAt(ws []string) int {
	lx, timeNoun := lexicon.Default(), false
	for i := 0; i < len(ws) && i < 5; i++ {
		lw := lower(strings.Trim(ws[i], ",;:"))
		switch {
		case measuredOpeners[lw]:
			if i > 0 && (timeNoun || i == 1 && timeDegreeAdverbs[lower(ws[0])]) {
				return i
			}
			return 0
		case lw == "a" || lw == "an" || lw == "the" || lw == "than" || lw == "more" || lw == "less" || lw == "several" || lw == "few" || smallNumbers[lw] > 0 || isDigitStart(lw) || timeDegreeAdverbs[lw]:
		case lx.HasLex(lx.Base(lw, lexicon.Noun), lexicon.Noun, lexicon.NounTime) && (i == 0 || !startsUpper(ws[i])):
			timeNoun = true
		default:
			return 0
		}
		if ws[i] != strings.TrimRight(ws[i], ",;:") {
			return 0
		}
	}
	return 0
}
