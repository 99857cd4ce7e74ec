package evaluate

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
)

// Sentences written for this test (not taken from any data set).
func TestPlantFacts(t *testing.T) {
	text := "Rescuers pulled 17 miners from the shaft on Tuesday after a magnitude-4.7 quake. " +
		"The 61-year-old foreman said the mine lies 12 miles north of Dunmore. " +
		"The company paid $3 million for the two-storey office at 9:40 p.m. in 2011, " +
		"and 45 percent of the staff worked for 15 years, since March 4. Nearly 300 people live there."
	want := map[string]string{pCount: "17", pWeekday: "Tuesday", pMagnitude: "4.7", pAge: "61", pDistance: "12", pMoney: "3",
		pSize: "two", pClock: "9", pYear: "2011", pPercent: "45", pDuration: "15", pDate: "4"}
	got := map[string]string{}
	for _, o := range plantFacts(text) {
		if _, dup := got[o.typ]; !dup {
			got[o.typ] = o.written
		}
		if o.written == "300" {
			t.Errorf("hedged value planted: %+v", o)
		}
	}
	for typ, w := range want {
		if got[typ] != w {
			t.Errorf("%s: got %q, want %q (all: %v)", typ, got[typ], w, got)
		}
	}
}

func TestPlantChangeWritten(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cases := []struct {
		o    plantOcc
		want func(string) bool
	}{
		{plantOcc{typ: pCount, val: 4, written: "four"}, func(s string) bool { return s == "six" || s == "seven" || s == "eight" || s == "nine" }},
		{plantOcc{typ: pCount, val: 1300, written: "1,300"}, func(s string) bool { return len(s) == 5 && s[1] == ',' }},
		{plantOcc{typ: pWeekday, val: 1, written: "Tuesday"}, func(s string) bool { return s != "Tuesday" && s[0] >= 'A' && s[0] <= 'Z' }},
		{plantOcc{typ: pClock, val: 9*60 + 40, minutes: 40, half: "pm", written: "9"}, func(s string) bool { return s == "11" || s == "12" || s == "6" || s == "7" }},
		{plantOcc{typ: pMagnitude, val: 5.2, written: "5.2"}, func(s string) bool { return s == "5.6" || s == "5.7" || s == "5.9" || s == "6.0" }},
	}
	for _, c := range cases {
		nv, ok := plantChange(c.o, rng, map[float64]bool{c.o.val: true})
		if !ok {
			t.Errorf("%+v: no change", c.o)
			continue
		}
		if s := plantWritten(c.o, nv); !c.want(s) {
			t.Errorf("%+v: written %q", c.o, s)
		}
	}
}

// TestPlantNormsDecimals: a figure written with decimals is looked for as
// written too ("35.0 percent" is reported as "35.0", not "35").
func TestPlantNormsDecimals(t *testing.T) {
	cases := []struct {
		o    plantOcc
		v    float64
		want []string
	}{
		{plantOcc{typ: pPercent, written: "35.0"}, 35, []string{"35", "35.0"}},
		{plantOcc{typ: pPercent, written: "35.0"}, 52.5, []string{"52.5"}},
		{plantOcc{typ: pMoney, written: "2.50"}, 3, []string{"3", "3.00"}},
		{plantOcc{typ: pCount, written: "17"}, 21, []string{"21"}},
	}
	for _, c := range cases {
		got := plantNorms(c.o, c.v)
		if len(got) != len(c.want) {
			t.Errorf("plantNorms(%q, %v) = %q, want %q", c.o.written, c.v, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("plantNorms(%q, %v) = %q, want %q", c.o.written, c.v, got, c.want)
				break
			}
		}
	}
}

