package mention

import "testing"

// TestCueOnlySpeakers: a cue read without a source phrase of its own is
// given the person or organisation its clause names as subject, or the
// referent of its subject pronoun; a relative clause set off by commas
// before the cue is an aside whose names do not speak; a clause after an
// inverted cue is its content, not its subject.
func TestCueOnlySpeakers(t *testing.T) {
	body := "Councillor Petra Lind chaired the harbour meeting on Friday. " +
		"By the spring she was warning that the ferry timetable was too thin. " +
		"Odile Marchetti, who ran the boatyard at Kelby Reach for a decade, said the slipway needed work. " +
		"The rowing club, which Marchetti joined, said the regatta would go ahead. " +
		"The drizzle kept falling on the quay."
	a := analyze(body)
	type want struct{ speaker, as, how string }
	wants := map[string]want{
		"the ferry timetable was too thin": {"Councillor Petra Lind", "she", "subject"},
		"the slipway needed work":          {"Odile Marchetti", "Odile Marchetti", "named"},
		"the regatta would go ahead":       {"", "The rowing club", "nominal"},
	}
	got := map[string]Quote{}
	for _, q := range a.Quotes {
		got[q.Text] = q
	}
	for text, w := range wants {
		q, ok := got[text]
		if !ok {
			t.Errorf("no statement %q; got %v", text, keysOf(got))
			continue
		}
		if q.Speaker != w.speaker || q.SpeakerText != w.as || q.How != w.how {
			t.Errorf("%q: speaker %q as %q how %q, want %q %q %q", text, q.Speaker, q.SpeakerText, q.How, w.speaker, w.as, w.how)
		}
	}
	if _, ok := got["Odile Marchetti, who ran the boatyard at Kelby Reach for a decade"]; ok {
		t.Errorf("the speaker's phrase was read as content")
	}
}
