// Package text splits clean article text into paragraphs, sentences and
// tokens with byte offsets, for the language stages. It knows the
// abbreviations, initials and quotation habits of news English.
package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Sentence is one sentence of an article.
type Sentence struct {
	// Index is the sentence's position in the article (0-based).
	Index int
	// Para is the paragraph it belongs to (0-based).
	Para int
	// Start and End are byte offsets in the article text.
	Start, End int
	// Text is the sentence.
	Text string
}

// abbreviations are the abbreviations news English writes with a period
// inside a sentence, lower-cased and without their last period: the
// Associated Press Stylebook's abbreviations of titles before names
// ("Gen.", "Sgt.", "Gov.", "Rev."), of months and, in tabular matter,
// days ("Sept.", "Thu."), of addresses ("Ave.", "Blvd.", "St.", "Mt.",
// "Ft."), of companies' names ("Co.", "Corp.", "Inc.", "Ltd.", "Bros.",
// "Assn.") and its entries "Jr.", "Sr.", "No.", "a.m.", "p.m.", "U.S.",
// "U.N.", "D.C."; and the abbreviations of titles, the Latin and the
// scholarly abbreviations of The Chicago Manual of Style, 17th ed. 2017,
// ch. 10 ("Prof.", "Hon.", "e.g.", "i.e.", "etc.", "vs.", "et al.",
// "approx.", "fig.", "est.", "dept.", "univ.", "Ph.D.").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "maj": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "cpl": true, "pvt": true, "adm": true, "cmdr": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "hon": true, "pres": true, "supt": true, "det": true, "insp": true, "st": true, "ft": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true,
	"no": true, "nos": true, "vs": true, "etc": true, "approx": true, "dept": true, "est": true, "fig": true, "gov't": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true, "d.c": true, "ph.d": true,
	"al": true, "ave": true, "blvd": true, "rd": true, "univ": true, "assn": true, "bros": true,
}

func init() {
	for w := range titleAbbrev {
		abbreviations[w] = true // every abbreviated title keeps its period inside a sentence
	}
}

// Paragraphs returns the byte ranges of the paragraphs of doc: blocks
// separated by blank lines (or single newlines when there are none).
func Paragraphs(doc string) [][2]int {
	var out [][2]int
	sep := "\n\n"
	if !strings.Contains(doc, sep) {
		sep = "\n"
	}
	pos := 0
	for _, p := range strings.Split(doc, sep) {
		start, end := pos, pos+len(p)
		pos = end + len(sep)
		t := strings.TrimSpace(p)
		if t == "" {
			continue
		}
		s := start + strings.Index(p, t)
		out = append(out, [2]int{s, s + len(t)})
	}
	return out
}

// Sentences splits doc into sentences.
func Sentences(doc string) []Sentence {
	var out []Sentence
	for pi, pr := range Paragraphs(doc) {
		para := doc[pr[0]:pr[1]]
		for _, r := range splitParagraph(para) {
			st := strings.TrimSpace(para[r[0]:r[1]])
			if st == "" {
				continue
			}
			off := pr[0] + r[0] + strings.Index(para[r[0]:r[1]], st)
			out = append(out, Sentence{Index: len(out), Para: pi, Start: off, End: off + len(st), Text: st})
		}
	}
	return out
}

func isClosing(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '»'
}

func isOpening(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '[' || r == '«'
}

// splitParagraph returns sentence ranges within one paragraph.
func splitParagraph(p string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		j := i + size
		// Runs of terminal punctuation and closing quotes.
		for j < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || isClosing(r2) {
				j += s2
				continue
			}
			break
		}
		if j >= len(p) {
			break
		}
		// Must be followed by space, then an uppercase letter, digit or opening quote.
		k := j
		for k < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += s2
		}
		if k == j || k >= len(p) {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpening(next)) {
			i = j
			continue
		}
		if r == '.' && !isBoundaryAfterPeriod(p[start:i], p[k:]) {
			i = j
			continue
		}
		out = append(out, [2]int{start, j})
		start = k
		i = k
	}
	if start < len(p) {
		out = append(out, [2]int{start, len(p)})
	}
	return out
}

