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

// TestPersonLikeNoPerson: a one-word name in capitals (a dateline), a
// street's name before its noun, and a body's name of a place and common
// nouns read as no person; a full name and a surname after it stay
// people. Sentences written for this test.
func TestPersonLikeNoPerson(t *testing.T) {
	body := "BRAMLEY (KXYZ) - A ferry mate named Ivo Tamm was hurt when a winch snapped at the quay. " +
		"Fresh divers searched the hull overnight. " +
		"Tamm was later moved to a clinic at Orchard and Pelham streets. " +
		"Anyone who saw the crane fall may phone Bramley Dock Watch."
	a := mention.Analyze(body, dates.Date{Year: 2022, Month: 3, Day: 9}, 1)
	got := map[string]bool{}
	for _, m := range a.Mentions {
		got[m.Name] = got[m.Name] || personLike(a, m)
	}
	for name, want := range map[string]bool{"Ivo Tamm": true, "Tamm": true, "BRAMLEY": false, "Pelham": false, "Bramley Dock Watch": false} {
		if v, ok := got[name]; !ok || v != want {
			t.Errorf("personLike(%q) = %v (mention %v), want %v", name, v, ok, want)
		}
	}
}

// TestCapitalOnlyOpening: a sentence's opening adjective or adverb
// capitalised is no name; a first name or a surname of no such word is.
func TestCapitalOnlyOpening(t *testing.T) {
	for w, want := range map[string]bool{"Further": true, "Fresh": true, "Rose": false, "Tamm": false} {
		if got := capitalOnlyOpening(w); got != want {
			t.Errorf("capitalOnlyOpening(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"BRAMLEY": true, "KXYZ": true, "Tamm": false, "A": false} {
		if got := allCapitals(w); got != want {
			t.Errorf("allCapitals(%q) = %v, want %v", w, got, want)
		}
	}
}
