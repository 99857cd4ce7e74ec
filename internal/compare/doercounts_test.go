package compare

import (
	"strings"
	"testing"
)

// TestOneDoerCounts: the people one act of one doer took, counted by two
// nouns that can name one set, are one fact; two kinds side by side, a
// second count of the verb in one article, groups against persons
// ("two families" / "nine people") or two doers are not; a group noun
// that counts its members ("40 troops", "40 police") is a count of persons.
// Sentences invented.
func TestOneDoerCounts(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       string // "" for no conflict of counts
	}{
		{"one body hires doctors / surgeons",
			"Ardley Health Trust hired six doctors for the new trauma unit at Selworth on Monday.",
			"Ardley Health Trust hired only four surgeons for the new trauma unit at Selworth.", "number:"},
		{"police arrest men / suspects",
			"Police arrested three men after the raid on a warehouse in Dunmere on Friday.",
			"Police arrested five suspects after the raid on a warehouse in Dunmere.", "number:"},
		{"two kinds are two groups",
			"Ardley Health Trust hired six surgeons for the new trauma unit at Selworth on Monday.",
			"Ardley Health Trust hired four porters for the new trauma unit at Selworth.", ""},
		{"an article with two counts of the verb",
			"Police arrested three men and two women after the raid on a warehouse in Dunmere on Friday.",
			"Police arrested five suspects after the raid on a warehouse in Dunmere.", ""},
		{"people and animals",
			"Firefighters carried three men out of the burning barn at Holm Farm on Sunday.",
			"Firefighters carried five dogs out of the burning barn at Holm Farm.", ""},
		{"groups and persons",
			"Lifeboat crews rescued two families from the flooded caravan park at Marrow Sands on Sunday.",
			"Lifeboat crews rescued nine people from the flooded caravan park at Marrow Sands.", ""},
		{"groups and men",
			"Police arrested two gangs after the brawl outside a nightclub in Tolverne on Saturday.",
			"Police arrested seven men after the brawl outside a nightclub in Tolverne.", ""},
		{"troops count men",
			"The garrison sent 40 troops to the flooded villages near Marrow Sands on Sunday.",
			"The garrison sent 60 men to the flooded villages near Marrow Sands.", "number:"},
		{"a collective noun after a plural figure counts persons",
			"The garrison sent 40 police to the flooded villages near Marrow Sands on Sunday.",
			"The garrison sent 60 people to the flooded villages near Marrow Sands.", "number:"},
		{"two doers",
			"Police arrested three men after the raid on a warehouse in Dunmere on Friday.",
			"Customs officers arrested five suspects after the raid on a warehouse in Dunmere.", ""},
	}
	for _, c := range cases {
		got := kinds(runDated("Raid\n\n"+c.a, "Raid\n\n"+c.b).Discrepancies)
		if c.want == "" && strings.Contains(got, "number:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
