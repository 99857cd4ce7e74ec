package compare

import (
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
)

// Articles written for these tests: every kind of stated fact.
var factArticles = []string{base, `Harbour fire destroys warehouse

A fire destroyed a 12,000-square-foot warehouse at the Eastport harbour on Tuesday night, the fire service said.

About 60 firefighters fought the blaze for nine hours before it was brought under control at 4:30 a.m.

The owner, Lena Hartwig, 58, said the building held goods worth $2.5 million.

The warehouse lies 14 miles north of the city centre and employed 35 workers.`, `Quake shakes the coast

A magnitude-5.9 earthquake struck the coast on Sunday, damaging 120 homes in the town of Corvel, officials said.

The quake was centred 22 kilometres below the seabed, the geological survey said.

Mayor Tomas Reyna said 18 families had been moved to a school and that repairs would take three months.

Insurers estimated the damage at 40 million euros, about 12 percent of the region's yearly budget.`, `Council approves new bridge

The city council voted 31 to 9 on Thursday to build a 450-metre bridge across the Alder river.

The bridge will cost 85 million dollars and take 30 months to build, said the city engineer, Ruth Okoye, 49.

It will carry 4 lanes of traffic and replace a ferry that carries 2,300 passengers a day.

Work is due to start in 2025 and 210 workers will be hired.`}

var digitsRe = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// TestPlantedValueIsFound plants a changed value into a copy of an article
// for every value the article states: exactly that discrepancy must come
// out, with both values and a note that the copy changed it.
func TestPlantedValueIsFound(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	tried := 0
	for ai, text := range factArticles {
		body := strings.SplitN(text, "\n\n", 2)[1]
		an := mention.Analyze(body, day, 0.9)
		for _, v := range mention.Values(an) {
			switch v.Type {
			case mention.VWeekday, mention.VDate, mention.VMonth, mention.VYear, mention.VClock:
				continue // changed by TestPlantedDayIsFound
			}
			if v.Qualifier != "" {
				continue // a hedged value may stay compatible when changed
			}
			sent := an.Sentences[v.Sentence].Text
			span := sent[v.Start:v.End]
			m := digitsRe.FindStringIndex(span)
			if m == nil {
				continue
			}
			old := span[m[0]:m[1]]
			n, err := strconv.ParseFloat(strings.ReplaceAll(old, ",", ""), 64)
			if err != nil || strings.Count(body, sent) != 1 {
				continue
			}
			// Outside any hedge and of the same order: 1.5-2 times the value.
			nv := strconv.FormatFloat(n*(1.5+rng.Float64()/2), 'f', decimals(old), 64)
			if v.Type == mention.VMagnitude { // a log scale: a few tenths
				nv = strconv.FormatFloat(n+0.4+rng.Float64()*0.4, 'f', 1, 64)
			}
			newSent := sent[:v.Start] + span[:m[0]] + nv + span[m[1]:] + sent[v.End:]
			changed := strings.Replace(text, sent, newSent, 1)
			a, b := doc("a", text, day), doc("b", changed, day)
			b.Article.CopyOf = corroborate.Ptr("a")
			r := run(a, b)
			tried++
			if len(r.Discrepancies) != 1 {
				t.Errorf("article %d, %s %q → %s: %d discrepancies %q", ai, v.Type, span, nv, len(r.Discrepancies), kinds(r.Discrepancies))
				continue
			}
			got := kinds(r.Discrepancies)
			if !strings.Contains(got, old) || !strings.Contains(got, nv) {
				t.Errorf("article %d, %s %q → %s: got %q", ai, v.Type, span, nv, got)
			}
		}
	}
	if tried < 12 {
		t.Fatalf("only %d values planted", tried)
	}
}

func decimals(s string) int {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// TestPlantedDayIsFound changes the weekday of an event in a copy.
func TestPlantedDayIsFound(t *testing.T) {
	for ai, text := range factArticles {
		for _, w := range []string{"Monday", "Tuesday", "Sunday"} {
			if strings.Count(text, w) != 1 {
				continue
			}
			changed := strings.Replace(text, w, "Thursday", 1)
			r := run(doc("a", text, day), doc("b", changed, day))
			if len(r.Discrepancies) != 1 || r.Discrepancies[0].Kind != "date" || !strings.Contains(kinds(r.Discrepancies), "Thursday") {
				t.Errorf("article %d, %s → Thursday: %q", ai, w, kinds(r.Discrepancies))
			}
		}
	}
}

// Guards: what must not be reported.
func TestValueGuards(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	cases := []struct{ name, a, b string }{
		{"hedge: at least", "Storm\n\nAt least 40 homes were flooded in Marlow, officials said.", "Storm\n\n52 homes were flooded in Marlow, officials said."},
		{"hedge: about", "Storm\n\nThe clean-up took about 10 days, the council said.", "Storm\n\nThe clean-up took nine days, the council said."},
		{"units converted", "Storm\n\nThe flood reached a village 40 miles from Marlow.", "Storm\n\nThe flood reached a village 64 kilometres from Marlow."},
		{"rounded figure", "Storm\n\nThe storm left 600 people homeless across the valley.", "Storm\n\nThe storm left 612 people homeless across the valley."},
		{"different counted things", "Storm\n\nRescuers saved 14 people from the river.", "Storm\n\nRescuers saved 9 dogs from the river."},
		{"age of another person", "Storm\n\nThe driver, Karl Brenner, 45, was rescued.", "Storm\n\nThe driver's son, Jonas Brenner, 19, was rescued."},
		{"day of a statement", "Storm\n\nThe bridge collapsed on Monday, the mayor said on Tuesday.", "Storm\n\nThe bridge collapsed on Monday, the mayor said on Wednesday."},
		{"a developing toll", "Storm\n\nAt least 8 people were killed in the storm.", "Storm\n\nThe death toll rose to 11 people killed in the storm."},
		// Fails without vetoed's am/pm check (the only one since timeSlot
		// lost its unreachable copy).
		{"a bare clock", "Match\n\nSmith scored with 3:15 left in the game.", "Match\n\nSmith scored with 1:05 left in the game."},
	}
	for _, c := range cases {
		r := run(doc("a", c.a, pub), doc("b", c.b, pub))
		if len(r.Discrepancies) != 0 {
			t.Errorf("%s: %q", c.name, kinds(r.Discrepancies))
		}
	}
}
