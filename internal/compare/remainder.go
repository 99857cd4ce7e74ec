package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// A count of things still to come ("with 12 games left", "nine matches
// remaining", "three laps to go", "the remaining 40 passengers") is what is
// left of a whole, not the whole nor the part already done: "with 12 games
// left" and "have won five of 34 games" count two sets of one story's games,
// and "the remaining 40 passengers" are the passengers but those told apart.
// The participle or to-infinitive after the counted noun is a postmodifier
// of it (Quirk et al. 1985 §17.27 -ed and -ing participle clauses, §17.30
// to-infinitive clauses: "the games left", "the laps to go"), as is the
// adjective "remaining" before the figure (§7.21, "the remaining ten"); the
// clause opened by "with" is the supplementive "with" + noun phrase +
// nonfinite verb (§15.60). Such a count is compared only with another count
// of what is left (remainderFrame sets the fact's frame, and distinctFacts
// keeps two frames apart), so "with 12 games left" still conflicts with
// "with 11 games left".

// reRemainderAfter is the rest of the counted noun phrase when the
// count's text does not end with its noun (up to three words, the last the
// noun), the postmodifier after it, and what follows.
var reRemainderAfter = regexp.MustCompile(`^((?:\s+[\w'-]+){0,3}?)\s+(left|remaining|remain|remains|to go|to play|still to play|yet to play|to be played)\b\s*(\S*)`)

// reRemainderBefore is "remaining" right before the figure.
var reRemainderBefore = regexp.MustCompile(`(?i)\bremaining\s+$`)

// reWithBefore is "with" opening the clause of the figure, a premodifier
// or two between ("with only 12 games left", "with just over 10 minutes
// to play").
var reWithBefore = regexp.MustCompile(`(?i)\bwith\s+(?:[a-z]+\s+){0,2}$`)

// remainderFrame is "left" for a count of what is left of a whole, "" for
// any other value.
func (c *comparer) remainderFrame(s string, v mention.Value) string {
	if v.Type != mention.VCount || v.Start > len(s) || v.End > len(s) {
		return ""
	}
	if reRemainderBefore.MatchString(s[:v.Start]) {
		return "left"
	}
	m := reRemainderAfter.FindStringSubmatch(s[v.End:])
	if m == nil {
		return ""
	}
	// The word before the postmodifier is the counted noun (the count's
	// text holds it: "12 games").
	words := strings.Fields(v.Text + m[1])
	noun := strings.ToLower(words[len(words)-1])
	if v.Unit == "" || c.lx.Base(noun, lexicon.Noun) != v.Unit && noun != v.Unit {
		return ""
	}
	// "left" and "remaining" may be finite verbs with an object ("12
	// workers left the plant"): without "with" before the figure, only the
	// sentence's end, a mark or a preposition of place or time may follow
	// ("with 12 games left", "nine games remaining in the season").
	if reWithBefore.MatchString(s[:v.Start]) {
		return "left"
	}
	if m[3] == "" || !isWordStart(m[3]) {
		return "left"
	}
	next := strings.ToLower(strings.TrimRight(m[3], ".,;:!?\"'’”)"))
	if tag, ok := lexicon.ClosedClass(next); ok && tag == "IN" && !remainderVerbParticle[next] {
		return "left"
	}
	return ""
}

// remainderVerbParticle are the prepositions that go with "leave" or
// "remain" as verbs ("left for Spain", "left with injuries", "remained
// after the match"): after them the word is a verb, not a postmodifier.
var remainderVerbParticle = map[string]bool{"for": true, "with": true, "after": true, "from": true, "behind": true, "without": true}

// isWordStart reports whether a field opens with a letter or a digit.
func isWordStart(w string) bool {
	for _, r := range w {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return false
}

// valueFrame is the frame of a value: a duration's offset word
// (durationFrame), a count's "left" (remainderFrame), a figure's
// "lowered" (loweredFrame, lowered.go), a length's or an amount's "total"
// (sumFrame, sumframe.go), "" for the rest.
func (c *comparer) valueFrame(toks []text.Token, s string, v mention.Value) string {
	if f := durationFrame(s, v); f != "" {
		return f
	}
	if f := c.remainderFrame(s, v); f != "" {
		return f
	}
	if f := sumFrame(s, v); f != "" {
		return f
	}
	return c.loweredFrame(toks, v)
}
