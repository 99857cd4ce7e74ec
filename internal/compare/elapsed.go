package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// elapsedApart reports whether two durations or two distances measure two
// things because exactly one is a measure phrase before "into": "about 90
// minutes into its journey", "five kilometres into the race". A measure
// phrase that premodifies a prepositional phrase tells how far along the
// preposition's complement a point lies (Quirk et al. 1985 §9.5, §7.60:
// measure phrases as premodifiers of prepositional phrases, "two hours
// into the meeting" like "a mile down the road"): a point within the
// journey, not the journey's length ("the three-hour crossing"). Two
// points so told are one measure and stay comparable.
func elapsedApart(f, g *fact) bool {
	if f.v.Type != g.v.Type || f.v.Type != mention.VDuration && f.v.Type != mention.VDistance {
		return false
	}
	return elapsedPoint(f) != elapsedPoint(g)
}

// elapsedPoint reports whether the word right after a value is "into".
func elapsedPoint(f *fact) bool {
	if f.v.End > len(f.sent) || f.v.End < 0 {
		return false
	}
	ws := strings.Fields(f.sent[f.v.End:])
	return len(ws) > 0 && strings.EqualFold(ws[0], "into")
}

// reAgainCue is an adjunct of repetition: "again", "once more", "anew"
// (Quirk et al. 1985 §8.64 and §8.67, frequency adjuncts that tell an act
// done one more time).
var reAgainCue = regexp.MustCompile(`(?i)\b(?:again|once\s+more|anew)\b`)

// reAgainClauseBreak is where a clause opens or closes within a sentence
// (reRepeatClauseBreak, and "that" after a comma-less reporting verb is
// left to the clause: "said it would meet again").
var reAgainClauseBreak = reRepeatClauseBreak

// repeatedOccurrence reports whether two days are the days of two
// occurrences of an act because exactly one is told in a clause with an
// adjunct of repetition (reAgainCue): "Mediators met both sides on Monday
// evening" / "is due to meet the two sides again on Wednesday morning".
// The clause with "again" tells an occurrence after an earlier one, which
// the other may be: its day is no other telling of that day. Two days
// each told with "again" are one occurrence and stay comparable.
func repeatedOccurrence(f, g *fact) bool {
	if f.v.Type != g.v.Type || f.v.Type != mention.VWeekday && f.v.Type != mention.VDate {
		return false
	}
	return againClause(f.sent, f.v) != againClause(g.sent, g.v)
}

// againClause reports whether the clause around v in sent holds an
// adjunct of repetition (reAgainCue).
func againClause(sent string, v mention.Value) bool {
	if v.Start < 0 || v.End > len(sent) || v.Start > v.End {
		return false
	}
	lo, hi := 0, len(sent)
	for _, m := range reAgainClauseBreak.FindAllStringIndex(sent, -1) {
		if m[1] <= v.Start && m[0] >= lo {
			lo = m[0]
		}
		if m[0] >= v.End && m[0] < hi {
			hi = m[0]
		}
	}
	return reAgainCue.MatchString(sent[lo:v.Start]) || reAgainCue.MatchString(sent[v.End:hi])
}
