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

// numberedNeeds holds, for some patterns of numberedAt, words (lower-case
// ASCII) of which every match holds one in either case: a sentence with
// none of them is not read with the pattern at all (findNumbered). The
// percentage's sign or "cent" (percent, per cent, percentage points), the
// age's "old", a count's hyphen ("three-car"), a duration's unit of time.
var numberedNeeds = map[*regexp.Regexp][]string{}

func init() {
	for _, re := range []*regexp.Regexp{reDist, reSize, reDur, reCount1, reCount2, rePct, reAge1} {
		if strings.HasPrefix(re.String(), `(?i)\b(`+numPat+`)`) {
			numberedAt[re] = regexp.MustCompile(`^(?:` + re.String() + `)`)
		}
	}
	numberedNeeds[rePct] = []string{"%", "cent"}
	numberedNeeds[reAge1] = []string{"old"}
	numberedNeeds[reCount1] = []string{"-"}
	numberedNeeds[reDur] = shortestNames(strings.Split(durationPattern(), "|"))
}

// shortestNames are the names of which no other name is a part ("second"
// for "second" and "seconds"): a text holds one of names only if it holds
// one of these.
func shortestNames(names []string) []string {
	var out []string
	for _, n := range names {
		inner := false
		for _, m := range names {
			inner = inner || m != n && strings.Contains(n, m)
		}
		if !inner {
			out = append(out, n)
		}
	}
	return out
}

// mayHoldAnyFold reports whether s may hold one of words in either case
// (text.MayContainFold).
func mayHoldAnyFold(s string, words []string) bool {
	for _, w := range words {
		if text.MayContainFold(s, w) {
			return true
		}
	}
	return false
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
// A text that holds none of the words a pattern's every match holds
// (numberedNeeds) has no match.
func findNumbered(re *regexp.Regexp, s string) [][]int {
	at := numberedAt[re]
	if at == nil || strings.ContainsRune(s, 'ſ') || strings.ContainsRune(s, '\u212a') {
		return re.FindAllStringSubmatchIndex(s, -1)
	}
	if needs := numberedNeeds[re]; needs != nil && !mayHoldAnyFold(s, needs) {
		return nil
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
