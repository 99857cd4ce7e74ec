package lexicon

import (
	_ "embed"
	"slices"
	"strings"
)

// antonyms.txt lists WordNet's direct antonyms of adjectives and verbs,
// lifted from the two words the pointer joins to their synsets ("safe":
// "dangerous", "unsafe"), among each word's three most frequent senses;
// internal/lexicon/gen writes it.
//
//go:embed antonyms.txt
var antonymsTxt string

var antonymsOf = func() map[POS]map[string][]string {
	m := map[POS]map[string][]string{Adj: {}, Verb: {}}
	for _, line := range strings.Split(antonymsTxt, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		p := Adj
		if f[0] == "v" {
			p = Verb
		}
		m[p][f[1]] = strings.Fields(f[2])
	}
	return m
}()

// Antonyms reports whether two lower-case base forms of part of speech p
// (Adj or Verb) are direct antonyms in WordNet ("safe", "unsafe";
// "accept", "reject"), through one of each word's three most frequent
// senses. Multi-word forms are written with underscores ("turn_down").
func Antonyms(a, b string, p POS) bool {
	return slices.Contains(antonymsOf[p][a], b)
}

// AntonymsOf returns the direct antonyms of a lower-case base form of part
// of speech p (Adj or Verb), as Antonyms reads them; nil when it has none.
func AntonymsOf(w string, p POS) []string { return antonymsOf[p][w] }
