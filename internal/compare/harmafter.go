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
		if t.IsNumber() || timeWord(t.Lower) && !monthOtherWord(toks, m) {
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

// monthOtherWord reports whether the month name at token m is another
// word: lower-case "may" is the modal ("after bandits may have knifed
// him"); a capitalised month name right before another capitalised word
// is a given name ("after May <Surname> was knifed"), for a month is
// written before a day's number, a year or a comma, not before a name
// (AP Stylebook, "months").
func monthOtherWord(toks []text.Token, m int) bool {
	if !slices.Contains(calendarNames[:12], toks[m].Lower) {
		return false
	}
	if !toks[m].IsCapitalized() {
		return toks[m].Lower == "may"
	}
	return m+1 < len(toks) && toks[m+1].IsWord() && toks[m+1].IsCapitalized()
}

// admissionBefore reports whether the words right before the weekday at
// token at (past "on") take someone into hospital: a form of "hospitalize"
// ("was hospitalised Thursday") or a phrase "to" a hospital ("was carried
// to a field hospital", "was flown to Orvel Abbey Hospital"). Leaving one
// ("released from hospital") is no admission, nor is a "to" that opens an
// infinitive before the hospital's own preposition (admissionStop).
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
		if !toks[m].IsWord() || admissionStop[toks[m].Lower] || objectPronouns[toks[m].Lower] {
			return false
		}
		if toks[m].Lower == "to" {
			return true
		}
	}
	return false
}

// admissionStop holds the words besides object pronouns (objectPronouns)
// that end the look-back from "hospital" to "to": leaving one ("from") and
// another preposition that places the hospital ("went to see him in
// hospital": the "to" is an infinitive's). An object pronoun stands
// between a verb and its object, never inside the noun phrase "to"
// governs ("her" is left out: "to her local hospital").
var admissionStop = map[string]bool{
	"from": true, "in": true, "at": true, "into": true, "inside": true, "near": true, "outside": true,
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

// progressiveFrame reports whether the relative pronoun at token k opens
// a clause in the past progressive whose verb is the one at token v ("who
// was mending a fence", "that were idling at the lock") and whose
// antecedent is the object or the agent of a verb of the central act
// right before it ("knifed by a drover who was …", "beat a porter who
// was …"). The progressive tells a situation in progress around the
// moment of the main clause's happening (Quirk et al. 1985 §4.27, the
// progressive as a temporal frame): a time the relative clause gives
// ("who was mending a fence <Day> night") is the frame's, so the harm's
// too. A non-restrictive clause, after a comma, is not read so.
func (c *comparer) progressiveFrame(toks []text.Token, k, v int, central string) bool {
	switch toks[k].Lower {
	case "who", "that", "which":
	default:
		return false
	}
	if v != k+2 || k < 1 || (toks[k+1].Lower != "was" && toks[k+1].Lower != "were") || !strings.HasSuffix(toks[v].Lower, "ing") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if !toks[j].IsWord() {
			return false
		}
		if b, ok := c.timeVerbIn(toks, j); ok {
			return c.centralVerb(b, central)
		}
	}
	return false
}
