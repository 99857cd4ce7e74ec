package mention

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// appositionHead returns the mention that heads the subject of a cue in
// the shape "NAME, SUPPLEMENT, CUE": the cue at token i follows a comma
// (adverbs between), and its clause opens with a person's or an
// organisation's name set off by a comma. What stands between the two
// commas is a supplement said of the name — an apposition ("Jo Ames, a
// pollster who worked for Mayor Lee Voss, said"), a relative clause ("Jo
// Ames, who runs the depot for Delmar Shipping, said") or both — and no
// name inside it is the subject (CGEL ch. 15 §5, supplements); a short
// quotation inside it may close it ("Jo Ames, who called the plan “a
// farce,” said"). The
// supplement opens with a lower-case word or a number: a capitalised one
// may be the next name of a list ("Doe, Roe and Poe said"). A
// legislator's party tag after the name, set off by commas or in
// brackets, is part of it ("Sen. Jo Ames, R-Ore., a pollster, said"). The first such name speaks. It returns
// -1 when the clause has no such shape.
func (a *Analysis) appositionHead(si int, toks []text.Token, i int) int {
	j := i - 1
	for j > 0 && (adverbish(toks[j].Lower) || a.inTimex(si, toks[j]) && toks[j].Text != ",") {
		j-- // "Doe, the board's chairman, on Friday announced"
	}
	last, quoted := j, false
	for j > 0 && (toks[j].Text == "”" || toks[j].Text == "\"" || toks[j].Text == "'") {
		j, quoted = j-1, true // "Doe, who called it “toxic,” said"
	}
	d := toks[j].Text // the supplement's closing mark: a comma or a dash
	if j <= 0 || d != "," && d != "—" && d != "--" || quoted && i+1 < len(toks) && isNameToken(toks[i+1]) {
		return -1 // "“…,” said Doe": the quotation's own attribution
	}
	s := a.Sentences[si].Text
	for mi, m := range a.Mentions {
		if m.Sentence != si || m.End >= toks[j].Start {
			continue
		}
		at := m.End
		if rest := s[at:]; strings.HasPrefix(rest, " (") {
			if k := strings.IndexByte(rest, ')'); k > 0 && k < 24 {
				at += k + 1 // "Sen. Jo Ames (R-Ore.), a pollster, said"
			}
		}
		if strings.HasPrefix(s[at:], ".,") {
			at++ // "Jo Ames Jr., who …"
		}
		if at >= toks[j].Start || !strings.HasPrefix(strings.TrimLeft(s[at:], " "), d) {
			continue // "Doe, …, said", "Doe — like Roe, a rival — said"
		}
		e := a.Entities[m.Entity]
		if e.Type != Person && e.Type != Organization || !CanSpeak(e.Name, e.Type, e.Mentions) || !opensSubject(s[:m.Start]) && !premodifiersOnly(s[:m.Start]) {
			continue
		}
		from := at + strings.Index(s[at:], d) + len(d)
		for c := range toks[:j] {
			if toks[c].Start == at {
				if n := partyTag(toks, c); n > 0 {
					from = toks[c+n].End // "Sen. Jo Ames, R-Ore., a pollster, said"
				}
			}
		}
		if from >= toks[j].Start {
			continue
		}
		mid := strings.TrimSpace(s[from:toks[j].Start])
		rest, ok := withoutScareQuotes(s[from:toks[last].End])
		if d != "," {
			rest = strings.TrimSuffix(strings.TrimSpace(rest), d)
		}
		if mid == "" || !ok || strings.ContainsAny(rest, "“”\";:()[]—") {
			continue
		}
		r := []rune(mid)[0]
		if !unicode.IsLower(r) && !unicode.IsDigit(r) || strings.HasPrefix(mid, "and ") || strings.HasPrefix(mid, "or ") || strings.HasPrefix(mid, "but ") || !supplementOnly(toks, from, j) {
			continue
		}
		return mi
	}
	return -1
}