// isBoundaryAfterPeriod decides whether a period ending before ends a
// sentence, given the text after it.
func isBoundaryAfterPeriod(before, after string) bool {
	w := before[strings.LastIndexAny(before, " \t\n(“\"")+1:]
	lw := strings.ToLower(strings.TrimRight(w, "."))
	if abbreviations[lw] {
		// "U.S. farmers" continues; "in the U.S. The" may end, but we keep it together when lower-risk.
		if lw == "u.s" || lw == "u.k" || lw == "u.n" || lw == "d.c" || lw == "a.m" || lw == "p.m" || lw == "etc" || lw == "inc" || lw == "corp" || lw == "ltd" || lw == "co" || lw == "jr" || lw == "sr" {
			// These often end sentences: split when a common sentence opener follows.
			return startsSentence(after)
		}
		return false
	}
	// Initials run together before a name ("A.J. Lund said"): one
	// sentence unless a common opener follows (as after "U.S.").
	if dottedInitials(strings.TrimSuffix(w, ".")) {
		return startsSentence(after)
	}
	// An initial: "Anna K. Berg".
	if n := utf8.RuneCountInString(w); n == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return false
		}
	}
	// Dotted acronyms "U.N." handled above; a number like "No. 5" too.
	return true
}

// dottedInitials reports whether w is two or more capital letters each
// followed by a period, the last one's period left off ("A.J", "R.T").
func dottedInitials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r, size := utf8.DecodeRuneInString(p)
		if size != len(p) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// startsSentence reports whether the text after a period opens a
// sentence: its first word is capitalised, the rest in lower case, and in
// lower case it is a closed-class word ("The", "He", "In", "But":
// lexicon.ClosedClass) or a word the Penn Treebank writes capitalised at a
// sentence's start as no proper noun ("However", "Meanwhile",
// "According": lexicon.SentenceOpener).
func startsSentence(after string) bool {
	w := after
	if i := strings.IndexAny(after, " ,"); i > 0 {
		w = after[:i]
	}
	w = strings.TrimLeft(w, "\"“‘'(")
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ToLower(w[size:]) != w[size:] {
		return false
	}
	lw := strings.ToLower(w)
	_, closed := lexicon.ClosedClass(lw)
	return closed || lexicon.SentenceOpener(lw)
}

// titleAbbrev are abbreviated titles written before names: the
// abbreviations of civil, military, police, academic and religious titles
// and of courtesy titles of the Associated Press Stylebook (its "military
// titles", "legislative titles" and "governor" entries: "Lt.", "Gov.",
// "Govs.", "Sen.", "Sens.", "Reps.", "Spc.", "Pfc.") and The Chicago
// Manual of Style, 17th ed. 2017, ch. 10 ("Prof.", "Rev.", "Mr.", "Msgr.", "Atty.", "Ald."), and the older forms of
// the U.S. Government Printing Office's style manuals still written for
// military and naval ranks ("Comdr.", "Cdr.", "Lieut.", "Sergt.",
// "Corpl.", "Adjt.", "Ens."), and the U.S. Army's own rank abbreviations
// written as words ("Cpt.", "Ssg.", "Sfc.", "Ltc.").
var titleAbbrev = map[string]bool{"lt": true, "gen": true, "maj": true, "col": true, "sgt": true, "capt": true, "gov": true,
	"sen": true, "rep": true, "dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "rev": true, "adm": true,
	"cmdr": true, "det": true, "insp": true, "supt": true, "cpl": true, "pvt": true, "amb": true, "pres": true, "hon": true,
	"sens": true, "reps": true, "govs": true, "gens": true, "spc": true, "pfc": true, "msgr": true, "atty": true, "comdr": true, "cdr": true,
	"lieut": true, "sergt": true, "corpl": true, "adjt": true, "ens": true,
	"cpt": true, "ssg": true, "sfc": true, "ltc": true, "ald": true}

// nameAbbrev are the abbreviations that open a proper name, written
// with a capital and a period: Saint, Sainte, Mount and Fort in the
// names of saints, places and institutions (AP Stylebook, "saint",
// "mount", "fort").
var nameAbbrev = map[string]bool{"St": true, "Ste": true, "Mt": true, "Ft": true}

// afterName reports whether the token before byte offset start, right
// before it, is a capitalised word that is no function word ("Main" in
// "Main St.", not "The" in "The St. Paul").
func afterName(out []Token, start int) bool {
	if len(out) == 0 {
		return false
	}
	p := out[len(out)-1]
	if !p.IsCapitalized() || p.End < start-1 {
		return false
	}
	_, closed := lexicon.ClosedClass(strings.ToLower(p.Text))
	return !closed
}

