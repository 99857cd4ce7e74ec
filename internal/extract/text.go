// Package extract turns raw inputs — scraped plain text with its web
// furniture still in, or HTML pages — into clean articles: headline, outlet,
// publication date, dateline place and the body text without junk.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/text"
)

// Result is what extraction finds in one input.
type Result struct {
	Title         string
	Outlet        string
	Author        string
	Place         string
	URL           string
	Published     dates.Date
	PublishedConf float64
	PublishedFrom string
	Text          string
	Lead          string
}

// Hint carries metadata already known about an input (from HTML metadata or
// a JSON record); known fields take precedence over cues in the text.
type Hint struct {
	Title         string
	Outlet        string
	Author        string
	URL           string
	Published     dates.Date
	PublishedConf float64
	PublishedFrom string
	// NoHeader says the text has no header zone to read (the title is known
	// and the text starts with the body), as after HTML extraction.
	NoHeader bool
}

var (
	// A dateline in capitals: "SPRINGFIELD, Ill. - ", "WASHINGTON (Reuters) — ".
	datelineCapsRe = regexp.MustCompile(`^(\p{Lu}{2,}[\p{Lu} .'’\-]*(?:,\s*\p{Lu}[\p{L} .'’\-]{1,40}?){0,2})\s*(?:\(([^()]{2,40})\))?\s*[-–—]+\s+\S`)
	// A dateline in title case with the outlet in parentheses: "Lyon (Rhone Daily) – ".
	datelineParenRe = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){0,3}(?:,\s*\p{Lu}[\p{L} .'’\-]{1,30}?)?)\s*\(([^()]{2,40})\)\s*[-–—:]+\s+\S`)
	domainRe        = regexp.MustCompile(`^(?i:(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|info|news|co|tv|media|online|press|io|[a-z]{2}))$`)
	imageOfRe       = regexp.MustCompile(`^(?i:(?:image|photo|picture|video) of)\s+`)
	timeWordsRe     = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\b|\b(?:gmt|utc|est|edt|cet|ast)\b|\b(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)(?:day)?\b`)
	// BuddyPress's default avatar alt text "Profile picture of %s" (also
	// "Profile photo of %s"), kept as a line by scrapers: it names the author.
	profileOfRe = regexp.MustCompile(`^(?i:profile (?:picture|photo|image) of)\s+(.+)$`)
	digitRe     = regexp.MustCompile(`\d`)
	// A date line of a later version: "Updated: …", "Last modified …".
	updatedLineRe = regexp.MustCompile(`(?i)^\W*(?:last\s+)?(?:updated|modified|revised)\b`)
	dateWordsRe   = regexp.MustCompile(`(?i)^(?:published|posted|updated|last updated|first published|date|on)\s*:?\s*`)
)

// normalizeLine collapses runs of spaces and removes invisible characters.
func normalizeLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case r == ' ' || r == '\t' || r == '\f' || r == '\v' || r == '\u00a0' || r == '\u202f' || r == '\u205f' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// DedupKey is the form under which verbatim repeats are recognised: lower
// case, one space between words, one style of quotes. Article ids hash it
// (TextID).
func DedupKey(s string) string { return dedupKey(s) }

// TextID is the stable id of a text: the first 64 bits of SHA-256 over its
// DedupKey, in hex, so that case, spacing and quote styles do not matter.
// Article ids (pipeline.ArticleID) and story ids (of the sorted article
// ids) are such ids.
func TextID(s string) string {
	sum := sha256.Sum256([]byte(dedupKey(s)))
	return hex.EncodeToString(sum[:8])
}

func dedupKey(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				continue
			case c == '`':
				c = '\''
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '’', '‘', '´':
			r = '\''
		case '“', '”', '„':
			r = '"'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// isSentenceLike reports whether a line reads as body prose rather than a
// headline, label, caption fragment or date.
func isSentenceLike(s string) bool {
	w := wordCount(s)
	if w >= 25 {
		return true
	}
	if w < 10 {
		return false
	}
	return endsSentence(s) || strings.Contains(s, ". ") && w >= 12
}

// endsSentence reports whether s ends with terminal punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || unicode.IsSpace(r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isHeadlineShaped reports whether s could be a headline: a few words, no
// final full stop, not a date line.
func isHeadlineShaped(s string) bool {
	w := wordCount(s)
	if w < 3 || w > 30 {
		return false
	}
	t := strings.TrimRight(s, " ”\"'’")
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		return false
	}
	return !isDateLine(s)
}

// isDateLine reports whether s is mostly a date (with weekday, time,
// "Published:" or a reading-time label around it).
func isDateLine(s string) bool {
	if wordCount(s) > 16 || !strings.ContainsAny(s, "0123456789") {
		return false // a date line is short and has digits
	}
	found := dates.FindAll(s)
	if len(found) == 0 {
		return false
	}
	rest := s
	for i := len(found) - 1; i >= 0; i-- {
		rest = rest[:found[i].Start] + " " + rest[found[i].End:]
	}
	rest = reReadingTime.ReplaceAllString(rest, " ")
	rest = dateWordsRe.ReplaceAllString(strings.TrimSpace(rest), "")
	rest = timeWordsRe.ReplaceAllString(rest, " ")
	return wordCount(rest) <= 2
}

// isNameLine reports whether s looks like a short proper name on a line of
// its own (a site name, a place label, a section label).
func isNameLine(s string) bool {
	if domainRe.MatchString(s) {
		return true
	}
	w := wordCount(s)
	if w == 0 || w > 5 || endsSentence(s) || strings.ContainsAny(s, ":;|") {
		return false
	}
	for _, f := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLower(r) && !isFunctionWord(f) {
			return false
		}
	}
	return true
}

func isFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "for", "in", "on", "de", "la", "el", "al", "&", "-", "a", "an":
		return true
	}
	return false
}

// containsWord reports whether needle occurs in hay as whole words.
func containsWord(hay, needle string) bool {
	if needle == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(hay[i:], needle)
		if j < 0 {
			return false
		}
		j += i
		before, after := ' ', ' '
		if j > 0 {
			before, _ = utf8.DecodeLastRuneInString(hay[:j])
		}
		if k := j + len(needle); k < len(hay) {
			after, _ = utf8.DecodeRuneInString(hay[k:])
		}
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
			return true
		}
		i = j + 1
	}
}

type dateCand struct {
	found   dates.Found
	conf    float64
	from    string
	lineIdx int
}

// Text cleans scraped article text: it finds the headline, outlet, date and
// dateline in the header, removes web furniture and repeated paragraphs, and
// returns the clean body. It never adds text: every line of Result.Text is a
// piece of a line of the input.
func Text(raw string, hint Hint) Result {
	raw = strings.ReplaceAll(strings.ReplaceAll(raw, "\r\n", "\n"), "\r", "\n")
	rawLines := strings.Split(raw, "\n")
	p := &page{lines: make([]string, len(rawLines)), kinds: make([]lineKind, len(rawLines)), seen: map[string]bool{}}
	for i, l := range rawLines {
		p.lines[i] = normalizeLine(l)
		p.kinds[i] = classify(p.lines[i])
	}
	markDoubledRuns(p.lines, p.kinds)
	p.res = Result{Title: hint.Title, Outlet: hint.Outlet, Author: hint.Author, URL: hint.URL,
		Published: hint.Published, PublishedConf: hint.PublishedConf, PublishedFrom: hint.PublishedFrom}
	p.titleKey = dedupKey(hint.Title)
	p.bodyStart = p.findBodyStart(hint.NoHeader)
	p.readHeader(hint.Title != "")
	p.outletFromSiteLines()
	p.readBody()
	p.readDateline()
	p.res.Text = strings.Join(p.body, "\n\n")
	if len(p.body) > 0 {
		p.res.Lead = firstSentence(p.body[0])
	}
	p.choosePublished()
	return p.res
}

// page is one input read line by line: the passes of Text fill its result.
type page struct {
	lines     []string
	kinds     []lineKind
	res       Result
	bodyStart int
	titleIdx  int
	titleKey  string
	siteCands []int      // short name lines under the headline
	dcands    []dateCand // date lines
	keep      []int      // header lines kept as text (a dek, a caption)
	body      []string
	seen      map[string]bool
	boxAuthor string // the name an author box at the end shows
}

