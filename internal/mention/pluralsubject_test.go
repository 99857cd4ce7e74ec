package mention

import "testing"

// TestPluralSubjectBaseVerb: a reporting verb in its base form speaks for a
// plural subject that is a capitalised group noun, a quantifying pronoun
// or a plural noun before an aside set off by commas, when a clause or an
// infinitive follows; and in a medial or closing frame after a plural
// noun. A base form that a following noun makes a noun is no cue.
func TestPluralSubjectBaseVerb(t *testing.T) {
	body := "The island council met in Harrowby on Monday. " +
		"Skippers say the crossing will close for the winter. " +
		"Most say they will moor their boats at the north quay. " +
		"Shopkeepers, for their part, argue that the closure will empty the high street. " +
		"The tides, several skippers believe, have grown stronger since the spring. " +
		"Many state museums open late in summer. " +
		"The mayor had one demand, a new youth jobs program."
	a := analyze(body)
	got := quotesByText(a)
	for _, want := range []string{
		"the crossing will close for the winter",
		"they will moor their boats at the north quay",
		"the closure will empty the high street",
		"The tides have grown stronger since the spring",
	} {
		if _, ok := got[want]; !ok {
			t.Errorf("no statement %q; got %v", want, keysOf(got))
		}
	}
	for text, q := range got {
		switch q.Cue {
		case "state", "program":
			t.Errorf("a noun was read as a cue: %q (%q)", q.Cue, text)
		}
	}
}
