package compare

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// passiveCue reports whether a report was misread from a passive verb
// group: its cue is one verb, a participle after a form of "be" (words
// that are adverbs and no noun or verb between them allowed: "was later pronounced", "were added"). The subject
// of a passive is the participant the act affects, not its agent (Quirk et
// al. 1985 §3.63): "he was pronounced dead", "she was listed in stable
// condition", "he was charged with …" name no one who speaks, so the
// report around it, if any, holds the clause. A cue of more words ("was
// quoted as saying") is the reporting frame whose subject does speak.
func (c *comparer) passiveCue(di int, q mention.Quote) bool {
	f := strings.Fields(q.Cue)
	if len(f) != 1 || q.Direct {
		return false
	}
	a := c.in.Docs[di].Analysis
	if q.Sentence < 0 || q.Sentence >= len(a.Tokens) {
		return false
	}
	toks, start := a.Tokens[q.Sentence], a.Sentences[q.Sentence].Start
	inWords := slices.Contains(strings.FieldsFunc(q.Text, func(r rune) bool { return !unicode.IsLetter(r) }), f[0])
	for j, t := range toks {
		if t.Text != f[0] || inWords && start+t.Start >= q.Start && start+t.Start < q.End {
			continue // another word, or one of the report's words
		}
		if b := c.lx.Base(t.Lower, lexicon.Verb); b == t.Lower || strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") {
			return false // no participle ("say", "saying", "says")
		}
		k := j - 1
		for k >= 0 && (c.lx.Has(toks[k].Lower, lexicon.Adv) && !c.lx.Has(toks[k].Lower, lexicon.Noun) && !c.lx.Has(toks[k].Lower, lexicon.Verb) || toks[k].Lower == "not") {
			k--
		}
		return k >= 0 && (beForms[toks[k].Lower] || toks[k].Lower == "being")
	}
	return false
}

// possessedSpeaker reads a speaker written as a possessive determiner and
// the noun it determines ("his aunts said", "its producers said",
// "according to her biography"): the noun phrase speaks, not the possessor
// the determiner refers to (Quirk et al. 1985 §5.115, as for a genitive;
// see genitiveSpeaker). It returns the phrase as written with its head when
// the head is a noun of persons or groups ("his aunts"), "" when it is
// none (a document, a page), and whether the speaker opens so at all. The
// quote reader may keep the determiner alone ("his"): the head is then the
// noun after it in the sentence, up to the report's cue.
func (c *comparer) possessedSpeaker(di int, q mention.Quote) (string, bool) {
	f := strings.Fields(q.SpeakerText)
	if len(f) == 0 || !speakerPossessives[strings.ToLower(f[0])] {
		return "", false
	}
	words := f
	if len(f) == 1 {
		a := c.in.Docs[di].Analysis
		if q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
			return "", true
		}
		words = c.possessedPhrase(a.Sentences[q.Sentence].Text, q)
	}
	if len(words) < 2 {
		return "", true
	}
	h := c.describedHolder(words[1:])
	if h == "" {
		return "", true
	}
	return strings.ToLower(words[0]) + " " + h, true
}

// possessedPhrase is the possessive determiner a speaker was cut to and
// the words after it up to the report's cue, adverbs left out ("his aunts
// also said" → his aunts): of the determiner's uses before the cue, the
// last one.
func (c *comparer) possessedPhrase(sentence string, q mention.Quote) []string {
	cue := strings.ToLower(strings.Fields(q.Cue + " .")[0])
	f := strings.Fields(sentence)
	word := func(k int) string { return strings.ToLower(strings.Trim(f[k], ",.;:\"“”'’()")) }
	det := strings.ToLower(q.SpeakerText)
	from := -1
	if cue == "according" || cue == "per" {
		// "according to his father, …": the phrase follows the cue, to a
		// punctuation mark.
		for k := range f {
			if word(k) == cue {
				from = k
			}
			if from < 0 || k <= from || word(k) != det {
				continue
			}
			var out []string
			for _, x := range f[k:min(len(f), k+6)] {
				out = append(out, strings.ToLower(strings.Trim(x, ",.;:\"“”'’()")))
				if strings.ContainsAny(x, ",.;:") {
					break
				}
			}
			return out
		}
		return nil
	}
	for k := range f {
		switch w := word(k); {
		case w == det:
			from = k
		case w == cue && from >= 0:
			var out []string
			for _, x := range f[from:k] {
				if x := strings.ToLower(strings.Trim(x, ",.;:\"“”'’()")); !adverbOnly(c.lx, x) {
					out = append(out, x)
				}
			}
			return out
		}
	}
	return nil
}

// speakerPossessives are the possessive determiners a speaker phrase may
// open with: possessiveDeterminers and "her", which before a report's cue
// is no object ("her family said").
var speakerPossessives = map[string]bool{"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true}
