package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestSharedFigurePairs: invented sentences. Two days the slot rules leave
// apart (the first article gives two dates) are one fact at the model's
// lower bar when their sentences give another identifying figure alike
// (the block of one road) and a verb ("struck"); the false pairs a shared
// figure must not join stay apart: another act on that block (no verb
// shared), two shares of two things beside one measure, two things beside
// one price, two lots of one price (figureOfOneThing: the price of one
// noun, but the shares of two others).
func TestSharedFigurePairs(t *testing.T) {
	died := "Road death\n\nA parcel driver died at Dunmore General around 6 p.m. on May 9, three hours after she was struck by a delivery lorry in the 900 block of Mill Road, her employer said.\n\nHer family will hold a service on May 20."
	canal := "Canal works\n\nThe 14-kilometre canal was drained on Tuesday to 40 percent of its depth for repairs."
	for _, tc := range []struct {
		name, a, b, want string
	}{
		{"false pair: another crash on the same block", died,
			"Road death\n\nShop owners said a van struck a cyclist outside a bakery in the 900 block of Mill Road on May 7 and that the road had no bike lane.",
			""},
		{"false pair: another victim struck on the block",
			"Grove Street crash\n\nA pedestrian who was struck by a bus in the 400 block of Grove Street on June 2 died in hospital on June 4, her son said.\n\nA vigil will be held on June 10.",
			"Grove Street crash\n\nResidents said a car struck a cyclist in the 400 block of Grove Street on May 28 and that they had asked the city for a crossing.",
			""},
		{"false pair: a robbery on the block", died,
			"Road death\n\nA cyclist was robbed outside a bakery in the 900 block of Mill Road on May 7.", ""},
		{"false pair: a share of another thing", canal,
			"Canal works\n\nBoats use 60 percent of the 14-kilometre canal in winter.", ""},
		{"false pair: two things beside one price",
			"Land sale\n\nThe council paid $2 million for the lot, 40 percent of this year's budget for parks.",
			"Land sale\n\nThe $2 million lot is on a hillside, and 15 percent of it is wetland.", ""},
		{"false pair: two lots of one price",
			"Land sale\n\nThe council bought a $2 million lot on the hillside, 40 percent of this year's parks budget.",
			"Land sale\n\nA developer sold a $2 million lot by the river, and the city kept 15 percent.", ""},
		// termsOf: a share another clause or phrase tells is another part
		// of the one thing, not the amount's terms
		{"false pair: two parts of one sale",
			"Depot sold\n\nThe town council voted on Tuesday to sell the old tram depot.\n\nFrom the $3 million sale, the town's parks and playgrounds will receive 25 percent.\n\nOne member voted against it.",
			"Depot sold\n\nThe old tram depot has a new owner.\n\nA builder financed the $3 million sale with a bank loan and said it borrowed 70 percent.\n\nOne member voted against the deal.", ""},
		{"false pair: a budget's growth and a raise under it",
			"School budget\n\nThe school board met on Wednesday night.\n\nMembers approved a $12 million budget for the coming school year, up 8 percent.\n\nThe chair said most of the money would go to repairs.",
			"School budget\n\nTeachers will be paid more next year.\n\nUnder the $12 million budget, salaries for the district's teachers and bus drivers climb 3 percent.\n\nThe chair said the raises were overdue.", ""},
	} {
		r := run(doc("a", tc.a, day), doc("b", tc.b, day))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: discrepancies %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestIdentifyingFigures: a time, an age or a count of people told alike
// says nothing of which statement two sentences tell (reports repeat the
// toll and the day beside other happenings); an amount or a count of
// things (an address's block) does.
func TestIdentifyingFigures(t *testing.T) {
	v := func(typ, unit, norm string) mention.Value { return mention.Value{Type: typ, Unit: unit, Norm: norm} }
	for _, tc := range []struct {
		name  string
		other mention.Value
		want  int
	}{
		{"an amount", v(mention.VMoney, "usd", "20000"), 1},
		{"a block", v(mention.VCount, "block", "700"), 0},
		{"a count of people", v(mention.VCount, "people", "5"), 0},
		{"a count of a person noun", v(mention.VCount, "victim", "5"), 0},
		{"a weekday", v(mention.VWeekday, "", "monday"), 0},
		{"a clock time", v(mention.VClock, "", "02:10"), 0},
		{"an age", v(mention.VAge, "", "30"), 0},
	} {
		f := &fact{v: v(mention.VPercent, "%", "25"), others: []mention.Value{tc.other}}
		g := &fact{v: v(mention.VPercent, "%", "10"), others: []mention.Value{tc.other}}
		if got := identifyingFigures(f, g); got != tc.want {
			t.Errorf("%s: identifyingFigures = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestFigureOfOneThing: invented values. An amount told alike of one noun
// in both sentences (one bond) lowers the model's bar for two shares of no
// noun, though the verb that would tell the same act is a participle
// written as its base ("was set" / "who set") that the reader leaves out;
// the amount of another noun, an amount of no noun, a share of a thing of
// its own, a count or a time alike do not, nor two days or two lengths
// beside one bond or fine (one thing has several acts).
func TestFigureOfOneThing(t *testing.T) {
	c := newComparer(Input{})
	money := func(noun string) mention.Value {
		return mention.Value{Type: mention.VMoney, Unit: "usd", Norm: "9000", Noun: noun}
	}
	share := func(norm, noun string) mention.Value {
		return mention.Value{Type: mention.VPercent, Unit: "%", Norm: norm, Noun: noun}
	}
	for _, tc := range []struct {
		name       string
		f, g       mention.Value
		fo, gother mention.Value
		want       float64
	}{
		{"one bond's two shares", share("20", ""), share("10", ""), money("bond"), money("bond"), sharedFigureThreshold},
		{"false pair: the amount of two nouns", share("20", ""), share("10", ""), money("bond"), money("fine"), sameFactThreshold},
		{"false pair: an amount of no noun", share("20", ""), share("10", ""), money(""), money(""), sameFactThreshold},
		{"false pair: a share of another thing", share("20", "budget"), share("10", ""), money("lot"), money("lot"), sameFactThreshold},
		{"false pair: a count of one noun alike", share("20", ""), share("10", ""),
			mention.Value{Type: mention.VCount, Unit: "block", Norm: "900", Noun: "road"}, mention.Value{Type: mention.VCount, Unit: "block", Norm: "900", Noun: "road"}, sameFactThreshold},
		{"false pair: two days beside one bond", mention.Value{Type: mention.VWeekday, Norm: "monday"}, mention.Value{Type: mention.VWeekday, Norm: "friday"},
			money("bond"), money("bond"), sameFactThreshold},
		{"false pair: two terms beside one fine", mention.Value{Type: mention.VDuration, Unit: "year", Norm: "5"}, mention.Value{Type: mention.VDuration, Unit: "year", Norm: "3"},
			money("fine"), money("fine"), sameFactThreshold},
		{"false pair: shares of one noun each", share("20", "budget"), share("10", "budget"), money("lot"), money("lot"), sameFactThreshold},
		{"false pair: a day of one noun alike", share("20", ""), share("10", ""),
			mention.Value{Type: mention.VWeekday, Norm: "monday", Noun: "hearing"}, mention.Value{Type: mention.VWeekday, Norm: "monday", Noun: "hearing"}, sameFactThreshold},
	} {
		f := &fact{v: tc.f, others: []mention.Value{tc.fo}}
		g := &fact{v: tc.g, others: []mention.Value{tc.gother}}
		if got := c.pairThreshold(f, g); got != tc.want {
			t.Errorf("%s: pairThreshold = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTermsOf: invented sentences. A share right beside an amount, with
// only punctuation or the amount's noun between, gives its terms; one
// that another clause or phrase tells does not.
func TestTermsOf(t *testing.T) {
	for _, tc := range []struct {
		sent, amount, share string
		want                bool
	}{
		{"A judge set bond at $9,000, 10 percent cash, on Monday.", "$9,000", "10 percent", true},
		{"Her bond was set at $9,000/15 percent by the court.", "$9,000", "15 percent", true},
		{"She was given a $9,000 bond, 10 percent to be paid in cash.", "$9,000", "10 percent", true},
		{"Members approved a $12 million budget for the coming year, up 8 percent.", "$12 million", "8 percent", false},
		{"From the $3 million sale, the parks will receive 25 percent.", "$3 million", "25 percent", false},
	} {
		noun := map[string]string{"$9,000": "bond", "$12 million": "budget", "$3 million": "sale"}[tc.amount]
		a, s := strings.Index(tc.sent, tc.amount), strings.Index(tc.sent, tc.share)
		x := mention.Value{Type: mention.VMoney, Noun: noun, Start: a, End: a + len(tc.amount)}
		f := &fact{sent: tc.sent, v: mention.Value{Type: mention.VPercent, Start: s, End: s + len(tc.share)}}
		if got := termsOf(f, x); got != tc.want {
			t.Errorf("termsOf(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}
