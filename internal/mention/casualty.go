package mention

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A casualty count is a figure of people hurt or killed whose noun is left
// out: the figure is a fused head (CGEL 2002 ch. 5 §9.2; Quirk et al. 1985
// §5.57, a numeral standing for a noun phrase) and the participle or the
// adjective after it tells what befell the people it counts:
//
//   - the subject of a passive ("three were hurt", "two others were
//     wounded", "all three were dead"), irregular participles included;
//   - a subject with its predicate reduced to the participle, as a
//     coordinated clause leaves out a repeated auxiliary ("a porter was
//     killed and eleven injured": ellipsis, Quirk et al. 1985 §13.89), or
//     as the object complement of a complex-transitive verb ("left one
//     dead and eleven injured", Quirk et al. 1985 §16.43) and a headline
//     writes it ("8 injured in the blast").
//
// "Others" after the figure is the anaphoric fused head ("other" with its
// noun left out, CGEL ch. 5 §7.3): the people counted are more of those
// counted before. The verb must be one of casualty (casualtyVerb), the
// adjective "dead" (the people who died, Quirk et al. 1985 §7.23). Such a
// figure is the same fact as "N people were hurt" or "N people were
// killed": a count of people (or of the persons counted before it) with
// the verb's base form as its event ("die" for "dead", one death toll with
// "kill").

// casualtyAnchors are the WordNet verb synsets of death and of bodily
// injury (die, kill: deathAnchors; injure/wound by its commonest sense).
var casualtyAnchors struct {
	once sync.Once
	ids  []uint32
}

// casualtyVerb reports whether a verb (a base form) tells of people hurt
// or killed: a verb of harm to the body (harmEvent), or one whose first or
// second WordNet sense lies at most two hypernym steps below die, kill or
// injure ("shoot": to kill by firing a missile; "stab": to wound with a
// knife). "Arrest", "hit" and "treat" are none.
func casualtyVerb(lx *lexicon.Lexicon, base string) bool {
	if base == "" {
		return false
	}
	if harmEvent(lx, base) {
		return true
	}
	casualtyAnchors.once.Do(func() {
		casualtyAnchors.ids = append([]uint32(nil), deathAnchors...)
		if s, ok := lx.TopSense("injure", lexicon.Verb); ok {
			casualtyAnchors.ids = append(casualtyAnchors.ids, s.Synset)
		}
	})
	for _, s := range lx.Senses(base) {
		if s.POS == lexicon.Verb && s.Rank <= 1 && lx.SynsetUnder(s.Synset, lexicon.Verb, casualtyAnchors.ids, 2) {
			return true
		}
	}
	return false
}

// casualtyParticiple returns the event a word tells as the past participle
// of a verb of casualty ("injured" → "injure", "shot" → "shoot", "slain"
// → "slay"), "die" for the adjective "dead", or "". An invariant
// participle ("hurt", whose past forms are its base) is taken where only a
// participle can stand: after a form of "be" (afterBe), or, with the
// other checks of the complement shape, right after the figure.
func casualtyParticiple(lx *lexicon.Lexicon, w string) string {
	if w == "dead" {
		return "die"
	}
	b := lx.Base(w, lexicon.Verb)
	switch {
	case strings.HasSuffix(w, "ed") && b != w:
	case b != w:
		pb, ok := lx.Participle(w)
		if !ok {
			return ""
		}
		b = pb
	case !lx.Has(w, lexicon.Verb) || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing"):
		return ""
	}
	if !casualtyVerb(lx, b) {
		return ""
	}
	return b
}

// beAux are the forms of "be" that open a passive or take a predicative
// adjective ("were injured", "are dead").
var beAux = set("was", "were", "is", "are", "been", "be")

// ageWords are the nouns and the participle that make a figure after them
// an age ("ages 20-27 were shot", "children under age 10").
var ageWords = set("age", "ages", "aged")

// casualtyShape reads the words after a figure of sentence si that ends at
// token k (the first token after the figure): an optional "other(s)",
// then a passive of a verb of casualty or "dead" after a form of "be", or
// the participle alone closing its clause (complement). It returns the
// event, whether "others" came first, and the index of the token after
// the participle.
func casualtyShape(lx *lexicon.Lexicon, a *Analysis, si, k int, one bool) (event string, others bool, after int) {
	toks := a.Tokens[si]
	if k < len(toks) && (toks[k].Lower == "others" || toks[k].Lower == "other" || toks[k].Lower == "more") {
		others = true
		k++
	}
	if k >= len(toks) {
		return "", false, 0
	}
	// The passive: one or two auxiliaries, the first a form of "be" or a
	// perfect "have" before "been" ("were hurt", "have been shot").
	j := k
	for j < len(toks) && j < k+2 && passiveAux[toks[j].Lower] {
		j++
	}
	if j > k && j < len(toks) {
		if !beAux[toks[k].Lower] && !(j == k+2 && toks[k+1].Lower == "been") {
			return "", false, 0
		}
		if !toks[j].IsWord() {
			return "", false, 0
		}
		ev := casualtyParticiple(lx, toks[j].Lower)
		if ev == "" || conativeAt(toks, j+1) {
			return "", false, 0
		}
		return ev, others, j + 1
	}
	if !toks[k].IsWord() {
		return "", false, 0
	}
	ev := casualtyParticiple(lx, toks[k].Lower)
	if ev == "" || conativeAt(toks, k+1) || !clauseClosesAfter(lx, a, si, k+1) || one && !others && countNounToo(lx, toks[k].Lower) {
		return "", false, 0
	}
	return ev, others, k + 1
}

