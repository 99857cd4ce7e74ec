package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording).

// TestOnlyAgesOfOneRole: two articles that each give the age of one
// victim only (or of one suspect only) give one person's age, however
// the sentence tells the role (object, passive subject, of-complement of
// the event noun, a participle with no object, "die"), and whatever noun
// each uses (a noun that names the role itself, "victim", "suspect", the
// noun a verb of identifying names "as" the person); a victim and a
// suspect, a man and a woman, an article of
// two victims' ages, a round-up of three ages, and an article that names
// other people but not the named one keep them apart. In an article of
// three ages the two must undergo one act, or both be told dead
// (ageDied: "is dead", "the stabbing death of").
func TestOnlyAgesOfOneRole(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"the object of one verb, the passive of another",
			"Marsh\n\nA warden stabbed a 19-year-old deckhand beside the Marsh Lane ferry ramp.",
			"Marsh\n\nA 23-year-old was stabbed beside the ferry ramp, the county said.",
			"number:19-year-old/23-year-old"},
		{"an event noun's of-complement and a participle with no object",
			"Marsh\n\nWardens are looking into the stabbing of a 19-year-old at the ferry ramp.",
			"Marsh\n\nA 23-year-old porter stabbed in the shoulder was flown to the county clinic.",
			"number:19-year-old/23-year-old"},
		{"the death of one noun, the passive of another",
			"Marsh\n\nThe ferry line mourns the death of a 19-year-old Marsh Lane deckhand.",
			"Marsh\n\nA 23-year-old porter was stabbed at the ferry ramp.",
			"number:19-year-old/23-year-old"},
		{"a suspect in each, beside a victim",
			"Marsh\n\nA 31-year-old porter has been arrested in the stabbing death of a 19-year-old deckhand at the ramp.",
			"Marsh\n\nThe ranger announced the arrest of Ivo Tamm, 36, from Lakeside.",
			"number:31-year-old/36"},
		{"a victim and a suspect",
			"Marsh\n\nA warden arrested a 19-year-old deckhand beside the Marsh Lane ferry ramp.",
			"Marsh\n\nA 23-year-old was wounded in the arm at the quay, the county said.",
			""},
		{"a woman and a boy",
			"Marsh\n\nA warden stabbed a 19-year-old woman beside the Marsh Lane ferry ramp.",
			"Marsh\n\nA 23-year-old lad was wounded in the arm at the quay, the county said.",
			""},
		{"two victims' ages in one article",
			"Marsh\n\nA warden stabbed a 19-year-old deckhand beside the ferry ramp. A 40-year-old porter was wounded.",
			"Marsh\n\nA 23-year-old was stabbed beside the ferry ramp, the county said.",
			""},
		{"an article of three ages, two acts",
			"Marsh\n\nA warden stabbed a 19-year-old deckhand beside the ferry ramp. Her 50-year-old neighbour and his 44-year-old aunt watched.",
			"Marsh\n\nWardens said a 23-year-old was shot on the quay late at night.",
			""},
		{"three ages, the victim's the only one of a role, one act in both",
			"Marsh\n\nA 19-year-old deckhand was stabbed beside the ferry ramp. Her 50-year-old neighbour and his 44-year-old aunt watched.",
			"Marsh\n\nWardens said a 23-year-old was stabbed on the quay late at night.",
			"number:19-year-old/23-year-old"},
		{"three ages, the object of a verb and the passive of that verb",
			"Marsh\n\nA guard stabbed and wounded a 19-year-old deckhand beside the ferry ramp. Her 50-year-old neighbour and his 44-year-old aunt watched.",
			"Marsh\n\nWardens said a 23-year-old was wounded on the quay late at night.",
			"number:19-year-old/23-year-old"},
		{"three ages, the object of one verb and the passive of another",
			"Marsh\n\nA guard shoved and struck a 19-year-old deckhand beside the ferry ramp. Her 50-year-old neighbour and his 44-year-old aunt watched.",
			"Marsh\n\nWardens said a 23-year-old was wounded on the quay late at night.",
			""},
		{"another happening's victim, told with its year",
			"Marsh\n\nA warden stabbed a 19-year-old deckhand beside the Marsh Lane ferry ramp. Wardens recalled the 2014 stabbing of a 12-year-old porter at the quay.",
			"Marsh\n\nA 23-year-old was stabbed beside the ferry ramp, the county said.",
			"number:19-year-old/23-year-old"},
		{"an article naming others, not the named victim",
			"Marsh\n\nA 19-year-old was wounded in the arm at the quay. Warden Ada Pell found the knife.",
			"Marsh\n\nThe county said Ivo Tamm, 23, was stabbed beside the ferry ramp.",
			""},
		{"a noun that names the role, and the object of an active verb of identifying",
			"Marsh\n\nWardens found the 19-year-old victim beside the quay after midnight.",
			"Marsh\n\nThe county identified the victim as Ivo Tamm, 23, of Lakeside.",
			"number:19-year-old/23"},
		{"the subject of a passive of identifying",
			"Marsh\n\nA 31-year-old porter has been arrested in the stabbing of a deckhand at the ramp.",
			"Marsh\n\nThe suspect has been identified as Ivo Tamm, 36, of Lakeside.",
			"number:31-year-old/36"},
		{"a suspect identified, a victim",
			"Marsh\n\nA 19-year-old deckhand was stabbed beside the ferry ramp.",
			"Marsh\n\nThe county identified the suspect as Ivo Tamm, 23, of Lakeside.",
			""},
		{"an article naming no one, and a named victim",
			"Marsh\n\nA 19-year-old was wounded in the arm at the quay.",
			"Marsh\n\nThe county said Ivo Tamm, 23, was stabbed beside the ferry ramp.",
			"number:19-year-old/23"},
		{"one of a group after \"including\", the passive after it",
			"Marsh\n\nA porter died and four others, including a 19-year-old, were injured at the quay on the ferry ramp.",
			"Marsh\n\nA 23-year-old was stabbed beside the ferry ramp, the county said.",
			"number:19-year-old/23-year-old"},
		{"the of-complement of a noun of no act, the person's own passive after it",
			"Marsh\n\nThe family of a 19-year-old who was stabbed at the quay thanked the wardens.",
			"Marsh\n\nA 23-year-old was wounded beside the ferry ramp, the county said.",
			"number:19-year-old/23-year-old"},
		{"a participle with an adverb and no object after it",
			"Marsh\n\nWardens mourn a 19-year-old deckhand fatally stabbed outside the ferry office.",
			"Marsh\n\nA 23-year-old was wounded beside the ferry ramp, the county said.",
			"number:19-year-old/23-year-old"},
		{"the agent of an active verb of harm, the object of a verb of arrest",
			"Marsh\n\nA 31-year-old porter stabbed a deckhand beside the ferry ramp on Sunday.",
			"Marsh\n\nWardens arrested a 36-year-old at the quay after the stabbing.",
			"number:31-year-old/36-year-old"},
		{"three ages, the only victim told dead in both, in other acts",
			"Marsh\n\nDoctors said a 19-year-old deckhand died at the clinic on Sunday, a day after a brawl by the ferry ramp. Her 50-year-old neighbour and his 44-year-old aunt watched.",
			"Marsh\n\nWardens charged a porter in the stabbing death of Ivo Tamm, 23, on the quay.",
			"number:19-year-old/23"},
		{"three ages, the only victim dead in one, wounded in the other",
			"Marsh\n\nDoctors said a 19-year-old deckhand died at the clinic on Sunday, a day after a brawl by the ferry ramp. Her 50-year-old neighbour and his 44-year-old aunt watched.",
			"Marsh\n\nA 23-year-old was stabbed on the quay, the county said.",
			""},
		{"two victims in each, the only one told dead in each, the unnamed one's article naming others too",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp, and a 40-year-old porter was wounded in the arm. Ivo Tamm and Rui Lenz had crossed on the night ferry.",
			"Marsh\n\nWardens charged a drifter in the slaying of Ivo Tamm, 23, and the wounding of Rui Lenz, 40, at the quay.",
			"number:19-year-old/23"},
		{"two victims in each, the only one told dead in each, the unnamed one's article not naming the dead",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp, and a 40-year-old porter was wounded in the arm. Ada Pell and Rui Lenz had crossed on the night ferry.",
			"Marsh\n\nWardens charged a drifter in the slaying of Ivo Tamm, 23, and the wounding of Rui Lenz, 40, at the quay.",
			""},
		{"the complement of a subject that names the role",
			"Marsh\n\nThe only victim of the ferry brawl was a 19-year-old deckhand from Lakeside.",
			"Marsh\n\nA 23-year-old was stabbed beside the ferry ramp, the county said.",
			"number:19-year-old/23-year-old"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAgeRoleClauses: the role of an age read from its clause. The agent
// of an active verb whose first sense is one of harm is the suspect, also
// when a second verb of harm joined by "and" takes the object ("strangled
// and killed a warden": no reduced passive); a verb whose harm sense is a
// rare one ("turned": to sprain) gives none, and a reflexive object keeps
// the victim. A progressive passive of arrest ("is being held") and a
// passive of accusing ("was charged with") give the suspect; a form of
// "be" between an age and a subject that names a role gives that role,
// the subject's head read before its postmodifier ("the suspect in the
// attack on the victim"). The agent of an idiom of firing a weapon
// ("opened fire") is the suspect; a phrasal verb two WordNet steps below
// a verb of killing or injuring ("gunned down", "strung up") gives the
// victim.
func TestAgeRoleClauses(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"A 41-year-old ferryman stabbed a warden on the jetty.", roleSuspect},
		{"Rangers said a 41-year-old ferryman strangled and killed a warden near the locks.", roleSuspect},
		{"A 41-year-old ferryman turned a wrench on the engine at the locks.", ""},
		{"A 41-year-old ferryman shot himself at the locks on Sunday.", roleVictim},
		{"A 41-year-old ferryman is being held without bail after the theft of a barge.", roleSuspect},
		{"A 41-year-old ferryman was charged Tuesday with arson at the locks.", roleSuspect},
		{"The lone victim of the jetty fire is a 41-year-old ferryman from the valley.", roleVictim},
		{"The suspect in the attack on the victim is 41 years old, rangers said.", roleSuspect},
		{"The ferryman was a 41-year-old from the valley.", ""},
		{"After a quarrel by the sluice, a 41-year-old ferryman opened fire on the lock keepers.", roleSuspect},
		{"A 41-year-old ferryman was gunned down by the sluice on Sunday.", roleVictim},
		{"A 41-year-old ferryman was strung up in the boathouse by the smugglers.", roleVictim},
		{"A 41-year-old ferryman opened the gates by the sluice on Sunday.", ""},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q (act %q), want %q", tc.sent, f.ageRole, f.ageAct, tc.role)
		}
	}
}

