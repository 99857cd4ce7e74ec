package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// TestDescribedPersonName: words that only describe a person before a
// name that opens with a first name (a party, a state, a title) are the
// person's title, not part of the name, so the described and the plain
// mention are one person and the surname alone speaks for them. A
// place's name alone before a name is no description: it is the given
// name of a three-part name.
func TestDescribedPersonName(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct{ span, name string }{
		{"Democrat Maribel Okafor", "Maribel Okafor"},
		{"Republican Gideon Harrow", "Gideon Harrow"},
		{"Alaska Attorney General Bill Fenwick", "Bill Fenwick"},
		{"New York Republican Gideon Harrow", "Gideon Harrow"},
		{"Gideon Harrow", "Gideon Harrow"},
		{"John Paul Harrow", "John Paul Harrow"}, // two first names: one name
		{"Lee Anna Harrow", "Lee Anna Harrow"},   // a surname WordNet knows ("Lee") as the first of two given names
		{"Post Editor Gideon Harrow", "Gideon Harrow"},
		{"New York", "New York"},
		{"Austin Gideon Harrow", "Austin Gideon Harrow"}, // a place's name alone before a name: the given name
		{"Alaska Gideon Harrow", "Alaska Gideon Harrow"},
		{"Austin Harrow", "Austin Harrow"},
		// a body's name before the noun of persons: the affiliation
		{"Millbrook Rowing Club Treasurer Ada Lund", "Ada Lund"},
		{"Fenwick Valley Gazette Correspondent Nora Quill", "Nora Quill"},
		{"Harbour Court Treasurer Ada Lund", "Ada Lund"}, // "Court" a given name too, here the common word
		{"Trust Nora Quill", "Trust Nora Quill"},         // no noun of persons before the name
	} {
		_, nt := splitTitle(lx, text.Tokens(c.span))
		got := ""
		if len(nt) > 0 {
			got = c.span[nt[0].Start:nt[len(nt)-1].End]
		}
		if got != c.name {
			t.Errorf("splitTitle(%q) name = %q, want %q", c.span, got, c.name)
		}
	}
	body := "Democrat Maribel Okafor won the county on Tuesday. " +
		"Maribel Okafor thanked the volunteers at the fairground. " +
		"Okafor said the turnout was the best in years. " +
		"She said the recount would change nothing."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"the turnout was the best in years": {"Maribel Okafor", "Okafor", "named"},
		"the recount would change nothing":  {"Maribel Okafor", "she", "pronoun"},
	})
	// The described person is a woman by her given name, so "she" goes
	// on with her, not with the woman who spoke before.
	body = "Harriet Voss, the mayor, opened the rowing season on Saturday. " +
		"“The river is ours again,” Voss said.\n\n" +
		"Millbrook Rowing Club Treasurer Ada Lund thanked the volunteers who cleared the banks. " +
		"“We will race here every week until October,” she said."
	checkSpeakers(t, analyze(body), map[string]speakerWant{
		"We will race here every week until October": {"Ada Lund", "she", "pronoun"},
	})
}
