package dates

import (
	"math/rand"
	"testing"
)

// zoneWordBefore is ZoneWord as it was before the shape test.
func zoneWordBefore(w string) bool {
	switch w {
	case "GMT", "UTC", "AM", "PM":
		return true
	}
	return w != "" && (monthFirstZoneRe.FindString(w) == w || dayFirstZoneRe.FindString(w) == w)
}

// TestZoneWordAsBefore: ZoneWord answers as the patterns alone did, on
// every zone of the two lists, their pieces and neighbours, and made-up
// words of capitals, small letters, figures, signs and letters outside
// ASCII.
func TestZoneWordAsBefore(t *testing.T) {
	words := []string{"", "A", "PT", "ET", "EST", "EDT", "PDT", "AKST", "HDT", "CEST", "WET", "BST", "IST", "MSK", "AEDT",
		"NZST", "SGT", "HKT", "PKT", "GMT", "UTC", "AM", "PM", "pdt", "Pdt", "PDT.", "(PDT)", "PDTS", "XPDT", "P DT", "PT-",
		"ÉST", "CEṠT", "ESTT", "AKSTX", "Doe", "ROE", "NASA", "UN"}
	for _, w := range words {
		if got, want := ZoneWord(w), zoneWordBefore(w); got != want {
			t.Errorf("ZoneWord(%q) = %v, want %v", w, got, want)
		}
	}
	letters := []string{"A", "C", "D", "E", "H", "K", "M", "N", "P", "S", "T", "W", "Z", "s", "t", "1", ".", "-", " ", "É", "\u212a"}
	r := rand.New(rand.NewSource(36))
	zones := 0
	for i := 0; i < 200000; i++ {
		w := ""
		for n := r.Intn(6); n > 0; n-- {
			w += letters[r.Intn(len(letters))]
		}
		got, want := ZoneWord(w), zoneWordBefore(w)
		if got != want {
			t.Fatalf("ZoneWord(%q) = %v, want %v", w, got, want)
		}
		if got {
			zones++
		}
	}
	if zones == 0 {
		t.Fatal("no made-up word was a zone: the draw tests nothing")
	}
}
