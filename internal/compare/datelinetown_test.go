package compare

import "testing"

// TestDatelineTown reads the town of a lead's dateline: a city WordNet
// lists alone, any town with a state's abbreviation (dotted ones too) or
// a state's or country's name, none before a word that names no state,
// and none in capitals inside a sentence. Leads invented.
func TestDatelineTown(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ lead, want string }{
		{"DENVER — A gas leak forced the evacuation of four buildings.", "Denver"},
		{"ALDERWICK, N.Y. (AP) — A gas leak forced the evacuation of four buildings.", "Alderwick"},
		{"ALDERWICK, Ore. — A gas leak forced the evacuation of four buildings.", "Alderwick"},
		{"By Dana Kors   ALDERWICK, Ore. — A gas leak forced the evacuation of four buildings.", "Alderwick"},
		{"ALDERWICK, Bureau Report — A gas leak forced the evacuation of four buildings.", ""},
		{"A gas leak in ALDERWICK, Ore. — four buildings — was found.", ""},
		{"UPDATE — A gas leak forced the evacuation of four buildings.", ""},
	} {
		if got := c.datelineTown(tc.lead); got != tc.want {
			t.Errorf("datelineTown(%q) = %q, want %q", tc.lead, got, tc.want)
		}
	}
}
