package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
)

// TestGluedReport: a reporting verb glued to a name by a lost space.
func TestGluedReport(t *testing.T) {
	for w, want := range map[string]bool{"Tammsaid": true, "Pellsays": true, "Said": false, "Tamm": false, "said": false} {
		if got := gluedReport(w); got != want {
			t.Errorf("gluedReport(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCommonWords: a name of common nouns only is no person's.
func TestCommonWords(t *testing.T) {
	for name, want := range map[string]bool{"Crime Stoppers": true, "Action News": true, "Rose Baker": false, "Ivo Tamm": false} {
		if got := commonWords(strings.Fields(name)); got != want {
			t.Errorf("commonWords(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPersonLike: a name typed as a person reads as a place after a
// preposition of place or "the", or with a street suffix. Sentences
// written for this test.
func TestPersonLike(t *testing.T) {
	body := "Warden Ivo Tamm found the boat. The porter lived on Quarry Drive near Ellory. Ana Pell told the Marsh Ledger about it."
	a := mention.Analyze(body, dates.Date{Year: 2022, Month: 3, Day: 9}, 1)
	got := map[string]bool{}
	for _, m := range a.Mentions {
		got[m.Name] = personLike(a, m)
	}
	for name, want := range map[string]bool{"Ivo Tamm": true, "Ana Pell": true, "Quarry Drive": false, "Ellory": false, "Marsh Ledger": false} {
		if v, ok := got[name]; !ok || v != want {
			t.Errorf("personLike(%q) = %v, want %v", name, v, want)
		}
	}
}
