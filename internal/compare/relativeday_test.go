package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestRelativeDay: a time in a sentence that dates a second happening by
// its distance from the first ("on Thursday, a day after the minister
// presented it") belongs to the main clause's verb: the same-fact model
// pairs it with another article's time only when both verbs are read and
// are one.
func TestRelativeDay(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 9, Day: 30} // a Wednesday
	const a = "Finance Minister Oskar Brevik on Wednesday presented a 212 billion euro budget that moves money from defence to education."
	cases := []struct{ name, b, want string }{
		{"a day after", "Parliament began debating the government's 212-billion-euro budget on Thursday, a day after Finance Minister Oskar Brevik presented it.", ""},
		{"two days after", "Parliament began debating the government's 212-billion-euro budget on Friday, two days after Finance Minister Oskar Brevik presented it.", ""},
		{"the day after", "The day after Finance Minister Oskar Brevik presented the 212-billion-euro budget, parliament began debating it on Thursday.", ""},
		// Guards: the same verb on both sides is one deed; a sentence
		// that dates one happening keeps the model's pair.
		{"same verb", "Finance Minister Oskar Brevik presented the 212 billion euro budget to parliament on Thursday, a day after the cabinet approved it.", "date:on Wednesday/on Thursday"},
		{"one happening", "Finance Minister Oskar Brevik presented the government's 212-billion-euro budget to parliament on Thursday.", "date:on Wednesday/on Thursday"},
		{"as he presented it", "Parliament began debating the government's 212-billion-euro budget on Thursday, as Finance Minister Oskar Brevik presented it.", "date:on Wednesday/on Thursday"},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+a, pub), doc("b", "Report\n\n"+c.b, pub))
		got := kinds(r.Discrepancies)
		if c.want == "" && strings.Contains(got, "date:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// TestDaysOfASpan: a day named as a later day of a happening of several
// days ("on Wednesday, the second day of a strike") is not the day the
// happening began.
func TestDaysOfASpan(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 3, Day: 25} // a Wednesday
	const a = "Ferry crews began a two-day strike at Holm Quay early Tuesday, stopping work on island boats."
	cases := []struct{ name, b, want string }{
		{"second day", "Nine island boats were waiting to enter Holm Quay on Wednesday, the second day of a strike by ferry crews demanding higher pay.", ""},
		{"final day", "Nine island boats were waiting to enter Holm Quay on Wednesday, the final day of a strike by ferry crews demanding higher pay.", ""},
		// Guards: a first day is the day the strike began; the same
		// sentence without the appositive dates the strike.
		{"first day", "Nine island boats were waiting to enter Holm Quay on Wednesday, the first day of a strike by ferry crews demanding higher pay.", "date:early Tuesday/on Wednesday"},
		{"no appositive", "Nine island boats were waiting to enter Holm Quay on Wednesday, as a strike by ferry crews demanding higher pay began.", "date:early Tuesday/on Wednesday"},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+a, pub), doc("b", "Report\n\n"+c.b, pub))
		got := kinds(r.Discrepancies)
		if c.want == "" && strings.Contains(got, "date:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// TestDaysOfASpanSameDeed: a day of a span against a day named with no
// span, both of the same verb, is one deed dated twice; a day of a
// calendar span ("the last day of the month") dates any deed; two days of
// a span named with two ordinals are two days of it.
func TestDaysOfASpanSameDeed(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 3, Day: 25} // a Wednesday
	const a = "Pickets blocked the gate of the Holm Quay depot on Wednesday, the second day of a strike by ferry crews."
	cases := []struct{ name, a, b, want string }{
		{"same verb, no span day", a, "Pickets blocked the gate of the Holm Quay depot on Thursday as ferry crews kept up their strike.", "date:on Wednesday/on Thursday"},
		{"calendar span", "The Tolvane plant shut its doors on Friday, the last day of the month, after 60 years.", "The Tolvane plant closed on Thursday after 60 years, workers said.", "date:on Friday/on Thursday"},
		// Guard: two ordinals, two days of the span.
		{"two ordinals", a, "Pickets blocked the gate of the Holm Quay depot on Thursday, the third day of a strike by ferry crews.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, pub), doc("b", "Report\n\n"+c.b, pub))
		got := kinds(r.Discrepancies)
		if c.want == "" && strings.Contains(got, "date:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
