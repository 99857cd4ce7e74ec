package mention

import (
	"strings"
	"testing"
)

// feature returns the value of the named chooser feature of a candidate.
func feature(t *testing.T, c PronounCandidate, name string) float64 {
	t.Helper()
	for k, n := range PronounFeatureNames {
		if n == name {
			return c.Features[k]
		}
	}
	t.Fatalf("no feature %q", name)
	return 0
}

// quoteWith returns the index of the quote whose text holds s, or fails.
func quoteWith(t *testing.T, a *Analysis, s string) int {
	t.Helper()
	for i, q := range a.Quotes {
		if strings.Contains(q.Text, s) {
			return i
		}
	}
	t.Fatalf("no quote holding %q", s)
	return -1
}

// TestPronounCandidates: with the chooser off (Options.PronounRules) the
// candidates of a "she" are kept; they hold no organisation or place, the
// previous speaker is marked as such, a man's gender clashes, and the hand
// rules' pick is one candidate.
func TestPronounCandidates(t *testing.T) {
	body := "Marta Velez, who chairs the Lakeside Water Board, said the pipes were older than the town.\n\n" +
		"Board member Daniel Ortiz disagreed at the meeting in Fairport.\n\n" +
		"“We have no money for new pipes this year,” she said."
	a := AnalyzeWith(body, Options{PronounRules: true})
	qi := quoteWith(t, a, "no money for new pipes")
	cands := a.PronounCandidates(qi)
	if len(cands) == 0 {
		t.Fatalf("no candidates for the quote's %q", a.Quotes[qi].SpeakerText)
	}
	names := map[string]PronounCandidate{}
	rule := 0
	for _, c := range cands {
		e := a.Entities[c.Entity]
		names[e.Name] = c
		if e.Type == Organization || e.Type == Place {
			t.Errorf("candidate %q (%s) for %q", e.Name, e.Type, "she")
		}
		rule += int(feature(t, c, "rule_pick"))
	}
	c, ok := names["Marta Velez"]
	if !ok {
		t.Fatalf("Marta Velez is no candidate; got %v", names)
	}
	if feature(t, c, "last_fit_speaker") != 1 || feature(t, c, "gender_agrees") != 1 {
		t.Errorf("Marta Velez: last_fit_speaker %v, gender_agrees %v, want 1 and 1", feature(t, c, "last_fit_speaker"), feature(t, c, "gender_agrees"))
	}
	if d, ok := names["Daniel Ortiz"]; !ok || feature(t, d, "gender_clashes") != 1 {
		t.Errorf("Daniel Ortiz: a candidate %v whose gender clashes, want both", ok)
	}
	if rule != 1 {
		t.Errorf("%d candidates carry the rules' pick, want 1", rule)
	}
	if a.Quotes[qi].Speaker != "Marta Velez" {
		t.Errorf("rules gave the quote to %q, want Marta Velez", a.Quotes[qi].Speaker)
	}
	if b := analyze(body); b.PronounCandidates(qi) != nil {
		t.Errorf("candidates kept with the chooser on")
	}
}

// TestPronounChooserNoOrganisation: "he" never goes to an organisation,
// however near, nor to a woman where the rules found no one it fits.
func TestPronounChooserNoOrganisation(t *testing.T) {
	body := "The Cedar Hill Gospel Church opened its hall to families left homeless by the flood, pastor Ruth Adler said on Sunday.\n\n" +
		"He would not tell reporters if the chapel had been threatened."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.SpeakerText != "he" {
			continue
		}
		if q.Entity >= 0 && (a.Entities[q.Entity].Type == Organization || a.Entities[q.Entity].Gender() == 'f') {
			t.Errorf("“%s” given to %q (%s)", q.Text, q.Speaker, a.Entities[q.Entity].Type)
		}
	}
}

// TestPronounPlace: the pronoun that speaks a quote is found before the
// quote's text ("He said that …") or after it ("“…,” he said").
func TestPronounPlace(t *testing.T) {
	for _, tc := range []struct{ body, in, want string }{
		{"Ann Lee met voters. He said that the vote would be close.", "the vote would be close", "He said"},
		{"Ann Lee met voters. “The vote will be close,” he said.", "The vote will be close", "he said."},
	} {
		a := analyze(tc.body)
		qi := quoteWith(t, a, tc.in)
		si, off := a.pronounPlace(a.Quotes[qi], "he")
		if got := a.Sentences[si].Text[off:]; !strings.HasPrefix(got, tc.want) {
			t.Errorf("pronounPlace in %q at %q, want %q", tc.body, got, tc.want)
		}
	}
}
