package mention

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Readings that keep a time expression off the timeline, or that join two
// expressions into one: numbers that only look like years, habits, the post
// stamps of embedded social-media posts, and "<month> of last year".

// inDigitChain reports whether the four digits at s[start:end] end or open a
// chain of digit groups joined by hyphens, dots or slashes that is no date: a
// telephone number ("555-0134", "(212) 555-2019", "312.555.2016": NANP
// numbers group their digits 3-3-4, ITU-T E.123 writes groups with spaces,
// hyphens or dots). A year range ("2015-2016", "1998-99") is left alone: its
// other group is a year of four digits or two.
func inDigitChain(s string, start, end int) bool {
	if start >= 2 && (s[start-1] == '-' || s[start-1] == '.') && isASCIIDigit(s[start-2]) {
		n := 0
		for k := start - 2; k >= 0 && isASCIIDigit(s[k]); k-- {
			n++
		}
		return n != 4 && n != 2
	}
	if end+1 < len(s) && (s[end] == '-' || s[end] == '.') && isASCIIDigit(s[end+1]) {
		n := 0
		for k := end + 1; k < len(s) && isASCIIDigit(s[k]); k++ {
			n++
		}
		return n >= 3 && n != 4
	}
	return false
}

// labelNumber reports whether a bare four-digit number starting at start
// labels the thing the common noun before it names ("building 2000", "room
// 2012", "locker 1987"): that lower-case word's most frequent noun sense is
// an artifact in WordNet (lexicographer file noun.artifact), so the number
// is a name, not a year (CGEL 2002, ch. 5 §14.3, names of the form noun +
// numeral). A capitalised word is left alone: "World Cup 2018" names an
// event of that year.
func labelNumber(s string, start int) bool {
	before := strings.TrimRight(s[:start], " ")
	if len(before) != start-1 {
		return false // no single space: a comma, a bracket, the sentence start
	}
	w := before[strings.LastIndexAny(before, " \n\"“(")+1:]
	if len(w) < 3 || strings.ToLower(w) != w {
		return false
	}
	sn, ok := lexicon.Default().TopSense(w, lexicon.Noun)
	return ok && sn.Lex == lexicon.NounArtifact
}

// houseNumberRe is what follows a house number: one to three capitalised
// words, the last a street suffix ("1900 Pine Hollow Drive", "2010 N. Elm
// St.").
var houseNumberRe = regexp.MustCompile(`^ (?:[A-Z][A-Za-z'’-]*\.? ){1,3}([A-Z][A-Za-z]*)\b`)

// houseNumber reports whether the four digits at s[start:end] are the
// number of a building on a street: the street's name follows, ending in a
// street suffix of USPS Publication 28 (StreetWord), and no determiner or
// possessive stands before the number ("the 2016 Supreme Court ruling",
// "the city's 2015 Main Street fair" keep their years).
func houseNumber(s string, start, end int) bool {
	m := houseNumberRe.FindStringSubmatch(s[end:])
	if m == nil {
		return false
	}
	if _, ok := StreetWord(strings.ToLower(m[1])); !ok {
		return false
	}
	before := strings.TrimRight(s[:start], " ")
	w := strings.ToLower(before[strings.LastIndexAny(before, " \n\"“(")+1:])
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	switch w {
	case "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "your", "my":
		return false
	}
	return true
}

// hundredBlockRe is the noun "block" (or "blk.") right after a number: "the
// 1900 block of Elm Street", the way police and the press give an address
// to the hundred (AP Stylebook, "addresses"; a city block numbered by its
// hundreds).
var hundredBlockRe = regexp.MustCompile(`^\s+(?i:block|blk\.?)(?:\s|,|$)`)

// hundredBlock reports whether the number that rest follows names a
// block of a street (hundredBlockRe), not a year.
func hundredBlock(rest string) bool { return hundredBlockRe.MatchString(rest) }

