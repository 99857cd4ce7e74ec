package mention

import (
	"math"
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// reTimesAfter is "times" right after a figure, and the word after it: a
// frequency adjunct ("was shot eleven times", "stabbed him 20 times in
// the chest"; Quirk et al. 1985 §8.64) when that word is no comparison.
var reTimesAfter = regexp.MustCompile(`^\s+times\b\s*([A-Za-z]*)`)

// notFrequency are the words after "N times" that make it a multiple, a
// comparison of size (Quirk et al. 1985 §15.69: "three times as many",
// "four times more than", "five times the size"), not how often.
var notFrequency = map[string]bool{"as": true, "more": true, "less": true, "fewer": true, "the": true, "that": true,
	"than": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "greater": true,
	"higher": true, "larger": true, "bigger": true, "over": true}

// timesCount reads how often the event verb before a figure was done ("was
// shot eleven times", "hitting him seven times"): a count of "time" with
// that event. The verb must stand in the four words before the figure.
func timesCount(lx *lexicon.Lexicon, sent string, n Number) (Value, bool) {
	if n.Event == "" || n.What != "" || n.Approximate || n.End > len(sent) || n.Start >= n.End || n.Value != math.Trunc(n.Value) {
		return Value{}, false
	}
	m := reTimesAfter.FindStringSubmatchIndex(sent[n.End:])
	if m == nil || notFrequency[strings.ToLower(sent[n.End+m[2]:n.End+m[3]])] || !verbBefore(lx, sent[:n.Start], n.Event) {
		return Value{}, false
	}
	v := Value{Type: VCount, Num: n.Value, Low: n.Low, High: n.High, Qualifier: n.Qualifier, Unit: "time", Event: n.Event,
		Text: strings.TrimSpace(sent[n.Start:n.End]), Norm: fmtNum(n.Value), Sentence: n.Sentence, Start: n.Start, End: n.End}
	if v.Qualifier == "between" {
		v.Qualifier = ""
	}
	applyQualifier(&v)
	return v, true
}

// verbBefore reports whether one of the last four words of before is a
// form of the verb event.
func verbBefore(lx *lexicon.Lexicon, before, event string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		w := strings.Trim(ws[k], `.,;:"'`)
		if w != "" && lx.Base(w, lexicon.Verb) == event {
			return true
		}
	}
	return false
}
