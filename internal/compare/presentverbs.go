package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads the verbs verbAt leaves out because they are neither a
// past form nor an -ing form: the simple present of a headline or a
// timetable ("Actor dies Thursday at 88", "the trial opens Monday") and
// a verb's base form after a modal of the future or after infinitive
// "to" ("will attend services Sunday", "plans to marry on Saturday").
// They date their clause's happening as a past form does.

// modalsOfTime are the modals of the future and of the future in the
// past (Quirk et al. 1985 §4.42–4.49) and their contraction.
var modalsOfTime = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "’ll": true}

// presentVerbAt reads token k as a verb in the simple present (third
// person in -s, after a word that can end a subject: not a determiner, a
// possessive, a preposition or a number, after which a word in -s is a
// plural noun) or as a base form after a future modal or after "to" (a
// word WordNet knows only as a verb: "went to court" is no verb "court").
// It returns the verb's base form, "" for a reporting verb (ok true: the
// search for a time's verb stops there); a light verb ("is", "has") is
// none.
func (c *comparer) presentVerbAt(toks []text.Token, k int) (string, bool) {
	if k == 0 || !toks[k].IsWord() || toks[k].IsCapitalized() || !toks[k-1].IsWord() && toks[k-1].Text != "'ll" && toks[k-1].Text != "’ll" {
		return "", false
	}
	lw := toks[k].Lower
	prev := toks[k-1].Lower
	var b string
	switch {
	case modalsOfTime[prev] || prev == "to":
		if c.lx.Base(lw, lexicon.Verb) != lw || !c.lx.Has(lw, lexicon.Verb) || prev == "to" && c.lx.Has(lw, lexicon.Noun) && !c.catenativeTo(toks, k-1) {
			return "", false
		}
		b = lw
	default:
		b = c.thirdPersonBase(lw, prev)
		if b == "" || !c.singularSubject(toks, k-1) {
			return "", false
		}
	}
	return verbHead(b)
}

// thirdPersonBase is the base form of lw read as a verb in the third
// person singular present after the word prev ("dies" → "die"), or "".
func (c *comparer) thirdPersonBase(lw, prev string) string {
	if len(lw) < 4 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || strings.ContainsAny(lw, "'’0123456789") {
		return ""
	}
	if tag, _ := closedTag(prev); tag == "DT" || tag == "PRP$" || tag == "IN" || tag == "CD" || tag == "TO" {
		return ""
	}
	if strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "s'") || strings.ContainsAny(prev, "0123456789") {
		return ""
	}
	if _, ok := mention.ParseNumber(prev); ok {
		return ""
	}
	b := c.lx.Base(lw, lexicon.Verb)
	if b == lw || !c.lx.Has(b, lexicon.Verb) {
		return ""
	}
	if b+"s" != lw && b+"es" != lw && strings.TrimSuffix(b, "y")+"ies" != lw {
		return ""
	}
	return b
}

// verbIn reads token k of a sentence as a phrasal verb (phrasalVerbAt),
// else as verbAt does, else as a verb in
// the present or after a future modal or "to" (presentVerbAt).
func (c *comparer) verbIn(toks []text.Token, k int) (string, bool) {
	if b, ok := c.phrasalVerbAt(toks, k); ok {
		return b, true
	}
	if b, ok := c.verbAt(toks[k]); ok {
		return b, true
	}
	return c.presentVerbAt(toks, k)
}

// singularSubject reports whether token k can be the subject of a verb in
// the third person singular right after it: "he", "she", "it", "who",
// "that", or a name. A name is a capitalised word inside its sentence, or
// one opening it that is no closed-class word and no common word (WordNet
// has it in lower case) unless WordNet or the first-name lists know it as
// a person's name: "Police patrols on Tuesday …" opens with a noun, not a
// name. A month or a weekday is no name unless a capitalised word comes
// before it ("Theresa May"): "since March rents …" has no subject "March".
func (c *comparer) singularSubject(toks []text.Token, k int) bool {
	w := toks[k].Text
	lw := strings.ToLower(w)
	switch lw {
	case "he", "she", "it", "who", "that":
		return true
	}
	if !toks[k].IsCapitalized() {
		return false
	}
	if _, day := dates.WeekdayNumber(lw); day || dates.MonthNumber(lw) > 0 {
		if k == 0 || !toks[k-1].IsWord() || !toks[k-1].IsCapitalized() {
			return false
		}
		_, closed := lexicon.ClosedClass(toks[k-1].Lower)
		return !closed
	}
	if k == 0 {
		if _, closed := lexicon.ClosedClass(lw); closed {
			return false
		}
		return !c.lx.IsCommon(lw) || c.lx.ProperType(w) == "person" || mention.IsFirstName(w)
	}
	return toks[k-1].IsWord()
}

