package compare

import "github.com/corroborate/corroborate"

// sets is a disjoint-set forest over 0..n-1: sets[x] is x's parent, a root
// is its own parent. Comparisons group facts, slots and places with it.
type sets []int

// newSets returns n singleton sets.
func newSets(n int) sets {
	s := make(sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// find returns the root of x's set, compressing the path to it.
func (s sets) find(x int) int {
	if s[x] != x {
		s[x] = s.find(s[x])
	}
	return s[x]
}

// personComponents groups n facts by the person each is of (samePerson
// joins two, transitively) and returns the groups as components does.
func personComponents(n int, person func(int) string) (roots []int, members map[int][]int) {
	parent := newSets(n)
	for i := range n {
		for j := i + 1; j < n; j++ {
			if samePerson(person(i), person(j)) {
				parent[parent.find(i)] = parent.find(j)
			}
		}
	}
	return components(n, parent.find)
}

// groupDiscrepancies is the discrepancy one reads from each group of
// groups, taken in the order of keys, that the story reports here
// (reportsHere); one's ok false: the group holds none.
func groupDiscrepancies[K comparable](c *comparer, keys []K, groups map[K][]int, one func(g []int) (corroborate.Discrepancy, bool)) []corroborate.Discrepancy {
	var out []corroborate.Discrepancy
	for _, k := range keys {
		if d, ok := one(groups[k]); ok && c.reportsHere(d) {
			out = append(out, d)
		}
	}
	return out
}
