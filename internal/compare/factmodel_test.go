package compare

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for these tests (no data set's wording).

// TestCountKeys: a count's slot key is what it counts and the event it is
// counted for, whatever the sentence around it.
func TestCountKeys(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	found := []struct{ name, a, b, want string }{
		{"two nouns for the people of one event, one named group",
			"Ambush\n\nPolice said 9 Harlan Ring smugglers were killed in an ambush on the coast road on Sunday.",
			"Ambush\n\nThe ambush on the coast road killed 11 Harlan Ring members, police said, and two officers were hurt.",
			"number:9/11"},
		{"a participle carries the counted noun",
			"Ferry\n\nNine passengers needed care after the ferry struck the pier, among them three injured, the operator said.",
			"Ferry\n\nThe storm drove the ferry into the pier and left six passengers injured, the operator said.",
			"number:three/six"},
	}
	for _, c := range found {
		r := run(doc("a", c.a, pub), doc("b", c.b, pub))
		if got := kinds(r.Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"a state is no event: survived by",
			"Obituary\n\nMarta Lind was survived by two children, the family said.",
			"Obituary\n\nMarta Lind was survived by four grandsons, the family said."},
		{"two events of one sentence",
			"Raid\n\nThe raid killed 11 gunmen and wounded four soldiers, Colonel Ames said.",
			"Raid\n\nThe raid killed 11 gunmen and wounded seven civilians, Colonel Ames said."},
		{"a rate is not a count",
			"Match\n\nOrtega averaged 7.2 rebounds this season before the final.",
			"Match\n\nOrtega had nine rebounds in the final."},
		{"a score is not a count",
			"Match\n\nThe Hawks closed the half on a 20-2 run against Dorset.",
			"Match\n\nThe Hawks closed the half on a 20-4 run against Dorset."},
		{"a name is not a count",
			"Court\n\nThe 8 Mile gang was blamed for the shooting in Hollin.",
			"Court\n\nTwo rival gangs were blamed for the shooting in Hollin."},
		{"values of two orders of magnitude, aligned",
			"Record\n\nOrtega broke the club record of 1,340 yards held by Reyes.",
			"Record\n\nOrtega broke the club record of 13 yards held by Reyes."},
	}
	for _, c := range none {
		r := run(doc("a", c.a, pub), doc("b", c.b, pub))
		if len(r.Discrepancies) != 0 {
			t.Errorf("%s: %q", c.name, kinds(r.Discrepancies))
		}
	}
}

// TestCountValues reads counts as typed values with their event.
func TestCountValues(t *testing.T) {
	an := mention.Analyze("The storm killed 12 people and injured 30 villagers. He scored 7 goals and three assists.", dates.Date{}, 0)
	got := map[string]string{}
	for _, v := range mention.Values(an) {
		got[v.Text] = v.Type + "/" + v.Unit + "/" + v.Event
	}
	want := map[string]string{"12 people": "count/people/kill", "30 villagers": "count/villager/injure", "7 goals": "count/goal/score", "three assists": "count/assist/score"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%q: got %q, want %q (all: %v)", k, got[k], w, got)
		}
	}
}

// TestSidesAgreeWithEveryValue: a value joins a side only when it agrees
// with all of its values ("Monday" may be "early Tuesday", not "Tuesday
// morning").
func TestSidesAgreeWithEveryValue(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Museum\n\nThe Arden town museum was shut early Tuesday after a pipe burst in its cellar, staff said."
	b := "Museum\n\nThe Arden town museum was shut on Tuesday morning after a pipe burst in its cellar, staff said."
	c := "Museum\n\nThe Arden town museum was shut Monday after a pipe burst in its cellar, staff said."
	r := run(doc("a", a, pub), doc("b", b, pub), doc("c", c, pub))
	got := kinds(r.Discrepancies)
	if len(r.Discrepancies) != 1 || !strings.Contains(got, "Monday") || !strings.Contains(got, "Tuesday") {
		t.Fatalf("got %q, want one discrepancy Monday vs Tuesday", got)
	}
}

// TestConsensusFromFacts: an agreed value of two origins is a fact printed
// from its sentence; a copy adds no origin.
func TestConsensusFromFacts(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Fire\n\nThe fire destroyed 14 homes in Arden, the fire chief said."
	b := "Fire\n\nFourteen homes were destroyed in Arden by the blaze, officials said."
	r := run(doc("a", a, pub), doc("b", b, pub))
	ok := false
	for _, k := range r.Consensus {
		if strings.Contains(k.Fact, "homes") && k.Origins == 2 {
			ok = true
		}
	}
	if !ok {
		t.Fatalf("no consensus on the homes destroyed: %+v", r.Consensus)
	}
}

// TestAges: an age belongs to the name written after it, misspelt or
// with a nickname.
func TestAges(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Trial\n\nThe trial of 17-year-old Dorian Vell opened in Hadley on Monday, the court said."
	b := "Trial\n\nJurors heard that 19 year-old Dorain Vell fired the shot in Hadley, the court said."
	c := "Shooting\n\nA witness saw the shooting of 17-year-old Marko (Kiko) Sandor on Friday, police said."
	d := "Shooting\n\nPolice shot 15-year-old Marko Sandor on Friday in Lisle, officials said."
	for _, tc := range []struct{ name, x, y, want string }{
		{"a misspelt given name is one person", a, b, "number:17-year-old/19 year-old"},
		{"a nickname between the names", c, d, "number:17-year-old/15-year-old"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestOneFactTwoUnits: a value given in two units is one fact; the copy
// that changes one of them is found on that unit.
func TestOneFactTwoUnits(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Flood\n\nThe flood water reached nine km (6 miles) inland from Tarrow, the survey said."
	b := strings.Replace(a, "(6 miles)", "(8 miles)", 1)
	r := run(doc("a", a, pub), doc("b", b, pub))
	if got := kinds(r.Discrepancies); !strings.Contains(got, "6 miles") || !strings.Contains(got, "8 miles") {
		t.Errorf("got %q, want 6 miles vs 8 miles", got)
	}
}

// TestValueDiscrepanciesDeterministic: links of equal strength are joined
// in one order whatever the order maps hand them out in, so one story gives
// one set of discrepancies run after run.
func TestValueDiscrepanciesDeterministic(t *testing.T) {
	texts := []string{
		"Harbour fire\n\nThe ferry carried 40 passengers and 12 crew when the fire started. The ferry carried 40 passengers, the operator said.",
		"Harbour fire\n\nThe ferry carried 42 passengers and 12 crew when the fire started. The ferry carried 44 passengers, the operator said.",
		"Harbour fire\n\nThe ferry carried 40 passengers and 11 crew when the fire started. The ferry carried 42 passengers, the operator said.",
		"Harbour fire\n\nThe ferry carried 44 passengers and 11 crew when the fire started.",
	}
	var first string
	for k := 0; k < 30; k++ {
		var docs []story.Doc
		for i, tx := range texts {
			docs = append(docs, doc(fmt.Sprint("a", i), tx, day))
		}
		b, _ := json.Marshal(run(docs...).Discrepancies)
		if k == 0 {
			first = string(b)
			continue
		}
		if string(b) != first {
			t.Fatalf("run %d differs:\n%s\nfirst:\n%s", k, b, first)
		}
	}
}
