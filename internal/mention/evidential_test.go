package mention

import "testing"

// TestEvidentialFrame: a passive of a verb of thinking before an
// infinitive or "as", or a raising verb of appearance before an
// infinitive, attributes its clause to no one; its content is the subject
// and the complement. A passive of a verb with no sense of judgement, an
// infinitive "to be seen", a subject that ends in an auxiliary and a
// frame inside another statement's content are none. A raising verb
// before a verb of saying lets its subject speak.
func TestEvidentialFrame(t *testing.T) {
	body := "The harbour board met in Calloway on Monday. " +
		"The harbour master is expected to retire in the spring. " +
		"The old lighthouse appeared to lean toward the sea. " +
		"The toll bridge is widely regarded as a costly failure. " +
		"The night ferry is scheduled to leave at noon. " +
		"The skipper can't seem to find the tide tables. " +
		"The pilot was loath to be seen as a quitter by the crew. " +
		"Dockers said the crane is expected to fail within a year. " +
		"Mayor Ida Brenn seemed to confirm the rumours about the ferry."
	a := analyze(body)
	got := quotesByText(a)
	for _, want := range []string{
		"The harbour master to retire in the spring",
		"The old lighthouse to lean toward the sea",
		"The toll bridge as a costly failure",
		"the crane is expected to fail within a year",
	} {
		if q, ok := got[want]; !ok {
			t.Errorf("no statement %q; got %v", want, keysOf(got))
		} else if q.Speaker != "" {
			t.Errorf("%q: speaker %q, want none", want, q.Speaker)
		}
	}
	if q := got["the rumours about the ferry"]; q.Speaker != "Ida Brenn" || q.Cue != "seemed to confirm" {
		t.Errorf("raising verb before a cue: speaker %q cue %q, want Ida Brenn, seemed to confirm", q.Speaker, q.Cue)
	}
	for text, q := range got {
		switch q.Cue {
		case "is scheduled", "seem", "be seen", "is expected":
			if text != "The harbour master to retire in the spring" {
				t.Errorf("not a judgement without a source: %q (%q)", text, q.Cue)
			}
		}
	}
}