// IsTitleAbbrev reports whether a word, with or without its period, is an
// abbreviated title written before a name ("Lt.", "Comdr", "Sens.").
func IsTitleAbbrev(w string) bool {
	return titleAbbrev[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// IsAbbreviation reports whether a word, with or without its period, is
// one news English writes with a period inside a sentence (abbreviations:
// "Inc.", "Bros.", "Jr.", "Ave.", "U.S."), in any case.
func IsAbbreviation(w string) bool {
	return abbreviations[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// AbbreviationPeriod reports whether token i is the period of an
// abbreviation: a "." glued to the abbreviation before it ("Bros", ".").
func AbbreviationPeriod(toks []Token, i int) bool {
	return i > 0 && toks[i].Text == "." && toks[i-1].End == toks[i].Start && IsAbbreviation(toks[i-1].Text)
}

// Token is a word, number or punctuation mark with its byte offsets and
// its text in lower case (strings.ToLower of Text, worked out once when the
// sentence is split: the readers of a sentence each ask it of every token).
type Token struct {
	Text       string
	Start, End int
	Lower      string
	// noun and verb are the lexicon's base forms of Lower as a noun and
	// as a verb, kept with a word of an article's reading (ReadBases) as
	// numbers (baseRef): four bytes each, not a string's sixteen.
	noun, verb baseRef
}

// baseRef is a base form kept with a token: 0 when not worked out (Base
// looks it up), 1 for the token's lower case itself, else 1 + the
// lexicon's number of the form (lexicon.BaseID).
type baseRef uint32

// refOf is the baseRef of lexicon.BaseID's answer id: its NoBaseID is 0,
// not worked out.
func refOf(id uint32) baseRef {
	if id == lexicon.NoBaseID {
		return 0
	}
	return baseRef(id + 1)
}

// Base is the lexicon's base form of the token's lower case as a part of
// speech p, lexicon.Default().Base(t.Lower, p): for a noun and a verb, the
// one kept with the token when its sentence's words were read (ReadBases;
// the readers of a sentence each ask it of the same words), else looked up.
// The embedded lexicon is the only one a program has (lexicon.Default:
// every reader's lexicon, the comparer's included, is it; compare's
// TestReaderLexicon holds them to it), so the forms kept are every
// reader's.
func (t *Token) Base(p lexicon.POS) string {
	r := baseRef(0)
	switch p {
	case lexicon.Noun:
		r = t.noun
	case lexicon.Verb:
		r = t.verb
	}
	switch r {
	case 0:
		return lexicon.Default().Base(t.Lower, p)
	case 1:
		return t.Lower
	}
	return lexicon.Default().BaseForm(uint32(r - 1))
}

// ReadBases keeps with each word of toks (a token opened by a letter) its
// base forms as a noun and as a verb (Base), worked out once: toks are an
// article's reading's, read by many readers.
func ReadBases(toks []Token) {
	lx := lexicon.Default()
	for i := range toks {
		if toks[i].IsWord() {
			toks[i].noun = refOf(lx.BaseID(toks[i].Lower, lexicon.Noun))
			toks[i].verb = refOf(lx.BaseID(toks[i].Lower, lexicon.Verb))
		}
	}
}

// NewToken is the token of text at start..end, with its lower case.
func NewToken(text string, start, end int) Token {
	return Token{Text: text, Start: start, End: end, Lower: strings.ToLower(text)}
}

// IsWord reports whether the token starts with a letter.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r)
}

// IsNumber reports whether the token starts with a digit.
func (t Token) IsNumber() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsDigit(r)
}

// IsCapitalized reports whether the token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Tokens splits s into tokens. Words keep inner apostrophes, hyphens and
// periods ("Jean-Luc", "Rabi’", "U.S.", "don't"); numbers keep separators
// ("5,000", "3.5"); every other non-space character is a token of its own.
func Tokens(s string) []Token {
	out := splitTokens(s)
	if len(out) == 0 {
		return nil // as a slice never appended to
	}
	lowerTokens(out, s)
	return out
}

// lowerTokens sets the lower case of toks, the tokens of s. An ASCII
// sentence is lowered once and each token's lower case cut from it (one
// string for the sentence, not one a capitalised word); elsewhere a
// rune's lower case may be of another length, so each token is lowered
// alone.
func lowerTokens(toks []Token, s string) {
	if isASCII(s) {
		low := strings.ToLower(s)
		for i := range toks {
			toks[i].Lower = low[toks[i].Start:toks[i].End]
		}
		return
	}
	for i := range toks {
		toks[i].Lower = strings.ToLower(toks[i].Text)
	}
}

// SentenceTokens is Tokens of each sentence's text, with each word's
// base forms read (ReadBases): the tokens of an article's reading. They
// are kept in one array of exactly their number, each sentence's slice
// of it capped at its own end (an append to one reallocates, as it
// would with a slice of its own); a sentence without a token has nil.
// Tokens sizes a sentence's slice at once for a token every four bytes,
// about a third more than news text holds, and a reading keeps its
// tokens as long as its article is compared.
func SentenceTokens(ss []Sentence) [][]Token {
	out := make([][]Token, len(ss))
	if len(ss) == 0 {
		return out
	}
	sp := tokenScratch.Get().(*[]Token)
	buf := (*sp)[:0]
	ends := make([]int, len(ss))
	for i, s := range ss {
		start := len(buf)
		buf = appendTokens(buf, s.Text)
		lowerTokens(buf[start:], s.Text)
		ends[i] = len(buf)
	}
	all := make([]Token, len(buf))
	copy(all, buf)
	clear(buf) // the pool keeps no article's text alive
	if cap(buf) <= maxScratchTokens {
		*sp = buf[:0]
		tokenScratch.Put(sp)
	}
	ReadBases(all)
	lo := 0
	for i, end := range ends {
		if end > lo {
			out[i] = all[lo:end:end]
		}
		lo = end
	}
	return out
}

// tokenScratch holds the slices SentenceTokens splits an article's
// sentences into before it copies their tokens into an array of their
// exact number; maxScratchTokens is the largest it keeps.
var tokenScratch = sync.Pool{New: func() any { return new([]Token) }}

const maxScratchTokens = 1 << 16

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// splitTokens is Tokens without the tokens' lower case.
func splitTokens(s string) []Token {
	// A token of news text takes about five bytes with the space after
	// it: sized at once, the slice is seldom grown.
	return appendTokens(make([]Token, 0, len(s)/4+1), s)
}

// appendTokens appends the tokens of s (splitTokens') to dst.
func appendTokens(dst []Token, s string) []Token {
	base, out := len(dst), dst
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			start := i
			digit := unicode.IsDigit(r)
			i += size
			for i < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[i:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					i += s2
					continue
				}
				// Joiners: followed by a letter/digit.
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || (digit && (r2 == ',' || r2 == ':')) {
					if i+s2 < len(s) {
						r3, _ := utf8.DecodeRuneInString(s[i+s2:])
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							if r2 == ',' && !(i+s2+3 <= len(s) && AllDigits(s[i+s2:i+s2+3]) && (i+s2+3 == len(s) || !isDigitAt(s, i+s2+3))) {
								break
							}
							i += s2
							continue
						}
					}
					// Trailing period of an abbreviation or initialism: "U.S."
					if r2 == '.' && strings.Contains(s[start:i], ".") {
						i += s2
						continue
					}
					// A trailing apostrophe after a name: "Rabi’ al-Awwal".
					if (r2 == '\'' || r2 == '’') && !digit && i+s2 < len(s) && s[i+s2] == ' ' && i-start > 2 && !strings.HasSuffix(strings.ToLower(s[start:i]), "s") {
						i += s2
						continue
					}
				}
				break
			}
			// A title abbreviation keeps its period: "Lt. Dana Morrow".
			if i < len(s) && s[i] == '.' && titleAbbrev[strings.ToLower(s[start:i])] && i+2 < len(s) && s[i+1] == ' ' {
				r3, _ := utf8.DecodeRuneInString(s[i+2:])
				if unicode.IsUpper(r3) {
					i++
					out = append(out, Token{Text: s[start:i], Start: start, End: i})
					continue
				}
			}
			// "St.", "Mt.", "Ft." before a capitalised word open a name
			// ("the St. Paul City Council", "Mt. Hood"; AP Stylebook,
			// "saint", "mount", "fort"), unless a capitalised word comes
			// before them, whose street suffix "St." is ("Main St.").
			if i < len(s) && s[i] == '.' && nameAbbrev[s[start:i]] && i+2 < len(s) && s[i+1] == ' ' && !afterName(out[base:], start) {
				r3, _ := utf8.DecodeRuneInString(s[i+2:])
				if unicode.IsUpper(r3) {
					i++
					out = append(out, Token{Text: s[start:i], Start: start, End: i})
					continue
				}
			}
			// An initial: one capital letter and a period, as in "Anna K. Berg".
			if i-start == 1 && i < len(s) && s[i] == '.' && unicode.IsUpper(r) && i+2 < len(s) && s[i+1] == ' ' {
				r3, _ := utf8.DecodeRuneInString(s[i+2:])
				if unicode.IsUpper(r3) {
					i++
				}
			}
			out = append(out, Token{Text: s[start:i], Start: start, End: i})
		default:
			out = append(out, Token{Text: s[i : i+size], Start: i, End: i + size})
			i += size
		}
	}
	return out
}

// AllDigits reports whether s is one or more ASCII digits and nothing else.
func AllDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