var (
	// A frequency word before a weekday ("every Friday", "each Sunday") or a
	// plural part of the day after it ("on Friday nights", "Sunday
	// mornings"): a habit, which no single date dates (CGEL 2002, ch. 8
	// §13, frequency adjuncts; the parts of the day are WordNet's
	// noun.time hyponyms of "time of day" in the plural).
	habitBeforeRe = regexp.MustCompile(`(?i)\b(?:every|each)\s+(?:other\s+)?$`)
	habitAfterRe  = regexp.MustCompile(`(?i)^\s+(?:mornings|afternoons|evenings|nights|overnights)\b`)
	// A social-media post embedded in a page signs off with its author's
	// handle and its date: "— A. Writer (@awriter) May 3, 2019" (the
	// blockquote markup of Twitter's oEmbed), "A post shared by A. Writer
	// (@awriter) on May 3, 2019" (Instagram's).
	postHandleRe = regexp.MustCompile(`@\w{1,30}\)?\s*(?:on\s+)?$`)
	// A date alone in brackets, the stamp of a caption or of a clip's
	// description: "(May 3, 2019)", "(Published Friday, May 3, 2019)".
	bracketOpenRe  = regexp.MustCompile(`\((?:(?i:published|posted|updated)[:\s]+)?$`)
	bracketCloseRe = regexp.MustCompile(`^\)`)
	// "<month> of this year", "<month> of last year".
	ofYearRe = regexp.MustCompile(`(?i)^,?\s+of\s+(this|last|next)\s+year\b`)
	// The other end of a span of years written with a dash or slash after
	// the first: "1998-99", "2014–2016", "2019/20".
	yearSpanRe = regexp.MustCompile(`^[-–/](?:\d{2}|(?:19|20)\d{2})\b`)
	// A year written in digits.
	writtenYearRe = regexp.MustCompile(`\b(?:19|20)\d{2}\b|['’]\d{2}\b`)
)

// markHabits flags a weekday that names a habit ("the shop opens late on
// Friday nights") as a period: no day of the calendar dates it.
func (x *timeScan) markHabits() {
	for i := range x.out {
		t := &x.out[i]
		if t.Weekday < 0 || t.Precision != PrecDay || !t.Relative {
			continue
		}
		if habitBeforeRe.MatchString(x.s[:t.Start]) || habitAfterRe.MatchString(x.s[t.End:]) {
			t.Period = true
		}
	}
}

// markYearSpans flags a year that opens a span written with a dash
// ("the 1998-99 season", "in 2014–2016") as a period.
func (x *timeScan) markYearSpans() {
	for i := range x.out {
		if t := &x.out[i]; t.Precision == PrecYear && yearSpanRe.MatchString(x.s[t.End:]) {
			t.Period = true
		}
	}
}

// markPostStamps flags the date that signs an embedded post (right after
// its author's handle) as a stamp: it says when the post was written, as a
// page's time stamp does.
func (x *timeScan) markPostStamps() {
	for i := range x.out {
		t := &x.out[i]
		if t.Precision != PrecDay {
			continue
		}
		if postHandleRe.MatchString(x.s[:t.Start]) || bracketOpenRe.MatchString(x.s[:t.Start]) && bracketCloseRe.MatchString(x.s[t.End:]) {
			t.Stamp = true
		}
	}
}

// joinOfYear reads "July of this year" and "March 3 of last year" as one
// expression: the month (or day) takes the year the relative names, and the
// relative year is no expression of its own.
func (x *timeScan) joinOfYear() {
	if x.ref.IsZero() {
		return
	}
	for i := range x.out {
		t := &x.out[i]
		if len(t.Date) < 7 || t.Precision == PrecYear || writtenYearRe.MatchString(t.Expression) || reRelative.MatchString(t.Expression) {
			continue
		}
		m := ofYearRe.FindStringSubmatchIndex(x.s[t.End:])
		if m == nil {
			continue
		}
		y := x.ref.Year
		switch x.s[t.End+m[2] : t.End+m[3]] {
		case "last", "Last", "LAST":
			y--
		case "next", "Next", "NEXT":
			y++
		}
		end := t.End + m[1]
		kept := x.out[:0:0]
		for j, o := range x.out {
			if j != i && o.Start >= t.End && o.End <= end {
				continue
			}
			kept = append(kept, o)
		}
		t.Date = strconv.Itoa(y) + t.Date[4:]
		t.End, t.Expression = end, x.s[t.Start:end]
		k := 0
		for ; k < len(kept) && kept[k].Start != t.Start; k++ {
		}
		kept[k] = *t
		x.out = kept
		return // one a sentence is enough; the loop index is no longer valid
	}
}

// monthStep returns the first day of the month step months from rt's
// ("last month" on 31 October is September: time.AddDate would normalise 31
// September to 1 October).
func monthStep(rt time.Time, step int) time.Time {
	return time.Date(rt.Year(), rt.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
}
