package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for these tests (no data set's wording).

// TestUndatedThreadYears: a related story of an undated thread is compared
// only when the latest years both stories state agree: two editions of an
// annual prize are two events.
func TestUndatedThreadYears(t *testing.T) {
	run2 := func(a, b string) string {
		x := []story.Doc{doc("a", a, dates.Date{})}
		y := []story.Doc{doc("b", b, dates.Date{})}
		mx := story.Assemble(&corroborate.Story{}, x)
		my := story.Assemble(&corroborate.Story{}, y)
		r := Compare(Input{Docs: x, Merged: mx, Context: []Context{{Docs: y, Merged: my}}})
		return kinds(r.Discrepancies)
	}
	a := "Prize\n\nThe Harlan Prize for poetry will be presented to 12 winners at a dinner in Corvel, the 2011 jury said."
	if got := run2(a, "Prize\n\nThe Harlan Prize for poetry will be presented to 15 winners at a dinner in Corvel, the 2014 jury said."); got != "" {
		t.Errorf("two years' prizes: got %q, want none", got)
	}
	if got := run2(a, "Prize\n\nThe Harlan Prize for poetry will be presented to 15 winners at a dinner in Corvel, the 2011 jury said."); got != "number:12/15" {
		t.Errorf("one year's prize told twice: got %q, want number:12/15", got)
	}
}

// TestDatedThings: a weekday of a noun and one of a verb date one thing when
// WordNet puts one directly under the other; a "Friday night" may be a
// Saturday only when a time past midnight is told, or when the two days date
// two verbs (bareDayUnbridged).
func TestDatedThings(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"a shooting on one day, a killing on another",
			"Harbour\n\nTwo constables involved in Saturday's shooting of Pavel Orsk were suspended, the ministry said.",
			"Harbour\n\nThe charge sheet says a constable killed Pavel Orsk on Sunday near the harbour.",
			"date:Saturday/on Sunday"},
		{"a Friday night and a Saturday",
			"Fire\n\nThe chapel on Mill Lane burned Friday night, the fire chief said.",
			"Fire\n\nThe chapel on Mill Lane burned Saturday, the fire chief said.", "date:Friday night/Saturday"},
		{"a Friday night and a Saturday told past midnight",
			"Fire\n\nThe chapel on Mill Lane burned Friday night, the fire chief said.",
			"Fire\n\nThe chapel on Mill Lane burned about 1:15 a.m. Saturday, the fire chief said.", ""},
		{"a late Friday and an early Saturday",
			"Fire\n\nThe chapel on Mill Lane burned late Friday, the fire chief said.",
			"Fire\n\nThe chapel on Mill Lane burned early Saturday, the fire chief said.", ""},
		{"a fire set on Friday night burned on Saturday",
			"Fire\n\nThe mayor's chapel on Mill Lane was gutted by a fire that was set Friday night, the fire chief said.",
			"Fire\n\nThe mayor's chapel on Mill Lane was burned Saturday by an arsonist, the fire chief said.", ""},
		{"a death on a Saturday and early on a Sunday",
			"Clinic\n\nA porter stabbed on the quay died at a clinic on Saturday from his wounds, harbour police said.",
			"Clinic\n\nIn a release issued Tuesday, harbour police said the porter, 44, died early Sunday morning at a clinic from his wounds.",
			"date:on Saturday/early Sunday morning"},
		// The small hours told in another sentence of the article, by a
		// noun of those hours or a 24-hour clock, bridge the two days; a
		// clock of a third day does not.
		{"a Saturday night and a Sunday timed after midnight in a later sentence",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street Saturday night, police said.",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street on Sunday, police said.\n\nTwo constables reached the bar just after midnight.", ""},
		{"a Saturday night and the early hours of Sunday",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street Saturday night, police said.",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street in the early hours of a wet Sunday, police said.", ""},
		{"a Saturday night and before dawn on Sunday",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street Saturday night, police said.",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street before dawn Sunday, police said.", ""},
		{"a Saturday night and a Sunday at 01:30",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street Saturday night, police said.",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street at 01:30 on Sunday, police said.", ""},
		{"a Saturday night and a Sunday, the small hours of a third day",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street Saturday night, police said.",
			"Bar\n\nA cook was shot outside the Lantern bar on Tern Street on Sunday, police said.\n\nHe died at 3 a.m. Tuesday in a clinic.",
			"date:Saturday night/on Sunday"},
		// A time past midnight told in another sentence beside a bare
		// earlier day falls on that day's small hours: no bridge to the
		// next day's early hours.
		{"a Monday timed after 3 a.m. elsewhere and an early Tuesday",
			"Arrest\n\nHarbour police arrested a roofer from Orvel on Mill Lane early Tuesday on suspicion of theft, a spokesman said.",
			"Arrest\n\nHarbour police arrested a roofer from Orvel on Mill Lane Monday on suspicion of theft, a spokesman said.\n\nHe was stopped just after 3 a.m. near the docks.",
			"date:early Tuesday/Monday"},
		// Two close verbs of two sentences (torch, burn) may tell a fire
		// set at night that burned into the next day.
		{"torched Friday night, burned Saturday",
			"Fire\n\nArsonists torched the chapel on Mill Lane Friday night, the fire chief said.",
			"Fire\n\nArsonists burned the chapel on Mill Lane on Saturday, the fire chief said.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNeededIsNoFact: what someone needed did not happen; what they scored
// did.
func TestNeededIsNoFact(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Cup\n\nIda Morrow needs only seven goals this spring to equal the league mark."
	for _, tc := range []struct{ y, want string }{
		{"Cup\n\nIda Morrow equalled the league mark by scoring 30 goals this spring.", ""},
		{"Cup\n\nIda Morrow needs only 4 goals this spring to equal the league mark.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.y, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.y, got, tc.want)
		}
	}
	b := "Cup\n\nIda Morrow scored 24 goals this spring to equal the league mark."
	c := "Cup\n\nIda Morrow scored 21 goals this spring to equal the league mark."
	if got := kinds(run(doc("b", b, pub), doc("c", c, pub)).Discrepancies); got != "number:24/21" {
		t.Errorf("two scores: got %q, want number:24/21", got)
	}
	// a share someone would need, after a modal or before "to"
	for _, tc := range [][2]string{
		{"Cup\n\nMorrow would need 60 percent of the remaining votes to finish first.", "Cup\n\nMorrow would need 55 percent of the remaining votes to finish first."},
		{"Cup\n\nMorrow needs to win 60 percent of the remaining votes to finish first.", "Cup\n\nMorrow won 55 percent of the remaining votes and finished first."},
		{"Cup\n\nThe Morrows need to win 60 percent of the remaining votes to finish first.", "Cup\n\nThe Morrows won 55 percent of the remaining votes and finished first."},
	} {
		if got := kinds(run(doc("b", tc[0], pub), doc("c", tc[1], pub)).Discrepancies); got != "" {
			t.Errorf("%q: got %q, want none", tc[0], got)
		}
	}
	// "take" is a need verb only in a rarer sense: what was taken happened
	f := "Fraud\n\nProsecutors said Varga took $2 million from 300 investors."
	g := "Fraud\n\nProsecutors said Varga took $3 million from 300 investors."
	if got := kinds(run(doc("f", f, pub), doc("g", g, pub)).Discrepancies); got != "number:$2 million/$3 million" {
		t.Errorf("two sums taken: got %q", got)
	}
	d := "Cup\n\nMorrow won 60 percent of the remaining votes and finished first."
	e := "Cup\n\nMorrow won 55 percent of the remaining votes and finished first."
	if got := kinds(run(doc("d", d, pub), doc("e", e, pub)).Discrepancies); got != "number:60 percent/55 percent" {
		t.Errorf("two shares: got %q, want number:60 percent/55 percent", got)
	}
}

// TestTwoFamilyNames: two people who share a given name are two owners.
func TestTwoFamilyNames(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Cup\n\nTyler Brandt scored 20 points as the Comets beat Dunmore on Tuesday."
	b := "Cup\n\nTyler Osei added 17 points for the Comets, who beat Dunmore on Tuesday."
	if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got != "" {
		t.Errorf("got %q, want none", got)
	}
	// a first name that is a common word ("Mike") opens a name, whose surname is a place WordNet knows
	c := "Cup\n\nMike Lisbon scored 22 points for Dunmore, who lost on Tuesday."
	if got := kinds(run(doc("a", a, pub), doc("c", c, pub)).Discrepancies); got != "" {
		t.Errorf("another player: got %q, want none", got)
	}
	if samePerson("Tyler Brandt", "Tyler Osei") || !samePerson("Tyler Brandt", "Brandt") || !samePerson("Dorian Vesk", "Dorrian Vesk") {
		t.Error("samePerson: two family names are two people; one name and a misspelt given name are one")
	}
}

// TestTwoKinds: two counts of one noun qualified by words that share nothing
// are of two kinds of it; a qualifier on one side only, or two synonyms,
// say nothing.
func TestTwoKinds(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ x, y, want string }{
		{"League\n\nThe Comets have now played four exhibition games in the league, their coach said.",
			"League\n\nThe Comets have now won six straight games in the league, their coach said.", ""},
		{"Quarry\n\nFour injured workers were taken to the hospital in Dunmore after the blast.",
			"Quarry\n\nSix wounded workers were taken to the hospital in Dunmore after the blast.", "number:Four/Six"},
		{"Quarry\n\nFour injured workers were taken to the hospital in Dunmore after the blast.",
			"Quarry\n\nSix workers were taken to the hospital in Dunmore after the blast.", "number:Four/Six"},
	} {
		if got := kinds(run(doc("a", tc.x, pub), doc("b", tc.y, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.y, got, tc.want)
		}
	}
}

// TestWeakLinks: a year of a beginning and one of an end date two things.
func TestWeakLinks(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"the year a career began and the year it ended",
			"Sculptor\n\nIlsa Varn began a career in sculpture in 1961, the museum said.",
			"Sculptor\n\nIlsa Varn ended her career in sculpture in 1969, the museum said.", ""},
	} {
		if got := kinds(run(doc("a", tc.x, pub), doc("b", tc.y, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestOpeningName: a surname opening the sentence owns the figure after its
// verb when the name reader left it unread; a common noun does not.
func TestOpeningName(t *testing.T) {
	c := newComparer(Input{})
	s := "Varnholt closed the season with 20 goals and nine assists."
	if got := c.openingName(s, mentionValueAt(s, "20 goals")); len(got) != 1 || got[0] != "Varnholt" {
		t.Errorf("got %v, want [Varnholt]", got)
	}
	s = "Flames reached 14 houses after the storm."
	if got := c.openingName(s, mentionValueAt(s, "14 houses")); got != nil {
		t.Errorf("a plural common noun: got %v, want none", got)
	}
	s = "The arrived to find 14 houses burning (a word lost in the copy)."
	if got := c.openingName(s, mentionValueAt(s, "14 houses")); got != nil {
		t.Errorf("a determiner: got %v, want none", got)
	}
	s = "Police arrested 14 people after the match."
	if got := c.openingName(s, mentionValueAt(s, "14 people")); got != nil {
		t.Errorf("a common noun: got %v, want none", got)
	}
	s = "Varnholt said 14 people were arrested after the match."
	if got := c.openingName(s, mentionValueAt(s, "14 people")); got != nil {
		t.Errorf("a verb of saying: got %v, want none", got)
	}
}

func mentionValueAt(s, sub string) mention.Value {
	i := strings.Index(s, sub)
	return mention.Value{Type: mention.VCount, Text: sub, Start: i, End: i + len(sub)}
}

// TestAmongGroup: a figure of a group ("among older voters") and a figure
// of the whole, or of another group, are two facts; two figures of one
// group are one (sentences written for this test).
func TestAmongGroup(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Poll\n\nVarga leads Osei by 9 points among older voters, the survey found."
	for _, tc := range []struct{ b, want string }{
		{"Poll\n\nVarga leads Osei by 4 points, the survey found.", ""},
		{"Poll\n\nVarga leads Osei by 4 points among younger voters, the survey found.", ""},
		{"Poll\n\nVarga leads Osei by 12 points among older voters, the survey found.", "number:9/12"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
	s := "Varga leads by 9 points among “very old” voters, it found."
	if g := amongGroup(s, mention.Value{Type: mention.VCount, Start: strings.Index(s, "9"), End: strings.Index(s, "9") + 1}); g != "“very old” voters" {
		t.Errorf("amongGroup: got %q", g)
	}
}

// TestOpeningNameCommonSurname: a first name that is a common word opens
// a name only before a word WordNet has as no common word; "Rose Gardens"
// opening a sentence is a noun phrase, no person. Invented sentences.
func TestOpeningNameCommonSurname(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ s, want string }{
		{"Mike Lisbon scored 22 points on Tuesday.", "Mike Lisbon"},
		{"Rose Gardens drew 300 visitors on Sunday.", ""},
	} {
		k := strings.Index(tc.s, "2")
		if k < 0 {
			k = strings.Index(tc.s, "3")
		}
		v := mention.Value{Type: mention.VCount, Start: k, End: k + 3}
		if got := strings.Join(c.openingName(tc.s, v), "|"); got != tc.want {
			t.Errorf("openingName(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestThreadEventDays: the event dates the articles of two related stories
// give decide whether they tell one event: agreeing dates join two stories
// whose latest stated years differ (a background year is no event year),
// dates days apart keep two stories written the same week apart (two
// shootings of one town), and without dates on both sides the older
// checks stand.
func TestThreadEventDays(t *testing.T) {
	run2 := func(a, b string, ea, eb []EventDays, pub dates.Date) string {
		x := []story.Doc{doc("a", a, pub)}
		y := []story.Doc{doc("b", b, pub)}
		mx := story.Assemble(&corroborate.Story{}, x)
		my := story.Assemble(&corroborate.Story{}, y)
		r := Compare(Input{Docs: x, Merged: mx, Events: ea, Context: []Context{{Docs: y, Merged: my, Events: eb}}})
		return kinds(r.Discrepancies)
	}
	day := func(d int32) []EventDays { return []EventDays{{Lo: d, Hi: d, Known: true}} }
	a := "Prize\n\nThe Harlan Prize for poetry will be presented to 12 winners at a dinner in Corvel, the 2011 jury said."
	b := "Prize\n\nThe Harlan Prize for poetry will be presented to 15 winners at a dinner in Corvel, the jury said, as it has been since 2014."
	for _, tc := range []struct {
		name   string
		ea, eb []EventDays
		pub    dates.Date
		want   string
	}{
		{"undated, no event dates: the years differ", nil, nil, dates.Date{}, ""},
		{"undated, one event day", day(15000), day(15001), dates.Date{}, "number:12/15"},
		{"undated, event days a week apart", day(15000), day(15007), dates.Date{}, ""},
		{"dated the same day, event days a week apart", day(15000), day(15007), dates.Date{Year: 2011, Month: 5, Day: 2}, ""},
		{"dated the same day, one event date unknown", day(15000), []EventDays{{}}, dates.Date{Year: 2011, Month: 5, Day: 2}, "number:12/15"},
	} {
		if got := run2(a, b, tc.ea, tc.eb, tc.pub); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSamePersonTitle: a noun of a person's calling written before a name
// as a title ("Ferryman Ivo Tamm") is not its given name; a generational
// suffix is no family name, and two different suffixes of one name are a
// father and a son.
func TestSamePersonTitle(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Ferryman Ivo Tamm", "Ivo Aleksander Tamm", true},
		{"Deputy Ivo Tamm", "Ivo Tamm", true},
		{"Ferryman Ivo Tamm", "Esko Tamm", false},
		{"Ivo Tamm", "Esko Tamm", false},
		{"Ivo Tamm Sr.", "Ivo Tamm Jr.", false},
		{"Ivo Aleksander Tamm Sr.", "Ivo Jr.", false},
		{"Ivo Tamm III", "Ivo Tamm II", false},
		{"Ivo Aleksander Tamm Sr.", "Ivo Tamm", true},
		{"Ivo Tamm Jr.", "Ivo Tamm Jr", true},
		{"Ivo Tamm Jr.", "Esko Tamm Jr.", false},
	} {
		if got := samePerson(tc.a, tc.b); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
