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
