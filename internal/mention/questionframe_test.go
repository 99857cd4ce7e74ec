package mention

import (
	"strings"
	"testing"
)

// TestQuestionAndHeadlineFrames: a question put in a passive or an absolute
// "asked" is a statement of no one named, its content the question; a
// headline "SOURCE: CONTENT" attributes the content to the person or
// organisation before the colon, never to a label in capitals or a word
// that names no one. A question another reading already holds is not
// read twice.
func TestQuestionAndHeadlineFrames(t *testing.T) {
	body := "Harbour chief Ida Brenn: ferry fares will rise in the spring\n\n" +
		"The harbour board met in Calloway on Monday. " +
		"Asked whether the night ferry would keep running, Brenn said the boats were ready. " +
		"Brenn was asked about the toll bridge during a radio interview. " +
		"When asked why the pier closed, the clerk shrugged."
	a := analyze(body)
	wants := map[string]speakerWant{
		"ferry fares will rise in the spring":        {"Ida Brenn", "Ida Brenn", "named"},
		"whether the night ferry would keep running": {"", "", "unnamed"},
		"the toll bridge during a radio interview":   {"", "", "unnamed"},
	}
	got := checkSpeakers(t, a, wants)
	n := 0
	for text := range got {
		if strings.HasPrefix(text, "why the pier closed") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d readings of one question, want 1; got %v", n, keysOf(got))
	}
	for _, label := range []string{"UPDATE", "The Latest"} {
		b := analyze(label + ": ferry fares will rise in the spring\n\nThe harbour board met in Calloway on Monday.")
		for _, q := range b.Quotes {
			t.Errorf("%s: a label was read as a source: %q", label, q.Text)
		}
	}
}
