package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// TestCentralDays: two articles that date the story's central act (an
// attack told by any verb or noun of harm) in sentences worded apart, the
// act read from the weekday's clause, disagree on its day; a later act, a
// bound of time, a noun modifying another and a second happening give no
// central day.
func TestCentralDays(t *testing.T) {
	found := []dayFound{
		{"gunfire as the subject of its verb",
			[]string{
				"Trouble on the ferry\n\nPassengers screamed after gunfire erupted on the car deck of the ferry Thursday evening.",
				"Trouble on the ferry\n\nA ferry mate shot two deckhands in the galley of the night boat to Orvel shortly before midnight Saturday during a quarrel over wages.",
			},
			"Thursday evening/Saturday"},
		{"a clause of simultaneity after a noun of the act",
			[]string{
				"Stabbing behind the hall\n\nThe stabbing happened while two bands were loading their vans behind the Orvel town hall on Monday.",
				"Stabbing behind the hall\n\nA drummer was stabbed behind the town hall on Wednesday morning.",
			},
			"on Monday/on Wednesday morning"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"an arrest after the attack",
			[]string{
				"Shots at the mill\n\nA mill hand was arrested Tuesday after a guard was shot near the old mill on Birch Lane.",
				"Shots at the mill\n\nDogs began to bark after gunfire erupted near the old mill Saturday evening.",
			}},
		{"a bound of time",
			[]string{
				"Shots at the mill\n\nThe road by the old mill has stayed closed since Tuesday, when gunfire wounded a guard.",
				"Shots at the mill\n\nDogs began to bark after gunfire erupted near the old mill Saturday evening.",
			}},
		{"a second happening",
			[]string{
				"Shots at the mill\n\nA guard was shot near the mill Saturday evening.\n\nTwo days later another guard was shot near the gate on Monday.",
				"Shots at the mill\n\nA watchman was wounded Saturday night near the old mill.",
			}},
	}
	expectNoDays(t, none)
}

// TestClauseAct: the act a weekday's clause gives it, read back from it.
func TestClauseAct(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []struct {
		sent, day string
		want      bool
	}{
		{"Gunfire erupted Tuesday near the school.", "Tuesday", true},
		{"A clerk shot a robber behind the counter of a small shop on Elm Street around noon Friday.", "Friday", true},
		{"A nurse was arrested over the stabbing of a neighbour in Elm on Monday.", "Monday", true},
		{"A cook was released from hospital Monday, a week after he was shot.", "Monday", false},
		{"A courier collapsed and died at the scene on Monday.", "Monday", true},
		{"A chaplain sat with the shooting victim at the clinic on Monday.", "Monday", false},
		{"Police searched the house until Monday.", "Monday", false},
		{"Detectives arrested a suspect after Friday's shooting.", "Friday", true},
		{"The stabbing happened while two bands were loading their vans on Monday.", "Monday", true},
		{"On Friday, a sniper opened fire on a ferry.", "Friday", true},
		{"On Friday, deputies arrested a gunman.", "Friday", false},
		{"Friday, May 3, 2019\n\nA sniper opened fire on a ferry.", "Friday", false},
		{"Gunman kills two\n\nA vigil turned into a march Monday night.", "Monday", false},
		// A "when" clause after the day tells what happened then.
		{"A baker was alone at the counter late Sunday when a stranger fired two shots through the window.", "Sunday", true},
		{"A ferryman was at the helm on Sunday night, when gunfire broke out below deck.", "Sunday", true},
		{"A roofer was arrested Sunday when he went back to the site of the stabbing.", "Sunday", false},
		{"A roofer was arrested Sunday when he came home.", "Sunday", false},
		// A death coordinated with the harm that caused it.
		{"Three hikers were stabbed and one of them died late Thursday near the ridge.", "Thursday", true},
		{"A hiker was stabbed last month and died Thursday.", "Thursday", false},
		{"A hiker was found and questioned on Thursday.", "Thursday", false},
	}
	for _, tc := range cases {
		toks := text.Tokens(tc.sent)
		at := -1
		for k, tk := range toks {
			if strings.HasPrefix(tk.Text, tc.day) {
				at = k
			}
		}
		if got := c.clauseAct(tc.sent, toks, at, at+1, centralAttack); got != tc.want {
			t.Errorf("clauseAct(%q, %q) = %v, want %v", tc.sent, tc.day, got, tc.want)
		}
	}
}
