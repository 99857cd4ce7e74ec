package extract

import (
	_ "embed"
	"regexp"
	"strings"
	"unicode"
)

// This file holds the vocabulary of web furniture that any news site uses:
// comment forms, newsletter boxes, share bars, teasers of other stories,
// author boxes, reading-time labels, photo credits and cookie notices. The
// regexps copy documented default strings (each names its program) or
// match shapes; every other phrase is a look-up in furniture.txt, derived
// from an independent corpus by furnituregen. None knows any article.

// lineKind classifies a line of scraped text.
type lineKind int

const (
	kindText           lineKind = iota
	kindBlank                   // empty or whitespace
	kindJunk                    // furniture to drop: widgets, share bars, form labels, credits
	kindCommentsHead            // the start of a comment section: everything after is not article
	kindTeaserHead              // "Related", "The Latest", "Read more": teasers of other stories follow
	kindNewsletterHead          // a newsletter or subscription box
	kindAuthorBox               // an author box ("About the author", "Profile picture of ...")
	kindAside                   // a gallery's caption strip or a teaser printed twice: text only of a page with no other
)

var (
	// Font-size controls of news and blog templates: the "A+ A-" / "A- A A+"
	// buttons of text-resizer widgets (WordPress font-resizer plugins, many
	// news themes) and their "Text size" / "Increase font" labels.
	reFontWidget = regexp.MustCompile(`^(?i:(?:a\s*[+\-−–]\s*){2,}|(?:text|font)[ -]size.*|(?:increase|decrease|reset) (?:font|text).*)$`)
	// Reading-time labels: Medium's "5 min read" under a post's title, the
	// label WordPress reading-time plugins print ("Reading time: 3 minutes"),
	// and their variants ("2-minute read").
	reReadingTime = regexp.MustCompile(`(?i)\b\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s*(?:read|reading(?: time)?)\b`)
	reReadingOnly = regexp.MustCompile(`^(?i:(?:reading time:?\s*)?\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?(?:\s*(?:read|reading(?: time)?))?)$`)
	// Lines of punctuation or symbols only (separators, icon fonts).
	rePunctOnly = regexp.MustCompile(`^[\p{P}\p{S}\s]+$`)
	// Share bars: the labels of share buttons — "Share", "Tweet", "Email",
	// "Print", "Copy link", "Save", "Bookmark" and the networks' names, the
	// services of AddToAny's documented service list (Facebook, X/Twitter,
	// WhatsApp, LinkedIn, Telegram, Reddit, Pinterest, Facebook Messenger,
	// Email, Print, Copy Link, Bookmark) and go-trafilatura's share filter.
	reShareWords = regexp.MustCompile(`^(?i:share|share this(?: article| story| post| page)?|share on \w+|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|messenger|copy(?: the)? link|link copied|save|bookmark|comment|follow us(?: on \w+)?)$`)
	// Comment-form labels and notes: WordPress core's default comment_form()
	// strings ("Post Comment", "Cancel reply", "Your email address will not be
	// published. Required fields are marked *", "Save my name, email, and
	// website…", "You must be logged in to post a comment.") and the generic
	// labels of any web form ("Name *", "Email *", "Website", "Submit").
	reFormLabels = regexp.MustCompile(`^(?i:required|name\s*\*?|e-?mail\s*\*?|website|submit|post comment|cancel reply|send|your (?:name|email)\s*\*?|comment\s*\*|save my name, email, and website in this browser for the next time i comment\.?|your email address will not be published\.?(?:\s*required fields are marked \*)?|required fields are marked \*\.?|notify me of (?:follow-up comments|new posts).*|log in to (?:reply|comment).*|you must be logged in to post a comment\.?)$`)
	// Headings that open a comment section: WordPress's default comment_form()
	// title "Leave a Reply", Blogger's default heading "Post a Comment", and
	// counts ("12 Comments"). Other headings come from the derived list.
	reCommentsHead = regexp.MustCompile(`^(?i:(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|post a comment)\s*:?$`)
	// Headings of lists of other stories: WordPress core's "Latest Posts"
	// block and "Recent Posts" widget, Jetpack's "Related" posts. Other
	// headings come from the derived list.
	reTeaserHead = regexp.MustCompile(`^(?i:latest posts|recent posts|related)\s*:?$`)
	// Author boxes: BuddyPress's default avatar alt text "Profile picture of %s"
	// (bp_core_fetch_avatar, also "Profile photo of %s"), which scrapers
	// keep as a line, the "View all posts by %s" link of WordPress's
	// default themes (Twenty Thirteen, Twenty Fourteen), and "About the
	// author", a heading of discarded elements in the derived list
	// (furniture.txt, chrome-head).
	reAuthorBox = regexp.MustCompile(`^(?i:profile (?:picture|photo|image) of .{1,60}|about the author|view all posts by .{1,60})$`)
	// Byline labels: "By", "Written by", "Posted by", "Author:" before a
	// capitalised name.
	reAuthorLine = regexp.MustCompile(`^(?i:author|written by|posted by|by)[:\s]+(\p{Lu}[\p{L}.'’\- ]{1,60})$`)
	// Photo credits by shape: a label naming the picture ("Photo: …",
	// "Image credit: …", "Photo by …") before the credit. Bare credits to a
	// photo service ("Getty Images", "Reuters") come from the derived list.
	rePhotoCredit = regexp.MustCompile(`^(?i:(?:photo|image|picture|video|graphic|illustration|file photo)s?(?:\s*credit)?\s*[:：/|]\s*.{0,80}|(?:credit|photo credit|image source|source)\s*:\s*.{0,60}|photo by .{1,60}|image by .{1,60})$`)
	// Site chrome by shape: relative time stamps ("3 hours ago"), copyright
	// lines, and labelled tag and topic lists ("Tags: a, b"). Menu, search,
	// advertising and skip-link labels come from the derived list.
	reSiteChrome = regexp.MustCompile(`^(?i:tags?\s*:.{0,120}|topics?\s*:.{0,120}|filed under\s*:?.{0,120}|(?:updated )?\d+ (?:minutes?|hours?|days?) ago|copyright .{0,100}|©.{0,100}|all rights reserved\.?.{0,60})$`)
	// Slideshow counters: the position labels of photo-gallery widgets
	// ("Image 3 of 12", "Photo 2 of / 5", "Slide 4 of 9"). A line carrying
	// one is a gallery's caption strip: its captions date the photos (often
	// of an earlier event), not the article, and the strip is not prose.
	reSlideCounter = regexp.MustCompile(`\b(?:Image|Photo|Picture|Slide)\s+\d+\s+of\s+/?\s*\d+\b`)
	// One-line teasers of another story: a short label, then a separator and
	// the headline ("Read more: …", "Watch | …"); the label must be a
	// derived furniture phrase.
	reInlineTeaser = regexp.MustCompile(`^([^:|»>–-]{1,30}?)\s*[:|»>–-]\s*\S.{0,140}$`)
)

