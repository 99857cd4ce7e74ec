package text

import (
	"strings"
	"testing"
)

// TestMayContainFold: never false where the text holds the word in any
// case of ASCII letters.
func TestMayContainFold(t *testing.T) {
	texts := []string{"", "no", "No one was hurt.", "NOBODY", "a No-One zone", "another", "Noone", "non one", "nobod", "x\r", "x-"}
	subs := []string{"no one", "no-one", "nobody", "another", "inf", "-", "x-"}
	for _, s := range texts {
		for _, sub := range subs {
			want := strings.Contains(strings.ToLower(s), sub)
			if got := MayContainFold(s, sub); want && !got {
				t.Errorf("MayContainFold(%q, %q) = false, want true", s, sub)
			}
		}
	}
	for _, c := range []struct {
		s, sub string
		want   bool
	}{{"Noone", "no one", false}, {"nobod", "nobody", false}, {"", "a", false}, {"A", "a", true}, {"x\r", "x-", true}} {
		if got := MayContainFold(c.s, c.sub); got != c.want {
			t.Errorf("MayContainFold(%q, %q) = %v, want %v", c.s, c.sub, got, c.want)
		}
	}
}

func BenchmarkMayContainFold(b *testing.B) {
	s := "The sheriff's office said a 32-year-old man was taken to the county hospital on Sunday, where he died."
	for b.Loop() {
		MayContainFold(s, "nobody")
	}
}
