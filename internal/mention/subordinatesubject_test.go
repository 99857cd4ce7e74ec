package mention

import "testing"

// TestSubordinateSubject: a cue that is the finite verb of a clause a
// subordinator opens mid-sentence ("Grell was calm after a nurse told him
// …") takes that clause's subject, not the main clause's. Guards: a
// comma after the subordinator's phrase ends it ("after the vote, Tamm
// said"); an adverb after "once" opens no clause ("have once again
// decided"); a noun phrase that cannot speak ("one turn after another of
// a jump called …") leaves the reading as it was; "such as" compares.
// Invented sentences.
func TestSubordinateSubject(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want, as string }{
		{"after, a description", "Tomas Grell was calm after a nurse told him she feared the ward would close.", "him she feared the ward would close", "", "a nurse"},
		{"as, a description with a place", "The clerks cheered as the mayor of Dunmore insisted the count was wrong.", "the count was wrong", "", "the mayor of Dunmore"},
		{"before, a name", "Olek Tamm left the hall before Ada Brusk insisted the count was wrong.", "the count was wrong", "Ada Brusk", "Ada Brusk"},
		// guards
		{"comma ends the phrase", "Mayor Ada Brusk met Olek Tamm. Brusk left after the vote, Tamm said.", "Brusk left after the vote", "Olek Tamm", "Tamm"},
		{"once again", "Ada Brusk has once again declared the port would stay open.", "the port would stay open", "Ada Brusk", "Ada Brusk"},
		{"no speaking subject", "Ada Vell tried one leap after the next of a jump called the loop, in which she spun.", "the loop, in which she spun", "Ada Vell", "Ada Vell"},
	} {
		q, ok := quotesByText(analyze(c.body))[c.quote]
		if !ok {
			t.Errorf("%s: no statement %q; got %v", c.label, c.quote, keysOf(quotesByText(analyze(c.body))))
			continue
		}
		if q.Speaker != c.want || q.SpeakerText != c.as {
			t.Errorf("%s: speaker %q as %q, want %q as %q", c.label, q.Speaker, q.SpeakerText, c.want, c.as)
		}
	}
}