// furnitureTxt is the derived phrase list: short lines that the pages of an
// independent corpus (the HTML test pages of go-trafilatura, go-htmldate
// and go-readability, minus every html-dev page) hold inside the elements
// go-trafilatura's discard selectors target, on at least 3 sites each. See
// furnituregen and the file's header.
//
//go:embed furniture.txt
var furnitureTxt string

// furniturePhrases maps a phrase (FurniturePhrase form) to its line kind.
var furniturePhrases = loadFurniture(furnitureTxt)

// headKinds gives the line kind of the categories whose headings open a
// block; every other phrase of the list is junk to drop.
var headKinds = map[string]lineKind{
	"comments-head":   kindCommentsHead,
	"teaser-head":     kindTeaserHead,
	"newsletter-head": kindNewsletterHead,
}

// loadFurniture reads the derived list. A phrase with two or more numbers
// is a date or time stamp ("August #, #"), which the date reader needs:
// it is left out. A phrase in a head category and another keeps the head.
func loadFurniture(txt string) map[string]lineKind {
	m := map[string]lineKind{}
	for _, l := range strings.Split(txt, "\n") {
		cat, ph, ok := strings.Cut(l, "\t")
		if !ok || strings.HasPrefix(l, "#") || strings.Count(ph, "#") >= 2 {
			continue
		}
		k, head := headKinds[cat]
		if !head {
			k = kindJunk
		}
		if old, seen := m[ph]; !seen || old == kindJunk {
			m[ph] = k
		}
	}
	return m
}

