package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
)

// TestOwnerOfPostedFigure: a verb of saying whose count is its own event
// ("Raske posted 21 points": the posting is the scoring) leaves its subject
// the owner, of its second object too ("and nine steals"); two players'
// lines are two facts. Invented sentences.
func TestOwnerOfPostedFigure(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Cup\n\nDenis Ardo scored 11 points, while Tobin Raske posted 21 points and nine steals in the win on Tuesday."
	for _, tc := range []struct{ b, want string }{
		{"Cup\n\nThe Herons lost on Tuesday, though Lukas Brenn posted 19 points and five steals for them.", ""},
		{"Cup\n\nThe Herons lost on Tuesday, though Tobin Raske posted 19 points and nine steals against them.", "number:21/19"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestOpeningNameHad: "had" right before the figure (or before a first
// figure and "and") makes the opening name its owner, as an inflected verb
// does. Invented sentence.
func TestOpeningNameHad(t *testing.T) {
	c := newComparer(Input{})
	s := "Varnholt had 31 points and three steals in the loss."
	for _, fig := range []string{"31 points", "three steals"} {
		if got := strings.Join(c.openingName(s, mentionValueAt(s, fig)), "|"); got != "Varnholt" {
			t.Errorf("openingName(%q, %q) = %q, want Varnholt", s, fig, got)
		}
	}
	s = "Varnholt had said 31 points would do."
	if got := c.openingName(s, mentionValueAt(s, "31 points")); got != nil {
		t.Errorf("openingName(%q) = %v, want none", s, got)
	}
}

// TestOwnerInLongRelativeClause: a figure inside a relative clause belongs
// to the clause's antecedent however long the clause runs, and a name in
// apposition to a short opening noun phrase is the subject; so the years of
// two people's deaths are two facts. Invented sentences.
func TestOwnerInLongRelativeClause(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Agency\n\nRolf Ingram had hoped to succeed Ada Varga, who had run the agency for 31 years and died in May 1998."
	for _, tc := range []struct{ b, want string }{
		{"Agency\n\nRolf Ingram retired in 2003. His wife, Mira Ingram, died in 2011.", ""},
		{"Agency\n\nRolf Ingram retired in 2003. His mentor, Ada Varga, died in 1997.", "date:in May 1998/in 1997"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestPossessiveBeforeAge: an age right after a name in the possessive is
// the age of the person the name possesses ("Kerr's grandson, 13"),
// not the name's own. Invented sentences.
func TestPossessiveBeforeAge(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Charges\n\nLise Kerr, 58, of Dunmore, faces charges over the death of a boy, police said."
	for _, tc := range []struct{ b, want string }{
		{"Charges\n\nProsecutors say Lise Kerr kept a rifle under a bed. Kerr's 13-year-old grandson now faces a juvenile count.", ""},
		{"Charges\n\nProsecutors say 61-year-old Lise Kerr kept a rifle under a bed.", "number:58/61-year-old"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestPronounClauseOfOnlyPerson: a time in a later clause whose subject is
// "he" or "she" belongs to the one person the sentence opens with, not to
// the place named before the clause; so two people's times of death are two
// facts, and one person's are one. Invented sentences.
func TestPronounClauseOfOnlyPerson(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Shooting\n\nOla Brekke, 61, was shot in the leg on Sunday. Brekke, a farmer from Nordby, was taken to Lisle Clinic, where he was pronounced dead at 2:45 a.m., officials said."
	for _, tc := range []struct{ b, want string }{
		{"Shooting\n\nKai Varga, 40, was shot on Sunday. Varga was taken to Lisle Clinic, where he was pronounced dead at 12:10 p.m., officials said.", ""},
		{"Shooting\n\nOla Brekke, 61, was shot on Sunday. Brekke was taken to Lisle Clinic, where he was pronounced dead at 3:40 a.m., officials said.", "date:2:45 a.m./3:40 a.m."},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestPossessiveOwnsNoAge: one boy named through two relatives, in the
// possessive before his age ("Kerr's 13-year-old grandson Tom Lind"): the
// age is the boy's (ageOwner reads the name after the noun), and the
// possessive names own none of it (valueOwner), so the two ages are one
// fact and differ. Were each relative the age's owner, the two owners
// would tell two facts apart and the ages would never meet. Invented
// sentences.
func TestPossessiveOwnsNoAge(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Crash\n\nAda Kerr's 13-year-old grandson Tom Lind was hurt when the van left the road near Dunmore."
	for _, tc := range []struct{ b, want string }{
		{"Crash\n\nMira Vance's 14-year-old nephew Tom Lind was hurt when the van left the road near Dunmore.", "number:13-year-old/14-year-old"},
		{"Crash\n\nMira Vance's 14-year-old nephew Ivo Brandt was hurt when the van left the road near Dunmore.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestOwnerPastDashAside: an aside between two dashes is passed over on
// the way from a figure to its owner, so a team's count and a player's are
// two facts; a name inside the aside owns nothing after it. Invented
// sentences.
func TestOwnerPastDashAside(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Cup\n\nTobin Raske posted 21 points and eight assists as the Dunmore Herons won on Tuesday."
	for _, tc := range []struct{ b, want string }{
		{"Cup\n\nThe Dunmore Herons ground their way through the game with 16 turnovers -- two more than the Kelso Comets -- and only 17 assists.", ""},
		{"Cup\n\nTobin Raske posted 21 points and five assists as the Dunmore Herons won on Tuesday.", "number:eight/five"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
	for _, tc := range []struct{ gap, want string }{
		{" ground on with 16 turnovers -- two more than before -- and only ", " ground on with 16 turnovers and only "},
		{" won — as expected — with ", " won with "},
		{" won - with ", " won - with "},
		{" won, with ", " won, with "},
	} {
		if got := withoutDashAsides(tc.gap); got != tc.want {
			t.Errorf("withoutDashAsides(%q) = %q, want %q", tc.gap, got, tc.want)
		}
	}
}

// TestLoneFamilyNameOfItsArticle: a family name alone stands for the
// person its article names in full with it, not for a relative of the same
// name another article names (the years of two people's deaths stay two
// facts); initials opening a name are not its given name. Invented
// sentences.
func TestLoneFamilyNameOfItsArticle(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Agency\n\nW. Rolf Ingram joined the agency in 1970. Ingram had hoped to succeed Ada Varga, who had run the agency for 31 years and died in May 1998."
	for _, tc := range []struct{ b, want string }{
		{"Agency\n\nW. Rolf Ingram retired in 2003. His wife, Mira Ingram, died in 2011.", ""},
		{"Agency\n\nW. Rolf Ingram retired in 2003. His mentor, Ada Varga, died in 1997.", "date:in May 1998/in 1997"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"W. Rolf Ingram", "Mira Ingram", false},
		{"W. Rolf Ingram", "Rolf Ingram", true},
		{"J. Ingram", "Mira Ingram", true},
		{"Ingram", "Mira Ingram", true},
	} {
		if got := samePerson(tc.a, tc.b); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	full := map[string]string{"ingram": "W. Rolf Ingram", "varga": ""}
	for name, want := range map[string]string{"Ingram": "W. Rolf Ingram", "Varga": "Varga", "Mira Ingram": "Mira Ingram", "Lund": "Lund"} {
		if got := fullName(name, full); got != want {
			t.Errorf("fullName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestNameModifier: a name between "the" and a common noun modifies the
// noun ("the Lind family") and owns no figure; a name before a verb, a
// name without "the" and a name before a closed-class word do not.
// Invented sentences.
func TestNameModifier(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		s, name string
		want    bool
	}{
		{"The Lind family lost 40 horses in the fire.", "Lind", true},
		{"Reporters waited outside as the Okafor trial opened with 12 witnesses.", "Okafor", true},
		{"Lind lost 40 horses in the fire.", "Lind", false},
		{"The Comets scored 12 points in the first half.", "Comets", false},
		{"The Lind and Varga families lost 40 horses.", "Lind", false},
		{"Neighbours of the Lind Family lost 40 horses.", "Lind", false},
	} {
		i := strings.Index(tc.s, tc.name)
		m := mention.NameMention{Name: tc.name, Start: i, End: i + len(tc.name)}
		if got := c.nameModifier(tc.s, m); got != tc.want {
			t.Errorf("nameModifier(%q, %q) = %v, want %v", tc.s, tc.name, got, tc.want)
		}
	}
}
