package evaluate

import (
	"fmt"
	"io"
	"strings"

	"github.com/corroborate/corroborate/internal/compare"
)

// The stages where a missed plant's chain breaks, in chain order, and the
// finer steps of each (compare.TraceValue's steps, the story step before
// them). A miss counts once, at the furthest step any other article that
// states the fact reaches with the changed article.
var plantStages = []struct {
	name  string
	steps []string
}{
	{"story", []string{"apart"}},
	{"not read", []string{"changed", "other"}},
	{"not slotted", []string{"no fact", "no slot", "no pair"}},
	{"guarded", []string{"agree", "suppressed"}},
	{"wrong values", []string{"reported"}},
}

// traceStep names TraceValue's answer as a step of plantStages, with its
// rank along the chain (a higher rank got further).
func traceStep(trace string) (string, int) {
	steps := []struct{ prefix, step string }{
		{"not read: no value at the changed", "changed"},
		{"dropped: other ", "no fact"},
		{"not read: no value at the other", "other"},
		{"dropped: ", "no fact"},
		{"no slot", "no slot"},
		{"no pair", "no pair"},
		{"agree", "agree"},
		{"joined elsewhere or suppressed", "suppressed"},
		{"reported", "reported"},
	}
	// Ranks follow TraceValue's order of checks: the changed value read,
	// kept, the other's read, kept, then slot, pair, agreement, report.
	rank := map[string]int{"changed": 0, "other": 2, "no slot": 4, "no pair": 5, "agree": 6, "suppressed": 7, "reported": 8}
	for _, s := range steps {
		if strings.HasPrefix(trace, s.prefix) {
			r, ok := rank[s.step]
			if !ok { // no fact: of the changed value (1) or the other's (3)
				r = 1
				if s.prefix == "dropped: other " {
					r = 3
				}
			}
			return s.step, r
		}
	}
	return "changed", 0
}

// plantMissStep says where a missed trial's chain broke: "apart" when the
// engine's grouping put the changed article in no story with an article
// that states the fact, else the furthest TraceValue step of the changed
// value against each such article (those stating it in a sentence on the
// same thing first). then is that furthest step when the step is "apart"
// (the trial compares the event as one story all the same); trace is
// TraceValue's answer.
func plantMissStep(r *plantRun, facts [][]plantOcc, c plantCandidate, target, off int, same []int) (step, then, trace string) {
	var others []int
	seen := map[int]bool{target: true}
	for _, d := range append(append([]int(nil), same...), c.docs...) {
		if !seen[d] {
			seen[d] = true
			others = append(others, d)
		}
	}
	best, bestRank, bestTrace := "", -1, ""
	for _, d := range others {
		for _, f := range facts[d] {
			if f.key() != c.key {
				continue
			}
			tr := compare.TraceValue(r.last, target, off, d, f.start)
			if step, rank := traceStep(tr); rank > bestRank {
				best, bestRank, bestTrace = step, rank, tr
			}
			break
		}
	}
	if best == "" {
		best, bestTrace = "changed", "no other statement"
	}
	if apart(r, c, target, same) {
		return "apart", best, "the engine groups the changed article apart from every article that states the fact; as one story: " + bestTrace
	}
	return best, "", bestTrace
}

// apart reports whether the engine's grouping of the last trial put the
// changed article (target) in no story with an article that states the
// fact (c.docs, same).
func apart(r *plantRun, c plantCandidate, target int, same []int) bool {
	if len(r.storyOf) != len(r.ev.arts) {
		return false
	}
	for _, d := range append(append([]int(nil), same...), c.docs...) {
		if d != target && r.storyOf[d] == r.storyOf[target] {
			return false
		}
	}
	return true
}

// writeStages prints the misses of a half by stage and step.
func writeStages(w io.Writer, s PlantScore) {
	var parts []string
	for _, st := range plantStages {
		n := 0
		var sub []string
		for _, step := range st.steps {
			n += s.Stages[step]
			sub = append(sub, fmt.Sprintf("%s %d", step, s.Stages[step]))
		}
		p := fmt.Sprintf("%s %d", st.name, n)
		if st.name == "story" {
			// Where the comparison of the event as one story stopped.
			sub = sub[:0]
			for _, o := range plantStages[1:] {
				for _, step := range o.steps {
					if k := s.Stages["apart then "+step]; k > 0 {
						sub = append(sub, fmt.Sprintf("%s %d", step, k))
					}
				}
			}
			if len(sub) > 0 {
				p += " (then " + strings.Join(sub, ", ") + ")"
			}
		} else if len(st.steps) > 1 {
			p += " (" + strings.Join(sub, ", ") + ")"
		}
		parts = append(parts, p)
	}
	fmt.Fprintf(w, "  misses by stage %-7s %d: %s\n", halfName(s.Half), s.Found.Total-s.Found.Matched, strings.Join(parts, "; "))
}
