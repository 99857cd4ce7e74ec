package lexicon

import (
	_ "embed"
	"strconv"
	"strings"
)

// toinfinitive.txt lists the verbs with a WordNet sense whose sentence
// frames take a to-infinitive ("Somebody ----s somebody to INFINITIVE",
// "Somebody ----s to INFINITIVE") and the rank of the most frequent such
// sense; internal/lexicon/gen writes it.
//
//go:embed toinfinitive.txt
var toInfinitiveTxt string

var toInfinitive = func() map[string]int {
	m := map[string]int{}
	for _, line := range strings.Split(toInfinitiveTxt, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		if r, err := strconv.Atoi(f[1]); err == nil {
			m[f[0]] = r
		}
	}
	return m
}()

// ToInfinitive reports whether WordNet gives the verb of base form verb a
// sense that takes a to-infinitive ("force somebody to leave", "refuse to
// leave"), and the sense number (from 0, most frequent first) of the first
// such sense.
func ToInfinitive(verb string) (rank int, ok bool) {
	rank, ok = toInfinitive[strings.ToLower(verb)]
	return rank, ok
}

// derivation.txt lists the event and act nouns of WordNet (noun.act,
// noun.event, among a noun's three most frequent senses) and the verbs
// WordNet's derivational pointers name from those senses, most frequent
// sense first; internal/lexicon/gen writes it.
//
//go:embed derivation.txt
var derivationTxt string

var derivedVerbs = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(derivationTxt, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		m[f[0]] = strings.Fields(f[1])
	}
	return m
}()

// DerivedVerbs returns the verbs WordNet derives a lower-case event or act
// noun from, or to ("explosion" → "explode", "robbery" → "rob"), most
// frequent sense first; nil for other nouns.
func DerivedVerbs(noun string) []string { return derivedVerbs[strings.ToLower(noun)] }
