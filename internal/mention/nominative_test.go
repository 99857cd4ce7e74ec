package mention

import "testing"

// TestNominativePronounPhrase: a nominative pronoun closes a speaker
// window's last noun phrase by its form alone, after a participle or a
// verb and before negated auxiliaries; "it" and "you" do not.
func TestNominativePronounPhrase(t *testing.T) {
	for window, want := range map[string]string{
		"Ana Ruiz backed Cole's bill, saying she had not": "she",
		"The two aides, hoping they hadn't yet":           "they",
		"hoping we":                                       "we",
		"Doe insisted she":                                "Doe insisted she",
		"Tarn voters say they":                            "Tarn voters say they",
		"By the spring she was":                           "she",
		"Cole's bill, calling it":                         "calling it",
		"Though he never":                                 "he",
		"hungry for what she":                             "hungry for what she",
		"the council members":                             "the council members",
	} {
		if got := lastNP(window); got != want {
			t.Errorf("lastNP(%q) = %q, want %q", window, got, want)
		}
	}
}

// TestPronounSubjectInsideReport: the subject pronoun of a clause inside a
// participle's report speaks for that clause's own cue, not a possessor
// named before it; a nationality that opens the main clause after a
// fronted phrase is no reason to read the report's pronoun instead.
func TestPronounSubjectInsideReport(t *testing.T) {
	body := "Dana Moreau endorsed Walsh's plan on Monday, saying she hadn't yet called for the mayor's resignation.\n\n" +
		"In praising the new port director, Cuban said he sees someone with the patience the job needs."
	a := analyze(body)
	for _, q := range a.Quotes {
		switch q.Text {
		case "the mayor's resignation":
			if q.Speaker != "Dana Moreau" || q.SpeakerText != "she" {
				t.Errorf("speaker of %q = %q (as %q), want Dana Moreau as she", q.Text, q.Speaker, q.SpeakerText)
			}
		case "the new port director":
			if q.SpeakerText == "he" {
				t.Errorf("speaker of %q read from the report's pronoun", q.Text)
			}
		}
	}
}

// TestReporterBeforePronoun: after a comma, a name that reports the
// clause a subject pronoun opens ("Dana Moreau said she …") stays the
// speaker phrase of the pronoun's own cue.
func TestReporterBeforePronoun(t *testing.T) {
	a := analyze("Ann Reyes spoke first and left.\n\nOn Monday, Dana Moreau said she had not called for the mayor's resignation.")
	for _, q := range a.Quotes {
		if q.Text == "the mayor's resignation" && (q.Speaker != "Dana Moreau" || q.SpeakerText != "Dana Moreau") {
			t.Errorf("speaker of %q = %q (as %q), want Dana Moreau as written", q.Text, q.Speaker, q.SpeakerText)
		}
	}
}
