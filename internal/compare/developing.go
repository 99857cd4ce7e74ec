package compare

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
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
// (dayOrdered). Only figures that grow as a story develops qualify
// (growingFigure): a toll of harm, a count whose earliest report is a
// lower bound, an amount of damage, cost or loss. A cap ("no more than
// N", Bound "max") or a figure that allows none (Low 0) is no stage of
// growth. An undated article, a publication date less sure than one shown
// beside the headline (dates.ConfShown: a date line above the headline or
// a page's first <time> is often the day the page was re-stamped), or
// amounts in two currencies stop it.
func (c *comparer) laterHigher(facts []fact, sides []*factSide) bool {
	if len(sides) < 2 {
		return false
	}
	if t := facts[sides[0].facts[0]].v.Type; t != mention.VCount && t != mention.VMoney {
		return false
	}
	spans := make([]daySpan, 0, len(sides))
	for _, s := range sides {
		if s.rep.Type == mention.VMoney && s.rep.Unit != sides[0].rep.Unit {
			return false // two currencies: their figures do not rank
		}
		sp := daySpan{figure: scaled(s.rep)}
		for _, i := range s.facts {
			v := facts[i].v
			if v.Bound == "max" || v.Low == 0 || c.all[facts[i].doc].Article.PublishedConfidence < dates.ConfShown {
				return false
			}
			d := c.publishedDay(facts[i].doc)
			if d.IsZero() {
				return false
			}
			sp.add(d)
		}
		spans = append(spans, sp)
	}
	return dayOrdered(spans) && c.growingFigure(facts, sides)
}

// growingFigure reports whether the figure the sides give is one that
// grows as a story develops. A count: every side's count is of an event
// of harm (mention.HarmEvent: a death toll, an injury), or the lowest
// figure, the earliest report (laterHigher orders them), is a lower bound
// ("at least 3": a confirmed count as it stood). An amount: every side has
// an article sentence naming damage, a cost or a loss (damageNoun), the
// figures an assessment revises; a price paid, a sum stolen or a fine set
// is one figure, and two of them differ.
func (c *comparer) growingFigure(facts []fact, sides []*factSide) bool {
	if sides[0].rep.Type == mention.VCount {
		low := sides[0]
		harm := true
		for _, s := range sides {
			if scaled(s.rep) < scaled(low.rep) {
				low = s
			}
			harm = harm && mention.HarmEvent(s.rep.Event)
		}
		return harm || low.rep.Bound == "min"
	}
	for _, s := range sides {
		if !slices.ContainsFunc(s.facts, func(i int) bool { return c.damageSentence(facts[i]) }) {
			return false
		}
	}
	return true
}

// damageNoun are the first WordNet senses of the nouns "damage" (a change
// for the worse), "cost" (the total spent) and "loss" (something lost):
// the classes of the amounts an assessment revises.
var damageNoun struct {
	once sync.Once
	ids  []uint32
}

// damageSentence reports whether an amount's noun, or a noun of its
// sentence, is a noun of damage, a cost or a loss: under one of
// damageNoun's senses, three steps at most ("damage", "losses",
// "expense", "repair bill" by its noun "cost" no).
func (c *comparer) damageSentence(f fact) bool {
	damageNoun.once.Do(func() {
		for _, w := range []string{"damage", "cost", "loss"} {
			if s, ok := c.lx.TopSense(w, lexicon.Noun); ok {
				damageNoun.ids = append(damageNoun.ids, s.Synset)
			}
		}
	})
	under := func(w string) bool {
		b := c.lx.Base(strings.ToLower(w), lexicon.Noun)
		return b != "" && c.lx.Under(b, lexicon.Noun, damageNoun.ids, 3)
	}
	if f.v.Noun != "" && under(f.v.Noun) {
		return true
	}
	for _, t := range f.toks {
		if under(t.Lower) {
			return true
		}
	}
	return false
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
