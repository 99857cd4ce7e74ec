package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// TestAdmittedAfterHarm: a day of being taken into hospital followed by an
// "after" clause of the harm with no time of its own dates the harm; a
// time in the clause, a discharge, a harm of no attack or a comma before
// the clause does not.
func TestAdmittedAfterHarm(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []clauseActCase{
		{"A stoker was hospitalised Thursday after being knifed behind the forge.", "Thursday", true},
		{"A stoker was carried to a field hospital Thursday evening after bandits knifed him.", "Thursday", true},
		{"A stoker was flown to Orvel Abbey Hospital on Thursday after the bandits knifed him.", "Thursday", true},
		{"A stoker was hospitalised Thursday after being knifed on Tuesday.", "Thursday", false},
		{"A stoker was hospitalised Thursday after bandits may have knifed him.", "Thursday", true}, // the modal, no month
		{"A stoker was hospitalised Thursday after being knifed in May.", "Thursday", false},
		{"A stoker was hospitalised Thursday after May Kors knifed him.", "Thursday", true}, // a given name, no month
		{"A stoker was hospitalised Thursday after being knifed on May 3.", "Thursday", false},
		{"A stoker was hospitalised Thursday after being knifed two days earlier.", "Thursday", false},
		{"A stoker was discharged from the hospital Thursday after being knifed.", "Thursday", false},
		{"A stoker was hospitalised Thursday after a tumble from the gantry.", "Thursday", false},
		{"A stoker was hospitalised Thursday, after being knifed behind the forge.", "Thursday", false},
		{"His sister went to see him in hospital Thursday after he was knifed.", "Thursday", false},       // "to" of an infinitive
		{"A stoker was taken to her local hospital Thursday after bandits knifed her.", "Thursday", true}, // a possessive "her"
		{"His sister drove over to sit with him at the hospital Thursday after he was knifed.", "Thursday", false},
	}
	checkClauseActCases(t, c, cases)
}

// TestActAsTimePoint: a noun of the act after a preposition of time names
// the act already told; elsewhere, with a word of a second happening, it
// tells a second one.
func TestActAsTimePoint(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []struct {
		sent string
		want bool
	}{
		{"The forge shut again for a week before the knifing.", false},
		{"The ferry has not sailed again since the knifing.", false},
		{"The forge shut again on the day of the knifing.", false}, // the act names the day: no second one
		{"The forge shut again on the night of the knifing.", false},
		{"Bandits knifed a stoker again on the day of the fair.", true}, // the act told by its verb
		{"Bandits knifed a stoker again near the forge.", true},
		{"Another knifing broke out near the forge.", true},
		{"Hours later, after knifing another guard, the bandit fled.", true}, // a participle clause, no noun of a time point
	}
	for _, tc := range cases {
		if got := c.tellsSecond(text.Tokens(tc.sent), centralAttack); got != tc.want {
			t.Errorf("tellsSecond(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// TestAdmissionDayAgainstHarmDay: one article dates the harm by the day
// its victim was taken into hospital after it, the other by the harm's
// verb, on another day; the second article's later sentence recalls the
// knifing as the point a time is reckoned from and tells no second one.
func TestAdmissionDayAgainstHarmDay(t *testing.T) {
	expectDays(t, []dayFound{
		{"a day of admission after the harm",
			[]string{
				"Knifing at the forge\n\nA stoker was hospitalised Thursday after bandits knifed him behind the Orvel forge.",
				"Knifing at the forge\n\nBandits knifed a stoker behind the Orvel forge late Tuesday.\n\nThe forge shut again for a week after the knifing.",
			},
			"Thursday/late Tuesday"},
	})
}

// TestProgressiveFrame: a time in a past progressive relative clause on
// the agent or the object of the harm dates the harm; a simple past
// relative clause, one on a noun of no harm, or one after a comma does
// not.
func TestProgressiveFrame(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []clauseActCase{
		{"A porter was knifed by a drover who was mending a fence Thursday evening.", "Thursday", true},
		{"Bandits knifed a porter who was loading a barge on Thursday.", "Thursday", true},
		{"A porter was knifed by a drover who mended a fence Thursday evening.", "Thursday", false},
		{"A porter greeted a drover who was mending a fence Thursday evening.", "Thursday", false},
		{"A porter was knifed by a drover, who was mending a fence Thursday evening.", "Thursday", false},
	}
	checkClauseActCases(t, c, cases)
}

// clauseActCase is a sentence, the weekday in it, and whether the clause
// round the weekday tells the act (comparer.clauseAct).
type clauseActCase struct {
	sent, day string
	want      bool
}

// checkClauseActCases runs clauseAct on each case at its weekday's token
// (the last token spelled as the day).
func checkClauseActCases(t *testing.T, c *comparer, cases []clauseActCase) {
	t.Helper()
	for _, tc := range cases {
		toks := text.Tokens(tc.sent)
		at := -1
		for k, tk := range toks {
			if tk.Text == tc.day {
				at = k
			}
		}
		if got := c.clauseAct(tc.sent, toks, at, at+1, centralAttack); got != tc.want {
			t.Errorf("clauseAct(%q, %q) = %v, want %v", tc.sent, tc.day, got, tc.want)
		}
	}
}
