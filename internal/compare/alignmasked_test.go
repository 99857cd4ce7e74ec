package compare

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestMaskedNames reads testdata/masked-names.json: two articles (invented
// for this test) that tell one statement in nearly the same words; want is
// the name discrepancies found, as kinds prints them ("" for none).
func TestMaskedNames(t *testing.T) {
	b, err := os.ReadFile("testdata/masked-names.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Rule, X, Y, Want string }
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	pub := dates.Date{Year: 2022, Month: 3, Day: 8}
	for _, tc := range cases {
		r := run(doc("a", tc.X, pub), doc("b", tc.Y, pub))
		if got := alignKinds(r); got != tc.Want {
			t.Errorf("%s: got %q, want %q", tc.Rule, got, tc.Want)
		}
	}
}

// TestMaskedAlign: the longest common subsequence of two sentences' units
// and the hunks between its pairs; too little shared is no alignment.
func TestMaskedAlign(t *testing.T) {
	units := func(s string) []maskUnit {
		var out []maskUnit
		for _, w := range strings.Fields(s) {
			out = append(out, maskUnit{key: w, name: -1})
		}
		return out
	}
	for _, tc := range []struct {
		x, y  string
		ok    bool
		hunks []maskedHunk
	}{
		{"a b c d e f g h i j", "a b c X e f g h i j", true, []maskedHunk{{3, 4, 3, 4}}},
		{"a b c d e f g h i j", "a b c d e f g h i j k", true, []maskedHunk{{10, 10, 10, 11}}},
		{"a b c d e f g h i j", "a b c d e f g h i j", true, nil},
		{"a b c d e f g h i j", "a b c d V W X Y Z", false, nil},
	} {
		_, hunks, ok := maskedAlign(units(tc.x), units(tc.y))
		if ok != tc.ok || !reflect.DeepEqual(hunks, tc.hunks) {
			t.Errorf("maskedAlign(%q, %q) = %v, %v, want %v, %v", tc.x, tc.y, hunks, ok, tc.hunks, tc.ok)
		}
	}
}

// TestPlaceLevel: WordNet's instance classes rank a country above a
// state above a city; a place it does not list is the narrowest; two
// places of two levels may hold one another.
func TestPlaceLevel(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, tc := range []struct {
		name string
		want int
	}{
		{"France", 0}, {"Iran", 0}, {"California", 1}, {"texas", 1}, {"Lyon", 2}, {"santa rosa", len(placeLevels)}, {"Elm Street", len(placeLevels)},
	} {
		if got := c.placeLevel(tc.name); got != tc.want {
			t.Errorf("placeLevel(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"lyon", "france", true}, {"lyon", "paris", false}, {"wasilla", "alaska", true}, {"ashford mill", "harwick", false},
	} {
		if got := c.mayHold(tc.a, tc.b); got != tc.want {
			t.Errorf("mayHold(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
