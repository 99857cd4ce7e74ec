package mention

import (
	"regexp"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// An amount a forecast gives: a percentage, a sum of money, millions or
// billions ("3 percent", "$5 billion", "€2m", "1.2 million").
var amountRe = regexp.MustCompile(`(?i)\d[\d.,]*\s*(?:%|percent\b|per cent\b|(?:m|b|tr)illion\b|bn\b)|[$€£¥]\s?\d`)

// predictAnchors are WordNet's verb synsets of "predict" and "forecast";
// a verb with one of them among its senses ("predict", "forecast",
// "estimate", "anticipate", "calculate", "prognosticate") foretells.
var predictAnchors = sync.OnceValue(func() []uint32 {
	lx := lexicon.Default()
	var out []uint32
	for _, w := range []string{"predict", "forecast"} {
		out = append(out, lx.SynsetIDs(w, lexicon.Verb)...)
	}
	return out
})

// predicts reports whether the base form of a verb foretells: a verb of the
// predict or forecast synsets, and "expect" and "project" in their sense
// of forecasting (WordNet files it under "expect"'s cognition sense, whose
// synset also holds "look" and "wait", so the two are named).
func predicts(base string) bool {
	if base == "expect" || base == "project" {
		return true
	}
	return lexicon.Default().Under(base, lexicon.Verb, predictAnchors(), 0)
}

// markForecasts flags the horizon of a forecast as a period, not the date
// of an event: a year or a month (not a day) in a sentence with a verb of
// prediction, whose clause gives an amount ("analysts expect sales to
// reach $5 billion in 2016", "the deficit will shrink to 3 percent in
// 2014, the ministry predicted"). A clause in the past tense tells what
// happened ("sales rose 5 percent in 2012, more than analysts predicted")
// unless the verb of prediction is its own ("analysts had predicted growth
// of 3 percent in 2012").
func (x *timeScan) markForecasts() {
	var ws []word
	for i := range x.out {
		t := &x.out[i]
		if t.Period || t.Stamp || t.Date == "" || t.Precision == PrecDay || t.Precision == PrecWeek || t.Precision == PrecPartWeek {
			continue
		}
		if ws == nil {
			ws = words(x.s)
		}
		from, to := clauseOf(ws, t.Start, t.End)
		if !amountRe.MatchString(x.s[from:to]) {
			continue
		}
		lx := lexicon.Default()
		own, any := false, false
		for _, w := range ws {
			if w.boundary || !predicts(lx.Base(w.low, lexicon.Verb)) || !lx.Has(lx.Base(w.low, lexicon.Verb), lexicon.Verb) {
				continue
			}
			any = true
			if w.start >= from && w.end <= to {
				own = true
			}
		}
		if own || any && ClauseTense(x.s, t.Start, t.End) != TensePast {
			t.Period = true
		}
	}
}

// clauseOf returns the byte span of the clause around s[start:end]:
// between the nearest clause boundaries.
func clauseOf(ws []word, start, end int) (int, int) {
	from, to := 0, -1
	for _, w := range ws {
		if !w.boundary {
			continue
		}
		if w.end <= start {
			from = w.end
		} else if w.start >= end && to < 0 {
			to = w.start
		}
	}
	if to < 0 && len(ws) > 0 {
		to = ws[len(ws)-1].end
	}
	return from, max(to, end)
}
