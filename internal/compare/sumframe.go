package compare

import (
	"regexp"
	"strings"

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
var reSumBefore = regexp.MustCompile(`(?i)\b(?:(?:a|the)\s+)?(?:total\s+of|combined|cumulative|totall?ing)\s+$`)

// reSumAfter is a disjunct of a sum right after the figure.
var reSumAfter = regexp.MustCompile(`(?i)^\s+(?:in\s+total|in\s+all|combined|between\s+them)\b`)

// sumFrame is "total" for a length of time or an amount told as a sum of
// several, "" otherwise.
func sumFrame(s string, v mention.Value) string {
	if v.Type != mention.VDuration && v.Type != mention.VMoney || v.Start > len(s) || v.End > len(s) {
		return ""
	}
	if reSumBefore.MatchString(s[:v.Start]) || reSumAfter.MatchString(strings.ToLower(s[v.End:])) {
		return "total"
	}
	return ""
}
