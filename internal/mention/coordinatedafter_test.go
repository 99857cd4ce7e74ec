package mention

import (
	"strings"
	"testing"
)

// TestCoordinatedClauseAfterQuote: a partial quote inside a reported
// clause keeps that clause's speaker when a coordinated clause with a
// verb of its own follows it (", and Roe vowed …"); a reporting clause
// before the coordinator still attributes the quote.
func TestCoordinatedClauseAfterQuote(t *testing.T) {
	body := "The rivals traded colourful words. Pell said he would make the harbour \"shine at night,\" for instance, and Voss vowed to \"sink the ferries\" out of spite."
	wantSpeaker(t, "coordinated clause", body, "shine at night", "Pell")
	wantSpeaker(t, "its own cue", body, "sink the ferries", "Voss")
	wantSpeaker(t, "but", "The rivals traded colourful words. Pell said he would make the harbour \"shine at night,\" for instance, but Voss vowed to \"sink the ferries\" out of spite.", "shine at night", "Pell")
	// A coordinator with no comma before it, after names only, or ending
	// a series joins the subject of the reporting clause.
	wantCue(t, "no comma", "“The pier stays open,” the mayor and Berg said.", "The pier stays open", "said")
	wantCue(t, "names only", "“The pier stays open,” Lund, Berg, and Kessler said.", "The pier stays open", "said")
	wantCue(t, "two names", "“The pier stays open,” Mayor Lund, and Berg said.", "The pier stays open", "said")
	wantCue(t, "series", "“The pier stays open,” the mayor, Lund, and the harbourmaster said.", "The pier stays open", "said")
	wantSpeaker(t, "cue before the coordinator", "The ferry board met at noon. “The ferry will not run on Sundays,” Pell said, and Voss nodded.", "The ferry will not run on Sundays", "Pell")
}

// wantCue analyses body and checks that its quote whose text is quote is
// attributed by the cue want; label names the case in a failure.
func wantCue(t *testing.T, label, body, quote, want string) {
	t.Helper()
	for _, q := range analyze(body).Quotes {
		if strings.TrimSpace(q.Text) == quote {
			if q.Cue != want {
				t.Errorf("%s: cue of %q = %q, want %q", label, quote, q.Cue, want)
			}
			return
		}
	}
	t.Errorf("%s: no quote %q", label, quote)
}

// TestCoordinatedReportingClause: a reporting clause coordinated after
// the one that attributes a quotation (", and she added that …") is an
// attribution of its own: the "that" after it is its verb's, not the
// first verb's, whose content would else run across the coordinator.
func TestCoordinatedReportingClause(t *testing.T) {
	body := "Senator Ada Voss toured the Lowmoor docks on Friday. \"The pier stays open,\" Voss said, and she added that the ferry would run again in May."
	wantCue(t, "added", body, "the ferry would run again in May", "added")
	wantSpeaker(t, "added", body, "the ferry would run again in May", "Ada Voss")
	wantCue(t, "the quote", body, "The pier stays open", "said")
}