// FurniturePhrase returns the form a line takes in the derived phrase list,
// or "" when it is empty, has no letter or is longer than 8 words: lower
// case, spaces collapsed, each run of digits as "#", leading and trailing
// characters other than letters and "#" trimmed. furnituregen writes the
// list with it.
func FurniturePhrase(s string) string {
	var b strings.Builder
	words, in, digit := 0, false, false
	for _, r := range strings.ToLower(strings.Join(strings.Fields(s), " ")) {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('#')
			}
			if !in {
				words++
			}
			digit, in = true, true
			continue
		}
		digit = false
		w := unicode.IsLetter(r)
		if w && !in {
			words++
		}
		in = w
		b.WriteRune(r)
	}
	out := strings.TrimFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && r != '#' })
	if out == "" || words > 8 || !strings.ContainsFunc(out, unicode.IsLetter) {
		return ""
	}
	return out
}

// FurnitureLabel reports whether s, a word or short phrase, is a phrase of
// the derived furniture list ("Advertisement", "Photo", "Share"): a label
// of page furniture wherever a scraper ran it into sentence text.
func FurnitureLabel(s string) bool {
	_, ok := derivedKind(s)
	return ok
}

// derivedKind returns the kind the derived list gives a line, if any.
func derivedKind(s string) (lineKind, bool) {
	ph := FurniturePhrase(s)
	if ph == "" {
		return kindText, false
	}
	k, ok := furniturePhrases[ph]
	return k, ok
}

// classify returns the kind of one trimmed line.
func classify(line string) lineKind {
	s := strings.TrimSpace(line)
	if s == "" {
		return kindBlank
	}
	words := wordCount(s)
	if rePunctOnly.MatchString(s) {
		return kindJunk
	}
	if maySlideCount(s) && reSlideCounter.MatchString(s) {
		return kindAside
	}
	if words <= 14 {
		trimmed := strings.TrimRight(s, " :.")
		switch {
		case reCommentsHead.MatchString(trimmed):
			return kindCommentsHead
		case reTeaserHead.MatchString(trimmed):
			return kindTeaserHead
		case reAuthorBox.MatchString(trimmed):
			return kindAuthorBox
		}
		if k, ok := derivedKind(s); ok {
			return k
		}
		switch {
		case reFontWidget.MatchString(s), reReadingOnly.MatchString(s), reFormLabels.MatchString(s):
			return kindJunk
		case isShareBar(s), reSiteChrome.MatchString(s):
			return kindJunk
		case rePhotoCredit.MatchString(s) && words <= 12:
			return kindJunk
		}
	}
	if words <= 25 && strings.ContainsAny(s, ":|»>–-") && !endsSentence(s) {
		if m := reInlineTeaser.FindStringSubmatch(s); m != nil {
			if _, ok := derivedKind(m[1]); ok {
				return kindJunk
			}
		}
	}
	return kindText
}

// slideNouns are the nouns every match of reSlideCounter opens with
// (the pattern is case-sensitive).
var slideNouns = []string{"Image", "Photo", "Picture", "Slide"}

// maySlideCount reports whether s may hold a match of reSlideCounter
// (never false where it does): one of slideNouns. Most lines hold none,
// and the pattern, which opens with no literal, is tried at every
// position of the line.
func maySlideCount(s string) bool {
	for _, w := range slideNouns {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isShareBar reports whether s consists only of share-button words.
func isShareBar(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == ',' || r == '/' || r == '\t' })
	if len(parts) == 0 {
		return false
	}
	if len(parts) == 1 {
		return reShareWords.MatchString(strings.TrimSpace(parts[0]))
	}
	for _, p := range parts {
		if !reShareWords.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// wordCount counts the words (runs of letters or digits) in s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// markDoubledRuns marks as asides every run of two or more paragraphs each
// printed twice in a row (A A B B …): a list of teasers of other stories,
// which site templates print twice (a link's title and its text, a phone
// and a desktop layout). An article's own paragraphs do not come in
// doubled runs; a single repeated paragraph is kept once, as any repeat is.
func markDoubledRuns(lines []string, kinds []lineKind) {
	var idx []int // the lines that are not blank
	for i, k := range kinds {
		if k != kindBlank {
			idx = append(idx, i)
		}
	}
	for a := 0; a+1 < len(idx); {
		b := a
		for b+1 < len(idx) && lines[idx[b]] == lines[idx[b+1]] {
			b += 2
		}
		if b == a {
			a++
			continue
		}
		if (b-a)/2 >= 2 {
			for _, i := range idx[a:b] {
				kinds[i] = kindAside
			}
		}
		a = b
	}
}