// findBodyStart returns the first line that reads as prose (0 when the
// text has no header zone).
func (p *page) findBodyStart(noHeader bool) int {
	if noHeader {
		return 0
	}
	for i, l := range p.lines {
		if p.kinds[i] == kindText && isSentenceLike(l) {
			return i
		}
	}
	return len(p.lines)
}

// readHeader reads the header zone: title, labels, date lines, site name,
// byline, captions.
func (p *page) readHeader(titleKnown bool) {
	p.titleIdx = -1
	for i := 0; i < p.bodyStart; i++ {
		l := p.lines[i]
		if p.kinds[i] != kindText {
			continue
		}
		switch {
		case isDateLine(l):
			for _, f := range dates.FindAll(l) {
				c := dateCand{found: f, lineIdx: i}
				switch {
				case p.titleIdx < 0 && f.Weekday >= 0:
					c.conf, c.from = dates.ConfHeaderWeekday, "header" // a site's "today" header above the headline
				case p.titleIdx < 0:
					c.conf, c.from = dates.ConfHeader, "header"
				default:
					c.conf, c.from = dates.ConfByline, "byline"
				}
				p.dcands = append(p.dcands, c)
			}
		case p.titleKey != "" && dedupKey(l) == p.titleKey:
			// the known title, repeated
		case p.titleIdx < 0 && !titleKnown && isHeadlineShaped(l) && !isNameLine(l):
			p.titleIdx = i
			p.res.Title = l
			p.titleKey = dedupKey(l)
		case reAuthorLine.MatchString(l):
			m := reAuthorLine.FindStringSubmatch(l)
			if p.res.Author == "" {
				p.res.Author = strings.TrimSpace(m[1])
			}
		case isNameLine(l):
			if p.titleIdx >= 0 || titleKnown {
				p.siteCands = append(p.siteCands, i)
			} // before the headline: a section or place label
		default:
			if wordCount(l) >= 4 {
				p.keep = append(p.keep, i) // a dek or caption
			}
		}
	}
}

// outletFromSiteLines takes the outlet from a site-name line under the
// headline, confirmed by the name recurring elsewhere in the page (author
// box, comment rules, masthead) or by being a domain name.
func (p *page) outletFromSiteLines() {
	if p.res.Outlet != "" {
		return
	}
	for _, i := range p.siteCands {
		name := p.lines[i]
		if domainRe.MatchString(name) || recursElsewhere(p.lines, i, name) {
			p.res.Outlet = name
			return
		}
	}
	if p.res.Author != "" {
		for _, i := range p.siteCands {
			if p.lines[i] == p.res.Author {
				p.res.Outlet = p.res.Author
			}
		}
	}
}

// emit adds a paragraph to the body unless it repeats one (or the title).
func (p *page) emit(s string) {
	if p.titleKey != "" && imageOfRe.MatchString(s) {
		// An image's alt text that repeats the headline before the caption.
		rest := imageOfRe.ReplaceAllString(s, "")
		if strings.HasPrefix(dedupKey(rest), p.titleKey) && len(rest) >= len(p.res.Title) {
			s = strings.TrimSpace(rest[len(p.res.Title):])
		}
	}
	k := dedupKey(s)
	if k == "" || p.seen[k] {
		return
	}
	p.seen[k] = true
	p.body = append(p.body, s)
}

