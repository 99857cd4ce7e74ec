package mention

import "testing"

// TestFrontedAdjunctContentEnds: the content of a verb in a fronted
// adjunct ("In describing X, …") ends at the comma where the main clause
// opens with its own subject and verb of saying; the main clause's
// content keeps its speaker.
func TestFrontedAdjunctContentEnds(t *testing.T) {
	body := "In describing the harbour plan of Tom Hanley, Ostrow said he sees a scheme without money behind it."
	a := analyze(body)
	if _, ok := quoteSpeaker(a, "the harbour plan of Tom Hanley"); !ok {
		var qs []string
		for _, q := range a.Quotes {
			qs = append(qs, q.Text)
		}
		t.Errorf("no content %q ending at the comma; got %q", "the harbour plan of Tom Hanley", qs)
	}
	wantSpeaker(t, "main clause", body, "he sees a scheme without money behind it", "Ostrow")
}
