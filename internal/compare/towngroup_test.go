package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestTownsApartGroup: an article whose lead names no town links a value
// of one town's event to a value of another town's; the group's only
// pair of articles with towns on both sides sets them in two towns, so
// the group is of two events and no discrepancy is reported. A third
// article of the second town keeps it when its town is the first's; so
// does an article without a town whose value is neither town's (a third
// account), and a pair of the two towns whose sentences are the same but
// for their values (sameButValue). Sentences invented.
func TestTownsApartGroup(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	blank := "Buildings emptied\n\nA gas leak forced the evacuation of four buildings on Tuesday, fire officials said."
	inA := "Leak in Denver\n\nA gas leak forced the evacuation of four buildings in Denver on Tuesday, fire officials said."
	inB := "Leak in Boston\n\nA gas leak forced the evacuation of nine buildings in Boston on Tuesday, fire officials said."
	for _, tc := range []struct {
		name, x, blank, z, want string
	}{
		{"two towns, one article without a town", inA, blank, inB, ""},
		{"one town", inA, blank,
			"Leak in Denver\n\nA gas leak forced the evacuation of nine buildings in Denver on Tuesday, fire officials said.", "number:four/nine"},
		{"two towns, an article without a town of a value of its own", inA,
			"Buildings emptied\n\nA gas leak forced the evacuation of five buildings on Tuesday, fire officials said.",
			inB, "number:four/five/nine"},
		{"two towns, the same sentence but for its value",
			"Leak in Denver\n\nDenver fire officials spoke on Tuesday. The leak forced the evacuation of four buildings, they said.",
			"Buildings emptied\n\nA gas leak forced the evacuation of four buildings on Tuesday.",
			"Leak in Boston\n\nBoston fire officials spoke on Tuesday. The leak forced the evacuation of nine buildings, they said.",
			"number:four/nine"},
	} {
		docs := []story.Doc{doc("a", tc.x, pub), doc("b", tc.blank, pub), doc("c", tc.z, pub)}
		m := story.Assemble(&corroborate.Story{}, docs)
		r := Compare(Input{Docs: docs, Merged: m})
		if got := numberKinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestStoryTownAndNamedForces: a town an article of the thread sets in its
// state, anywhere in its text, is a town in a lead that writes it alone
// ("<Town> police said"), and so is a city an organisation is named for ("<City> Police
// Department"); a headline's trailing outlet segment names no town that
// keeps two articles together. Sentences invented.
func TestStoryTownAndNamedForces(t *testing.T) {
	y := "A gas leak forced the evacuation of nine buildings in Boston on Tuesday, fire officials said."
	cases := []townCase{
		{"a town set in its state after the lead",
			"Alderwick police said a gas leak forced the evacuation of four buildings on Tuesday. No one was hurt. Residents went back by evening. The gas company said the pipe was old. Its crews came from Alderwick, Ohio, and nearby.",
			y, ""},
		{"a town set in no state",
			"Alderwick police said a gas leak forced the evacuation of four buildings on Tuesday.",
			y, "number:four/nine"},
		{"a city's police department",
			"A gas leak forced the evacuation of four buildings on Tuesday, according to the Denver Police Department.",
			y, ""},
		{"a city's newspaper",
			"A gas leak forced the evacuation of four buildings on Tuesday, the Denver Herald reported.",
			y, "number:four/nine"},
		{"a state set in its country",
			"A gas leak forced the evacuation of four buildings in Ohio on Tuesday, fire officials said. No one was hurt. Residents went back by evening. The gas company has its seat in Ohio, United States.",
			y, "number:four/nine"},
		{"a county set in its state",
			"A gas leak forced the evacuation of four buildings in Alder County, Ohio, on Tuesday, fire officials said.",
			y, "number:four/nine"},
	}
	checkTownCases(t, cases)
}

// TestHeadlineProper keeps a headline's first segment when a page appends
// its outlet after a spaced dash or bar. Headlines invented.
func TestHeadlineProper(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Gas leak empties four buildings - Channel 9 News - Denver, Colorado", "Gas leak empties four buildings"},
		{"Gas leak empties four buildings | The Daily Ledger", "Gas leak empties four buildings"},
		{"UPDATE - Gas leak empties four buildings", "UPDATE - Gas leak empties four buildings"},
		{"Gas leak empties four buildings", "Gas leak empties four buildings"},
	} {
		if got := headlineProper(tc.in); got != tc.want {
			t.Errorf("headlineProper(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTownOfName reads the town an organisation is named for: a city
// WordNet lists opening a name headed by a noun of an organised group; an
// outlet, a team or a person named for a city names no town. Names
// invented.
func TestTownOfName(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ in, want string }{
		{"Denver Police Department", "Denver"},
		{"Denver Police", "Denver"},
		{"New York Police Department", "New York"},
		{"Alderwick Police Department", ""},
		{"Police Department", ""},
		{"Denver", ""},
		{"Denver Herald", ""},
		{"Denver Cowboys", ""},
		{"Denver Baker", ""},
		{"Denver City Council", "Denver"},
	} {
		if got := c.townOfName(tc.in); got != tc.want {
			t.Errorf("townOfName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMayBeTown: a county, parish or province set in a state is no town; a
// township or a borough may be one (a municipality). Names invented.
func TestMayBeTown(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Alder County", false},
		{"Alder Parish", false},
		{"Alder Township", true},
		{"Alder Borough", true},
		{"Alderwick", true},
	} {
		if got := c.mayBeTown(tc.name); got != tc.want {
			t.Errorf("mayBeTown(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
