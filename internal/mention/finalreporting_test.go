package mention

import "testing"

// TestFinalReportingClause: a reporting clause after a quotation, subject
// then verb, may have any verb (Quirk et al. 1985 §14.29), with the
// particle of a reply or of a WordNet phrasal verb and an adjunct after
// it; a quoted title inside a clause, with no comma to set it off, and a
// verb with an object of its own are no reporting clause.
func TestFinalReportingClause(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Nora Vilde runs the ferry union. “We won the vote on the pier,” she tweeted.", "We won the vote on the pier", "Nora Vilde"},
		{"“They are all here for the free chowder,” Jo Parkin shot back with a laugh.", "They are all here for the free chowder", "Jo Parkin"},
		{"“You know, it happens at every harbour, right?” Abel Sund went on, as if he had not heard her.", "You know, it happens at every harbour, right?", "Abel Sund"},
	} {
		wantSpeaker(t, c.quote, c.body, c.quote, c.want)
	}
	for _, c := range []struct{ body, cue string }{
		{"Few on the quay remember the “new pier for the town” Parliament built.", "built"},
		{"“Forward to the quay,” Nora Vilde painted the banner again.", "painted"},
	} {
		for _, q := range analyze(c.body).Quotes {
			if q.Cue == c.cue {
				t.Errorf("%q: %q read as the cue of %q", c.body, c.cue, q.Text)
			}
		}
	}
}

// TestWideApposition: the subject of a reporting clause after a quotation
// that opens its sentence may be a role, owned or not, before the name
// apposed to it, and its apposition may hold an abbreviation's full stop;
// a quotation inside a clause ("under what X called “…”,") is no such
// quotation, and the main clause after it reports nothing.
func TestWideApposition(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"“The pier was far too short,” Mr. Abel Sund, now 70 and retired in Dover, Del., said.", "The pier was far too short", "Abel Sund"},
		{"“We read every single harbour log,” the port’s chief human resources officer, Kari Lode, told reporters.", "We read every single harbour log", "Kari Lode"},
		{"“The levy will pass this spring,” Commissioner Jo Parkin’s chief of staff, Ivo Brandt, said.", "The levy will pass this spring", "Ivo Brandt"},
	} {
		wantSpeaker(t, c.quote, c.body, c.quote, c.want)
	}
	body := "In 2009, under what Ivo Brandt called “the old harbour model,” the Dune Club, a private marina in Oak Bay, Fla., charged a fee."
	for _, q := range analyze(body).Quotes {
		if q.Cue == "charged" {
			t.Errorf("%q: the main clause's verb read as the cue of %q", body, q.Text)
		}
	}
}

// TestInfinitiveFrame: a reporting verb in the infinitive after "to",
// right before the comma or colon that opens a quotation, reports it, its
// subject the clause's ("went on to say, “…”"); with no subject in its
// own clause the quotation keeps the earlier clause's verb and subject.
func TestInfinitiveFrame(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Abel Sund runs the ferry line. He went on to say, “The pier will close next week.”", "The pier will close next week.", "Abel Sund"},
		{"Nora Vilde joked that it was fine, but went on to say, “The quay is the worst place in town.”", "The quay is the worst place in town.", "Nora Vilde"},
	} {
		wantSpeaker(t, c.quote, c.body, c.quote, c.want)
	}
}
