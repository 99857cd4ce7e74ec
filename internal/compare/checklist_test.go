package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for these tests (no data set's wording): each
// construction the fact reader used to drop, told by two outlets in their
// own words with one value changed, must come out as one discrepancy with
// both values.
func TestDroppedConstructions(t *testing.T) {
	pub := dates.Date{Year: 2024, Month: 4, Day: 17}
	cases := []struct{ name, a, b, want string }{
		{"the firm has N employees",
			"Plant closes\n\nThe toolmaker Brandvik will close its plant in Orsley next year. The firm has 4,200 employees in three countries, a spokeswoman said.",
			"Brandvik to shut Orsley plant\n\nBrandvik said on Wednesday it would shut its Orsley plant next year. The company has 3,600 employees worldwide.",
			"4,200/3,600"},
		{"N miles east of a town",
			"Quake\n\nThe quake struck 12 miles east of Harwick at a depth of 10 km, the survey said.",
			"Quake shakes Harwick\n\nThe epicentre was 19 miles east of Harwick, according to the geological survey, and houses shook for a minute.",
			"12 miles/19 miles"},
		{"an N-month review",
			"Regulator\n\nThe regulator ordered an 18-month review of the Tallis refinery after the leak.",
			"Refinery leak\n\nAfter the leak, the Tallis refinery faces a 12-month review ordered by the regulator.",
			"18-month/12-month"},
		{"a magnitude-N quake",
			"Quake\n\nA magnitude-4.7 quake shook the Verran valley on Monday, damaging dozens of homes.",
			"Homes damaged\n\nDozens of homes were damaged in the Verran valley when a magnitude-5.3 earthquake struck on Monday.",
			"magnitude-4.7/magnitude-5.3"},
		{"deliberated for almost N hours",
			"Verdict\n\nThe jury deliberated for almost seven hours before finding Corran guilty of fraud.",
			"Corran guilty\n\nJurors found Corran guilty of fraud after deliberating for about 11 hours over two days.",
			"almost seven hours/about 11 hours"},
		{"$N billion with the verb far back",
			"Deal\n\nHalvard agreed on Tuesday, after months of talks with regulators in three countries, to pay $3.2 billion for the Norrby mines.",
			"Halvard buys Norrby mines\n\nHalvard will buy the Norrby mines for $4.5 billion, the company said on Tuesday.",
			"$3.2 billion/$4.5 billion"},
		{"an age N-year-old",
			"Crash\n\nThe 43-year-old driver of the bus was taken to hospital in Welby after the crash.",
			"Bus crash in Welby\n\nThe bus driver, a 47-year-old man, was taken to hospital in Welby, police said.",
			"43-year-old/47-year-old"},
		{"a count under ten without an event",
			"Fire\n\nSix families lived in the building on Carrow Street, the fire brigade said.",
			"Carrow Street fire\n\nThe building on Carrow Street was home to eight families, neighbours said.",
			"Six/eight"},
		{"hyphenated number-words",
			"Crash\n\nTwenty-three people were injured when the train left the tracks near Ossing, police said.",
			"Train derails\n\nThe derailment near Ossing injured thirty-one people, police said.",
			"Twenty-three/thirty-one"},
		{"evacuated: a verb of motion is the event",
			"Flood\n\nRescuers evacuated 300 residents from the flooded district of Amble on Sunday.",
			"Amble flood\n\nSome 450 residents of Amble were evacuated as the river burst its banks on Sunday.",
			"300/some 450"},
		{"no one was killed",
			"Blast\n\nNo one was killed in the blast at the Denholm depot, the fire service said.",
			"Depot blast\n\nTwo workers were killed in the blast at the Denholm depot, the fire service said.",
			"No one/Two"},
	}
	for _, c := range cases {
		r := run(doc("a", c.a, pub), doc("b", c.b, pub))
		got := kinds(r.Discrepancies)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDaysAgoLendsNoWhat: "N days ago" is no duration and lends its
// neighbour no "what": the toll beside it is compared as a toll.
func TestDaysAgoLendsNoWhat(t *testing.T) {
	pub := dates.Date{Year: 2024, Month: 4, Day: 17}
	a := "Bridge\n\nThe bridge at Kelby collapsed nine days ago, killing 12 people, officials said."
	b := "Kelby bridge\n\nThe collapse of the Kelby bridge five days ago killed 12 people, officials said."
	r := run(doc("a", a, pub), doc("b", b, pub))
	if len(r.Discrepancies) != 0 {
		t.Errorf("days ago compared: %q", kinds(r.Discrepancies))
	}
	// The toll is read: told otherwise, it conflicts.
	r = run(doc("a", a, pub), doc("b", strings.Replace(b, "killed 12", "killed 15", 1), pub))
	if got := kinds(r.Discrepancies); got != "number:12/15" {
		t.Errorf("toll beside days ago: got %q, want number:12/15", got)
	}
}
