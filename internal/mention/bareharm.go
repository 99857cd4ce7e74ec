package mention

import (
	"math"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// bareHarmCount reads a bare figure of people harmed, its noun left out
// (CGEL ch. 5: a numeral as fused head, its noun understood): the subject
// of a passive verb of harm ("officials said 50 were injured", "12 have
// been killed") or the object of one, ending its phrase ("killing 10
// people and injuring 80"). The verb must be the count's own event; a
// verb of harm is one of a death toll or one whose first or second
// WordNet sense is filed under verb.body. The people are the noun counted
// before it in the sentence when that noun names persons, else "people".
func bareHarmCount(lx *lexicon.Lexicon, sent string, n Number) (Value, bool) {
	if n.Event == "" || n.End > len(sent) || n.Start >= n.End || n.Value != math.Trunc(n.Value) || !harmEvent(lx, n.Event) {
		return Value{}, false
	}
	after := strings.Fields(strings.ToLower(sent[n.End:]))
	if !passiveAfter(lx, after, n.Event) && !(harmBefore(lx, strings.Fields(strings.ToLower(sent[:n.Start])), n.Event) && phraseEnds(sent[n.End:])) {
		return Value{}, false
	}
	unit := "people"
	if ws := strings.Fields(n.What); len(ws) > 0 && countsPeople(lx, n.What) {
		unit = lx.Base(strings.ToLower(strings.Trim(ws[len(ws)-1], `.,;:"'`)), lexicon.Noun)
	}
	v := Value{Type: VCount, Num: n.Value, Low: n.Low, High: n.High, Qualifier: n.Qualifier, Unit: unit, Event: n.Event,
		Text: strings.TrimSpace(sent[n.Start:n.End]), Norm: fmtNum(n.Value), Sentence: n.Sentence, Start: n.Start, End: n.End}
	if v.Qualifier == "between" {
		v.Qualifier = ""
	}
	applyQualifier(&v)
	return v, true
}

// passiveAfter reports whether the words after a figure are a passive of
// its event verb: one or two auxiliaries and its participle ("were
// injured", "have been killed").
func passiveAfter(lx *lexicon.Lexicon, ws []string, event string) bool {
	k := 0
	for k < len(ws) && k < 2 && passiveAux[strings.Trim(ws[k], `.,;:"'`)] {
		k++
	}
	if k == 0 || k >= len(ws) {
		return false
	}
	w := strings.Trim(ws[k], `.,;:"'`)
	return participleHead(lx, w) && lx.Base(w, lexicon.Verb) == event
}

// harmBefore reports whether the word before a figure (past up to four
// words of a qualifier such as "at least", "no more than", "in excess
// of", qualifierWords) is an inflected form of its event verb: the figure
// is the verb's object ("injuring 80", "killing no fewer than 80").
func harmBefore(lx *lexicon.Lexicon, ws []string, event string) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		w := strings.Trim(ws[k], `.,;:"'`)
		if qualifierWords[w] {
			continue
		}
		b := lx.Base(w, lexicon.Verb)
		return b != w && b == event
	}
	return false
}

// phraseEnds reports whether a figure's noun phrase ends right after it:
// punctuation, a coordinator or a preposition comes next, or nothing.
func phraseEnds(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || strings.ContainsRune(".,;:)", rune(rest[0])) {
		return true
	}
	w := strings.ToLower(strings.Fields(rest)[0])
	return w == "and" || w == "or" || w == "in" || w == "at" || w == "on" || w == "when" || w == "after"
}

// passiveAux are the auxiliaries that open a passive after a count
// ("were injured", "have been killed"): the forms of be and of perfect
// have (closed classes).
var passiveAux = set("were", "was", "are", "is", "have", "has", "had", "been")

// qualifierWords are the words of the qualifiers before a figure (the
// words of qualifiers: "at least", "upwards of", "in excess of", "an
// estimated"), of the negators that turn a comparative ("no more than",
// "not over", "never more than"), and "another".
var qualifierWords = func() map[string]bool {
	m := set(append([]string{"another"}, negators...)...)
	for _, q := range qualifiers {
		for _, w := range strings.Fields(q) {
			m[w] = true
		}
	}
	return m
}()

// HarmEvent reports whether a count's event verb (a base form) tells of
// harm to the body: a death toll's verb, or one whose first or second
// WordNet sense is filed under verb.body ("kill", "injure", "wound").
func HarmEvent(base string) bool { return base != "" && harmEvent(lexicon.Default(), base) }

// harmEvent reports whether a count's event verb tells of harm to the
// body: one of a death toll, or a verb whose first or second WordNet sense
// is filed under verb.body ("wound", "injure", "hurt").
func harmEvent(lx *lexicon.Lexicon, base string) bool {
	if deathVerb(base) {
		return true
	}
	for _, s := range lx.Senses(base) {
		if s.POS == lexicon.Verb && s.Rank <= 1 && s.Lex == lexicon.VerbBody {
			return true
		}
	}
	return false
}
