package compare

import (
	"strings"
	"testing"
)

// TestUpdateNote: two running totals that differ are reported, noted as a
// possible update, not hidden: undated articles give no sign they were
// written at two moments, and a total mis-stated is still wrong. A total
// the articles agree on is no discrepancy. Sentences invented.
func TestUpdateNote(t *testing.T) {
	for _, tc := range []struct {
		name, x, y string
		want       string
	}{
		{"two totals so far", "Lighthouse record\n\nKeeper Ann Roe has now logged 3,120 nights on the Skerry rock, the trust said.",
			"Lighthouse record\n\nKeeper Ann Roe has now logged 3,210 nights on the Skerry rock, the trust said.", "number:3,120/3,210"},
		{"a total told as it now stands", "Guild roll\n\nThe Skerry weavers' guild now has 412 members, its secretary said.",
			"Guild roll\n\nThe Skerry weavers' guild now has 421 members, its secretary said.", "number:412/421"},
		{"one total", "Lighthouse record\n\nKeeper Ann Roe has now logged 3,120 nights on the Skerry rock, the trust said.",
			"Lighthouse record\n\nKeeper Ann Roe has logged 3,120 nights on the Skerry rock so far, the trust said.", ""},
	} {
		r := runUndated(tc.x, tc.y)
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		for _, d := range r.Discrepancies {
			if !strings.Contains(d.Note, updateNote) {
				t.Errorf("%s: %+v not noted %q", tc.name, d, updateNote)
			}
		}
	}
}
