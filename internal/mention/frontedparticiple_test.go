package mention

import (
	"strings"
	"testing"
)

// TestFrontedParticiple: a sentence opening with the -ing form of a verb
// of saying or thinking that takes a "that" clause is a statement of the
// main clause's subject, its content the participle's clause; the clause's
// own words are not read as another cue's content. A participle of where
// or to whom ("Speaking to …"), one of no proposition ("Smiling …") and
// one before a main clause of "be" state nothing. The content drops the
// participle's "that", as a cue's content does, and runs past commas that
// a relative word or a verb follows. Invented sentences.
func TestFrontedParticiple(t *testing.T) {
	lead := "Harbour master Ines Varga spoke on Monday. "
	a := analyze(lead + "Acknowledging that the sea wall had cracked, Varga promised repairs before winter.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the sea wall had cracked": {"Ines Varga", "Varga", "subject"},
	})
	for _, q := range a.Quotes {
		if q.Text == "Acknowledging that the sea wall had cracked" {
			t.Errorf("the fronted clause read as the content of %q", q.Cue)
		}
	}
	a = analyze(lead + "Noting that engineers had said the wall was weak, Varga ordered repairs.")
	checkSpeakers(t, a, map[string]speakerWant{
		"engineers had said the wall was weak": {"Ines Varga", "Varga", "subject"},
	})
	if q, ok := quotesByText(a)["the wall was weak"]; ok {
		t.Errorf("a cue inside the fronted clause read apart (cue %q)", q.Cue)
	}
	a = analyze(lead + "Conceding that the pumps were too small, she ordered two more.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the pumps were too small": {"Ines Varga", "she", "pronoun"},
	})
	// A comma inside the fronted clause: the subject is after the comma
	// that no relative word or verb follows.
	a = analyze(lead + "Conceding that the port, which the city owns, had flooded, Varga closed the quay.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the port, which the city owns, had flooded": {"Ines Varga", "Varga", "subject"},
	})
	for _, body := range []string{
		"Speaking to reporters at the quay, Varga said the wall would hold.",
		"Writing in the harbour newsletter, Varga said the wall would hold.",
		"Smiling broadly at the crowd, Varga thanked the crew.",
		"Noting that the tide was high, Varga is the only official left.",
	} {
		for _, q := range analyze(lead + body).Quotes {
			if q.Sentence == 1 && strings.HasSuffix(q.Cue, "ing") {
				t.Errorf("%q: statement %q (cue %q)", body, q.Text, q.Cue)
			}
		}
	}
}

// TestFrontedParticipleObject: a participle followed by a noun phrase, its
// object, states nothing ("Knowing the risks, …"); one followed by a
// clause without "that" (a subject and a finite verb) does. Invented
// sentences.
func TestFrontedParticipleObject(t *testing.T) {
	lead := "Harbour master Ines Varga spoke on Monday. "
	for _, body := range []string{
		"Knowing the risks of the crossing, Varga sailed anyway.",
		"Remembering the storms of last winter, Varga ordered new pumps.",
		"Expecting a long delay at the locks, Varga left early.",
		"Considering the cost of the repairs, Varga chose the cheaper plan.",
		"Accepting the ministry's findings on the wall, Varga resigned.",
		"Reading the inspectors' report aloud, Varga paused twice.",
		"Remembering the storms that had wrecked the quay, Varga ordered new pumps.",
		"Considering the damage caused by the flood, Varga closed the quay.",
	} {
		for _, q := range analyze(lead + body).Quotes {
			if q.Sentence == 1 && strings.HasSuffix(q.Cue, "ing") {
				t.Errorf("%q: statement %q (cue %q)", body, q.Text, q.Cue)
			}
		}
	}
	a := analyze(lead + "Knowing the crossing was risky, Varga sailed anyway.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the crossing was risky": {"Ines Varga", "Varga", "subject"},
	})
}
