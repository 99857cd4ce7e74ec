package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// TestLinkListStart reads where a page's trailing list of other stories'
// headlines starts.
func TestLinkListStart(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	body := "Four people were hurt when a bus hit a wall on Elm Street, police said.\n\nThe driver was not hurt."
	cases := []struct {
		name, text string
		want       int // sentences before the list
	}{
		{"a list of links", body + "\n\nMore from the Herald:\n\nTwo hurt in crash on Oak Road\n\nCouncil delays vote on budget", 2},
		{"no list", body, 2},
		{"one line only", body + "\n\nCopyright 2023 The Herald", 3},
		{"the article's own list", body + "\n\nThree others were taken to hospitals:\n\nMercy Hospital, two\n\nCounty General, one", 5},
		{"after prose without its stop", body + " The bus was empty\n\nTwo hurt in crash on Oak Road\n\nCouncil delays vote on budget", 3},
		{"an embedded post", body + "\n\nTwo hurt in crash on Oak Road\n\nBus hits wall, four hurt — Dana Roe (@danaroe) May 9, 2023", 4},
	}
	for _, c := range cases {
		a := mention.Analyze(c.text, pub, 0.9)
		if got := linkListStart(a); got != c.want {
			t.Errorf("%s: got %d, want %d (%d sentences)", c.name, got, c.want, len(a.Sentences))
		}
	}
}

// TestLinkListFacts: another story's linked headline gives no value to
// compare.
func TestLinkListFacts(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	x := "A bus hit a wall on Elm Street on Tuesday, police said.\n\nThe driver was not hurt.\n\nMore from the Herald:\n\nTwo people were hurt when a bus hit a wall, police said\n\nCouncil delays vote on budget"
	y := "Four people were hurt when a city bus hit a wall on Elm Street on Tuesday, police said."
	docs := []story.Doc{doc("a", "Bus hits wall\n\n"+x, pub), doc("b", "Four hurt as bus hits wall\n\n"+y, pub)}
	m := story.Assemble(&corroborate.Story{}, docs)
	if got := numberKinds(Compare(Input{Docs: docs, Merged: m}).Discrepancies); got != "" {
		t.Errorf("got %q, want none", got)
	}
}
