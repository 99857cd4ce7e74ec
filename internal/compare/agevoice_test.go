package compare

import (
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for this test (no data set's wording).

// ageFactOf is the first age fact comparing reads in a one-sentence
// article.
func ageFactOf(t *testing.T, sent string) *fact {
	t.Helper()
	d := doc("a", "Pier\n\n"+sent, day)
	c := newComparer(Input{Docs: []story.Doc{d}, Merged: story.Assemble(&corroborate.Story{}, []story.Doc{d})})
	facts := c.valueFacts()
	for i := range facts {
		if facts[i].v.Type == mention.VAge {
			return &facts[i]
		}
	}
	t.Fatalf("no age read in %q", sent)
	return nil
}

// TestAgeActVoice: the act an age's person is the subject of is a
// passive after a form of "be" or "get" past adverbs ("was fatally
// stabbed"), and a verb of harm with no object after it is a reduced
// passive ("a 20-year-old stabbed in the arm"); a verb with an object, or
// "at" after it, is active. The role follows the voice: the passive's
// subject is the victim, the active's the suspect.
func TestAgeActVoice(t *testing.T) {
	for _, tc := range []struct{ sent, act, role string }{
		{"A 24-year-old deckhand was fatally stabbed on the pier.", "stab/passive", roleVictim},
		{"A 24-year-old deckhand was not stabbed on the pier.", "stab/passive", roleVictim},
		{"A 24-year-old deckhand got stabbed on the pier.", "stab/passive", roleVictim},
		{"A 20-year-old porter stabbed in the arm was flown to the clinic.", "stab/passive", roleVictim},
		{"A 20-year-old porter stabbed a guard on the pier.", "stab/active", roleSuspect},
		{"A 20-year-old porter shot at a guard on the pier.", "shoot/active", roleSuspect},
	} {
		f := ageFactOf(t, tc.sent)
		if f.ageAct != tc.act || f.ageRole != tc.role {
			t.Errorf("%q: act %q role %q, want %q %q", tc.sent, f.ageAct, f.ageRole, tc.act, tc.role)
		}
	}
}

// TestAgeOfComplementPastTime: a phrase of time between an event noun
// and its of-complement ("the stabbing death last week of a
// 34-year-old") leaves the age the noun's undergoer.
func TestAgeOfComplementPastTime(t *testing.T) {
	for _, tc := range []struct{ sent, act, role string }{
		{"Wardens ruled the stabbing death earlier this month of a 34-year-old porter an accident.", "", roleVictim},
		{"Wardens announced the arrest on Sunday of a 34-year-old porter.", "arrest/passive", roleSuspect},
		{"Wardens announced the arrest of a 34-year-old porter.", "arrest/passive", roleSuspect},
	} {
		f := ageFactOf(t, tc.sent)
		if f.ageAct != tc.act || f.ageRole != tc.role {
			t.Errorf("%q: act %q role %q, want %q %q", tc.sent, f.ageAct, f.ageRole, tc.act, tc.role)
		}
	}
}

// TestAgeActPastIngModifier: an -ing participle right after an age or its
// noun postmodifies the person ("a 9-year-old boy riding his bike"); the
// person's act is the verb of the clause after it, and the participle
// only when no verb follows.
func TestAgeActPastIngModifier(t *testing.T) {
	for _, tc := range []struct{ sent, act, role string }{
		{"A 9-year-old boy riding his bike along the canal path was badly injured by a van.", "injure/passive", roleVictim},
		{"A 30-year-old fishing off the pier was stabbed on Sunday.", "stab/passive", roleVictim},
		{"A 15-year-old cleaning a rifle accidentally shot a cousin.", "shoot/active", roleSuspect},
		{"Wardens met a 40-year-old porter carrying a crate.", "carry/active", ""},
		{"A 24-year-old deckhand was fishing off the pier.", "fish/active", ""},
	} {
		f := ageFactOf(t, tc.sent)
		if f.ageAct != tc.act || f.ageRole != tc.role {
			t.Errorf("%q: act %q role %q, want %q %q", tc.sent, f.ageAct, f.ageRole, tc.act, tc.role)
		}
	}
}
