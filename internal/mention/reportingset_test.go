package mention

import "testing"

// TestReportingVerbsAsWorkedOut checks the verbs reportingVerb answers from
// its set against reportingVerbOf, which works the answer out: every verb
// of the cue table, and words without a row (other verbs, nouns, forms
// that are no base, made-up and empty words), which never report.
func TestReportingVerbsAsWorkedOut(t *testing.T) {
	useOf("")
	n := 0
	for b := range cueVerbs {
		got, want := reportingVerb(b), reportingVerbOf(b)
		if got != want {
			t.Errorf("reportingVerb(%q) = %v, worked out %v", b, got, want)
		}
		if got {
			n++
		}
	}
	if n == 0 || n == len(cueVerbs) {
		t.Fatalf("%d of %d table verbs report: the set is not read", n, len(cueVerbs))
	}
	for _, w := range []string{"", "run", "swim", "ferry", "harbour", "said", "says", "Say", "SAY", "zorbled", "be", "have", "x", "announced"} {
		if _, ok := cueVerbs[w]; ok {
			if got, want := reportingVerb(w), reportingVerbOf(w); got != want {
				t.Errorf("reportingVerb(%q) = %v, worked out %v", w, got, want)
			}
			continue
		}
		if reportingVerb(w) || reportingVerbOf(w) {
			t.Errorf("reportingVerb(%q) without a table row reports", w)
		}
	}
}