// conativeAt reports whether the participle before token k takes a
// stranded "at", a prepositional passive (Quirk et al. 1985 §3.70) of the
// conative alternation (Levin 1993 §1.3): "were shot at by a gunman",
// "shot at from a car" tells of an attempt, not of people hit. An "at"
// with its own noun phrase is a place or a time ("wounded at the gate").
func conativeAt(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "at" {
		return false
	}
	if k+1 >= len(toks) || !toks[k+1].IsWord() {
		return true
	}
	tag, ok := lexicon.ClosedClass(toks[k+1].Lower)
	return ok && (tag == "IN" || tag == "CC" || tag == "RB" || tag == "TO")
}

// countNounToo reports whether a participle after the figure one may be
// the singular count noun the figure counts instead ("fired one shot"): a
// word with a noun sense, none of them a group of people ("the dead",
// "the wounded" are groups, noun.group). After a plural figure the
// singular noun cannot stand (concord, Quirk et al. 1985 §10.34): "7 shot"
// is a participle.
func countNounToo(lx *lexicon.Lexicon, w string) bool {
	noun := false
	for _, s := range lx.Senses(w) {
		if s.POS == lexicon.Noun {
			if s.Lex == lexicon.NounGroup {
				return false
			}
			noun = true
		}
	}
	return noun
}

// clauseClosesAfter reports whether a participle standing as a reduced
// predicate or a complement ends there, token k coming after it: nothing,
// punctuation, a preposition, subordinator or coordinator ("injured in",
// "injured after", "injured and"), an adverb ("1 fatally", "seriously"),
// a weekday or month, or the start of a time expression ("injured last
// week", "late Wednesday night"). A determiner, a pronoun, a noun or a
// name after it makes the participle a premodifier ("two injured
// girls") or an active verb with its object ("the two shot the man").
func clauseClosesAfter(lx *lexicon.Lexicon, a *Analysis, si, k int) bool {
	toks := a.Tokens[si]
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	for _, x := range a.Times[si] {
		if x.Start == t.Start {
			return true
		}
	}
	if t.IsNumber() {
		return false
	}
	if !t.IsWord() {
		return true
	}
	if isWeekday(t.Text) {
		return true
	}
	if t.IsCapitalized() {
		return false
	}
	if tag, ok := lexicon.ClosedClass(t.Lower); ok {
		return tag == "IN" || tag == "CC" || tag == "TO" || tag == "RB" || tag == "WRB"
	}
	// An adverb that is no noun ("fatally", "critically").
	return lx.Has(t.Lower, lexicon.Adv) && !lx.Has(lx.Base(t.Lower, lexicon.Noun), lexicon.Noun)
}

// figureEnd returns the index of the first token after the figure that
// starts at byte start of sentence si's tokens, -1 when no token starts
// there: the figure's own tokens are digits, number words and digit
// groups ("1,400", "twenty three").
func figureEnd(toks []text.Token, start int) int {
	k := 0
	for k < len(toks) && toks[k].Start < start {
		k++
	}
	if k >= len(toks) || toks[k].Start != start {
		return -1
	}
	k++
	for k < len(toks) && (toks[k].IsNumber() || smallNumbers[toks[k].Lower] > 0 || multipliers[toks[k].Lower] > 0 && toks[k].Lower != "m" && toks[k].Lower != "k") {
		k++
	}
	return k
}

// personNoun reports whether a noun names persons: a sense filed under
// noun.person or noun.group ("victim", "people"), or "person" itself,
// whose commonest sense WordNet files among the top nouns (the synset
// of TopSense("person")).
func personNoun(lx *lexicon.Lexicon, w string) bool {
	b := lx.Base(w, lexicon.Noun)
	for _, s := range lx.Senses(b) {
		if s.POS == lexicon.Noun && (s.Lex == lexicon.NounPerson || s.Lex == lexicon.NounGroup) {
			return true
		}
	}
	s, ok := lx.TopSense(b, lexicon.Noun)
	p, pok := lx.TopSense("person", lexicon.Noun)
	return ok && pok && s.Synset == p.Synset
}

