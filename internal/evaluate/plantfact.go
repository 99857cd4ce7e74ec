package evaluate

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// The planter picks a fact by its value alone: two articles that both
// name "Monday" or both write "three people" are taken to state one fact,
// though the one may be the day of the attack and the other the day of a
// rally. A changed value of such a pair is no discrepancy, and an engine
// that stays silent is right. The same-fact figure of `eval plant` counts
// only the trials where another article's sentence with the value shares
// plantSameWords content words with the changed sentence beyond the value's own words
// (sameFactDocs), and scores the hit against those articles only. The
// draws do not change: the old figure, over every trial, is printed too.

// plantGeneric are verbs of saying and reporting: every sentence of news
// has one, and they tell nothing of what a value is about.
var plantGeneric = map[string]bool{"say": true, "tell": true, "report": true, "add": true, "state": true, "accord": true}

// plantDayParts are the parts of the day after a day's name
// (mention.DayPartWords): "Friday night" and "Monday night" share no fact.
var plantDayParts = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(mention.DayPartWords, "|") {
		m[w] = true
	}
	return m
}()

// factWords are the content words of the sentence holding offset off,
// less the words of the value statement itself (the written value and
// its unit, currency or month), words of saying, lengths of time and parts of the
// day.
func factWords(a *mention.Analysis, off int, o plantOcc) map[string]bool {
	lx := lexicon.Default()
	ws := lx.ContentWords(sentenceAt(a, off))
	// A count's context is the counted noun phrase, a fact's words; the
	// other types' context is a unit, a currency, a month.
	own := lx.ContentWords(o.written)
	if o.typ != pCount {
		own = lx.ContentWords(o.written + " " + o.ctx)
	}
	for w := range ws {
		if own[w] || plantGeneric[w] || plantDayParts[w] || lx.LengthOfTime(w) || strings.ContainsAny(w, "0123456789") ||
			monthIndex(w) >= 0 && len(w) >= 3 || weekdayIndex(w) >= 0 {
			delete(ws, w)
		}
	}
	return ws
}

// plantSameWords is how many content words two sentences stating one
// value must share to be taken as stating one fact.
const plantSameWords = 2

// sameFactDocs returns the articles of candidate c other than target
// whose sentence stating the value shares plantSameWords content words with one of
// target's sentences stating it (factWords).
func sameFactDocs(r *plantRun, facts [][]plantOcc, c plantCandidate, target int) []int {
	var mine []map[string]bool
	for _, f := range facts[target] {
		if f.key() == c.key {
			mine = append(mine, factWords(r.readings[target], f.start, f))
		}
	}
	var out []int
	for _, d := range c.docs {
		if d == target {
			continue
		}
	doc:
		for _, f := range facts[d] {
			if f.key() != c.key {
				continue
			}
			theirs := factWords(r.readings[d], f.start, f)
			for _, m := range mine {
				n := 0
				for w := range m {
					if theirs[w] {
						n++
					}
				}
				if n >= plantSameWords {
					out = append(out, d)
					break doc
				}
			}
		}
	}
	return out
}
