package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// Articles written for these tests (no data set's wording).

// TestComingActsOfTwo: two named people's deeds to come are two acts,
// however alike their words (comingActsOfTwo). Guards: one person named
// in both, one sentence naming no one.
func TestComingActsOfTwo(t *testing.T) {
	none := [][2]string{
		{"Depot thefts\n\nCOBBET — Ilse Varn, a former clerk at a Cobbet bus depot, will be sentenced Tuesday for stealing fares from the depot, prosecutors said.",
			"Depot thefts\n\nCOBBET — Teo Brandt, the former manager of a Cobbet bus depot, will be sentenced Friday for stealing fares from the depot, prosecutors said."},
		{"Quay fraud\n\nOrla Finchley will appear in court Thursday on charges of taking money from the Quay Lane fund, police said.",
			"Quay fraud\n\nMalo Finchley will appear in court Monday on charges of taking money from the Quay Lane fund, police said."},
	}
	for _, tt := range none {
		if got := kinds(run(doc("a", tt[0], plannedPub), doc("b", tt[1], plannedPub)).Discrepancies); got != "" {
			t.Errorf("%q / %q: got %q, want no discrepancy", tt[0], tt[1], got)
		}
	}
	found := [][2]string{
		// one person named in both
		{"Depot thefts\n\nCOBBET — Ilse Varn, 34, of Cobbet, will be sentenced Tuesday for stealing fares from a bus depot, prosecutors said.",
			"Depot thefts\n\nCOBBET — Ilse Varn will be sentenced Friday for stealing fares from a bus depot, prosecutors said."},
		// one sentence names no one
		{"Depot thefts\n\nCOBBET — A former clerk will be sentenced Tuesday for stealing fares from a bus depot, prosecutors said.",
			"Depot thefts\n\nCOBBET — Ilse Varn will be sentenced Friday for stealing fares from a bus depot, prosecutors said."},
	}
	for _, tt := range found {
		got := kinds(run(doc("a", tt[0], plannedPub), doc("b", tt[1], plannedPub)).Discrepancies)
		if !strings.Contains(got, "Tuesday") || !strings.Contains(got, "Friday") {
			t.Errorf("%q / %q: got %q, want Tuesday against Friday", tt[0], tt[1], got)
		}
	}
}

// TestScheduledSubjectAside: the subject of a thing scheduled is read
// before an aside between commas and past an -ing clause after a
// preposition (subjectBeforeAside, prepositionalIng). Guards: people
// before the aside, a clause of time after "after".
func TestScheduledSubjectAside(t *testing.T) {
	found := []struct{ a, b, want string }{
		{"Coach's funeral\n\nThe funeral for Abel Strand, 68, a rowing coach at Pellby for 30 years, is planned for Oct. 17 at the chapel on Mill Hill.",
			"Strand remembered\n\nThe funeral for the rowing coach Abel Strand will be held on Oct. 16 at the chapel on Mill Hill, his family said.",
			"Oct. 17"},
		{"Footbridge\n\nA vote on closing the Sallow footbridge is set for Oct. 20, the council's leader said.",
			"Sallow footbridge\n\nThe town council will vote on Oct. 19 on whether to close the Sallow footbridge.",
			"Oct. 20"},
		{"Ferry inquest\n\nThe inquest, the coroner said, is scheduled for Nov. 3 in Dunmere.",
			"Ferry death\n\nThe inquest into the ferry worker's death will be held on Nov. 5 in Dunmere.",
			"Nov. 3"},
	}
	for _, tt := range found {
		got := kinds(run(doc("a", tt.a, plannedPub), doc("b", tt.b, plannedPub)).Discrepancies)
		if !strings.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want a discrepancy with %q", tt.a, got, tt.want)
		}
	}
	none := [][2]string{
		// people before the aside: no event scheduled
		{"Court list\n\nThe two brothers from Marrow Lane, 19 and 21, are scheduled for Oct. 14, the clerk said.",
			"Court list\n\nThe two brothers from Marrow Lane will be sentenced on Oct. 21."},
	}
	for _, tt := range none {
		if got := kinds(run(doc("a", tt[0], plannedPub), doc("b", tt[1], plannedPub)).Discrepancies); strings.Contains(got, "Oct.") {
			t.Errorf("%q / %q: got %q, want no discrepancy", tt[0], tt[1], got)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{{"a vote on closing the bridge", true}, {"a vote about moving the fair", true}, {"a vote after closing the bridge", false}, {"a vote on the closing", false}} {
		toks := text.Tokens(tt.s)
		k := len(toks) - 1
		for k >= 0 && !strings.HasSuffix(toks[k].Lower, "ing") {
			k--
		}
		if got := prepositionalIng(toks, k); got != tt.want {
			t.Errorf("prepositionalIng(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
