package lexicon

import "testing"

// Antonyms reads WordNet's direct antonyms lifted to their synsets, among
// each word's three most frequent senses.
func TestAntonyms(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		p    POS
		want bool
	}{
		{"safe", "unsafe", Adj, true},
		{"safe", "dangerous", Adj, true}, // "dangerous, unsafe" is one synset
		{"profitable", "unprofitable", Adj, true},
		{"accept", "reject", Verb, true},
		{"win", "lose", Verb, true},
		{"safe", "slow", Adj, false},
		{"dangerous", "risky", Adj, false}, // a synonym, not an antonym
		{"safe", "unsafe", Verb, false},
	} {
		if got := Antonyms(tc.a, tc.b, tc.p); got != tc.want {
			t.Errorf("Antonyms(%q, %q, %c) = %v, want %v", tc.a, tc.b, tc.p, got, tc.want)
		}
	}
}
