package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// A quotation credited to an outer source ("according to a statement") is
// held by the name whose verb of saying introduces it. (Sentences written
// for this test.)
func TestIntroducerOf(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		// The verb's subject holds the quoted words the statement reports.
		{"Voss affirmed “the bridge was closed at noon,” according to a statement by Mayor Voss’s office.", "Lena Voss"},
		// No verb of saying before the quotation: no introducer.
		{"The bridge was “closed at noon,” according to a statement by the office of Lena Voss.", ""},
		// A reporting clause of its own between the words and the outer
		// source: its speaker said them, the outer source reports it.
		{"'The bridge was closed at noon,' Circuit Judge Lena Voss said, according to the Herald.", "Lena Voss"},
		{"'The bridge was closed at noon,' said Mayor Voss, according to the Herald.", "Lena Voss"},
		{"The bridge was closed at noon, Mayor Voss said, according to the Herald.", "Lena Voss"},
		// The outer source alone, or no clause set off before it.
		{"The bridge was closed at noon, according to the Herald.", ""},
		{"The bridge was closed at noon when Voss arrived, according to the Herald.", ""},
	} {
		d := doc("a", "Bridge\n\nMayor Lena Voss spoke on Monday. "+tc.body, day)
		docs := []story.Doc{d}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		got, n := "", 0
		for _, q := range d.Analysis.Quotes {
			if strings.Contains(q.Text, "closed at noon") {
				got, n = c.introducerOf(0, q), n+1
			}
		}
		if n == 0 {
			t.Errorf("%q: no quote read", tc.body)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: introducer %q, want %q", tc.body, got, tc.want)
		}
	}
}
