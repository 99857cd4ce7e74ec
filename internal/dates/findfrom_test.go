package dates

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestDateScansFromFigure checks that mdyRe and dmyRe, scanned from a few
// words before the first figure (FindAll), find what their scans of the
// whole text find, on made-up texts.
func TestDateScansFromFigure(t *testing.T) {
	words := []string{"Monday", "Mon.", "tues", "Wednesday,", "sat", "Jan.", "January", "jan", "Sept.", "ſept", "May", "may", "of",
		"5", "12th", "31st", "2009", "1998,", "20", "the", "Doe", "said", "on", "in", "3rd", "Friday.,", "dec",
		"Monday, Jan. 5, 2009", "5 of May 1998", "sat 12 dec 2001", "March 3rd, 2011"}
	seps := []string{" ", " ", " ", "  ", "\t", "\n", ", ", "-", " (", "\u00a0", ".", ""}
	r := rand.New(rand.NewSource(12))
	hits := 0
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := 1 + r.Intn(12); n > 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString(seps[r.Intn(len(seps))])
		}
		s := b.String()
		q := strings.IndexAny(s, "0123456789")
		if q < 0 {
			continue
		}
		for _, c := range []struct {
			name string
			got  [][]int
			want [][]int
		}{
			{"mdyRe", text.FindAllFrom(mdyRe, s, q, 2), mdyRe.FindAllStringSubmatchIndex(s, -1)},
			{"dmyRe", text.FindAllFrom(dmyRe, s, q, 1), dmyRe.FindAllStringSubmatchIndex(s, -1)},
		} {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Fatalf("%s from the first figure of %q = %v, want %v", c.name, s, c.got, c.want)
			}
			hits += len(c.want)
		}
	}
	if hits < 1000 {
		t.Errorf("only %d matches: the texts test little", hits)
	}
}
