package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// cueVerbContextFirst is cueVerb as it read before the strength was asked
// first: the context of a base form (baseVerbAtAny) before the strength.
func cueVerbContextFirst(toks []text.Token, i int) (string, int) {
	t := toks[i]
	if !t.IsWord() || startsUpper(t.Text) {
		return "", cueNone
	}
	lw := t.Lower
	lx := lexicon.Default()
	b := t.Base(lexicon.Verb)
	if b == lw {
		if _, ok := baseVerbAtAny(toks, i); !ok || !lx.Has(lw, lexicon.Verb) {
			return "", cueNone
		}
	}
	if i > 0 && nounContext[toks[i-1].Lower] {
		return "", cueNone
	}
	if _, poss := stripPossessive(toks[i-1].Text); poss {
		return "", cueNone
	}
	if strings.HasSuffix(lw, "s") && i+1 < len(toks) {
		switch toks[i+1].Lower {
		case "are", "were", "have", "had", "do", "did":
			return "", cueNone
		}
	}
	return b, cueStrength(b)
}

// cueSentences are invented: cues in base and inflected forms after
// auxiliaries, pronouns, plural subjects and nouns, and words of no
// strength in the same places.
var cueSentences = []string{
	"Officials say the bridge at Pellham Ford will reopen in May, and residents fear further delays.",
	"They believe the ferry will run again, but the wardens would not confirm it.",
	"A third say the levy is too high; many fear the council's plans were rushed.",
	"Jane Roe and John Doe say they walked home after the lights went out near the mill.",
	"The remarks were brief. His claims have drawn criticism from growers who warn of losses.",
	"Findings show the river rose two metres, the survey team reported on Tuesday.",
	"Doe's speech stressed the cost; the swing states voting early have reported long queues.",
	"Police said the driver, who was expected to appear in court, had been told that the car was seized.",
	"Witnesses there describe a loud bang and smoke, and 26 percent say they heard nothing.",
	"The crews build, paint and repair the boats while the owners watch and wait.",
}

// TestCueVerbStrengthFirst: asking the strength before the context gives
// cueVerb's strength at every word, and its base at every cue.
func TestCueVerbStrengthFirst(t *testing.T) {
	cues := 0
	for _, s := range cueSentences {
		toks := text.Tokens(s)
		for i := range toks {
			b, st := cueVerb(toks, i)
			wb, wst := cueVerbContextFirst(toks, i)
			if st != wst || st != cueNone && b != wb {
				t.Errorf("%q at %q: cueVerb = %q, %d; context first %q, %d", s, toks[i].Text, b, st, wb, wst)
			}
			if st != cueNone {
				cues++
			}
		}
	}
	if cues < 10 {
		t.Errorf("only %d cues read: the sentences no longer test cues", cues)
	}
}

func benchCueVerb(b *testing.B, f func([]text.Token, int) (string, int)) {
	var sents [][]text.Token
	for _, s := range cueSentences {
		sents = append(sents, text.Tokens(s))
	}
	for b.Loop() {
		for _, toks := range sents {
			for i := range toks {
				f(toks, i)
			}
		}
	}
}

func BenchmarkCueVerb(b *testing.B)             { benchCueVerb(b, cueVerb) }
func BenchmarkCueVerbContextFirst(b *testing.B) { benchCueVerb(b, cueVerbContextFirst) }
