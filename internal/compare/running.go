package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// A running total is a figure as it stood when the article was written:
// "has now scored 2,040 points", "the film has already taken $310
// million", "so far 41 have been rescued". Two articles written at two
// moments give two figures of it, an update and not a contradiction. But
// the wording does not say the articles were written at two moments, nor
// that the figure moved between them: two reports of one game give one
// career total, and a total mis-stated is still wrong. So two running
// totals that differ, or a figure told as grown ("rose to", "is now";
// isRising), are reported with updateNote, an update shown as such, never
// hidden (issue 9: "a developing toll is an update, shown as such, not a
// contradiction"); the reader, who sees both figures and their articles,
// tells an update from a slip. Elapsed times of an ongoing event ("after
// seven days of clashes", guards.go) are still left out: each article
// counts to its own day, and no figure is stated of the event itself.

// updateNote is the note of a discrepancy whose figures are totals so far
// or a figure told as grown.
const updateNote = "may be an update: a figure so far, as each article had it"

// runningAdverbs are the adverbs of time relationship that make a figure
// the total so far (Quirk et al. 1985, ch. 8: already, so far,
// by now; "now" with the perfect), and the phrases "to date" and "thus far".
var runningAdverbs = map[string]bool{"now": true, "already": true, "so far": true, "to date": true, "thus far": true}

// Running marks, from weakest to surest: a figure of a present perfect
// ("has grossed $300 million"), a figure with an adverb of the total so far.
const (
	notRunning = iota
	perfectFigure
	runningFigure
)

// runningKind reads how surely a count or an amount is a running total: an
// adverb of time relationship in its clause before it (up to eight words, or
// right after it: "41 so far"), or a present perfect ("has/have" and a past
// participle) up to six words before it.
func (c *comparer) runningKind(toks []text.Token, v mention.Value) int {
	if v.Type != mention.VCount && v.Type != mention.VMoney {
		return notRunning
	}
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return notRunning
	}
	low := func(k int) string { return toks[k].Lower }
	// After the figure: "41 so far", "$2 million to date".
	for k := at; k < len(toks) && k < at+8; k++ {
		if toks[k].Start < v.End {
			continue
		}
		if k+1 < len(toks) && runningAdverbs[low(k)+" "+low(k+1)] {
			return runningFigure
		}
		break
	}
	kind := notRunning
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		w := low(k)
		// "2, 029 points": a comma between digit groups is part of a
		// figure (texts that write the separator with a space), no break.
		if w == "," && k > 0 && k+1 < len(toks) && toks[k-1].IsNumber() && toks[k+1].IsNumber() {
			continue
		}
		if w == "," || w == ";" || w == ":" || w == "." {
			break
		}
		if runningAdverbs[w] || k+1 < at && runningAdverbs[w+" "+low(k+1)] {
			return runningFigure
		}
		if (w == "has" || w == "have") && k >= at-6 && k+1 < at && c.participle(low(k+1)) {
			kind = perfectFigure
		}
	}
	return kind
}

// participle reports whether a word reads as a past participle: a regular
// "-ed" form or an irregular one of WordNet's exception list.
func (c *comparer) participle(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	_, ok := irregularBase(w)
	return ok
}

// allRunning reports whether a fact's disagreeing values are running totals
// of articles that may be written at different times: every side holds a
// figure of a present perfect or with an adverb of the total so far, and
// one at least has the adverb ("has now scored 2,041" / "has scored
// 2,040"); such a discrepancy is reported as a possible update
// (updateNote). Articles all dated the same day are held to their figures.
func (c *comparer) allRunning(facts []fact, sides []*factSide) bool {
	adverb := false
	days := map[string]bool{}
	undated := false
	for _, s := range sides {
		side := false
		for _, i := range s.facts {
			if facts[i].running > notRunning {
				side = true
			}
			if facts[i].running == runningFigure {
				adverb = true
			}
			if p := c.all[facts[i].doc].Article.Published; p != nil {
				days[*p] = true
			} else {
				undated = true
			}
		}
		if !side {
			return false
		}
	}
	return adverb && (undated || len(days) > 1)
}