// ageBefore reports whether the figure at token k is an age or a range's
// end: "age", "ages" or "aged" one to three tokens before it ("ages
// 20-27", "under the age of 13"), or a hyphen or dash right before it.
func ageBefore(toks []text.Token, k int) bool {
	if k > 1 && (toks[k-1].Text == "-" || toks[k-1].Text == "–") && toks[k-2].IsNumber() {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if ageWords[toks[j].Lower] {
			return true
		}
	}
	return false
}

// casualtyCount reads the casualty count of a figure the number reader
// found (n): the people it counts and what befell them. ok is false when
// the words after the figure have no casualty shape.
func casualtyCount(lx *lexicon.Lexicon, a *Analysis, n Number) (unit, event string, end int, ok bool) {
	if n.Sentence >= len(a.Tokens) || n.Range || n.Approximate {
		return "", "", 0, false
	}
	toks := a.Tokens[n.Sentence]
	k := figureEnd(toks, n.Start)
	if k < 0 {
		return "", "", 0, false
	}
	// The figure's own first token, for the age check before it.
	first := 0
	for first < len(toks) && toks[first].Start < n.Start {
		first++
	}
	if ageBefore(toks, first) {
		return "", "", 0, false
	}
	ev, _, _ := casualtyShape(lx, a, n.Sentence, k, n.Value == 1)
	if ev == "" {
		return "", "", 0, false
	}
	// The people counted before it when the number reader carried their
	// noun over, as bareHarmCount reads them ("seven soldiers were
	// injured, including five wounded", "nine passengers …, among them
	// three injured"); not the words right after the figure (the
	// participle or "others").
	unit = "people"
	own := k < len(toks) && strings.HasPrefix(lower(a.Sentences[n.Sentence].Text[toks[k].Start:]), lower(n.What))
	if ws := strings.Fields(n.What); len(ws) > 0 && !own {
		if h := strings.ToLower(strings.Trim(ws[len(ws)-1], `.,;:"'`)); personNoun(lx, h) {
			unit = lx.Base(h, lexicon.Noun)
		} else if lx.Has(lx.Base(h, lexicon.Noun), lexicon.Noun) {
			// The things or animals counted before it ("counted 20
			// deer; six were shot"): a count of them, not of people.
			unit = lx.Base(h, lexicon.Noun)
		}
	}
	return unit, ev, n.End, true
}

// casualtyValue is the count value of a casualty count n (casualtyCount).
func casualtyValue(lx *lexicon.Lexicon, a *Analysis, n Number) (Value, bool) {
	unit, ev, end, ok := casualtyCount(lx, a, n)
	if !ok || n.Value <= 0 {
		return Value{}, false
	}
	sent := a.Sentences[n.Sentence].Text
	if end > len(sent) || n.Start >= end {
		return Value{}, false
	}
	v := Value{Type: VCount, Num: n.Value, Low: n.Low, High: n.High, Qualifier: n.Qualifier, Unit: unit, Event: ev,
		Text: strings.TrimSpace(sent[n.Start:end]), Norm: fmtNum(n.Value), Sentence: n.Sentence, Start: n.Start, End: end}
	if v.Qualifier == "between" {
		v.Qualifier = ""
	}
	applyQualifier(&v)
	return v, true
}

// casualtyOfValue gives the count "one dead", which the number reader has
// no figure for ("one" is as often a pronoun) and the value reader reads
// with the adjective as its noun, its people and its event: the adjective
// names the people who died (Quirk et al. 1985 §7.23, "the dead"). Only
// the bare figure: "one man dead", "one woman was shot" tell of one
// person, whose count a toll of other words ("two men", "at least two
// women") is too often not (counts2's pool of the incidents tune half:
// two false reports). The value changes in place; false when it has no
// such shape.
func casualtyOfValue(lx *lexicon.Lexicon, a *Analysis, v *Value) bool {
	if v.Type != VCount || v.Event != "" && v.Event != "dead" || v.Unit != "dead" || IsKinCount(*v) || v.Sentence >= len(a.Tokens) {
		return false
	}
	if len(strings.Fields(v.Text)) != 2 {
		return false
	}
	toks := a.Tokens[v.Sentence]
	first := 0
	for first < len(toks) && toks[first].Start < v.Start {
		first++
	}
	if first >= len(toks) || ageBefore(toks, first) {
		return false
	}
	k := first
	for k < len(toks) && toks[k].End <= v.End {
		k++
	}
	if !clauseClosesAfter(lx, a, v.Sentence, k) {
		return false
	}
	v.Unit, v.Event = "people", "die"
	return true
}
