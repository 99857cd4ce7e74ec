package compare

import (
	"strings"
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for these tests (no data set's wording).

// TestTraceNamesSlotGuards: a pair of values that slotScore refuses by a
// guard the trace's other parts do not show (the end of a stretch of
// time beside a day, a bracketed conversion beside a plain figure) has
// that guard named; two ends of stretches in other words, refused for
// want of shared words, name none.
func TestTraceNamesSlotGuards(t *testing.T) {
	tests := []struct {
		name, a, b, want, not string
		typ                   string // the values traced; weekdays when ""
	}{
		{"a conversion beside a plain figure",
			"Bridge works\n\nThe county paid 12 million euros ($14 million) for the new bridge, the county engineer said on Tuesday.",
			"Bridge works\n\nRepairs to the old ferry pier will cost $19 million, according to a harbor board estimate.",
			"guards converted/plain", "", mention.VMoney},
		{"a stretch beside a moment",
			"Bridge works\n\nThe old bridge will stay closed to traffic until Friday, the county engineer said.",
			"Bridge works\n\nThe old bridge was closed to traffic on Tuesday, the county engineer said.",
			"guards stretch", "", ""},
		{"two stretches in other words",
			"Bridge works\n\nThe old bridge will stay closed to traffic until Friday, the county engineer said.",
			"Bridge works\n\nLorries must use the ferry as the span remains closed until Tuesday at the earliest.",
			"no slot: sim", "guards", ""},
	}
	for _, tt := range tests {
		docs := []story.Doc{doc("a", tt.a, day), doc("b", tt.b, day)}
		in := Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)}
		typ := tt.typ
		if typ == "" {
			typ = mention.VWeekday
		}
		got := strings.Join(traceValues(in, typ), "\n")
		if !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("%s: got %q, want %q and not %q", tt.name, got, tt.want, tt.not)
		}
	}
}

// traceValues traces every pair of values of one type of the first two
// articles.
func traceValues(in Input, typ string) []string {
	var out []string
	for _, va := range mention.Values(in.Docs[0].Analysis) {
		for _, vb := range mention.Values(in.Docs[1].Analysis) {
			if va.Type != typ || vb.Type != typ {
				continue
			}
			oa := in.Docs[0].Analysis.Sentences[va.Sentence].Start + va.Start
			ob := in.Docs[1].Analysis.Sentences[vb.Sentence].Start + vb.Start
			out = append(out, TraceValue(in, 0, oa, 1, ob))
		}
	}
	return out
}

// TestTraceNamesModelStage: a pair no slot joins says what the same-fact
// model made of it: the guard that kept it from the model, or the
// probability the model gave it.
func TestTraceNamesModelStage(t *testing.T) {
	tests := []struct{ name, a, b, want string }{
		{"a stretch is guarded",
			"Bridge works\n\nThe old bridge will stay closed to traffic until Friday, the county engineer said.",
			"Bridge works\n\nLorries must use the ferry as the span remains closed until Tuesday at the earliest.",
			"model: guarded stretch"},
		{"two unslotted days are rated",
			"Bridge works\n\nThe old bridge on Friday: crews in orange vests, a crane and a barge.",
			"Bridge works\n\nThe harbor board budget on Tuesday: ferry repairs, a new pier and more buoys.",
			"; model p="},
	}
	for _, tt := range tests {
		docs := []story.Doc{doc("a", tt.a, day), doc("b", tt.b, day)}
		in := Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)}
		got := strings.Join(traceValues(in, mention.VWeekday), "\n")
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestModelWhyBranches: the trace of a pair no slot joins names which of
// the model's branches it took: a pair the model paired itself, a pair
// whose value a rule paired with another value, a pair of one origin that
// is no candidate, and a candidate with its probability.
func TestModelWhyBranches(t *testing.T) {
	const (
		vests = "Bridge works\n\nThe old bridge on Friday: crews in orange vests, a crane and a barge."
		board = "Bridge works\n\nThe harbor board budget on Tuesday: ferry repairs, a new pier and more buoys."
	)
	tests := []struct {
		name, a, b string
		copied     bool // b copies a: one origin
		made       bool // the model is taken to have paired the two days
		want       string
	}{
		{"model-paired", vests, board, false, true, "; model-paired p=0.980"},
		{"a candidate is rated", vests, board, false, false, "; model p="},
		{"one origin is no candidate", vests, board, true, false, "; model: no candidate"},
		{"the changed value rule-paired there",
			"Bridge works\n\nThe old bridge will reopen on Friday, the engineer said.",
			"Bridge works\n\nThe old bridge will reopen on Friday, the engineer said. The harbor board met on Tuesday to approve ferry repairs.",
			false, false, "; model: changed value rule-paired there"},
	}
	for _, tt := range tests {
		docs := []story.Doc{doc("a", tt.a, day), doc("b", tt.b, day)}
		if tt.copied {
			docs[1].Article.CopyOf = corroborate.Ptr("a")
		}
		in := Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)}
		c := newComparer(in)
		c.withFar = true
		facts := c.valueFacts()
		fi, fj := -1, -1
		for k := range facts {
			switch {
			case facts[k].v.Type != mention.VWeekday:
			case facts[k].doc == 0 && strings.Contains(facts[k].v.Text, "Friday"):
				fi = k
			case facts[k].doc == 1 && strings.Contains(facts[k].v.Text, "Tuesday"):
				fj = k
			}
		}
		if fi < 0 || fj < 0 {
			t.Fatalf("%s: no weekday facts (%d, %d)", tt.name, fi, fj)
		}
		made := c.modelMade(facts)
		if tt.made {
			made = map[[2]int]float64{{min(fi, fj), max(fi, fj)}: 0.98}
		}
		if got := c.modelWhy(facts, fi, fj, made); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: got %q, want prefix %q", tt.name, got, tt.want)
		}
	}
}
