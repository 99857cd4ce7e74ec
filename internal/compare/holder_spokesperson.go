package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

var (
	spokesOnce    sync.Once
	spokesAnchors []uint32
)

// spokespersonNoun reports whether a noun's first WordNet sense is
// "spokesperson" (someone who speaks for another's policy or purpose) or
// one of its hyponyms ("spokesman", "spokeswoman", "mouthpiece").
func (c *comparer) spokespersonNoun(w string) bool {
	spokesOnce.Do(func() {
		if s, ok := c.lx.FirstSense("spokesperson", lexicon.Noun); ok {
			spokesAnchors = []uint32{s.Synset}
		}
	})
	s, ok := c.lx.FirstSense(c.lx.Base(strings.ToLower(w), lexicon.Noun), lexicon.Noun)
	return ok && len(spokesAnchors) > 0 && c.lx.SynsetUnder(s.Synset, lexicon.Noun, spokesAnchors, 2)
}

// spokespersonFor reads a speaker written as an unnamed spokesperson of
// someone: "a spokeswoman for the Transit Authority", "a Kestrel Airways
// spokesman", "the ministry's spokesman". A spokesperson's statement is
// the position of the one spoken for (the organisation or person whose
// policy it voices; testdata/stances/README.md, "Statements from a
// person's office"), and an unnamed one is no holder of their own. The
// noun phrase's head is the spokesperson noun, with the one spoken for in
// a "for"/"of" phrase after it or before it as a premodifier or genitive
// (Quirk et al. 1985 §17.97, §5.115). A spokesperson named in apposition
// ("a spokesman, Rory Tallant") speaks as that person: only a speaker
// with no personal name of its own (entity none, or the one spoken for)
// is read here. ok is false when the speaker is no such phrase.
func (c *comparer) spokespersonFor(di int, q mention.Quote) (string, bool) {
	f := strings.Fields(strings.Trim(strings.TrimSpace(q.SpeakerText), ",.:;"))
	if len(f) > 0 && (determiners[strings.ToLower(f[0])] || strings.EqualFold(f[0], "an")) {
		f = f[1:]
	}
	h := -1
	for i, w := range f {
		if w == strings.ToLower(w) && c.spokespersonNoun(w) {
			h = i
			break
		}
	}
	if h < 0 {
		return "", false
	}
	for _, w := range f[:h] {
		if c.formerWord(w) {
			return "", false // "a former spokesman for …" no longer speaks for it
		}
	}
	var owner []string
	switch {
	case h == len(f)-1:
		owner = f[:h]
		if n := len(owner); n > 0 {
			if s, ok := cutGenitive(owner[n-1]); ok {
				owner = append(owner[:n-1:n-1], s)
			}
		}
	case h+2 < len(f) && (f[h+1] == "for" || f[h+1] == "of"):
		owner = f[h+2:]
		if strings.EqualFold(owner[0], "the") {
			owner = owner[1:]
		}
		// "a spokeswoman for the mayor's office": the office speaks for
		// its holder, the genitive's noun (the labels' "Statements from a
		// person's office").
		for k, w := range owner {
			if s, ok := cutGenitive(w); ok {
				owner = append(owner[:k:k], s)
				break
			}
		}
	}
	if len(owner) == 0 {
		return "", false
	}
	o := strings.Join(owner, " ")
	if q.Entity >= 0 {
		name := c.in.Merged.Name(di, q.Entity)
		if name == "" || !strings.Contains(mention.NormalizeName(o), mention.NormalizeName(name)) && !strings.Contains(mention.NormalizeName(name), mention.NormalizeName(o)) {
			return "", false // "a spokesman, Rory Tallant": the person named
		}
		return name, true
	}
	// "Senator Hal Brigg": the story's name for the one spoken for.
	aliases := c.aliasIndex()
	for k := range owner {
		if n, ok := aliases[strings.Join(owner[k:], " ")]; ok {
			return n, true
		}
	}
	if w := owner[0]; w[0] >= 'A' && w[0] <= 'Z' {
		return c.namedHolder(o), true
	}
	if d := c.describedHolder(owner); d != "" {
		return d, true
	}
	return "", false // "a spokeswoman of long standing": no one spoken for that the holder readers know
}

