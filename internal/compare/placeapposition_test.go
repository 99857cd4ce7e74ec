package compare

import "testing"

// TestPlaceApposition: sentences written for these tests. A place named in
// an of-apposition after a noun of places ("in the town of Orrin", "in the
// harbour at Quell") is the happening's place even when the name reader
// did not type the name; two articles' leads that tell one act by one verb
// are one happening. Guards: a capitalised word before the noun names the
// place itself, one place told two ways, a town and its county named
// together, a genitive name.
func TestPlaceApposition(t *testing.T) {
	found := []struct{ name, x, y, want string }{
		{"a town in apposition against a town",
			"Flood\n\nA footbridge was swept away in the town of Orrindale on Sunday after the river burst its banks, the mayor's office said.",
			"Flood\n\nA footbridge was swept away in Gallowmere on Sunday when the swollen river broke through a wall, the mayor's office said.",
			"place:in the town of Orrindale/in Gallowmere"},
		{"two villages, the leads of two outlets",
			"Avalanche\n\nAn avalanche buried two chalets in the village of Tessary on Saturday morning, mountain rescuers said. Nobody was inside.",
			"Avalanche\n\nSnow buried two chalets in the village of Brunhof on Saturday as a slope gave way above the road. The owners were away.",
			"place:in the village of Tessary/in the village of Brunhof"},
		{"a port and a harbour",
			"Tanker\n\nA damaged tanker docked at the port of Caldmouth on Thursday after a long tow through rough seas. Its crew of 14 was safe.",
			"Tanker\n\nThe crippled tanker docked in the harbour at Wenlow on Thursday, its 14 sailors unhurt after a stormy crossing.",
			"place:at the port of Caldmouth/in the harbour at Wenlow"},
	}
	for _, tc := range found {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	quiet := []struct{ name, x, y string }{
		{"a capitalised word before the noun names the place",
			"Stabbing\n\nA man was stabbed outside a bar in the Kessel district of Marrowfield late on Friday, police said.",
			"Stabbing\n\nThe stabbing in Kessel happened shortly before midnight on Friday, police said."},
		{"one town told two ways",
			"Flood\n\nA footbridge was swept away in the town of Orrindale on Sunday after the river burst its banks, the mayor's office said.",
			"Flood\n\nA footbridge was swept away in Orrindale on Sunday when the swollen river broke through a wall, the mayor's office said."},
		{"a town and its county, named together by one article",
			"Hail\n\nHail smashed the roof of a library in the town of Pellbrook on Monday, the county said.\n\nPellbrook lies in Ashvale County.",
			"Hail\n\nHail smashed the roof of a library in Ashvale County on Monday, officials said."},
		{"a genitive name determines another noun",
			"Concert\n\nThe singer collapsed in the middle of Tanwick's biggest show on Friday night, organisers said.",
			"Concert\n\nThe singer collapsed in Dorrance on Friday night, organisers said."},
		// readA56: a noun of a part or the surroundings of a place takes an
		// of-phrase of the whole, no apposition; a lead that tells a
		// second act is no lead of the story's one happening.
		{"a noun of a place's surroundings: the area of",
			"Attack\n\nA woman was attacked in the area of Bramley Fields on Saturday night as she walked home, officers said.",
			"Attack\n\nA woman was attacked in Kenton on Saturday night as she walked home through a park, officers said."},
		{"a noun of a place's surroundings: the vicinity of",
			"Shots\n\nShots were fired in the vicinity of Clement Park on Monday night, police said.",
			"Shots\n\nShots were fired in Ostley on Monday night, police said."},
		{"a follow-up's lead tells a second arrest",
			"Killing\n\nA man was arrested in the town of Marlow on Monday over the killing of a shopkeeper, detectives said.",
			"Killing\n\nA second suspect was arrested in Dunsford on Monday, hours after police held a man in a neighbouring town."},
		{"two leads, two acts",
			"Bridge\n\nA lorry crashed in the village of Tessary on Saturday morning, closing the main road for hours.",
			"Bridge\n\nA lorry was repaired in the village of Brunhof on Saturday after it broke down, the garage said."},
	}
	for _, tc := range quiet {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		if got := kinds(r.Discrepancies); got != "" {
			t.Errorf("%s: got %q, want none", tc.name, got)
		}
	}
}
