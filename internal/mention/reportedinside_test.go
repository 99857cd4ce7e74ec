package mention

import "testing"

// TestReportedInside: a verb inside the content of a named source's
// statement, in the content's own clause, is a word of what the source
// reports and opens no statement of its own; a verb of saying there still
// does, and so does a verb after a comma or a clause break.
func TestReportedInside(t *testing.T) {
	body := "Councillor Ada Brenn says the ferry company is acting alone and showing contempt for the islanders. " +
		"Harbour master Ines Varga noted that the ferry company has accepted donations from the marina. " +
		"Varga said that Brenn had told the crews the wall was too low. " +
		"Varga said the pumps were too small, and Brenn warned that the wall would fail."
	a := analyze(body)
	byText := map[string]Quote{}
	for _, q := range a.Quotes {
		byText[q.Text] = q
	}
	for _, not := range []string{"contempt for the islanders", "donations from the marina"} {
		if q, ok := byText[not]; ok {
			t.Errorf("statement %q (cue %q, speaker %q) read inside another's content", not, q.Cue, q.Speaker)
		}
	}
	if q := byText["the ferry company is acting alone and showing contempt for the islanders"]; q.Speaker != "Ada Brenn" {
		t.Errorf("Brenn's content = %q, want the whole clause; got %v", q.Text, a.Quotes)
	}
	checkSpeakers(t, a, map[string]speakerWant{
		"the crews the wall was too low": {"Ada Brenn", "Brenn", "named"},
		"the wall would fail":            {"Ada Brenn", "Brenn", "named"},
	})
}

// TestReportedInsideAfterClauseBreak: a cue verb inside another source's
// content after a subordinator ("while", "because") opens a clause of its
// own and a statement of its own. Invented sentences.
func TestReportedInsideAfterClauseBreak(t *testing.T) {
	for _, tc := range []struct{ body, content string }{
		{"Harbour master Ines Varga said the pumps were too small while councillor Ada Brenn believes that the wall is sound.", "the wall is sound"},
		{"Harbour master Ines Varga said the pumps were too small because councillor Ada Brenn fears that the wall is weak.", "the wall is weak"},
	} {
		a := analyze(tc.body)
		found := false
		for _, q := range a.Quotes {
			found = found || q.Text == tc.content && q.Speaker == "Ada Brenn"
		}
		if !found {
			t.Errorf("%q: no statement %q of Ada Brenn; got %v", tc.body, tc.content, a.Quotes)
		}
	}
}

// TestReportedInsideQuoted: a partial quotation inside a reported content
// is no clause break, so a verb after it is still the content's word; a
// participle after a comma and an adverb takes the sentence's subject.
// Invented sentences.
func TestReportedInsideQuoted(t *testing.T) {
	body := "Councillor Ada Brenn says a harbour master has to be able to “start making calls” at once upon assuming the post because the tides wait for no family in town. " +
		"Harbour master Ines Varga, who runs the port for the county, held firm at first but later softened toward Brenn, eventually saying the fee would be cut."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Cue == "assuming" {
			t.Errorf("statement %q read from a gerund inside Brenn's content", q.Text)
		}
	}
	checkSpeakers(t, a, map[string]speakerWant{
		"the fee would be cut": {"Ines Varga", "Ines Varga", "named"},
	})
}
