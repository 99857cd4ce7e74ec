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
