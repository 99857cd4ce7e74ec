package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestCasualtyCountFacts: a bare figure of people hurt or killed
// (mention's casualty reading: "left one dead and eleven injured", "two
// others were wounded", "four were hurt") is the same fact as "N people
// were injured" in another article, and differs when its figure does; a
// figure arrested is another fact. Sentences written for this test.
func TestCasualtyCountFacts(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"complement of left", "The gas blast at the Pellow mill left one dead and eleven injured, the fire chief said.",
			"The gas blast at the Pellow mill killed one worker and injured five people, the fire chief said.", "eleven/five"},
		{"others passive", "A guard at the Pellow mill was shot dead and seven others were wounded in the attack on Friday.",
			"Four people were wounded and a guard was killed in the attack on the Pellow mill on Friday.", "seven/Four"},
		{"arrested is another fact", "Police said three were arrested after the brawl at the Pellow mill on Friday.",
			"Police said five people were hurt during the brawl at the Pellow mill on Friday.", ""},
	}
	cases = append(cases, []struct{ name, a, b, want string }{
		// Shot at (conative, Levin 1993 §1.3) is no count of people shot.
		{"shot at is no casualty", "Police said 3 were shot at by the gunman outside the Kelby depot on Monday, but none were hit.",
			"Two people were shot by the gunman outside the Kelby depot on Monday, police said.", ""},
	}...)
	wantNumberPairs(t, cases)
}

// TestClockRoundMidnight: clock times are read round the day, so a time
// about midnight meets one about half an hour before it ("about midnight" /
// "about 11:30 p.m."), while two exact times either side of midnight, or
// times hours apart, still differ.
func TestClockRoundMidnight(t *testing.T) {
	clock := func(num, spread float64, half string) mention.Value {
		return mention.Value{Type: mention.VClock, Num: num, Low: num - spread, High: num + spread, HalfDay: half, Approx: spread > 0}
	}
	cases := []struct {
		name string
		a, b mention.Value
		same bool
	}{
		{"about midnight / about 11:30 p.m.", clock(0, 20, "am"), clock(23*60+30, 20, "pm"), true},
		{"about 11:55 p.m. / about 12:10 a.m.", clock(23*60+55, 20, "pm"), clock(10, 20, "am"), true},
		{"midnight / 11:30 p.m.", clock(0, 0, "am"), clock(23*60+30, 0, "pm"), false},
		{"about midnight / about 2 a.m.", clock(0, 20, "am"), clock(120, 20, "am"), false},
		{"about noon / about 12:10 p.m.", clock(720, 20, "pm"), clock(730, 20, "pm"), true},
	}
	for _, c := range cases {
		if got := sameValue(c.a, c.b); got != c.same {
			t.Errorf("%s: same %v, want %v", c.name, got, c.same)
		}
	}
}

// TestClockRoundMidnightSameDay: two times that meet only round the day
// are a day apart when both sentences name the same day ("about 11:55
// p.m. Monday" / "about 12:10 a.m. Monday"), and meet when the days are
// the night's two ("Sunday" / "Monday"). Sentences written for this test.
func TestClockRoundMidnightSameDay(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"same day, a day apart", "The fire at the Dorrow plant began about 11:55 p.m. Monday, the fire chief said.",
			"The fire at the Dorrow plant began about 12:10 a.m. Monday, the fire chief said.", "11:55 p.m./about 12:10 a.m."},
		{"exact and about, same day", "The fire at the Dorrow plant began at 11:55 p.m. Monday, the fire chief said.",
			"The fire at the Dorrow plant began about 12:10 a.m. Monday, the fire chief said.", "11:55 p.m./about 12:10 a.m."},
		{"the night's two days", "The fire at the Dorrow plant began about 11:55 p.m. Sunday, the fire chief said.",
			"The fire at the Dorrow plant began about 12:10 a.m. Monday, the fire chief said.", ""},
		{"no day named", "The fire at the Dorrow plant began about 11:55 p.m., the fire chief said.",
			"The fire at the Dorrow plant began about 12:10 a.m., the fire chief said.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		got := kinds(r.Discrepancies)
		if c.want == "" && strings.Contains(got, "p.m./") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// TestCountOfHappeningsNotPlaces: "two suspects in three robberies" counts
// the robberies, as "five robberies" does in another article: a count of
// happenings is no container of the people before it (session 52;
// sentences written for this test).
func TestCountOfHappeningsNotPlaces(t *testing.T) {
	wantNumberPairs(t, []struct{ name, a, b, want string }{
		{"suspects in robberies", "Police have named two suspects in their inquiry into five robberies that left a clerk hurt.",
			"Orlen police charged two suspects in three robberies that hurt a clerk at a bakery on Tamsin Road.", "five/three"},
		{"barns in hamlets", "The gale flattened barns in seven hamlets near Orlen overnight.",
			"The gale flattened twelve hamlets near Orlen overnight.", ""},
		// readE's mend: the happenings a noun's people or things took
		// part in are a part of the happenings told as such; two counts
		// of such happenings still meet.
		{"teenager in shootings", "Orlen police arrested a teenager in two shootings on the east side last weekend.",
			"There were four shootings across Orlen over the weekend, police said.", ""},
		{"teenager in robberies", "A teenager in two robberies on Vane Street was charged on Monday.",
			"Officers are looking into seven robberies in the Vane Street area.", ""},
		{"injuries in crashes", "Injuries in three crashes on the Selby bypass kept crews busy.",
			"There were seven crashes on the Selby bypass on Friday.", ""},
		{"voters in elections", "Voters in three elections backed the Greens.",
			"The Greens have lost four elections in a row.", ""},
		{"points in games", "Tomas Brandt now has 512 points in 40 games for the Wrens.",
			"Brandt has piled up his in 41 games for the Wrens.", "40/41"},
	})
}

// TestCoordinatedObjectCount: "shot two guards and a driver" counts a
// part of the people shot, no figure against "shot four people"; "shot
// two guards and fled" counts them all (session 52; sentences written
// for this test).
func TestCoordinatedObjectCount(t *testing.T) {
	wantNumberPairs(t, []struct{ name, a, b, want string }{
		{"conjunct", "The gunman shot two guards and a driver before speeding off in a green van.",
			"The gunman shot four people before speeding off in a green van.", ""},
		{"two clauses", "The gunman shot two guards and sped off in a green van.",
			"The gunman shot four people before speeding off in a green van.", "two/four"},
		// readE's mend: the noun after "and" is the subject of a clause.
		{"clause after conjunct", "The gunman shot two guards and a cashier phoned for help.",
			"The gunman shot four people before speeding off in a green van.", "two/four"},
	})
}