// TestPlantFactsNotFacts: a page's time stamp, a calibre and the feet of a
// height are no values the planter changes alone (invented sentences).
func TestPlantFactsNotFacts(t *testing.T) {
	text := "MONDAY, JUNE 3, 2019, 4:05 PM\n\nThe guard carried a .38-caliber pistol. " +
		"The 6-foot-4 center and the 7-foot guard met in 2017."
	var heights []string
	for _, o := range plantFacts(text) {
		switch {
		case o.typ == pYear && o.written == "2019":
			t.Errorf("year of a page stamp planted: %+v", o)
		case o.typ == pCount && o.ctx == "-caliber":
			t.Errorf("calibre read as a count: %+v", o)
		case o.typ == pDistance:
			heights = append(heights, o.ctx)
		}
	}
	if len(heights) != 2 || heights[0] != "foot 4" || heights[1] != "foot" {
		t.Errorf("heights read with contexts %q, want [\"foot 4\" \"foot\"]", heights)
	}
}

// Sentences written for this test: a weekday of a vote and one of a rally
// share no fact; the vote's weekday in two wordings does.
func TestFactWordsSameFact(t *testing.T) {
	a := mention.Analyze("Lawmakers in Varnholm will vote on the budget on Monday, officials said.", dates.Date{}, 0)
	b := mention.Analyze("The budget vote in Varnholm is set for Monday.", dates.Date{}, 0)
	c := mention.Analyze("Students plan a rally outside the station on Monday night.", dates.Date{}, 0)
	o := plantOcc{typ: pWeekday, written: "Monday"}
	shared := func(x, y map[string]bool) int {
		n := 0
		for w := range x {
			if y[w] {
				n++
			}
		}
		return n
	}
	wa := factWords(a, strings.Index(a.Sentences[0].Text, "Monday"), o)
	wb := factWords(b, strings.Index(b.Sentences[0].Text, "Monday"), o)
	wc := factWords(c, strings.Index(c.Sentences[0].Text, "Monday"), o)
	if n := shared(wa, wb); n < plantSameWords {
		t.Errorf("vote sentences share %d words (%v / %v), want >= %d", n, wa, wb, plantSameWords)
	}
	if n := shared(wa, wc); n >= plantSameWords {
		t.Errorf("vote and rally share %d words (%v / %v), want < %d", n, wa, wc, plantSameWords)
	}
	if wa["monday"] || wc["night"] || wa["say"] {
		t.Errorf("value, part of day or saying kept: %v %v", wa, wc)
	}
}

// TestWeekdayList: the one weekday list gives the capitalised pattern
// (a lower-case "sunday" is no match there) and the index a changed day
// counts from.
func TestWeekdayList(t *testing.T) {
	got := plWeekday.FindAllString("The fair opens on Sunday, not sunday or Sundays.", -1)
	if len(got) != 1 || got[0] != "Sunday" {
		t.Errorf("plWeekday found %q, want [Sunday]", got)
	}
	if weekdayIndex("wednesday") != 2 || weekdayIndex("Wednesday") != -1 || weekdayIndex("wed") != -1 {
		t.Errorf("weekdayIndex: wednesday %d, Wednesday %d, wed %d; want 2, -1, -1",
			weekdayIndex("wednesday"), weekdayIndex("Wednesday"), weekdayIndex("wed"))
	}
}

// TestPlantRestated: the ages an article states that plantFacts does not
// plant (hedged, in a name apposition plAge2 does not read) are listed
// as restatements; the planted ones and a town's figure are not.
// Sentences written for this test.
func TestPlantRestated(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Ana Roe, 22 of Dunmore, was held. Roe, 22, was charged.", []string{"22"}},
		{"Deputies named Ivo McNeil, 16, and Lia O'Hara-Diaz, 27. Both were hurt.", []string{"16", "27"}},
		{"Mara was just 15 years old when she was hurt.", []string{"15"}},
		{"A 15-year-old was hurt in Dunmore, 12 miles away.", nil},
	} {
		var got []string
		for _, o := range plantRestated(tc.text) {
			got = append(got, o.written)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%q: restated %v, want %v", tc.text, got, tc.want)
		}
	}
}
