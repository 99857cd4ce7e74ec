package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestSharedFigurePairs: invented sentences. Two days the slot rules leave
// apart (the first article gives two dates) are one fact at the model's
// lower bar when their sentences give another identifying figure alike
// (the block of one road) and a verb ("struck"); the false pairs a shared
// figure must not join stay apart: another act on that block (no verb
// shared), two shares of two things beside one measure, two things beside
// one price.
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
