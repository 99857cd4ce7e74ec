package text

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
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}
