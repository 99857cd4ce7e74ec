package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestOwnVerbTimes: of two days in one sentence of a follow-up (the arrest's
// and the shooting's), the shooting's meets the other article's shooting
// day; the arrest day is no counterpart.
func TestOwnVerbTimes(t *testing.T) {
	found := []dayFound{
		{"an arrest day and a changed shooting day in one sentence",
			[]string{
				"Clerk hurt at fuel stop\n\nA night clerk at the Brisco fuel stop on Route 4 was shot in a holdup on Tuesday night, Ferrow police said. He is in fair condition.",
				"Arrest in fuel stop holdup\n\nPolice on Friday arrested a man they say held up the Brisco fuel stop on Route 4 and shot its night clerk on Sunday night.",
			},
			"date:on Tuesday night/on Sunday night"},
		{"a hearing day and a changed shooting day in one sentence",
			[]string{
				"Driver wounded on quay\n\nA van driver was shot on the Pellor quay on Monday morning, harbour police said.",
				"Dockhand in court\n\nA dockhand appeared in court on Thursday accused of having shot a van driver on the Pellor quay on Saturday morning.",
			},
			"date:on Monday morning/on Saturday morning"},
	}
	for _, c := range found {
		if got := kinds(runDated(c.docs...).Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []dayNone{
		{"the arrest day and the same shooting day",
			[]string{
				"Clerk hurt at fuel stop\n\nA night clerk at the Brisco fuel stop on Route 4 was shot in a holdup on Tuesday night, Ferrow police said. He is in fair condition.",
				"Arrest in fuel stop holdup\n\nPolice on Friday arrested a man they say held up the Brisco fuel stop on Route 4 and shot its night clerk on Tuesday night.",
			}},
	}
	for _, c := range none {
		if got := kinds(runDated(c.docs...).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no day conflict", c.name, got)
		}
	}
	timeOf := func(head string) *fact {
		return &fact{v: mention.Value{Type: mention.VWeekday}, head: head}
	}
	rows := []struct {
		name string
		f, g *fact
		want bool
	}{
		{"two days of one verb", timeOf("shoot"), timeOf("shoot"), true},
		{"two days of close verbs", timeOf("shoot"), timeOf("fire"), true},
		// Guards.
		{"an arrest day and a shooting day", timeOf("arrest"), timeOf("shoot"), false},
		{"a day with no verb read", timeOf(""), timeOf(""), false},
	}
	c := &comparer{lx: lexicon.Default()}
	for _, r := range rows {
		if got := c.ownVerbTimes(r.f, r.g); got != r.want {
			t.Errorf("%s: ownVerbTimes %v, want %v", r.name, got, r.want)
		}
	}
}

// TestRelativeMain: a day closing a relative clause on the object of a
// verb of harm dates the harm as well; a past perfect relative clause, a
// main verb of no harm and a "that" clause of saying do not.
func TestRelativeMain(t *testing.T) {
	found := []dayFound{
		{"two relative clauses, two days, one shooting",
			[]string{
				"Grocer fires at robber\n\nThe grocer on Tamber Lane shot a man who tried to rob the store Monday afternoon, Corbel police said.",
				"Grocer fires at robber\n\nA Tamber Lane grocer opened fire on a man who threatened him with a box cutter on Thursday, Corbel police said.",
			},
			"date:Monday afternoon/on Thursday"},
	}
	for _, c := range found {
		if got := kinds(runDated(c.docs...).Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []dayNone{
		{"a past perfect relative clause tells an earlier act",
			[]string{
				"Grocer fires at robber\n\nThe grocer on Tamber Lane shot a man who had robbed the store Monday afternoon, Corbel police said.",
				"Grocer fires at robber\n\nA Tamber Lane grocer opened fire on a man who threatened him with a box cutter on Thursday, Corbel police said.",
			}},
	}
	for _, c := range none {
		if got := kinds(runDated(c.docs...).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no day conflict", c.name, got)
		}
	}
	c := &comparer{lx: lexicon.Default()}
	rows := []struct {
		sent, head string
		want       string
	}{
		{"The grocer shot a man who tried to empty the till Monday afternoon.", "empty", "shoot"},
		{"A grocer opened fire on a man who waved a box cutter at him on Thursday.", "waved", "open fire"},
		// Guards.
		{"The grocer shot a man who had tried to empty the till on Monday.", "empty", ""},
		{"Deputies arrested a man who tried to empty the till on Monday.", "empty", ""},
		{"The grocer said that he shot at the robber on Monday.", "shot", ""},
	}
	for _, r := range rows {
		toks := text.Tokens(r.sent)
		h := -1
		for k, tk := range toks {
			if tk.Lower == r.head {
				h = k
			}
		}
		var got []string
		for _, a := range c.relativeMain(toks, h) {
			got = append(got, a.w)
		}
		if strings.Join(got, ",") != r.want {
			t.Errorf("%q: relativeMain %v, want %q", r.sent, got, r.want)
		}
	}
}
