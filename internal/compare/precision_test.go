package compare

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestPrecisionGuards reads testdata/precision-guards.json: pairs of
// articles invented for this test (several guards were first seen on a
// tune-half story, a basketball game; the sentences here are new ones, in
// other domains where the rule allows, and none is taken from a data set),
// each showing one rule that keeps two values of two facts apart, or one
// that still finds the conflict. want is the discrepancies found, as kinds
// print them ("" for none), of the value facts (numbers and dates).
func TestPrecisionGuards(t *testing.T) {
	b, err := os.ReadFile("testdata/precision-guards.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Rule, X, Y, Want string }
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		r := run(doc("a", tc.X, dates.Date{Year: 2022, Month: 3, Day: 9}), doc("b", tc.Y, dates.Date{Year: 2022, Month: 3, Day: 10}))
		// The value facts only: other kinds (statements aligned by their
		// wording, places, speakers) have guards and tests of their own.
		var vs []corroborate.Discrepancy
		for _, d := range r.Discrepancies {
			if d.Kind == "number" || d.Kind == "date" {
				vs = append(vs, d)
			}
		}
		if got := kinds(vs); got != tc.Want {
			t.Errorf("%s: got %q, want %q", tc.Rule, got, tc.Want)
		}
	}
}

// TestPartOfSeries: the words that make a count a stretch or a share of a
// series, read from sentences invented for this test (not from a data set;
// the rules were first seen on a tune-half story, a basketball game).
func TestPartOfSeries(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, figure, want string }{
		{"Laura Quill scored her first 11 points in the opening minutes.", "11 points", "first"},
		{"The Larks won nine straight games at home.", "nine straight games", "straight"},
		{"Rescuers found three more bodies in the mine.", "three", "more"},
		{"He was acquitted of four other burglaries.", "four other burglaries", "other"},
		{"Laura Quill scored seven points in the first half.", "seven points", "first half"},
		{"In the second week, police arrested 40 people.", "40 people", "second week"},
		{"Police said 12 people were killed, the most in the past decade.", "12 people", ""},
		{"Laura Quill scored 19 points as the Larks won.", "19 points", ""},
		{"Those 40 arrests were the most the city has seen.", "40 arrests", "those"},
		{"Laura Quill had six points during a decisive 14-2 run.", "six points", "run"},
		{"In the board's tense 4-3 vote, the mayor cast two ballots.", "two ballots", "vote"},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VCount, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := c.partOfSeries(tc.sentence, v); got != tc.want {
			t.Errorf("%q in %q: got %q, want %q", tc.figure, tc.sentence, got, tc.want)
		}
	}
}

