package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/text"
)

func TestActsMostly(t *testing.T) {
	for _, c := range []struct {
		verb string
		want bool
	}{
		{"cause", true},     // a deed: no that-clause, a little saying
		{"endanger", true},  // likewise
		{"say", false},      // saying
		{"announce", false}, // saying, with a that-clause
		{"estimate", false}, // thinking, with a that-clause
		{"believe", false},
	} {
		if got := ActsMostly(c.verb); got != c.want {
			t.Errorf("ActsMostly(%q) = %v, want %v", c.verb, got, c.want)
		}
	}
}

// An amount after a verb that mostly acts is its object, not what was
// said: the attribution at the end of the sentence is read instead.
// (Sentences written for this test.)
func TestAmountIsNoReportedContent(t *testing.T) {
	for _, c := range []struct{ body, speaker, cue string }{
		{"The mill burned on Friday. The fire caused more than $2 million in damages, the Coastal Daily Herald reported.", "Coastal Daily Herald", "reported"},
		{"The mill burned on Friday. The fire caused about $2 million in damage, the Coastal Daily Herald reported.", "Coastal Daily Herald", "reported"},
		{"The mill burned on Friday. The fire caused an estimated 40 evacuations, the Coastal Daily Herald reported.", "Coastal Daily Herald", "reported"},
		{"The mill burned on Friday. The owner announced 40 layoffs, the Coastal Daily Herald reported.", "", "announced"}, // a verb of saying keeps its object
	} {
		a := Analyze(c.body, dates.Date{}, 0)
		var got []string
		ok := false
		for _, q := range a.Quotes {
			got = append(got, q.Cue+"/"+q.Speaker)
			if q.Cue == c.cue && (c.speaker == "" || q.Speaker == c.speaker) {
				ok = true
			}
			if c.speaker != "" && q.Cue == "caused" {
				ok = false
				break
			}
		}
		if !ok {
			t.Errorf("%q: want cue %q speaker %q, got %v", c.body, c.cue, c.speaker, got)
		}
	}
}

func TestAmountAt(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"$2 million in damage", true},
		{"more than $2 million", true},
		{"up to 40 homes", true},
		{"an estimated 40 homes", true},
		{"heavy damage", false},
		{"the roof", false},
		{"some of the homes", false},
	} {
		toks := text.Tokens(c.s)
		if got := amountAt(toks, 0); got != c.want {
			t.Errorf("amountAt(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
