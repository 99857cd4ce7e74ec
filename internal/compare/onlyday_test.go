package compare

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestOnlyDaysOfOneDeed: two articles that each name one weekday only, for
// the same verb, give the day of one event, in whatever words; a dash
// closes an aside, whose verb is not the one the day dates.
func TestOnlyDaysOfOneDeed(t *testing.T) {
	found := []dayFound{
		{"one arrest, two days, little wording shared",
			[]string{
				"Arrest in old case\n\nCounty deputies on Monday arrested a retired teacher over a barn fire that killed two horses in 1988.",
				"Arrest in old case\n\nA retired schoolmaster, now frail, was arrested Thursday over the deadly blaze.",
			},
			"Monday/Thursday"},
		{"a dash closes an aside before the day",
			[]string{
				"Watch shop raid\n\nThieves — two of them disguised as couriers — on Monday looted a watch shop near the harbour.",
				"Watch shop raid\n\nLate Thursday afternoon, the thieves looted the small store and fled on scooters.",
			},
			"Monday/Late Thursday afternoon"},
		{"another day of another deed in another sentence",
			[]string{
				"Arrest in old case\n\nCounty deputies on Monday arrested a retired teacher over a barn fire that killed two horses in 1988.",
				"Arrest in old case\n\nA retired schoolmaster, now frail, was arrested Thursday over the deadly blaze.\n\nHe appeared in court on Friday.",
			},
			"Monday/Thursday"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"one article names two days",
			[]string{
				"Arrest in old case\n\nCounty deputies on Monday arrested a retired teacher over a barn fire that killed two horses in 1988.",
				"Arrest in old case\n\nA retired schoolmaster, now frail, was arrested Thursday over the deadly blaze and appeared in court on Friday.",
			}},
		{"a schedule is no deed",
			[]string{
				"Arrest in old case\n\nCounty deputies on Monday arrested a retired teacher over a barn fire that killed two horses in 1988.",
				"Arrest in old case\n\nThe trial of the retired schoolmaster arrested over the deadly blaze opens Thursday.",
			}},
		{"a day ahead is no deed",
			[]string{
				"Arrest in old case\n\nCounty deputies on Monday arrested a retired teacher over a barn fire that killed two horses in 1988.",
				"Arrest in old case\n\nA retired schoolmaster, now frail, is expected to be arrested Thursday over the deadly blaze.",
			}},
		{"little wording shared: two deeds of a kind",
			[]string{
				"Arrest in old case\n\nCounty deputies on Monday arrested a retired teacher over a barn fire that killed two horses in 1988.",
				"Stadium unrest\n\nRiot squads arrested forty fans outside the arena on Thursday after seats were torn up.",
			}},
		{"the days of two statements",
			[]string{
				"Arrest in old case\n\nDeputies arrested a retired teacher over the old barn fire, the sheriff said Monday.",
				"Arrest in old case\n\nA retired schoolmaster was arrested over the old barn fire, the county sheriff said Thursday.",
			}},
		{"two verbs",
			[]string{
				"Arrest in old case\n\nCounty deputies on Monday arrested a retired teacher over a barn fire that killed two horses in 1988.",
				"Arrest in old case\n\nA retired schoolmaster, now frail, was released Thursday over the deadly blaze.",
			}},
	}
	expectNoDays(t, none)
}

// dayFound is a day-conflict case: undated articles docs and a string the
// discrepancy kinds must contain ("Saturday/early Friday").
type dayFound struct {
	name string
	docs []string
	want string
}

// dayNone is a case whose undated articles docs give no date conflict.
type dayNone struct {
	name string
	docs []string
}

// expectDays runs each case's articles undated and checks its want among
// the discrepancy kinds.
func expectDays(t *testing.T, cases []dayFound) {
	t.Helper()
	for _, c := range cases {
		r := runUndated(c.docs...)
		if got := kinds(r.Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// expectNoDays runs each case's articles undated and checks that no date
// discrepancy is reported.
func expectNoDays(t *testing.T, cases []dayNone) {
	t.Helper()
	for _, c := range cases {
		r := runUndated(c.docs...)
		if got := kinds(r.Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no day conflict", c.name, got)
		}
	}
}
