package compare

import (
	"slices"
	"time"

	"github.com/corroborate/corroborate/internal/mention"
)

// A developing figure is a count or an amount that later reports give
// higher: a toll as the dead are found, a bill as the damage is assessed
// (issue 9: "a developing toll — a later report of a higher figure — is an
// update, shown as such, not a contradiction"). Reports of one happening
// written on different days give the figure as it stood on each day, and a
// lower bound ("at least 3") is a confirmed count as it stood, not the
// count: an early "at least 3" and a later "at least 10" tell one figure
// growing. Publication order decides "later": the discrepancy is reported
// with updateNote when every article of a higher figure was published on a
// later day than every article of each lower one. A later report of a
// lower figure is no growth, and undated articles, or articles of one day,
// say nothing of order: they are held to their figures.

// updateNoteLater is the note of a discrepancy whose figures rise with the
// days their articles were published.
const updateNoteLater = "may be an update: each later report gives a higher figure"

// laterHigher reports whether a count's or an amount's sides rise with
// their articles' publication days: with the sides ordered by figure,
// every article of a side is dated after every article of each lower side
// (dayOrdered). An undated article, or amounts in two currencies, stop it.
func (c *comparer) laterHigher(facts []fact, sides []*factSide) bool {
	if t := facts[sides[0].facts[0]].v.Type; t != mention.VCount && t != mention.VMoney || len(sides) < 2 {
		return false
	}
	spans := make([]daySpan, 0, len(sides))
	for _, s := range sides {
		if s.rep.Type == mention.VMoney && s.rep.Unit != sides[0].rep.Unit {
			return false // two currencies: their figures do not rank
		}
		sp := daySpan{figure: scaled(s.rep)}
		for _, i := range s.facts {
			p := c.all[facts[i].doc].Article.Published
			if p == nil {
				return false
			}
			d, err := time.Parse("2006-01-02", *p)
			if err != nil {
				return false
			}
			sp.add(d)
		}
		spans = append(spans, sp)
	}
	return dayOrdered(spans)
}

// daySpan is a side's figure and the first and last days its articles
// were published.
type daySpan struct {
	figure      float64
	first, last time.Time
}

func (s *daySpan) add(d time.Time) {
	if s.first.IsZero() || d.Before(s.first) {
		s.first = d
	}
	if s.last.IsZero() || d.After(s.last) {
		s.last = d
	}
}

// dayOrdered reports whether figures rise with the days: sorted by figure,
// each side's last day is before the next higher side's first day, and no
// two sides give one figure.
func dayOrdered(spans []daySpan) bool {
	slices.SortFunc(spans, func(a, b daySpan) int {
		switch {
		case a.figure < b.figure:
			return -1
		case a.figure > b.figure:
			return 1
		}
		return 0
	})
	for k := 1; k < len(spans); k++ {
		lo, hi := spans[k-1], spans[k]
		if lo.figure >= hi.figure || !lo.last.Before(hi.first) {
			return false
		}
	}
	return true
}
