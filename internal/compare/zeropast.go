package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A zero-past verb with its particle (clock3, session 56). "Set", "cut",
// "shut", "put" and the like have one form for the base, the past and
// the participle (Quirk et al. 1985 §3.16), so the form alone does not say
// that it is a finite verb, and phrasalVerbAt read "set off" only after an
// auxiliary, a modal or "to". Right after its subject it is the finite
// verb of the clause (§2.13, subject before verb): "Marchers set off from
// the square at 11 a.m.", "The pair set out at 8 a.m.", "Crews cut off the
// gas at 4 p.m.". The subject is a subject pronoun or a noun or name: an
// open-class word, no determiner or adjective before a noun ("a set of
// keys" has no subject before "set"), no preposition.

// subjectPronouns are the personal and relative pronouns that stand as a
// clause's subject (Quirk et al. 1985 §6.3, the subjective case).
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true,
	"they": true, "who": true, "which": true, "that": true}

// zeroPastSubject reports whether token s can be the subject right before
// a zero-past verb: a subject pronoun, a name, or a word WordNet has as a
// noun that is no closed-class word.
func (c *comparer) zeroPastSubject(toks []text.Token, s int) bool {
	if s < 0 || !toks[s].IsWord() {
		return false
	}
	lw := toks[s].Lower
	if subjectPronouns[lw] {
		return true
	}
	if _, closed := lexicon.ClosedClass(lw); closed {
		return false
	}
	return toks[s].IsCapitalized() || c.lx.Has(c.lx.Base(lw, lexicon.Noun), lexicon.Noun)
}
