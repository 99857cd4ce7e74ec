package extract

import (
	"regexp"
	"strings"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/corroborate/corroborate/internal/dates"
)

// Bytes of visible text read after the headline (a byline and its date)
// and before it (a date above the headline) for the date the page shows.
const (
	headerAfter  = 400
	headerBefore = 160
)

// headerDates returns the dates the page shows its readers beside the
// headline: those in the byline zone after it first, then those just above
// it. The headline is the first <h1> that agrees with a declared title (a
// site's logo is often an <h1> too), else the first <h1>. Dates elsewhere
// (teasers, comments, captions) are not read.
func headerDates(doc *html.Node, declared ...string) []dates.Found {
	target := headlineNode(doc, declared)
	if target == nil {
		return nil
	}
	var b strings.Builder
	h1Start, h1End := -1, -1
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Head, atom.Noscript, atom.Template:
				return
			}
		}
		if n.Type == html.TextNode {
			for _, w := range strings.Fields(n.Data) {
				b.WriteString(w)
				b.WriteByte(' ')
			}
		}
		if n == target {
			h1Start = b.Len()
		}
		for c := n.FirstChild; c != nil && (h1End < 0 || b.Len() < h1End+headerAfter); c = c.NextSibling {
			walk(c)
		}
		if n == target {
			h1End = b.Len()
		}
	}
	walk(doc)
	text := b.String()
	after := text[h1End:min(len(text), h1End+headerAfter)]
	before := text[max(0, h1Start-headerBefore):h1Start]
	out := dates.FindAllWorld(after)
	for _, f := range dates.FindAllWorld(before) {
		if f.Weekday < 0 { // a weekday above the headline is a site's "today"
			out = append(out, f)
		}
	}
	return out
}

// headlineNode returns the first <h1> whose text agrees with one of the
// declared titles, else the first <h1>, else nil.
func headlineNode(doc *html.Node, declared []string) *html.Node {
	var first, match *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if match != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			if first == nil {
				first = n
			}
			if agreesWithTitle(strings.Join(strings.Fields(textOf(n)), " "), declared) {
				match = n
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if match != nil {
		return match
	}
	return first
}

// agreesWithTitle reports whether a heading of two words or more is part
// of a declared title or contains one.
func agreesWithTitle(h string, declared []string) bool {
	if wordCount(h) < 2 {
		return false
	}
	k := dedupKey(h)
	for _, d := range declared {
		if d == "" {
			continue
		}
		if dk := dedupKey(d); strings.Contains(dk, k) || strings.Contains(k, dk) {
			return true
		}
	}
	return false
}

// htmldateFind runs go-htmldate's extensive search for the original
// publication date. fromText reports whether the date was read from the
// page's text rather than a URL or a machine time stamp.
func htmldateFind(doc *html.Node, pageURL string) (d dates.Date, fromText bool) {
	r, err := htmldate.FromDocument(doc, htmldate.Options{URL: pageURL, UseOriginalDate: true})
	if err != nil || r.IsZero() {
		return dates.Date{}, false
	}
	src := strings.TrimSpace(r.SrcString)
	fromText = !strings.Contains(src, "/") && !isoStampRe.MatchString(src)
	return dates.FromTime(r.DateTime), fromText
}

var isoStampRe = regexp.MustCompile(`\d{4}-?\d{2}-?\d{2}T?\d`)

// pubChoice is a publication date with how sure it is and where it came from.
type pubChoice struct {
	date dates.Date
	conf float64
	from string
}

// choosePublished picks the publication date among the candidates by the
// reliability of their source: the page's metadata, then the date shown
// beside the headline, then go-htmldate, then the page's first <time>. A metadata
// date one day off the day the page shows (a time stamp in another time
// zone, or the shown day of the latest version) yields to the shown day.
func choosePublished(m pageMeta, header []dates.Found, hd dates.Date, hdText bool) pubChoice {
	if !m.published.IsZero() {
		d := m.published
		if s, ok := nextDay(d, header); ok {
			d = s
		} else if len(header) == 0 && hdText && oneDayOff(d, hd) {
			d = hd
		}
		return pubChoice{d, dates.ConfMetadata, "metadata"}
	}
	for _, f := range header {
		if !f.Ambiguous() {
			return pubChoice{f.Date, dates.ConfShown, "page"}
		}
		if f.Alt == hd || f.Date == hd {
			return pubChoice{hd, dates.ConfShown, "page"}
		}
	}
	// go-htmldate weighs <time> elements by their markup and place; the
	// first <time> of the page (it may be a site header's) comes after it.
	if !hd.IsZero() {
		return pubChoice{hd, dates.ConfHTMLDate, "htmldate"}
	}
	if !m.visible.IsZero() {
		return pubChoice{m.visible, dates.ConfFirstTime, "page"}
	}
	if len(header) > 0 {
		return pubChoice{header[0].Date, dates.ConfShown / 2, "page"}
	}
	return pubChoice{}
}

// nextDay returns the first header date (either reading of an ambiguous
// one) that lies one day from d; a header that shows d itself keeps d.
func nextDay(d dates.Date, header []dates.Found) (dates.Date, bool) {
	for _, f := range header {
		if f.Date == d || f.Alt == d {
			return d, false
		}
	}
	for _, f := range header {
		for _, c := range []dates.Date{f.Date, f.Alt} {
			if oneDayOff(d, c) {
				return c, true
			}
		}
	}
	return d, false
}

func oneDayOff(a, b dates.Date) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	h := a.Time().Sub(b.Time()).Hours()
	return h == 24 || h == -24
}
