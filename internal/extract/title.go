package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// titleSeps are the characters that part a headline from a site's name
// in a <title> or og:title (the hyphen last, literal in a character class).
const titleSeps = "|–—:·•»-"

// titleSepRe matches the separator between a headline and a site's name
// in a <title> or og:title ("Headline | Site", "Headline - Site").
var titleSepRe = regexp.MustCompile(`\s+[` + titleSeps + `]\s+`)

// chooseTitle picks the headline: the page's h1 when it agrees with the
// declared titles (without a kicker its own element sets before the
// headline, and never the site's name alone), else the JSON-LD headline
// or og:title, else the <title>, without the site's name.
func chooseTitle(m pageMeta, traf string) string {
	declared := []string{m.headline, m.ogTitle, m.title, traf}
	if h1 := m.h1; !isSiteName(h1, m) {
		if m.h1Rest != "" && agreesWithTitle(m.h1Rest, declared) && (m.h1Apart || !containedIn(h1, declared)) {
			return m.h1Rest
		}
		if agreesWithTitle(h1, declared) || sharesWords(h1, declared) {
			return h1
		}
	}
	for _, d := range []string{m.headline, m.ogTitle, traf, m.title} {
		if d = strings.TrimSpace(d); d != "" {
			return lowestCase(untruncated(stripSite(d, m), stripSite(m.title, m)), m, traf)
		}
	}
	if isSiteName(m.h1, m) {
		return ""
	}
	return m.h1
}

// lowestCase returns, of t and the declared titles that are t in another
// letter case (without the site's name), the one with the most lower-case
// letters: a case transform (a sharing plugin's Title Case, "Ferry Back In
// Service After The Storm"; capitals for a card) only raises letters, so
// the writing with the most lower-case letters is the newsroom's own
// ("Ferry Back in Service After the Storm"). The first of equals is kept.
func lowestCase(t string, m pageMeta, traf string) string {
	best, low := t, lowerCount(t)
	for _, d := range []string{m.headline, m.ogTitle, traf, m.title} {
		d = strings.Join(strings.Fields(stripSite(strings.TrimSpace(d), m)), " ")
		if n := lowerCount(d); n > low && strings.EqualFold(d, strings.Join(strings.Fields(t), " ")) {
			best, low = d, n
		}
	}
	return best
}

// lowerCount counts the lower-case letters of s.
func lowerCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// stripSite removes the site's name from a declared title, before or
// after it.
func stripSite(t string, m pageMeta) string {
	for _, site := range []string{m.siteName, m.publisher} {
		if s, ok := stripSiteName(t, site); ok {
			return s
		}
	}
	return stripSiteSuffix(t, m.siteName)
}

// isSiteName reports whether h (an h1) is the site's own name rather than
// a headline: templates set the logo in an h1.
func isSiteName(h string, m pageMeta) bool {
	k := dedupKey(h)
	if k == "" {
		return false
	}
	for _, site := range []string{m.siteName, m.publisher} {
		if site != "" && dedupKey(site) == k {
			return true
		}
	}
	// The <title>'s last part, set off by a separator, is the site's name
	// when a longer part is the headline (a short first part may be the
	// headline itself: "Fair supply chains - Youth Council of X - YCX").
	parts := splitTitle(m.title)
	if len(parts) < 2 {
		return false
	}
	longest := 0
	for _, p := range parts {
		longest = max(longest, titleLen(p))
	}
	last := parts[len(parts)-1]
	return dedupKey(last) == k && titleLen(last) < longest
}

// titleLen measures a title part in words, each character of a script
// written without spaces (Chinese, Japanese) counting as one.
func titleLen(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		k := 0
		for _, r := range f {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				k++
			}
		}
		n += max(k, wordCount(f))
	}
	return n
}

// namesSite reports whether h is the site's name that one of the declared
// titles sets off from its headline (isSiteName).
func namesSite(h string, declared []string) bool {
	for _, d := range declared {
		if d != "" && isSiteName(h, pageMeta{title: d}) {
			return true
		}
	}
	return false
}

// splitTitle splits a <title> at its separators, including a bar set
// without spaces ("SITE|Headline").
func splitTitle(t string) []string {
	var parts []string
	for _, p := range titleSepRe.Split(t, -1) {
		for _, q := range strings.Split(p, "|") {
			if q = strings.TrimSpace(q); q != "" {
				parts = append(parts, q)
			}
		}
	}
	return parts
}

