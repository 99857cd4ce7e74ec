package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// An average beside the figure (issue 9, session 54, precinvD). Weather,
// market and public-service reports set a season's or a day's figure
// beside the usual one: "9.4 metres of snow fell … The average seasonal
// snowfall at the summit is 5.9 metres", "volume reached 1.9 billion
// shares, against a 30-day average of 1.2 billion". An average is a
// statistic of many values (WordNet: average, mean, median), another
// quantity than any one of them, so a figure told as an average and one
// told without are two measures; two averages may still conflict.

// averageApart reports whether one of two figures is told as an average
// (averageFigure) and the other is not.
func (c *comparer) averageApart(f, g *fact) bool {
	switch f.v.Type {
	case mention.VCount, mention.VMoney, mention.VPercent, mention.VDistance, mention.VSize, mention.VDuration:
	default:
		return false
	}
	return c.averageFigure(f) != c.averageFigure(g)
}

// averageFigure reports whether a word naming an average (a noun one of
// whose WordNet senses is, or lies one step below, the commonest sense of
// "average": mean, median, norm), or a form of the verb "average", stands
// at most ten words before the figure in its clause (no clause
// punctuation, coordinator or relative word between).
func (c *comparer) averageFigure(f *fact) bool {
	averageSynsets.once.Do(func() {
		if s, ok := c.lx.TopSense("average", lexicon.Noun); ok {
			averageSynsets.ids = []uint32{s.Synset}
		}
	})
	// "the average age of the 5 climbers": a figure in a definite
	// of-phrase counts the members averaged over, not the average (readG54).
	if ws := strings.Fields(f.sent[:min(f.v.Start, len(f.sent))]); len(ws) >= 2 && strings.ToLower(ws[len(ws)-2]) == "of" {
		if tag, _ := lexicon.ClosedClass(strings.ToLower(ws[len(ws)-1])); tag == "DT" || tag == "PRP$" {
			return false
		}
	}
	return scanClauseBack(f, 10, func(_ []string, _ int, lw string) (bool, bool) {
		if tag, _ := lexicon.ClosedClass(lw); tag == "CC" || tag == "WDT" || tag == "WP" {
			return false, true
		}
		if strings.HasPrefix(lw, "averag") || c.lx.Under(lw, lexicon.Noun, averageSynsets.ids, 1) {
			return true, true
		}
		return false, false
	})
}

// averageSynsets holds the commonest noun sense of "average"
// (averageFigure), looked up once.
var averageSynsets synsetSet
