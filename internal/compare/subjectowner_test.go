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

// TestReportedOwnFigure: a name before a verb of saying owns a figure of
// its own doing: the subject of the clause it reports is "he" or "she"
// standing for it ("said she paid $40": Quirk et al. 1985 §14.31), or the
// figure is in the verb's object ("signed a $40 million contract"), so two
// people's such figures are two facts; guards: one person told two ways,
// a "he" that stands for another person named before, a reported clause
// with its own verb ("said a … grant was approved") still conflict.
// Invented sentences.
func TestReportedOwnFigure(t *testing.T) {
	pub, pub2 := dates.Date{Year: 2023, Month: 5, Day: 16}, dates.Date{Year: 2023, Month: 5, Day: 17}
	for _, tc := range []struct{ name, x, y, want string }{
		{"said he / she paid",
			"Fees\n\nTomas Brek said he paid $40 for a pass to the Drummel fair on Tuesday.",
			"Fees\n\nLise Amar said she paid $55 for a pass to the Drummel fair on Tuesday.", ""},
		{"says she earns",
			"Wages\n\nKora Venn says she earns $31,000 a year at the Drummel cannery.",
			"Wages\n\nLise Amar says she earns $27,000 a year at the Drummel cannery.", ""},
		{"told police he was driving",
			"Crash\n\nTomas Brek told police he was driving at 50 mph on the Drummel road on Tuesday.",
			"Crash\n\nLise Amar told police she was driving at 35 mph on the Drummel road on Tuesday.", ""},
		{"signed a contract",
			"Transfer\n\nKora Venn signed a $40 million contract with the Drummel Otters on Tuesday.",
			"Transfer\n\nLise Amar signed a $35 million contract with the Drummel Otters on Tuesday.", ""},
		{"signed a deal of years",
			"Transfer\n\nKora Venn signed a four-year deal with the Drummel Otters on Tuesday.",
			"Transfer\n\nLise Amar signed a two-year deal with the Drummel Otters on Tuesday.", ""},
		// guards
		{"one person told two ways",
			"Fees\n\nLise Amar said she paid $40 for a pass to the Drummel fair on Tuesday.",
			"Fees\n\nLise Amar said she paid $55 for a pass to the Drummel fair on Tuesday.", "number:$40/$55"},
		{"he is a man named before, the reporter a woman",
			"Crash\n\nTomas Brek was arrested after the crash on the Drummel road on Tuesday. Lise Amar said he was driving at 50 mph.",
			"Crash\n\nTomas Brek was arrested after the crash on the Drummel road on Tuesday. Kora Venn said he was driving at 35 mph.", "number:50/35"},
		{"he may be a man named before, the reporter's sex unknown",
			"Crash\n\nTomas Brek was arrested after the crash on the Drummel road on Tuesday. Sergeant Venn said he was driving at 50 mph.",
			"Crash\n\nTomas Brek was arrested after the crash on the Drummel road on Tuesday. Sergeant Amar said he was driving at 35 mph.", "number:50/35"},
		{"a reported clause with its own verb",
			"Grant\n\nKora Venn said a $40 million grant for the Drummel harbour was approved on Tuesday.",
			"Grant\n\nLise Amar said a $35 million grant for the Drummel harbour was approved on Tuesday.", "number:$40 million/$35 million"},
		{"a reported clause in the present",
			"Harbour\n\nKora Venn said a $40 million shortfall threatens the Drummel harbour this year.",
			"Harbour\n\nLise Amar said a $35 million shortfall threatens the Drummel harbour this year.", "number:$40 million/$35 million"},
		{"a reported age",
			"Ferry\n\nKora Venn said a 12-year-old deckhand broke his wrist when the Drummel ferry struck the pier on Thursday.",
			"Ferry\n\nLise Amar said a 13-year-old deckhand broke his wrist when the Drummel ferry struck the pier on Thursday.", "number:12-year-old/13-year-old"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub2))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
