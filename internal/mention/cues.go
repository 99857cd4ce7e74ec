package mention

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Attribution cues come from WordNet's lexicographer files, not from a list
// of examples: a verb whose senses are mostly in verb.communication or
// verb.cognition ("say", "warn", "believe", "call", "announce") is a strong
// cue, which may take a clause, a to-infinitive, a prepositional object or a
// plain object as its content; a verb with at least a quarter of its senses
// there or in verb.emotion ("want", "hope", "fear", "plan") is a weak cue,
// which needs a "that" clause or a to-infinitive. Nouns of noun.communication
// or noun.cognition derived from such verbs ("statement", "announcement",
// "claim", "belief") are the nominal cues: "his claim that …", "in a
// statement, …".

// Cue strengths.
const (
	cueNone = iota
	cueWeak
	cueStrong
)

const verbEmotion = 37 // WordNet lexicographer file verb.emotion

var cueCache sync.Map // base form → strength

// cueStrength classifies a verb's base form as an attribution cue.
func cueStrength(base string) int {
	if v, ok := cueCache.Load(base); ok {
		return v.(int)
	}
	n, comm, emo := 0, 0, 0
	for _, s := range lexicon.Default().Senses(base) {
		if s.POS != lexicon.Verb {
			continue
		}
		n++
		switch s.Lex {
		case lexicon.VerbCommunication, lexicon.VerbCognition:
			comm++
		case verbEmotion:
			emo++
		}
	}
	c := cueNone
	switch {
	case n > 0 && 2*comm >= n:
		c = cueStrong
	case n > 0 && 4*(comm+emo) >= n:
		c = cueWeak
	}
	if auxiliaries[base] {
		c = cueNone
	}
	cueCache.Store(base, c)
	return c
}

var speechCache sync.Map // base form → bool

// speechVerb reports whether most senses of a verb that are cues are in
// verb.communication: a verb of saying ("announce", "criticize", "call"),
// whose plain object can be what was said. A verb of thinking ("know",
// "investigate") states its content only as a clause.
func speechVerb(base string) bool {
	if v, ok := speechCache.Load(base); ok {
		return v.(bool)
	}
	comm, cog := 0, 0
	for _, s := range lexicon.Default().Senses(base) {
		switch {
		case s.POS != lexicon.Verb:
		case s.Lex == lexicon.VerbCommunication:
			comm++
		case s.Lex == lexicon.VerbCognition:
			cog++
		}
	}
	ok := comm > 0 && comm >= cog
	speechCache.Store(base, ok)
	return ok
}

// auxiliaries and copulas never introduce an attribution, whatever senses
// WordNet gives them.
var auxiliaries = set("be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "get", "let")

// cueVerb tells whether token i is an inflected attribution verb (or a base
// form after an auxiliary or a plural subject) and returns its base and
// strength.
func cueVerb(toks []text.Token, i int) (string, int) {
	t := toks[i]
	if !t.IsWord() || startsUpper(t.Text) {
		return "", cueNone
	}
	lw := lower(t.Text)
	lx := lexicon.Default()
	b := lx.Base(lw, lexicon.Verb)
	if b == lw {
		// a base form: only after an auxiliary or a subject ("would say")
		if _, ok := baseVerbAtAny(toks, i); !ok || !lx.Has(lw, lexicon.Verb) {
			return "", cueNone
		}
	}
	if i > 0 && nounContext[lower(toks[i-1].Text)] {
		return "", cueNone // "the plans", "his claims": a noun
	}
	if _, poss := stripPossessive(toks[i-1].Text); poss {
		return "", cueNone // "Clinton's remarks"
	}
	if strings.HasSuffix(lw, "s") && i+1 < len(toks) {
		switch lower(toks[i+1].Text) {
		case "are", "were", "have", "had", "do", "did":
			return "", cueNone // "the remarks were": a plural noun
		}
	}
	return b, cueStrength(b)
}

// baseVerbAtAny accepts a base form after an auxiliary, a subject pronoun or
// a plural noun: "would say", "they believe", "officials fear".
func baseVerbAtAny(toks []text.Token, i int) (string, bool) {
	if i == 0 {
		return "", false
	}
	lw := lower(toks[i].Text)
	prev := lower(toks[i-1].Text)
	switch prev {
	case "will", "would", "did", "does", "do", "can", "could", "may", "might", "should", "must", "they", "we", "i", "you", "also", "not", "n't", "never", "still":
		return lw, true
	}
	if strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && len(prev) > 3 && !toks[i-1].IsCapitalized() {
		return lw, true
	}
	return "", false
}

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many",
	"such", "no", "any", "each", "every", "other", "whose", "several", "both", "all", "more", "most", "few")

// nounContext are words after which a verb-like form is a noun: "the
// plans", "his claims", "for comments".
var nounContext = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many",
	"such", "no", "any", "each", "every", "other", "own", "new", "whose", "of", "for", "in", "on", "by", "with")

// cuePreps may follow a strong cue and open its content: "warned of",
// "spoke about", "called for", "focused on".
var cuePreps = set("of", "about", "on", "for", "against", "to", "over", "with")

// nominalCue reports whether a lower-case noun names an act of saying or
// believing: a noun.communication or noun.cognition sense whose form derives
// from a cue verb ("statement" ← "state", "announcement" ← "announce",
// "claim", "belief" ← "believe", "decision" ← "decide").
func nominalCue(w string) bool {
	lx := lexicon.Default()
	n := lx.Base(w, lexicon.Noun)
	ok := false
	for _, s := range lx.Senses(n) {
		if s.POS == lexicon.Noun && (s.Lex == lexicon.NounCommunication || s.Lex == nounCognition) {
			ok = true
		}
	}
	if !ok {
		return false
	}
	for _, v := range verbStems(n) {
		if cueStrength(v) != cueNone {
			return true
		}
	}
	return false
}

const nounCognition = 9 // WordNet lexicographer file noun.cognition

// verbStems proposes the verbs a noun may derive from by English
// nominalising suffixes, keeping those WordNet knows as verbs.
func verbStems(n string) []string {
	lx := lexicon.Default()
	var out []string
	try := func(v string) {
		if len(v) > 2 && lx.Has(v, lexicon.Verb) {
			out = append(out, v)
		}
	}
	try(n) // zero derivation: "claim", "warning"→ below
	for _, r := range [][2]string{{"ment", ""}, {"ation", "e"}, {"ation", ""}, {"ition", "e"}, {"tion", "e"}, {"ion", "e"}, {"ion", ""},
		{"ance", ""}, {"ence", ""}, {"al", ""}, {"ing", ""}, {"ing", "e"}, {"ief", "ieve"}, {"sion", "de"}, {"ssion", "t"}, {"ial", "y"}, {"y", ""}} {
		if strings.HasSuffix(n, r[0]) {
			try(n[:len(n)-len(r[0])] + r[1])
		}
	}
	return out
}
