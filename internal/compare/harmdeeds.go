package compare

import (
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// This file reads one violent deed told with different verbs: an attack
// that wounds one person and kills another, a victim who is shot and
// dies, gunmen who open fire. WordNet puts these verbs under a few first
// senses (to kill, to injure, to die, to attack, to open fire: "shoot" is
// under "injure", "murder" under "kill", "perish" is "die"); the extract in
// internal/lexicon keeps hypernyms only (no cause or entailment links,
// which join "kill" to "die"), so the verbs whose frequent senses reach
// one of those first senses are read as verbs of one harm.

// harmActs are the verbs whose first senses anchor the verbs of a harmful
// act; dying, its outcome, may come days after the act ("was shot
// Friday and died Sunday"), and is one deed with it only where two
// days may be one (mayBeOne), not as evidence that they are.
var (
	harmActs  = []string{"kill", "injure", "attack", "open fire"}
	harmDeath = []string{"die"}
)

// harmDepth is how many hypernym steps a verb's sense may stand below an
// anchor ("gun down" → shoot → injure).
const harmDepth = 3

var harmAnchors struct {
	once        sync.Once
	acts, death []uint32
}

// harmSynsets are the first verb senses of harmActs and, with death,
// of harmDeath too.
func (c *comparer) harmSynsets(death bool) []uint32 {
	harmAnchors.once.Do(func() {
		harmAnchors.acts = c.firstVerbSenses(harmActs)
		harmAnchors.death = append(c.firstVerbSenses(harmDeath), harmAnchors.acts...)
	})
	if death {
		return harmAnchors.death
	}
	return harmAnchors.acts
}

// firstVerbSenses are the first verb senses of words.
func (c *comparer) firstVerbSenses(words []string) []uint32 {
	var out []uint32
	for _, w := range words {
		if s, ok := c.lx.TopSense(w, lexicon.Verb); ok {
			out = append(out, s.Synset)
		}
	}
	return out
}

// harmDeed reports whether verb base b tells a deed of bodily harm: one of
// its frequent senses (closeVerbs' frequentRank) is, or lies within
// harmDepth hypernym steps below, a first sense of kill, injure, attack
// or open fire, or, with death, of die.
func (c *comparer) harmDeed(b string, death bool) bool {
	if b == "" {
		return false
	}
	anchors := c.harmSynsets(death)
	for _, s := range c.lx.Senses(b) {
		if s.POS == lexicon.Verb && s.Rank < frequentRank && c.lx.SynsetUnder(s.Synset, lexicon.Verb, anchors, harmDepth) {
			return true
		}
	}
	return false
}

// oneHarm reports whether two dated happenings are verbs of one harm
// (harmDeed; with death, dying counts): "opened fire Sunday" and "were
// wounded Sunday"; with death, "shot on Friday" and "died Friday".
func (c *comparer) oneHarm(a, b datedAlt, death bool) bool {
	return a.pos == lexicon.Verb && b.pos == lexicon.Verb && c.harmDeed(a.w, death) && c.harmDeed(b.w, death)
}
