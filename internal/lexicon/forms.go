package lexicon

import (
	"strings"
	"sync"
)

// Plurals returns the plural forms of a noun's base form, the last word
// of a compound inflected ("square feet"): the irregular ones WordNet's
// exception list gives ("feet" for "foot", "lire" for "lira"), else the
// regular one ("miles", "inches", "centuries"). A form that is itself a
// plural ("hours", "440 yards") has none.
func (lx *Lexicon) Plurals(base string) []string {
	pluralOnce.Do(func() {
		pluralExc = map[string][]string{}
		for pl, b := range lx.exc[Noun] {
			pluralExc[b] = append(pluralExc[b], pl)
		}
	})
	head, last := "", base
	if i := strings.LastIndexAny(base, " _"); i >= 0 {
		head, last = base[:i+1], base[i+1:]
	}
	if lx.Base(last, Noun) != last {
		return nil
	}
	if irr := pluralExc[last]; len(irr) > 0 {
		out := make([]string, len(irr))
		for i, pl := range irr {
			out[i] = head + pl
		}
		return out
	}
	switch {
	case strings.HasSuffix(last, "s") || strings.HasSuffix(last, "x") || strings.HasSuffix(last, "z") ||
		strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "sh"):
		last += "es"
	case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		last = last[:len(last)-1] + "ies"
	default:
		last += "s"
	}
	return []string{head + last}
}

var (
	pluralOnce sync.Once
	pluralExc  map[string][]string // base → irregular plurals
)

// NounsUnder returns the lower-case single- and two-word noun forms whose
// first (most frequent) noun sense is one of the anchor synsets or lies
// below one within depth hypernym steps, two-word forms written with a
// space. Closed-class words are left out ("in", an inch; "are", a
// hundred square metres).
func (lx *Lexicon) NounsUnder(anchors []uint32, depth int) []string {
	var out []string
	for form, ss := range lx.formsT.all(anySenses) {
		if strings.ToLower(form) != form || strings.Count(form, "_") > 1 || IsStopword(form) {
			continue
		}
		first := -1
		for i, s := range ss {
			if s.POS == Noun && (first < 0 || s.Rank < ss[first].Rank) {
				first = i
			}
		}
		if first >= 0 && lx.under(Noun, ss[first].Synset, anchors, depth) {
			out = append(out, strings.ReplaceAll(form, "_", " "))
		}
	}
	return out
}

// Irregular returns the base form of an irregular inflected form by
// WordNet's exception lists ("met" → "meet", "held" → "hold", "feet" →
// "foot"), and whether w is one; a form that is also a base form of part
// of speech p ("found", "saw", "lay") is not.
func (lx *Lexicon) Irregular(w string, p POS) (string, bool) {
	b, ok := lx.excOf(p)[w]
	if !ok || b == w || lx.Has(w, p) {
		return "", false
	}
	return b, true
}

// Participle returns the base form an irregular form has in WordNet's
// exception lists even where the form is also a base form of its own
// ("found" → "find", "lay" → "lie"): for a place where only an inflected
// form can stand, as after a passive "was".
func (lx *Lexicon) Participle(w string) (string, bool) {
	b, ok := lx.excOf(Verb)[w]
	if !ok || b == w {
		return "", false
	}
	return b, true
}
