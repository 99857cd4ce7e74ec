package story

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
)

// TestTimelineFutureForms: a month or a day told in a future or scheduled
// form ("will air in November", "scheduled a Nov. 15 hearing", "beginning
// in June ... will") is the next such month or day after the article's
// date, not the last one; a month told in the past stays behind it.
// Quirk et al. 1985 §4.42-4.48 (the future forms). Sentences invented.
func TestTimelineFutureForms(t *testing.T) {
	ref := dates.Date{Year: 2031, Month: 12, Day: 3}
	tests := []struct{ sentence, expr, want string }{
		{"The drama about the ferry crew will air in November on the public channel.", "in November", "2032-11"},
		{"The parish council scheduled a Nov. 15 hearing on the quarry plan.", "Nov. 15", "2032-11-15"},
		{"Night classes beginning in June will be taught in the old mill.", "in June", "2032-06"},
		{"The harbour festival is planned for Saturday, its organisers said.", "Saturday", "2031-12-06"},
		{"The harbour festival opened in July with a parade of boats.", "in July", "2031-07"},
		// the simple present of a timetable (session 56): the coming day
		{"A teenager charged with making threats against the school appears in court Monday, prosecutors said.", "Monday", "2031-12-08"},
		{"The trial of the former harbour master begins Monday in Tarrow.", "Monday", "2031-12-08"},
		{"The maritime museum reopens in March after its renovation.", "in March", "2032-03"},
	}
	for _, tt := range tests {
		a := mention.Analyze(tt.sentence, ref, 1)
		found := false
		for si, ts := range a.Times {
			for _, x := range ts {
				if x.Expression != tt.expr {
					continue
				}
				found = true
				if x.Date != tt.want || !OnTimeline(Doc{Analysis: a}, si, x) {
					t.Errorf("%q: %q on the timeline %v as %s, want %s", tt.sentence, tt.expr, OnTimeline(Doc{Analysis: a}, si, x), x.Date, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("Analyze(%q): no %q", tt.sentence, tt.expr)
		}
	}
}
