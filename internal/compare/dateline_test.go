package compare

import "testing"

// TestDatelineTowns: a dateline in capitals (AP Stylebook, "datelines")
// sets the article's event in its town when the town is a city WordNet
// lists or the dateline names its state; two articles with two such towns,
// neither naming the other's, tell two events. Sentences invented.
func TestDatelineTowns(t *testing.T) {
	y := "A gas leak forced the evacuation of nine buildings early Tuesday, fire officials said."
	cases := []townCase{
		{"two datelines with states",
			"ALDERWICK, Ore. (AP) — A gas leak forced the evacuation of four buildings early Tuesday, fire officials said.",
			"MARLOW CREEK, Ohio — " + y, ""},
		{"a dateline city",
			"ALDERWICK, Ore. (AP) — A gas leak forced the evacuation of four buildings early Tuesday, fire officials said.",
			"DENVER — " + y, ""},
		{"one names the other's town",
			"ALDERWICK, Ore. (AP) — A gas leak forced the evacuation of four buildings early Tuesday, fire officials said. Crews from Denver helped.",
			"DENVER — " + y, "number:four/nine"},
		{"a capitalised word that is no town",
			"UPDATE — A gas leak forced the evacuation of four buildings early Tuesday, fire officials said.",
			"DENVER — " + y, "number:four/nine"},
	}
	checkTownCases(t, cases)
}

// TestDatelineTown reads the town of a lead's dateline: a city WordNet
// lists alone, any town with a state's abbreviation (dotted ones too) or
// a state's or country's name, none before a word that names no state,
// none for a county set in its state (a county is no town: mayBeTown),
// and none in capitals inside a sentence. Leads invented.
func TestDatelineTown(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ lead, want string }{
		{"DENVER — A gas leak forced the evacuation of four buildings.", "Denver"},
		{"ALDERWICK, N.Y. (AP) — A gas leak forced the evacuation of four buildings.", "Alderwick"},
		{"ALDERWICK, Ore. — A gas leak forced the evacuation of four buildings.", "Alderwick"},
		{"By Dana Kors   ALDERWICK, Ore. — A gas leak forced the evacuation of four buildings.", "Alderwick"},
		{"HOLLIS COUNTY, Ore. — A gas leak forced the evacuation of four buildings.", ""},
		{"ALDERWICK, Bureau Report — A gas leak forced the evacuation of four buildings.", ""},
		{"A gas leak in ALDERWICK, Ore. — four buildings — was found.", ""},
		{"UPDATE — A gas leak forced the evacuation of four buildings.", ""},
	} {
		if got := c.datelineTown(tc.lead); got != tc.want {
			t.Errorf("datelineTown(%q) = %q, want %q", tc.lead, got, tc.want)
		}
	}
}
