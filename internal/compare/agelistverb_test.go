package compare

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// The sentences of this test are invented.

// TestAgeListVerb: the ages of a coordinated list of people take the
// verb the list shares: a subject list the verb after its last item (a
// list of three, a suspended hyphen), an object list the verb before its
// first; a new clause after ", and" tells of its own subject alone.
func TestAgeListVerb(t *testing.T) {
	for _, tc := range []struct {
		sent  string
		roles []string
	}{
		{"A 17-year-old boy, a 21-year-old man and a 40-year-old woman were shot near the quay.", []string{roleVictim, roleVictim, roleVictim}},
		{"The 15- and 17-year-old boys were stabbed near the quay.", []string{roleVictim, roleVictim}},
		{"Wardens arrested a 17-year-old boy and a 40-year-old woman on Friday.", []string{roleSuspect, roleSuspect}},
		{"Wardens arrested a 17-year-old boy, and a 40-year-old woman fled the quay.", []string{roleSuspect, ""}},
	} {
		var got []string
		for _, f := range ageFactsOf(t, tc.sent) {
			got = append(got, f.ageRole)
		}
		if !slices.Equal(got, tc.roles) {
			t.Errorf("%q: roles %q, want %q", tc.sent, got, tc.roles)
		}
	}
}

// TestAgeListRelativeVerb: a verb after the list's last item that
// stands in a relative clause ("that", "where", "who") is not the list's.
func TestAgeListRelativeVerb(t *testing.T) {
	sent := "Oda Lund waited beside Kai Brun, 6, Sif Moe, 10, and Tor Moe, 13, near the barn that a storm had damaged."
	for _, f := range ageFactsOf(t, sent)[:2] {
		if f.ageAct != "" {
			t.Errorf("%q: age %s took act %q", sent, f.v.Text, f.ageAct)
		}
	}
}

// ageFactsOf is the age facts of a one-sentence article, in the order
// written.
func ageFactsOf(t *testing.T, sent string) []fact {
	t.Helper()
	d := doc("a", "Quay\n\n"+sent, day)
	c := newComparer(Input{Docs: []story.Doc{d}, Merged: story.Assemble(&corroborate.Story{}, []story.Doc{d})})
	var out []fact
	for _, f := range c.valueFacts() {
		if f.v.Type == mention.VAge {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b fact) int { return a.v.Start - b.v.Start })
	return out
}
