package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Photo captions kept in a scraped article's text. A news photo's caption
// is a line beside the picture, not a sentence of the report: it describes
// what the picture shows, often in the present tense ("Police stand outside
// the house where a man was shot on Sunday"), and ends with the picture's
// credit, the photographer and the outlet or agency in brackets or after a
// label ("(Photo: <name> / <paper>)", "(AP Photo/<name>)", "Photo by
// <name>"); a gallery numbers its pictures ("Image 3 of 8") and a paper's
// page labels them ("Buy Photo", "Photo gallery:") (The Associated Press
// Stylebook, "captions"; the HTML Living Standard's <figcaption>). The
// caption repeats the story's act and day, but it is no lead: the first
// sentence that dates the central act (markCentralDays) is read from the
// report, not from a caption printed above it.

var (
	// reCaptionOpener opens a caption's paragraph: a gallery's numbered
	// picture ("Image 1 of 8", "Photo 2 of / 5"), a page's label ("Buy
	// Photo", "Photo gallery:", "Photos:", "File photo", "Caption").
	reCaptionOpener = regexp.MustCompile(`^\s*(?:(?i:(?:image|photo|picture|slide)\s+\d+\s+of\s+(?:/\s*)?\d+\b|buy photo\b|photo gallery\b|photos?\s*:|file photo\b)|(?i:caption)(?:\s*:|\s+\p{Lu}))`)
	// reBracketCredit is a credit in brackets that names a picture: "(AP
	// Photo/<name>)", "(Photo: <name>)", "(Staff photo by <name>)", "(File
	// photo)", "(Photo courtesy of <name>)".
	reBracketCredit = regexp.MustCompile(`\((?:[^()]{0,30}\s)?(?i:photo(?:graph)?s?|image|picture)(?:\s*(?:[:/|]|\bby\b|\bcourtesy\b)[^()]{0,70})?\)`)
	// reSlashCredit is a photographer and an outlet in brackets, told by a
	// slash: "( <name> / <paper> )".
	reSlashCredit = regexp.MustCompile(`\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*/\s*(?:\p{Lu}|the\s)[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*\)`)
	// reLabelCredit is a credit by its label closing a line: "Photo by
	// <name>", "Photo: <name>", "Photo courtesy of <name>", "<name>/Getty
	// Images", "<name> via Getty Images", "AP Photo/<name>".
	reLabelCredit = regexp.MustCompile(`(?:\b(?:(?:(?:Staff|File|STAFF|FILE) (?i:photo)|Photo|PHOTO)(?i:graph)?\s*(?i:by|:|courtesy(?: of)?)\s+|(?i:ap photo)\s*/\s*)\p{Lu}[^.!?()"“”]{0,59}|(?i:(?:/|\bvia\s)\s*getty images))\.?\s*$`)
)

// creditAt returns the byte range of a picture's credit in sentence s
// that opens it or closes it ({-1, -1} when none does), and whether it
// opens it.
func creditAt(s string) (lo, hi int, opens bool) {
	t := strings.TrimSpace(s)
	off := strings.Index(s, t)
	for _, re := range []*regexp.Regexp{reBracketCredit, reSlashCredit} {
		for _, m := range re.FindAllStringIndex(t, -1) {
			rest := strings.TrimSpace(t[m[1]:])
			if m[0] == 0 {
				return off + m[0], off + m[1], rest != ""
			}
			if rest == "" || re != reSlashCredit && strings.Trim(rest, `.!?”"’'`) == "" {
				return off + m[0], off + m[1], false
			}
		}
	}
	if m := reLabelCredit.FindStringIndex(t); m != nil {
		return off + m[0], off + m[1], false
	}
	return -1, -1, false
}

// captionSentences marks the sentences of an article that are a photo's
// caption or its credit: every sentence of a paragraph a caption's label
// opens (reCaptionOpener); a sentence a credit closes or makes up; the
// sentence before a credit that opens the next one (the splitter cuts a
// caption's credit from its line: "… on Sunday. (<name> / <paper>)"); and
// the sentences before that in a short paragraph (at most three up to the
// credit: a caption tells its picture in a line or two). A credit that
// opens a sentence going on past it leaves the rest as it is: the report
// may follow a credit run in without a break. nil when none is.
func captionSentences(sents []text.Sentence) []bool {
	var out []bool
	mark := func(i int) {
		if out == nil {
			out = make([]bool, len(sents))
		}
		out[i] = true
	}
	for i := 0; i < len(sents); {
		j := i
		for j < len(sents) && sents[j].Para == sents[i].Para {
			j++
		}
		// sents[i:j] is one paragraph.
		if reCaptionOpener.MatchString(sents[i].Text) {
			for k := i; k < j; k++ {
				mark(k)
			}
			i = j
			continue
		}
		for k := i; k < j; k++ {
			lo, _, opens := creditAt(sents[k].Text)
			if lo < 0 {
				continue
			}
			end := k // the last sentence of the caption
			if opens || strings.TrimSpace(sents[k].Text[:lo]) == "" {
				// The credit opens sentence k: the caption is before it.
				if !opens {
					mark(k) // a credit alone
				}
				end = k - 1
			}
			if end < i {
				continue
			}
			from := end
			if end-i < 3 {
				from = i
			}
			for m := from; m <= end; m++ {
				mark(m)
			}
		}
		i = j
	}
	return out
}

// captionApart reports whether two days or clock times are one of a
// caption and one of a report: the day a caption gives is the day of its
// picture ("… is shown Monday"; the wire's captions date the photo), which
// the report's day of the act need not be, so a caption's time is matched
// only with a caption's. Counts and ages are matched across: a caption
// tells the same people as the report.
func captionApart(f, g *fact) bool {
	if f.caption == g.caption {
		return false
	}
	switch f.v.Type {
	case mention.VWeekday, mention.VDate, mention.VClock:
		return true
	}
	return false
}
