package mention

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// OutletNumber returns a quote's speaker name with the channel number a
// broadcaster's name carries ("Tovana 12 reported" → "Tovana 12",
// "told Channel 7" → "Channel 7", "4 NEWS has learned" → "4 NEWS"), or
// "" when the name as the quote's sentence writes it has none. A figure
// written right after a name, with no comma, is no age or count of it
// ("Ada Roe, 34,"; "three officers"); persons are numbered with Roman
// numerals ("Ada Roe III"), never with figures, so a name with one is a
// station, a channel or a body ("Local 12"), an organisation. A figure
// before the name counts only before one word that is a common word or
// an acronym ("4 NEWS", "11 Alive"): before a name of several words or
// a plural ("2 Harbor Police officers", "3 Democrats") it is a count.
func (a *Analysis) OutletNumber(q Quote, name string) string {
	if q.Sentence < 0 || q.Sentence >= len(a.Sentences) || name == "" {
		return ""
	}
	st := strings.TrimSpace(q.SpeakerText)
	if st == "" || !strings.Contains(st, name) && !strings.Contains(name, st) {
		return "" // the name is not the phrase as written ("she" → a name)
	}
	sent := a.Sentences[q.Sentence].Text
	for off := 0; off < len(sent); {
		i := strings.Index(sent[off:], name)
		if i < 0 {
			break
		}
		at, end := off+i, off+i+len(name)
		off = end
		if !wordEdge(sent, at, end) {
			continue
		}
		if m := figureAfterRe.FindStringSubmatch(sent[end:]); m != nil {
			return name + " " + m[1]
		}
		if ws := strings.Fields(name); len(ws) == 1 && (isAcronym(name) || CommonWordName(name) && lexiconSingular(name)) && !pluralNounNext(sent[end:]) {
			if m := figureBeforeRe.FindStringSubmatch(sent[:at]); m != nil && !monthBefore(sent[:at-len(m[0])+len(m[1])]) {
				return m[2] + " " + name
			}
		}
	}
	return ""
}

// figureAfterRe matches a figure of one to three digits right after a
// name that no digit, decimal point, colon, hyphen, percent sign or
// ordinal suffix continues ("12 reported", "7,", "7."; not "12:30",
// "12-year-old", "12,000", "12th").
var figureAfterRe = regexp.MustCompile(`^ ([0-9]{1,3})(?:$|[ )'’"”!?;]|[,.](?:$|[^0-9]))`)

// figureBeforeRe matches a figure of one to three digits right before a
// name, opening the sentence or after a space, a bracket or a dash
// ("4 NEWS", "(WXYZ) — 4 NEWS"); m[1] is what opens it, m[2] the figure.
var figureBeforeRe = regexp.MustCompile(`(^|[ (—–-])([0-9]{1,3}) $`)

// wordEdge reports whether sent[at:end] is a whole word run: no letter
// or digit right before at or right after end.
func wordEdge(sent string, at, end int) bool {
	if at > 0 {
		r, _ := utf8.DecodeLastRuneInString(sent[:at])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(sent) {
		r, _ := utf8.DecodeRuneInString(sent[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// lexiconSingular reports whether a word is no plural of a common noun
// ("News", "Alive"; not "Democrats").
func lexiconSingular(w string) bool {
	lw := lower(w)
	return lexicon.Default().Base(lw, lexicon.Noun) == lw
}

// pluralNounNext reports whether the text after a name opens with a
// plural common noun that is no verb's form ("9 FBI agents", "12 NATO
// members"): the name modifies that noun, and a figure before the name
// counts the noun's things; no station's name ("4 NEWS has learned"). A
// plural that is also a verb's form ("12 NATO ships", "4 NEWS reports") is
// left to the station reading.
func pluralNounNext(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], namePunct)
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Noun)
	return b != w && lx.Has(b, lexicon.Noun) && lx.Base(w, lexicon.Verb) == w
}

// monthBefore reports whether the text before a figure ends in a month's
// name ("Nov. 2 Roe said": a date, not a channel).
func monthBefore(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && looksLikeDay(titleCase(strings.TrimSuffix(f[len(f)-1], ".")))
}
