package mention

import (
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording).

// TestTimetablePlace: a verb in the simple present and a phrase of place
// before a weekday tell an arrangement (Quirk et al. 1985 §4.21): the
// timetable's present, the coming such day. Guards: an object between
// the verb and the day, a verb of saying, a past clause, a second
// preposition, a date.
func TestTimetablePlace(t *testing.T) {
	tests := []struct {
		sentence, expr string
		want           Tense
	}{
		{"A 17-year-old charged with making threats against the school appears in court Monday, prosecutors said.", "Monday", TenseTimetable},
		{"The former treasurer returns to court on Friday.", "on Friday", TenseTimetable},
		{"The tall ship arrives in Port Ellen on Thursday.", "on Thursday", TenseTimetable},
		{"The new bridge opens to traffic Friday, two months late.", "Friday", TenseTimetable},
		{"Ivo Marsh, the man accused of the break-in, appears before a judge Tuesday.", "Tuesday", TenseTimetable},
		// guards
		{"The governor signs the budget bill Monday.", "Monday", TensePresent},
		{"The agency says in a statement Monday that the dam is safe.", "Monday", TensePresent},
		{"The teenager appeared in court Monday.", "Monday", TensePast},
		{"The ferry sails from the pier at the harbour on Sunday.", "on Sunday", TensePresent},
		{"The ferry sails to the island on June 4.", "on June 4", TensePresent}, // a date: the nearest, as before
		{"Ivo Marsh, 41, and two others, officers in Tarrow Tuesday.", "Tuesday", TenseNone},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.expr)
		if got := ClauseTense(tt.sentence, i, i+len(tt.expr)); got != tt.want {
			t.Errorf("ClauseTense(%q, %q) = %v, want %v", tt.sentence, tt.expr, got, tt.want)
		}
	}
	// The coming Monday, not the nearest (two days back), for an
	// article of a Wednesday.
	wed := dates.Date{Year: 2031, Month: 5, Day: 14}
	if got := weekdayDate(wed, time.Monday, "", TenseTimetable); got != (dates.Date{Year: 2031, Month: 5, Day: 19}) {
		t.Errorf("weekdayDate(Wednesday, Monday, timetable) = %v, want 2031-05-19", got)
	}
}
