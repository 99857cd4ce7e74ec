package mention

import "testing"

// TestInvertedPronoun: a verb that closes its sentence before a pronoun
// or a possessive with a noun of no person is no inverted reporting
// clause; "said his lawyer" is one, and a call sign with its hyphen
// ("KTAR-TV") is a name, not a dateline.
func TestInvertedPronoun(t *testing.T) {
	for _, c := range []struct {
		phrase string
		want   bool
	}{
		{"her support", true},
		{"him", true},
		{"he", true},
		{"his lawyer", false},
		{"her aides", false},
		{"her office", false},
		{"its verdict", true},
		{"Jane Doe", false},
	} {
		if got := invertedPronoun(c.phrase); got != c.want {
			t.Errorf("invertedPronoun(%q) = %v, want %v", c.phrase, got, c.want)
		}
	}
	body := "Jane Roe runs for mayor of Tarnville. The levy will pay for the new school in the valley, ensures her support. The budget would pass on Monday, said her office."
	got := quotesByText(analyze(body))
	if q, ok := got["The levy will pay for the new school in the valley"]; ok {
		t.Errorf("read as a statement of %q (cue %q), want none", q.SpeakerText, q.Cue)
	}
	if q, ok := got["The budget would pass on Monday"]; !ok || q.SpeakerText != "her" && q.SpeakerText != "her office" {
		t.Errorf("\"said her office\": got %+v, want a statement of her office", q)
	}
	for _, p := range []string{"KTAR-TV", "WXYZ-FM"} {
		if got := SpeakerName(p); got != p {
			t.Errorf("SpeakerName(%q) = %q, want the call sign", p, got)
		}
	}
}
