package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// A phrasal-prepositional verb ("backed away from", "walked out of")
// states a claim: the particle completes the verb, the phrase after it
// says from what. A time after the particle is no such phrase. (Sentences
// written for this test.)
func TestPhrasalPrepositionalVerb(t *testing.T) {
	checkClauseReader(t, []clauseReaderCase{
		{"Okafor had backed away from the pact with the mill.", "Okafor", "back", "away", false, false, true},
		{"Marlow said Okafor walked out of the meeting.", "Okafor", "walk", "out", false, false, true},
		{"Okafor has not pulled out of the race.", "Okafor", "pull", "out", true, false, true},
		// Guards: a time after the particle says nothing of what the
		// subject left; a particle with no phrase is read as before.
		{"Okafor backed down on Friday.", "", "", "", false, false, false},
		{"Okafor went out.", "", "", "", false, false, false},
		// A plain prepositional phrase after an intransitive verb stays unread.
		{"The crates sat in a barn in a lorry driven by a farmer.", "", "", "", false, false, false},
	})
}

// Two claims of one phrasal verb are one when a phrase after the particle
// is left out or names the same thing, two when the phrases name two.
func TestParticleObjectGroups(t *testing.T) {
	c := newComparer(Input{})
	read := func(s string) proposition { return firstOkaforClaim(t, c, s) }
	deal := read("Okafor had backed away from the pact.")
	if bare := read("Okafor hadn't backed away, the mill said."); !c.samePredicate(deal, bare) {
		t.Errorf("the phrase left out should be one claim: %+v %+v", deal, bare)
	}
	if again := read("Okafor backed away from the wage pact."); !c.samePredicate(deal, again) {
		t.Errorf("the pact and the wage pact should be one claim: %+v %+v", deal, again)
	}
	if cliff := read("Okafor backed away from the cliff."); c.samePredicate(deal, cliff) {
		t.Errorf("away from the pact and away from the cliff are two claims: %+v %+v", deal, cliff)
	}
	meeting, hall := read("Okafor walked out of the meeting."), read("Okafor walked out of the stadium.")
	if c.samePredicate(meeting, hall) {
		t.Errorf("out of a meeting and out of a stadium are two claims: %+v %+v", meeting, hall)
	}
}

// A prepositional adjunct of degree or time inside a verb group ("was in
// any way linked", "is in no way responsible") leaves the group whole;
// "in no way" denies it. Guards: a phrase that is the predicate itself, or
// one followed by no participle or adjective, is not skipped.
func TestMedialAdjunct(t *testing.T) {
	checkClauseReader(t, []clauseReaderCase{
		{"Marlow wondered if the closure was in any way linked to the audit.", "the closure", "link", "audit", false, true, true},
		{"Marlow said the closure was in no way linked to the audit.", "the closure", "link", "audit", true, false, true},
		{"The mayor is in no way responsible for the flood.", "the mayor", "be", "responsible", true, false, true},
		{"The pumps were at no time inspected by the council.", "the pump", "inspect", "council", true, false, true},
		// Guards.
		{"The guard was in no mood to talk.", "", "", "", false, false, false},
		{"The guard was in the house.", "", "", "", false, false, false},
	})
}

// A speaker's name read out of a possessor ("the Harbour Trust's head
// warden") is no speaker: a name in the possessive is not who spoke.
// (Sentences written for this test.)
func TestPossessorlessSpeaker(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Harbour Trust's", ""},
		{"Harbour Trust’s", ""},
		{"Harbour Trust", "Harbour Trust"},
		{"Lena Voss", "Lena Voss"},
	} {
		if got := possessorless(tc.name); got != tc.want {
			t.Errorf("possessorless(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	body := "Bridge\n\nThe Harbour Trust's head warden said, \"The sluice gate jammed twice this winter.\" The trust has asked the county for a new pump."
	d := doc("a", body, day)
	docs := []story.Doc{d}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for _, q := range d.Analysis.Quotes {
		if got := c.quoteSpeaker(0, q); strings.HasSuffix(got, "'s") {
			t.Errorf("quote %q: speaker %q is a possessor", q.Text, got)
		}
	}
}
