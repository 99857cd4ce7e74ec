package compare

import (
	"math/rand"
	"regexp"
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestFactNumbersAsPattern: factNumbers finds what the pattern it stands
// for finds, on made-up sentences and on random texts of digits, commas,
// periods, letters, spaces and a few bytes beyond ASCII (a digit that is no
// ASCII one: "٣"; a byte that is no UTF-8).
func TestFactNumbersAsPattern(t *testing.T) {
	re := regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)
	check := func(s string) {
		t.Helper()
		if got, want := factNumbers(s), re.FindAllString(s, -1); !slices.Equal(got, want) {
			t.Fatalf("factNumbers(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{
		"", "no figure here", "7", "Doe paid $1,250.75 for 3 lamps.", "a 2.5-mile walk at 4.",
		"Version 10.4.2 shipped", "1.", "1.a", ".5", "9,,9..9", "12,000,", "Rd. 5.", "٣ crates and 4",
	} {
		check(s)
	}
	parts := []string{"0", "5", "9", ",", ".", " ", "a", "Z", "-", "٣", "é", "\xff"}
	r := rand.New(rand.NewSource(38))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := r.Intn(14); k > 0; k-- {
			b = append(b, parts[r.Intn(len(parts))]...)
		}
		check(string(b))
	}
}

// TestProperNameWordsNoPerson: a sentence with no person's mention keeps
// no name words, as the full reading of its capitalised runs gives.
func TestProperNameWordsNoPerson(t *testing.T) {
	lx := lexicon.Default()
	for _, s := range []string{
		"Harwell Transit Director Ona Vale said the Quarry Lane depot reopened Monday.",
		"Crews from Bramble County worked through the night.",
		"",
	} {
		got := properNameWords(lx, s, nil)
		if len(got) != 0 || got == nil {
			t.Errorf("%q: got %v, want an empty set", s, got)
		}
		// The span that meets nothing reads the same as none.
		if far := properNameWords(lx, s, [][2]int{{len(s) + 10, len(s) + 20}}); len(far) != 0 {
			t.Errorf("%q with a span past its end: got %v", s, far)
		}
	}
}
