package compare

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestHomeInOnLastWords checks that reHomeIn, asked of the last five words
// before a place (homeOwner), finds what it finds in all of them, on
// made-up texts.
func TestHomeInOnLastWords(t *testing.T) {
	words := []string{"at", "in", "outside", "near", "from", "his", "her", "hiſ", "HER", "own", "home", "Home", "homes", "Doe", "at his home in", "near her own home in", "from hiſ Home in"}
	seps := []string{" ", " ", "  ", "\t", "\n", ", ", "-", "\u00a0", "’s "}
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 5000; i++ {
		s := madeUpText(r, words, seps, 10)
		for j := range len(s) + 1 { // homeOwner asks it of the sentence up to a place: every cut
			if got, want := reHomeIn.FindStringSubmatch(text.LastFields(s[:j], 5)), reHomeIn.FindStringSubmatch(s[:j]); !reflect.DeepEqual(got, want) {
				t.Fatalf("reHomeIn on the last five words of %q = %q, want %q", s[:j], got, want)
			}
		}
	}
}
