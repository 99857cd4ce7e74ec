package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestPartyTagInAttribution checks that a legislator's party-and-state
// tag (", R-Ky.,") does not push the reporting verb after a quotation
// out of reach.
func TestPartyTagInAttribution(t *testing.T) {
	body := "The bridge vote failed on Tuesday. " +
		"“We will bring it back next month,” Senate Majority Leader Arnold Pemberton, R-Ky., said. " +
		"“Nobody here wants a second delay,” House Minority Whip Dalia Ferrante, D-N.Y., told reporters. "
	a := analyze(body)
	want := map[int]string{1: "Arnold Pemberton", 2: "Dalia Ferrante"}
	got := map[int]string{}
	for _, q := range a.Quotes {
		got[q.Sentence] = q.Speaker
	}
	for si, w := range want {
		if got[si] == "" || !strings.Contains(got[si], w) {
			t.Errorf("sentence %d: speaker %q, want %q (all %v)", si, got[si], w, got)
		}
	}
	for _, c := range []struct {
		s    string
		i, n int
	}{
		{"Doe , R-Ky . , said", 1, 3}, {"Doe , R-Texas , said", 1, 2}, {"Doe , a senator , said", 1, 0}, {"Doe , R-Ky . said", 1, 0},
	} {
		var toks []text.Token
		for _, w := range strings.Fields(c.s) {
			toks = append(toks, text.NewToken(w, 0, 0))
		}
		if n := partyTag(toks, c.i); n != c.n {
			t.Errorf("partyTag(%q, %d) = %d, want %d", c.s, c.i, n, c.n)
		}
	}
}
