package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestHeadVerbPresentAndFuture: a time dates a verb in the simple present
// after a name or a pronoun, and a base form after a future modal or "to";
// a word in -s after a determiner, a possessive or a number is a plural
// noun, a word after "to" that is also a noun is no verb, and a present
// reporting verb dates a statement (sentences written for this test).
func TestHeadVerbPresentAndFuture(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, time, want string }{
		{"Painter Ilse Varga dies Thursday at 88.", "Thursday", "die"},
		{"She arrives Tuesday in the capital.", "Tuesday", "arrive"},
		{"The family will bury him on Saturday in Orrin.", "Saturday", "bury"},
		{"The council would vote on Monday, the clerk said.", "Monday", "vote"},
		{"The couple plan to marry on Saturday.", "Saturday", "marry"},
		// no verb of its own: the search goes on to the next verb or none
		{"The two attacks on Tuesday shocked the town.", "Tuesday", "shock"},
		{"Her father's visits on Sunday ended.", "Sunday", "end"},
		{"He went to court Tuesday.", "Tuesday", ""},
		// the infinitive of a catenative: after a passive participle or
		// a verb and its object pronoun the word is a verb, noun or not
		{"The bakery was forced to close on Friday.", "Friday", "close"},
		{"Rising rents forced it to close on Friday.", "Friday", "close"},
		// and after a semi-auxiliary ("be set to", "be going to")
		{"The two leaders are set to meet Friday.", "Friday", "meet"},
		{"The two leaders are going to meet Friday.", "Friday", "meet"},
		{"The two leaders went to the meet Friday.", "Friday", ""},
		// "to" after a verb whose commonest sense takes no infinitive is
		// a preposition: the noun is a destination, not a verb
		{"He was taken to court Tuesday.", "Tuesday", ""},
		{"He drove her to school Tuesday.", "Tuesday", "drive"},
		{"They took him to court Tuesday.", "Tuesday", ""},
		{"Route 9 closes on Sunday for repairs.", "Sunday", ""},
		{"The Varga's visits on Sunday ended early.", "Sunday", "end"},
		{"Those visits on Sunday ended early.", "Sunday", "end"},
		{"The old will names Tuesday as the day of the sale.", "Tuesday", ""},
		// a capitalised word in -s is part of a name; a capitalised word
		// after punctuation may open the sentence and is no name
		{"Workers at Orrin Mills on Tuesday walked out.", "Tuesday", "walk out"}, // a phrasal verb (whenclause.go)
		{"Update: Police patrols on Tuesday were doubled.", "Tuesday", "double"},
		// a common noun opening the sentence is no name, nor is a month
		// or a weekday, unless a name's word comes before it
		{"Police patrols on Tuesday were doubled.", "Tuesday", "double"},
		{"Since March rents on Sunday rose.", "Sunday", "rise"},
		{"Rents since March climbs on Sunday slowed.", "Sunday", "slow"},
		{"Mayor Dana May resigns Tuesday.", "Tuesday", "resign"},
		{"Orrin dies Thursday at 88.", "Thursday", "die"},
		// a light verb dates nothing of its own
		{"She takes office on Tuesday.", "Tuesday", ""},
		// a reporting verb in the present dates the statement
		{"Varga announces Tuesday that she will retire.", "Tuesday", ""},
		// one that takes no clause is the verb of its clause
		{"Varga speaks Tuesday at the town hall.", "Tuesday", "speak"},
	} {
		v := mention.Value{Type: mention.VWeekday, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		if got, _, _ := c.headVerb(text.Tokens(tc.sentence), v); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
