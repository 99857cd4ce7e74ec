package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// readingOf reads one invented sentence as an article of its own and
// returns the holder and position of the proposition whose claim holds
// word, ok false when none does.
func readingOf(sentence, word string) (holder, position string, ok bool) {
	docs := []story.Doc{doc("a", "Notes\n\n"+sentence, day)}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for _, p := range c.predications() {
		if !p.headline && strings.Contains(renderClaim(p), word) {
			return p.holder, p.position(), true
		}
	}
	return "", "", false
}

// An unnamed spokesperson speaks for the one named in a "for" phrase,
// as a premodifier or as a genitive; a spokesperson named in apposition
// or before the name, and a lawyer, speak for themselves. (Sentences and
// names invented for this test.)
func TestSpokespersonHolder(t *testing.T) {
	for _, tc := range []struct{ sent, word, want string }{
		{"A spokeswoman for the Marlow Transit Authority said the tunnel was unsafe.", "tunnel", "Marlow Transit Authority"},
		{"A Kestrel Airways spokesman said the runway was unsafe.", "runway", "Kestrel Airways"},
		{"A spokesman for Senator Hal Brigg said the senator was innocent.", "senator", "Hal Brigg"},
		{"A spokesman for Mayor Rin Taft's office said the tram was late.", "tram", "Rin Taft"},
		{"A spokeswoman for the mayor's office said the ferry timetable was wrong.", "timetable", "mayor"},
		// guards
		{"A spokesman for the insurer, Piet Vandal, said the claim was false.", "claim", "Piet Vandal"},
		{"Kestrel Airways spokesman Omar Lenz said the hangar was unsafe.", "hangar", "Omar Lenz"},
		{"A lawyer for the Penner family said the landlord was negligent.", "landlord", "lawyer"},
		{"A former spokesman for Kestrel Airways said the luggage belt was unsafe.", "belt", "former spokesman"},
		{"A spokeswoman of long standing said the quarry road was unsafe.", "quarry", "spokeswoman"},
	} {
		h, _, ok := readingOf(tc.sent, tc.word)
		if !ok || h != tc.want {
			t.Errorf("%q: holder %q (read %v), want %q", tc.sent, h, ok, tc.want)
		}
	}
}

// The -ing participle of a supplementive clause has the main clause's
// subject, not the object before the comma; a speaker who opens the
// sentence, or who follows a verb of saying, keeps the report. (Sentences
// and names invented for this test.)
func TestSupplementiveSpeaker(t *testing.T) {
	for _, tc := range []struct{ sent, word, want string }{
		{"Residents of Talbury sued Corvane Chemicals on Monday, saying the company was negligent.", "negligent", "Residents of Talbury"},
		{"Inspectors fined Dorset Haulage on Friday, saying the firm was negligent.", "firm", "nspectors"},
		{"The Orvel Transport Board fined Dorset Haulage, saying the haulier was negligent.", "haulier", "Orvel Transport Board"},
		{"On Monday, inspectors fined Pell Freight, saying the depot was filthy.", "depot", "inspectors"},
		{"The council urged Mayor Rin Taft to resign, saying the budget was wrong.", "budget", "council"},
		// guards
		{"Corvane Chemicals answered the suit on Tuesday, saying the tanks were sound.", "tanks", "Corvane Chemicals"},
		{"The tanks were sound, said Ida Moss, adding that the valves were new.", "valves", "Ida Moss"},
		{"\"The pipes were sound,\" said Ida Moss, adding that the pumps were new.", "pumps", "Ida Moss"},
	} {
		h, _, ok := readingOf(tc.sent, tc.word)
		if !ok || !strings.Contains(h, tc.want) {
			t.Errorf("%q: holder %q (read %v), want %q", tc.sent, h, ok, tc.want)
		}
	}
}

// A negated adjective of certainty or a negated verb of excluding before
// "that" leaves the clause open: the holder doubts it. A negated verb of
// saying says nothing of its clause: no position. (Sentences and names
// invented for this test.)
func TestNegatedCertaintyAndSaying(t *testing.T) {
	for _, tc := range []struct{ sent, word, want string }{
		{"Engineer Rosa Kell said it was not certain that the dam was unsafe.", "dam", "doubts"},
		{"Rosa Kell could not rule out that the pier was unsafe.", "pier", "doubts"},
		{"Rosa Kell said she was not sure that the school was unsafe.", "school", "doubts"},
		{"Rosa Kell did not say the depot was unsafe.", "depot", ""},
		{"Rosa Kell never claimed that the ferry was unsafe.", "ferry", ""},
		{"Rosa Kell said she had never been so sure that the sluice was unsafe.", "sluice", "affirms"},
		{"Police could not rule out the possibility that the fire was arson.", "fire", "doubts"},
		{"Rosa Kell had not said it before, but she said on Monday the wharf was unsafe.", "wharf", "affirms"},
		{"Rosa Kell said on Monday that the jetty was unsafe, something she had not said in March.", "jetty", "affirms"},
		// guards
		{"Rosa Kell said she was certain that the mill was unsafe.", "mill", "affirms"},
		{"Rosa Kell said it was clear that the barn was unsafe.", "barn", "affirms"},
		{"Rosa Kell does not believe the warehouse was unsafe.", "warehouse", "denies"},
		{"Rosa Kell said the quay was not unsafe.", "quay", "denies"},
		{"Rosa Kell said she was not so sure that the weir was unsafe.", "weir", "doubts"},
		{"Ivo Brant never said the meters were faulty, his office said.", "meters", ""},
	} {
		_, pos, _ := readingOf(tc.sent, tc.word)
		if pos != tc.want {
			t.Errorf("%q: position %q, want %q", tc.sent, pos, tc.want)
		}
	}
}