// readBody drops furniture, cuts the tail at comment sections, author
// boxes and teaser blocks, and keeps repeated paragraphs once.
func (p *page) readBody() {
	if p.titleKey != "" {
		p.seen[p.titleKey] = true
	}
	for _, i := range p.keep {
		p.emit(p.lines[i])
	}
	bodyChars := 0
	for i := p.bodyStart; i < len(p.lines); i++ {
		if p.kinds[i] != kindText {
			i = p.furniture(i, bodyChars)
			continue
		}
		l := p.lines[i]
		if m := reAuthorLine.FindStringSubmatch(l); m != nil && wordCount(l) <= 8 {
			if p.res.Author == "" {
				p.res.Author = strings.TrimSpace(m[1])
			}
			continue
		}
		if len(p.body) == 0 && wordCount(l) <= 8 && isDateLine(l) {
			for _, f := range dates.FindAll(l) {
				p.dcands = append(p.dcands, dateCand{found: f, lineIdx: i, conf: dates.ConfBodyDateLine, from: "byline"})
			}
			continue
		}
		if len(p.body) == 0 {
			p.leadStamp(i) // "5 March 2021, 09:12 (GMT+04:00) On March 4-5 …"
		}
		if p.titleKey != "" && dedupKey(l) == p.titleKey {
			continue
		}
		p.emit(l)
		bodyChars += len(l)
	}
	if bodyChars == 0 {
		// A page whose only text is a gallery's captions or teasers (a
		// scrape that missed the article) keeps them: they are what it says.
		for i, k := range p.kinds {
			if k == kindAside {
				p.emit(p.lines[i])
			}
		}
	}
	if p.boxAuthor != "" && p.res.Outlet == "" {
		for _, i := range p.siteCands {
			if p.lines[i] == p.boxAuthor {
				p.res.Outlet = p.boxAuthor
			}
		}
	}
}

// furniture handles a line of web furniture at i and returns the index of
// the last line it consumed (len(lines) when the article ends there).
func (p *page) furniture(i, bodyChars int) int {
	switch p.kinds[i] {
	case kindCommentsHead:
		if bodyChars > 0 {
			return len(p.lines)
		}
	case kindNewsletterHead:
		// A sign-up box: the end of the article when little text
		// follows, else a box inside the body that is skipped alone.
		if bodyChars > 0 && restChars(p.lines, p.kinds, i) < bodyChars/2 {
			return len(p.lines)
		}
	case kindAuthorBox:
		if bodyChars > 0 {
			p.boxAuthor = authorBoxName(p.lines[i:])
			return len(p.lines)
		}
	case kindTeaserHead:
		if bodyChars > 0 && restChars(p.lines, p.kinds, i) < bodyChars {
			return len(p.lines) // a teaser block at the end
		}
		// A teaser block inside the body: skip the headlines listed under it.
		for i+1 < len(p.lines) && (p.kinds[i+1] != kindText || !isSentenceLike(p.lines[i+1])) {
			i++
		}
	}
	return i
}

// readDateline reads the place (and perhaps the outlet) at the start of
// one of the first paragraphs. The dateline stays in the text: it is part
// of the first sentence.
func (p *page) readDateline() {
	for k := 0; k < len(p.body) && k < 3; k++ {
		place, outlet, _, ok := splitDateline(p.body[k])
		if !ok {
			continue
		}
		p.res.Place = place
		if p.res.Outlet == "" && outlet != "" && !isDateOrNumber(outlet) {
			p.res.Outlet = outlet
			if w := text.WireAgency(outlet); w != "" {
				p.res.Outlet = w // one name per agency: "(The Associated Press)" is AP
			}
		}
		return
	}
}

// leadClockRe is a clock time right after a date: ", 09:12", " 7:05 am".
var leadClockRe = regexp.MustCompile(`^\s*[,|@-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b`)

// leadStamp reads the page's time stamp that a scraper glued to the first
// paragraph: a date with a clock time opening it. The paragraph stays
// text; the date is a date line of the body.
func (p *page) leadStamp(i int) {
	l := p.lines[i]
	if !mayOpenWithDate(l) {
		return // no date can open the line: FindAll would scan it whole for none
	}
	fs := dates.FindAll(l)
	if len(fs) == 0 || strings.TrimSpace(l[:fs[0].Start]) != "" || !leadClockRe.MatchString(l[fs[0].End:]) {
		return
	}
	p.dcands = append(p.dcands, dateCand{found: fs[0], lineIdx: i, conf: dates.ConfBodyDateLine, from: "byline"})
}

// dateOpeners are the first three letters, lower-cased, of every word a
// date of dates.FindAll may open with that is not a figure: the months'
// names and abbreviations and the weekdays' (dates' monthRe, weekdayRe).
var dateOpeners = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"sun": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true}

