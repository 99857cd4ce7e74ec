package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// An expected figure (issue 9, session 54, precinvD). Market, earnings and
// election reports set the outcome beside what was looked for: "Most
// economists had expected the bank to hold rates at 3.75 percent",
// "analysts had expected quarterly profit of 398 million euros", "the
// centre had predicted 15 named storms". A figure in the complement of a
// verb of expecting or predicting is a non-factual context (Quirk et al.
// 1985 §14.16, §16.38: "expect" takes an object and a to-infinitive whose
// proposition is not asserted), so it is another fact than the figure told
// as the outcome; two expected figures may still conflict, and a figure
// the other article gives under a modal ("will cut rates to 3.25 percent")
// is a forecast too and stays comparable.

// expectationApart reports whether, of two amounts, shares or counts, one
// is expected (expectedFigure) and the other is told as holding: neither
// expected nor under a modal verb in its clause (modalBefore).
func (c *comparer) expectationApart(f, g *fact) bool {
	switch f.v.Type {
	case mention.VMoney, mention.VPercent, mention.VCount:
	default:
		return false
	}
	ef, eg := c.expectedFigure(f), c.expectedFigure(g)
	switch {
	case ef && !eg:
		return !modalBefore(g)
	case eg && !ef:
		return !modalBefore(f)
	}
	return false
}

// expectedFigure reports whether a figure stands in the complement of a
// verb of expecting or predicting (expectVerb) at most ten words before
// it: the verb's object and a to-infinitive after it ("expected the bank
// to hold rates at 3.75 percent") stay in the complement; clause
// punctuation, a coordinator, a relative word or a verb of saying ends it.
func (c *comparer) expectedFigure(f *fact) bool {
	return scanClauseBack(f, 10, func(ws []string, k int, lw string) (bool, bool) {
		if c.expectVerb(lw) {
			if k > 0 {
				if tag, _ := lexicon.ClosedClass(strings.ToLower(ws[k-1])); tag == "DT" || tag == "PRP$" {
					return false, true // a noun: "the forecast of 15 storms"
				}
			}
			return true, true
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "CC" || tag == "WDT" || tag == "WP" || c.reportingWord(lw) {
			return false, true
		}
		return false, false
	})
}

// scanClauseBack walks back from a figure over at most span words of its
// clause, ending at clause punctuation; at each word (ws its sentence's
// words before the figure, k the word's place, lw it lower-cased) look
// says whether it holds and whether the walk ends there.
func scanClauseBack(f *fact, span int, look func(ws []string, k int, lw string) (hit, stop bool)) bool {
	if f.v.Start > len(f.sent) {
		return false
	}
	ws := strings.Fields(f.sent[:f.v.Start])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-span; k-- {
		w := ws[k]
		if strings.ContainsAny(w, ",;:()\"“”—") {
			return false
		}
		if hit, stop := look(ws, k, strings.ToLower(w)); stop {
			return hit
		}
	}
	return false
}

// expectVerb reports whether w is an inflected form of a verb whose
// commonest WordNet sense is, or lies one step below, that of "expect"
// (anticipate) or "predict" (forecast, foretell).
func (c *comparer) expectVerb(w string) bool {
	return c.inflectedVerbUnder(w, &expectSynsets, "expect", "predict")
}

// expectSynsets are the commonest verb senses of expecting and predicting
// (expectVerb), looked up once.
var expectSynsets synsetSet

// modalBefore reports whether a modal auxiliary ("will", "would", "may")
// stands before the figure in its clause: a figure told of the future or
// as a possibility, no outcome.
func modalBefore(f *fact) bool {
	if f.v.Start > len(f.sent) {
		return false
	}
	ws := strings.Fields(f.sent[:f.v.Start])
	for k := len(ws) - 1; k >= 0; k-- {
		w := ws[k]
		lw := strings.ToLower(strings.Trim(w, ",;:()\"“”—"))
		if tag, _ := lexicon.ClosedClass(lw); tag == "MD" || strings.HasSuffix(lw, "'ll") || strings.HasSuffix(lw, "’ll") {
			return true
		}
		if strings.ContainsAny(w, ",;:()\"“”—") {
			return false
		}
	}
	return false
}

// An early stage of a count (issue 9, session 54, precinvD). Election
// nights and disasters are told with the count as it first stood: "Early
// returns on Sunday night had put yes at 60 percent before rural votes
// narrowed the gap", "the first count had given her a lead of 17". The
// past perfect places its clause before the time the report speaks of
// (Quirk et al. 1985 §4.22, past in the past), and an adjective or adverb
// of temporal order (early, earlier, initial, preliminary, partial; not "first", an
// ordinal of persons too: "the first officer had fired 12 shots")
// says the figure was a stage of the count, not its outcome.

// earlyStageApart reports whether one of two counts, amounts or shares is
// told as an early stage (earlyStage) and the other is not.
func earlyStageApart(f, g *fact) bool {
	switch f.v.Type {
	case mention.VMoney, mention.VPercent, mention.VCount:
	default:
		return false
	}
	return earlyStage(f) != earlyStage(g)
}

// earlyStage reports whether a figure's clause, before the figure, holds
// the past perfect auxiliary "had" and a word of temporal order
// (earlyOrder): the clause ends at clause punctuation.
func earlyStage(f *fact) bool {
	if f.v.Start > len(f.sent) {
		return false
	}
	ws := strings.Fields(f.sent[:f.v.Start])
	had, early := false, false
	for k := len(ws) - 1; k >= 0; k-- {
		w := ws[k]
		lw := strings.ToLower(strings.Trim(w, ",;:()\"“”—"))
		if lw == "had" || lw == "’d" {
			had = true
		}
		// The word of order stands in the subject before "had" ("Early
		// returns had put"); after it only "initially" tells a stage:
		// "had earlier robbed 2 banks", "had offered early retirement to
		// 200 staff" place an act before another, no stage of a count
		// (readG54).
		if earlyOrder[lw] && (had || lw == "initially") {
			early = true
		}
		if k < len(ws)-1 && strings.ContainsAny(w, ",;:()\"“”—") {
			break
		}
	}
	return had && early
}

// earlyOrder are the adjectives and adverbs of temporal order that set a
// figure at an early stage (Quirk et al. 1985 §7.20, §8.59).
var earlyOrder = map[string]bool{"early": true, "earlier": true, "initial": true, "initially": true, "preliminary": true, "partial": true}
