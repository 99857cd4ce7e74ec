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
