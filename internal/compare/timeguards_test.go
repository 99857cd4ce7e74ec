package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// The sentences of these tests were written for them; none is taken from a
// data set.

// TestCloseVerbs: verbs match on their frequent senses, not on the rare
// senses that join almost any two common verbs.
func TestCloseVerbs(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"shoot", "kill", true},  // a frequent sense directly under "kill"
		{"die", "pass", true},    // "pass away" is in die's first sense
		{"murder", "kill", true}, // directly under
		{"attack", "assault", true},
		{"arrest", "draw", false},    // "arrest" (catch the eye) under "draw"
		{"release", "turn", false},   // rare senses only
		{"run", "release", false},    // of a liquid
		{"arrest", "arrest", true},   // the same verb
		{"detain", "release", false}, // opposites
	} {
		if got := c.closeVerbs(tc.a, tc.b); got != tc.want {
			t.Errorf("closeVerbs(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestIsPollNounFirstSense: only the first senses of "poll" and "survey"
// name a poll.
func TestIsPollNounFirstSense(t *testing.T) {
	c := newComparer(Input{})
	for w, want := range map[string]bool{"poll": true, "polls": true, "survey": true, "study": true,
		"head": false, "view": false, "sketch": false} {
		if got := c.isPollNoun(w); got != want {
			t.Errorf("isPollNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPossessiveElsewhere: a day in the possessive dates its noun; a day of
// another verb is another fact, the day of the noun's own verb is not.
func TestPossessiveElsewhere(t *testing.T) {
	c := newComparer(Input{})
	day := func(s, time, head string) *fact {
		k := strings.Index(s, time)
		f := &fact{sent: s, v: mention.Value{Type: mention.VWeekday, Text: time, Start: k, End: k + len(time)}, head: head, headBefore: head != ""}
		f.sentWords = c.lx.ContentWords(s)
		return f
	}
	final := day("Mayor Oren Valtz opens Saturday's harvest fair on the green, the parish said.", "Saturday", "")
	for _, tc := range []struct {
		other *fact
		want  bool
	}{
		{day("Oren Valtz was injured on Thursday in a fall at the town hall.", "Thursday", "injure"), true},
		{day("The harvest fair lost its place to Sunday's cattle market.", "Sunday", ""), true},
		{day("Crowds came to Friday's harvest fair on the Osk green.", "Friday", ""), false},
		{day("Oren Valtz said on Thursday he would be there.", "Thursday", ""), false}, // dates nothing named
	} {
		if got := c.possessiveElsewhere(final, tc.other); got != tc.want {
			t.Errorf("%q / %q: got %v, want %v", final.sent, tc.other.sent, got, tc.want)
		}
	}
	stab := day("Witnesses to Sunday's stabbing of a ferry clerk were questioned.", "Sunday", "")
	if c.possessiveElsewhere(stab, day("The ferry clerk was stabbed on Monday outside the terminal.", "Monday", "stab")) {
		t.Error("Sunday's stabbing and stabbed on Monday: want one thing dated")
	}
	// The happening a day dates through the noun subject of its verb ("a
	// robbery that happened Monday"), and the story's harm a general noun
	// dates ("the incident occurred Monday").
	robbed := day("Clerks at the Osk depot recall Tuesday's robbery of the night shift.", "Tuesday", "")
	happened := day("Deputies are looking into a robbery that happened on Monday at the Osk depot.", "Monday", "happen")
	happened.alsoDates = []datedAlt{{"rob", lexicon.Verb}}
	if c.possessiveElsewhere(robbed, happened) {
		t.Error("Tuesday's robbery and a robbery that happened Monday: want one thing dated")
	}
	shot := day("Police still look into Tuesday's shooting near the Osk depot.", "Tuesday", "")
	incident := day("The incident closed the Osk depot on Monday.", "Monday", "close")
	if !c.possessiveElsewhere(shot, incident) {
		t.Error("no general noun marked: want two things dated")
	}
	incident.generalDay = true
	if c.possessiveElsewhere(shot, incident) {
		t.Error("Tuesday's shooting and the incident's day Monday: want one thing dated")
	}
	if !c.possessiveElsewhere(final, incident) {
		t.Error("Saturday's harvest fair and the incident on Monday: want two things dated")
	}
	if got := c.possessiveNouns(final); strings.Join(got, " ") != "harvest fair" {
		t.Errorf("possessiveNouns: got %v, want [harvest fair]", got)
	}
}

// TestRunningKind: the adverbs of the total so far, and the present
// perfect.
func TestRunningKind(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, figure string
		want             int
	}{
		{"The appeal has now raised 4,300 pledges.", "4,300 pledges", runningFigure},
		{"So far 41 climbers have been rescued.", "41 climbers", runningFigure},
		{"Rescuers have found 41 climbers so far.", "41 climbers", runningFigure},
		{"The appeal has raised 4,300 pledges.", "4,300 pledges", perfectFigure},
		{"The appeal raised 4,300 pledges.", "4,300 pledges", notRunning},
		{"Now, 12 boats sailed into the bay.", "12 boats", notRunning}, // past a comma
		// a comma between digit groups is no break
		{"The appeal now has 4, 300 pledges from 75 towns.", "75 towns", runningFigure},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VCount, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := c.runningKind(text.Tokens(tc.sentence), v); got != tc.want {
			t.Errorf("%q: got %d, want %d", tc.sentence, got, tc.want)
		}
	}
}

// TestDropRepeated: one conflict is reported once.
func TestDropRepeated(t *testing.T) {
	side := func(norm string, arts ...string) corroborate.DiscrepancyValue {
		return corroborate.DiscrepancyValue{Value: norm, Normalized: norm, Articles: arts}
	}
	big := corroborate.Discrepancy{Kind: "number", Type: mention.VCount, Values: []corroborate.DiscrepancyValue{side("10", "a", "b"), side("3", "c")}}
	again := corroborate.Discrepancy{Kind: "number", Type: mention.VCount, Values: []corroborate.DiscrepancyValue{side("10", "b"), side("3", "c")}}
	other := corroborate.Discrepancy{Kind: "number", Type: mention.VCount, Values: []corroborate.DiscrepancyValue{side("10", "b"), side("4", "d")}}
	got := dropRepeated([]corroborate.Discrepancy{again, big, other})
	if len(got) != 2 || len(got[0].Values[0].Articles) != 2 || got[1].Values[1].Normalized != "4" {
		t.Errorf("got %+v, want the larger conflict and the other one", got)
	}
	if n := len(dropRepeated([]corroborate.Discrepancy{big, big})); n != 1 {
		t.Errorf("two equal conflicts: got %d, want 1", n)
	}
}

// TestDurationFrame: the words that make a duration an offset from another
// moment.
func TestDurationFrame(t *testing.T) {
	for _, tc := range []struct{ sentence, figure, want string }{
		{"The ferry had sailed ten minutes earlier.", "ten minutes", "apart"},
		{"The mayor died four days after a fall at home.", "four days", "apart"},
		{"The bridge closed three years ago.", "three years", "ago"},
		{"Only six days to go and the stalls are still empty.", "six days", "to go"},
		{"The repairs must end within 10 days.", "10 days", "within"},
		{"The ferry was held at the quay for twelve minutes.", "twelve minutes", ""},
		{"She taught nine years at the village school.", "nine years", ""},
		{"The panel sat for almost six hours before the ruling.", "six hours", ""},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VDuration, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := durationFrame(tc.sentence, v); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
