package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestDurationUnits: durations in two units of time are compared in
// seconds; a calendar unit and a unit of fixed length meet with the
// rounding slack, two fixed units exactly.
func TestDurationUnits(t *testing.T) {
	dur := func(n float64, unit string) mention.Value {
		return mention.Value{Type: mention.VDuration, Num: n, Low: n, High: n, Unit: unit}
	}
	cases := []struct {
		name       string
		a, b       mention.Value
		comparable bool
		same       bool
	}{
		{"half a minute", dur(30, "second"), dur(0.5, "minute"), true, true},
		{"30 seconds and a minute", dur(30, "second"), dur(1, "minute"), true, false},
		{"90 minutes and two hours", dur(90, "minute"), dur(2, "hour"), true, false},
		{"a week and seven days", dur(1, "week"), dur(7, "day"), true, true},
		{"three days and a week", dur(3, "day"), dur(1, "week"), true, false},
		{"a month and four weeks", dur(1, "month"), dur(4, "week"), true, true},
		{"a year and 11 months", dur(1, "year"), dur(11, "month"), true, false},
		{"a year and 12 months", dur(1, "year"), dur(12, "month"), true, true},
		{"unknown unit", dur(2, "season"), dur(6, "month"), false, false},
	}
	c := &comparer{}
	for _, k := range cases {
		if got := c.comparable(k.a, k.b); got != k.comparable {
			t.Errorf("%s: comparable %v, want %v", k.name, got, k.comparable)
		}
		if !k.comparable {
			continue
		}
		if got := sameValue(k.a, k.b); got != k.same {
			t.Errorf("%s: same %v, want %v", k.name, got, k.same)
		}
	}
}

// TestOrdersApartInUnits: the order-of-magnitude guard weighs durations
// and distances in one unit ("30 seconds" / "one minute" are close; "a
// day" / "ten years" are not).
func TestOrdersApartInUnits(t *testing.T) {
	dur := func(n float64, unit string) mention.Value {
		return mention.Value{Type: mention.VDuration, Num: n, Unit: unit}
	}
	if ordersApart(dur(30, "second"), dur(1, "minute")) {
		t.Error("30 seconds / one minute: apart")
	}
	if !ordersApart(dur(1, "day"), dur(10, "year")) {
		t.Error("a day / ten years: not apart")
	}
	mile := mention.Value{Type: mention.VDistance, Num: 1, Unit: "mile"}
	m := mention.Value{Type: mention.VDistance, Num: 1600, Unit: "m"}
	if ordersApart(mile, m) {
		t.Error("a mile / 1,600 m: apart")
	}
}

// TestDurationDiscrepancyAcrossUnits: one stretch told in two units is
// compared; told the same in two units it agrees. Sentences written for
// this test.
func TestDurationDiscrepancyAcrossUnits(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"minutes and hours", "The hearing in Corvale lasted 90 minutes before the judge adjourned it.",
			"The hearing in Corvale lasted two hours before the judge adjourned it.", "90 minutes/two hours"},
		{"one stretch two ways", "The hearing in Corvale lasted 120 minutes before the judge adjourned it.",
			"The hearing in Corvale lasted two hours before the judge adjourned it.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		if got := kinds(r.Discrepancies); c.want == "" && got != "" || c.want != "" && got != "number:"+c.want {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// TestRangesByBothEnds: two durations written as ranges agree only when
// both ends do; a single figure within a range still agrees with it.
// Sentences written for this test.
func TestRangesByBothEnds(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"two upper ends", "The canal crossing at Marle takes 40 to 50 minutes on the old barge.",
			"The canal crossing at Marle takes 40 to 70 minutes on the old barge.", "40 to 50 minutes/40 to 70 minutes"},
		{"two lower ends", "The canal crossing at Marle takes 40 to 50 minutes on the old barge.",
			"The canal crossing at Marle takes 30 to 50 minutes on the old barge.", "40 to 50 minutes/30 to 50 minutes"},
		{"one range", "The canal crossing at Marle takes 40 to 50 minutes on the old barge.",
			"The canal crossing at Marle takes 40-50 minutes on the old barge.", ""},
		{"a figure in the range", "The canal crossing at Marle takes 40 to 50 minutes on the old barge.",
			"The canal crossing at Marle takes 45 minutes on the old barge.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Ferry\n\n"+c.a, day), doc("b", "Ferry\n\n"+c.b, day))
		if got := kinds(r.Discrepancies); c.want == "" && got != "" || c.want != "" && got != "number:"+c.want {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// TestOneStretch: two durations in two units of time that measure the
// stretch from the same happening, named after "after", to the same verb
// are one stretch told two ways; the same stretch in hours agrees, another
// verb or another happening is another stretch. Sentences invented.
func TestOneStretch(t *testing.T) {
	x := "Ferry lost\n\nCoastguards at Lisk said the ferry Ostra sank off Skerry Point in a gale on Thursday night, four days after leaving Tarn harbour."
	for _, tc := range []struct{ name, y, want string }{
		{"one stretch, two units", "Ferry lost\n\nThe old timber ferry Ostra sank with its cargo of timber and mail in heavy seas on Thursday, a week after leaving Tarn harbour, according to its owners.", "number:four days/a week"},
		{"one stretch in hours", "Ferry lost\n\nThe old timber ferry Ostra sank with its cargo of timber and mail in heavy seas on Thursday, 96 hours after leaving Tarn harbour, according to its owners.", ""},
		{"another verb", "Ferry lost\n\nThe old timber ferry Ostra was sighted with its cargo of timber and mail in heavy seas on Thursday, a week after leaving Tarn harbour, according to its owners.", ""},
		{"another happening", "Ferry lost\n\nThe old timber ferry Ostra sank with its cargo of timber and mail in heavy seas on Thursday, a week after its refit in Tarn harbour, according to its owners.", ""},
	} {
		if got := kinds(runUndated(x, tc.y).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
