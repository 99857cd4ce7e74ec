package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
)

// The sentences of these tests are invented.

// TestStretchBetweenTwo: "N days earlier" and "M days after" measure one
// stretch between two happenings, told from either end: a conflict. A
// stretch measured from now ("ago") is no such stretch.
func TestStretchBetweenTwo(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Painter dies\n\nThe painter Ida Marsh died at a hospital in Corvale on Tuesday, eleven days after suffering a stroke."
	for _, tc := range []struct{ name, b, want string }{
		{"earlier / after", "Painter dies\n\nThe painter Ida Marsh died on Tuesday. Marsh suffered a stroke six days earlier and never woke.", "number:eleven days/six days"},
		{"ago / after", "Painter dies\n\nThe painter Ida Marsh died on Tuesday. Marsh suffered a stroke six days ago and never woke.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestResultingCopulaDay: "became X on <day>" names the moment of a
// change (a resulting copula), so two days of it conflict; "remained" is a
// state, which holds on many days.
func TestResultingCopulaDay(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 9, Day: 20}
	for _, tc := range []struct{ verb, want string }{
		{"became", "date:Sept. 12/Sept. 14"},
		{"remained", ""},
	} {
		a := "Council\n\nCouncillor Ren Oduya " + tc.verb + " the party's candidate for mayor of Pellston on Sept. 12, her office said."
		b := "Council\n\nCouncillor Ren Oduya " + tc.verb + " the party's candidate for mayor of Pellston on Sept. 14, her office said."
		if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.verb, got, tc.want)
		}
	}
}

// TestModelYear: the year of a make after a possessive ("his 2011
// Marlow") sets no figure of its sentence in another year, so two ages of
// one man still conflict; after an article it may ("a 2005 Harbour Review
// essay").
func TestModelYear(t *testing.T) {
	for _, tc := range []struct {
		s, year string
		want    bool
	}{
		{"Tam Boyle, 41, was driving his 2011 Marlow east.", "2011", true},
		{"Tam Boyle drove their 2004 Corvan Sierra home.", "2004", true},
		{"Boyle wrote in a 2005 Harbour Review essay.", "2005", false},
		{"Boyle sold his 1998 stake to a bank.", "1998", false},
		{"Boyle left in his 2011 March tour.", "2011", false},
	} {
		k := strings.Index(tc.s, tc.year)
		v := mention.Value{Type: mention.VYear, Start: k, End: k + 4}
		if got := possessedModelYear(tc.s, v); got != tc.want {
			t.Errorf("possessedModelYear(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	pub := dates.Date{Year: 2021, Month: 2, Day: 3}
	a := "Crash\n\nTam Boyle, 41, was driving his 2011 Marlow east on Route 9 at about 2 a.m. when he was stopped by a trooper."
	b := "Crash\n\nTam Boyle, 44, was stopped by a trooper on Route 9 at about 2 a.m. on Sunday."
	if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); !strings.Contains(got, "41/44") {
		t.Errorf("ages beside a model year: got %q, want the 41/44 conflict", got)
	}
}

// TestOwnYearBackground: two days that each lie far from the articles'
// dates are set back by their own years; when those years are what the
// two articles differ on, the dates are still one fact.
func TestOwnYearBackground(t *testing.T) {
	f := &fact{v: mention.Value{Type: mention.VDate, Norm: "2011-03-08"}, bg: "2011"}
	g := &fact{v: mention.Value{Type: mention.VDate, Norm: "2013-03-08"}, bg: "2013"}
	if bgDiffer(f, g) {
		t.Errorf("two own-year backgrounds: bgDiffer = true, want false")
	}
	h := &fact{v: mention.Value{Type: mention.VDate, Norm: "2013-04-19"}, bg: ""}
	if !bgDiffer(f, h) {
		t.Errorf("a background date and another date of the story: bgDiffer = false, want true")
	}
	s := &fact{v: mention.Value{Type: mention.VDate, Norm: "2013-03-08"}, bg: ""}
	if bgDiffer(f, s) {
		t.Errorf("a background date and the same day of the story's year: bgDiffer = true, want false (yearToldTwice)")
	}
	n := &fact{v: mention.Value{Type: mention.VCount, Num: 3}, bg: "2009"}
	m := &fact{v: mention.Value{Type: mention.VCount, Num: 4}, bg: "2010"}
	if !bgDiffer(n, m) {
		t.Errorf("two counts in two years: bgDiffer = false, want true")
	}
	pub := dates.Date{Year: 2013, Month: 10, Day: 14}
	a := "Vote\n\nThe council vote in Varnia, set for March 8, 2011, will take place in two rounds, the commission said."
	b := "Vote\n\nThe council vote in Varnia, set for March 8, 2013, will take place in two rounds, the commission said."
	if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got == "" {
		t.Errorf("two far dates differing in their year: no discrepancy")
	}
}

// TestStretchEnds: the ends of stretches of time and "as of" days are
// compared only in aligned statements: a copy that changes one conflicts;
// an end of a stretch never meets the day of a happening.
func TestStretchEnds(t *testing.T) {
	pub := dates.Date{Year: 2020, Month: 10, Day: 2}
	for _, tc := range []struct{ name, a, b, want string }{
		{"a copy changes the end", "Vote\n\nSign-up for the ballot in Varnia will run from May 3 to June 1.",
			"Vote\n\nSign-up for the ballot in Varnia will run from May 3 to June 4.", "date:June 1/June 4"},
		{"a copy changes an as-of day", "Case\n\nThe county office said the land claim had not been settled as of Tuesday.",
			"Case\n\nThe county office said the land claim had not been settled as of Thursday.", "date:Tuesday/Thursday"},
		{"an end against a happening", "Vote\n\nSign-up for the ballot in Varnia will run from May 3 to June 1.",
			"Vote\n\nSign-up for the ballot in Varnia opened on June 4 with long queues.", ""},
		{"the ends of two things' stretches", "Vote\n\nSign-up for the ballot in Varnia will run until June 1.",
			"Vote\n\nThe harbour repairs in Varnia will last until June 4, the council said.", ""},
		// the end of a stretch sets no figure of its sentence in its year
		{"a figure beside a year that ends a stretch", "Jobs\n\nThe agency will hire 300 inspectors through 2030, its director said.",
			"Jobs\n\nThe agency will hire 500 inspectors, its director said.", "number:300/500"},
	} {
		if got := kinds(run(doc("a", tc.a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
