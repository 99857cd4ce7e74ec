package compare

import (
	"strings"
	"testing"
)

// TestPremodifiedNoun: sentences written for this test. A clock time
// after a determiner, a possessive pronoun or a genitive premodifies the
// noun that follows it; after a preposition, a verb or a pronoun with a
// contracted verb it modifies nothing.
func TestPremodifiedNoun(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sent, clock, want string }{
		{"A boy died after the 9 p.m. shooting outside the diner.", "9 p.m.", "shooting"},
		{"Sunday's 2 a.m. call brought two patrol cars.", "2 a.m.", "call"},
		{"Orin Vell was late for his 6 a.m. shift.", "6 a.m.", "shift"},
		{"The crash led the 10 p.m. news broadcast.", "10 p.m.", "broadcast"},
		{"The 9 p.m. ferry left without them.", "9 p.m.", "ferry"},
		{"Two fans were hurt before the 8 p.m. ET kickoff.", "8 p.m.", "kickoff"},
		{"The 6 p.m. PT broadcast was cut short.", "6 p.m.", "broadcast"},
		{"At 9 p.m. police arrived at the diner.", "9 p.m.", ""},
		{"Police arrived at 9 p.m. Sunday.", "9 p.m.", ""},
		{"By then it's 9 p.m. and the diner is shut.", "9 p.m.", ""},
		{"The diner shut at 9 p.m. shortly after the fight.", "9 p.m.", ""},
	} {
		k := strings.Index(tc.sent, tc.clock)
		if got := c.premodifiedNoun(tc.sent, k, k+len(tc.clock)); got != tc.want {
			t.Errorf("%q: premodifiedNoun = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestPremodifyingClockTime: sentences written for this test. "The 9 p.m.
// shooting" dates the shooting, and meets another article's clock time of
// the act whatever verb its own clause has ("died after", "said … left");
// "the 5:30 a.m. call", "his 6 a.m. shift" date a call and a shift, not the
// act another article times.
func TestPremodifyingClockTime(t *testing.T) {
	found := []struct{ name, a, b, want string }{
		{"the clock time of a noun of the act after another verb",
			"Teen shot\n\nA teenager died after the 9 p.m. shooting on Wren Lane, police said.",
			"Teen shot\n\nA teenager was shot just after 7 p.m. on Wren Lane and died later at the hospital, police said.",
			"date:9 p.m./7 p.m."},
		{"a noun phrase after a verb of saying is no statement's time",
			"Bar\n\nPolice said the 9:45 p.m. shooting left Orin Vell wounded.",
			"Bar\n\nOrin Vell was shot at about 10:50 p.m. outside a bar on Quarry Lane, police said.",
			"date:9:45 p.m./about 10:50 p.m."},
	}
	for _, tc := range found {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"the time of a call is not the act's",
			"Bar\n\nThe 5:30 a.m. call brought officers to a bar on Quarry Lane, where Orin Vell lay wounded.",
			"Bar\n\nOrin Vell was shot at 4 a.m. outside a bar on Quarry Lane, police said."},
		{"the time of a shift is not the act's",
			"Bar\n\nOrin Vell was on his way to his 6 a.m. shift when he was hurt.",
			"Bar\n\nOrin Vell was shot at 9 a.m. outside a bar on Quarry Lane, police said."},
		{"the time of a vigil is not the act's",
			"Bar\n\nFriends held a 7 p.m. vigil on Quarry Lane for Orin Vell.",
			"Bar\n\nOrin Vell was shot at 11:30 p.m. Saturday outside a bar on Quarry Lane, police said."},
		{"a kickoff's time after a time zone is not the act's",
			"Stadium\n\nA man was shot outside Brell Field hours before the 8 p.m. ET kickoff on Sunday, police said.",
			"Stadium\n\nOrin Vell was shot at about 4 p.m. Sunday outside Brell Field, police said."},
		{"a broadcast's time is not the act's",
			"Bar\n\nThe shooting of Orin Vell led the 6 p.m. news on Channel 4.",
			"Bar\n\nOrin Vell was shot at 11:30 a.m. outside a bar on Quarry Lane, police said."},
	}
	for _, tc := range none {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no time discrepancy", tc.name, got)
		}
	}
}

// TestOccurrencePostmodifiedSubject: sentences written for this test. The
// subject of a verb of occurring may be an event noun with prepositional
// phrases after it ("the shooting near the 400 block of Marsh Lane
// happened"): the time dates that noun's happening, not the last noun of
// its phrases, and not the happening a phrase names ("the arrest of the
// man in the stabbing").
func TestOccurrencePostmodifiedSubject(t *testing.T) {
	found := []struct{ name, a, b, want string }{
		{"a clock time",
			"Shooting\n\nThe Marsh Lane shooting happened around 2 a.m. Sunday.",
			"Shooting\n\nPolice said the shooting on Marsh Lane happened about 4 a.m. Sunday.",
			"date:about 2 a.m./about 4 a.m."},
		{"a date",
			"Shooting\n\nPolice said the Marsh Lane shooting happened near 2 a.m. on Sept. 4.",
			"Shooting\n\nThe shooting on Marsh Lane happened Sept. 6, police said.",
			"date:Sept. 4/Sept. 6"},
		{"a clause after a preposition that opens one",
			"Bar\n\nOfficers came to the tavern minutes after the shooting happened at 1 a.m. Sunday, police said.",
			"Bar\n\nOrin Vell was shot at 3 a.m. Sunday outside a tavern on Kell Street, police said.",
			"date:1 a.m./3 a.m."},
		{"three phrases after the subject's head, the first at its start",
			"Bar\n\nThe shooting at the tavern on Kell Street in the early hours happened about 1 a.m. Sunday, police said.",
			"Bar\n\nOrin Vell was shot at 3 a.m. Sunday outside a tavern on Kell Street, police said.",
			"date:3 a.m./about 1 a.m."},
		{"took place, a noun WordNet derives a verb from",
			"Robbery\n\nThe robbery at the Corner Mart on Vane Street took place on Sunday, police said.",
			"Robbery\n\nThe Corner Mart on Vane Street was robbed on Tuesday, police said.",
			"date:on Sunday/on Tuesday"},
	}
	for _, tc := range found {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"an arrest of a man in a stabbing",
			"Arrest\n\nThe arrest of a man in the stabbing on Marsh Lane took place on Monday, police said.",
			"Arrest\n\nA clerk was stabbed on Marsh Lane on Friday, police said."},
		{"a vigil for the victim of a stabbing",
			"Vigil\n\nThe vigil for the victim of the stabbing on Marsh Lane was held on Monday.",
			"Vigil\n\nA clerk was stabbed on Marsh Lane on Friday, police said."},
		{"another happening's noun heads the subject",
			"Bar\n\nThe argument between two men at the bar on Marsh Lane happened on Monday, a waiter said.",
			"Bar\n\nA clerk was stabbed at the bar on Marsh Lane on Friday, police said."},
		// The event noun is the object of a preposition of the
		// subject's phrases, not its head.
		{"a vigil for the victim of a shooting took place",
			"Vigil\n\nA vigil for the victim of the shooting on Tarn Row took place at 7 p.m. on Monday.",
			"Vigil\n\nJory Abbet, 17, was shot and killed at 11 p.m. Saturday on Tarn Row, police said."},
		{"a protest over a killing took place",
			"March\n\nThe protest over the killing of Jory Abbet took place at 6 p.m. on Tuesday.",
			"March\n\nJory Abbet, 17, was shot and killed at 11 p.m. Saturday on Tarn Row, police said."},
		{"a news conference about a shooting took place",
			"Update\n\nThe news conference about the shooting on Tarn Row took place at 3 p.m. on Monday, police said.",
			"Update\n\nJory Abbet, 17, was shot at 11 p.m. Saturday on Tarn Row, police said."},
		{"a funeral for the victim of a day's shooting took place",
			"Funeral\n\nThe funeral for the victim of Saturday's shooting on Tarn Row took place on Friday.",
			"Funeral\n\nJory Abbet died of gunfire on Tarn Row on Saturday, police said."},
	}
	for _, tc := range none {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no time discrepancy", tc.name, got)
		}
	}
}
