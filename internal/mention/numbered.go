package mention

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// numberedAt holds, for each value pattern that opens with a figure or a
// number word (`(?i)\b(numPat)…`), the same pattern anchored at the start
// of the text (findNumbered).
var numberedAt = map[*regexp.Regexp]*regexp.Regexp{}

func init() {
	for _, re := range []*regexp.Regexp{reDist, reSize, reDur, reCount1, reCount2, rePct, reAge1} {
		if strings.HasPrefix(re.String(), `(?i)\b(`+numPat+`)`) {
			numberedAt[re] = regexp.MustCompile(`^(?:` + re.String() + `)`)
		}
	}
}

// findNumbered is re.FindAllStringSubmatchIndex(s, -1) for a pattern of
// numberedAt, found faster: the pattern is tried, anchored, only where a
// figure or a number word begins a word, instead of scanning every
// position of the sentence (these patterns are large — units from
// WordNet — and their scan was a sixth of a story comparison's time). A
// match can begin nowhere else, and the earliest position where the
// anchored pattern matches gives the match the scan gives (leftmost, then
// the pattern's own preference), so the result is the same; a text holding
// a letter that folds to an ASCII one ("ſ", the Kelvin sign) is scanned.
func findNumbered(re *regexp.Regexp, s string) [][]int {
	at := numberedAt[re]
	if at == nil || strings.ContainsRune(s, 'ſ') || strings.ContainsRune(s, '\u212a') {
		return re.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); i++ {
		if !numberStart(s, i) {
			continue
		}
		m := at.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1] - 1 // the next match begins at its end or later
	}
	return out
}

// numberStart reports whether numPat can match at s[i] with a word
// boundary before it: a digit or a number word (any case) opening a word.
func numberStart(s string, i int) bool {
	if i > 0 && text.IsWordByte(s[i-1]) {
		return false
	}
	c := s[i]
	if c >= '0' && c <= '9' {
		return true
	}
	return opensNumberWord(s[i:])
}

// numWordsByFirst are numPatWords by their first letter (all are lower
// case): a word need only be tried against the words of its own letter.
var numWordsByFirst = func() (out [256][]string) {
	for _, w := range numPatWords {
		out[w[0]] = append(out[w[0]], w)
	}
	return out
}()

// opensNumberWord reports whether s opens with one of numPatWords, in any
// ASCII case (hasPrefixASCIIFold).
func opensNumberWord(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, w := range numWordsByFirst[c] {
		if hasPrefixASCIIFold(s, w) {
			return true
		}
	}
	return false
}