// catenativeTo reports whether the "to" at token k opens the infinitive of
// a catenative verb (Quirk et al. 1985 §16.38, §16.52): after a passive
// participle ("was forced to close") or after an inflected verb and its
// object pronoun ("forced it to close"), where the verb's most frequent
// WordNet sense takes a to-infinitive (lexicon.ToInfinitive). The word
// after it is then a verb, though WordNet also knows it as a noun. A verb
// whose commonest sense is another, a verb of motion or of taking ("drove
// her to school", "was taken to court"), reads "to" as a preposition.
func (c *comparer) catenativeTo(toks []text.Token, k int) bool {
	if k < 2 || !toks[k-1].IsWord() || !toks[k-2].IsWord() {
		return false
	}
	p, pp := toks[k-1].Lower, toks[k-2].Lower
	var b string
	switch {
	case beForms[pp] && semiAuxiliaries[p]:
		return true
	case objectPronouns[p] || p == "her":
		v, ok := c.verbAt(toks[k-2])
		if !ok || v == "" {
			return false
		}
		b = v
	case beForms[pp] && c.pastParticiple(p):
		b = c.lx.Base(p, lexicon.Verb)
		if ib, ok := irregularBase(p); ok {
			b = ib
		}
	default:
		return false
	}
	r, ok := lexicon.ToInfinitive(b)
	return ok && r == 0
}

// semiAuxiliaries are the words that make a semi-auxiliary with a form of
// "be" before them and "to" after them (Quirk et al. 1985 §3.47: be about
// to, be able to, be bound to, be due to, be going to, be likely to, be
// supposed to; and "be set to", news English for being arranged to): the
// word after "to" is the verb of the clause ("are set to meet Friday"),
// though WordNet also knows it as a noun.
var semiAuxiliaries = map[string]bool{
	"about": true, "able": true, "bound": true, "due": true, "going": true, "likely": true, "supposed": true, "set": true,
}

// pastParticiple reports whether a word is a verb's past form ("forced",
// "set").
func (c *comparer) pastParticiple(w string) bool {
	if _, ok := irregularBase(w); ok {
		return true
	}
	b := c.lx.Base(w, lexicon.Verb)
	return strings.HasSuffix(w, "ed") && b != w && c.lx.Has(b, lexicon.Verb)
}

// infinitiveVerb reports whether the bare form at token k is the verb of
// an infinitive or of a modal's verb phrase (Quirk et al. 1985 §3.52,
// §4.49): after a modal ("could face", "will pay"), or after "to" when
// WordNet knows the word as no noun, when "to" is catenative
// (catenativeTo), or when a determiner, a possessive or a number opens its
// object right after it ("hoping to sell three boats", "to pay the fee"): a
// noun after the preposition "to" ends its phrase, and no second noun
// phrase opens right after it.
func (c *comparer) infinitiveVerb(toks []text.Token, k int) bool {
	if k == 0 || !toks[k-1].IsWord() || !c.lx.Has(toks[k].Lower, lexicon.Verb) {
		return false
	}
	prev := toks[k-1].Lower
	if tag, _ := lexicon.ClosedClass(prev); tag == "MD" || modalsOfTime[prev] {
		return true
	}
	if prev != "to" {
		return false
	}
	if !c.lx.Has(toks[k].Lower, lexicon.Noun) || c.catenativeTo(toks, k-1) {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	if toks[k+1].IsNumber() {
		return true
	}
	if _, ok := mention.ParseNumber(toks[k+1].Text); ok {
		return true
	}
	tag, _ := lexicon.ClosedClass(toks[k+1].Lower)
	return tag == "DT" || tag == "PRP$"
}
