package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestNamedDoerYears: a year or a month dating one verb whose subject is
// one named person in both articles is one fact of that person, however
// little else the sentences share; a relative aside between a fronted
// time's subject and its verb ("In 2013, Nora Pell, who ran a bakery on
// the quay, was elected") holds no verb the time dates. Two people's
// elections stay apart. Both articles tell one election, to the harbour
// board: until session 39 the second told her election as the board's
// chair, another election than a seat on it, and the test asserted the
// two years of two acts as a conflict (the rule still reads "elected to
// the board" / "elected chair of the board" as one act; see
// doc/compare.md, Session 39).
func TestNamedDoerYears(t *testing.T) {
	first := "Harbour board\n\nIn May 2011, Nora Pell was elected to the harbour board on her third try, beating two fishermen and a baker."
	r := runDated(first,
		"Harbour board\n\nIn 2013, Nora Pell, who ran a bakery on the quay for years, was elected to the harbour board that oversees the port.")
	if got := kinds(r.Discrepancies); !strings.Contains(got, "In May 2011/In 2013") && !strings.Contains(got, "In 2013/In May 2011") {
		t.Errorf("one woman's election: got %q, want In May 2011/In 2013", got)
	}
	r = runDated(first,
		"Harbour board\n\nIn 2013, Edda Crane, who ran a bakery on the quay for years, was elected chair of the board that oversees the port.")
	if got := kinds(r.Discrepancies); strings.Contains(got, "2013") {
		t.Errorf("two people's elections: got %q, want no year conflict", got)
	}
}

// TestNamedDoerComplements: one person's two acts of one verb whose
// complements name two things ("convicted of stealing …" / "convicted of
// assaulting …", "elected to the harbour board" / "elected to the port
// council") are two facts, and their years no conflict; one act named two
// ways ("of stealing copper wire" / "of theft", "of murder" / "of killing
// a guard") or a complement against an agent ("of murder" / "by a jury")
// still gives one fact, and its two years conflict.
func TestNamedDoerComplements(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       string // "" for no conflict of dates
	}{
		{"two convictions",
			"In 1998, Tomas Reve was convicted of stealing copper wire from a quarry near Ostby.",
			"In 2009, Tomas Reve was convicted of assaulting a guard at a warehouse in Lindholm.", ""},
		{"two elections",
			"In May 2011, Nora Pell was elected to the harbour board on her third try.",
			"In 2013, Nora Pell was elected to the port council after a long campaign.", ""},
		{"a gerund and its noun",
			"In 1998, Tomas Reve was convicted of stealing copper wire from a quarry near Ostby.",
			"In 2001, Tomas Reve was convicted of theft after a trial that lasted four days.", "In 1998/In 2001"},
		{"a noun and a gerund of one act",
			"In 1998, Tomas Reve was convicted of murder after a trial in Ostby.",
			"In 2001, Tomas Reve was convicted of killing a guard at a warehouse in Lindholm.", "In 1998/In 2001"},
		{"a complement and an agent",
			"In 1998, Tomas Reve was convicted of murder after a trial in Ostby.",
			"In 2001, Tomas Reve was convicted by a jury that sat for four days in Lindholm.", "In 1998/In 2001"},
	}
	for _, c := range cases {
		got := kinds(runDated("Court\n\n"+c.a, "Court\n\n"+c.b).Discrepancies)
		if c.want == "" && strings.Contains(got, "date:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
