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
	toks := text.Tokens(strings.Join(ws, " "))
	for j := range toks {
		if finiteVerbAt(toks, j) {
			return true
		}
	}
	return false
}
