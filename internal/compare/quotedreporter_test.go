package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// A quotation that opens its sentence is held by the subject of the
// reporting clause after it, not by a name in that subject's
// prepositional phrase, even where the quote reader gave the quotation no
// speaker. (Sentences written for this test.)
func TestQuotedReporter(t *testing.T) {
	body := "A night fire gutted the boathouse of the rowing club on the river, its members said. " +
		"The club's captain said she feared the fire was linked to a row over moorings. " +
		"\"The rowing committee is not sure what caused it,\" the Rev. Ansel Hart of the Grange Chapel said on Monday, adding that inspectors were weighing arson among other causes."
	for _, c := range []struct {
		drop string // the reports the quote reader is made to miss
		want string
	}{
		{"quotation", "Ansel Hart doubts"}, // the speaker of the clause's other report ("Rev." is his title)
		{"both", "Ansel Hart doubts"},      // the subject of the reporting clause, not the chapel of its "of" phrase
	} {
		a := doc("a", "Boathouse\n\n"+body, day)
		var kept []mention.Quote
		for _, q := range a.Analysis.Quotes {
			if q.Sentence == 2 && (q.Direct || c.drop == "both") {
				continue
			}
			kept = append(kept, q)
		}
		a.Analysis.Quotes = kept
		docs := []story.Doc{a}
		cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		got := ""
		for _, x := range cm.addresses(claimKey{noun: "fire", comp: "arson"}) {
			if x.sentence == 2 {
				got = x.holder + " " + x.position
			}
		}
		if got != c.want {
			t.Errorf("%s missed: the quotation's holder is %q, want %q", c.drop, got, c.want)
		}
	}
}

// Names are found in a sentence by their offsets in that sentence, in any
// sentence of the article, not only its first. (Sentences written for
// this test.)
func TestEntitySubjectAfterFirstSentence(t *testing.T) {
	body := "Walkers on the old towpath between the two villages were warned on Sunday by the parish council, which has asked the owners of the site to fence it off before the summer season. " +
		"On a grey morning after the long storm that flooded the valley and closed the roads, inspector Sofia Marin said Hollin Mill is a hazard to walkers."
	a := doc("a", "Mill\n\n"+body, day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	got := ""
	for _, x := range c.addresses(claimKey{entity: "Hollin Mill", comp: "hazard"}) {
		got += x.holder + " " + x.position
	}
	if got != "Sofia Marin affirms" {
		t.Errorf("got %q, want %q", got, "Sofia Marin affirms")
	}
}
