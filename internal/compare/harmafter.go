package compare

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// admittedAfterHarm reports whether the weekday at token at (ending
// before token end) follows a phrase of being taken into hospital and is
// followed by an "after" clause that tells the central act with no time of
// its own: "was hospitalised Thursday after being knifed", "was carried to
// a field hospital late Sunday after bandits knifed him". A clause of time
// in "after" sets its happening before the main clause's (Quirk et al.
// 1985 §15.25); the wounded are taken to hospital at once, so with no
// other time given the day of the admission is the day of the harm, as a
// death coordinated with the harm is (harmBeforeAnd). A time in the clause
// ("after being knifed on <Day>", "after being knifed last week") leaves
// the harm its own; a death is no admission ("died <Day> after being
// knifed": the wounds may be days old, causeOfDeath).
func (c *comparer) admittedAfterHarm(toks []text.Token, at, end int, central string) bool {
	if !admissionBefore(toks, at) {
		return false
	}
	j := pastPartOfDay(toks, end)
	if j >= len(toks) || !strings.EqualFold(toks[j].Text, "after") {
		return false
	}
	harm := false
	for m := j + 1; m < len(toks) && m <= j+clauseSpan; m++ {
		t := toks[m]
		if t.Text == "," || t.Text == "." || clausePunct[t.Text] || isDash(toks, m) {
			break
		}
		if t.IsNumber() || timeWord(t.Lower) {
			return false
		}
		if !harm && t.IsWord() {
			if v, ok := c.timeVerbIn(toks, m); ok && c.centralVerb(v, central) {
				harm = true
			}
		}
	}
	return harm
}

// admissionBefore reports whether the words right before the weekday at
// token at (past "on") take someone into hospital: a form of "hospitalize"
// ("was hospitalised Thursday") or a phrase "to" a hospital ("was carried
// to a field hospital", "was flown to Orvel Abbey Hospital"). Leaving one
// ("released from hospital") is no admission.
func admissionBefore(toks []text.Token, at int) bool {
	j := at - 1
	if j >= 0 && toks[j].Lower == "on" {
		j--
	}
	if j < 0 {
		return false
	}
	if strings.HasPrefix(toks[j].Lower, "hospitali") && len(toks[j].Lower) > len("hospital") {
		return true // hospitalized, hospitalised
	}
	if toks[j].Lower != "hospital" {
		return false
	}
	for m := j - 1; m >= 0 && m >= j-5; m-- {
		if !toks[m].IsWord() || toks[m].Lower == "from" {
			return false
		}
		if toks[m].Lower == "to" {
			return true
		}
	}
	return false
}

// timeWord reports whether lower-case word w names or bounds a time: a
// weekday, a month, a part of the day or a unit of time, or a word that
// sets a time back from another ("earlier", "ago", "last").
func timeWord(w string) bool {
	if slices.Contains(calendarNames, w) {
		return true
	}
	switch w {
	case "earlier", "ago", "last", "previous", "prior", "yesterday", "today", "tonight",
		"morning", "afternoon", "evening", "night", "overnight",
		"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years":
		return true
	}
	return false
}
