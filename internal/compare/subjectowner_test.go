package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestSubjectAcrossComma: the person a sentence opens with owns a figure
// of its predicate across an apposition set off by commas ("Lena Voll, 39,
// was given …") and across an -ing clause after the main clause ("…,
// finishing in …"), so two people's figures are two facts; a predicate that
// reports, a coordinated subject, a possessive in the -ing clause leave the
// figure unowned, and one person's two figures still conflict. Invented
// sentences.
func TestSubjectAcrossComma(t *testing.T) {
	pub, pub2 := dates.Date{Year: 2022, Month: 3, Day: 9}, dates.Date{Year: 2022, Month: 3, Day: 10}
	for _, tc := range []struct{ name, x, y, want string }{
		{"an age in apposition",
			"Fraud\n\nA judge in Corve sentenced Aldo Renn to six years in prison for tax fraud on Monday.",
			"Fraud\n\nLena Voll, 39, was given four years in prison for tax fraud on Monday.", ""},
		{"a title in apposition",
			"Port\n\nAldo Renn offered $3 million for the Corve quay on Monday.",
			"Port\n\nLena Voll, the treasurer, offered $2 million for the Corve quay on Monday.", ""},
		{"an -ing clause after the main clause",
			"Race\n\nAldo Renn won the Corve cycle race on Sunday, finishing in 4 hours 12 minutes.",
			"Race\n\nLena Voll came third in the Corve cycle race on Sunday, finishing in 4 hours 20 minutes.", ""},
		// guards
		{"one person told two ways",
			"Port\n\nLena Voll, the treasurer, offered $2 million for the Corve quay on Monday.",
			"Port\n\nLena Voll offered $2.5 million for the Corve quay on Monday.", "number:$2 million/$2.5 million"},
		{"a source through an apposition",
			"Flood\n\nAldo Renn, the mayor, said 40 homes were flooded in Corve on Monday.",
			"Flood\n\nLena Voll, a river warden, said 55 homes were flooded in Corve on Monday.", "number:40/55"},
		{"a perceiver through an apposition",
			"Fire\n\nAldo Renn, a farmer, saw 30 trucks sent to the Ostmarren mill on Monday.",
			"Fire\n\nLena Voll, a baker, watched 45 trucks sent to the Ostmarren mill on Monday.", "number:30/45"},
		// the subject one of the set counted, the figure in a relative
		// clause: the event's figure, no subject's (reNotOwnFigure)
		{"a partitive: the subject one of the people counted",
			"Fire\n\nAldo Renn, 40, was one of 12 people hurt in the Ostmarren mill fire on Monday.",
			"Fire\n\nLena Voll, 30, was among 14 people hurt in the Ostmarren mill fire on Monday.", "number:12/14"},
		{"a figure in a relative clause after an apposition",
			"Fire\n\nAldo Renn, 58, fought the fire that burned 400 acres near Corve on Monday.",
			"Fire\n\nLena Voll, 62, lost her sheep to the fire that burned 350 acres near Corve on Monday.", "number:400 acres/350 acres"},
		{"a wh-relative after an apposition",
			"Draw\n\nAldo Renn, 39, won a share of the draw which paid $2 million in Corve on Saturday.",
			"Draw\n\nLena Voll, 55, held the other ticket in the draw which paid $2.5 million in Corve on Saturday.", "number:$2 million/$2.5 million"},
		{"two people's counts of the persons they acted on",
			"Raid\n\nAldo Renn led a raid on a Corve warehouse on Friday, arresting 3 men.",
			"Raid\n\nLena Voll led a raid on a Corve warehouse on Friday, arresting 5 men.", ""},
		{"two people's shots",
			"Standoff\n\nAldo Renn ended the Corve standoff on Tuesday, firing 11 shots.",
			"Standoff\n\nLena Voll ended the Corve standoff on Tuesday, firing 9 shots at the gunman.", ""},
		{"two people's pupils",
			"Pool\n\nAldo Renn, 47, has trained 30 swimmers at the Corve pool this year.",
			"Pool\n\nLena Voll, 52, has trained 25 swimmers at the Corve pool this year.", ""},
		{"that as a conjunction after a verb",
			"Debt\n\nAldo Renn, 44, was told that he owed $3,000 in Corve on Monday.",
			"Debt\n\nLena Voll, 51, was told that she owed $5,000 in Corve on Monday.", ""},
		{"one person's -ing clause",
			"Race\n\nAldo Renn won the Corve cycle race on Sunday, finishing in 4 hours 12 minutes.",
			"Race\n\nAldo Renn won the Corve cycle race on Sunday, finishing in 4 hours 15 minutes.", "number:12 minutes/15 minutes"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub2))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSourceOwnsNothing: a name before a verb of saying ("said", "says",
// "stated") is a source, not the owner of the figure it reports, so two
// sources' figures of one fact conflict (reportsAfter cut an "s" with the
// punctuation and read "aid", "ays", "tated": no verb of reporting); guards:
// two people's own figures stay two facts, and a verb of reporting is read
// past punctuation only. Invented sentences.
func TestSourceOwnsNothing(t *testing.T) {
	pub, pub2 := dates.Date{Year: 2023, Month: 5, Day: 16}, dates.Date{Year: 2023, Month: 5, Day: 17}
	for _, tc := range []struct{ name, x, y, want string }{
		{"said",
			"Ferry\n\nTomas Brek said 14 passengers were hurt when the Haverly ferry struck the pier on Tuesday.",
			"Ferry\n\nIna Sollar said 11 passengers were hurt when the Haverly ferry struck the pier on Tuesday.", "number:14/11"},
		{"says",
			"Ferry\n\nTomas Brek says 14 passengers were hurt when the Haverly ferry struck the pier.",
			"Ferry\n\nIna Sollar says 11 passengers were hurt when the Haverly ferry struck the pier.", "number:14/11"},
		{"stated",
			"Ferry\n\nTomas Brek stated 14 passengers were hurt when the Haverly ferry struck the pier on Tuesday.",
			"Ferry\n\nIna Sollar stated 11 passengers were hurt when the Haverly ferry struck the pier on Tuesday.", "number:14/11"},
		// guards
		{"two people's own figures",
			"Chess\n\nTomas Brek won 14 games at the Haverly open on Tuesday.",
			"Chess\n\nIna Sollar won 11 games at the Haverly open on Tuesday.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub2))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	c := newComparer(Input{})
	for _, tc := range []struct {
		gap  string
		want bool
	}{
		{" said 14", true}, {" says,", true}, {" stated that", true}, {" told reporters", true}, {" states.", true},
		{" scored 14", false}, {" sued the city", false}, {"'s 14", false}, {" slid", false},
	} {
		if got := c.reportsAfter(tc.gap); got != tc.want {
			t.Errorf("reportsAfter(%q) = %v, want %v", tc.gap, got, tc.want)
		}
	}
}
