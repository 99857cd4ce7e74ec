package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for this test (no data set's wording). A when-clause
// after a time dates its own event; so does the focus of "not until … that".
// A verb and its particle that WordNet has as one verb are that verb.
func TestWhenClauseHead(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, time, want string }{
		// the clause about the time is its event, not the verb before it
		{"The guests had left the hall by 5:30 p.m., when the boiler exploded.", "5:30 p.m.", "explode"},
		{"The depot stayed open until March 2019, when the owners sold it.", "March 2019", "sell"},
		{"The crew waited until Friday night when the storm passed.", "Friday", "pass"},
		{"It wasn't until June 3, 2004, that the mayor resigned.", "June 3, 2004", "resign"},
		// a comma inside the when-clause ends the look: the verb before the time
		{"The pier held until Friday, when, as the tide rose, the pilings gave way.", "Friday", "hold"},
		// a verb of saying with a noun for object is a deed
		{"He kept quiet until May 2010, when his lawyer revealed his name.", "May 2010", "reveal"},
		// a phrasal verb is read whole, a light verb's too
		{"Guards heard nothing until 2:10 a.m., when the alarm went off.", "2:10 a.m.", "go off"},
		{"The mill was shut down in December 2005.", "December 2005", "shut down"},
		{"Her car was pulled over on Route 9 at 1:30 a.m.", "1:30 a.m.", "pull over"},
		// a name that is also a past form ("Drew") is no phrasal verb
		{"The firm employed Drew up to March 2019.", "March 2019", "employ"},
		// a relative clause inside the when-clause belongs to its noun
		{"The boy was hurt on Friday when a rifle that he was cleaning went off.", "Friday", "go off"},
		{"The roof fell in on Monday when a crane which carried steel beams toppled over.", "Monday", "topple"},
		// a verb of occurring dates the event its subject names
		{"The boy was staying with his aunt on May 3, when the accident happened.", "May 3", "accident"},
		{"Two men were at the bar on Friday, when the stabbing took place.", "Friday", "stab"},
		{"Two men were at the bar on Friday, when it happened.", "Friday", "happen"},
		// no when-clause: the verb before the time
		{"The ferry sank on Tuesday when nobody was aboard.", "Tuesday", "sink"},
		{"The ferry sank on Tuesday.", "Tuesday", "sink"},
		// "that" after a time with no "not until" is no cleft
		{"Officers arrested him on Monday that the court freed.", "Monday", "arrest"},
		// "in" and "on" are no particles: a phrase of place or time follows
		{"He died in the crash on Sunday.", "Sunday", "die"},
	} {
		v := mention.Value{Type: mention.VWeekday, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		toks := text.Tokens(tc.sentence)
		got, _, _ := c.headVerb(toks, v)
		if h, _, ok := c.whenClauseHead(toks, v); ok {
			got = h
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// Two articles date one event, one with a when-clause after the time: the
// days differ, and the discrepancy is reported; the verb before the time
// ("stayed open until …") no longer keeps it apart as a stretch of time.
func TestWhenClauseDatesItsEvent(t *testing.T) {
	docs := []string{
		"Depot\n\nThe Orrin depot stayed open until March 2019, when its owners sold the site to a builder.",
		"Depot\n\nIts owners sold the Orrin depot site to a builder in May 2019, the council said.",
		"Depot\n\nThe builder plans flats on the Orrin depot site.",
	}
	if got := kinds(runUndated(docs...).Discrepancies); !strings.Contains(got, "March 2019") || !strings.Contains(got, "May 2019") {
		t.Errorf("got %q, want March 2019 against May 2019", got)
	}
	// Two clauses each dated, of two events: no discrepancy.
	docs = []string{
		"Depot\n\nThe Orrin depot stayed open until March 2019, when a fire gutted its sheds.",
		"Depot\n\nIts owners sold the Orrin depot site to a builder in May 2019, the council said.",
	}
	if got := kinds(runUndated(docs...).Discrepancies); strings.Contains(got, "2019") {
		t.Errorf("got %q, want no month discrepancy", got)
	}
}
