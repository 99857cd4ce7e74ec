package extract

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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

// shownDates are the dates the page shows its readers beside the
// headline: in the byline zone after it, and just above it (a date with a
// weekday above the headline is a site's "today" and is not kept).
type shownDates struct {
	after, before []dates.Found
	// yearless are the days of the month the byline zone shows without
	// a year ("[06月24日 11時30分]", "June 24, 10:30 AM"), when it shows
	// no full date.
	yearless []dates.MonthDay
	// labelled is the first byline-zone date written after a label of
	// publication or update ("Updated May 6, 2019", "Aktualisiert am
	// 11.04.2020", "Publié le …"), or the zero Date.
	labelled dates.Date
	// updates are the byline-zone dates written after a label of update
	// only ("Updated Mar 9, 2021"): the latest version's, which do not
	// vote for the publication date (shownDate).
	updates []dates.Date
	// head is the start of the byline zone (yearlessReach bytes), where
	// a time stamp relative to the reading stands ("3 hours ago").
	head string
	// prose are the byline-zone dates written inside a sentence of the
	// article's prose (proseDate): the lead's "approved on 3 March
	// 2021 a plan", the day of an event the article reports.
	prose []dates.Found
	// sentences are the byline-zone dates written inside a sentence of a
	// paragraph of any length (proseDateIn with no fewest words): the
	// prose dates, and a short standfirst's ("The guild had closed the
	// workshop on January 4, 2021."; not a byline's "by Ona Fell, March 3,
	// 2021.": bylineLine).
	sentences []dates.Found
}

// inProse reports whether f is one of the byline zone's dates written
// inside the article's prose.
func (s shownDates) inProse(f dates.Found) bool { return foundIn(s.prose, f) }

// foundIn reports whether f is one of fs, by its place.
func foundIn(fs []dates.Found, f dates.Found) bool {
	for _, p := range fs {
		if p.Start == f.Start && p.End == f.End {
			return true
		}
	}
	return false
}

// readDay returns the day the byline zone shows relative to the time
// the page was read (fetched): a stamp such as "3 hours ago" or
// "Yesterday at 10:15", else a day without its year in the latest year
// not after the reading ("June 24"); the zero Date when the byline shows
// a full date, none of these, or the reading time is unknown.
func (s shownDates) readDay(fetched time.Time) dates.Date {
	if len(s.after) > 0 || fetched.IsZero() {
		return dates.Date{}
	}
	if d, ok := dates.FindRelativeStamp(s.head, fetched); ok {
		return d
	}
	if len(s.yearless) > 0 {
		return s.yearless[0].LatestIn(fetched)
	}
	return dates.Date{}
}

// The words that label a date as the publication's or an update's, in the
// languages whose month names the byline zone reads. Source: the labels of
// schema.org's datePublished and dateModified ("Published", "Updated",
// "Last updated") and WordPress core's default "Posted on", and the
// dictionary translations of "published" and "updated" (German also
// "erschienen", appeared): "Veröffentlicht am", "Publié le", "Publicado
// el", "Pubblicato il"; "Aktualisiert am", "Mis à jour le", "Actualizado
// el", "Atualizado em", "Aggiornato il". French also says "mis en ligne"
// (put online) for published; Dutch, Polish, Czech, Swedish, Danish,
// Norwegian, Finnish, Catalan and Romanian have their own participles
// ("Gepubliceerd op", "Opublikowano", "Publikováno", "Publicerad",
// "Publiceret", "Publisert", "Julkaistu", "Publicat"; "Bijgewerkt",
// "Zaktualizowano", "Aktualizováno", "Uppdaterad", "Opdateret",
// "Oppdatert", "Päivitetty", "Actualitzat", "Actualizat"). English also
// labels the first version's date of a page that shows its latest
// update's beside the headline "First published on" ("First posted"),
// the bibliographic phrase of a first edition. A page also labels its
// latest version by the word of schema.org's dateModified and HTTP's
// Last-Modified header (RFC 9110, 8.8.2): "Modified", "Last modified",
// "Revised", and their dictionary translations ("Modifié le", "Zuletzt
// geändert", "Modificado", "Modificato", "Gewijzigd op"; French also
// "Actualisé le"), and by the noun of the update after "last" ("Dernière
// mise à jour", "Letzte Aktualisierung", "Última actualización", "Ultimo
// aggiornamento", "Última atualização").
const (
	pubLabelWords = `first published|first posted|published|posted|erschienen|veröffentlicht|publié|publicado|pubblicato|mis en ligne|gepubliceerd|opublikowano|publikováno|publicerad|publiceret|publisert|julkaistu|publicat`
	updLabelWords = `updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizováno|uppdaterad|opdateret|oppdatert|päivitetty|actualitzat|actualizat|` +
		`modified|revised|modifié|actualisé|geändert|modificado|modificato|gewijzigd|mise à jour|aktualisierung|actualización|aggiornamento|atualização`
)

// updStandWord is German's label of the state a page shows ("Stand:
// 28.04.2020", as of), the date of its latest version: capitalised and
// with its colon only, since the noun stands in prose too ("auf dem Stand
// vom …").
const updStandWord = `Stand:`

// datePreps are the prepositions (or articles) that take a calendar date
// in the languages of the label words: English "on" (Quirk et al. 1985,
// ch. 9, prepositions of time: "on" with days and dates), German "am",
// French "le", Spanish "el", Portuguese "em", Italian "il", Dutch "op".
const datePreps = `on|am|le|el|em|il|op`

// labelTail is what may stand between a date's label and the date: the
// preposition that takes a date in the label's language (datePreps), a
// colon, a clock time with its a.m. or p.m., and a time zone written in
// capitals ("Updated 1815 GMT (0215 HKT) March 14, 2021"). Only the label
// words and the prepositions are read in either case: a zone is two to
// four capitals, not any short word ("Updated for the new rules: …").
const labelTail = `(?:\s+(?i:` + datePreps + `))?\s*:?(?:[\s\d:.,()|@\-–]|\b[A-Z]{2,4}\b|\b[AaPp]\.?[Mm]\b\.?)*$`

// updLabelRe matches the label of an update date just before it:
// "Updated", "Last updated", "Aktualisiert am", "Mis à jour le".
var updLabelRe = regexp.MustCompile(`(?:\b(?i:` + updLabelWords + `)|\b` + updStandWord + `)` + labelTail)

// bylineLabelRe matches the label of a publication or update date just
// before it, in the byline zone: "Published", "Posted", "Updated",
// "Veröffentlicht am", "Mis à jour le".
var bylineLabelRe = regexp.MustCompile(`(?:\b(?i:` + pubLabelWords + `|` + updLabelWords + `)|\b` + updStandWord + `)` + labelTail)

// all returns the byline zone's dates, then those above the headline.
func (s shownDates) all() []dates.Found {
	return append(append([]dates.Found(nil), s.after...), s.before...)
}

// zones returns the two zones, the byline first.
func (s shownDates) zones() [][]dates.Found { return [][]dates.Found{s.after, s.before} }

// headerDates reads the dates shown beside the headline. The headline is
// the first <h1> that agrees with a declared title (a site's logo is often
// an <h1> too), else the first <h1>. Dates elsewhere (teasers, comments,
// captions) are not read.
func headerDates(doc *html.Node, declared ...string) shownDates {
	return headerDatesIn(doc, slashOrder(htmlLang(doc)), declared...)
}

// headerDatesIn is headerDates for a page that writes its dates with
// slashes in order (pageOrder).
func headerDatesIn(doc *html.Node, order int, declared ...string) shownDates {
	return headerDatesAt(doc, order, pageAddress(doc), declared...)
}

// headerDatesAt is headerDatesIn for a page at address self (nil when
// unknown), which tells a sidebar's teasers from the page's own links
// (otherContent).
func headerDatesAt(doc *html.Node, order int, self *url.URL, declared ...string) shownDates {
	return headerDatesMemo(doc, order, self, nil, declared...)
}

// headerDatesMemo is headerDatesAt reading otherBlocks through memo.
func headerDatesMemo(doc *html.Node, order int, self *url.URL, memo *blockMemo, declared ...string) shownDates {
	after, before, paras := headerZonesMemo(doc, self, memo, declared...)
	s := shownDates{after: inOrder(dates.FindAllWorld(after), order)}
	for i, f := range s.after {
		if proseDate(after, f, paras) {
			s.prose = append(s.prose, f)
		}
		if s.inProse(f) || proseDateIn(after, f, paras, 0) && !bylineLine(f, paras) {
			s.sentences = append(s.sentences, f)
		}
		if labelBefore(updLabelRe, after, labelFrom(after, s.after, i), f, paras) || updAfterRe.MatchString(after[f.End:]) {
			s.updates = append(s.updates, f.Date, f.Alt)
		}
	}
	for i, f := range s.after {
		if f.Ambiguous() && f.Slash {
			continue // "03/05/2022" is read either way by the world's sites
		}
		if labelBefore(bylineLabelRe, after, labelFrom(after, s.after, i), f, paras) {
			s.labelled = f.Date // dotted and dashed dates are day first
			break
		}
	}
	s.head = after[:min(len(after), yearlessReach)]
	if len(s.after) == 0 {
		s.yearless = dates.FindMonthDays(s.head)
	}
	for _, f := range inOrder(dates.FindAllWorld(before), order) {
		if f.Weekday < 0 {
			s.before = append(s.before, f)
		}
	}
	return s
}

