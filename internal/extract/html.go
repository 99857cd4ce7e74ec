package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/corroborate/corroborate/internal/dates"
)

// ErrNoText is returned when a page holds no article text.
var ErrNoText = errors.New("no article text found")

var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)`)

// DecodeHTML converts page bytes to UTF-8 using the charset the page
// declares (BOM, Content-Type, or <meta>). Bytes that are not UTF-8 and
// declare no charset are an error.
func DecodeHTML(b []byte, contentType string) ([]byte, error) {
	declared := ""
	if _, params, err := mimeParams(contentType); err == nil {
		declared = params["charset"]
	}
	if declared == "" {
		head := b
		if len(head) > 65536 {
			head = head[:65536]
		}
		if m := metaCharsetRe.FindSubmatch(head); m != nil {
			declared = string(m[1])
		}
	}
	if declared == "" {
		if bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
			return b[3:], nil
		}
		if utf8.Valid(b) {
			return b, nil
		}
		return nil, fmt.Errorf("not valid UTF-8 and no charset declared")
	}
	enc, name := charset.Lookup(declared)
	if enc == nil {
		if utf8.Valid(b) {
			return b, nil
		}
		return nil, fmt.Errorf("unknown charset %q", declared)
	}
	if name == "utf-8" {
		if utf8.Valid(b) {
			return b, nil
		}
		return []byte(strings.ToValidUTF8(string(b), "\uFFFD")), nil
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(b)))
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}

// HTMLOptions tune HTML extraction.
type HTMLOptions struct {
	// URL is the page's address, when known.
	URL string
	// ContentType is the HTTP Content-Type, when known.
	ContentType string
	// TrafilaturaOnly disables our metadata and cleanup (for baselines).
	TrafilaturaOnly bool
	// Fetched is when the page was read, when known: a byline's "3 hours
	// ago" or "June 24" without its year is read against it.
	Fetched time.Time
}

// HTML extracts the article from a page: main text with go-trafilatura
// (readeck's go-readability as its fallback candidate), metadata from meta
// tags, JSON-LD and the visible page, then the same cleanup as plain text.
func HTML(page []byte, opts HTMLOptions) (Result, error) {
	body, err := DecodeHTML(page, opts.ContentType)
	if err != nil {
		return Result{}, err
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return Result{}, fmt.Errorf("parse html: %w", err)
	}
	var pageURL *url.URL
	if opts.URL != "" {
		pageURL, _ = url.Parse(opts.URL)
	}
	lang := htmlLang(doc)
	memo := &blockMemo{}
	meta := readMetaMemo(doc, slashOrder(lang), "", memo)
	// the page's address does not depend on the order its dates are read in
	u := firstNonBlank(opts.URL, meta.url)
	country := siteCountry(u)
	order := pageOrder(lang, country)
	if order != slashOrder(lang) || u != meta.url {
		meta = readMetaMemo(doc, order, u, memo)
	}
	meta.offset = pageOffset(body)
	cands := pubCandidates{meta: meta, fetched: opts.Fetched}
	if !opts.TrafilaturaOnly {
		cands.shown = headerDatesMemo(doc, order, absURL(u), memo, meta.headline, meta.ogTitle, meta.title)
		cands.lib = htmldateFind(doc, u, meta.otherWorks)
		cands.url = urlDate(u)
		cands.country = country
		vis := visibleTextBut(doc, meta.otherWorks)
		cands.labelled = labelledPub(vis, order)
		cands.original = originalPub(vis, order)
	}

	topts := trafilatura.Options{
		OriginalURL:     pageURL,
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if !opts.TrafilaturaOnly {
		fb := &trafilatura.FallbackCandidates{Distiller: &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}}
		rp := readability.NewParser()
		if art, err := rp.ParseDocument(cloneNode(doc), pageURL); err == nil && art.Node != nil {
			fb.Readability = art.Node
		}
		topts.FallbackCandidates = fb
		topts.HtmlDateMode = trafilatura.Disabled // go-htmldate ran above, with its extensive search
	}
	tr, err := trafilatura.ExtractDocument(doc, topts)
	if err != nil || tr == nil {
		return withoutText(meta, cands, opts), fmt.Errorf("%w: %v", ErrNoText, err)
	}
	text := nodeText(tr.ContentNode)
	if opts.TrafilaturaOnly {
		r := Result{Title: tr.Metadata.Title, Outlet: tr.Metadata.Sitename, Author: tr.Metadata.Author, Text: tr.ContentText}
		if !tr.Metadata.Date.IsZero() {
			r.Published = dates.FromTime(tr.Metadata.Date)
		}
		return r, nil
	}

	hint := Hint{NoHeader: true, URL: opts.URL}
	hint.Title = chooseTitle(meta, tr.Metadata.Title)
	hint.Outlet = firstNonBlank(meta.siteName, meta.publisher, tr.Metadata.Sitename)
	if hint.Outlet == "" {
		if pu, err := url.Parse(u); err == nil && pu.Hostname() != "" {
			hint.Outlet = strings.TrimPrefix(pu.Hostname(), "www.")
		}
	}
	if hint.URL == "" {
		hint.URL = meta.url
	}
	hint.Author = firstNonBlank(meta.author, tr.Metadata.Author)
	cands.lead = leadDate(text)
	pc := choosePublished(cands)
	hint.Published, hint.PublishedConf, hint.PublishedFrom = pc.date, pc.conf, pc.from
	res := Text(text, hint)
	if strings.TrimSpace(res.Text) == "" {
		return res, ErrNoText
	}
	return res, nil
}

// withoutText is the result for a page go-trafilatura finds no article
// text in (too short, or its body repeated): the page still says what it
// is and when it was published, in its metadata and beside its headline.
func withoutText(meta pageMeta, cands pubCandidates, opts HTMLOptions) Result {
	r := Result{Title: chooseTitle(meta, ""), URL: firstNonBlank(opts.URL, meta.url)}
	if !opts.TrafilaturaOnly {
		pc := choosePublished(cands)
		r.Published, r.PublishedConf, r.PublishedFrom = pc.date, pc.conf, pc.from
	}
	return r
}

// firstNonBlank returns the first of ss that is more than white space,
// trimmed; "" when none is.
func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneNode(ch))
	}
	return c
}

var blockTags = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "tr": true, "br": true, "section": true, "article": true, "figcaption": true,
	"ul": true, "ol": true, "table": true, "head": true, "quote": true, "list": true, "item": true, "hi": false, "lb": true, "graphic": true}

// nodeText renders extracted content with one paragraph per line.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n")
		}
	}
	walk(n)
	// Collapse whitespace inside lines; keep line structure.
	var out []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// pageMeta is what the page says about itself.
type pageMeta struct {
	title, ogTitle, h1, headline string
	// h1Rest is the page's h1 after a leading element of its own (a
	// kicker: "<h1><span>Topic</span> Headline</h1>"), or "".
	h1Rest string
	// h1Apart reports whether a spaced dash or bar of its own parts the
	// kicker from the rest of the h1 (afterKicker).
	h1Apart                     bool
	siteName, publisher, author string
	url                         string
	published                   dates.Date
	publishedRaw                string // the value the published date was read from
	// publishedRank is the rank of the name the published date was read
	// from (pubMetaNames): 3 for a bare date that does not say it is the
	// publication's.
	publishedRank int
	// modified is the date the metadata gives the latest version
	// (JSON-LD dateModified, article:modified_time…), or the zero Date.
	modified dates.Date
	visible  dates.Date
	// offset is the publisher's UTC offset in minutes as the page's
	// own time stamps write it (pageOffset), or noOffset.
	offset int
	// otherWorks are the microdata items that date another work than the
	// page's (otherWorks): comments, teasers of other articles; and the
	// sidebars of teasers and comment sections (otherSectionsMemo).
	otherWorks []*html.Node
}

// pubMetaNames are the metadata names of a page's publication date, each a
// name of go-htmldate v1.10.1's dateAttributes (constant.go; Apache 2.0),
// ranked 1 for the names of a published standard — Open Graph's article
// vertical (ogp.me: article:published_time) and schema.org's CreativeWork
// (datePublished) —, 2 for a name that says publication (Dublin Core's
// issued, DCMI Metadata Terms; the HTML pubdate; vendors' documented
// tags: Parse.ly, Sailthru), 3 for a bare date (dc.date, "date",
// sailthru.date), a citation's date or a recommendation engine's time
// (Cxense). Beside go-htmldate's names: PRISM's publicationDate (PRISM
// Basic Metadata 3.0) (2); Dublin Core's created (DCMI Metadata Terms;
// DC.date.created in RFC 2731's DC-HTML form), the date the resource was
// made, which a content system may set at the draft (3).
var pubMetaNames = map[string]int{
	"prism.publicationdate": 2, "dcterms.created": 3, "dc.date.created": 3,
	"article:published_time": 1, "og:published_time": 1, "datepublished": 1, "pubdate": 2, "publishdate": 2,
	"publish-date": 2, "publish_date": 2, "dc.date.issued": 2, "dcterms.issued": 2, "dc.date": 3, "dcterms.date": 3,
	"date": 3, "sailthru.date": 3, "parsely-pub-date": 2, "article.published": 2, "originalpublicationdate": 2,
	"cxenseparse:recs:publishtime": 3, "article_date_original": 2, "publication_date": 2, "citation_publication_date": 3,
}

// modMetaNames are the metadata names of a page's latest version, ranked
// like pubMetaNames: Open Graph's article:modified_time and og:updated_time
// and schema.org's dateModified (1); the HTTP Last-Modified header as a
// meta http-equiv (RFC 9110 §8.8.2), the sitemaps protocol's lastmod, and
// Dublin Core's modified (DCMI Metadata Terms; DC.date.modified in the
// DC-HTML form of RFC 2731) (2). All but DC.date.modified are among
// go-htmldate v1.10.1's propertyModified and attrModifiedNames.
var modMetaNames = map[string]int{
	"article:modified_time": 1, "og:updated_time": 1, "datemodified": 1, "last-modified": 2, "lastmod": 2,
	"dcterms.modified": 2, "dc.date.modified": 2,
}

// metaReader gathers a page's metadata in one walk of its tree: the
// ranked publication and modification dates (a lower rank wins), the
// h1s and the <time> values kept for a visible date.
type metaReader struct {
	m                pageMeta
	pubRank, modRank int
	h1s              []*html.Node
	timeVals         []itemVal
	timeNodes        []*html.Node // the <time> element of each of timeVals
	// itemPubs and itemMods are the microdata datePublished and
	// dateModified values, each with its item, read once the headline
	// is known (pageItems).
	itemPubs, itemMods []itemVal
	mf                 microformatDates
	// order is the order in which the page's language writes a date
	// with slashes (slashOrder of its <html lang>).
	order int
}

// setPub takes v as the publication date when it starts with a date and
// its rank is better than the one kept.
func (r *metaReader) setPub(v string, rank int) {
	if rank >= r.pubRank {
		return
	}
	if d, ok := leadingDateIn(v, r.order); ok {
		r.m.published, r.m.publishedRaw, r.pubRank = d, v, rank
		r.m.publishedRank = rank
	}
}

// setMod is setPub for the date of the latest version.
func (r *metaReader) setMod(v string, rank int) {
	if rank >= r.modRank {
		return
	}
	if d, ok := leadingDateIn(v, r.order); ok {
		r.m.modified, r.modRank = d, rank
	}
}

// readMeta reads a page's title, Open Graph and Twitter titles, site name,
// author, canonical URL, h1 (and its text after a kicker), and its
// publication and modification dates from meta names, JSON-LD, <time>
// elements, itemprops and microformats; when none gives a publication
// date, the first date a <time> element shows is kept as visible.
func readMeta(doc *html.Node) pageMeta { return readMetaIn(doc, slashOrder(htmlLang(doc))) }

// readMetaIn is readMeta for a page that writes its dates with slashes in
// order (pageOrder).
func readMetaIn(doc *html.Node, order int) pageMeta { return readMetaAt(doc, order, "") }

// readMetaAt is readMetaIn for a page read at address addr ("": the
// address its head declares), which tells the teasers of a sidebar
// (otherSectionsMemo) from the page's own links.
func readMetaAt(doc *html.Node, order int, addr string) pageMeta {
	return readMetaMemo(doc, order, addr, nil)
}

// readMetaMemo is readMetaAt keeping the page's other blocks in memo
// (nil: none kept).
func readMetaMemo(doc *html.Node, order int, addr string, memo *blockMemo) pageMeta {
	r := &metaReader{pubRank: 99, modRank: 99, order: order}
	r.walk(doc)
	h1 := headlineOf(r.h1s, []string{r.m.headline, r.m.ogTitle, r.m.title})
	for _, v := range pageItems(r.itemPubs, h1) {
		r.setPub(v, 1)
	}
	for _, v := range pageItems(r.itemMods, h1) {
		r.setMod(v, 1)
	}
	r.mf.apply(r.setPub, r.setMod)
	m := r.m
	if h1 != nil {
		m.h1 = strings.Join(strings.Fields(textOf(h1)), " ")
		m.h1Rest, m.h1Apart = afterKicker(h1)
	}
	sections := otherSectionsMemo(doc, h1, absURL(firstNonBlank(addr, m.url)), memo)
	if m.published.IsZero() {
		// The page's first <time> outside the sidebars and comments.
		var times []itemVal
		for i, v := range r.timeVals {
			if !slices.ContainsFunc(sections, func(s *html.Node) bool { return holds(s, r.timeNodes[i]) }) {
				times = append(times, v)
			}
		}
		m.visible = firstTimeDate(pageItems(times, h1))
	}
	m.otherWorks = otherWorks(append(append([]itemVal(nil), r.itemPubs...), r.itemMods...), h1)
	m.otherWorks = outermost(append(m.otherWorks, sections...))
	return m
}

// otherSectionsMemo returns the outermost elements that do not hold the
// headline h1 and date other pages or their readers' posts: a sidebar or
// navigation with teasers of other articles (otherContent) and a comment
// section (commentSection).
// It reads otherBlocks through memo (nil: computed here).
func otherSectionsMemo(doc, h1 *html.Node, self *url.URL, memo *blockMemo) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if h1 == nil || !holds(c, h1) {
				if otherContent(c, self) || commentSection(c) {
					out = append(out, c)
					continue
				}
			}
			walk(c)
		}
	}
	walk(doc)
	return outermost(append(out, memo.otherBlocks(doc, h1, self)...))
}

// commentSectionRe matches the id or a class word of a page's comment
// section or of a comment in it, as blog and news content systems write
// them (WordPress core's comments template: id "comments", classes
// "comments-area", "comment-list", "comment"; Disqus's "disqus_thread"):
// "comments" alone or before a hyphen or underscore, "comment" alone or
// joined to a word of a section ("list", "section", "thread", "wrapper",
// "area"); not "commentary", an opinion article, nor a class that names
// one part of a post by its comments ("comment-count" on a meta line that
// also dates the post) or an opinion piece ("comment-byline", where
// newspapers call their opinion section "Comment").
var commentSectionRe = regexp.MustCompile(`^(?:comments(?:[-_].+)?|comment(?:[-_]?(?:list|section|thread|wrapper|area))?|disqus_thread)$`)

// commentSection reports whether n is a comment section or a comment, by
// its id or a word of its class.
func commentSection(n *html.Node) bool {
	if commentSectionRe.MatchString(strings.ToLower(attr(n, "id"))) {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if commentSectionRe.MatchString(c) {
			return true
		}
	}
	return false
}

// outermost returns the nodes of ns that no other node of ns holds, each
// once.
func outermost(ns []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range ns {
		if slices.Contains(out, n) {
			continue
		}
		inner := false
		for _, o := range ns {
			if o != n && holds(o, n) {
				inner = true
				break
			}
		}
		if !inner {
			out = append(out, n)
		}
	}
	return out
}

// otherWorks returns the outermost microdata items whose datePublished or
// dateModified pageItems does not take as the page's and that date
// another work: a comment (schema.org's Comment and its kinds) or another
// article (a teaser). go-htmldate reads their dates as the page's (the
// first <meta itemprop> date anywhere in the page, then the first element
// whose itemprop or class names a date), so it does not see them
// (htmldateFind).
func otherWorks(vs []itemVal, h1 *html.Node) []*html.Node {
	own := map[*html.Node]bool{}
	for _, v := range ownItemVals(vs, h1) {
		own[v.item] = true
	}
	var out []*html.Node
	for _, v := range vs {
		if v.item == nil || own[v.item] || slices.Contains(out, v.item) || !(articleType(attr(v.item, "itemtype")) || commentType(attr(v.item, "itemtype"))) {
			continue
		}
		out = append(out, v.item)
	}
	return slices.DeleteFunc(out, func(n *html.Node) bool {
		for _, o := range out {
			if o != n && holds(o, n) {
				return true // within another work set aside
			}
		}
		return h1 != nil && holds(n, h1)
	})
}

// commentType reports whether an itemtype names a comment: schema.org's
// Comment and its kinds (CorrectionComment; Answer and Question are
// Comments too, but name no "Comment").
func commentType(typ string) bool {
	for _, u := range strings.Fields(typ) {
		if strings.HasSuffix(u, "Comment") || strings.HasSuffix(u, "/Answer") {
			return true
		}
	}
	return false
}

// itemVal is a value read in a page and the microdata item its element
// belongs to (itemOf), or nil.
type itemVal struct {
	val  string
	item *html.Node
}

// itemOf returns the microdata item an element belongs to: its nearest
// ancestor that opens an item (itemscope; HTML Living Standard,
// "Microdata"), or nil.
func itemOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasAttr(p, "itemscope") {
			return p
		}
	}
	return nil
}

// pageItems returns the values that are the page's own, in order: those
// in no item, in an item without a type or in the page's item (WebPage:
// pageType), in an item of another type that holds the headline h1 (a
// review that is the page's article), and in the article's item (the
// article item that holds the headline, else the only one whose headline
// property is the headline and no link (namesHeadline), else the first one
// after it,
// else any: article items before the headline, when one follows it, are
// teasers of other articles). An article item within another is its part
// (a live blog's update): the article is the outermost. Where no article
// item is the page's, the first item after the headline that is no other
// work's part (mainItem: a review, a video) is. A comment's, a film's
// within a review, a photo's item dates that work, not the page. The
// values of the article's item come first: a page item around it (WebPage)
// may carry the site's own dates.
func pageItems(vs []itemVal, h1 *html.Node) []string {
	var out []string
	for _, v := range ownItemVals(vs, h1) {
		out = append(out, v.val)
	}
	return out
}

// ownItemVals is pageItems with each value's item.
func ownItemVals(vs []itemVal, h1 *html.Node) []itemVal {
	var article *html.Node
	for _, v := range vs {
		if v.item != nil && h1 != nil && articleType(attr(v.item, "itemtype")) && holds(v.item, h1) {
			article = v.item
			break
		}
	}
	if article == nil && h1 != nil {
		tried := map[*html.Node]bool{}
		var naming []*html.Node
		for _, v := range vs {
			if v.item != nil && !tried[v.item] && articleType(attr(v.item, "itemtype")) {
				tried[v.item] = true
				if namesHeadline(v.item, h1) {
					naming = append(naming, v.item)
				}
			}
		}
		if len(naming) == 1 {
			// Two items that name the headline are a recurring title's
			// issues (a column's, a briefing's): neither is the page's by it.
			article = naming[0]
		}
	}
	for _, v := range vs {
		if article == nil && v.item != nil && h1 != nil && articleType(attr(v.item, "itemtype")) && follows(v.item, h1) {
			article = v.item
		}
	}
	if article != nil {
		for p := itemOf(article); p != nil && articleType(attr(p, "itemtype")); p = itemOf(p) {
			article = p
		}
	}
	// Where an article item stands, the page's or not, no work of
	// another type is the page's (mainItem).
	var main *html.Node
	for _, v := range vs {
		if v.item != nil && articleType(attr(v.item, "itemtype")) {
			main = nil
			break
		}
		if main == nil && v.item != nil && mainItem(v.item) && (h1 == nil || follows(v.item, h1)) {
			main = v.item
		}
	}
	var own, out []itemVal
	for _, v := range vs {
		if v.item == nil {
			out = append(out, v)
			continue
		}
		typ := attr(v.item, "itemtype")
		switch {
		case v.item == article || v.item == main:
			own = append(own, v)
		case typ == "" || pageType(typ) || h1 != nil && holds(v.item, h1) || articleType(typ) && article == nil:
			out = append(out, v)
		}
	}
	return append(own, out...)
}

// namesHeadline reports whether an article's item that does not hold the
// headline h1 gives it as its own headline property (schema.org's
// CreativeWork headline, in a <meta content> or an element's text): the
// page's article described in <meta> tags apart from its text, before the
// headline or after it. A teaser's headline is another article's.
func namesHeadline(item, h1 *html.Node) bool {
	h := strings.Join(strings.Fields(textOf(h1)), " ")
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if slices.ContainsFunc(strings.Fields(attr(c, "itemprop")), func(p string) bool { return strings.EqualFold(p, "headline") }) && itemOf(c) == item && !linksOut(c, item) {
				v := strings.Join(strings.Fields(firstNonBlank(attr(c, "content"), textOf(c))), " ")
				found = agreesWithTitle(v, []string{h}) && agreesWithTitle(h, []string{v})
			}
			if !hasAttr(c, "itemscope") {
				walk(c)
			}
		}
	}
	walk(item)
	return found
}

// linksOut reports whether a headline property n of item is a link (an
// <a href> itself, inside one within the item, or around one): a teaser's
// headline, which points to the article it names on another page; the
// page's own item gives its headline as text or in a <meta content>.
func linksOut(n, item *html.Node) bool {
	for a := n; a != nil && a != item.Parent; a = a.Parent {
		if a.Type == html.ElementNode && a.Data == "a" && hasAttr(a, "href") {
			return true
		}
	}
	found := false
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "a" && hasAttr(c, "href") {
				found = true
			}
			walk(c)
		}
	}
	walk(n)
	return found
}

// mainItem reports whether an item of a type other than an article's or
// a page's can be the page's own work: it is no property of another item
// but the main entity of the page's item (schema.org's mainEntity), and
// no comment (schema.org's Comment and its kinds).
func mainItem(item *html.Node) bool {
	typ := attr(item, "itemtype")
	if typ == "" || articleType(typ) || pageType(typ) {
		return false
	}
	for _, u := range strings.Fields(typ) {
		if strings.HasSuffix(u, "Comment") {
			return false
		}
	}
	outer := itemOf(item)
	if outer == nil {
		return !hasAttr(item, "itemprop")
	}
	return pageType(attr(outer, "itemtype")) && strings.EqualFold(attr(item, "itemprop"), "mainEntity")
}

// follows reports whether n comes after h in document order (n neither
// holds h nor lies within it).
func follows(n, h *html.Node) bool {
	var pn, ph []*html.Node
	for p := n; p != nil; p = p.Parent {
		pn = append([]*html.Node{p}, pn...)
	}
	for p := h; p != nil; p = p.Parent {
		ph = append([]*html.Node{p}, ph...)
	}
	i := 0
	for i < len(pn) && i < len(ph) && pn[i] == ph[i] {
		i++
	}
	if i == 0 || i == len(pn) || i == len(ph) {
		return false // other trees, or one holds the other
	}
	for c := ph[i]; c != nil; c = c.NextSibling {
		if c == pn[i] {
			return true
		}
	}
	return false
}

// firstTimeDate is the first date read from <time> values: a value that
// starts with a date, or the first unambiguous date found in one.
func firstTimeDate(vals []string) dates.Date {
	for _, v := range vals {
		if d, ok := leadingDate(v); ok {
			return d
		}
		if f := dates.FindAll(v); len(f) > 0 && !f[0].Ambiguous() {
			return f[0].Date
		}
	}
	return dates.Date{}
}

// timeShownValue returns the value a <time> element gives the page's
// first shown date: its datetime attribute v, or its content when v is an
// instant written in UTC ("2020-10-08T01:30:00Z") and the content shows
// the day before or after it, a day some zone makes of that instant
// (zoneShift: "Oct. 7, 2020 9:30 p.m. ET"). The element represents its
// contents, the datetime attribute being their machine-readable form (HTML
// Living Standard, "The time element"); a global date and time names an
// instant, whose calendar day depends on the zone it is read in, and the
// content is the publisher's reading of it in its own zone.
func timeShownValue(n *html.Node, v string) string {
	d, ok := leadingDate(v)
	if !ok || !utcStampRe.MatchString(strings.TrimSpace(v)) {
		return v
	}
	text := strings.Join(strings.Fields(textOf(n)), " ")
	f := dates.FindAllWorld(text)
	if len(f) == 0 || f[0].Ambiguous() {
		return v
	}
	if s := f[0].Date; oneDayOff(d, s) && zoneShift(v, d, s) {
		return text
	}
	return v
}

// walk visits n and its descendants in document order.
func (r *metaReader) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		r.element(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
}

// element reads one element's metadata.
func (r *metaReader) element(n *html.Node) {
	m := &r.m
	switch n.DataAtom {
	case atom.Title:
		if m.title == "" {
			m.title = strings.TrimSpace(textOf(n))
		}
	case atom.Meta:
		r.meta(n)
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
			m.url = attr(n, "href")
		}
	case atom.Script:
		if typ := strings.ToLower(attr(n, "type")); strings.Contains(typ, "ld+json") || typ == "" && untypedLD(textOf(n)) {
			readJSONLD(textOf(n), m, r.setPub, r.setMod)
		}
	case atom.H1:
		r.h1s = append(r.h1s, n)
	case atom.Time:
		if v := attr(n, "datetime"); v != "" {
			if attr(n, "pubdate") != "" || hasAttr(n, "pubdate") {
				r.setPub(v, 2)
			}
			r.timeVals = append(r.timeVals, itemVal{timeShownValue(n, v), itemOf(n)})
		} else {
			r.timeVals = append(r.timeVals, itemVal{textOf(n), itemOf(n)})
		}
		r.timeNodes = append(r.timeNodes, n)
	}
	r.mf.read(n)
	switch strings.ToLower(attr(n, "itemprop")) {
	case "datepublished":
		// Read once the headline is known (readMetaIn): a comment, a
		// review or a teaser of another article marked up in microdata
		// has its own datePublished.
		r.itemPubs = append(r.itemPubs, itemVal{firstNonBlank(attr(n, "content"), attr(n, "datetime"), textOf(n)), itemOf(n)})
	case "datecreated":
		// schema.org's CreativeWork dateCreated, in microdata: below
		// datePublished, as in JSON-LD (readJSONLD), and not another
		// item's (a comment's or a review's item has one too).
		if !inOtherItem(n) {
			r.setPub(firstNonBlank(attr(n, "content"), attr(n, "datetime"), textOf(n)), 2)
		}
	case "datemodified":
		r.itemMods = append(r.itemMods, itemVal{firstNonBlank(attr(n, "content"), attr(n, "datetime"), textOf(n)), itemOf(n)})
	}
}

// meta reads one <meta> element: titles, site name, author, URL and the
// ranked dates its name carries.
func (r *metaReader) meta(n *html.Node) {
	m := &r.m
	key := strings.ToLower(firstNonBlank(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	val := strings.TrimSpace(attr(n, "content"))
	if attr(n, "property") == "" && attr(n, "name") == "" && (key == "datepublished" || key == "datemodified") {
		// A microdata property, read with its item (element), not by
		// its name here.
		key = "itemprop:" + key
	}
	switch key {
	case "og:title", "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = val
		}
	case "og:site_name", "application-name":
		if m.siteName == "" {
			m.siteName = val
		}
	case "author", "article:author", "dc.creator", "byl":
		if m.author == "" && !strings.Contains(val, "://") {
			m.author = strings.TrimPrefix(val, "By ")
		}
	case "og:url":
		m.url = val
	}
	if rank, ok := pubMetaNames[key]; ok {
		r.setPub(val, rank)
	}
	if rank, ok := modMetaNames[key]; ok {
		r.setMod(val, rank)
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// leadingDateRe matches an ISO 8601 date at the start of a value, in the
// extended format ("2020-11-23") or, with its time, in the basic format
// ("20201123T05:02:35Z", ISO 8601 §4.3.2).
var leadingDateRe = regexp.MustCompile(`^\s*(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})(\d{2})(\d{2})T\d{2})`)

// asctimeRe matches a date-time written with its clock between the day
// and the year: C's asctime ("Sun Nov  6 08:49:37 1994", one of HTTP's
// date formats, RFC 9110 §5.6.7) and Java's Date.toString, which writes
// the zone before the year ("Tue Jan 28 15:28:56 CET 2020").
var asctimeRe = regexp.MustCompile(`^\s*(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d\d(?::\d\d)?(?:\s+[A-Z]{1,5}(?:[+-]\d\d:?\d\d)?)?\s+(\d{4})\s*$`)

// leadingDate reads an ISO date at the start of v, or any date written in v.
func leadingDate(v string) (dates.Date, bool) { return leadingDateIn(v, 0) }

// leadingDateIn is leadingDate for a page whose language writes a date
// with slashes in order (slashOrder): a value such as "10/05/2022 05:22 pm"
// reads one way there. A date-time in the asctime form is read too.
func leadingDateIn(v string, order int) (dates.Date, bool) {
	if m := leadingDateRe.FindStringSubmatch(v); m != nil {
		var y, mo, d int
		ymd := strings.Join(slices.DeleteFunc(m[1:], func(s string) bool { return s == "" }), " ")
		fmt.Sscanf(ymd, "%d %d %d", &y, &mo, &d)
		if dates.Valid(y, mo, d) {
			return dates.Date{Year: y, Month: mo, Day: d}, true
		}
	}
	if m := asctimeRe.FindStringSubmatch(v); m != nil {
		v = m[1] + " " + m[2] + ", " + m[3]
	}
	if f := dates.FindAllWorld(v); len(f) > 0 {
		g := f[0]
		if g.Ambiguous() && g.Numeric && order != 0 {
			// A slashed or dashed date ("04-05-2022") in the page's order.
			if order > 0 {
				g.Date = g.Alt
			}
			g.Alt = dates.Date{}
		}
		if !g.Ambiguous() {
			return g.Date, true
		}
	}
	return dates.Date{}, false
}

// reviewType reports whether a schema.org type names a review: Review and
// its kinds (ClaimReview, a fact check; CriticReview; UserReview;
// EmployerReview; MediaReview), whose itemReviewed is the work reviewed,
// with that work's own dates.
func reviewType(typ string) bool {
	typ = strings.Trim(typ, "[]")
	for _, t := range strings.Fields(typ) {
		if strings.HasSuffix(t, "Review") {
			return true
		}
	}
	return false
}

// articleType reports whether a schema.org type names an article: Article
// and its kinds (NewsArticle, ReportageNewsArticle, BlogPosting, Report).
func articleType(typ string) bool {
	return strings.Contains(typ, "Article") || strings.Contains(typ, "Posting") || strings.Contains(typ, "Report")
}

// inOtherItem reports whether a microdata property belongs to an item of
// a type other than the page's or an article's (a Comment, a Review, a
// Person): the nearest element above it that opens an item (itemscope)
// has such an itemtype (HTML Living Standard, "Microdata": a property
// belongs to the item its nearest itemscope ancestor opens). A property
// in no item, in an item without a type, or in a page's item (WebPage,
// ItemPage: pageType) stays the page's.
func inOtherItem(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasAttr(p, "itemscope") {
			typ := attr(p, "itemtype")
			return typ != "" && !articleType(typ) && !pageType(typ)
		}
	}
	return false
}

// pageType reports whether an itemtype names a web page: WebPage and its
// kinds (ItemPage, AboutPage, CollectionPage, ...), whose properties are
// the page's own. The itemtype is a list of URLs (HTML Living Standard,
// "Microdata"); each type's name is its URL's last segment, and a page's
// ends in "Page": a part of a page (WebPageElement, WPFooter) is no page.
func pageType(typ string) bool {
	for _, u := range strings.Fields(typ) {
		if strings.HasSuffix(u[strings.LastIndexAny(u, "/#")+1:], "Page") {
			return true
		}
	}
	return false
}

func readJSONLD(src string, m *pageMeta, setPub, setMod func(string, int)) {
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			typ := fmt.Sprint(t["@type"])
			if articleType(typ) {
				if h, ok := t["headline"].(string); ok && m.headline == "" {
					m.headline = strings.TrimSpace(html.UnescapeString(h))
				}
				if d, ok := t["datePublished"].(string); ok {
					setPub(d, 0)
				} else if d, ok := t["dateCreated"].(string); ok {
					setPub(d, 1)
				}
				if d, ok := t["dateModified"].(string); ok {
					setMod(d, 0)
				}
				if m.author == "" {
					m.author = ldName(t["author"])
				}
				if m.publisher == "" {
					m.publisher = ldName(t["publisher"])
				}
			}
			if reviewType(typ) {
				// A review as the page's own work (a fact check, a
				// critic's review), not one nested in the work it
				// reviews: its dates, below an article's.
				if d, ok := t["datePublished"].(string); ok {
					setPub(d, 1)
				}
				if d, ok := t["dateModified"].(string); ok {
					setMod(d, 1)
				}
			}
			if strings.HasSuffix(typ, "Page") || strings.HasSuffix(typ, "Page]") {
				// A WebPage's own dates (schema.org WebPage, ItemPage…):
				// the page's, not an article's, so below the article's.
				if d, ok := t["datePublished"].(string); ok {
					setPub(d, 2)
				}
				if d, ok := t["dateModified"].(string); ok {
					setMod(d, 2)
				}
			}
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
			if e, ok := t["mainEntity"]; ok {
				visit(e, depth+1) // schema.org: the page's primary entity
			}
		}
	}
	for _, v := range ldValues(src) {
		visit(v, 0)
	}
}

// untypedLDRe matches the opening of a schema.org JSON-LD object, or an
// array of them, written in a <script> without its type (some content
// systems leave out type="application/ld+json").
var untypedLDRe = regexp.MustCompile(`^\s*\[?\s*\{\s*"@context"\s*:\s*"https?://schema\.org`)

// untypedLD reports whether the text of a <script> without a type is
// JSON-LD rather than JavaScript.
func untypedLD(src string) bool { return untypedLDRe.MatchString(src) }

// ldControlRe matches the raw line breaks and tabs that content systems
// leave inside JSON-LD strings, which JSON forbids (RFC 8259 §7); outside
// strings they are whitespace, so a space reads the same either way.
var ldControlRe = regexp.MustCompile(`[\r\n\t]+`)

// ldValues returns the JSON values of a JSON-LD script: one, or several
// written one after another, read past raw line breaks inside strings.
func ldValues(src string) []any {
	dec := json.NewDecoder(strings.NewReader(ldControlRe.ReplaceAllString(src, " ")))
	var out []any
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			return out
		}
		out = append(out, v)
	}
}

func ldName(v any) string {
	switch t := v.(type) {
	case string:
		if strings.Contains(t, "://") {
			return ""
		}
		return t
	case map[string]any:
		if s, ok := t["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	case []any:
		var names []string
		for _, e := range t {
			if s := ldName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Rt || n.DataAtom == atom.Rp) {
			return // a ruby annotation (the reading of the text it glosses)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func mimeParams(ct string) (string, map[string]string, error) {
	if ct == "" {
		return "", nil, errors.New("empty")
	}
	params := map[string]string{}
	parts := strings.Split(ct, ";")
	for _, p := range parts[1:] {
		if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok {
			params[strings.ToLower(k)] = strings.Trim(v, `"' `)
		}
	}
	return strings.TrimSpace(parts[0]), params, nil
}

// microformatDates are the machine-readable dates of the elements that
// the microformats mark as an entry's publication or update: h-entry's
// dt-published and dt-updated (microformats2) and hAtom's published and
// updated (hAtom 0.1, the datetime design pattern: a <time datetime> or an
// <abbr title>). WordPress's default themes write both ("entry-date
// published", "updated"), on the article and on the teasers of other
// posts alike.
type microformatDates struct{ published, updated []string }

// read collects the dates n marks.
func (mf *microformatDates) read(n *html.Node) {
	v := attr(n, "datetime")
	if v == "" && n.DataAtom == atom.Abbr {
		v = attr(n, "title")
	}
	if v == "" {
		return
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		switch c {
		case "dt-published", "published":
			mf.published = append(mf.published, v)
		case "dt-updated", "updated":
			mf.updated = append(mf.updated, v)
		}
	}
}

// apply gives the metadata the page's publication and update dates when
// its marked dates of each agree on one day (a page of teasers marks
// several), at rank 2, like the HTML pubdate.
func (mf *microformatDates) apply(setPub, setMod func(string, int)) {
	if v, ok := oneDay(mf.published); ok {
		setPub(v, 2)
	}
	if v, ok := oneDay(mf.updated); ok {
		setMod(v, 2)
	}
}

// oneDay returns the first of time stamps that all name the same day.
func oneDay(vs []string) (string, bool) {
	if len(vs) == 0 {
		return "", false
	}
	first, ok := leadingDate(vs[0])
	if !ok {
		return "", false
	}
	for _, v := range vs[1:] {
		if d, ok := leadingDate(v); !ok || d != first {
			return "", false
		}
	}
	return vs[0], true
}