// TestHeadVerb: the verb after a dash or a bracket is not the verb of the
// time before it, and an -ing form after a preposition is no verb a time
// dates.
func TestHeadVerb(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, time, want string }{
		{"Tuesday — hours after the trouble began — the crowd went home.", "Tuesday", ""},
		{"On Tuesday the crowd marched to the station.", "Tuesday", "march"},
		{"On Tuesday, the crowd marched to the station.", "Tuesday", "march"},
		{"The crowd met at the station on Tuesday, following a march.", "Tuesday", "meet"},
		{"The crowd gathered at the station just past 9:30 p.m. in the rain, following a march.", "9:30 p.m.", "gather"},
		{"Odell was stopped on the coast road near Kelso just past 1:30 a.m.", "1:30 a.m.", "stop"},
		{"Thursday evening the crowd marched to the station.", "Thursday", "march"},
		// gerunds after a preposition
		{"Wardens detained Corin Vale on suspicion of poaching early Monday.", "Monday", "detain"},
		{"Wardens detained Corin Vale on suspicion of illegal netting late Monday.", "Monday", "detain"},
		{"Wardens detained Corin Vale for night fishing on Monday.", "Monday", "detain"},
		{"Corin Vale was seen fishing on Monday.", "Monday", "fish"},
	} {
		v := mention.Value{Type: mention.VWeekday, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		if got, _, _ := c.headVerb(text.Tokens(tc.sentence), v); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestTwoDatedKinds: a time dates a noun; two nouns qualified by words that
// share nothing, or one named by an ordinal, are two things (sentences
// written for this test).
func TestTwoDatedKinds(t *testing.T) {
	c := newComparer(Input{})
	dated := func(s, time, noun string) *fact {
		k := strings.Index(s, time)
		return &fact{sent: s, v: mention.Value{Type: mention.VYear, Text: time, Start: k, End: k + len(time), Noun: noun}}
	}
	for _, tc := range []struct {
		a, b *fact
		want bool
	}{
		{dated("He served time for the 1988 fraud conviction.", "1988", "conviction"),
			dated("He served time for a bribery conviction in 1996.", "1996", "conviction"), true},
		{dated("He served time for the 1988 fraud conviction.", "1988", "conviction"),
			dated("He served time for a fraud conviction in 1989.", "1989", "conviction"), false},
		{dated("He served time for the 1988 fraud conviction.", "1988", "conviction"),
			dated("He served time for the 1989 conviction.", "1989", "conviction"), false},
		{dated("Varga appears at Friday's second hearing.", "Friday", "hearing"),
			dated("Varga appears at Saturday's hearing.", "Saturday", "hearing"), true},
		{dated("The ferry talks reached a long standstill on Monday.", "Monday", "standstill"),
			dated("The dockers held a protest march on Tuesday.", "Tuesday", "march"), false},
		{dated("Varga appears at Friday's second hearing.", "Friday", "hearing"),
			dated("Varga appears at Saturday's session.", "Saturday", "session"), false},
	} {
		if got := c.twoDatedKinds(tc.a, tc.b); got != tc.want {
			t.Errorf("%q / %q: got %v, want %v", tc.a.sent, tc.b.sent, got, tc.want)
		}
	}
}

// TestTwoQualifiedNouns: times of two different nouns whose qualifiers
// share nothing are two things, unless both are central days of the
// story's act, an exemption that holds first (sentences written for this
// test).
func TestTwoQualifiedNouns(t *testing.T) {
	c := newComparer(Input{})
	dated := func(s, time, noun string, central bool) *fact {
		k := strings.Index(s, time)
		return &fact{sent: s, centralDay: central, v: mention.Value{Type: mention.VWeekday, Text: time, Start: k, End: k + len(time), Noun: noun}}
	}
	for _, tc := range []struct {
		central, want bool
	}{{false, true}, {true, false}} {
		a := dated("The ferry talks reached a long standstill Monday when pickets blocked the quay.", "Monday", "standstill", tc.central)
		b := dated("Nine dockers were detained while staging a protest march Tuesday.", "Tuesday", "march", tc.central)
		if !c.twoQualifiedNouns(a, b) || c.twoDatedKinds(a, b) {
			t.Errorf("standstill / march: want two qualified nouns, not two kinds of one noun")
		}
		if got := c.datesOfTwoThings(a, b); got != tc.want {
			t.Errorf("standstill / march, central days %v: got two dated things %v, want %v", tc.central, got, tc.want)
		}
	}
}

// TestStretchHoldsFigure: a figure inside the phrase that names a stretch by
// its score ("two 7-1 spells") is not cut out of the sentence backwards; the
// sentence is written for this test, in both orders.
func TestStretchHoldsFigure(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, figure, want string }{
		{"During the club's two 7-1 spells, Rell Danvers netted 5 goals.", "two 7-1 spells", ""},
		{"During the club's two 7-1 spells, Rell Danvers netted 5 goals.", "5 goals", "spells"},
		{"Rell Danvers netted 5 goals during the club's two 7-1 spells.", "two 7-1 spells", ""},
		{"Rell Danvers netted 5 goals during the club's two 7-1 spells.", "5 goals", "spells"},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VCount, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := c.partOfSeries(tc.sentence, v); got != tc.want {
			t.Errorf("%q in %q: got %q, want %q", tc.figure, tc.sentence, got, tc.want)
		}
	}
	// The whole comparison of two such articles runs to its end.
	r := run(doc("a", "Cup\n\nDuring the club's two 7-1 spells, Rell Danvers netted 5 goals.", dates.Date{Year: 2022, Month: 3, Day: 9}),
		doc("b", "Cup\n\nRell Danvers netted 4 goals during the club's two 7-1 spells.", dates.Date{Year: 2022, Month: 3, Day: 10}))
	if got := kinds(r.Discrepancies); got != "number:5/4" {
		t.Errorf("got %q", got)
	}
}

// TestCountPossessor: the genitive that opens a count's noun phrase says
// whose things it counts (sentences invented for this test).
func TestCountPossessor(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, figure, want string }{
		{"Ada Lund scored six of the club's first 14 goals.", "14 goals", "club"},
		{"With his first five goals, Ada Lund passed Rolf Dane.", "five goals", "person"},
		{"The captain's 12 boats left the harbour.", "12 boats", "person"},
		{"Ada Lund scored 14 goals.", "14 goals", ""},
		{"The club's 14 goals came in March.", "14 goals", "club"},
		{"The club's best 14 goals came in March.", "14 goals", ""},
		{"Their first 14 goals came in March.", "14 goals", ""},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VCount, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := c.countPossessor(tc.sentence, v); got != tc.want {
			t.Errorf("%q in %q: got %q, want %q", tc.figure, tc.sentence, got, tc.want)
		}
	}
}

// TestCountContainer: a count after a noun and a preposition of place
// counts where that noun's things are (sentences invented for this test).
func TestCountContainer(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, figure, want string }{
		{"The storm flattened barns in about 12 hamlets.", "about 12 hamlets", "barn"},
		{"Workers at three mills walked out.", "three mills", "worker"},
		{"Two guards were hurt in three attacks.", "three attacks", ""},
		{"Rebels killed in two raids were buried.", "two raids", ""},
		{"The storm flattened 12 hamlets.", "12 hamlets", ""},
		{"He lived in three towns.", "three towns", ""},
		// A happening is no place (session 52): the counted noun's
		// commonest sense is an act or an event.
		// readE's mend: one mark for all such counts, none after a verb.
		{"Two suspects in three robberies were charged.", "three robberies", involvedIn},
		{"Officers in two raids seized rifles.", "two raids", involvedIn},
		{"Brandt has piled up his in 41 games.", "41 games", involvedIn},
		{"The inquiry into five robberies goes on.", "five robberies", involvedIn},
		{"Crews broke into two homes.", "two homes", ""},
		{"Fishermen in four harbours went on strike.", "four harbours", "fisherman"},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VCount, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := c.countContainer(tc.sentence, v); got != tc.want {
			t.Errorf("%q in %q: got %q, want %q", tc.figure, tc.sentence, got, tc.want)
		}
	}
}