// bylineLine reports whether the byline zone's date f lies in a paragraph
// that opens with a byline's "by" before a name in capitals, in the
// languages of bylineByRe ("by Ona Fell, March 3, 2021.", "par Ona
// Fell, le 3 mars 2021."): a short line that is no sentence, whatever
// its case and its full stop.
func bylineLine(f dates.Found, paras []para) bool {
	for _, p := range paras {
		if f.Start >= p.start && f.End-p.start <= len(p.text) {
			return bylineByRe.MatchString(" " + strings.TrimSpace(p.text))
		}
	}
	return false
}

// labelFrom returns where the label of the zone's date fs[i] may start:
// up to 40 bytes before it, from the end of the date before it. A label
// labels the date it comes before ("Zuletzt geändert: 05.03.2021
// 03.03.2021": the second date is not the update's; labelTail's digits,
// dots and colons, a label's clock time, would read the first date as
// part of the second's label), and a label in brackets just after the
// date before labels that date (postLabelRe).
func labelFrom(zone string, fs []dates.Found, i int) int {
	from := max(0, fs[i].Start-40)
	if i > 0 {
		from = max(from, min(fs[i-1].End, fs[i].Start))
		if m := postLabelRe.FindStringIndex(zone[fs[i-1].End:]); m != nil && fs[i-1].End+m[1] <= fs[i].Start {
			from = max(from, fs[i-1].End+m[1])
		}
	}
	return from
}

// postLabelRe matches a label in brackets after the date it labels
// ("05.03.2021 (aktualisiert)", "March 5, 2021 (updated)"): a parenthesis
// that follows a word adds to it (Quirk et al. 1985, ch. 17,
// non-restrictive apposition in parentheses). updAfterRe is such a label
// of an update.
var (
	postLabelRe = regexp.MustCompile(`^\s*\((?i:` + pubLabelWords + `|` + updLabelWords + `)\)`)
	updAfterRe  = regexp.MustCompile(`^\s*\((?i:` + updLabelWords + `)\)`)
)

// labelBefore reports whether re, a label's expression, matches the
// zone's text from from to the date f, and the label is not a word of a
// sentence: a participle or a noun after a word in lower case in its
// sentence, in a paragraph of prose ("the timetable, revised on March 1,
// 2021, adds", "el contrato, modificado el 1 de marzo de 2021, añade",
// "seit der Aktualisierung am 1. März 2021") tells when the article's
// subject changed, not its page; unless the sentence is the text's own
// note on itself (selfDeicticRe). A label stands at the head of its line
// or sentence ("Revised March 5, 2021", "Zuletzt geändert:", "Dernière
// mise à jour :"), as labelledPub reads labels (pubLabelWordRe).
func labelBefore(re *regexp.Regexp, zone string, from int, f dates.Found, paras []para) bool {
	loc := re.FindStringIndex(zone[from:f.Start])
	if loc == nil {
		return false
	}
	at := from + loc[0]
	for _, p := range paras {
		if f.Start < p.start || f.End-p.start > len(p.text) || at < p.start {
			continue
		}
		if wordCount(p.text) < proseWords || !paraEndRe.MatchString(p.text) {
			return true
		}
		before := p.text[:at-p.start]
		if i := strings.LastIndexAny(before, ".!?"); i >= 0 {
			before = before[i+1:]
		}
		words := strings.Fields(before)
		if len(words) > 0 && selfDeicticRe.MatchString(words[0]) {
			return true // "This report was first published March 3, 2021 and …"
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				return false
			}
		}
		return true
	}
	return true
}

// selfDeicticRe matches the demonstrative that opens a sentence in which
// a text speaks of itself ("This report was first published …", "Dieser
// Artikel wurde …", "Cet article a été …"; Quirk et al. 1985, ch. 6,
// the demonstratives), in the languages of the label words: there a
// label's participle dates the page.
var selfDeicticRe = regexp.MustCompile(`^(?i:this|dieser|dieses|diese|ce|cet|cette|este|esta|questo|questa|dit|deze)$`)

// para is a paragraph of the byline zone: an HTML <p> element ("The p
// element represents a paragraph", HTML Living Standard), where it starts
// in the zone and its whole text (it may run past the zone's end).
type para struct {
	start int
	text  string
}

