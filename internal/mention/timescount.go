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

// frequencyAdverbs are the adverbs of definite frequency that state a
// number of times by themselves (Quirk et al. 1985 §8.64: "twice" and
// "thrice" answer "how many times?" as "two times" does). "Once" is left
// out: it is as often an adverb of time ("once a model") or a conjunction
// ("once the fire started").
var frequencyAdverbs = map[string]float64{"twice": 2, "thrice": 3}

// notFrequencyAdverb are the words after "twice" that make it a multiple
// or a rate, not how often it was done ("twice as many", "twice the size",
// "twice a week", "twice daily", "twice more").
var notFrequencyAdverb = map[string]bool{"every": true, "each": true, "per": true, "daily": true, "weekly": true,
	"monthly": true, "yearly": true, "annually": true, "nightly": true, "hourly": true, "this": true, "these": true,
	"those": true, "our": true, "my": true, "your": true}

// adverbTimesCounts reads "married twice", "was twice convicted", "has
// been arrested thrice" as counts of "time" with the verb they modify for
// event, as timesCount reads "married three times": the verb in the four
// words before the adverb, or right after it.
func adverbTimesCounts(lx *lexicon.Lexicon, a *Analysis, si int) []Value {
	if si >= len(a.Tokens) || si >= len(a.Sentences) {
		return nil
	}
	sent, toks := a.Sentences[si].Text, a.Tokens[si]
	var out []Value
	for i, t := range toks {
		num, ok := frequencyAdverbs[t.Lower]
		if !ok || t.End > len(sent) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].IsWord() {
			if nw := toks[i+1].Lower; notFrequency[nw] || notFrequencyAdverb[nw] {
				continue
			}
		}
		ev := eventNear(lx, toks, i, i+1, true)
		if ev == "" {
			continue
		}
		after := i+1 < len(toks) && toks[i+1].IsWord() && toks[i+1].Base(lexicon.Verb) == ev
		if !after && !verbBefore(lx, sent[:t.Start], ev) {
			continue
		}
		v := Value{Type: VCount, Num: num, Low: num, High: num, Qualifier: qualifierBefore(sent, t.Start), Unit: "time", Event: ev,
			Text: t.Text, Norm: fmtNum(num), Sentence: si, Start: t.Start, End: t.End}
		if v.Qualifier == "between" {
			v.Qualifier = ""
		}
		applyQualifier(&v)
		out = append(out, v)
	}
	return out
}
