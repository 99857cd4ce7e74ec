package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// holdersOf lists the holder of every proposition read from the sentence
// of body that contains marker.
func holdersOf(t *testing.T, body, marker string) []string {
	t.Helper()
	d := doc("a", "Ferry\n\n"+body, day)
	docs := []story.Doc{d}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	var out []string
	for _, p := range c.predications() {
		if !p.headline && strings.Contains(p.sentence, marker) {
			h := p.holder
			if p.own {
				h = "own"
			}
			out = append(out, h)
		}
	}
	return out
}

// wantHolder checks that body reads at least one proposition around
// marker and that every one is held by want.
func wantHolder(t *testing.T, body, marker, want string) {
	t.Helper()
	got := holdersOf(t, body, marker)
	if len(got) == 0 {
		t.Errorf("%q: no proposition read", body)
	}
	for _, h := range got {
		if h != want {
			t.Errorf("%q: holder %q, want %q", body, h, want)
		}
	}
}

// The subject of a passive verb of saying is no speaker: "she was
// pronounced dead", "he was listed in fair condition" report nothing she
// or he said. (Sentences written for this test.)
func TestPassiveCueHolder(t *testing.T) {
	for _, tc := range []struct{ body, marker, want string }{
		{"Ruth Alder was hurt in the crash on the ring road. She was taken to Elm Hospital, where she was pronounced dead.", "Elm Hospital", "own"},
		{"Ruth Alder was hurt in the crash on the ring road. Alder was taken to Elm Hospital, where she was later listed in stable condition.", "Elm Hospital", "own"},
		// The frame "was quoted as saying" has a speaker as its subject.
		{"Ruth Alder ran the ferry line for years. \"The ferry was late every day,\" Alder was quoted as saying.", "late every day", "Ruth Alder"},
	} {
		wantHolder(t, tc.body, tc.marker, tc.want)
	}
}

// A possessive determiner before the speaker's noun refers to someone
// else: "his sisters said" is said by the sisters, not by him.
// (Sentences written for this test.)
func TestPossessedSpeakerHolder(t *testing.T) {
	for _, tc := range []struct{ body, marker, want string }{
		{"Tomas Brandt worked on the ferry for a decade. He was a careful pilot who knew every reef, his sisters said.", "careful pilot", "his sisters"},
		{"Tomas Brandt worked on the ferry for a decade. His sisters also said he was a careful pilot.", "careful pilot", "his sisters"},
		{"Tomas Brandt worked on the ferry for a decade. According to his father, the ferry left the harbour late.", "harbour late", "his father"},
		// A role relative to the possessor is not the story's one holder
		// of that title.
		{"Tomas Brandt was charged on Monday. Assistant District Attorney Vera Lund said the boat had been stolen. The ferry reached the harbour late, his attorney said.", "harbour late", "his attorney"},
		// A document the possessive determines names no holder.
		{"Tomas Brandt worked on the ferry for a decade. The ferry left the harbour late, according to his online profile.", "harbour late", ""},
	} {
		wantHolder(t, tc.body, tc.marker, tc.want)
	}
}

// quoteAtAsBefore is quoteAt as it read every report before: the cue
// tests asked of each report first, its place after.
func quoteAtAsBefore(c *comparer, di, off int) int {
	a := c.in.Docs[di].Analysis
	in := -1
	for i, q := range a.Quotes {
		if q.CueOnly() || c.infinitiveCue(q) || c.passiveCue(di, q) {
			continue
		}
		if q.Start <= off && off < q.End && (in < 0 || q.Start > a.Quotes[in].Start || q.Start == a.Quotes[in].Start && q.End < a.Quotes[in].End) {
			in = i
		}
	}
	return in
}

// TestQuoteAtAsBefore: quoteAt, which asks a report's place before its
// cue tests, finds the report quoteAtAsBefore finds at every byte of
// articles with nested, passive, infinitive and direct reports.
// (Sentences written for this test.)
func TestQuoteAtAsBefore(t *testing.T) {
	bodies := []string{
		"Ruth Alder was hurt in the crash on the ring road. She was taken to Elm Hospital, where she was pronounced dead. \"The ferry was late every day,\" Alder was quoted as saying.",
		"Tomas Brandt said his sisters told him the ferry had left late. \"I knew every reef,\" he said, adding that the pilot said the boat was sound. Brandt would not be returning to coach the team.",
		"Officials said that the mayor had claimed that the bridge was safe, and critics say the report was wrong. According to his father, the ferry left the harbour late.",
		"\"The mayor told us the bridge was safe and the pilot said the boat was sound,\" Alder said. Police said witnesses told them the driver said he was tired.",
	}
	var docs []story.Doc
	for i, b := range bodies {
		docs = append(docs, doc(string(rune('a'+i)), "Ferry\n\n"+b, day))
	}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	found := 0
	// Read twice: the reports in the reader's order (outer first), then
	// in the reverse order (inner first).
	for range 2 {
		for di, d := range docs {
			for off := 0; off <= len(bodies[di])+40; off++ {
				got, want := c.quoteAt(di, off), quoteAtAsBefore(c, di, off)
				if got != want {
					t.Errorf("article %d, byte %d: report %d, want %d", di, off, got, want)
				}
				if got >= 0 {
					found++
				}
			}
			slices.Reverse(d.Analysis.Quotes)
		}
	}
	if found == 0 {
		t.Error("no report found at any byte")
	}
}