// TestAgeDied: a victim is told dead when its person dies, is found or
// pronounced "dead", undergoes a verb whose first sense is one of killing
// (passive or object), or is the of-complement of a noun of killing; a
// verb of harm whose first sense is not ("stabbed") does not tell it,
// unless graded deadly ("fatally stabbed", "stabbed to death") or joined
// to a verb of killing ("stabbed and killed").
func TestAgeDied(t *testing.T) {
	for _, tc := range []struct {
		sent string
		died bool
	}{
		{"A 61-year-old warden was pronounced dead at the clinic after a fall.", true},
		{"Wardens mourn the slaying of a 61-year-old warden at the locks.", true},
		{"A 61-year-old warden was strangled in a cellar near the locks.", true},
		{"A 61-year-old warden was stabbed in a cellar near the locks.", false},
		{"A 61-year-old warden was fatally stabbed in a cellar near the locks.", true},
		{"A 61-year-old warden was stabbed fatally in a cellar near the locks.", true},
		{"A 61-year-old warden was stabbed to death in a cellar near the locks.", true},
		{"A 61-year-old warden was stabbed and killed in a cellar near the locks.", true},
		{"A 61-year-old warden was stabbed and robbed in a cellar near the locks.", false},
		{"A drifter fatally stabbed a 61-year-old warden in a cellar near the locks.", true},
	} {
		if f := ageFactOf(t, tc.sent); f.ageDied != tc.died {
			t.Errorf("%q: died %v (act %q role %q), want %v", tc.sent, f.ageDied, f.ageAct, f.ageRole, tc.died)
		}
	}
}