// stripSiteName removes site, a site's name of any length, when t ends
// with a separator and it or begins with it and a separator ("SITE|
// Headline"); ok is false when t does neither.
func stripSiteName(t, site string) (string, bool) {
	site = strings.TrimSpace(site)
	if site == "" || len(site) >= len(t) {
		return t, false
	}
	lt, ls := strings.ToLower(t), strings.ToLower(site)
	if strings.HasSuffix(lt, ls) {
		head := t[:len(t)-len(site)]
		if h := strings.TrimRightFunc(head, isTitleSep); h != head && strings.TrimSpace(h) != "" && sepBetween(head[len(h):]) {
			return strings.TrimSpace(h), true
		}
	}
	if strings.HasPrefix(lt, ls) {
		tail := t[len(site):]
		if r := strings.TrimLeftFunc(tail, isTitleSep); r != tail && strings.TrimSpace(r) != "" && sepBetween(tail[:len(tail)-len(r)]) {
			return strings.TrimSpace(r), true
		}
	}
	return t, false
}

// isTitleSep reports whether r is a space or a title separator.
func isTitleSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(titleSeps, r)
}

// sepBetween reports whether s, the run between a headline and a site's
// name, holds a separator: a bar, or a dash or colon set off by a space
// (a hyphen inside a word is none).
func sepBetween(s string) bool {
	if strings.ContainsAny(s, "|·•»") {
		return true
	}
	return strings.TrimSpace(s) != "" && strings.TrimSpace(s) != s
}

// stripSiteSuffix removes a trailing or leading " | Site Name" part.
func stripSiteSuffix(t, site string) string {
	parts := titleSepRe.Split(t, -1)
	if len(parts) < 2 {
		return t
	}
	last := parts[len(parts)-1]
	if site != "" && (strings.EqualFold(last, site) || strings.Contains(strings.ToLower(site), strings.ToLower(last))) || wordCount(last) <= 3 && wordCount(t)-wordCount(last) >= 4 {
		return strings.TrimSpace(t[:strings.LastIndex(t, last)-len(titleSepRe.FindAllString(t, -1)[len(parts)-2])])
	}
	return t
}

// untruncated returns full instead of d when d is full cut short at a
// quotation mark (an og:title whose content attribute ended at the
// headline's first unescaped quote).
func untruncated(d, full string) string {
	if len(full) <= len(d) || !strings.HasPrefix(full, d) {
		return d
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(full[len(d):], " "))
	if strings.ContainsRune(`"“„«`, r) {
		return full
	}
	return d
}

// containedIn reports whether h, compared as dedupKey, is part of one of
// the declared titles.
func containedIn(h string, declared []string) bool {
	k := dedupKey(h)
	for _, d := range declared {
		if d != "" && strings.Contains(dedupKey(d), k) {
			return true
		}
	}
	return false
}

// sharesWords reports whether h, an h1 of at least five words, holds
// two thirds of the words of one of the declared titles (a <title> or
// og:title reworded for search or sharing: "What we learned from …"
// against the h1 "Ten things we learned from …").
func sharesWords(h string, declared []string) bool {
	hw := titleWords(h)
	if len(hw) < 5 {
		return false
	}
	in := map[string]bool{}
	for _, w := range hw {
		in[w] = true
	}
	for _, d := range declared {
		dw := titleWords(d)
		if len(dw) < 5 {
			continue
		}
		n := 0
		for _, w := range dw {
			if in[w] {
				n++
			}
		}
		if 3*n >= 2*len(dw) {
			return true
		}
	}
	return false
}

// titleWords returns the lower-cased words of s.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
}

// afterKicker returns the text of an h1 after its first child element
// when that element opens it and more text follows (a kicker, "dachzeile"
// or section line set in its own span before the headline), without the
// separator between them; "" otherwise. apart reports whether a dash, bar
// or bullet with spaces on both sides stands between them ("<span>Topic</span>
// <span> – </span>Headline"): the kicker's own separator, not a word of the
// headline.
func afterKicker(h1 *html.Node) (rest string, apart bool) {
	c := h1.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode || strings.TrimSpace(textOf(c)) == "" {
		return "", false
	}
	var b strings.Builder
	for n := c.NextSibling; n != nil; n = n.NextSibling {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		} else {
			b.WriteString(" " + textOf(n) + " ")
		}
	}
	rest = strings.Join(strings.Fields(b.String()), " ")
	kicker := strings.Join(strings.Fields(textOf(c)), " ")
	apart = kickerSepRe.MatchString(rest) || kickerEndRe.MatchString(kicker)
	rest = strings.TrimLeftFunc(rest, isTitleSep)
	if wordCount(rest) < 2 && !(unspaced(rest) && utf8.RuneCountInString(rest) >= 6) {
		return "", false
	}
	return strings.TrimSpace(rest), apart
}

// kickerSepRe matches the text after a kicker when it opens with a dash,
// bar or bullet followed by a space; kickerEndRe a kicker that ends with
// one after a space ("Topic –"). A colon is read as the headline's own
// punctuation ("Brexit: MPs vote again").
var (
	kickerSepRe = regexp.MustCompile(`^[|–—·•»-]\s`)
	kickerEndRe = regexp.MustCompile(`\s[|–—·•»-]$`)
)
