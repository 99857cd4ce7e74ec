package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestPersonNameOf checks that the remembered form of a name is the one
// worked out afresh, asked once or again.
func TestPersonNameOf(t *testing.T) {
	tests := []struct {
		name, plain string
		words       []string
	}{
		{"Karl Brenner", "Karl Brenner", []string{"karl", "brenner"}},
		{"W. Rolf Ingram", "W. Rolf Ingram", []string{"rolf", "ingram"}},
		{"J. Smith", "J. Smith", []string{"j", "smith"}},
	}
	for _, tt := range tests {
		for range 2 {
			got := personNameOf(tt.name)
			plain := untitled(unglued(tt.name))
			words := withoutInitials(strings.Fields(mention.NormalizeName(plain)))
			if got.plain != plain || !slices.Equal(got.words, words) {
				t.Errorf("personNameOf(%q) = %q %q, want %q %q as worked out afresh", tt.name, got.plain, got.words, plain, words)
			}
			if got.plain != tt.plain || !slices.Equal(got.words, tt.words) {
				t.Errorf("personNameOf(%q) = %q %q, want %q %q", tt.name, got.plain, got.words, tt.plain, tt.words)
			}
		}
	}
}

// TestPersonNameOfConcurrent asks the memo for names no other test asks
// for, from several goroutines at once (run under -race), so that they
// fill it while they read it: every answer is the name's own form.
func TestPersonNameOfConcurrent(t *testing.T) {
	want := map[string][]string{
		"Quillon Varga": {"quillon", "varga"}, "T. Orrin Blakeley": {"orrin", "blakeley"},
		"Mira Osk Jr.": {"mira", "osk", "jr"}, "Edda Vinter-Holm": {"edda", "vinter-holm"},
	}
	for g := range 4 {
		t.Run(fmt.Sprint(g), func(t *testing.T) {
			t.Parallel()
			for n, words := range want {
				if got := personNameOf(n); !slices.Equal(got.words, words) {
					t.Errorf("personNameOf(%q) words %q, want %q", n, got.words, words)
				}
			}
		})
	}
}

// BenchmarkSamePerson compares made-up names pairwise, as a story's
// value slots compare the persons of their facts.
func BenchmarkSamePerson(b *testing.B) {
	names := []string{"Karl Brenner", "Brenner", "Jonas Brenner", "Dr. Ana Ruiz-Vela", "Ana Ruiz", "Ivo Tamm Sr.", "Ivo Tamm Jr.", "W. Rolf Ingram"}
	for b.Loop() {
		for _, x := range names {
			for _, y := range names {
				samePerson(x, y)
			}
		}
	}
}
