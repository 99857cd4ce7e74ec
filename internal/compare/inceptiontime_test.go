package compare

import (
	"strings"
	"testing"
)

// TestInceptionOwnTime: sentences and articles written for this test
// (readA55, session 55). A verb of beginning or "come" dates its
// subject's event only by its own time adjunct: not by a time of a
// catenative complement ("began to spread", "started moving"), of "came
// to an end", of a second start ("started again"), of another event
// placed by "after" ("came a day after the shooting on Sunday"), or of
// "come" as a verb of motion ("came within metres of").
func TestInceptionOwnTime(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sent, clock, want string }{
		{"The fire began to spread toward the houses at 4 a.m., residents said.", "4 a.m.", ""},
		{"The march started moving at 11 a.m., an hour late.", "11 a.m.", ""},
		{"The siege came to an end at 4 p.m. when he walked out unarmed.", "4 p.m.", ""},
		{"The fire started again at 6 a.m. after crews had left.", "6 a.m.", ""},
		{"The fire came within metres of the nearest houses at 4 a.m.", "4 a.m.", ""},
		{"The explosion came hours after the last workers left at 6 p.m.", "6 p.m.", ""},
		// guards: the verb's own time
		{"The fire started in a shed at the rear at about 4 a.m.", "4 a.m.", "fire"},
		{"The fire started shortly after 4 a.m. in a shed at the rear.", "4 a.m.", "fire"},
		{"The collapse came shortly after 8:40 a.m., just after a group had crossed.", "8:40 a.m.", "collapse"},
		{"The call came in at 9:14 p.m. from a neighbour.", "9:14 p.m.", "call"},
	} {
		toks, v := clockOf(t, tc.sent, tc.clock)
		_, got, _ := c.occurrenceEvent(toks, v)
		if got != tc.want {
			t.Errorf("%q: occurrenceEvent written = %q, want %q", tc.sent, got, tc.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"the end of a siege is not its start",
			"Siege\n\nArmed police surrounded a farmhouse near Bellow Cross after a gunman shut himself inside.\n\nThe siege came to an end at 4 p.m. when he walked out unarmed.",
			"Siege\n\nA man held police at bay for hours at a farmhouse near Bellow Cross.\n\nThe siege began at 9 a.m. after neighbours reported shots."},
		{"the end of a stoppage is not its start (days)",
			"Tram stoppage\n\nTram drivers in Oskirk went back to work after a four-day stoppage over pay.\n\nThe strike came to an end on Thursday when the company raised its offer.",
			"Tram stoppage\n\nCommuters in Oskirk walked or took taxis this week as tram drivers stopped work over pay.\n\nThe strike began on Monday after talks with the company failed."},
		{"a fire's spread is not its outbreak",
			"Mill fire\n\nA fire gutted a flour mill on Tansy Road in Brockwell on Tuesday.\n\nThe fire broke out at 2:10 a.m. in a storage shed.",
			"Mill fire\n\nCrews spent hours at a burning flour mill on Tansy Road in Brockwell.\n\nThe fire began to spread toward the houses at 4 a.m., and residents were moved out."},
		{"a fire that started again",
			"Mill fire\n\nA fire gutted a flour mill on Tansy Road in Brockwell on Tuesday.\n\nThe fire broke out at 2:10 a.m. in a storage shed.",
			"Mill fire\n\nCrews spent hours at a burning flour mill on Tansy Road in Brockwell.\n\nThe fire started again at 6 a.m. after crews had left."},
		{"a fire that came near houses",
			"Mill fire\n\nA fire gutted a flour mill on Tansy Road in Brockwell on Tuesday.\n\nThe fire broke out at 2:10 a.m. in a storage shed.",
			"Mill fire\n\nCrews spent hours at a burning flour mill on Tansy Road in Brockwell.\n\nThe fire came within metres of the nearest houses at 4 a.m."},
		{"an arrest a day after the shooting's day",
			"Arrest\n\nPolice in Dunholt arrested Milo Vantry on Tuesday over the shooting of a shopkeeper.",
			"Arrest\n\nMilo Vantry was held over the shooting of a shopkeeper in Dunholt.\n\nMilo Vantry's arrest came a day after the shooting on Sunday."},
		{"an explosion hours after the workers left",
			"Plant blast\n\nAn explosion ripped through a paint factory in Harwick overnight.\n\nThe explosion came hours after the last workers left at 6 p.m.",
			"Plant blast\n\nA paint factory in Harwick was wrecked when a tank exploded at 11 p.m., the fire service said."},
		{"the first day of a search is not the day of every search",
			"Climber missing\n\nThe search for a missing climber began on Sunday near Crag Hut in the Vell range.",
			"Climber missing\n\nRescuers searched for the missing climber near Crag Hut in the Vell range on Tuesday."},
		{"the first day of a trial is not its last",
			"Trial\n\nThe trial of Ross Emberly began on Monday at Kellow Crown Court.",
			"Trial\n\nRoss Emberly was tried at Kellow Crown Court on Friday."},
		{"a march that started moving late",
			"March\n\nThousands marched through Ebbley on Saturday against the closure of the library.\n\nThe march began at 10 a.m. in Corn Square.",
			"March\n\nAbout 3,000 people marched through Ebbley on Saturday.\n\nThe march started moving at 11 a.m., an hour late."},
	}
	for _, tc := range none {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no time discrepancy", tc.name, got)
		}
	}
	found := []struct{ name, a, b, want string }{
		{"the fire started in a shed / broke out",
			"Mill fire\n\nA fire gutted a flour mill on Tansy Road in Brockwell on Tuesday.\n\nThe fire broke out at 2:10 a.m. in a storage shed.",
			"Mill fire\n\nCrews spent hours at a burning flour mill on Tansy Road in Brockwell.\n\nThe fire started in a shed at the rear at about 4 a.m.",
			"date:2:10 a.m./about 4 a.m."},
		{"the collapse came shortly after / collapsed",
			"Bridge\n\nA footbridge over the Lunt in Orbury fell into the river on Monday.\n\nThe bridge collapsed at 7:20 a.m., the council said.",
			"Bridge\n\nWalkers escaped when the Lunt footbridge in Orbury fell on Monday.\n\nThe collapse came shortly after 8:40 a.m., just after a group had crossed.",
			"date:7:20 a.m./about 8:40 a.m."},
		{"the attack came early on a day / attacked",
			"Police post attacked\n\nGunmen attacked a police post in Varnesk on Sunday, killing two officers, the regional governor said.",
			"Police post attacked\n\nTwo officers died when gunmen stormed a police post in Varnesk.\n\nThe attack came early on Tuesday, the governor said.",
			"date:on Sunday/on Tuesday"},
	}
	for _, tc := range found {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNoonZone: articles written for this test (readA55, session 55).
// "Noon" with a time zone after it is that zone's noon, as a clock time
// in figures is: "at noon EDT" and "at 9 a.m. PDT" are one moment; a
// guard: noon and another hour of one zone differ.
func TestNoonZone(t *testing.T) {
	a := "Ferry\n\nThe ferry left Dunmore quay for Hallow Island at noon EDT on Friday."
	same := "Ferry\n\nThe ferry left Dunmore quay for Hallow Island at 9 a.m. PDT on Friday."
	other := "Ferry\n\nThe ferry left Dunmore quay for Hallow Island at 11 a.m. EDT on Friday."
	if got := kinds(run(doc("a", a, day), doc("b", same, day)).Discrepancies); strings.Contains(got, "date:") {
		t.Errorf("noon EDT / 9 a.m. PDT: got %q, want no time discrepancy", got)
	}
	if got := kinds(run(doc("a", a, day), doc("b", other, day)).Discrepancies); !strings.Contains(got, "date:noon EDT/11 a.m. EDT") {
		t.Errorf("noon EDT / 11 a.m. EDT: got %q, want a time discrepancy", got)
	}
}
