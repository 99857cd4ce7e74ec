package mention

import "testing"

// An account reads a statement: a noun phrase whose only verb is that of
// a relative clause and a line with no final stop are none; a clause with
// its own finite verb still is.
// (Sentences written for this test.)
func TestAccountGuards(t *testing.T) {
	for _, tc := range []struct {
		body, text string
		want       bool
	}{
		{"The boys who broke the kiosk window, police say.", "The boys who broke", false},
		{"Lamps, rugs, a sofa and the clock he sold, people say.", "Lamps, rugs", false},
		{"Hunt for driver who fled, police say", "Hunt for driver", false},
		{"Old ferry sank off the cape at dawn, police say", "Old ferry sank", false},
		{"The boys who broke the kiosk window ran off, police say.", "The boys who broke", true},
		{"In the end she left the depot, police say.", "In the end she left", true},
		{"The ferry left the quay an hour late, harbour officials said.", "The ferry left the quay", true},
	} {
		a := analyze(tc.body)
		q := quoteBy(a, tc.text)
		if got := q != nil; got != tc.want {
			t.Errorf("%q: reading %v, want %v (%+v)", tc.body, got, tc.want, q)
		}
	}
}
