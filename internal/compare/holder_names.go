package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// Holder names read from how a speaker is written: the quote reader's
// speaker entity is right for most reports, but three shapes of the speaker
// phrase say that the entity is not who speaks, or not all of it.

// genitiveSpeaker reports whether a speaker as written ends in the
// genitive ("Okafor's", "the mayor’s", "the Joneses'"): the phrase was cut
// at its determiner, and the one who speaks is the noun the genitive
// determines ("Okafor's aide"; Quirk et al. 1985 §5.115), not the possessor.
func genitiveSpeaker(s string) bool {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ",.:;"))
	for _, g := range []string{"'s", "’s", "s'", "s’"} {
		if len(s) > len(g) && strings.HasSuffix(s, g) {
			return true
		}
	}
	return false
}

// premodifierSpeaker reads a speaker written as a name and a noun of
// persons or groups after it ("Ashford police", "Acme officials"): the
// name premodifies the noun, and the noun's referent speaks, not the place
// or firm named (Quirk et al. 1985 §17.108). It returns the name and the
// noun, and whether the speaker is written so; a name followed by nothing
// of that kind is not.
func (c *comparer) premodifierSpeaker(name, written string) (string, bool) {
	f := strings.Fields(strings.TrimSpace(strings.Trim(strings.TrimSpace(written), ",.:;")))
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	for n := len(f) - 1; n > 0; n-- {
		if mention.NormalizeName(strings.Join(f[:n], " ")) != mention.NormalizeName(name) {
			continue
		}
		rest := f[n:]
		if len(rest) != 1 || rest[0] != strings.ToLower(rest[0]) {
			return "", false
		}
		if h := c.describedHolder(rest); h != "" {
			return name + " " + h, true
		}
		return "", false
	}
	return "", false
}

// writtenPart is the holder for a speaker entity whose name joins two
// names by "and" ("Ada Roe and the State Police", an entity the story
// merged from two mentions) while the speaker as written is one of them:
// the one written speaks.
func (c *comparer) writtenPart(name, written string) string {
	w := strings.TrimSpace(strings.Trim(strings.TrimSpace(written), ",.:;"))
	for _, sep := range []string{" and ", " & "} {
		a, b, ok := strings.Cut(name, sep)
		if !ok || strings.Contains(w, sep) {
			continue
		}
		for _, part := range []string{a, b} {
			if sameHolder(part, w) {
				return strings.TrimSpace(part)
			}
		}
	}
	return name
}

// speakerWithHead is a report's speaker as written, with the noun the
// quote reader left between it and its cue when that noun is one of
// persons or groups in lower case: "Ashford police say …" read as
// "Ashford" is "Ashford police".
func (c *comparer) speakerWithHead(di int, q mention.Quote) string {
	a := c.in.Docs[di].Analysis
	if q.SpeakerText == "" || q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
		return q.SpeakerText
	}
	f := strings.Fields(q.Cue)
	if len(f) == 0 {
		return q.SpeakerText
	}
	s := a.Sentences[q.Sentence].Text
	i := strings.Index(s, q.SpeakerText+" ")
	if i < 0 {
		return q.SpeakerText
	}
	rest := strings.Fields(s[i+len(q.SpeakerText):])
	last := strings.Fields(q.SpeakerText)
	if len(rest) < 2 || rest[1] != f[0] || rest[0] != strings.ToLower(rest[0]) || auxiliaries[rest[0]] || modals[rest[0]] || !startsUpperWord(last[len(last)-1]) {
		return q.SpeakerText // "The engineers have told": no name before a noun
	}
	if !c.personHeadNoun(rest[0]) {
		return q.SpeakerText
	}
	return q.SpeakerText + " " + rest[0]
}

// startsUpperWord reports whether a word opens with a capital letter.
func startsUpperWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// datelineCut returns what follows a dateline that opens a speaker as
// written — a place in capitals, perhaps with the outlet in brackets, then
// a dash ("ORANGE - Authorities", "COLUMBUS (WCMH) — Police", "(LEX 18) --
// Sheriff's officials") — and whether there was one. The news agency style
// puts it before the first sentence; the quote reader may keep it.
func datelineCut(s string) (string, bool) {
	f := strings.Fields(s)
	i := 0
	for i < len(f) && isCapsWord(f[i]) && !strings.HasPrefix(f[i], "(") {
		i++
	}
	if i < len(f) && strings.HasPrefix(f[i], "(") {
		for i < len(f) && !strings.HasSuffix(f[i], ")") {
			i++
		}
		i++
	}
	if i == 0 || i >= len(f)-1 {
		return s, false
	}
	switch f[i] {
	case "-", "--", "—", "–", "―":
		return strings.Join(f[i+1:], " "), true
	}
	return s, false
}

// isCapsWord reports whether a word is written in capitals (two letters
// or more, none in lower case: "ORANGE", "ST.").
func isCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			n++
		}
	}
	return n >= 2
}
