package text

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestFieldStart(t *testing.T) {
	for _, c := range []struct {
		s    string
		q, k int
		want int
	}{
		{"one two three", 9, 0, 8},
		{"one two three", 9, 1, 4},
		{"one two three", 9, 2, 0},
		{"one two three", 9, 5, 0},
		{"one two three", 8, 0, 8},
		{"one two  three", 3, 0, 0}, // right after a field: that field
		{"one two  three", 8, 0, 8}, // inside white space: where it is
		{"one two  three", 8, 1, 4},
		{"one\ttwo\nthree", 9, 1, 4}, // tab and newline are \s
		{"one\vtwo three", 9, 1, 0},  // a vertical tab is not
		{"one two\u00a0three", 9, 1, 0},
		{"  lead", 4, 3, 0},
		{"", 0, 2, 0},
		{"abc", 10, 0, 0},
		{"one two three", -1, 0, 0}, // no key: the whole text
		{"one two three", -1, 2, 0},
	} {
		if got := FieldStart(c.s, c.q, c.k); got != c.want {
			t.Errorf("FieldStart(%q, %d, %d) = %d, want %d", c.s, c.q, c.k, got, c.want)
		}
	}
}

func TestLastFields(t *testing.T) {
	for _, c := range []struct {
		s    string
		k    int
		want string
	}{
		{"It was not until ", 2, "not until "},
		{"It was not until ", 3, "was not until "},
		{"It was not until ", 9, "It was not until "},
		{"from 1990 to", 1, "to"},
		{"a (didn't until\t", 2, "(didn't until\t"},
		{"x", 0, ""},
		{"   ", 1, "   "},
	} {
		if got := LastFields(c.s, c.k); got != c.want {
			t.Errorf("LastFields(%q, %d) = %q, want %q", c.s, c.k, got, c.want)
		}
	}
}

// randomText makes texts of the given words joined by random white space
// and punctuation, as the patterns meet them.
func randomText(r *rand.Rand, words []string, n int) string {
	seps := []string{" ", " ", " ", "  ", "\t", "\n", ", ", "-", " (", "\u00a0", "\v", "’s ", "."}
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(seps[r.Intn(len(seps))])
		}
		b.WriteString(words[r.Intn(len(words))])
	}
	return b.String()
}

// TestMatchLastAsWhole checks an end-anchored pattern asked of the last
// fields (LastFields) and FindAllFrom against the patterns' own scan of
// the whole text, on made-up texts.
func TestMatchLastAsWhole(t *testing.T) {
	end := regexp.MustCompile(`(?i)\b(?:for|over|in)\s+the\s+(?:end|start)\s+$`)
	key := regexp.MustCompile(`(?i:\b(on|last|the end of)\s+)?\b(Key)\b`)
	words := []string{"for", "over", "in", "the", "end", "start", "on", "last", "Key", "Keys", "key", "Doe", "of", "it", "ſ", "\u212a"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		s := randomText(r, words, 1+r.Intn(12))
		if r.Intn(2) == 0 {
			s += " "
		}
		if got, want := end.MatchString(LastFields(s, 3)), end.MatchString(s); got != want {
			t.Fatalf("end.MatchString(LastFields(%q, 3)) = %v, want %v", s, got, want)
		}
		q := strings.Index(s, "Key")
		if got, want := FindAllFrom(key, s, q, 3), key.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindAllFrom(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasFieldsAsFields: HasFields is len(strings.Fields(s)) >= n on
// random texts of made-up words and every kind of white space (ASCII,
// U+0085, U+00A0, U+2003), letters outside ASCII and bytes that are no
// UTF-8.
func TestHasFieldsAsFields(t *testing.T) {
	parts := []string{"vell", "dorran", "é", "中", "\xff", "\xe2\x80", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "-", ""}
	r := rand.New(rand.NewSource(44))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := r.Intn(12); k > 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		for n := -1; n <= 8; n++ {
			if got, want := HasFields(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Fatalf("HasFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
