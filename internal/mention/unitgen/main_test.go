package main

import (
	"bytes"
	"os"
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestInSync checks that internal/mention/unitnames.go is what the
// generator writes from the embedded lexicon: the table equals the walk
// of WordNet it stands for.
func TestInSync(t *testing.T) {
	var buf bytes.Buffer
	if err := Generate(lexicon.Default(), &buf); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../unitnames.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Fatal("internal/mention/unitnames.go is out of date: run go run ./internal/mention/unitgen")
	}
}

// TestGenerateStable: two walks write the same table (the lexicon's forms
// are a map, walked in any order).
func TestGenerateStable(t *testing.T) {
	var a, b bytes.Buffer
	if err := Generate(lexicon.Default(), &a); err != nil {
		t.Fatal(err)
	}
	if err := Generate(lexicon.Default(), &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two runs of the generator differ")
	}
}

// TestUnitNames: a unit whose first sense is the unit is in; a full name
// whose abbreviation names the unit first is in though its own first sense
// is another thing ("foot", the body part); a noun of another kind is out.
func TestUnitNames(t *testing.T) {
	lx := lexicon.Default()
	length, size := unitNames(lx, lengthUnits), unitNames(lx, sizeUnits)
	for _, tc := range []struct {
		names []string
		word  string
		want  bool
	}{
		{length, "kilometer", true},
		{length, "ft", true},
		{length, "foot", true},
		{length, "gallon", false},
		{size, "gallon", true},
		{size, "acre", true},
		{size, "kilometer", false},
		{size, "river", false},
	} {
		if got := slices.Contains(tc.names, tc.word); got != tc.want {
			t.Errorf("%q among the names: %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		ab, name string
		want     bool
	}{
		{"ft", "foot", true},
		{"km", "kilometre", true},
		{"bbl", "barrel", false}, // one b in "barrel"
		{"b", "barn", true},
		{"kor", "homer", false},
		{"yd", "yard", true},
		{"dy", "yard", false},
		{"", "yard", false},
		{"yd", "", false},
	} {
		if got := abbreviates(tc.ab, tc.name); got != tc.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tc.ab, tc.name, got, tc.want)
		}
	}
}
