package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// A length of time or an amount told as the sum of several ("were jailed
// for a total of 31 years", "for a combined 29 years", "paintings worth a
// combined $3 million", "$5 million in all") adds the terms or prices of
// several people or things: one member's term or one thing's price ("the
// leader was jailed for 11 years", "the larger painting is worth $2
// million") is a part of it, not a rival figure. "Total", "combined",
// "cumulative" premodify a measure phrase as the aggregate of its parts
// (Quirk et al. 1985 §7.33, adjectives of degree and of quantity;
// "combined" a participial adjective, §7.15); "in all", "in total" and
// "between them" are the disjuncts of a sum (§8.123). Such a figure is
// compared only with another sum (its frame is "total": distinctFacts keeps
// two frames apart). Counts are left out: "a total of 14 people were
// killed" is the toll itself.

// reSumBefore is the sum's premodifier right before the figure.
// "Totalling" is left out: a verb of amounting ("a fine totalling
// $40,000", "damages totalling $2 million") says what one amount comes to,
// not that it adds several.
var reSumBefore = regexp.MustCompile(`(?i)\b(?:(?:a|the)\s+)?(?:total\s+of|combined|cumulative)\s+$`)

// reSumAfter is a disjunct of a sum right after the figure.
// The disjunct ends its phrase: a noun after it makes "in all" a
// determiner ("for 20 years in all weathers", "in all cases"), and
// "combined with" a participle of joining, not a sum.
var reSumAfter = regexp.MustCompile(`(?i)^\s+(?:in\s+total|in\s+all|combined|between\s+them)\b(?:\s+(\pL+))?`)

// sumFrame is "total" for a length of time or an amount told as a sum of
// several, "" otherwise.
func sumFrame(s string, v mention.Value) string {
	if v.Type != mention.VDuration && v.Type != mention.VMoney || v.Start > len(s) || v.End > len(s) {
		return ""
	}
	if reSumBefore.MatchString(s[:v.Start]) {
		return "total"
	}
	if m := reSumAfter.FindStringSubmatch(strings.ToLower(s[v.End:])); m != nil {
		if m[1] == "" || m[1] != "with" && closedWord(m[1]) {
			return "total"
		}
	}
	return ""
}

// closedWord reports whether a word is of a closed class (a preposition,
// a conjunction, a pronoun, an auxiliary): after a disjunct of a sum it
// opens the next phrase or clause ("$5 million in all for the paintings").
func closedWord(w string) bool {
	_, ok := lexicon.ClosedClass(w)
	return ok
}
