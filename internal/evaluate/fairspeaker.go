package evaluate

import (
	"strings"
	"unicode"
)

// The kit's scorer (score.py, followed by nameTokens) calls a gold source
// named when it has a capitalised word that is no title or function word,
// and means by that a proper name: its "other" sources, not scored, are
// those "with no name tokens (e.g. "officials", "the report")". A source
// that opens its sentence is capitalised whatever it is ("Many said …",
// "Lawmakers argued …"), so the kit scores "Many" as a name no speaker
// can match. The fair reading below keeps the kit's matching (a shared
// name token) and changes only which words are names.

// articleCaps holds, per article, the words (lower case, possessive
// dropped) that its body writes capitalised inside a sentence: after a
// word that ends in neither sentence punctuation nor a quotation mark.
// Those are names; a capitalised word seen only at sentence starts is
// not known to be one.
type articleCaps map[string]bool

// capsInside reads text (its first line, the headline, in title case, is
// skipped) for the words capitalised inside a sentence.
func capsInside(text string) articleCaps {
	caps := articleCaps{}
	lines := strings.Split(normText(text), "\n")
	for _, line := range lines[1:] {
		ws := strings.Fields(line)
		for j := 1; j < len(ws); j++ {
			w := nameWord(ws[j])
			if w == "" || !unicode.IsUpper([]rune(w)[0]) || opensSentence(ws[j-1]) {
				continue
			}
			caps[strings.ToLower(w)] = true
		}
	}
	return caps
}

// nameWord strips a word of the punctuation around it and of a
// possessive ending.
func nameWord(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	return w
}

// opensSentence tells whether the word after prev may open a sentence:
// prev ends in sentence punctuation or a quotation mark, unless prev is a
// short capitalised abbreviation ("Mr.", "Sen.", "D.C.") that a name follows.
func opensSentence(prev string) bool {
	r := []rune(prev)
	last := r[len(r)-1]
	switch last {
	case '.':
		return !(len(r) <= 5 && unicode.IsUpper(r[0]))
	case '!', '?', ':', '"', '\'', '(', '-', '—', '–':
		return true
	}
	return false
}

// startsSentence tells whether the rune offset i of text (PolNeAR offsets
// are code points) opens a sentence: only blanks, quotation marks and
// brackets stand between it and the text's start, a line break or
// sentence punctuation.
func startsSentence(text []rune, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch r := text[k]; {
		case r == '\n', r == '.', r == '!', r == '?', r == ':':
			return true
		case unicode.IsSpace(r), strings.ContainsRune("\"'“”‘’([—–-", r):
			continue
		default:
			return false
		}
	}
	return true
}

// fairNameTokens are a gold source's name tokens as nameTokens takes them
// (the part before the first comma when it has any, else the whole) —
// but the whole source's when that part ends in a lower-case word, a
// common noun whose appositive after the comma names the same one ("the
// agency's director, Jane Doe,": apposition, Quirk §17.65) — where a capitalised word opening both the source and its sentence
// counts only when the article also writes it capitalised inside a
// sentence.
func fairNameTokens(a GoldAttribution, text []rune, caps articleCaps) map[string]bool {
	if a.Source == nil {
		return nil
	}
	src := normText(*a.Source)
	initial := len(a.SourceSpan) > 0 && a.SourceSpan[0] <= len(text) && startsSentence(text, a.SourceSpan[0])
	grab := func(part string, first bool) map[string]bool {
		out := map[string]bool{}
		for k, w := range wordRe.FindAllString(part, -1) {
			if possRe.MatchString(w) {
				continue
			}
			w = strings.Trim(w, ".-")
			lw := strings.ToLower(w)
			if len(w) <= 1 || w[0] < 'A' || w[0] > 'Z' || stopSet[lw] || pronounSet[lw] {
				continue
			}
			if k == 0 && first && initial && !caps[lw] {
				continue
			}
			out[lw] = true
		}
		return out
	}
	first := strings.Split(src, ",")[0]
	if g := grab(first, true); len(g) > 0 && !commonHead(first) {
		return g
	}
	return grab(src, true)
}

