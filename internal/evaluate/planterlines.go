package evaluate

import (
	"regexp"
	"strings"
	"unicode"
)

// This file keeps the planter out of a page's non-body lines: a value in an
// embedded post's signature, a copyright line, a picture's caption or
// credit, an update stamp or a title-case line (a byline, a headline of a
// related article, a credit) is no statement of the event's facts, and
// changing it plants nothing the articles report.

var (
	// plSignature is an embedded post's signature: a handle in brackets
	// ("— Jo Smith (@jsmith) May 2, 2016").
	plSignature = regexp.MustCompile(`\(@\w{1,30}\)`)
	// plCopyright is a copyright line's sign ("(© 2016 KXYZ)", "(c) 2016").
	plCopyright = regexp.MustCompile(`©|\([cC]\)\s?\d{4}\b`)
	// plCaptionStart opens a picture's caption: a gallery's "Image 3 of
	// 12", "Buy Photo", "Photos".
	plCaptionStart = regexp.MustCompile(`^\s*(?i:(?:image|photo|picture|slide) \d+ of \d+\b|buy photo\b|photos?\b)`)
	// plCredit is a picture's credit in brackets: one that names a photo
	// ("(AP Photo/Jo Smith)", "(Photo: Daily News)"), or a name and an
	// outlet after a sentence's end ("… on Sunday. (Jo Smith / Daily
	// News)"; a dateline's "(AP/KXYZ)" follows a place, no sentence).
	plCredit = regexp.MustCompile(`\([^()]{0,40}\bPhoto\b[^()]{0,40}\)|[.!?]\s*\(\s?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* ?/ ?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*\s?\)`)
	// plStampLabel is a page's update or publication label right before a
	// value, with only the stamp's own date words between: "UPDATE @ 9:30
	// p.m.", "Updated: Friday, May 3".
	plStampLabel = regexp.MustCompile(`(?i)\b(?:update[ds]?|published|posted|modified|edited)\b[\s:@(,.–-]*(?:(?:at|on)\s+)?` +
		`(?:(?:` + strings.Join(plantWeekdays, "|") + `|` + strings.Join(plantMonths, "|") + `|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?)[\s,.:@()]*)*$`)
	// plSentenceEnd is how a body paragraph ends: a full stop, a question
	// or exclamation mark, perhaps inside a quotation or bracket.
	plSentenceEnd = regexp.MustCompile(`[.!?…]['"’”)\]]*\s*$`)
)

// plLineAt returns the line (a paragraph of the extracted text) around
// offset i and i's offset in it.
func plLineAt(text string, i int) (string, int) {
	a := strings.LastIndexByte(text[:i], '\n') + 1
	b := strings.IndexByte(text[i:], '\n')
	if b < 0 {
		b = len(text)
	} else {
		b += i
	}
	return text[a:b], i - a
}

// plNonBody names why the value of type typ at offset start of text lies in
// a line that is no body text of the article ("" when it is body text).
func plNonBody(text string, start int, typ string) string {
	line, at := plLineAt(text, start)
	switch {
	case plSignature.MatchString(line[:at]):
		return "signature" // after the handle of an embedded post
	case plCopyright.MatchString(line):
		return "copyright"
	case plCaptionStart.MatchString(line) || plCredit.MatchString(line):
		return "caption"
	case plTimeType(typ) && plStampLabel.MatchString(line[:at]):
		return "stamp"
	case plTitleCase(line):
		return "title"
	}
	return ""
}

// plTitleCase reports whether line is a title-case line: no sentence's end
// and every word of four letters or more capitalised (a byline, a headline,
// a credit, a label).
func plTitleCase(line string) bool {
	if plSentenceEnd.MatchString(line) {
		return false
	}
	n := 0
	for _, w := range strings.Fields(line) {
		w = strings.TrimLeft(w, `"'“‘(`)
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 4 {
			continue
		}
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n > 0
}

// plTimeType reports whether typ is a value of time: a date, a weekday, a
// month, a year or a clock time.
func plTimeType(typ string) bool {
	switch typ {
	case pDate, pWeekday, pMonth, pYear, pClock:
		return true
	}
	return false
}
