package compare

import (
	"reflect"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for this test (no data set's wording).

// TestReadingTokensAsText: what the comparison now takes from the reading
// instead of tokenizing again is what the text gives: each fact's tokens
// are its sentence's, and a sentence's counted figures read from its
// tokens are those read from its text.
func TestReadingTokensAsText(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 2}
	docs := []story.Doc{
		doc("r1", "Fire\n\nFire crews fought a blaze at a warehouse on Mill Road at 3 a.m. Monday, and 3 firefighters were hurt, officials said. Two men, 24 and 31, were held on Tuesday.", pub),
		doc("r2", "Warehouse fire\n\nFour firefighters were hurt on Monday as a blaze tore through a 2-story warehouse on Mill Road. It happened at dawn Monday, a spokesman said.", pub),
	}
	m := story.Assemble(&corroborate.Story{}, docs)
	c := newComparer(Input{Docs: docs, Merged: m})
	n := 0
	for di, d := range docs {
		df := c.docFactsOf(d.Analysis, docMerged{m, di})
		for _, f := range df.facts {
			n++
			want := text.Tokens(f.sent)
			text.ReadBases(want) // a reading's words keep their base forms
			if f.toks == nil || !reflect.DeepEqual(f.toks, want) {
				t.Errorf("fact %q: tokens %v, want those of its sentence", f.v.Text, f.toks)
			}
		}
		for si, s := range d.Analysis.Sentences {
			if got, want := c.valueNounsIn(sentenceTokens(d.Analysis, si)), c.valueNouns(s.Text); !reflect.DeepEqual(got, want) {
				t.Errorf("valueNounsIn(%q) = %v, want %v", s.Text, got, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no facts read")
	}
	f := fact{sent: "It happened at dawn Monday."}
	if !reflect.DeepEqual(f.tokens(), text.Tokens(f.sent)) {
		t.Error("a fact made without tokens does not read its sentence's")
	}
}

// TestSuspectWordRemembered: suspectWords answers as the WordNet look-ups
// do, the second time from what it remembers.
func TestSuspectWordRemembered(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		words map[string]bool
		want  bool
	}{
		{map[string]bool{"police": true, "arrested": true}, true},
		{map[string]bool{"suspect": true, "car": true}, true},
		{map[string]bool{"warehouse": true, "blaze": true}, false},
	} {
		for range 2 {
			if got := c.suspectWords(&fact{sentWords: tc.words}); got != tc.want {
				t.Errorf("suspectWords(%v) = %v, want %v", tc.words, got, tc.want)
			}
		}
	}
	if !c.suspects["arrested"] || c.suspects["warehouse"] {
		t.Errorf("remembered %v", c.suspects)
	}
}