// fairReferent resolves a gold pronoun source as resolvePronounGender
// does (the nearest earlier gold source with a name, skipping those of the
// other gender for "he" and "she"), with names read by fairNameTokens; a
// relative pronoun by relativeAntecedent. nil when there is none.
func fairReferent(a GoldAttribution, atts []GoldAttribution, text string, runes []rune, caps articleCaps) map[string]bool {
	start := a.ContentSpan[0]
	if len(a.SourceSpan) > 0 {
		start = a.SourceSpan[0]
	}
	p := strings.ToLower(strings.TrimSpace(*a.Source))
	if relativePronouns[p] {
		return relativeAntecedent(start, runes, caps)
	}
	want := map[string]byte{"he": 'm', "she": 'f'}[p]
	var best map[string]bool
	bestAt := -1
	for k := range atts {
		b := atts[k]
		if b.Source == nil || len(b.SourceSpan) == 0 || b.SourceSpan[0] >= start || b.SourceSpan[0] <= bestAt || isPronoun(*b.Source) {
			continue
		}
		toks := fairNameTokens(b, runes, caps)
		if len(toks) == 0 {
			continue
		}
		if want != 0 {
			if g := sourceGender(*b.Source, text); g != 0 && g != want {
				continue
			}
		}
		best, bestAt = toks, b.SourceSpan[0]
	}
	return best
}

// addFair scores one matched pair by the fair reading: a named source by
// fairNameTokens (a source left without a name is not scored, as the
// kit's "other" sources), a pronoun by fairReferent.
func (s *QuoteScore) addFair(a GoldAttribution, atts []GoldAttribution, text string, runes []rune, caps articleCaps, spk string) {
	if a.Source == nil {
		return
	}
	var gname map[string]bool
	if isPronoun(*a.Source) {
		if gname = fairReferent(a, atts, text, runes, caps); gname == nil {
			return
		}
	} else if gname = fairNameTokens(a, runes, caps); len(gname) == 0 {
		return
	}
	s.FairN++
	if spk == "" {
		return
	}
	for t := range speakerTokens(spk) {
		if gname[t] {
			s.FairOK++
			return
		}
	}
}

// relativePronouns open a relative clause whose antecedent is the noun
// phrase right before them ("Doe, who said …", "the voters who said …";
// Quirk §17.9–17.13, CGEL ch. 12 §3).
var relativePronouns = toSet("who", "which", "that")

// relativeAntecedent returns the name tokens of a relative pronoun's
// antecedent, the words right before rune offset start (past a comma or
// dash): the capitalised run ending there ("Texas Sen. Jane Doe, who");
// nil when the word before is no name ("the voters who", a nominal the
// kit does not score).
func relativeAntecedent(start int, text []rune, caps articleCaps) map[string]bool {
	k := start
	for k > 0 && (unicode.IsSpace(text[k-1]) || strings.ContainsRune(",—–-", text[k-1])) {
		k--
	}
	var run []string
	runStart := k
	for len(run) < 6 {
		j := k
		for j > 0 && !unicode.IsSpace(text[j-1]) {
			j--
		}
		w := nameWord(string(text[j:k]))
		if j == k || w == "" || !unicode.IsUpper([]rune(w)[0]) {
			break
		}
		if len(run) > 0 && strings.ContainsAny(string(text[j:k]), ",;:") {
			break
		}
		run = append([]string{string(text[j:k])}, run...)
		runStart = j
		k = j
		for k > 0 && text[k-1] == ' ' {
			k--
		}
		if k > 0 && text[k-1] == '\n' {
			break
		}
	}
	out := map[string]bool{}
	for i, w := range run {
		w = nameWord(w)
		lw := strings.ToLower(strings.Trim(w, ".-"))
		if len(lw) <= 1 || stopSet[lw] || pronounSet[lw] {
			continue
		}
		if i == 0 && startsSentence(text, runStart) && !caps[lw] {
			continue
		}
		out[lw] = true
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// commonHead reports whether a noun phrase ends in a lower-case word (its
// head a common noun: "another pollster", "the agency's director").
func commonHead(np string) bool {
	f := strings.Fields(np)
	if len(f) == 0 {
		return false
	}
	r := []rune(strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) }))
	return len(r) > 0 && unicode.IsLower(r[0])
}
