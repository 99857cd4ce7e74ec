package compare

import "testing"

// TestPlaceKinds: sentences written for these tests (session 56, place3).
// Found: a verb whose past is its base ("burst", "hit"), a copula of
// change before an adjective ("fell ill"), two streets of one town after
// "on", two goals after "to" in an of-apposition. Guards: a street and
// its town only, two streets one article names both, an infinitive of a
// zero-past verb, a noun that modifies a noun ("a traffic
// stop"), a goal against a place the act was in.
func TestPlaceKinds(t *testing.T) {
	found := []struct{ name, x, y, want string }{
		{"a verb whose past is its base",
			"Flooding\n\nA sewer pipe burst in the town of Calder Vale on Monday night, flooding a row of shops, the council said.",
			"Flooding\n\nA sewer pipe burst in Millhaven late on Monday and flooded several shops, council officials said.",
			"place:in the town of Calder Vale/in Millhaven"},
		{"a passive zero past",
			"Storm\n\nA lorry was hit in Pennick on Sunday when gales brought a tree down on it.",
			"Storm\n\nA lorry was hit in Trewell on Sunday as gales swept the coast, police said.",
			"place:in Pennick/in Trewell"},
		{"a copula of change before an adjective",
			"Campsite\n\nNine walkers fell ill at a campsite in Osterley on Sunday after drinking stream water.",
			"Campsite\n\nNine hikers fell ill at a campsite in Brinmoor on Sunday, the ambulance service said.",
			"place:in Osterley/in Brinmoor"},
		{"two streets of one town",
			"Shooting\n\nA teenager was shot on Quarry Street in Delham on Saturday night, police said.",
			"Shooting\n\nA 17-year-old was shot on Tanner Street in Delham late on Saturday, police said.",
			"place:on Quarry Street/on Tanner Street"},
		{"two goals in apposition",
			"Yacht\n\nA yacht that lost its rudder was towed to the port of Kelby on Sunday, the coastguard said.",
			"Yacht\n\nThe yacht, its rudder gone, was towed to the harbour at Marrick on Sunday by a lifeboat.",
			"place:to the port of Kelby/to the harbour at Marrick"},
	}
	for _, tc := range found {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	quiet := []struct{ name, x, y string }{
		{"a street and its town",
			"Stabbing\n\nA man was stabbed on Fenner Road in Ulverby on Friday, police said.",
			"Stabbing\n\nA man was stabbed in Ulverby on Friday, police said."},
		{"two streets one article names both",
			"Shooting\n\nA teenager was shot on Quarry Street in Delham on Saturday night, police said. Officers closed Quarry Street and Tanner Street.",
			"Shooting\n\nA 17-year-old was shot on Tanner Street in Delham late on Saturday, police said."},
		{"an infinitive of a zero-past verb",
			"Pipes\n\nEngineers feared the old main would start to burst in Calder Vale on Monday, the council said.",
			"Pipes\n\nEngineers feared the old main was likely to burst in Millhaven on Monday, the council said."},
		{"a noun that modifies a noun",
			"Roads\n\nA driver was arrested during a traffic stop in Ashby on Friday, police said.",
			"Roads\n\nA woman was injured in a traffic collision in Brookfield on Friday, police said."},
		{"a goal against a place the act was in",
			"Yacht\n\nA lifeboat towed the yacht to the port of Kelby on Sunday after its rudder failed.",
			"Yacht\n\nThe yacht's rudder failed and a lifeboat towed it in the harbour at Marrick on Sunday."},
	}
	for _, tc := range quiet {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		if got := kinds(r.Discrepancies); got != "" {
			t.Errorf("%s: got %q, want none", tc.name, got)
		}
	}
}
