package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestDatelineTowns: a dateline in capitals (AP Stylebook, "datelines")
// sets the article's event in its town when the town is a city WordNet
// lists or the dateline names its state; two articles with two such towns,
// neither naming the other's, tell two events. Sentences invented.
func TestDatelineTowns(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	y := "A gas leak forced the evacuation of nine buildings early Tuesday, fire officials said."
	cases := []struct {
		name, x, y, want string
	}{
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
	for _, c := range cases {
		docs := []story.Doc{doc("a", "Gas leak empties buildings\n\n"+c.x, pub), doc("b", "Buildings emptied after leak\n\n"+c.y, pub)}
		m := story.Assemble(&corroborate.Story{}, docs)
		r := Compare(Input{Docs: docs, Merged: m})
		if got := numberKinds(r.Discrepancies); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
