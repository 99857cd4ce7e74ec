package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// WordNet 3.0 lexicographer files of nouns that name physical things,
// places and beings: noun.animal, noun.artifact, noun.body, noun.food,
// noun.location, noun.object, noun.person, noun.plant, noun.substance.
var thingLex = map[uint8]bool{5: true, lexicon.NounArtifact: true, 8: true, 13: true, lexicon.NounLocation: true,
	17: true, lexicon.NounPerson: true, 20: true, 27: true}

// nextAhead reports whether "next" at word k of ws points ahead in time
// ("next week", "next Monday", "the next hearing"), the deictic sense of
// CGEL ch. 17 §9, and not to what lies beside ("next to the car", "the
// next door", "the next town", "next of kin"): the word after it is not a
// preposition, and its first WordNet noun sense is not a physical thing,
// a place or a person.
func nextAhead(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k+1].boundary {
		return true
	}
	n := ws[k+1].low
	if n == "to" || n == "of" {
		return false
	}
	lx := lexicon.Default()
	s, ok := lx.TopSense(lx.Base(n, lexicon.Noun), lexicon.Noun)
	return !ok || !thingLex[s.Lex]
}

// cueAt reports whether word k of ws is a scheduling cue (scheduleCue)
// where it stands: "next" only when it points ahead in time (nextAhead).
func cueAt(ws []word, k int) bool {
	w := ws[k].low
	return scheduleCue(w) && (w != "next" || nextAhead(ws, k))
}

// possessiveDay reports whether the time expression ending at word last is
// a possessive ("Monday's vote", "Friday night's shooting"): it names the
// event of the noun after it, which may lie either side of the article's
// date, so "for" before it does not schedule ("a motive for Monday night's
// attack" tells of a past attack).
func possessiveDay(ws []word, last int) bool {
	poss := func(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }
	if poss(ws[last].low) {
		return true
	}
	if last+1 >= len(ws) || ws[last+1].boundary || !poss(ws[last+1].low) {
		return false
	}
	n := strings.TrimSuffix(strings.TrimSuffix(ws[last+1].low, "'s"), "’s")
	return lexicon.Default().HasLex(n, lexicon.Noun, lexicon.NounTime)
}

// scheduledInPast reports whether the expression at word first is the day
// a schedule told in the past tense set ("the hearings were originally
// scheduled for June 28", "he was scheduled to appear Monday", "there was
// a party planned for Tuesday night"): the first tense mark before it in
// its clause is a participle of scheduling or intention (futureCue), or
// "to" after one, and the first before that is a past auxiliary or a past
// form. Such a day may lie either side of the article's date (the plan may
// have been kept, dropped or be still ahead), so it takes the nearest
// reading, not the coming one that the participle alone would give.
func scheduledInPast(ws []word, first int) bool {
	cue := -1
	for k := first - 1; k >= 0 && k >= first-8 && !ws[k].boundary; k-- {
		w := ws[k].low
		if k > 0 && w == "to" && isPastForm(ws[k-1].low) && futureBeforeTo(ws[k-1].low) {
			cue = k - 1
			break
		}
		if strings.HasSuffix(w, "ed") && futureCue(w) && !scheduleCue(w) || scheduleCue(w) && isPastForm(w) {
			cue = k
			break
		}
		if tenseAt(ws, k) != TenseNone {
			return false
		}
	}
	if cue < 1 {
		return false
	}
	for j := cue - 1; j >= 0 && j >= cue-12 && !ws[j].boundary; j-- {
		w := ws[j].low
		switch {
		case w == "was" || w == "were" || w == "had":
			return true
		case w == "been" || strings.HasSuffix(w, "ly"):
			continue
		}
		if t := tenseAt(ws, j); t != TenseNone {
			return t == TensePast
		}
	}
	return false
}