// mayOpenWithDate reports whether a date of dates.FindAll may begin where
// l's text does (after its white space): a figure, or a month's or a
// weekday's name (in either case). A letter outside ASCII is let through:
// the patterns fold the long s ("ſ") to "s".
func mayOpenWithDate(l string) bool {
	t := strings.TrimLeftFunc(l, unicode.IsSpace)
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		return true
	}
	if len(t) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if t[k] >= 0x80 {
			return true
		}
	}
	return dateOpeners[string([]byte{t[0] | 0x20, t[1] | 0x20, t[2] | 0x20})]
}

// choosePublished takes the publication date from the metadata when it is
// known, else from the most reliable date line, its day/month order
// settled by the text.
func (p *page) choosePublished() {
	if !p.res.Published.IsZero() || len(p.dcands) == 0 {
		return
	}
	best := p.dcands[0]
	for _, c := range p.dcands[1:] {
		if c.conf > best.conf || c.conf == best.conf && updatedLineRe.MatchString(p.lines[best.lineIdx]) && !updatedLineRe.MatchString(p.lines[c.lineIdx]) {
			best = c // the original publication before an update's stamp
		}
	}
	d, conf := dates.DisambiguateLine(best.found, p.lines[best.lineIdx], p.res.Text)
	p.res.Published, p.res.PublishedConf, p.res.PublishedFrom = d, best.conf*conf, best.from
}

// restChars counts the text characters after line i.
func restChars(lines []string, kinds []lineKind, i int) int {
	n := 0
	for j := i + 1; j < len(lines); j++ {
		if kinds[j] == kindText {
			n += len(lines[j])
		}
	}
	return n
}

// recursElsewhere reports whether name occurs, as whole words, in a line of
// the document other than line skip.
func recursElsewhere(lines []string, skip int, name string) bool {
	for i, l := range lines {
		if i != skip && containsWord(l, name) {
			return true
		}
	}
	return false
}

// authorBoxName returns the name an author box shows ("Profile picture of X",
// "Author X"), or "".
func authorBoxName(lines []string) string {
	for k, l := range lines {
		if k > 6 {
			break
		}
		if m := reAuthorLine.FindStringSubmatch(l); m != nil {
			return strings.TrimSpace(m[1])
		}
		// An author box's avatar caption (see profileOfRe).
		if m := profileOfRe.FindStringSubmatch(l); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// isDateOrNumber reports whether s (the bracket of a dateline) is a date
// or a number rather than an outlet.
func isDateOrNumber(s string) bool {
	return len(dates.FindAll(s)) > 0 || digitRe.MatchString(s)
}

// splitDateline splits "PLACE (Outlet) – text" into its parts.
func splitDateline(p string) (place, outlet, rest string, ok bool) {
	for _, re := range []*regexp.Regexp{datelineCapsRe, datelineParenRe} {
		m := re.FindStringSubmatchIndex(p)
		if m == nil {
			continue
		}
		place = strings.TrimSpace(p[m[2]:m[3]])
		if m[4] >= 0 {
			outlet = strings.TrimSpace(p[m[4]:m[5]])
		}
		if wordCount(place) > 8 {
			continue
		}
		rest = strings.TrimSpace(p[m[1]-1:])
		// Normalise "SPRINGFIELD" to a place name as written ("SPRINGFIELD, Ill.").
		return place, outlet, rest, true
	}
	return "", "", "", false
}

var sentenceEndRe = regexp.MustCompile(`[.!?]["”’)]?\s+["“‘(]?\p{Lu}`)

// firstSentence returns the first sentence of a paragraph.
func firstSentence(p string) string {
	for _, m := range sentenceEndRe.FindAllStringIndex(p, -1) {
		cut := m[0] + 1
		head := p[:m[0]]
		// Skip abbreviations and initials: "U.S.", "Dr.", "Maria T."
		lastWord := head[strings.LastIndexAny(head, " \n")+1:]
		if utf8.RuneCountInString(lastWord) <= 2 || isAbbrev(lastWord) {
			continue
		}
		for cut < len(p) && strings.ContainsRune("\"”’)", rune(p[cut])) {
			cut++
		}
		return strings.TrimSpace(p[:cut])
	}
	return p
}

func isAbbrev(w string) bool {
	switch strings.ToLower(strings.Trim(w, "(")) {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "corp", "co", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n":
		return true
	}
	return strings.Count(w, ".") >= 1
}
