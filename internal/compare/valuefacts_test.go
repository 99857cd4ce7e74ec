package compare

import (
	"reflect"
	"sort"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for this test (no data set's wording).

// factsOfBefore is how a part of the thread's facts was read and marked
// before session 46 (factsOf): the answers TestValueFactsOneSlice holds
// readFacts and markFacts to.
func factsOfBefore(c *comparer, docs []story.Doc, merged []docMerged, lo, hi int) []fact {
	read := make([]*docFacts, hi-lo)
	nest := sceneNest{}
	n, ns := 0, 0
	for di := lo; di < hi; di++ {
		read[di-lo] = c.docFactsOf(docs[di].Analysis, merged[di])
		for _, p := range read[di-lo].nest {
			nest[p] = true
		}
		n, ns = n+len(read[di-lo].facts), ns+len(read[di-lo].stretches)
	}
	out, stretches := make([]fact, 0, n+ns), make([]fact, 0, ns)
	for di := lo; di < hi; di++ {
		for _, f := range read[di-lo].facts {
			f.doc, f.nest = di, nest
			out = append(out, f)
		}
		for _, f := range read[di-lo].stretches {
			f.doc, f.nest = di, nest
			stretches = append(stretches, f)
		}
	}
	c.markTallies(out)
	markRoundups(out)
	c.markMainEvents(out)
	return append(out, stretches...)
}

// valueFactsBefore is valueFacts before session 46: the far facts
// appended to the near ones.
func valueFactsBefore(c *comparer) []fact {
	docs, merged := c.valueDocs()
	out := factsOfBefore(c, docs, merged, 0, c.nearN)
	if c.nearN < len(docs) {
		out = append(out, factsOfBefore(c, docs, merged, c.nearN, len(docs))...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].doc != out[j].doc {
			return out[i].doc < out[j].doc
		}
		if out[i].v.Sentence != out[j].v.Sentence {
			return out[i].v.Sentence < out[j].v.Sentence
		}
		return out[i].v.Start < out[j].v.Start
	})
	return out
}

// TestValueFactsOneSlice: the thread's facts, near and far, are read
// before they are marked and gathered in one slice of their number; they
// are the facts, marked alike, that marking each part and appending the
// far facts to the near ones gave.
func TestValueFactsOneSlice(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 2}
	later := dates.Date{Year: 2023, Month: 6, Day: 20}
	near := []story.Doc{
		doc("a", "Ferry fire\n\nA fire broke out on the ferry Larkspur on Monday, and 12 passengers were hurt. Crews fought the blaze from Monday to Wednesday.", pub),
		doc("b", "Ferry blaze\n\nFourteen passengers were injured when fire swept the ferry Larkspur on Monday night, officials said. The captain, 51, was questioned.", pub),
	}
	far := []story.Doc{
		doc("c", "Ferry inquiry\n\nAn inquiry into the Larkspur fire opened on Tuesday; 3 crew members and the captain, 52, gave evidence from June 12 to June 16.", later),
	}
	in := func() Input {
		return Input{Docs: near, Merged: story.Assemble(&corroborate.Story{}, near),
			Context: []Context{{Docs: far, Merged: story.Assemble(&corroborate.Story{}, far)}}}
	}
	c := newComparer(in())
	c.withFar = true // as valueDiscrepancies reads them
	got := c.valueFacts()
	if c.nearN >= len(c.all) {
		t.Fatalf("the related story is no far one (near %d of %d docs): the test reads no far facts", c.nearN, len(c.all))
	}
	if cap(got) != len(got) {
		t.Errorf("the facts' slice holds room for %d, want %d", cap(got), len(got))
	}
	b := newComparer(in())
	b.withFar = true
	want := valueFactsBefore(b)
	if len(want) < 6 {
		t.Fatalf("only %d facts read: the test reads too few", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("valueFacts gives other facts than before:\n got %d facts\nwant %d", len(got), len(want))
	}
}
