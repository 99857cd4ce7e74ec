package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestDayToldTwiceVetoes: sentences written for this test. A day of the
// story's year and the same day written with another year are one fact
// (yearToldTwice) only for full dates, when neither side speaks of
// another happening, each side is set back by no year but its own, and
// neither clause tells the act as one done again (a repetition cue).
func TestDayToldTwiceVetoes(t *testing.T) {
	for _, tc := range []struct{ name, a, b, year string }{
		{"months of two years (a yearly figure)",
			"Prices\n\nShop prices in Norland rose 4 percent in April 2023 as fuel costs climbed, the statistics office said.",
			"Prices\n\nThe statistics office in Norland said shop prices went up 3 percent in April 2022.", "2022"},
		{"another happening set back by its own year",
			"Bridge\n\nMayor Ada Quist opened the footbridge over the Vesk on May 3, 2023, after two years of work.",
			"Bridge\n\nAt a separate ceremony, the new footbridge was opened by Mayor Ada Quist on May 3, 2021, the town council said.", "2021"},
		{"an ordinal before the dated noun",
			"Bridge\n\nMayor Ada Quist opened the footbridge over the Vesk on May 3, 2023, after two years of work.",
			"Bridge\n\nThe first footbridge was opened by Mayor Ada Quist on May 3, 2021, the town council said in a statement.", "2021"},
		{"a first act told by an adverb",
			"Bridge\n\nMayor Ada Quist opened the footbridge over the Vesk on May 3, 2023, after two years of work.",
			"Bridge\n\nA footbridge was first opened by Mayor Ada Quist on May 3, 2021, the town council said in a statement.", "2021"},
		{"an additive adverb",
			"Wreath\n\nGeneral Ivo Marek laid a wreath at the memorial on May 3, 2023, officials said.",
			"Wreath\n\nThe visiting general, Ivo Marek, who also placed flowers by the gate on May 3, 2022, spoke briefly.", "2022"},
		{"another happening of the story's year",
			"Bridge\n\nMayor Ada Quist opened a footbridge at an earlier ceremony on May 3, 2023, the town council said.",
			"Bridge\n\nThe footbridge over the Vesk was opened by Mayor Ada Quist on May 3, 2022, after two years of work.", "2022"},
		{"a possessive of last year",
			"Fair\n\nMayor Ada Quist opened the town fair on May 3, 2023, to a large crowd.",
			"Fair\n\nQuist, the mayor since 2019, cut the ribbon at last year's show on May 3, 2022.", "2022"},
		{"a yearly act",
			"Bridge\n\nMayor Ada Quist opened the footbridge over the Vesk on May 3, 2023, after two years of work.",
			"Bridge\n\nThe footbridge was opened by Mayor Ada Quist on May 3, 2021, at the town's annual fair, the council said.", "2021"},
	} {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); strings.Contains(got, tc.year) {
			t.Errorf("%s: got %q, want no date discrepancy", tc.name, got)
		}
	}
}

// dated is a fact of a full date written in sentence s at the first
// occurrence of at, set back by bg.
func dated(s, at, norm, bg string) *fact {
	k := strings.Index(s, at)
	return &fact{sent: s, bg: bg, v: mention.Value{Type: mention.VDate, Norm: norm, Start: k, End: k + len(at)}}
}

// TestDayToldTwice: sentences written for this test. Each guard of
// dayToldTwice alone keeps a pair apart.
func TestDayToldTwice(t *testing.T) {
	story := "Mayor Ada Quist opened the footbridge on May 3, 2023, after two years of work."
	back := "The footbridge was opened by Mayor Ada Quist on May 3, 2021, the council said."
	if !dayToldTwice(dated(story, "May 3, 2023", "2023-05-03", ""), dated(back, "May 3, 2021", "2021-05-03", "2021")) {
		t.Errorf("one day told with two years: dayToldTwice = false, want true")
	}
	f, g := dated(story, "May 3, 2023", "2023-05", ""), dated(back, "May 3, 2021", "2021-05", "2021")
	f.v.Type, g.v.Type = mention.VMonth, mention.VMonth
	if dayToldTwice(f, g) {
		t.Errorf("two months: dayToldTwice = true, want false (months only through copiedTime)")
	}
	if dayToldTwice(dated(story, "May 3, 2023", "2023-05-03", "another"), dated(back, "May 3, 2021", "2021-05-03", "2021")) {
		t.Errorf("a side set back as another event's: dayToldTwice = true, want false (ownBackground)")
	}
	o := dated(back, "May 3, 2021", "2021-05-03", "2021")
	o.other = true
	if dayToldTwice(dated(story, "May 3, 2023", "2023-05-03", ""), o) {
		t.Errorf("a side of another happening: dayToldTwice = true, want false")
	}
	again := "The footbridge was opened again by Mayor Ada Quist on May 3, 2021, the council said."
	if dayToldTwice(dated(story, "May 3, 2023", "2023-05-03", ""), dated(again, "May 3, 2021", "2021-05-03", "2021")) {
		t.Errorf("an act done again: dayToldTwice = true, want false")
	}
}

// TestRepetitionCue: sentences written for this test. A cue counts in
// the clause of the date only.
func TestRepetitionCue(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"<Name>, who also opened the fair on May 3, 2021, spoke.", true},
		{"<Name> opened the fair again on May 3, 2021.", true},
		{"<Name> opened the fair on May 3, 2021, too.", true},
		{"<Name> opened the 12th fair on May 3, 2021.", true},
		{"<Name> opened last year's fair on May 3, 2021.", true},
		{"<Name> opened the fair on May 3, 2021, two years ago.", true},
		{"<Name> opened the yearly fair on May 3, 2021.", true},
		{"<Name> opened the fair on May 3, 2021.", false},
		{"It was too late to open the fair on May 3, 2021.", false},
		{"<Name> also spoke; the fair opened on May 3, 2021.", false},
		{"The fair opened on May 3, 2021, and <Name> spoke again.", false},
	} {
		v := dated(tc.s, "May 3, 2021", "2021-05-03", "").v
		if got := repetitionCue(tc.s, v); got != tc.want {
			t.Errorf("repetitionCue(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
