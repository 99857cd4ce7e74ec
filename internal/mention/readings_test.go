package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for these tests: what a count is counted for, and a
// year that dates the noun after it.
func TestCountEventReadings(t *testing.T) {
	cases := []struct{ sent, text, event string }{
		// Concord: a plural count's verb takes no -s; "winners" is a noun.
		{"His 14 goals for the league winners set a club record.", "14 goals", ""},
		// An aspectual verb takes its event from the verb after it.
		{"Three barges began ferrying stranded drivers across the lake.", "Three barges", "ferry"},
		{"Four cranes continued to lift debris from the canal.", "Four cranes", "lift"},
		// Not followed by a verb: the verb is the event itself.
		{"The arsonist started 12 fires along the valley road.", "12 fires", "start"},
		// A relative clause of a later noun tells that noun's doing, not
		// the count's; the count's own relative clause tells its own.
		{"Eleven pupils at a school which flooded on Monday were moved to the library.", "Eleven pupils", ""},
		{"Three deckhands who were stabbed on the ferry reached the quay.", "Three deckhands", "stab"},
	}
	a := Analyze("Two dozen kayaks were swept off the pier.", dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
	if vs := Values(a); len(vs) == 0 || vs[0].Num != 24 {
		t.Errorf("two dozen: want 24, got %+v", vs)
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		found := false
		for _, v := range Values(a) {
			if v.Type == VCount && v.Text == c.text {
				found = true
				if v.Event != c.event {
					t.Errorf("%q: event %q, want %q", c.sent, v.Event, c.event)
				}
			}
		}
		if !found {
			t.Errorf("%q: no count %q in %+v", c.sent, c.text, Values(a))
		}
	}
}

func TestYearBeforeItsNoun(t *testing.T) {
	cases := []struct{ sent, text, noun string }{
		{"The inquiry reopened the 1971 lootings of the old customs house.", "1971", "looting"},
		{"Detectives matched the getaway van to the 1983 robberies on the Varn coast road.", "1983", "robbery"},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		var got *Value
		for _, v := range Values(a) {
			if v.Text == c.text {
				got = &v
			}
		}
		if got == nil || got.Type != VYear || got.Noun != c.noun {
			t.Errorf("%q: want year %q of %q, got %+v", c.sent, c.text, c.noun, got)
		}
	}
	// A plural noun of things after a four-digit figure is still counted.
	a := Analyze("The warehouse held 1500 crates of tinned fruit.", dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
	for _, v := range Values(a) {
		if v.Type == VYear {
			t.Errorf("1500 crates read as a year: %+v", v)
		}
	}
}

// A length of time written after the noun it measures: its of-complement
// or the subject of a copula.
func TestDurationMeasuresTheNounBefore(t *testing.T) {
	cases := []struct{ sent, noun string }{
		{"The lease of the harbour kiosk was signed for a term of eight years.", "term"},
		{"The warranty of the boiler is three years.", "warranty"},
		{"Ferries on the northern route faced a delay of two hours.", "delay"},
		{"The crossing took four hours in the fog.", ""},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		var got *Value
		for _, v := range Values(a) {
			if v.Type == VDuration {
				got = &v
			}
		}
		if got == nil || got.Noun != c.noun {
			t.Errorf("%q: want a duration of %q, got %+v", c.sent, c.noun, got)
		}
	}
}

// A length of time told back from the article's day ("for the past six
// weeks") is a duration, though the time reader also takes it for a
// relative period; a vague one ("the past few days") has no figure.
func TestDurationBackFromToday(t *testing.T) {
	cases := []struct{ sent, want string }{
		{"The ferry captain had been in hospital for the past six weeks.", "6 week"},
		{"Storms have closed the pass over the last 12 days.", "12 day"},
		{"Storms have closed the pass over the past few days.", ""},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		got := ""
		for _, v := range Values(a) {
			if v.Type == VDuration {
				got = v.Norm
			}
		}
		if got != c.want {
			t.Errorf("%q: duration %q, want %q", c.sent, got, c.want)
		}
	}
}

// A currency's name joined to its figure is the currency; its bracketed
// conversion is a value of another currency.
func TestGluedCurrencyName(t *testing.T) {
	a := Analyze("The port authority will borrow euro45 million ($49 million) for the new quay.", dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
	var got []string
	for _, v := range Values(a) {
		if v.Type == VMoney {
			got = append(got, v.Norm)
		}
	}
	if len(got) != 2 || got[0] != "45000000 eur" || got[1] != "49000000 usd" {
		t.Errorf("want 45000000 eur and 49000000 usd, got %q", got)
	}
	a = Analyze("Tickets for Euro2016 sold out in an hour.", dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
	for _, v := range Values(a) {
		if v.Type == VMoney {
			t.Errorf("a tournament's name read as money: %+v", v)
		}
	}
}

// An undated article's month named without a preposition: a stretch of
// it ("the first week of June") or a possessive ("October's vote"). A
// bare "May" stays unread (a name or a verb as often).
func TestUndatedMonthsWithoutPreposition(t *testing.T) {
	cases := []struct {
		sent string
		want bool
	}{
		{"In the first week of June, the ferry company cut two crossings.", true},
		{"Organisers of October's harvest fair expect fewer stalls.", true},
		{"May's garden won a prize at the county show.", false},
		{"The students will march to the town hall.", false},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{}, 0)
		got := false
		for _, v := range Values(a) {
			got = got || v.Type == VMonth
		}
		if got != c.want {
			t.Errorf("%q: month read %v, want %v (%+v)", c.sent, got, c.want, Values(a))
		}
	}
}

// A weekday after a name and a comma is a time, not part of the name
// ("died at home in Ostby, Varnland, Sunday"); one right after a
// capitalised word is ("Super Tuesday").
func TestWeekdayAfterANameAndAComma(t *testing.T) {
	ref := dates.Date{Year: 2020, Month: 6, Day: 12}
	got := func(sent string) bool {
		for _, v := range Values(Analyze(sent, ref, 0.9)) {
			if v.Type == VWeekday {
				return true
			}
		}
		return false
	}
	if !got("The painter died at her home in Ostby, Varnland, Sunday, her family said.") {
		t.Error("no weekday after 'Varnland,'")
	}
	if got("Turnout was high on Super Tuesday in the Varnland primaries.") {
		t.Error("'Super Tuesday' read as a weekday")
	}
}
