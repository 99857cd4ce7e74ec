package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
)

// A verb in the simple present told with a phrase of place before a
// weekday ("appears in court Monday", "returns to court Friday", "opens
// to traffic Friday", "arrives in Boston on Monday") is the present of a
// timetable as much as one right before the day ("reopens Wednesday"):
// the simple present with a time adverbial of the future tells what is
// arranged (Quirk et al. 1985 §4.21, the "simple present for the
// future"), and the place of the arrangement stands between the verb and
// its time as adjuncts of place precede those of time (§8.19, the order
// process, place, time). The day is then the coming one, not the nearest.
// An object between the verb and the day ("signs the bill Monday") is no
// phrase of place and is left to the nearest reading.

// placePreps are the prepositions of place and direction that open the
// phrase (Quirk et al. 1985 §9.15-9.17, position and destination; "before"
// a court or a judge, §9.24).
var placePreps = set("in", "at", "to", "into", "before")

// placePhraseMax is how many words a phrase of place may take between the
// verb and the day: the preposition, a determiner, two more words and an
// "on" before the day.
const placePhraseMax = 5

// placePhraseBetween reports whether the words between the verb at k and
// the time at first are one phrase of place: a preposition of placePreps,
// then words of no clause boundary, at most placePhraseMax in all, and no
// second preposition but an "on" right before the day.
func placePhraseBetween(ws []word, k, first int) bool {
	if first-k-1 < 2 || first-k-1 > placePhraseMax || !placePreps[ws[k+1].low] {
		return false
	}
	for j := k + 2; j < first; j++ {
		w := ws[j]
		if w.boundary || strings.ContainsAny(w.low, "0123456789") {
			return false
		}
		if beforeNoun[w.low] && !(w.low == "on" && j == first-1) {
			return false
		}
	}
	return true
}

// weekdayOnly reports whether a time expression is a weekday alone, with
// at most a preposition before it ("Monday", "on Friday").
func weekdayOnly(expr string) bool {
	fs := strings.Fields(expr)
	if len(fs) == 0 || len(fs) > 2 {
		return false
	}
	_, ok := dates.WeekdayNumber(strings.Trim(fs[len(fs)-1], ",."))
	return ok
}

// timetablePlace reports whether a weekday at word first follows a verb in
// the simple present and a phrase of place (placePhraseBetween): "the
// teenager charged with making threats appears in court Monday". It is
// read before the backward scan of the clause, which would take a past
// participle of the subject's postmodifier ("charged") for the clause's
// tense. A verb of saying is the day it spoke, not a timetable.
func timetablePlace(ws []word, first int, expr string) bool {
	if !weekdayOnly(expr) {
		return false
	}
	for k := first - 3; k >= 1 && k >= first-1-placePhraseMax; k-- {
		if ws[k].boundary {
			return false
		}
		if isPresentVerb(ws, k) || asideClosedBefore(ws, k) && presentForm(ws[k].low) {
			return placePhraseBetween(ws, k, first) && !reportingVerb(lexicon.Default().Base(ws[k].low, lexicon.Verb))
		}
	}
	return false
}

// asideClosedBefore reports whether the word before word k is a comma that
// closes an aside the sentence opened with an earlier comma: "Ivo Marsh,
// the man accused of the break-in, appears before a judge Tuesday" (a
// non-restrictive apposition or relative clause between the subject and
// its verb, Quirk et al. 1985 §17.65, §17.22). isPresentVerb takes no word
// after a boundary for a verb (a plural noun opens many a phrase there).
func asideClosedBefore(ws []word, k int) bool {
	if k < 3 || ws[k-1].low != "," {
		return false
	}
	for j := k - 2; j >= 1; j-- {
		if ws[j].low == "," {
			return true
		}
		if ws[j].boundary {
			return false
		}
	}
	return false
}

// presentForm reports whether w is the -s form of a WordNet verb (the
// third person singular of the simple present), as isPresentVerb tests
// it.
func presentForm(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ContainsAny(w, "'’0123456789") {
		return false
	}
	lx := lexicon.Default()
	base := lx.Base(w, lexicon.Verb)
	return base != w && lx.Has(base, lexicon.Verb) && (base+"s" == w || base+"es" == w || strings.TrimSuffix(base, "y")+"ies" == w)
}
