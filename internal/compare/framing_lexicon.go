package compare

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Loaded words: an outlet that takes a side in its own voice does it with
// evaluative modifiers ("a brutal regime", "shamefully"), not with the
// nouns and verbs that name the events it reports ("killed", "attack").
// The words come from a documented general lexicon, the VADER sentiment
// lexicon (Hutto and Gilbert 2014; framing_vader.txt, with its licence in
// LICENSE-vader and NOTICE-vader): those rated strongly valenced
// (|mean valence| ≥ loadedValence on VADER's -4…+4 scale) that WordNet
// knows only as adjectives or adverbs, participles left out. No word was
// chosen by hand.
//
//go:embed framing_vader.txt
var vaderText string

// loadedValence is the least absolute VADER valence of a loaded word. It was
// chosen on the tune half of the ECB+ dev kit (own-voice sentences flagged,
// read by hand), see doc/compare.md.
const loadedValence = 2.0

var (
	loadedOnce  sync.Once
	loadedWords map[string]bool
)

// isLoaded reports whether a lower-case word is a loaded word.
func isLoaded(w string) bool {
	loadedOnce.Do(func() { loadedWords = readLoaded(vaderText, lexicon.Default(), loadedValence) })
	return loadedWords[w]
}

// readLoaded keeps the lexicon's words of at least min absolute valence that
// WordNet has as adjective or adverb and never as noun, verb or a verb's
// participle.
func readLoaded(text string, lx *lexicon.Lexicon, min float64) map[string]bool {
	out := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		w, v, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		val, err := strconv.ParseFloat(v, 64)
		if err != nil || val < min && val > -min {
			continue
		}
		if !(lx.Has(w, lexicon.Adj) || lx.Has(w, lexicon.Adv)) || lx.Has(w, lexicon.Noun) || lx.Has(w, lexicon.Verb) {
			continue
		}
		// A participle ("fired", "destroyed") names the event, not a judgment.
		if b := lx.Base(w, lexicon.Verb); b != w && lx.Has(b, lexicon.Verb) {
			continue
		}
		out[w] = true
	}
	return out
}

var (
	falsehoodOnce sync.Once
	falsehood     []uint32
)

// isAccusation reports whether token i is a noun that calls something a
// falsehood ("a fabrication", "the lies") after a determiner: a noun that
// lies below WordNet's "falsehood, untruth" (noun.communication), at any
// depth, in at least half of its senses. WordNet's hyponymy is "is a kind
// of", so every noun below is a kind of falsehood, however far down; the
// share of senses keeps nouns that are one only in a rare reading
// ("story", "fiction" as a genre). Said in an outlet's own voice it
// accuses, not reports.
func isAccusation(lx *lexicon.Lexicon, toks []text.Token, i int) bool {
	// Both tests are pure: the noun's, remembered per word, is asked
	// first, since almost no noun is a falsehood and most words of a
	// sentence would otherwise be asked for a determiner.
	return falsehoodNoun(lx, toks[i].Lower) && determinedNoun(lx, toks, i)
}

// falsehoodNouns remembers falsehoodNoun's answers for the default
// lexicon, at most falsehoodNounsSize words (then forgotten at once).
var falsehoodNouns struct {
	mu sync.Mutex
	m  map[string]bool
}

const falsehoodNounsSize = 1 << 16

// falsehoodNoun reports whether the lower-case word w is a noun below
// "falsehood" in at least half of its senses (isAccusation).
func falsehoodNoun(lx *lexicon.Lexicon, w string) bool {
	if lx != lexicon.Default() {
		return isFalsehoodNoun(lx, w)
	}
	falsehoodNouns.mu.Lock()
	v, ok := falsehoodNouns.m[w]
	falsehoodNouns.mu.Unlock()
	if ok {
		return v
	}
	v = isFalsehoodNoun(lx, w)
	falsehoodNouns.mu.Lock()
	if falsehoodNouns.m == nil || len(falsehoodNouns.m) >= falsehoodNounsSize {
		falsehoodNouns.m = map[string]bool{}
	}
	falsehoodNouns.m[strings.Clone(w)] = v
	falsehoodNouns.mu.Unlock()
	return v
}

// isFalsehoodNoun is falsehoodNoun's answer, worked out.
func isFalsehoodNoun(lx *lexicon.Lexicon, w string) bool {
	falsehoodOnce.Do(func() { falsehood = lx.SensesIn("falsehood", lexicon.Noun, lexicon.NounCommunication) })
	ids := lx.SynsetIDs(lx.Base(w, lexicon.Noun), lexicon.Noun)
	under := 0
	for _, id := range ids {
		if lx.SynsetUnder(id, lexicon.Noun, falsehood, maxHypernymDepth) {
			under++
		}
	}
	return len(ids) > 0 && under*2 >= len(ids)
}

// determinedNoun reports whether token i heads a noun phrase: a
// determiner (claim_words.go) before it, over at most two adjectives ("a
// convenient lie").
func determinedNoun(lx *lexicon.Lexicon, toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Lower
		if determiners[w] {
			return true
		}
		if !toks[k].IsWord() || !lx.Has(w, lexicon.Adj) {
			return false
		}
	}
	return false
}
