package mention

import "testing"

// TestDayAdjunctNotInSpeaker: a weekday after a speaker is a time adjunct,
// no part of the name ("said … Tomas Ferrante Monday") nor of the speaker
// phrase ("Lakeside police on Thursday said"); a three-letter weekday form
// before another capitalised word opens a name ("the Sun Herald Media
// Group"); "Orchard police" keeps its place as the phrase's modifier.
func TestDayAdjunctNotInSpeaker(t *testing.T) {
	body := "The ferry pier closed after sixty years of service.\n\n" +
		"\"He was the last of the old pilots,\" said former harbour inspector Tomas Ferrante Monday.\n\n" +
		"Lakeside police on Thursday said the pilot had retired in the spring.\n\n" +
		"According to the Sun Herald Media Group, the pier had been repaired twice.\n\n" +
		"Orchard police said the pier would reopen in May."
	a := analyze(body)
	bySentence := map[string]Quote{}
	for _, q := range a.Quotes {
		bySentence[q.Text] = q
	}
	for text, want := range map[string]string{
		"He was the last of the old pilots":   "Tomas Ferrante",
		"the pier had been repaired twice":    "Sun Herald Media Group",
		"the pilot had retired in the spring": "",
	} {
		q, ok := bySentence[text]
		if !ok {
			t.Errorf("no quote %q (all %+v)", text, a.Quotes)
			continue
		}
		if q.Speaker != want {
			t.Errorf("speaker of %q = %q (text %q), want %q", text, q.Speaker, q.SpeakerText, want)
		}
	}
	if q := bySentence["the pier would reopen in May"]; q.SpeakerText != "Orchard police" {
		t.Errorf("speaker phrase of %q = %q, want %q: a noun of a group keeps its modifier", q.Text, q.SpeakerText, "Orchard police")
	}
	if q := bySentence["the pilot had retired in the spring"]; q.SpeakerText != "Lakeside police" {
		t.Errorf("speaker phrase of %q = %q, want %q", q.Text, q.SpeakerText, "Lakeside police")
	}
}
