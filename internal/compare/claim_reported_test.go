package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// readingsOf reads one invented sentence as an article of its own and
// returns every proposition of its body.
func readingsOf(sentence string) []predication {
	docs := []story.Doc{doc("a", "Notes\n\n"+sentence, day)}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	var out []predication
	for _, p := range c.predications() {
		if !p.headline {
			out = append(out, p)
		}
	}
	return out
}

// A reported clause with no complement, intransitive or an agentless
// passive, is the claim the report makes; one whose phrase after the verb
// is no adjunct of time, or that a wh-word opens, is not read. (Sentences
// and names invented for this test.)
func TestReportedEvent(t *testing.T) {
	checkHolderReadings(t, []readingRow{
		{"Councillor Wren Hale said the bridge would not reopen.", "bridge", "Wren Hale", "denies"},
		{"The Tarn Water Board denied that the files had been shredded.", "files", "Tarn Water Board", "denies"},
		{"Engineer Ivo Rusk said it was unclear whether the levee would hold.", "levee", "Ivo Rusk", "doubts"},
		{"Surveyor Ada Quist said the roof had sagged for a month.", "roof", "Ada Quist", "affirms"},
		{"Inspector Lena Boyd insisted that the guard rails had been removed.", "rails", "Lena Boyd", "affirms"},
		{"Foreman Pim Sorel said the valve had been switched off.", "switched off", "Pim Sorel", "affirms"},
		{"Surveyor Tomas Erl said the fees would rise in the spring.", "fees", "Tomas Erl", "affirms"},
		{"Witness Jon Ekker said the guard fired without warning.", "guard", "Jon Ekker", "affirms"},
		{"Clerk Uma Dorr said the ledgers had been tampered with.", "tampered with", "Uma Dorr", "affirms"},
	})
	// Guards: no claim of the word without what the clause says of it.
	for _, tc := range []struct{ sent, word, needs string }{
		{"Wren Hale said the outbreak began at the harbour.", "outbreak", "harbour"},                                                           // a phrase of place is the claim
		{"Ida Penn said the tenants would appeal against the ruling.", "tenant", "ruling"},                                                     // a prepositional verb
		{"Ida Penn said the police had ruled out foul play.", "police", "foul"},                                                                // a particle with its object
		{"The old pier collapsed.", "pier", "nothing"},                                                                                         // the writer's own narrative
		{"Ida Penn said she believed the landlord acted recklessly.", "landlord", "recklessly"},                                                // the manner is the claim
		{"Ida Penn said the ferry crew is prepared.", "crew", "nothing"},                                                                       // a statal passive is a state
		{"Ida Penn said the firm complied with the safety rules, a claim the inspectors doubted.", "firm", "rules"},                            // a phrase the reader passed over
		{"The board wrote to the mayor, seeking answers about its decision not to recommend that the clerk be dismissed.", "clerk", "nothing"}, // an infinitive introduces a demand, not a report
		{"Ada Penn echoed remarks she made on Monday about how a long strike might leave the union divided.", "union", "nothing"},              // no verb of saying introduces the clause
	} {
		for _, p := range readingsOf(tc.sent) {
			if c := renderClaim(p); strings.Contains(c, tc.word) && !strings.Contains(c, tc.needs) {
				t.Errorf("%q: read %q (%s, %s)", tc.sent, c, p.holder, p.position())
			}
		}
	}
}

// "it" opening the content clause of an organisation's report is the
// organisation; an anticipatory or prop "it", and an "it" after a
// person's report, is not. (Sentences and names invented for this test.)
func TestReportedIt(t *testing.T) {
	for _, tc := range []struct{ sent, word, position string }{
		{"Talvik Rail denied that it had cut the night trains.", "Talvik Rail had cut", "denies"},
		{"The Orvel Dairy Board said it would close the creamery in May.", "Orvel Dairy Board", "affirms"},
		{"The Kestrel Ferry Company rejected claims that it had sold the harbour depot.", "Kestrel Ferry Company had sold", "denies"},
	} {
		_, pos, ok := readingOf(tc.sent, tc.word)
		if !ok || pos != tc.position {
			t.Errorf("%q: %s (read %v), want %s", tc.sent, pos, ok, tc.position)
		}
	}
	for _, tc := range []struct{ sent, word string }{
		{"Talvik Rail said it was too early to judge the timetable.", "Talvik Rail"},
		{"Talvik Rail said it seemed that the signals had failed.", "Talvik Rail"},
		{"Talvik Rail denied that it was the fault of the driver.", "Talvik Rail"},
		{"Talvik Rail denied that it mattered.", "Talvik Rail"},
		{"Talvik Rail denied that it had cost the town a bridge.", "Talvik Rail"},
		{"Rosa Kell said it had damaged the roof.", "Rosa Kell"},
	} {
		for _, p := range readingsOf(tc.sent) {
			if p.subject == tc.word {
				t.Errorf("%q: read %q (%s)", tc.sent, renderClaim(p), p.position())
			}
		}
	}
}

