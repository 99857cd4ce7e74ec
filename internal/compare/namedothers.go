package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/mention"
)

// namedAndOthers reports whether a count counts the others coordinated
// with a person named before it ("Orla Venn and two others were hurt",
// "he and two other men"): the coordinated noun phrase holds the one
// named and the others (Quirk et al. 1985 §13.2, coordination of noun
// phrases), one more than the figure, so the figure is no count of the
// group to set against another article's. "Other" is anaphoric here
// (CGEL 2002 ch. 5 §7.3): the figure counts only those besides the
// first conjunct. The word before "and" must be a name (a capitalized
// word) or a personal pronoun; after a verb or a common noun ("wounded a
// guard and two others", "a guard was killed and two others hurt")
// the others are a count of their own, as before.
func namedAndOthers(s string, v mention.Value) bool {
	if v.Type != mention.VCount || v.Start > len(s) || v.End > len(s) || v.Start < 0 {
		return false
	}
	// The word after the numeral: inside the value's text when the
	// reader took the noun with it ("two others men"), else after it.
	after := strings.Fields(v.Text)
	if len(after) < 2 {
		after = strings.Fields(s[v.End:])
	} else {
		after = after[1:]
	}
	if len(after) == 0 {
		return false
	}
	next := strings.ToLower(strings.TrimRightFunc(after[0], func(r rune) bool { return !unicode.IsLetter(r) }))
	if next != "others" && next != "other" {
		return false
	}
	before := strings.Fields(s[:v.Start])
	if len(before) < 2 || strings.ToLower(before[len(before)-1]) != "and" {
		return false
	}
	// The last of a list names one more ("Venn, Abel and two others"):
	// the figure is still no count of the whole.
	w := strings.TrimRight(before[len(before)-2], ",")
	if conjoinedPronouns[strings.ToLower(w)] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w != "I"
}

// conjoinedPronouns are the personal pronouns of one person that may
// open a coordination with "and N others".
var conjoinedPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true}