// formerWord reports whether a premodifier says a role is past: "ex-"
// or an adjective sharing a sense with "erstwhile" (WordNet's synset of
// "former", "onetime", "quondam": of the immediate past, used of persons;
// Quirk et al. 1985 §7.36, attributive-only adjectives of time). A former
// spokesperson speaks for no one but themselves.
func (c *comparer) formerWord(w string) bool {
	lw := strings.ToLower(w)
	if strings.HasPrefix(lw, "ex-") {
		return true
	}
	past, ok := c.lx.FirstSense("erstwhile", lexicon.Adj)
	if !ok {
		return false
	}
	for _, s := range c.lx.Senses(lw) {
		if s.POS == lexicon.Adj && s.Synset == past.Synset {
			return true
		}
	}
	return false
}

// supplementiveSpeaker reads a report whose cue is the -ing participle of
// a supplementive clause after a comma ("<A> sued <B> on Monday, saying
// the company was negligent"): the participle's implied subject is the
// subject of the main clause (Quirk et al. 1985 §15.59, the attachment
// rule), not the nearest name before it. When the speaker as written is
// the object of the main clause's verb (the word before it, over a
// determiner, is a verb that is not one of saying or thinking: "sued",
// "arrested"), the speaker is the noun phrase that opens the sentence if
// it is a name or a noun of persons (namedHolder), else no one. A speaker
// after a verb of saying ("…, said <A>, adding …") is left as it is. ok
// is false when the report is no such reading.
func (c *comparer) supplementiveSpeaker(di int, q mention.Quote) (string, bool) {
	f := strings.Fields(strings.ToLower(q.Cue))
	if len(f) != 1 || !strings.HasSuffix(f[0], "ing") || q.SpeakerText == "" {
		return "", false
	}
	a := c.in.Docs[di].Analysis
	if q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
		return "", false
	}
	s := a.Sentences[q.Sentence].Text
	k := strings.Index(strings.ToLower(s), ", "+f[0]+" ")
	if k < 0 {
		return "", false
	}
	before := s[:k]
	i := strings.LastIndex(before, q.SpeakerText)
	if i <= 0 {
		return "", false // the speaker opens the sentence: the subject
	}
	prev := strings.Fields(strings.ToLower(before[:i]))
	for len(prev) > 0 && determiners[prev[len(prev)-1]] {
		prev = prev[:len(prev)-1]
	}
	if len(prev) == 0 {
		return "", false
	}
	v := prev[len(prev)-1]
	b := c.lx.Base(v, lexicon.Verb)
	if v == b || !c.lx.Has(b, lexicon.Verb) || c.lx.Has(v, lexicon.Noun) {
		return "", false // not an inflected verb whose object the speaker is
	}
	if sayOrThinkVerb(c.lx, b) && (len(prev) == 1 || strings.ContainsAny(prev[len(prev)-2][len(prev[len(prev)-2])-1:], ",\"”'’")) {
		return "", false // "…, said <A>, adding …": the inverted reporting verb's subject (Quirk et al. 1985 §15.53)
	}
	// The main clause's subject is what stands before its verb; an
	// initial adverbial ("On Monday, inspectors fined …"; Quirk et al.
	// 1985 §8.17) ends at its comma.
	subj := strings.Fields(before[:i])
	subj = subj[:len(prev)-1]
	if len(subj) > 0 && prepositionWords[strings.ToLower(subj[0])] {
		for j, w := range subj {
			if strings.HasSuffix(w, ",") {
				subj = subj[j+1:]
				break
			}
		}
	}
	if len(subj) == 0 {
		return "", true
	}
	return c.namedHolder(strings.Join(subj, " ")), true
}

// cutGenitive strips a genitive ending: "ministry's" → "ministry".
func cutGenitive(w string) (string, bool) {
	for _, g := range []string{"'s", "’s", "'", "’"} {
		if s, ok := strings.CutSuffix(w, g); ok && s != "" {
			return s, true
		}
	}
	return w, false
}
