package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestReportingActPastTime: a verb of reporting whose complement of place
// follows the time it dates tells an act, as when the complement comes
// first; a statement's day stays a statement's (sentences written for this
// test).
func TestReportingActPastTime(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time, typ, want string
		reported                  bool
	}{
		{"Two harbor crews responded Friday, Aug. 19, 1998, to a blast at a grain depot.", "Friday, Aug. 19, 1998", mention.VDate, "respond", false},
		{"Firefighters responded Friday evening to a barn in Ostrow.", "Friday", mention.VWeekday, "respond", false},
		{"Medics were called just after 9:15 p.m. Friday to a depot near Quarry Hill.", "9:15 p.m.", mention.VClock, "call", false},
		{"Crews were called Friday to the mill on Tanner Way.", "Friday", mention.VWeekday, "call", false},
		// a statement's day, and a passive of speech reported to someone
		{"The sheriff said Tuesday that two men were held.", "Tuesday", mention.VWeekday, "", true},
		{"The leak was reported Sunday to the fire service.", "Sunday", mention.VWeekday, "", true},
		{"The mayor was called Sunday by reporters.", "Sunday", mention.VWeekday, "", true},
	} {
		v := mention.Value{Type: tc.typ, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		got, rep, _ := c.headVerb(text.Tokens(tc.sentence), v)
		if got != tc.want || rep != tc.reported {
			t.Errorf("%q: got %q reported %v, want %q reported %v", tc.sentence, got, rep, tc.want, tc.reported)
		}
	}
}

// TestRespondedToPlace: a response sent to a place, before or past its
// time, dates the happening the call told; a response to words does not
// (sentences written for this test).
func TestRespondedToPlace(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time string
		want           bool
	}{
		{"Crews responded near 11 p.m. Friday to a depot on Tanner Way.", "Friday", true},
		{"Officers responded to a home on Elm Street on Sunday.", "Sunday", true},
		{"The mayor responded Sunday to the criticism.", "Sunday", false},
		{"The chief responded Sunday to questions from reporters.", "Sunday", false},
		// a later visit, a place known by a happening over, a subject
		// who comes after the fact
		{"Officers responded again Thursday to the home where the man was shot.", "Thursday", false},
		{"Firefighters responded Thursday to the same house for a second time.", "Thursday", false},
		{"Investigators responded Thursday to the scene of the crash.", "Thursday", false},
		{"Medics responded back Friday to a mill on Tanner Way.", "Friday", false},
		{"Detectives responded to a cabin near Ostrow on Friday.", "Friday", false},
	} {
		toks := text.Tokens(tc.sentence)
		at := tokenFrom(toks, strings.Index(tc.sentence, tc.time))
		if got := c.respondedToHarm(toks, at); got != tc.want {
			t.Errorf("%q: respondedToHarm %v, want %v", tc.sentence, got, tc.want)
		}
	}
}