// A non-restrictive relative clause inside a report is the writer's
// aside; a restrictive one, and one inside a direct quotation, stays the
// speaker's. (Sentences and names invented for this test.)
func TestReportAside(t *testing.T) {
	for _, tc := range []struct {
		sent, subject string
		own           bool
	}{
		{"Councillor Wren Hale claimed that votes were lost in the Darrow ballot, which her rival Tam Rudd won by 40 votes.", "Tam Rudd", true},
		{"Wren Hale said the election was rigged, in which Tam Rudd won 40 votes.", "Tam Rudd", true},
		{"\"The ferry was late, which Tam Rudd denied,\" Wren Hale said.", "Tam Rudd", false},
		{"Wren Hale said the ballot Tam Rudd won by 40 votes was rigged.", "Tam Rudd", false},
		{"Wren Hale praised Tam Rudd, who announced he is closing the depot.", "Tam Rudd", false},
		{"Wren Hale said the depot faces rivals, which in her view have cut their fares.", "the view", false},
		{"Wren Hale said the count was wrong in Darrow, which she said Tam Rudd won by fraud.", "Tam Rudd", false},
	} {
		found := false
		for _, p := range readingsOf(tc.sent) {
			if p.subject == tc.subject {
				found = true
				if p.own != tc.own {
					t.Errorf("%q: %q held by %q (own %v), want own %v", tc.sent, renderClaim(p), p.holder, p.own, tc.own)
				}
			}
		}
		if !found && tc.own {
			t.Errorf("%q: no claim of %s read", tc.sent, tc.subject)
		}
	}
}

// A subject with the negative determiner "no" negates its clause ("no
// ballots were tampered with" denies that ballots were), read by the clause
// reader and by a sentence that addresses the claim; "no one" is a pronoun.
// A verb of saying with a concrete thing as subject and nothing after it is
// an event ("the dam had leaked"), not a report. (Sentences and names
// invented for this test.)
func TestNoSubjectAndThingVerbs(t *testing.T) {
	checkHolderReadings(t, []readingRow{
		{"Clerk Uma Dorr said no ballots had been tampered with.", "ballots", "Uma Dorr", "denies"},
		{"Inspector Lena Boyd said no guards were armed.", "guards", "Lena Boyd", "denies"},
		{"The Tarn Water Board denied that the dam had leaked.", "dam", "Tarn Water Board", "denies"},
		{"Engineer Ivo Rusk said the pipe leaked.", "pipe", "Ivo Rusk", "affirms"},
	})
	// Guards: no claim of the word.
	for _, tc := range []struct{ sent, word string }{
		{"No one's going to say the plan is the problem.", "one"}, // "no one" is a pronoun
		{"Uma Dorr said no one was hurt.", "one"},
		{"The aide leaked the memo to reporters.", "aide"}, // a person leaks news
		{"Uma Dorr said the memo was leaked.", "memo"},     // a document is leaked to someone
	} {
		for _, p := range readingsOf(tc.sent) {
			if c := renderClaim(p); strings.Contains(c, tc.word) {
				t.Errorf("%q: read %q (%s, %s)", tc.sent, c, p.holder, p.position())
			}
		}
	}
	// Across articles, "no ballots" denies what another affirms.
	got := storyStances(
		"Count\n\nElection officials said on Monday that no ballots were tampered with.",
		"Count\n\nThe Reform Party said ballots had been tampered with in two precincts. Party chairman Carl Frey said the ballots had been tampered with.",
	)
	if !slices.Contains(got, "Election officials denies a: the ballots had been tampered with") {
		t.Errorf("no ballots: got %q", got)
	}
}

// readingRow is a sentence, a word of its claim, and the holder and
// position the claim reader should give the claim.
type readingRow struct{ sent, word, holder, position string }

// checkHolderReadings reports each row whose claim of the word is not read, or is
// read with another holder or position.
func checkHolderReadings(t *testing.T, rows []readingRow) {
	t.Helper()
	for _, tc := range rows {
		h, pos, ok := readingOf(tc.sent, tc.word)
		if !ok || !strings.Contains(h, tc.holder) || pos != tc.position {
			t.Errorf("%q: %q %s (read %v), want %q %s", tc.sent, h, pos, ok, tc.holder, tc.position)
		}
	}
}
