package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestGuards: sentences written for these tests, one guard each: two
// values that look alike but are of two facts give no discrepancy, and the
// same wording with one owner, one year and one moment still does.
func TestGuards(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"two owners of one kind of figure are two facts",
			"Cup\n\nMarta Ellison scored 21 points as the Comets beat Dunmore 80-71 on Tuesday.",
			"Cup\n\nJoel Varga scored 14 points as the Comets beat Dunmore 80-71 on Tuesday.", ""},
		{"one owner, two figures: a discrepancy",
			"Cup\n\nMarta Ellison scored 21 points as the Comets beat Dunmore 80-71 on Tuesday.",
			"Cup\n\nMarta Ellison scored 24 points as the Comets beat Dunmore 80-71 on Tuesday.", "number:21/24"},
		{"a relative clause keeps its owner",
			"Market\n\nBaker Ada Brenner, who has run the stall for 26 years, sold the last loaf.",
			"Market\n\nBaker Tom Oduya, who has run the stall for 12 years, sold the last loaf.", ""},
		{"a name opening the sentence with a relative clause is its subject",
			"Market\n\nAda Brenner, who runs the stall by the church, sold 40 loaves on Friday.",
			"Market\n\nTom Oduya, who runs the stall by the church, sold 55 loaves on Friday.", ""},
		{"a source that reports owns nothing",
			"Fire\n\nHarbour police said 11 people were killed in the fire at the depot.",
			"Fire\n\nThe Lendry Times said 9 people were killed in the fire at the depot.", "number:11/9"},
		{"a background figure of another year is another fact",
			"Theft\n\nIn 2015, the thieves stole two boats from the marina in Norvik.",
			"Theft\n\nThe thieves stole four boats from the marina in Norvik.", ""},
		{"a conversion in brackets is the same figure",
			"Church\n\nLosses were put at $US3 million ($4.4 million), the harbour master said.",
			"Church\n\nLosses were put at $3 million, the harbour master said.", ""},
		{"the day of a statement is not the day of the event",
			"Jail\n\nA suspect was found dead in a holding room on Tuesday evening, hours after his arrest in the raid.",
			"Jail\n\nA suspect arrested in the raid was found dead in a holding room, prison officials said Wednesday.", ""},
		{"a day between a subject and its verb of saying dates the statement",
			"Shooting\n\nHarlan police on Tuesday said a shooting at the Elmwood trailer park was accidental.",
			"Shooting\n\nDeputies have not said what caused Monday's shooting at the Elmwood trailer park.", ""},
		{"a day between a subject and another verb dates that verb",
			"Shooting\n\nHarlan police on Tuesday arrested a man over the shooting at the Elmwood trailer park.",
			"Shooting\n\nHarlan police arrested a man on Monday over the shooting at the Elmwood trailer park.", "date:on Tuesday/on Monday"},
		{"a verb of saying further on is another clause's",
			"Debt\n\nThe vote is set for Friday; Norland has a June 19 due date on bonds it says it cannot cover without the loan.",
			"Debt\n\nNorland has a June 15 due date on bonds it says it cannot cover without help.", "date:June 19/June 15"},
		{"a day of speaking dates a statement",
			"Shooting\n\nHarlan Police Chief Ann Roe, spoke Monday morning to reporters on the shootings at the Elmwood club after 17 were hurt.",
			"Shooting\n\nA second suspect, John Doe, 29, who remains in hospital after being wounded in the early Sunday incident, has also been charged, said Roe.", ""},
		{"days of an ongoing event grow from one article to the next",
			"Riots\n\nThe town was calm on Sunday after seven days of clashes, the mayor's office said.",
			"Riots\n\nShop windows were smashed again after three days of clashes, the mayor's office said.", ""},
		{"a toll that rose is an update",
			"Quake\n\nThe earthquake killed 12 people in the valley, officials said.",
			"Quake\n\nThe death toll from the earthquake in the valley rose to 19, officials said.", ""},
		{"two days of two things are two facts",
			"Player\n\nGoalkeeper Owen Pardee was fined on Tuesday for speeding.",
			"Player\n\nGoalkeeper Owen Pardee will play in Sunday's cup final at Corvel.", ""},
		{"a page's time stamp is no statement",
			"Storm\n\nUPDATED: FRIDAY, JUNE 7, 2019, 4:40 AM\n\nThe storm flooded the harbour road.",
			"Storm\n\nUPDATED: THURSDAY, JUNE 6, 2019, 11:05 PM\n\nThe storm flooded the harbour road.", ""},
		{"a rank is no count",
			"Film\n\nThe studio's #2 film opened in 3,100 cinemas across the country.",
			"Film\n\nThe studio plans three films in the series, opening in 3,100 cinemas.", ""},
		{"a lone 'one' is a determiner, not a count",
			"Plant\n\nThe gunman shot two women at the plant before police arrived.",
			"Plant\n\nThe gunman had argued with one woman at the plant before police arrived.", ""},
		{"a page's time stamp in capitals is no statement, its day unread or not",
			"Storm\n\nWEDNESDAY, MAY 4, 2016, 10:34 AM\n\nThe storm flooded the harbour road.",
			"Storm\n\nWEDNESDAY, MAY 4, 2016, 9:53 PM\n\nThe storm flooded the harbour road.", ""},
		{"two tallies that differ on every count are of two occasions",
			"Cup\n\nMarta Ellison finished with 21 points and nine rebounds in the win over Dunmore.",
			"Cup\n\nMarta Ellison finished with 25 points and 12 rebounds in the win over Dunmore.", ""},
		{"one tally, one figure changed: a discrepancy",
			"Cup\n\nMarta Ellison finished with 21 points and nine rebounds in the win over Dunmore.",
			"Cup\n\nMarta Ellison finished with 25 points and nine rebounds in the win over Dunmore.", "number:21/25"},
		{"one event told by a verb and a noun",
			"Storm\n\nWithout the sea wall we would not have 120 damaged stalls in Corvel market.",
			"Storm\n\n\"In Corvel market we had 150 stalls suffering heavy damage\", the trader said.", "number:120/150"},
		{"a deadline allows any earlier moment",
			"Fire\n\nThe blaze at the Corvel grain store was put out by 7 a.m., the fire chief said.",
			"Fire\n\nThe blaze at the Corvel grain store was put out at 6:25 a.m., the fire chief said.", ""},
		{"two moments: a discrepancy",
			"Fire\n\nThe blaze at the Corvel grain store was put out at 7:50 a.m., the fire chief said.",
			"Fire\n\nThe blaze at the Corvel grain store was put out at 6:25 a.m., the fire chief said.", "date:7:50 a.m./6:25 a.m."},
	} {
		// The second article is written the next day.
		r := run(doc("a", tc.x, pub), doc("b", tc.y, dates.Date{Year: 2022, Month: 3, Day: 10}))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestYearlessDaysOfUndatedArticles: an undated article's "Oct. 9" has no
// year to resolve to; it is compared as written, by month and day.
func TestYearlessDaysOfUndatedArticles(t *testing.T) {
	a := "Regatta\n\nThe Harlan rowing regatta will be held on Oct. 14, its organisers said."
	b := "Regatta\n\nThe Harlan rowing regatta will be held on Oct. 9, its organisers said."
	r := run(doc("a", a, dates.Date{}), doc("b", b, dates.Date{}))
	if got := kinds(r.Discrepancies); got != "date:Oct. 14/Oct. 9" {
		t.Errorf("got %q, want date:Oct. 14/Oct. 9", got)
	}
}

// TestRisingFromWordNet: the verbs that say a figure grew come from
// WordNet's increase and rise, not a hand list; a noun is none of them.
func TestRisingFromWordNet(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		verb string
		want bool
	}{{"climb", true}, {"jump", true}, {"soar", true}, {"swell", true}, {"kill", false}, {"report", false}} {
		if got := c.lx.Under(tc.verb, 'v', c.increaseSynsets(), 3); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.verb, got, tc.want)
		}
	}
}

// TestUndatedBackgroundYear: in undated articles the story's year is the
// latest one they state, not the one they repeat most: a record set decades
// ago is background, however often it is cited.
func TestUndatedBackgroundYear(t *testing.T) {
	a := "Record\n\nFarrow finished his career in 1981 with 1,870 goals. Dane broke the club record in 2009. Farrow set it in 1981."
	b := "Record\n\nDane now has 1,902 goals for the club."
	r := run(doc("a", a, dates.Date{}), doc("b", b, dates.Date{}))
	if got := kinds(r.Discrepancies); got != "" {
		t.Errorf("a record of 1981 and today's tally: got %q, want none", got)
	}
	b = "Record\n\nFarrow finished his career in 1981 with 1,875 goals."
	r = run(doc("a", a, dates.Date{}), doc("b", b, dates.Date{}))
	if got := kinds(r.Discrepancies); got != "number:1,870/1,875" {
		t.Errorf("two figures of the 1981 record: got %q, want number:1,870/1,875", got)
	}
}
