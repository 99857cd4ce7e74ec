package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording): session 50's
// reviewers' false pairs of two acts told as one (acts1, issue 9).

// twoActsRow is two articles and the discrepancies they should give.
type twoActsRow struct{ name, x, y, want string }

func checkTwoActs(t *testing.T, rows []twoActsRow) {
	t.Helper()
	pub, pub2 := dates.Date{Year: 2022, Month: 3, Day: 9}, dates.Date{Year: 2022, Month: 3, Day: 10}
	for _, tc := range rows {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub2))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCutVerbObjects: a verb of the "cut" class dates its act with its
// object (twoObjectActs): a judge's setting of trial dates and of bail,
// vandals' setting of fires and runners' setting of records are two acts;
// guards: one object noun, synonyms ("bail", "bond"), one noun in the
// singular and the plural still conflict.
func TestCutVerbObjects(t *testing.T) {
	checkTwoActs(t, []twoActsRow{
		{"trial dates, bail",
			"Venn case\n\nA magistrate set trial dates for Orla Venn on Monday. Venn is charged with arson in Dunmere.",
			"Venn case\n\nA magistrate set bail for Orla Venn on Thursday. Venn is charged with arson in Dunmere.", ""},
		{"fires, records",
			"Dunmere week\n\nVandals set fires near the Dunmere stadium on Monday, police said. Nobody was hurt.",
			"Dunmere week\n\nSprinters set records at the Dunmere stadium on Saturday, officials said. Nobody was hurt.", ""},
		// guards
		{"bail, a bond",
			"Venn case\n\nA magistrate set bail for Orla Venn on Monday. Venn is charged with arson in Dunmere.",
			"Venn case\n\nA magistrate set a $20,000 bond for Orla Venn on Thursday. Venn is charged with arson in Dunmere.", "date:on Monday/on Thursday"},
		{"bail, the bail",
			"Venn case\n\nA magistrate set bail for Orla Venn on Monday. Venn is charged with arson in Dunmere.",
			"Venn case\n\nA magistrate set the bail for Orla Venn on Thursday. Venn is charged with arson in Dunmere.", "date:on Monday/on Thursday"},
		{"trial dates, a trial date",
			"Venn case\n\nA magistrate set trial dates for Orla Venn on Monday. Venn is charged with arson in Dunmere.",
			"Venn case\n\nA magistrate set a trial date for Orla Venn on Thursday. Venn is charged with arson in Dunmere.", "date:on Monday/on Thursday"},
	})
}

// TestHeldOwnNoun: an -ing noun held as an organised event that WordNet
// derives from no verb of its form ("hearing", a proceeding) is dated as
// itself, not as its verb's act ("heard a loud blast"); guards: a noun
// WordNet derives from its verb ("meeting": meet) and one hearing held on
// two days still conflict.
func TestHeldOwnNoun(t *testing.T) {
	checkTwoActs(t, []twoActsRow{
		{"a hearing held, a blast heard",
			"Blast\n\nA hearing on the blast at the Dunmere grain mill was held Monday, officials said.",
			"Blast\n\nNeighbours heard a loud blast at the Dunmere grain mill on Thursday, officials said.", ""},
		// guards
		{"a hearing held on two days",
			"Blast\n\nA hearing on the blast at the Dunmere grain mill was held Monday, officials said.",
			"Blast\n\nA hearing on the blast at the Dunmere grain mill was held Thursday, officials said.", "date:Monday/Thursday"},
		{"a meeting held, the board met",
			"Mill\n\nA meeting on the Dunmere grain mill was held Monday, officials said.",
			"Mill\n\nThe board met on the Dunmere grain mill on Thursday, officials said.", "date:Monday/on Thursday"},
	})
}

// TestStretchOrdinals: an ordinal before a noun with a sense that is a
// stretch of a journey or a division of a game ("leg", "lap") numbers
// the stretches in which one doer acts again (stretchNoun); guards: an
// ordinal of floors still conflicts; the nouns read.
func TestStretchOrdinals(t *testing.T) {
	// One day of publication: two days let a series go on.
	for _, tc := range []twoActsRow{
		{"first leg, second leg",
			"Cup tie\n\nBrel scored twice in the first leg, the Ostley club said.",
			"Cup tie\n\nBrel scored twice in the second leg, the Ostley club said.", ""},
		{"third lap, fifth lap",
			"Race\n\nTomas Brel crashed on the third lap of the Ostley race, his team said.",
			"Race\n\nTomas Brel crashed on the fifth lap of the Ostley race, his team said.", ""},
		// guard
		{"second floor, third floor",
			"Fire\n\nThe fire broke out on the second floor of Ostley mill, the brigade said.",
			"Fire\n\nThe fire broke out on the third floor of Ostley mill, the brigade said.", "other:second floor/third floor"},
	} {
		if got := kinds(runDated(tc.x, tc.y).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	c := newComparer(Input{})
	for w, want := range map[string]bool{"leg": true, "lap": true, "round": true, "floor": false, "degree": false, "place": false, "row": false, "term": false, "hole": false} {
		if got := c.stretchNoun(w); got != want {
			t.Errorf("stretchNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPrepositionObjectNoSubject: the noun right before a verb of
// occurring that is a preposition's object is not its subject ("the
// briefing on the shooting took place at 4:20 p.m. on Monday" dates no
// shooting); guards: the noun as subject, after a preposition of time
// that opens a clause ("minutes after the shooting happened"), and before
// a participle ("a call about shots fired ... on Monday") still date it.
func TestPrepositionObjectNoSubject(t *testing.T) {
	rows := []twoActsRow{
		{"a briefing on the shooting",
			"Shooting\n\nThe briefing on the shooting took place at 4:20 p.m. on Monday, a day after two men were hurt on Kell Street.",
			"Shooting\n\nThe shooting on Kell Street took place at 11 p.m. on Sunday. Two men were hurt.", ""},
		{"a briefing on the shooting, the day told apart",
			"Shooting\n\nThe briefing on the shooting took place at 4:20 p.m. on Monday. Police chief Dara Wynn said two men were hurt and a suspect fled on foot late Sunday.",
			"Shooting\n\nThe shooting took place at 11 p.m. on Sunday on Kell Street. Two men were hurt, police chief Dara Wynn said.", ""},
		{"briefings on the shooting",
			"Shooting\n\nThe briefings on the shooting took place at 4:20 p.m. on Monday, a day after two men were hurt on Kell Street.",
			"Shooting\n\nThe shooting on Kell Street took place at 11 p.m. on Sunday. Two men were hurt.", ""},
		{"a vigil for those hurt in the shooting",
			"Shooting\n\nTwo men were hurt on Kell Street. The vigil for those hurt in the shooting took place at 4:30 p.m., police chief Dara Wynn said.",
			"Shooting\n\nTwo men were hurt on Kell Street. The shooting took place at 11 p.m., police chief Dara Wynn said.", ""},
		// guards
		{"the shooting as subject",
			"Shooting\n\nTwo men were hurt on Kell Street. The shooting took place at 10 p.m., police chief Dara Wynn said.",
			"Shooting\n\nTwo men were hurt on Kell Street. The shooting took place at 11 p.m., police chief Dara Wynn said.", "date:10 p.m./11 p.m."},
		{"after the shooting happened",
			"Shooting\n\nOfficers reached Kell Street minutes after the shooting happened at 10 p.m., police chief Dara Wynn said.",
			"Shooting\n\nTwo men were hurt on Kell Street. The shooting took place at 11 p.m., police chief Dara Wynn said.", "date:10 p.m./11 p.m."},
	}
	checkTwoActs(t, rows)
}
