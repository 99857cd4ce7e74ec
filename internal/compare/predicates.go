package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// predicateAux are the words that may stand between a counted noun and the
// verb it is the subject of: the auxiliaries of the perfect and the
// passive ("had been", "were"; Quirk et al. 1985, §3.21–3.22).
var predicateAux = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true, "is": true,
	"are": true, "been": true, "be": true, "being": true}

// countParticles may stand between a verb and the figure it governs ("closed
// down 3 percent", "went up 4 percent", "grew by 2 percent").
var countParticles = map[string]bool{"up": true, "down": true, "by": true}

// countPredicate is what a count or a share says happened to the things it
// counts: its event when the reader found one; else the verb whose subject
// it is, right after the counted words, past auxiliaries and one -ly
// adverb ("five barns had been badly hit", "two other riders turned up");
// else the verb whose object it is, right before it ("the storm flattened
// six barns", "shares plunged 5 percent", "closed down 3 percent"). ""
// when none.
func (c *comparer) countPredicate(toks []text.Token, v mention.Value) string {
	if v.Type != mention.VCount && v.Type != mention.VPercent {
		return ""
	}
	if v.Event != "" {
		return v.Event
	}
	if k := tokenFrom(toks, v.End); k >= 0 {
		aux := false
		for k < len(toks) && (predicateAux[toks[k].Lower] || strings.HasSuffix(toks[k].Text, "ly") && k+1 < len(toks) && toks[k].IsWord()) {
			aux = aux || predicateAux[toks[k].Lower]
			k++
		}
		if k < len(toks) {
			// An aspectual verb's complement is what happened ("two
			// barges resumed moving the wounded": move).
			if b := mention.AspectualComplement(toks, k); b != "" {
				return b
			}
			if b := c.pastVerb(toks[k], aux); b != "" {
				return b
			}
		}
	}
	at := tokenFrom(toks, v.Start)
	k := at - 1
	if k >= 0 && (objectDeterminers[toks[k].Lower] || countParticles[toks[k].Lower]) {
		k--
	}
	if at < 0 || k < 0 {
		return ""
	}
	if b, ok := c.verbAt(toks[k]); ok && b != "" && c.happening(b) {
		return b
	}
	// "rangers found two campers": a past form that is also a base of
	// its own (find / found) after its subject, the count its object
	// (pastAfterSubject).
	return c.pastAfterSubject(toks, k)
}

// pastVerb is the base form of a past tense or participle: an irregular
// one from WordNet's exception list, a regular one in -ed, or, after an
// auxiliary, a participle of the same form as its base ("had been hit",
// "were cut"). "" for any other word.
func (c *comparer) pastVerb(t text.Token, afterAux bool) string {
	if !t.IsWord() || t.IsCapitalized() {
		return ""
	}
	lw := t.Lower
	if b, ok := irregularBase(lw); ok {
		return b
	}
	if strings.HasSuffix(lw, "ed") {
		if b := c.lx.Base(lw, lexicon.Verb); b != lw && c.lx.Has(b, lexicon.Verb) {
			return b
		}
	}
	if afterAux && c.lx.Has(lw, lexicon.Verb) && !strings.HasSuffix(lw, "ing") {
		if tag, _ := lexicon.ClosedClass(lw); tag == "" {
			return lw
		}
	}
	return ""
}

// twoPredicates reports whether two counts of one thing say two things
// happened to it: both have a predicate (countPredicate), and WordNet
// relates the two verbs neither as synonyms nor as one directly under the
// other ("four barns were destroyed" / "five barns were badly hit";
// "shares plunged 5 percent" / "shares closed down 3 percent"). The
// barns hit and the barns destroyed, the low of a day and its close, are
// two figures. Counts of acts are not kept apart so: the verbs that tell an
// act done ("sprayed 13 shots", "let off 13 shots") are ways of telling one act;
// nor by a state ("six families lived there" / "home to eight families"),
// which tells what the things are, not what happened to them; nor by an
// event noun and its derived verb, nor by a "with" phrase of having
// (nounOfEvent, withHaving: possession.go).
func (c *comparer) twoPredicates(f, g *fact) bool {
	a, b := f.pred, g.pred
	if f.v.Type == mention.VCount && c.countsActs(f.v.Unit) {
		return false
	}
	if a == "" || b == "" || a == b || mention.SameEvent(a, b) || a == participle(b) || b == participle(a) || c.stateVerb(a) || c.stateVerb(b) ||
		nounOfEvent(a, b) || c.withHaving(f, g) || c.withHaving(g, f) || c.oneStateChange(f, g) {
		return false
	}
	return !c.lx.Synonyms(a, b, lexicon.Verb) && !c.closeVerbs(a, b)
}

// countsActs reports whether a counted noun's most frequent WordNet sense
// is an act or an event ("shot", "attack", "call"), not a thing or a being.
func (c *comparer) countsActs(w string) bool {
	s, ok := c.lx.TopSense(w, lexicon.Noun)
	return ok && (s.Lex == lexicon.NounAct || s.Lex == lexicon.NounEvent)
}
