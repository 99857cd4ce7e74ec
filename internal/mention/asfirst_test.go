package mention

import (
	"strings"
	"testing"
)

// TestAsClauseSpeaker checks that a sentence opening with an as-clause
// ("As X noted, …", "As X put it, …") gives X as the speaker of what
// follows, and that an as-clause of time gives none, even with a verb of
// speaking that takes no clause ("As X spoke, …").
func TestAsClauseSpeaker(t *testing.T) {
	body := "The harbour board met on Monday. " +
		"As Lena Marsh noted, the breakwater was rebuilt twice after the storms. " +
		"As Ottavio Brun put it, the board has run out of patience with the contractor. " +
		"As the tide rose, the crews moved the boats to the inner dock. " +
		"As Lena Marsh spoke, the crews carried the last nets up to the sheds."
	a := analyze(body)
	want := map[int]string{1: "Lena Marsh", 2: "Ottavio Brun"}
	got := map[int]string{}
	for _, q := range a.Quotes {
		got[q.Sentence] = q.Speaker
	}
	for si, w := range want {
		if got[si] != w {
			t.Errorf("sentence %d: speaker %q, want %q (all %v)", si, got[si], w, got)
		}
	}
	for _, si := range []int{3, 4} {
		if s, ok := got[si]; ok {
			t.Errorf("sentence %d: an as-clause of time read as an attribution (speaker %q)", si, s)
		}
	}
}

// TestAsByClauseSpeaker checks that a sentence opening with a passive
// as-clause of comment ("As reported by X, …", "As first noted by X, …")
// gives its agent as the source of what follows, and that an as-clause
// with no agent or no verb of saying gives none.
func TestAsByClauseSpeaker(t *testing.T) {
	tests := []struct {
		sentence, want string
	}{
		{"As reported by the Harbour Gazette, the contractor missed three deadlines last year.", "Harbour Gazette"}, // the name after "by the" (agentBefore)
		{"As first noted by Lena Marsh, the breakwater was rebuilt twice after the storms.", "Lena Marsh"},
		{"As described by the port authority, the quay needs a new crane before the spring.", "the port authority"},
		{"As built by the contractor, the quay needs a new crane before the spring.", ""},
		{"As reported, the contractor missed three deadlines last year.", ""},
	}
	for _, tt := range tests {
		got := secondSource(tt.sentence, func(q Quote) bool { return strings.HasPrefix(q.Cue, "As") })
		if got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// secondSource analyses a sentence after a plain first one and returns
// the source text of the last reading of it that keep accepts.
func secondSource(sentence string, keep func(Quote) bool) string {
	a := analyze("The harbour board met on Monday. " + sentence)
	got := ""
	for _, q := range a.Quotes {
		if q.Sentence == 1 && keep(q) {
			got = q.SpeakerText
		}
	}
	return got
}
