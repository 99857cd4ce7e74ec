package evaluate

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
)

// realStageSteps are the steps a missed real discrepancy's chain can stop
// at, in chain order: "not a value" (a name, a place or a description:
// TraceValue follows typed values only, so the engine's place and speaker
// findings are not traced), "unlocated" (no two values of the gold found
// in two of its articles' texts, or its event not in the events file, so
// no trace), "apart" (the report puts no two articles of different values
// in one story), then the steps of plantStages.
var realStageSteps = []string{"not a value", "unlocated", "apart", "changed", "other", "no fact", "no slot", "no pair", "agree", "suppressed", "reported"}

// realMiss is where one missed gold discrepancy's chain stops: its step
// and, for the verbose listing, the furthest trace.
type realMiss struct {
	gold        KitGold
	step, trace string
}

// realMissStages traces every missed gold discrepancy: whether the
// report's stories hold two articles of two of its values together, and,
// comparing its event's articles as one story (as eval plant does), the
// furthest step TraceValue reaches for any two of its values in any two
// of their articles. A gold item of a kind other than number or date that
// reads no typed value on both sides is "not a value". An event the
// engine fails to read is traced as unlocated, with the error. It is a
// diagnostic and changes nothing.
func realMissStages(ctx context.Context, eventsPath string, rep *corroborate.Report, ev kitEvents, missed []KitGold) ([]realMiss, error) {
	storyOf := reportStoryOf(rep, ev)
	need := map[string]bool{}
	for _, g := range missed {
		need[g.Story] = true
	}
	events, err := loadPlantEventsOf(eventsPath, func(label string) bool { return need[label] })
	if err != nil {
		return nil, err
	}
	runs := map[string]*plantRun{}
	failed := map[string]error{}
	for _, e := range events {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, err := newPlantRun(ctx, e)
		if err == nil {
			_, err = r.discrepancies(ctx, -1, "")
		}
		if err != nil {
			failed[e.name] = err
			continue
		}
		runs[e.name] = r
	}
	out := make([]realMiss, 0, len(missed))
	for _, g := range missed {
		m := realMiss{gold: g, step: "unlocated", trace: "its event is not in the events file"}
		if err := failed[g.Story]; err != nil {
			m.trace = "its event could not be read: " + err.Error()
		}
		if r := runs[g.Story]; r != nil {
			m.step, m.trace = traceGold(r, g)
		}
		if g.Kind != "number" && g.Kind != "date" && (m.step == "unlocated" || m.step == "changed" || m.step == "other") {
			m.trace = "not a value (" + g.Kind + "): " + m.trace
			m.step = "not a value"
		}
		if m.step != "unlocated" && m.step != "not a value" && goldApart(g, storyOf) {
			m.trace = "apart in the report's stories; as one story: " + m.trace
			m.step = "apart"
		}
		out = append(out, m)
	}
	return out, nil
}

// reportStoryOf maps each kit document to the index of its story in the
// report.
func reportStoryOf(rep *corroborate.Report, ev kitEvents) map[string]int {
	doc := map[string]string{}
	for _, a := range rep.Articles {
		doc[a.ID] = ev.docOf(a.Source)
	}
	out := map[string]int{}
	for i, st := range rep.Stories {
		for _, a := range st.Articles {
			if d, ok := doc[a]; ok {
				out[d] = i
			}
		}
	}
	return out
}

// goldApart reports whether no two articles stating two different values
// of g share a story of the report.
func goldApart(g KitGold, storyOf map[string]int) bool {
	for i, v := range g.Values {
		for _, w := range g.Values[i+1:] {
			for _, a := range v.Docs {
				for _, b := range w.Docs {
					sa, oka := storyOf[a]
					sb, okb := storyOf[b]
					if oka && okb && sa == sb {
						return false
					}
				}
			}
		}
	}
	return true
}

// traceGold is the furthest TraceValue step over every two values of g
// and every two articles stating them (each value tried at the start of
// each of its words, as the engine may read a part of it).
func traceGold(r *plantRun, g KitGold) (string, string) {
	idx := map[string]int{}
	for i, id := range r.ev.ids {
		idx[id] = i
	}
	best, bestRank, bestTrace := "unlocated", -1, "no two values located in two of its articles"
	for _, v := range g.Values {
		for _, w := range g.Values {
			if sameGoldValue(v, w) {
				continue
			}
			for _, a := range v.Docs {
				for _, b := range w.Docs {
					da, oka := idx[a]
					db, okb := idx[b]
					if !oka || !okb || da == db {
						continue
					}
					for _, oa := range valueOffsets(r.ev.arts[da].Text, v) {
						for _, ob := range valueOffsets(r.ev.arts[db].Text, w) {
							tr := compare.TraceValue(r.last, da, oa, db, ob)
							if step, rank := traceStep(tr); rank > bestRank {
								best, bestRank, bestTrace = step, rank, tr
							}
						}
					}
				}
			}
		}
	}
	return best, bestTrace
}

// sameGoldValue reports whether two gold values are one (the same value
// listed twice is no pair to trace).
func sameGoldValue(v, w KitGoldValue) bool {
	return v.Value == w.Value && strings.Join(v.Docs, " ") == strings.Join(w.Docs, " ")
}

// valueOffsets are the byte offsets in txt where the gold value v may be
// read: its text (or else its normal form) found case-insensitively as
// whole words, at every occurrence inside the first of its quotes found in
// txt, else at every occurrence in txt; each occurrence at the start of
// each of its words. None when the value is not found.
func valueOffsets(txt string, v KitGoldValue) []int {
	for _, q := range v.Quotes {
		if q = strings.TrimSpace(q); q == "" {
			continue
		}
		if loc := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(q)).FindStringIndex(txt); loc != nil {
			if out := wordStarts(txt[:loc[1]], loc[0], v); out != nil {
				return out
			}
		}
	}
	return wordStarts(txt, 0, v)
}

// wordStarts are the offsets of the start of each word of every
// occurrence of v's text (or else of its normal form) as whole words in
// txt from byte from.
func wordStarts(txt string, from int, v KitGoldValue) []int {
	for _, s := range []string{v.Value, v.Norm} {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		re := regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(` + regexp.QuoteMeta(s) + `)(?:$|[^\pL\pN])`)
		var out []int
		for _, m := range re.FindAllStringSubmatchIndex(txt[from:], -1) {
			start, w := from+m[2], txt[from+m[2]:from+m[3]]
			out = append(out, start)
			for j := 1; j < len(w); j++ {
				if w[j-1] == ' ' && w[j] != ' ' {
					out = append(out, start+j)
				}
			}
		}
		if out != nil {
			return out
		}
	}
	return nil
}

// writeRealStages prints the missed real discrepancies of a half by the
// step their chain stops at, and with verbose each miss's trace.
func writeRealStages(w io.Writer, s KitScore, ms []realMiss, verbose bool) {
	n := map[string]int{}
	for _, m := range ms {
		n[m.step]++
	}
	var parts []string
	for _, st := range realStageSteps {
		parts = append(parts, fmt.Sprintf("%s %d", st, n[st]))
	}
	fmt.Fprintf(w, "  misses by step %-7s %d: %s\n", kitHalfName(s), len(ms), strings.Join(parts, "; "))
	if verbose {
		for _, m := range ms {
			fmt.Fprintf(w, "  - chain %s: [%s] %s: %s\n", m.gold.Story, m.gold.Kind, m.gold.About, m.trace)
		}
	}
}
