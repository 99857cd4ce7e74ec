package text

import "strings"

// MayContainFold reports whether s may contain sub (lower-case ASCII) with
// its letters in either case: a test to ask before a pattern that needs
// sub, never false where s holds it (a byte that differs from one of
// sub's in bit 0x20 alone also matches: "\r" for "-"). In a
// case-insensitive pattern ((?i)) no letter outside ASCII folds to an
// ASCII one but the Kelvin sign ("k") and the long s ("s"): a caller that
// asks for a word with either must also let through text holding them.
func MayContainFold(s, sub string) bool {
	return IndexFold(s, sub) >= 0
}

// IndexFold is the first i where s[i:] may open with sub (lower-case ASCII
// letters) in either case, as MayContainFold tests it: never after the
// first true occurrence, -1 only when there is none.
func IndexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	// Only a byte that is sub[0] or sub[0] without bit 0x20 can open a
	// match (b|0x20 == sub[0]; none when sub[0] lacks the bit): the next
	// of each is found by strings.IndexByte, and only there is the rest
	// of sub compared.
	c := sub[0]
	if c&0x20 == 0 {
		return -1
	}
	lim := len(s) - n + 1 // a match opens before lim
	if lim <= 0 {
		return -1
	}
	lo, up := c, c&^0x20
	nextOf := func(b byte, from int) int {
		if k := strings.IndexByte(s[from:lim], b); k >= 0 {
			return from + k
		}
		return lim
	}
	nl, nu := nextOf(lo, 0), nextOf(up, 0)
	for {
		i := min(nl, nu)
		if i >= lim {
			return -1
		}
		j := 1
		for j < n && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == n {
			return i
		}
		if i == nl {
			nl = nextOf(lo, i+1)
		} else {
			nu = nextOf(up, i+1)
		}
	}
}