// supplementOnly reports whether the tokens after byte offset from and
// before token j hold no finite verb but in a relative clause (one opened
// by "who", "which", "that" or "whose", up to the next comma): a finite
// verb of its own (or a form of a verb of saying) makes the stretch a clause ("Doe, a pollster, said that
// Roe, the mayor, warned": "said" is no part of a supplement of Doe).
func supplementOnly(toks []text.Token, from, j int) bool {
	rel := false
	for k := 0; k < j; k++ {
		if toks[k].Start < from {
			continue
		}
		switch toks[k].Lower {
		case ",":
			rel = false
		case "who", "which", "that", "whose":
			rel = true
		default:
			if !rel && (finiteVerbAt(toks, k) || isReportingToken(toks[k].Text) && !startsUpper(toks[k].Text)) {
				return false
			}
		}
	}
	return true
}

// opensSubject reports whether a name written after the text before it
// opens the subject of its clause: the sentence starts there, or an
// introductory phrase closed by a comma ends right before it, or only
// describing words stand before it ("Former Representative", "81-year-old",
// "the"): capitalised words, numbers and title words.
func opensSubject(before string) bool {
	before = strings.TrimSpace(before)
	if before == "" || strings.HasSuffix(before, ",") {
		return true
	}
	if k := strings.LastIndexAny(before, ",;:"); k >= 0 {
		before = before[k+1:] // "In Ohio, former Gov. Doe": the words after the break
	}
	for _, w := range strings.Fields(before) {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !titleWords[lower(strings.Trim(w, ".,"))] && lower(w) != "the" && lower(w) != "former" {
			return false
		}
	}
	return true
}

// premodifiersOnly reports whether the words of a clause before a name
// can only premodify it (Quirk et al. 1985, §17.93–17.110: determiners,
// adjectives and nouns before the head): "Radio host", "the veteran
// harbour pilot". A function word other than an article, a verb's
// participle ("-ing", "-ed") or a word WordNet has only as a verb ends the
// premodification: "Police arrested", "backing".
func premodifiersOnly(before string) bool {
	before = strings.TrimSpace(before)
	if k := strings.LastIndexAny(before, ",;:"); k >= 0 {
		before = before[k+1:]
	}
	lx := lexicon.Default()
	for _, w := range strings.Fields(before) {
		lw := lower(strings.Trim(w, ".'’"))
		switch {
		case lw == "the" || lw == "a" || lw == "an":
		case unicode.IsUpper([]rune(w)[0]) || unicode.IsDigit([]rune(w)[0]):
			if lexicon.IsStopword(lw) {
				return false // "In", "After"
			}
		case lexicon.IsStopword(lw), strings.HasSuffix(lw, "ing"), strings.HasSuffix(lw, "ed"):
			return false
		case !lx.Has(lw, lexicon.Noun) && !lx.Has(lw, lexicon.Adj):
			return false
		}
	}
	return true
}

// headSpeaks gives the quote of the cue at token i of sentence si the head
// of an apposition before it as its speaker (appositionHead); a
// participle's subject is read by participleSubject.
func (a *Analysis) headSpeaks(si int, toks []text.Token, i int, q *Quote) {
	if strings.HasSuffix(toks[i].Lower, "ing") {
		return
	}
	if h := a.appositionHead(si, toks, i); h >= 0 {
		m := a.Mentions[h]
		a.speakerFrom(q, m)
	}
}

// withoutScareQuotes returns s without its short quotations (six words at
// most: called it “racially toxic”, words quoted inside a supplement, not
// a statement), and false when a quotation in s is longer or is not
// closed.
func withoutScareQuotes(s string) (string, bool) {
	var b strings.Builder
	for {
		i, open, close := -1, "", ""
		for _, p := range [][2]string{{"“", "”"}, {"''", "''"}, {"\"", "\""}} {
			if k := strings.Index(s, p[0]); k >= 0 && (i < 0 || k < i) {
				i, open, close = k, p[0], p[1]
			}
		}
		if i < 0 {
			b.WriteString(s)
			return b.String(), true
		}
		k := strings.Index(s[i+len(open):], close)
		if k < 0 || len(strings.Fields(s[i+len(open):i+len(open)+k])) > 6 {
			return "", false
		}
		b.WriteString(s[:i])
		s = s[i+len(open)+k+len(close):]
	}
}
