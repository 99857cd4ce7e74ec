package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording).

// TestOnlyAgesOfOneFate: an article that tells one victim killed and
// another hurt gives the hurt one's age as another article gives its only
// hurt victim's: the two are one person (hurtOnly), whatever noun each
// uses; in an article of three ages, two victims told hurt undergo one
// act (sameAgeAct). An article that leaves another victim's fate untold, two
// victims told hurt in one article, a victim told only shot (a
// verb of harm of any degree) and a hurt victim beside a suspect of the
// other article stay apart.
func TestOnlyAgesOfOneFate(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"the only victim told hurt in each, a dead one beside it",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp, and a 40-year-old porter was wounded in the arm.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			"number:40-year-old/44-year-old"},
		{"the only victim told hurt, the object of an active verb of hurting",
			"Marsh\n\nA drifter killed a 19-year-old deckhand beside the ferry ramp. He wounded a 40-year-old porter too.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			"number:40-year-old/44-year-old"},
		{"three ages, the only victim told hurt in both, in other acts",
			"Marsh\n\nA 19-year-old deckhand suffered cuts to the arm beside the ferry ramp. Her 50-year-old neighbour and his 44-year-old aunt watched.",
			"Marsh\n\nWardens said a 23-year-old was injured on the quay late at night.",
			"number:19-year-old/23-year-old"},
		{"two victims told hurt in one article",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp. A 40-year-old porter was wounded, and a 52-year-old guard was injured.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			""},
		{"the other victim's fate untold",
			"Marsh\n\nA 19-year-old deckhand was stabbed beside the ferry ramp. A 40-year-old porter was wounded in the arm.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			""},
		{"a victim told shot, not hurt",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp, and a 40-year-old porter was shot in the arm.",
			"Marsh\n\nWardens said a 44-year-old ferryman was shot at the quay.",
			""},
		{"a hurt victim and an arrested suspect",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp, and a 40-year-old porter was wounded in the arm.",
			"Marsh\n\nWardens arrested a 44-year-old ferryman at the quay.",
			""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAgeHurtInClause: a victim's clause that gives a hospital's
// condition, a borne injury or a passive that takes the person to a
// hospital (unless a death is told after it) tells the person hurt, and the only such
// age of each article is one person's; a fatal injury does not tell it.
func TestAgeHurtInClause(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"a condition in one, a passive of hurting in the other",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp. A 40-year-old porter was stabbed in the back and is in stable condition.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			"number:40-year-old/44-year-old"},
		{"in grave yet stable condition",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp. A 40-year-old porter was stabbed in the back and is in grave yet stable condition.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			"number:40-year-old/44-year-old"},
		{"an injury borne in one",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp. A 40-year-old porter was taken to the clinic with cuts to the legs.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			"number:40-year-old/44-year-old"},
		{"taken to a hospital in one",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp. A 40-year-old porter was rushed to the county hospital.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			"number:40-year-old/44-year-old"},
		{"taken to a hospital, then told dead",
			"Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp. A 40-year-old porter was rushed to the county hospital and later died.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			""},
		{"a fatal injury borne",
			"Marsh\n\nA 19-year-old deckhand was found beside the ferry ramp with a fatal stab wound. A 40-year-old porter was stabbed in the back.",
			"Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay.",
			""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestHurtGuards: the false pairs a read of the first form built. A
// victim told hurt who dies after it (later in the sentence, "succumbed",
// "proved fatal", or a next sentence that tells a death) is not the
// article's hurt victim; a hurt wrongdoer or law officer, or one hurt by
// the police, is no hurt victim either, and leaves open which one is. In
// each case the other article's only hurt victim stays apart.
func TestHurtGuards(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	const dead = "Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp. "
	const hurt = "Marsh\n\nWardens said a 44-year-old ferryman was injured at the quay."
	for _, tc := range []struct{ name, x, y, want string }{
		{"wounded and later died",
			dead + "A 40-year-old porter was wounded in the arm and later died at the clinic.", hurt, ""},
		{"injuries that proved fatal",
			dead + "A 40-year-old porter suffered injuries that proved fatal.", hurt, ""},
		{"succumbed in the next sentence",
			dead + "A 40-year-old porter was wounded in the chest. He succumbed to his wounds overnight.", hurt, ""},
		{"died there in the next sentence",
			dead + "A 40-year-old porter was wounded in the brawl and rushed to the clinic. He died there hours later.", hurt, ""},
		{"a death of the person told after a report",
			dead + "A 40-year-old porter was wounded in the chest. Wardens said he died hours later.", hurt, ""},
		{"a wounded gunman in the other",
			dead + "A 40-year-old porter was wounded in the arm.",
			"Marsh\n\nWardens said the 35-year-old gunman was wounded in an exchange of fire.", ""},
		{"a suspect wounded in the other",
			dead + "A 40-year-old porter was wounded in the arm.",
			"Marsh\n\nWardens said the 35-year-old suspect was wounded on the quay.", ""},
		{"wounded by the police in the other",
			dead + "A 40-year-old porter was wounded in the arm.",
			"Marsh\n\nA 35-year-old man was wounded by police on the quay.", ""},
		{"an injured officer in the other",
			dead + "A 40-year-old porter was wounded in the arm.",
			"Marsh\n\nWardens said a 35-year-old officer was injured on the quay.", ""},
		{"hurt and arrested in the other",
			dead + "A 40-year-old porter was wounded in the arm.",
			"Marsh\n\nA 35-year-old man was injured on the quay and later arrested.", ""},
		{"an injured officer beside the hurt victim",
			dead + "A 40-year-old porter was wounded in the arm, and a 31-year-old deputy was injured.",
			hurt, ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestDiesLater: a victim told hurt who dies after it, in a predicate
// coordinated with its own ("was wounded and later died") or in a next
// sentence whose pronoun subject dies, is moved to the dead: the article's
// only victim told dead pairs with the other article's only one. Two
// victims before the pronoun both move (which one died is open), and
// another person's death in the next sentence moves no one.
func TestDiesLater(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	const dead = "Marsh\n\nWardens said a 44-year-old ferryman died at the quay."
	for _, tc := range []struct{ name, x, y, want string }{
		{"wounded and later died",
			"Marsh\n\nA 40-year-old porter was wounded in the arm and later died, and a 23-year-old guard was injured.", dead,
			"number:40-year-old/44-year-old"},
		{"he died in the next sentence",
			"Marsh\n\nA 40-year-old porter was wounded in the arm. He died hours later. A 23-year-old guard was injured.", dead,
			"number:40-year-old/44-year-old"},
		{"two victims before the pronoun that died",
			"Marsh\n\nA 40-year-old porter was wounded in the arm, and a 23-year-old guard was injured. He died hours later.", dead,
			""},
		{"another person died in the next sentence",
			"Marsh\n\nA 40-year-old porter was wounded in the arm, and a 23-year-old guard was injured. The driver died hours later.", dead,
			""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestHurtReviewPairs: the false pairs a read-only review built for the
// hurt pairing (session 46). Each second article tells its killed victim
// and one more person whose hurt is denied, of another event, of the
// other side, or who speaks of another's death; none is the only victim
// told hurt.
func TestHurtReviewPairs(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	const x = "Marsh\n\nA 19-year-old deckhand was stabbed to death beside the ferry ramp, and a 40-year-old porter was wounded in the arm."
	for _, tc := range []struct{ name, y string }{
		{"not injured", "Marsh\n\nA 19-year-old deckhand was killed beside the ferry ramp. A 52-year-old guard was not injured, wardens said."},
		{"a similar attack before", "Marsh\n\nA 19-year-old deckhand was killed beside the ferry ramp. The quay's 62-year-old harbourmaster, who was injured in a similar attack, said the ramp needs lights."},
		{"hurt fleeing from the police", "Marsh\n\nA 19-year-old deckhand was killed beside the ferry ramp. A 27-year-old man was injured when he fell while fleeing from officers."},
		{"hurt and charged", "Marsh\n\nA 19-year-old deckhand was killed beside the ferry ramp. A 27-year-old man was treated for cuts and charged with murder."},
		{"charged in the next sentence", "Marsh\n\nA 19-year-old deckhand was killed beside the ferry ramp. A 27-year-old man was injured in the scuffle. He was later charged with murder."},
	} {
		r := run(doc("a", x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != "" {
			t.Errorf("%s: got %q, want none", tc.name, got)
		}
	}
}