// TestRelativeAsideRole: a relative clause on the age's person that tells
// no role leaves the role to its main clause, read after the comma that
// ends it (relativeAsideEnd): "Ivo Tamm, 19, who lived near the quay, was
// stabbed" is the victim. A main clause of no harm gives none.
func TestRelativeAsideRole(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"Rui Lenz, 52, who ran the bait shop by the weir, was stabbed outside the boathouse.", roleVictim},
		{"The 52-year-old, who had rowed for the county, is recovering from stab wounds at the clinic.", roleVictim},
		{"Rui Lenz, a 52-year-old angler who fished the weir most days, is being held without bail.", roleSuspect},
		{"Rui Lenz, 52, who ran the bait shop by the weir, told rangers he heard two shots.", ""},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q (act %q), want %q", tc.sent, f.ageRole, f.ageAct, tc.role)
		}
	}
}

// TestPossessiveRelativeAside: a relative clause opened by "whose" is
// about the person's possession ("whose boat sank"), so its verb is no act
// of the person's: the act and role are its main clause's, read past the
// comma that ends it; a main clause of no harm gives none.
func TestPossessiveRelativeAside(t *testing.T) {
	for _, tc := range []struct {
		sent, act, role string
		died            bool
	}{
		{"The 58-year-old bargeman, whose cargo was never insured, was stabbed outside the lock house.", "stab/passive", roleVictim, false},
		{"The 58-year-old bargeman, whose family has not been told, died in the lock house on Monday.", "die/active", roleVictim, true},
		{"Rui Lenz, 58, whose barge was seized in May, is being held at the county jail.", "hold/passive", roleSuspect, false},
		{"Rui Lenz, 58, whose barge was seized in May, rang the lock keeper at noon.", "ring/active", "", false},
	} {
		f := ageFactOf(t, tc.sent)
		if f.ageAct != tc.act || f.ageRole != tc.role || f.ageDied != tc.died {
			t.Errorf("%q: act %q role %q died %v, want %q %q %v", tc.sent, f.ageAct, f.ageRole, f.ageDied, tc.act, tc.role, tc.died)
		}
	}
}

// TestObjectRelativeRole: the object of a verb that names no role
// ("identified", "visited") is told its role by a relative clause of its
// own whose subject it is ("who was stabbed", "who stabbed"); with no such
// clause, or one of no harm, it has none, and a verb of a role keeps its own.
func TestObjectRelativeRole(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"Keepers identified the 58-year-old bargeman who was stabbed at the lock house.", roleVictim},
		{"Keepers visited a 58-year-old who had been stabbed at the lock house.", roleVictim},
		{"Keepers identified the 58-year-old bargeman who stabbed a lock keeper with an awl.", roleSuspect},
		{"Keepers identified the 58-year-old bargeman who rang the lock house.", ""},
		{"Keepers identified the 58-year-old bargeman from the upper lock.", ""},
		{"Keepers arrested the 58-year-old bargeman who was seen at the lock house.", roleSuspect},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q (act %q), want %q", tc.sent, f.ageRole, f.ageAct, tc.role)
		}
	}
}