// headerZonesMemo returns the visible text after the headline (its byline
// zone) and just above it, and the paragraphs that start in the byline
// zone.
// It reads otherBlocks through memo (nil: computed here).
func headerZonesMemo(doc *html.Node, self *url.URL, memo *blockMemo, declared ...string) (after, before string, paras []para) {
	target := headlineNode(doc, declared)
	if target == nil {
		return "", "", nil
	}
	others := memo.otherBlocks(doc, target, self)
	var b strings.Builder
	h1Start, h1End := -1, -1
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if hiddenElement(n) {
			return
		}
		if (captionElement(n) || otherContent(n, self) || commentSection(n) || slices.Contains(others, n)) && !holds(n, target) {
			// The caption's words keep their room: the zone reaches no
			// further into the article's prose than with them.
			b.WriteString(strings.Repeat(" ", len(visibleText(n))))
			return
		}
		writeWords(&b, n)
		if n == target {
			h1Start = b.Len()
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && h1End >= 0 && b.Len() < h1End+headerAfter {
			paras = append(paras, para{b.Len() - h1End, visibleText(n)})
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
	return text[h1End:min(len(text), h1End+headerAfter)], text[max(0, h1Start-headerBefore):h1Start], paras
}

// proseWords is the fewest words a paragraph of prose has: a byline set
// in a <p> ("By Ona Fell, staff writer | March 3, 2021") has fewer.
const proseWords = 12

// paraEndRe matches the end of a paragraph written in sentences: a
// full stop, question or exclamation mark, perhaps inside a closing
// quotation mark or bracket.
var paraEndRe = regexp.MustCompile(`[.!?…]["'”’»)]?\s*$`)

// datelineSepRe matches what sets a dateline's or a document's date off
// from the text it heads: a bar, dash or colon, perhaps after a place or
// an agency in brackets ("Press release of 3 March 2021 | Berlin – …",
// "3 March 2021 (Reuters) – …").
var datelineSepRe = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?[|–—:-]\s`)

// proseDate reports whether the byline zone's date f (zone is the zone's
// text) is written inside a sentence of the article's prose rather than
// by the site beside its headline: it lies in a paragraph (paras) of
// proseWords words or more that ends as a sentence does, after a word
// written in lower case (a dateline opens its paragraph with a place
// name: "BERLIN, March 3, 2021 —"; a place and a comma before the date
// with only short words in lower case are a dateline's head too:
// datelineHead), not set off from what follows as a
// dateline is (datelineSepRe), and no label of publication or update
// stands just before it ("Published on March 3, 2021"); or after only a
// preposition of dates opening the paragraph's first sentence, which goes
// on after the date (opensSentence: "On March 3, 2021, the board …").
// A news lead dates the event it reports ("the council approved on 3
// March 2021 a plan"), often the day before the article: that day says
// nothing of the publication's.
func proseDate(zone string, f dates.Found, paras []para) bool {
	return proseDateIn(zone, f, paras, proseWords)
}

// proseDateIn is proseDate for paragraphs of minWords words or more.
func proseDateIn(zone string, f dates.Found, paras []para, minWords int) bool {
	for _, p := range paras {
		at := f.Start - p.start
		if at < 0 || at >= len(p.text) || f.End-p.start > len(p.text) {
			continue
		}
		if wordCount(p.text) < minWords || !paraEndRe.MatchString(p.text) {
			return false
		}
		before := p.text[:at]
		if labelBefore(bylineLabelRe, zone, max(0, f.Start-40), f, paras) || datelineSepRe.MatchString(p.text[min(len(p.text), f.End-p.start):]) {
			return false
		}
		if datelineHead(before) && datelineEndRe.MatchString(p.text[min(len(p.text), f.End-p.start):]) {
			return false
		}
		for _, w := range strings.Fields(before) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				return true
			}
		}
		return opensSentence(before, p.text[min(len(p.text), f.End-p.start):])
	}
	return false
}

// openPrepRe matches a paragraph's words before a date that are only a
// preposition of dates (datePreps) opening its first sentence: "On", "Am",
// "Le" in sentence case. A dateline's head is a place or an agency, never
// a preposition.
var openPrepRe = regexp.MustCompile(`^\s*(?:` + sentenceCase(datePreps) + `)\s+$`)

// goesOnRe matches what follows a date whose sentence goes on in words:
// perhaps the comma that sets off a fronted adverbial, then two words
// ("On March 3, 2021, the board voted", "Am 3. März 2021 hat der Rat");
// not a clock time ("On March 3, 2021 at 10:15"), a byline's stamp.
var goesOnRe = regexp.MustCompile(`^,?\s+\p{L}[\p{L}'’.-]*,?\s+\p{L}`)

// opensSentence reports whether a date stands after a preposition of dates
// that opens its paragraph's first sentence (before: the words before the
// date) and the sentence goes on after it (after: the text after the
// date): a time adjunct fronted in the lead's first sentence ("On March
// 3, 2021, the harbor board voted …"; Quirk et al. 1985, ch. 8, adjuncts
// in initial position), the date of the event reported; not a byline's
// date with its author after it (bylineByRe).
func opensSentence(before, after string) bool {
	return openPrepRe.MatchString(before) && goesOnRe.MatchString(after) && !bylineByRe.MatchString(after)
}

// bylineByRe matches a byline's "by" after its date and before a name in
// capitals ("On March 3, 2021 by Ona Fell, …"; not "by a vote of five to
// two", "por la noche"), in the languages of datePreps: English "by", French
// "par", German "von", Spanish and Portuguese "por", Italian "di" or "da",
// Dutch "door".
var bylineByRe = regexp.MustCompile(`^,?\s+(?i:by|par|von|por|di|da|door)\s+\p{Lu}`)

// sentenceCase returns the alternatives of a regexp's alternation of
// lower-case words with their first letters in capitals ("on|am" →
// "On|Am").
func sentenceCase(alts string) string {
	ws := strings.Split(alts, "|")
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, "|")
}

// datelineHead reports whether the words before a date (before, from the
// start of its paragraph) are a dateline's head: a place, then a comma,
// perhaps a short word of the letter's date formula ("Castelmoor, den 3.
// März 2021", "Castelmoor, le 3 mars 2021", "Castelmoor, a 3 de marzo de
// 2021"). A place's name may hold short words in lower case ("Neustadt am
// Deich", "Rio de Janeiro"); prose before a date holds longer ones ("The
// board, meeting on …"). Such a dateline's date ends its sentence
// (datelineEndRe); a sentence that goes on is prose ("Yesterday, on
// March 3, 2021, the board …").
// datelineEndRe matches what follows a dateline's date that ends its
// sentence: perhaps an agency in brackets, then a full stop, perhaps with
// a dash ("2021. Der …", "2021 (Agency).- La …").
var datelineEndRe = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?\.[-–—]?(?:\s|$)`)

func datelineHead(before string) bool {
	if !strings.Contains(before, ",") {
		return false
	}
	ws := strings.Fields(before)
	if len(ws) > 6 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLower(r) && utf8.RuneCountInString(strings.Trim(w, ",.")) > 3 {
			return false
		}
	}
	return true
}

// captionElement reports whether n is a picture's caption or the figure
// that holds it: a <figure> or <figcaption> (HTML Living Standard,
// "Grouping content": a figure is self-contained content, a photo, a chart,
// with its caption), or an element whose class names a caption
// ("wp-caption-text", WordPress's; "image-caption") beside a picture (a
// sibling is one, or holds one and no words: a site may call the line
// under its headline a caption too, and the article around it holds
// photos further down). A news photo's caption dates the photo ("… on
// Wednesday, March 3, 2021"; the AP's caption style gives the day it was
// taken), not the article: it is no byline. A figure that names its
// author (authorMark: an author's card, a portrait beside the byline) is.
func captionElement(n *html.Node) bool {
	if n.Type != html.ElementNode || authorMark(n) || n.DataAtom == atom.Figcaption && n.Parent != nil && authorMark(n.Parent) {
		return false
	}
	if n.DataAtom == atom.Figure || n.DataAtom == atom.Figcaption {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if strings.Contains(strings.ToLower(c), "caption") {
			return besidePicture(n)
		}
	}
	return false
}

// otherContent reports whether n is an <aside> or a <nav> element (HTML
// Living Standard: content "tangentially related to the content around
// it", sidebars and related links; "a section with navigation links")
// that lists teasers of other articles (holdsTeasers): their dates date
// other pages, not the article beside them. An aside that names the
// article's author (authorMark) or holds only the post's own links (its
// date as a permalink, its comment count, share buttons) is the post's,
// and so is one with a single link that reads as a headline: a post's
// meta line links its category ("Arts and Crafts News"), a newsletter
// ("Sign up for our morning newsletter") or its own comments, and a
// breadcrumb trail one section above the page.
// self is the page's own address, or nil.
func otherContent(n *html.Node, self *url.URL) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom != atom.Aside && n.DataAtom != atom.Nav && !(relatedBlock(n) && !holdsProse(n)) {
		return false
	}
	return !authorMark(n) && holdsTeasers(n, self)
}

// relatedBlock reports whether n's id or a word of its class names a
// block of related articles ("related-posts", "relatedStories",
// Jetpack's "jp-relatedposts"), a block go-trafilatura's cleaning
// discards with navigation, sharing and footers ("news outlets related
// posts": its overall discard expressions match "related" in an id and
// "elated" in a class, internal/selector/content-discard-overall.go): a
// <div> or <section> that does the work of an <aside>.
func relatedBlock(n *html.Node) bool {
	for _, w := range append(strings.Fields(strings.ToLower(attr(n, "class"))), strings.ToLower(attr(n, "id"))) {
		if strings.Contains(w, "related") && !strings.Contains(w, "unrelated") {
			return true
		}
	}
	return false
}

// holdsProse reports whether n holds a paragraph of the article's prose:
// a <p> of proseWords words or more that ends a sentence. A list of
// teasers holds headlines and short summaries; an article's container,
// whatever its class says, holds its text.
func holdsProse(n *html.Node) bool {
	found := false
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				if t := visibleText(c); wordCount(t) >= proseWords && paraEndRe.MatchString(t) {
					found = true
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return found
}

// teaserWords is the fewest words of a link that names another article
// by its headline (a teaser's); a menu's, a category's, an author's or a
// date's link has fewer, or is a date.
const teaserWords = 4

// teasersListed is the fewest teasers, each naming another page, of a
// list of other articles ("More news", "Related"): a list holds more
// than one item.
const teasersListed = 2

// holdsTeasers reports whether n holds a list of teasers: links to
// teasersListed other pages of the site (otherPage) or more, whose text
// reads as a headline, teaserWords words or more and no date (a post's
// own permalink is often its date, "March 3, 2021").
func holdsTeasers(n *html.Node, self *url.URL) bool {
	var pages []string
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && len(pages) < teasersListed; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				href := attr(c, "href")
				if otherPage(href, self) {
					if txt := visibleText(c); wordCount(txt) >= teaserWords && len(dates.FindAllWorld(txt)) == 0 {
						if p := pagePath(href); !slices.Contains(pages, p) {
							pages = append(pages, p)
						}
					}
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return len(pages) >= teasersListed
}

// teaserDensity is the share of a block's words in its links above which
// it is a block of links rather than text: boilerpipe's word-count
// classifier (Kohlschütter, Fankhauser and Nejdl 2010, "Boilerplate
// detection using shallow text features", WSDM; NumWordsRulesClassifier)
// reads a block whose link density exceeds 0.333 as boilerplate.
const teaserDensity = 1.0 / 3

// teaserItemWords is the most words of one item of a list of teasers: a
// headline, its section, its day and a line of summary.
const teaserItemWords = 80

// blockMemo keeps otherBlocks' answers for one parsed page, by headline
// and address: HTML asks for them when it reads the metadata (once more
// when the page's address or date order differs from its head's) and when
// it reads the byline zone, and the walk over every block is the same.
// A nil memo keeps nothing.
type blockMemo struct{ entries []blockEntry }

type blockEntry struct {
	h1   *html.Node
	self string
	out  []*html.Node
}

// otherBlocks is the package's otherBlocks, computed once per headline
// and address.
func (m *blockMemo) otherBlocks(doc, h1 *html.Node, self *url.URL) []*html.Node {
	if m == nil {
		return otherBlocks(doc, h1, self)
	}
	key := ""
	if self != nil {
		key = self.String()
	}
	for _, e := range m.entries {
		if e.h1 == h1 && e.self == key {
			return e.out
		}
	}
	out := slices.Clip(otherBlocks(doc, h1, self))
	m.entries = append(m.entries, blockEntry{h1, key, out})
	return out
}

// otherBlocks returns the outermost elements of the page, not holding its
// headline h1 (nil when the page has none: then none), that date other
// pages or their readers' posts by their structure, whatever their tag
// or class says:
//
//   - a list of dated teasers: a block mostly of links (more than
//     teaserDensity of its words) that holds no paragraph of prose, not
//     marked as the author's (authorMark), and within which an element
//     has teasersListed items or more (its child elements: list items,
//     cards, table rows; teaserItemWords words or fewer) that each hold a
//     teaser of a page of their own (a link to another page of the site,
//     otherPage, by teaserWords words or more besides its dates:
//     headlineWords, a card may be wholly a link) and a day (showsDay):
//     a "Latest" list, a row of cards, a ticker, above the headline or
//     after the text. A post's meta line with its category links shows
//     one date, the post's; a side panel of the article's own details
//     ("Published: 3 March 2021") beside one dated link lists no teasers;
//     a block that shows a day beside the items of its lists (a brief's
//     dateline in one container with its "More news", a "Published" line
//     beside the previous and next stories) is not set aside, only the
//     lists within it that show none (dayBesideLists);
//   - an <article> nested in the article that holds the headline and
//     the article's own prose, with less prose than it (HTML Living
//     Standard, "The article element": inner article elements
//     "represent articles that are in principle related to the contents
//     of the outer article", such as a blog entry's user-submitted
//     comments; proseWordsIn).
//
// Their dates are other works': they give no date to the byline zones,
// to go-htmldate or to the labelled publication (otherSectionsMemo).
func otherBlocks(doc, h1 *html.Node, self *url.URL) []*html.Node {
	if h1 == nil {
		return nil
	}
	type stat struct {
		words, links int
		teaser       *html.Node // the first link within to another page by four words or more
		prose, list  bool
		last         string // the last text within that is not blank
	}
	stats := map[*html.Node]stat{}
	items := map[*html.Node]bool{} // the items of the lists found, each with a teaser
	var count func(n *html.Node, inLink bool) stat
	count = func(n *html.Node, inLink bool) stat {
		if hiddenElement(n) {
			return stat{}
		}
		if n.Type == html.TextNode {
			w := wordCount(n.Data)
			last := ""
			if strings.TrimSpace(n.Data) != "" {
				last = n.Data
			}
			if inLink {
				return stat{words: w, links: w, last: last}
			}
			return stat{words: w, last: last}
		}
		isA := n.Type == html.ElementNode && n.DataAtom == atom.A
		var st stat
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := count(c, inLink || isA)
			st.words, st.links = st.words+cs.words, st.links+cs.links
			st.prose, st.list = st.prose || cs.prose, st.list || cs.list
			if st.teaser == nil {
				st.teaser = cs.teaser
			}
			if cs.last != "" {
				st.last = cs.last
			}
			if c.Type == html.ElementNode && cs.teaser != nil && cs.words <= teaserItemWords {
				kids = append(kids, c)
			}
		}
		if isA && st.words >= teaserWords && otherPage(attr(n, "href"), self) && headlineWords(visibleText(n)) >= teaserWords {
			st.teaser = n
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && st.words >= proseWords && paraEndRe.MatchString(st.last) {
			st.prose = true
		}
		if !st.list && len(kids) >= teasersListed && float64(st.links) > teaserDensity*float64(st.words) {
			var pages []string
			for _, c := range kids {
				if len(pages) >= teasersListed {
					break
				}
				a := stats[c].teaser
				if p := pagePath(attr(a, "href")); !slices.Contains(pages, p) && showsDay(c) {
					pages = append(pages, p)
				}
			}
			st.list = len(pages) >= teasersListed
			if st.list {
				for _, c := range kids {
					items[c] = true
				}
			}
		}
		stats[n] = st
		return st
	}
	count(doc, false)
	var out []*html.Node
	// outer is the article that holds the headline and its own prose, and
	// own the words of that prose.
	var walk func(n, outer *html.Node, own int)
	walk = func(n, outer *html.Node, own int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if !holds(c, h1) {
				st := stats[c]
				dense := float64(st.links) > teaserDensity*float64(st.words)
				if outer != nil && c.DataAtom == atom.Article && proseWordsIn(c, false) < own ||
					dense && st.list && !st.prose && !authorMark(c) && !dayBesideLists(c, items) {
					out = append(out, c)
					continue
				}
			}
			if outer == nil && c.DataAtom == atom.Article && holds(c, h1) {
				if w := proseWordsIn(c, true); w > 0 {
					walk(c, c, w)
					continue
				}
			}
			walk(c, outer, own)
		}
	}
	walk(doc, nil, 0)
	return out
}

// showsDay reports whether n shows a day: a <time> element with a
// datetime, or a date in its visible text.
func showsDay(n *html.Node) bool {
	var timed func(*html.Node) bool
	timed = func(m *html.Node) bool {
		if m.Type == html.ElementNode && m.DataAtom == atom.Time && hasAttr(m, "datetime") {
			return true
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if timed(c) {
				return true
			}
		}
		return false
	}
	return timed(n) || mayShowDate(visibleText(n))
}

// dayBesideLists reports whether n shows a day outside the items of the
// lists of teasers within it (items, found by otherBlocks): a brief's own
// dateline beside its "More news", a story's "Published" line beside its
// previous and next stories.
func dayBesideLists(n *html.Node, items map[*html.Node]bool) bool {
	var b strings.Builder
	timed := false
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		if hiddenElement(m) || timed || items[m] {
			return
		}
		switch {
		case m.Type == html.TextNode:
			b.WriteString(m.Data)
			b.WriteByte(' ')
		case m.Type == html.ElementNode && m.DataAtom == atom.Time && hasAttr(m, "datetime"):
			timed = true
			return
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return timed || mayShowDate(b.String())
}

// headlineWords returns the words of a link's text outside the dates it
// shows: a card wholly in its link ("Harbor fees rise for the summer
// boats March 2, 2021") names its page by a headline, a post's permalink
// ("Posted on March 3, 2021") by its date.
func headlineWords(text string) int {
	if !mayShowDate(text) {
		return wordCount(text)
	}
	var b strings.Builder
	at := 0
	for _, f := range dates.FindAllWorld(text) {
		if f.Start >= at {
			b.WriteString(text[at:f.Start])
			b.WriteByte(' ')
			at = f.End
		}
	}
	b.WriteString(text[at:])
	return wordCount(b.String())
}

// mayShowDate reports whether text shows a date with its year. Such a
// date writes three digits or more (the year, perhaps shortened, and the
// day: "3 mars 2021", "03.03.21"); a headline's count ("5 things to
// do") writes fewer, and is not read for dates.
func mayShowDate(text string) bool {
	digits := 0
	for _, r := range text {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	return digits >= 3 && len(dates.FindAllWorld(text)) > 0
}

// proseWordsIn returns the words of n's paragraphs of prose (a <p> of
// proseWords words or more that ends a sentence); own: without the
// articles nested in n, the text of the outer article itself. An inner
// article with more prose than the outer's own is the story's text (a
// CMS's <article class="story"> under a headline and standfirst), not a
// related work: a comment or a teaser is shorter than what it relates to.
func proseWordsIn(n *html.Node, own bool) int {
	words := 0
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || own && c.DataAtom == atom.Article {
				continue
			}
			if c.DataAtom == atom.P {
				if t := visibleText(c); wordCount(t) >= proseWords && paraEndRe.MatchString(t) {
					words += wordCount(t)
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return words
}

// pagePath returns the path href names (otherPage has checked its
// host), without a trailing slash: two links to one page are one teaser.
func pagePath(href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return href
	}
	return strings.TrimSuffix(u.Path, "/")
}

// otherPage reports whether href links to another page of the site whose
// page is at self (nil when unknown): a relative address, or one on
// self's host (without "www."), whose path is not self's. A share
// button's link goes to another host or to the page itself with a query
// ("?share=…"); a fragment ("#comments") or a script stays on the page.
func otherPage(href string, self *url.URL) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.Path == "" && u.Host == "" || u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	if u.Host != "" && (self == nil || strings.TrimPrefix(strings.ToLower(u.Host), "www.") != strings.TrimPrefix(strings.ToLower(self.Host), "www.")) {
		return false
	}
	return self == nil || strings.TrimSuffix(u.Path, "/") != strings.TrimSuffix(self.Path, "/")
}

// absURL returns the absolute address s, or nil.
func absURL(s string) *url.URL {
	if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.Host != "" {
		return u
	}
	return nil
}

// pageAddress returns the page's own address as its head declares it
// (<link rel="canonical">, else og:url), or nil.
func pageAddress(doc *html.Node) *url.URL {
	var canon, og string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Link && canon == "" && strings.EqualFold(attr(n, "rel"), "canonical"):
				canon = attr(n, "href")
			case n.DataAtom == atom.Meta && og == "" && strings.EqualFold(attr(n, "property"), "og:url"):
				og = attr(n, "content")
			case n.DataAtom == atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if u := absURL(canon); u != nil {
		return u
	}
	return absURL(og)
}

// authorMark reports whether n is marked as the article's author: its
// class names the byline or the author, or it holds a link to the author
// (rel="author", HTML Living Standard, "Link types"). A photo's caption
// credits its photographer in words, not as the page's author.
func authorMark(n *html.Node) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.Contains(c, "byline") || strings.Contains(c, "author") {
			return true
		}
	}
	var found bool
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A && slices.Contains(strings.Fields(strings.ToLower(attr(c, "rel"))), "author") {
				found = true
			}
			walk(c)
		}
	}
	walk(n)
	return found
}

// besidePicture reports whether a sibling of n is an <img>, <picture> or
// <video>, or holds one and no words (a link or a frame around the
// picture). A logo, an icon or an avatar is no picture a caption
// describes (markImage).
func besidePicture(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode {
			continue
		}
		if isPicture(c) || holdsPicture(c) && strings.TrimSpace(textOf(c)) == "" {
			return true
		}
	}
	return false
}

// isPicture reports whether n is an <img>, <picture> or <video> that is
// not a mark (markImage).
func isPicture(n *html.Node) bool {
	return (n.DataAtom == atom.Img || n.DataAtom == atom.Picture || n.DataAtom == atom.Video) && !markImage(n)
}

// holdsPicture reports whether n holds an <img>, <picture> or <video>
// that is not a mark.
func holdsPicture(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isPicture(c) || holdsPicture(c)) {
			return true
		}
	}
	return false
}

// markImage reports whether an image is a mark rather than a photo: its
// class or id names a logo, an icon or an avatar (a site's or an agency's
// logo, a clock icon, the author's avatar beside a byline; "site-logo",
// "gravatar"), a word of its file name does ("agency_logo.png"), or its
// alternative text calls it a logo; a <picture> is a mark when its <img>
// is.
// A line beside a mark that a site classes as a caption is its date line,
// not a photo's caption.
func markImage(n *html.Node) bool {
	if n.DataAtom == atom.Picture {
		// A <picture> shows its <img> (HTML Living Standard: the picture
		// element's img child is the image): a logo's <picture> is a mark.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Img && markImage(c) {
				return true
			}
		}
	}
	src := attr(n, "src")
	if i := strings.LastIndexByte(src, '/'); i >= 0 {
		src = src[i+1:]
	}
	words := func(v string) []string {
		return strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return !unicode.IsLetter(r) })
	}
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		for _, w := range words(v) {
			if strings.Contains(w, "logo") || strings.Contains(w, "avatar") || w == "icon" || w == "icons" || w == "favicon" {
				return true
			}
		}
	}
	// A file name and an alternative text are words of a language: a
	// photo of an archaeologist ("arqueologo.jpg", "el arqueólogo …"), of
	// a pop icon or from a film called Avatar names its subject. Only the
	// file name's own word names a mark ("wire_logo.png", "icon-clock.svg"),
	// and an alternative text names a logo as one ("Castelmoor Wire logo").
	for _, w := range words(src) {
		if strings.HasPrefix(w, "logo") || w == "icon" || w == "icons" || w == "favicon" || w == "avatar" {
			return true
		}
	}
	return slices.Contains(words(attr(n, "alt")), "logo")
}

// holds reports whether target is n or lies within it.
func holds(n, target *html.Node) bool {
	for p := target; p != nil; p = p.Parent {
		if p == n {
			return true
		}
	}
	return false
}

// headlineNode returns the first <h1> whose text agrees with one of the
// declared titles and is not the site's name a declared title ends or
// begins with (a logo set in an <h1>), else the first <h1>, else nil.
func headlineNode(doc *html.Node, declared []string) *html.Node {
	var h1s []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			h1s = append(h1s, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return headlineOf(h1s, declared)
}

// headlineOf returns the first of a page's <h1>s that agrees with one of
// the declared titles, or whose text after its kicker does (afterKicker:
// "<h1><span>Topic</span>Headline</h1>" reads "TopicHeadline" whole), and
// is not the site's name (see headlineNode), else the first with text,
// else the first, else nil: a section or place label set in an earlier
// <h1> ("<h1>Bangkok</h1>") is not the headline, nor a logo <h1> that
// holds only a link without text.
func headlineOf(h1s []*html.Node, declared []string) *html.Node {
	for _, n := range h1s {
		if h := strings.Join(strings.Fields(textOf(n)), " "); agreesWithTitle(h, declared) && !namesSite(h, declared) {
			return n
		}
		if rest, _ := afterKicker(n); rest != "" && agreesWithTitle(rest, declared) && !namesSite(rest, declared) {
			return n
		}
	}
	for _, n := range h1s {
		if strings.TrimSpace(textOf(n)) != "" {
			return n
		}
	}
	if len(h1s) > 0 {
		return h1s[0]
	}
	return nil
}

// agreesWithTitle reports whether a heading of two words or more (or of
// six characters or more in a script written without spaces: Chinese,
// Japanese) is part of a declared title or contains one.
func agreesWithTitle(h string, declared []string) bool {
	if wordCount(h) < 2 && !(unspaced(h) && utf8.RuneCountInString(h) >= 6) {
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

// libDate is go-htmldate's date for the page.
type libDate struct {
	date dates.Date
	// fromText reports whether it was read from the page's text rather
	// than a URL or a machine time stamp.
	fromText bool
	// coarse reports whether go-htmldate found no day, only a month or a
	// year (a copyright line, "© 1998-2022"), and gave its first day.
	coarse bool
}

// htmldateFind runs go-htmldate's extensive search for the original
// publication date, on the page without the microdata items of other
// works (others: pageMeta.otherWorks): a comment's datePublished, which
// WordPress themes mark up, was its date for a page that declares none,
// and a teaser's listed before the article came before the article's.
func htmldateFind(doc *html.Node, pageURL string, others []*html.Node) libDate {
	if len(others) > 0 {
		// go-htmldate reads the page without the other works' items:
		// taken out of the tree for the call and put back in place.
		type place struct{ n, parent, next *html.Node }
		var out []place
		for _, n := range others {
			if n.Parent != nil {
				out = append(out, place{n, n.Parent, n.NextSibling})
				n.Parent.RemoveChild(n)
			}
		}
		defer func() {
			for i := len(out) - 1; i >= 0; i-- {
				out[i].parent.InsertBefore(out[i].n, out[i].next)
			}
		}()
	}
	r, err := htmldate.FromDocument(doc, htmldate.Options{URL: htmldateURL(pageURL), UseOriginalDate: true})
	if err != nil || r.IsZero() {
		return libDate{}
	}
	src := strings.TrimSpace(r.SrcString)
	fromText := !strings.Contains(src, "/") && !isoStampRe.MatchString(src)
	d := dates.FromTime(r.DateTime)
	return libDate{d, fromText, coarseDate(src, d)}
}

// coarseDate reports whether go-htmldate's date d, read from src, is the
// first day of a month or year that src names without the day: its
// fallbacks for a page with no full date (a copyright year, "März 2021").
func coarseDate(src string, d dates.Date) bool {
	if d.Day != 1 || urlDate(src) == d {
		return false
	}
	if strings.Contains(src, fmt.Sprintf("%04d-%02d-01", d.Year, d.Month)) || strings.Contains(src, fmt.Sprintf("%04d%02d01", d.Year, d.Month)) {
		return false
	}
	return !shows(dates.FindAllWorld(src), d)
}

var isoStampRe = regexp.MustCompile(`\d{4}-?\d{2}-?\d{2}T?\d`)

// urlDateRe matches a date written as a path in a page's address
// (/2020/02/24/, /2020-02-24-): the publisher's CMS writes the day it
// published the story, in its own time zone. Written with slashes, the
// day is a path segment of its own: an address that gives the year and
// month as folders names its story by a slug, and a number opening the
// slug (/2020/12/31-things-to-do/, /2023/10/3-questions-for-…/) counts
// things, it is no day. Written with hyphens, the date is one token
// (/2020-12-31-things-to-do, the form of Jekyll-like blogs).
var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)(?:/(\d\d?)/(\d\d?)(?:[/?#]|\.html?|$)|-(\d\d?)-(\d\d?)(?:[/_-]|$))`)

// urlPaddedDayRe matches an address whose day, written with a leading
// zero, opens the slug after year and month folders
// (/2021/03/03-lantern-workshop-reopens/): a count opening a slug is
// written without one ("3-questions", never "03-questions"), a day
// padded to two digits is the CMS's date.
var urlPaddedDayRe = regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d)/(0[1-9])[-_]`)

// urlSlugDayRe matches an address that gives a year and a month as
// folders and opens the slug after them with a number
// (/2020/12/31-things-to-do/): go-htmldate reads that number as the day
// (its address pattern takes any separator after the day). The index of
// the slug's start is where htmldateURL cuts the address.
var urlSlugDayRe = regexp.MustCompile(`/(?:19|20)\d\d/\d\d?/(\d\d?[-_A-Za-z])`)

// htmldateURL returns the address go-htmldate is given for page address
// u: u itself, or, when u names a year and month and then a slug that
// opens with a number, u cut before the slug, so that go-htmldate reads
// the page's own dates rather than taking that number as the day (it
// reads the address before anything else, and returns its date at once).
func htmldateURL(u string) string {
	if !urlDate(u).IsZero() {
		return u
	}
	if m := urlSlugDayRe.FindStringSubmatchIndex(u); m != nil {
		return u[:m[2]]
	}
	return u
}

// urlMonthRe matches a date path whose month is an English month's name
// or abbreviation (/2021/mar/03/): content systems that write the month as
// a word in the address, as some British news sites do. The day is a path
// segment of its own: a number opening a slug after the month
// (/2021/sep/11-attacks-remembered, /2020/dec/31-things-to-do) is the
// slug's, not a day.
var urlMonthRe = regexp.MustCompile(`/((?:19|20)\d\d)/([A-Za-z]{3,9})/(\d\d?)(?:[/?#]|$)`)

// urlDate returns the date written in a page's address, or the zero Date.
func urlDate(u string) dates.Date {
	m := urlDateRe.FindStringSubmatch(u)
	mo := 0
	if m != nil {
		if m[2] == "" {
			m = []string{m[0], m[1], m[4], m[5]} // the hyphen form
		}
		mo, _ = strconv.Atoi(m[2])
	} else if m = urlPaddedDayRe.FindStringSubmatch(u); m != nil {
		mo, _ = strconv.Atoi(m[2])
	} else if m = urlMonthRe.FindStringSubmatch(u); m != nil {
		mo = dates.MonthNumber(m[2])
	} else {
		return dates.Date{}
	}
	y, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[3])
	if !dates.Valid(y, mo, d) {
		return dates.Date{}
	}
	return dates.Date{Year: y, Month: mo, Day: d}
}

// pubChoice is a publication date with how sure it is and where it came from.
type pubChoice struct {
	date dates.Date
	conf float64
	from string
}

// pubCandidates are the publication dates a page offers, each from its
// own source.
type pubCandidates struct {
	meta  pageMeta   // the page's metadata (and its first <time>)
	shown shownDates // dates shown beside the headline
	lib   libDate    // go-htmldate's extensive search
	url   dates.Date // the date in the page's address
	// labelled is the one date the page labels as its publication
	// anywhere in its visible text (see labelledPub), or the zero Date.
	labelled dates.Date
	// lead is the date that opens one of the first paragraphs of the
	// article text as its dateline (see leadDate), or the zero Date.
	lead dates.Date
	// original are the dates the page's text gives its original
	// publication ("originally published in September 2018"; originalPub).
	original []origDate
	// fetched is when the page was read (HTMLOptions.Fetched), or the
	// zero time.
	fetched time.Time
	// country is the site's country by its address (siteCountry), or "".
	country string
}

// choosePublished picks the publication date among the candidates by the
// reliability of their source: the one date the page labels as its
// publication, then the page's metadata, then the date shown beside the
// headline, then go-htmldate, then the page's first <time>. A source
// yields only to others that agree with each other (see metaDate and
// shownDate). The order of the labelled date and the metadata was measured
// on the tune halves of html-dev and of the outside kit (outsidegen): the
// labelled date was the gold date on all 56 tune pages that had one,
// the metadata where both disagreed was not. go-htmldate's date for a page
// where it found no day (coarse: a copyright year, "© 1998-2022", or a
// month) comes after every other source and, alone, is too weak to bound
// when the article was written (the 4 such dates on the tune halves of
// html-dev and the outside kit were all wrong).
func choosePublished(c pubCandidates) pubChoice {
	if !c.lib.coarse {
		return chooseDay(c)
	}
	lib := c.lib
	c.lib = libDate{}
	if pc := chooseDay(c); !pc.date.IsZero() {
		return pc
	}
	return pubChoice{lib.date, dates.ConfCoarse, "htmldate"}
}

// chooseDay is choosePublished for candidates whose go-htmldate date, if
// any, names its day.
func chooseDay(c pubCandidates) pubChoice {
	if l := c.labelled; !l.IsZero() {
		return pubChoice{l, dates.ConfByline, "label"}
	}
	if !c.meta.published.IsZero() && !(c.meta.publishedRank >= 3 && bareDateContradicted(c)) {
		return pubChoice{metaDate(c), dates.ConfMetadata, "metadata"}
	}
	if d, ok := shownDate(c); ok {
		if d == c.lib.date && d != firstShown(c) {
			return pubChoice{d, dates.ConfHTMLDate, "htmldate"}
		}
		return pubChoice{d, dates.ConfShown, "page"}
	}
	if !c.lead.IsZero() {
		// The article's own dateline, where the page shows no date
		// beside its headline: go-htmldate reads dates anywhere (a
		// site's "today", a comment's stamp).
		return pubChoice{c.lead, dates.ConfShown, "page"}
	}
	if d := c.shown.readDay(c.fetched); !d.IsZero() && (c.url.IsZero() || c.lib.date != c.url) {
		// The byline's "3 hours ago" or "June 24" read against the time
		// the page was read; a date in the address that go-htmldate read
		// there is the publisher's own and wins.
		return pubChoice{d, dates.ConfShown, "page"}
	}
	// go-htmldate weighs <time> elements by their markup and place; the
	// first <time> of the page (it may be a site header's) comes after it.
	if !c.lib.date.IsZero() {
		if d := nearYearless(c.shown.yearless, c.lib.date); !d.IsZero() {
			return pubChoice{d, dates.ConfShown, "page"}
		}
		if v := c.meta.visible; c.lib.date == c.meta.modified && !v.IsZero() && v.Time().Before(c.lib.date.Time()) {
			// go-htmldate took the date of the latest version that the
			// metadata declares; the page's first <time> is earlier.
			return pubChoice{v, dates.ConfFirstTime, "page"}
		}
		return pubChoice{c.lib.date, dates.ConfHTMLDate, "htmldate"}
	}
	if !c.meta.visible.IsZero() {
		return pubChoice{c.meta.visible, dates.ConfFirstTime, "page"}
	}
	if all := c.shown.all(); len(all) > 0 {
		return pubChoice{all[0].Date, dates.ConfShown / 2, "page"}
	}
	return pubChoice{}
}

// bareDateContradicted reports whether a page's shown dates contradict a
// metadata date whose name does not say publication ("date", "dc.date":
// content systems may fill it with the page's last change): the page
// shows dates beside its headline, none of them that date, and the first
// one is earlier (the original publication, before the last change).
func bareDateContradicted(c pubCandidates) bool {
	f := firstShown(c)
	return !f.IsZero() && !shows(c.shown.all(), c.meta.published) && f.Time().Before(c.meta.published.Time())
}

// firstShown returns the first date shown beside the headline that is
// not ambiguous, or the reading of an ambiguous one that go-htmldate
// agrees with; else the zero Date. A date labelled as an update
// ("Updated March 5, 2021 · Originally published March 3, 2021") dates
// the latest version: an earlier date the byline shows without that
// label comes first.
func firstShown(c pubCandidates) dates.Date {
	hd := c.lib.date
	for _, f := range c.shown.all() {
		d := f.Date
		if f.Ambiguous() {
			if f.Alt != hd && f.Date != hd {
				continue
			}
			d = hd
		}
		if slices.Contains(c.shown.updates, d) {
			if e := earlierUnlabelled(c.shown, d); !e.IsZero() {
				return e
			}
		}
		return d
	}
	return dates.Date{}
}

// earlierUnlabelled returns the first unambiguous date of the byline zone
// that is not labelled as an update, is earlier than d and is not
// written inside a sentence (the lead's or a short standfirst's "closed
// on January 4, 2021", the day of an event the article reports: a time
// adjunct of its clause, Quirk et al. 1985, ch. 8), or the zero Date.
// A byline's first publication stands in a label or a line of its own
// ("Originally published March 3, 2021").
func earlierUnlabelled(s shownDates, d dates.Date) dates.Date {
	for _, f := range s.after {
		if !f.Ambiguous() && !slices.Contains(s.updates, f.Date) && !foundIn(s.sentences, f) && f.Date.Time().Before(d.Time()) {
			return f.Date
		}
	}
	return dates.Date{}
}

// shownDate returns the date shown beside the headline of a page without
// metadata, unless go-htmldate's date has more support. A date in the
// page's address that go-htmldate read there is the publisher's own
// dating and wins; otherwise every source votes for its date (the first
// shown date, go-htmldate, the other unambiguous shown dates but those
// labelled as an update, the first <time>, the address) and go-htmldate's
// date replaces the shown one only with more votes.
func shownDate(c pubCandidates) (dates.Date, bool) {
	hd := c.lib.date
	if !c.url.IsZero() && hd == c.url {
		return hd, true
	}
	first := firstShown(c)
	if first.IsZero() {
		return first, false
	}
	if hd.IsZero() || hd == first {
		return first, true
	}
	votes := map[dates.Date]int{first: 1}
	votes[hd]++
	for _, f := range c.shown.all() {
		if f.Date != first && !f.Ambiguous() && !slices.Contains(c.shown.updates, f.Date) {
			votes[f.Date]++
		}
	}
	if !c.meta.visible.IsZero() {
		votes[c.meta.visible]++
	}
	if !c.url.IsZero() {
		votes[c.url]++
	}
	best := 0
	for _, v := range votes {
		best = max(best, v)
	}
	if votes[hd] == best && (votes[first] < best || hd.Time().Sub(first.Time()) > yearSpan) {
		return hd, true
	}
	return first, true
}

// yearSpan is a year: a date shown beside the headline more than a year
// before go-htmldate's date, with no more support than it, is the date of
// the page's subject (a birth, a book, an event) rather than the page's.
const yearSpan = 366 * 24 * time.Hour

// metaDate returns the metadata's publication date, unless the page
// contradicts it. When the page shows the metadata's date nowhere beside
// the headline, the byline and go-htmldate agreeing on another date
// overrule it (the metadata of a republished or moved page), and so does a
// byline date labelled as the publication or the update ("Updated May 6,
// 2019"): the date of the version the reader sees; but not when the
// page's text states its original publication on the metadata's day or
// in its month ("originally published in September 2018": statesOriginal),
// which makes the shown date that of a later version. A date one
// day off shown beside the headline (the byline first) replaces it when
// the metadata's time stamp allows: a time stamp in UTC is another day
// somewhere between UTC-12 and UTC+14, so it moves back only before 12:00
// and forward only from 10:00; a local or date-only stamp may move either
// way (the shown day of the latest version). With no date shown,
// go-htmldate's date read from the page's text moves it by one day too.
// Else a time stamp in UTC is read in the zone of the page's own time
// stamps (localDay), when the page writes one, else in the zones of the
// site's country (countryDay).
func metaDate(c pubCandidates) dates.Date {
	d, hd := c.meta.published, c.lib.date
	if !ownOffset(c.meta.offset) && eastMidnight(c.meta.publishedRaw) {
		// With an offset of its own the page's zone reads the stamp
		// (localDay below): a midnight east of UTC is the next day there
		// already, an evening west of UTC its own day.
		d = dates.FromTime(d.Time().AddDate(0, 0, 1))
	}
	if !shows(c.shown.all(), d) && !statesOriginal(c.original, c.meta.published, d) {
		if !hd.IsZero() && hd != d && shows(c.shown.after, hd) {
			return hd
		}
		if l := c.shown.labelled; !l.IsZero() && !oneDayOff(l, d) {
			return l // the page shows only the date of this version
		}
		if m := c.meta.modified; !m.IsZero() && m != d && shows(c.shown.after, m) {
			return m // the byline shows the metadata's date of this version
		}
	}
	for i, zone := range c.shown.zones() {
		if shows(zone, d) {
			return d
		}
		if i > 0 && !stampHasClock(c.meta.publishedRaw) {
			break
		}
		for _, f := range zone {
			prose := i == 0 && c.shown.inProse(f)
			for _, s := range []dates.Date{f.Date, f.Alt} {
				if prose && !leadDayOfStamp(c, d, s) {
					continue // the day of an event the lead reports
				}
				if oneDayOff(d, s) && zoneShift(c.meta.publishedRaw, d, s) {
					return s
				}
			}
		}
	}
	if len(c.shown.all()) == 0 && c.lib.fromText && oneDayOff(d, hd) {
		return hd
	}
	if u := c.url; oneDayOff(d, u) && utcStampRe.MatchString(strings.TrimSpace(c.meta.publishedRaw)) && zoneShift(c.meta.publishedRaw, d, u) && zoneMakes(c, d, u) {
		// The date in the page's address is the publisher's own, written
		// by its content system in its own zone: a UTC stamp one day off
		// it, at an hour some zone makes that day, is that day there.
		return u
	}
	if c.meta.offset == noOffset && d == c.meta.published {
		// No stamp of the page's own gives its zone: the zones of the
		// site's country do, when they agree on the day.
		return countryDay(c.meta.publishedRaw, d, c.country)
	}
	return localDay(c.meta.publishedRaw, d, c.meta.offset)
}

// leadDayOfStamp reports whether a date in the lead's prose (s), one day
// off the metadata stamp read as day d, may be the publisher's own day of
// that stamp: the stamp is written in UTC and the publisher's zone, where
// the page tells it, makes it day s (zoneMakes). A same-day report of an
// evening in the Americas is stamped the next day in UTC ("voted on March
// 3" stamped 01:30 UTC on March 4). A stamp in the publisher's own zone
// already gives its day; a lead's date off it is the event's.
func leadDayOfStamp(c pubCandidates, d, s dates.Date) bool {
	return oneDayOff(d, s) && utcStampRe.MatchString(strings.TrimSpace(c.meta.publishedRaw)) && zoneMakes(c, d, s)
}

// zoneMakes reports whether the publisher's zone, where the page tells it,
// makes the UTC metadata stamp (read as day d) day u: the offset the
// page's other stamps write (localDay), else one of the zones of the
// site's country (countryZones). A page that tells neither may be in any
// zone. Where it tells its zone and the stamp is its own day there, the
// address's day is another version's (the day a draft was begun, or the
// story first filed).
func zoneMakes(c pubCandidates, d, u dates.Date) bool {
	raw := c.meta.publishedRaw
	if ownOffset(c.meta.offset) {
		return localDay(raw, d, c.meta.offset) == u
	}
	t, ok := utcInstant(raw, d)
	zones := countryZones(c.country)
	if !ok || len(zones) == 0 {
		return true
	}
	for _, z := range zones {
		if dates.FromTime(t.In(z)) == u {
			return true
		}
	}
	return false
}

// noOffset marks a page that writes no UTC offset of its own.
const noOffset = -1 << 20

// ownOffset reports whether offset (pageOffset) is a zone other than UTC
// that the page writes its time stamps in.
func ownOffset(offset int) bool { return offset != noOffset && offset != 0 }

// reStampOffset is a time stamp written with a UTC offset
// ("2020-05-01T22:54:00-04:00", "Fri, 01 May 2020 23:00:00 -0400"), its
// clock after a "T" or with its seconds (not a range, "11:00-11:30").
var reStampOffset = regexp.MustCompile(`(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?|\d\d:\d\d:\d\d(?:\.\d+)?)\s?([+-])(\d\d):?(\d\d)\b`)

// pageOffset returns the UTC offset, in minutes, that most of a page's
// time stamps with a non-zero offset write (a site's schedules, feeds and
// other stamps are in the publisher's own zone), or noOffset when none
// does or two offsets tie.
func pageOffset(page []byte) int {
	count := map[int]int{}
	for _, m := range reStampOffset.FindAllSubmatch(page, 200) {
		h, _ := strconv.Atoi(string(m[2]))
		mi, _ := strconv.Atoi(string(m[3]))
		off := h*60 + mi
		if off == 0 || h > 14 || mi >= 60 {
			continue
		}
		if m[1][0] == '-' {
			off = -off
		}
		count[off]++
	}
	best, n, tie := noOffset, 0, false
	for off, k := range count {
		switch {
		case k > n:
			best, n, tie = off, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return noOffset
	}
	return best
}

// reUTCClock reads the hour and minute of a time stamp written in UTC.
var reUTCClock = regexp.MustCompile(`(?:T|\s)(\d\d?):(\d\d)(?::\d\d?(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$`)

// localDay returns the day of a metadata time stamp written in UTC (raw,
// read as day d) in the publisher's zone, as the page's other time stamps
// write it (offset, minutes): a story a New York site publishes at 10:54
// p.m. is stamped 02:54 UTC the next day. d itself for a stamp not in UTC
// or a page without an offset of its own.
func localDay(raw string, d dates.Date, offset int) dates.Date {
	m := reUTCClock.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil || offset == noOffset {
		return d
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	t := d.Time().Add(time.Duration(h*60+mi+offset) * time.Minute)
	return dates.FromTime(t)
}

// shows reports whether one of the dates (either reading) is d.
func shows(fs []dates.Found, d dates.Date) bool {
	for _, f := range fs {
		if f.Date == d || f.Alt == d {
			return true
		}
	}
	return false
}

// utcStampRe reads the hour of a time stamp written in UTC
// ("2020-02-25T02:25:54Z", "…+00:00", "Wed, 04 May 2022 00:25:56 GMT").
var utcStampRe = regexp.MustCompile(`(?:T|\s)(\d\d?):\d\d(?::\d\d?(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$`)

// eastMidnightRe matches a UTC time stamp at 21:00, 22:00 or 23:00 sharp:
// the midnight that begins the next day between UTC+1 and UTC+3 (Europe,
// Moscow), a date stored without its time and written out in UTC
// ("2022-11-06T23:00:00.000Z" is 7 November in Berlin).
var eastMidnightRe = regexp.MustCompile(`T2[123]:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$`)

// eastMidnight reports whether a metadata time stamp is the UTC writing of
// a local midnight east of UTC (see eastMidnightRe). It is asked only of
// pages that write no UTC offset of their own: where they do, localDay
// reads the stamp in that zone.
func eastMidnight(raw string) bool { return eastMidnightRe.MatchString(strings.TrimSpace(raw)) }

// zoneShift reports whether a metadata time stamp raw, read as day d, can
// be day s in the publisher's time zone: always unless raw is a UTC time
// stamp, which is the day before only for an hour before 12 (UTC-12) and
// the day after only from 10 (UTC+14).
func zoneShift(raw string, d, s dates.Date) bool {
	m := utcStampRe.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil {
		return true
	}
	h, _ := strconv.Atoi(m[1])
	if s.Time().Before(d.Time()) {
		return h < 12
	}
	return h >= 10
}

func oneDayOff(a, b dates.Date) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	h := a.Time().Sub(b.Time()).Hours()
	return h == 24 || h == -24
}

// stampHasClock reports whether a metadata time stamp carries a time of day.
func stampHasClock(raw string) bool { return clockRe.MatchString(raw) }

var clockRe = regexp.MustCompile(`\d:\d\d`)

// yearlessReach is how far into the byline zone a date without its year
// is read: just after the headline, where a byline's time stamp stands.
const yearlessReach = 120

// nearYearless returns the first day shown without its year beside the
// headline, in the year that puts it nearest go-htmldate's date, when it
// lies within a month of it (a page that shows "June 24" with go-htmldate
// reading June 19 from elsewhere shows its own day); else the zero Date.
func nearYearless(mds []dates.MonthDay, lib dates.Date) dates.Date {
	if len(mds) == 0 {
		return dates.Date{}
	}
	var best dates.Date
	bestGap := time.Duration(-1)
	for y := lib.Year - 1; y <= lib.Year+1; y++ {
		d := mds[0].In(y)
		if d.IsZero() {
			continue
		}
		gap := d.Time().Sub(lib.Time())
		if gap < 0 {
			gap = -gap
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = d, gap
		}
	}
	if bestGap < 0 || bestGap > 31*24*time.Hour {
		return dates.Date{}
	}
	return best
}

// unspaced reports whether s opens with a letter of a script written
// without spaces between words (Han, Hiragana, Katakana).
func unspaced(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// pubLabelRe matches, like bylineLabelRe, the label of a publication date
// just before it, without the labels of an update: "Published on",
// "Posted", "Veröffentlicht am", "Erschienen am", "Publié le", "Publicado
// el", "Pubblicato il".
var pubLabelRe = regexp.MustCompile(`^(?i:` + pubLabelWords + `)` + labelTail)

// pubLabelWordRe finds the words of pubLabelRe written as a label is:
// capitalised or in capitals ("Published", "PUBLISHED", "Mis en ligne"),
// not in prose's lower case.
var pubLabelWordRe = regexp.MustCompile(`\b(?:` + labelCases(pubLabelWords) + `)`)

// labelCases is the alternatives of words (a regexp alternation of lower-
// case words) each written capitalised and in capitals, in their order:
// "published|mis en ligne" gives "Published|PUBLISHED|Mis en ligne|MIS EN
// LIGNE".
func labelCases(words string) string {
	var out []string
	for _, w := range strings.Split(words, "|") {
		r, n := utf8.DecodeRuneInString(w)
		out = append(out, string(unicode.ToUpper(r))+w[n:], strings.ToUpper(w))
	}
	return strings.Join(out, "|")
}

// pageTextLimit bounds the visible text read for a labelled publication
// date.
const pageTextLimit = 200_000

// labelledPub returns the publication date the page's visible text gives
// after a publication label anywhere on the page ("Veröffentlicht am
// 02.11.2021" in a side box, "Posted on March 3, 2019" below the text),
// when the page labels exactly one such date; else the zero Date. A page
// listing several (teasers, comments each "posted" on its day) says
// nothing of its own date this way.
func labelledPub(text string, order int) dates.Date {
	var got dates.Date
	for _, loc := range pubLabelWordRe.FindAllStringIndex(text, -1) {
		// Only the text just after a label is read for its date: reading
		// the whole page's dates costs several times more.
		win := text[loc[0]:min(len(text), loc[1]+labelReach)]
		for _, f := range inOrder(dates.FindAllWorld(win), order) {
			if f.Ambiguous() && f.Slash {
				continue
			}
			if !pubLabelRe.MatchString(win[:f.Start]) {
				continue
			}
			if !got.IsZero() && got != f.Date {
				return dates.Date{}
			}
			got = f.Date
			break
		}
	}
	return got
}

// hiddenElement reports whether n is an element whose text a reader does
// not see (scripts, styles, the head, noscript and template contents).
func hiddenElement(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Head, atom.Noscript, atom.Template:
		return true
	}
	return false
}

// writeWords appends the words of a text node to b, each followed by one
// space; other nodes add nothing.
func writeWords(b *strings.Builder, n *html.Node) {
	if n.Type != html.TextNode {
		return
	}
	for _, w := range strings.Fields(n.Data) {
		b.WriteString(w)
		b.WriteByte(' ')
	}
}

// labelReach is how far after a publication label its date is read.
const labelReach = 60

// visibleText returns the page's visible text, its words separated by
// single spaces, up to pageTextLimit bytes.
func visibleText(doc *html.Node) string { return visibleTextBut(doc, nil) }

// visibleTextBut is visibleText without the text of the elements skip:
// the sidebars, comment sections and items that date other works
// (pageMeta.otherWorks), whose "Posted on" and "Published" label their
// own posts' dates, not the page's.
func visibleTextBut(doc *html.Node, skip []*html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() > pageTextLimit {
			return
		}
		if hiddenElement(n) || slices.Contains(skip, n) {
			return
		}
		writeWords(&b, n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// leadParas is how many of the article text's first paragraphs (its title
// among them) are read for a dateline.
const leadParas = 4

// leadSepRe matches what follows the date of a dateline that opens a
// paragraph: perhaps a clock time, then a full stop, colon, bar or dash
// before the paragraph's first word ("29.11.2022 – Die …", "3. März 2021.
// Der …", "May 4, 2020, 10:15 — The …").
var leadSepRe = regexp.MustCompile(`^,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|Uhr|h)?\s*)?[.:|–—-]\s+\p{L}`)

// leadWords is the fewest words a paragraph opened by a dateline has: a
// list of dated items ("04.05.2021: Konzert") is no article's lead.
const leadWords = 10

// leadDate returns the date that opens one of the first paragraphs of an
// article's extracted text as its dateline ("29.11.2022 – Mehrfach hatte
// …"), the date the outlet gives its article where the page shows none
// beside the headline; else the zero Date. A slashed date that reads both
// ways is not read.
func leadDate(text string) dates.Date {
	n := 0
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if n++; n > leadParas {
			break
		}
		fs := dates.FindAllWorld(p[:min(len(p), 80)])
		if len(fs) == 0 || fs[0].Start != 0 || fs[0].Ambiguous() && fs[0].Slash {
			continue
		}
		if leadSepRe.MatchString(p[fs[0].End:]) && wordCount(p) >= leadWords {
			return fs[0].Date
		}
	}
	return dates.Date{}
}

// slashOrder returns the order in which a page's language writes a date
// with slashes, by its <html lang> (BCP 47): 1 month first, -1 day first,
// 0 unknown. CLDR's short date patterns: English is month first in the
// United States and its territories (the "en" locale itself), day first in
// the rest of the English-speaking world (en_001: "dd/MM/y"); the
// languages of Europe, Latin America, Africa and South Asia are day first;
// Chinese, Japanese, Korean, Hungarian, Lithuanian, Swedish and Persian are
// year first, and Canada writes either, so they say nothing here.
func slashOrder(lang string) int {
	tags := strings.FieldsFunc(strings.ToLower(lang), func(r rune) bool { return r == '-' || r == '_' })
	if len(tags) == 0 {
		return 0
	}
	region := ""
	for _, t := range tags[1:] {
		if len(t) == 2 {
			region = t
		}
	}
	switch tags[0] {
	case "en":
		switch region {
		case "", "us", "as", "gu", "mp", "pr", "um", "vi", "mh", "ph":
			return 1
		case "ca":
			return 0
		}
		return -1
	case "zh", "ja", "ko", "hu", "lt", "sv", "fa", "mn", "eu", "":
		return 0
	}
	if len(tags[0]) < 2 || len(tags[0]) > 3 {
		return 0
	}
	return -1
}

// pageOrder is slashOrder for a page's <html lang> whose tag names no
// region: the country of the site's address (siteCountry) is its region
// ("en" on a ".co.uk" site is en-GB, day first), as a locale's region
// completes its language (BCP 47 §2.2.4; CLDR likely subtags). A tag with
// its own region keeps it; no tag, or no country, leaves slashOrder as it
// is. Sites abroad keep an English tag their template came with ("en" on
// a ".de" news site), and write their dates day first as their country
// does.
func pageOrder(lang, country string) int {
	tags := strings.FieldsFunc(lang, func(r rune) bool { return r == '-' || r == '_' })
	if len(tags) == 0 || country == "" {
		return slashOrder(lang)
	}
	for _, t := range tags[1:] {
		if len(t) == 2 || len(t) == 3 && t[0] >= '0' && t[0] <= '9' {
			return slashOrder(lang) // a region of its own ("en-GB", "es-419")
		}
	}
	return slashOrder(lang + "-" + country)
}

// inOrder reads the dates written with slashes that read both ways
// ("03/04/2021") in the order of the page's language (slashOrder: 1 month
// first, -1 day first); with order 0 they stay ambiguous.
func inOrder(fs []dates.Found, order int) []dates.Found {
	for i, f := range fs {
		if !f.Ambiguous() || !f.Slash || order == 0 {
			continue
		}
		if order > 0 {
			fs[i].Date = f.Alt
		}
		fs[i].Alt = dates.Date{}
	}
	return fs
}

// htmlLang returns the lang attribute of a page's <html> element.
func htmlLang(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			return strings.TrimSpace(attr(n, "lang"))
		}
	}
	return ""
}

// originalRe matches a statement of a page's original publication, the
// note a site adds to an article it has updated and put out again ("This
// guide was originally published in September 2018", "Publié pour la
// première fois en février 2016, ce reportage …"):
// the adverbs of English, French, German, Spanish, Portuguese and Italian
// that say first or originally beside the verb of publishing.
var originalRe = regexp.MustCompile(`(?i)\b(?:(?:originally|initially|first) (?:published|posted|appeared)|published originally|initialement publié|publié initialement|publié pour la première fois|ursprünglich (?:veröffentlicht|erschienen)|erstmals (?:veröffentlicht|erschienen)|zuerst erschienen|publicad[oa] originalmente|originalmente publicad[oa]|publicad[oa] (?:por primera vez|inicialmente)|pubblicato originariamente|originariamente pubblicato|pubblicato per la prima volta)`)

// originalDeRe matches German's statement of an original publication
// with its date in the middle field, before the verb that ends the clause
// ("ursprünglich am 7. Oktober 2020 erschienen", "erstmals im Mai 2019
// veröffentlicht"); the date is its group.
var originalDeRe = regexp.MustCompile(`(?i)\b(?:ursprünglich|erstmals|zuerst)\s+(?:am|im)\s+(.{4,30}?)\s+(?:erschienen|veröffentlicht)\b`)

// monthYearRe matches a month named with its year and without a day
// ("March 2014", "mars 2014", "marzo de 2014").
var monthYearRe = regexp.MustCompile(`(\p{L}{3,12})\.?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b`)

// origDate is a date a page gives its original publication; month when
// only its month and year are named (the day is then 1).
type origDate struct {
	date  dates.Date
	month bool
}

// originalPub returns the dates a page's visible text gives after a
// statement of its original publication (originalRe, originalDeRe), a
// full date or a month with its year, within labelReach bytes.
func originalPub(text string, order int) []origDate {
	var wins []string
	for _, loc := range originalRe.FindAllStringIndex(text, 20) {
		wins = append(wins, text[loc[1]:min(len(text), loc[1]+labelReach)])
	}
	for _, m := range originalDeRe.FindAllStringSubmatch(text, 20) {
		wins = append(wins, m[1])
	}
	var out []origDate
	for _, win := range wins {
		if fs := inOrder(dates.FindAllWorld(win), order); len(fs) > 0 && !fs[0].Ambiguous() {
			out = append(out, origDate{fs[0].Date, false})
			continue
		}
		for _, m := range monthYearRe.FindAllStringSubmatch(win, -1) {
			if mo := dates.WorldMonth(m[1]); mo > 0 {
				y, _ := strconv.Atoi(m[2])
				out = append(out, origDate{dates.Date{Year: y, Month: mo, Day: 1}, true})
				break
			}
		}
	}
	return out
}

// statesOriginal reports whether the page's statement of its original
// publication names the metadata's publication date (read as published or,
// moved to the publisher's zone, as d): its day, or its month when the
// statement names no day.
func statesOriginal(orig []origDate, published, d dates.Date) bool {
	for _, o := range orig {
		for _, p := range []dates.Date{published, d} {
			if o.date == p || o.month && o.date.Year == p.Year && o.date.Month == p.Month {
				return true
			}
		}
	}
	return false
}
