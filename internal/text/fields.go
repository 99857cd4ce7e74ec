package text

import (
	"regexp"
	"unicode"
)

// isRegexpSpace reports whether c is white space as a regular expression's
// \s reads it: [\t\n\f\r ] (RE2 syntax; no other byte, no rune outside
// ASCII).
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// FieldStart is where the field holding byte q of s (or ending right
// before it) begins, moved back k fields more; 0 when s has fewer fields
// before it, or when q is negative (no key found: all of s is scanned). A field is a run of bytes that are not \s white space. The
// byte before the start, when there is one, is white space, so a \b
// there reads as it does in the whole of s.
//
// A pattern whose every match holds a word at or after q with at most k
// fields before that word's field matches in s[FieldStart(s, q, k):] as
// it does in s: the words of such a pattern are literals without white
// space joined by \s, so a match cannot begin earlier (LastFields,
// FindAllFrom).
func FieldStart(s string, q, k int) int {
	i := max(0, min(q, len(s)))
	for {
		// back to the start of the current field
		for i > 0 && !isRegexpSpace(s[i-1]) {
			i--
		}
		if k == 0 || i == 0 {
			return i
		}
		// over the white space before it
		for i > 0 && isRegexpSpace(s[i-1]) {
			i--
		}
		if i == 0 {
			return 0
		}
		k--
	}
}

// LastFields is s from the start of its k-th last field on (white space
// after the last field included); all of s when it has k fields or fewer.
func LastFields(s string, k int) string {
	if k <= 0 {
		return s[len(s):]
	}
	i := len(s)
	for i > 0 && isRegexpSpace(s[i-1]) {
		i--
	}
	return s[FieldStart(s, i, k-1):]
}

// FindAllFrom is re.FindAllStringSubmatchIndex(s, -1) for a pattern whose
// every match holds a key (a word the caller looks for) that begins at or
// after byte q, in a field at most k fields after the one where the match
// begins: the scan begins at FieldStart(s, q, k) instead of the start of
// s. The matches are those of the whole scan, at the same offsets.
func FindAllFrom(re *regexp.Regexp, s string, q, k int) [][]int {
	p := FieldStart(s, q, k)
	ms := re.FindAllStringSubmatchIndex(s[p:], -1)
	if p == 0 {
		return ms
	}
	for _, m := range ms {
		for j := range m {
			if m[j] >= 0 {
				m[j] += p
			}
		}
	}
	return ms
}

// HasFields reports whether s has at least n fields parted by white space
// as strings.Fields parts them (unicode.IsSpace), without making them:
// len(strings.Fields(s)) >= n, stopping at the n-th field.
func HasFields(s string, n int) bool {
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n--
		}
		if n <= 0 {
			return true
		}
	}
	return n <= 0
}
