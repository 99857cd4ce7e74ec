package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/corroborate/corroborate/internal/dates"
)

func parseDoc(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestHeaderDates(t *testing.T) {
	tests := []struct {
		name, page string
		want       string // first header date, "" for none
	}{
		{"byline under the headline",
			`<html><body><h1>Site</h1><div>Today: 9 March 2024</div><h1>Ferry service resumes after storm</h1><p>By A. Writer · 7 March 2024</p></body></html>`, "2024-03-07"},
		{"Spanish date line",
			`<html><body><h1>Ferry service resumes after storm</h1><span>05 de mayo de 2022</span><p>Lorem.</p><p>Teaser 06 may 2022</p></body></html>`, "2022-05-05"},
		{"month first with another language's month name",
			`<html><body><h1>Ferry service resumes after storm</h1><p>Por A. Writer - mayo 11, 2022</p></body></html>`, "2022-05-11"},
		{"dotted short year",
			`<html><body><h1>Ferry service resumes after storm</h1><p>Von: A. Writer | 31.10.23</p></body></html>`, "2023-10-31"},
		{"a today header above the headline is not read",
			`<html><body><p>Sunday, January 19, 2020</p><h1>Ferry service resumes after storm</h1><p>Text.</p></body></html>`, ""},
		{"no headline", `<html><body><p>7 March 2024</p></body></html>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := headerDates(parseDoc(t, tt.page), "Ferry service resumes after storm | The Ledger").all()
			s := ""
			if len(got) > 0 {
				s = got[0].Date.String()
			}
			if s != tt.want {
				t.Errorf("headerDates = %q, want %q", s, tt.want)
			}
		})
	}
}

func TestBylineLabel(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<h1>Ferry service resumes after storm</h1><p>By A. Writer Updated May 06, 2019</p>`, "2019-05-06"},
		{`<h1>Ferry service resumes after storm</h1><p>By A. Writer, Ledger Updated 1815 GMT (0215 HKT) March 14, 2021</p>`, "2021-03-14"},
		{`<h1>Ferry service resumes after storm</h1><p>A. Writer Aktualisiert: 11.04.2020, 10:27</p>`, "2020-04-11"},
		{`<h1>Ferry service resumes after storm</h1><p>Redaktion Stand: 28.04.2020 18:00 Uhr</p>`, "2020-04-28"},
		{`<h1>Ferry service resumes after storm</h1><p>A. Writer Gepubliceerd op 3 mei 2020</p>`, "2020-05-03"},
		{`<h1>Ferry service resumes after storm</h1><p>A. Writer Päivitetty 19.2.2020 16:20</p>`, "2020-02-19"},
		{`<h1>Ferry service resumes after storm</h1><p>Zum Stand der Dinge am 28.04.2020</p>`, ""},
		{`<h1>Ferry service resumes after storm</h1><p>A. Writer | 19 February 2020</p>`, ""},
		{`<h1>Ferry service resumes after storm</h1><p>Updated 03/05/2022</p>`, ""}, // either order
	}
	for _, tt := range tests {
		s := headerDates(parseDoc(t, "<html><body>"+tt.page+"</body></html>"), "Ferry service resumes after storm")
		got := ""
		if !s.labelled.IsZero() {
			got = s.labelled.String()
		}
		if got != tt.want {
			t.Errorf("labelled date of %q = %q, want %q", tt.page, got, tt.want)
		}
	}
}

// TestHeadlineAfterKicker checks that the byline zone follows the
// headline set after its kicker, not an earlier logo <h1> without text
// followed by the site's "today".
func TestHeadlineAfterKicker(t *testing.T) {
	page := `<html><body><h1><a href="/" class="logo"></a></h1><span>Tuesday, 14.09.2021</span>
<h1><span class="overline">Transport</span>"We reopen the bridge on Monday"</h1><p>Interview of 03.06.2018</p></body></html>`
	s := headerDates(parseDoc(t, page), `Transport - "We reopen the bridge on Monday"`)
	if got := s.after; len(got) != 1 || got[0].Date.String() != "2018-06-03" {
		t.Errorf("byline dates %v, want 2018-06-03 only", got)
	}
}

func TestChoosePublished(t *testing.T) {
	d := func(s string) dates.Date {
		f := dates.FindAll(s)
		if len(f) == 0 {
			return dates.Date{}
		}
		return f[0].Date
	}
	after := func(s string) shownDates { return shownDates{after: dates.FindAllWorld(s)} }
	meta := func(day, raw string) pageMeta { return pageMeta{published: d(day), publishedRaw: raw} }
	lib := func(s string, text bool) libDate { return libDate{date: d(s), fromText: text} }
	tests := []struct {
		name string
		c    pubCandidates
		want string
		from string
	}{
		{"metadata alone", pubCandidates{meta: meta("2022-05-04", "2022-05-04")}, "2022-05-04", "metadata"},
		{"metadata in UTC, the page shows the local day before",
			pubCandidates{meta: meta("2022-05-04", "2022-05-04T02:41:00Z"), shown: after("3/5/2022 22:41")}, "2022-05-03", "metadata"},
		{"a UTC afternoon is the same day everywhere west of UTC+14: the day before shown is another date",
			pubCandidates{meta: meta("2020-04-24", "2020-04-24T16:06:21Z"), shown: after("Thursday, April 23, 2020")}, "2020-04-24", "metadata"},
		{"a UTC late evening can be the next day in the east",
			pubCandidates{meta: meta("2021-11-04", "2021-11-04T23:00Z"), shown: after("5 November 2021")}, "2021-11-05", "metadata"},
		{"a UTC stamp at 23:00 sharp is the next day's midnight in Central Europe",
			pubCandidates{meta: meta("2022-11-06", "2022-11-06T23:00:00.000Z")}, "2022-11-07", "metadata"},
		{"a UTC stamp at 23:00 with its minutes is that day",
			pubCandidates{meta: meta("2022-11-06", "2022-11-06T23:17:00Z")}, "2022-11-06", "metadata"},
		{"a local stamp at 23:00 is that day",
			pubCandidates{meta: meta("2022-11-06", "2022-11-06T23:00:00+01:00")}, "2022-11-06", "metadata"},
		{"a UTC morning is not the next day anywhere",
			pubCandidates{meta: meta("2021-11-04", "2021-11-04T07:00:00+00:00"), shown: after("5 November 2021")}, "2021-11-04", "metadata"},
		{"a local time stamp yields to the shown day of the latest version",
			pubCandidates{meta: meta("2023-11-06", "2023-11-06T18:19+01:00"), shown: after("07.11.2023")}, "2023-11-07", "metadata"},
		{"the page shows the metadata day among others",
			pubCandidates{meta: meta("2022-05-04", ""), shown: after("4 May 2022, updated 5 May 2022")}, "2022-05-04", "metadata"},
		{"the byline's day before wins over a date above the headline",
			pubCandidates{meta: meta("2023-11-09", "2023-11-09T03:28:35Z"), shown: shownDates{after: dates.FindAllWorld("Nov. 8, 2023"), before: dates.FindAllWorld("Nov. 9, 2023")}},
			"2023-11-08", "metadata"},
		{"a shown date a week off is another date",
			pubCandidates{meta: meta("2021-03-08", ""), shown: after("March 14, 2021")}, "2021-03-08", "metadata"},
		{"byline and go-htmldate agree against the metadata",
			pubCandidates{meta: meta("2020-10-13", "2020-10-13T14:12:55+01:00"), shown: after("9. Januar 2021"), lib: lib("2021-01-09", false)}, "2021-01-09", "metadata"},
		{"a byline labelled as the update replaces metadata the page does not show",
			pubCandidates{meta: meta("2015-07-22", "2015-07-22T20:41:17.000Z"), shown: shownDates{after: dates.FindAllWorld("Updated March 04, 2018"), labelled: d("2018-03-04")}, lib: lib("2015-07-22", false)},
			"2018-03-04", "metadata"},
		{"an unlabelled later byline date does not",
			pubCandidates{meta: meta("2018-03-07", "2018-03-07T17:21:04+02:00"), shown: after("23 January 2021"), lib: lib("2018-03-07", false)},
			"2018-03-07", "metadata"},
		{"a byline showing the metadata's date of the latest version replaces a publication date it does not show",
			pubCandidates{meta: pageMeta{published: d("2021-03-02"), modified: d("2022-06-15")}, shown: after("J. Holm · 15.06.2022"), lib: lib("2021-03-02", false)},
			"2022-06-15", "metadata"},
		{"a latest version the page does not show leaves the publication date",
			pubCandidates{meta: pageMeta{published: d("2021-03-02"), modified: d("2022-06-15")}, shown: after("J. Holm · 14.06.2022"), lib: lib("2021-03-02", false)},
			"2021-03-02", "metadata"},
		{"the metadata's day shown anywhere keeps it",
			pubCandidates{meta: meta("2018-06-22", ""), shown: after("29 August 2018 · first published 22 June 2018"), lib: lib("2018-08-29", false)}, "2018-06-22", "metadata"},
		{"go-htmldate read the shown day in the text",
			pubCandidates{meta: meta("2022-05-04", ""), lib: lib("2022-05-03", true)}, "2022-05-03", "metadata"},
		{"go-htmldate's time stamp does not move the metadata",
			pubCandidates{meta: meta("2020-01-19", ""), lib: lib("2020-01-20", false)}, "2020-01-19", "metadata"},
		{"shown date without metadata", pubCandidates{shown: after("11 September 2018"), lib: lib("2018-09-30", true)}, "2018-09-11", "page"},
		{"go-htmldate's date in the address beats the shown date",
			pubCandidates{shown: after("18 October 2021"), lib: lib("2021-10-20", false), url: d("2021-10-20")}, "2021-10-20", "htmldate"},
		{"go-htmldate agreeing with a later shown date beats the first",
			pubCandidates{shown: after("16 January 2020 · 18 January 2020"), lib: lib("2020-01-18", true)}, "2020-01-18", "htmldate"},
		{"go-htmldate agreeing with the first <time> beats the shown date",
			pubCandidates{meta: pageMeta{visible: d("2020-03-18")}, shown: after("11 May 2017"), lib: lib("2020-03-18", false)}, "2020-03-18", "htmldate"},
		{"a dotted shown date is day first", pubCandidates{shown: after("Oslo, (12.11.2021)."), lib: lib("2021-11-13", true)}, "2021-11-12", "page"},
		{"ambiguous shown date settled by go-htmldate", pubCandidates{shown: after("03/05/2022"), lib: lib("2022-03-05", false)}, "2022-03-05", "page"},
		{"go-htmldate before the first time element", pubCandidates{meta: pageMeta{visible: d("2020-02-02")}, lib: lib("2020-02-03", false)}, "2020-02-03", "htmldate"},
		{"time element", pubCandidates{meta: pageMeta{visible: d("2020-02-02")}}, "2020-02-02", "page"},
		{"a shown date years before go-htmldate's is the subject's date",
			pubCandidates{shown: after("born 12 March 1961 in a small town"), lib: lib("2020-06-03", true)}, "2020-06-03", "htmldate"},
		{"a shown date months before go-htmldate's stays",
			pubCandidates{shown: after("12 March 2020"), lib: lib("2020-06-03", true)}, "2020-03-12", "page"},
		{"go-htmldate's date is the declared latest version: the first <time> is earlier",
			pubCandidates{meta: pageMeta{visible: d("2022-01-26"), modified: d("2022-01-27")}, lib: lib("2022-01-27", false)}, "2022-01-26", "page"},
		{"a day shown without its year near go-htmldate's date",
			pubCandidates{shown: shownDates{yearless: dates.FindMonthDays("[06月24日 11時30分]")}, lib: lib("2019-06-19", false)}, "2019-06-24", "page"},
		{"a day shown without its year, in the nearest year across the new year",
			pubCandidates{shown: shownDates{yearless: dates.FindMonthDays("Dec. 30, 11:02 PM")}, lib: lib("2020-01-03", false)}, "2019-12-30", "page"},
		{"a day shown without its year months from go-htmldate's date is another day",
			pubCandidates{shown: shownDates{yearless: dates.FindMonthDays("March 3")}, lib: lib("2019-06-19", false)}, "2019-06-19", "htmldate"},
		{"a date-only stamp is not moved by a date above the headline",
			pubCandidates{meta: meta("2020-01-02", "2020-01-02"), shown: shownDates{before: dates.FindAllWorld("Another story 01. januar 2020")}}, "2020-01-02", "metadata"},
		{"a stamp with its clock is moved by the day shown above the headline",
			pubCandidates{meta: meta("2020-01-02", "2020-01-02T00:30:00+01:00"), shown: shownDates{before: dates.FindAllWorld("01. januar 2020")}}, "2020-01-01", "metadata"},
		{"go-htmldate last", pubCandidates{lib: lib("2016-08-15", true)}, "2016-08-15", "htmldate"},
		{"the page's labelled publication date before the metadata",
			pubCandidates{meta: meta("2019-02-11", "2019-02-11"), labelled: d("2019-03-25"), lib: lib("2019-02-11", false)}, "2019-03-25", "label"},
		{"the page's labelled publication date before go-htmldate's text date",
			pubCandidates{labelled: d("2017-09-04"), lib: lib("2017-09-12", true)}, "2017-09-04", "label"},
		{"the article's dateline before go-htmldate's date where the page shows none",
			pubCandidates{lead: d("2022-10-03"), lib: lib("2022-10-07", true)}, "2022-10-03", "page"},
		{"a date shown beside the headline before the article's dateline",
			pubCandidates{shown: after("2 October 2022"), lead: d("2022-10-03"), lib: lib("2022-10-02", true)}, "2022-10-02", "page"},
		{"the metadata before the article's dateline",
			pubCandidates{meta: meta("2022-10-05", "2022-10-05"), lead: d("2022-10-03")}, "2022-10-05", "metadata"},
		{"nothing", pubCandidates{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pc := choosePublished(tt.c)
			got := ""
			if !pc.date.IsZero() {
				got = pc.date.String()
			}
			if got != tt.want || pc.from != tt.from {
				t.Errorf("choosePublished = %q from %q, want %q from %q", got, pc.from, tt.want, tt.from)
			}
		})
	}
}

// TestBareMetaDate checks that a metadata date whose name does not say
// publication ("date") yields to an earlier date shown beside the
// headline, and that a named publication date does not.
func TestBareMetaDate(t *testing.T) {
	d := func(s string) dates.Date { return dates.FindAll(s)[0].Date }
	bare := func(day string, rank int) pageMeta {
		return pageMeta{published: d(day), publishedRaw: day, publishedRank: rank}
	}
	above := shownDates{before: dates.FindAllWorld("11.06.2021")}
	tests := []struct {
		name string
		c    pubCandidates
		want string
	}{
		{"a bare date (a last change) later than the date shown above the headline yields to it",
			pubCandidates{meta: bare("2021-06-18", 3), shown: above, lib: libDate{date: d("2021-06-18")}}, "2021-06-11"},
		{"a bare date earlier than the shown date stays",
			pubCandidates{meta: bare("2019-04-02", 3), shown: shownDates{after: dates.FindAllWorld("15.09.2021")}}, "2019-04-02"},
		{"a named publication date later than the shown date stays", pubCandidates{meta: bare("2021-06-18", 1), shown: above}, "2021-06-18"},
	}
	for _, tt := range tests {
		if got := choosePublished(tt.c).date.String(); got != tt.want {
			t.Errorf("%s: choosePublished = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestLabelledPub(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"a labelled date in a side box",
			`<h1>Owls return to the old mill</h1><p>Text of the piece.</p><aside>Fotos: K. Brandt · Veröffentlicht am 03.06.2018</aside>`, "2018-06-03"},
		{"a label after the text, beside an update",
			`<p>Text.</p><div>Last change: 30.09.2021 - 08:12<br>Published: 02.10.2021</div>`, "2021-10-02"},
		{"a label with its clock time and zone before the date",
			`<p>POSTED 09:40 CET 4 August 2016</p>`, "2016-08-04"},
		{"two labelled dates say nothing",
			`<ul><li>Posted on 5 May 2020</li><li>Posted on 9 May 2020</li></ul>`, ""},
		{"the same labelled date twice",
			`<p>Published 5 May 2020</p><footer>Published 5 May 2020</footer>`, "2020-05-05"},
		{"French: put online",
			`<p>Texte.</p><p>Mis en ligne le 12 avril 2015 à 10h</p>`, "2015-04-12"},
		{"Dutch, with its preposition",
			`<p>Tekst.</p><p>Gepubliceerd op 12 april 2015</p>`, "2015-04-12"},
		{"Swedish",
			`<p>Text.</p><p>Publicerad 12 april 2015</p>`, "2015-04-12"},
		{"the first version's date below the text of an updated page",
			`<h1>Ferry pier plans change again</h1><p>Last updated on 14 April 2015</p><p>Text of the piece.</p><p>First published on 12 April 2015</p>`, "2015-04-12"},
		{"first posted",
			`<p>Text.</p><p>First posted 12 April 2015, 09:40</p>`, "2015-04-12"},
		{"guard: first published in prose",
			`<p>The guild's survey was first published on 12 April 2015 by its press.</p>`, ""},
		{"a noun that begins like a label is none",
			`<p>Publication 12 April 2015</p>`, ""},
		{"a verb in prose is no label",
			`<p>The survey was published on 12 April 2015 by the guild.</p>`, ""},
		{"words between the label and the date",
			`<p>Posted by the night editor on 12 April 2015</p>`, ""},
		{"an update label is not a publication label",
			`<p>Updated 12 April 2015</p>`, ""},
		{"a slashed date either way is not read",
			`<p>Published 03/04/2015</p>`, ""},
		{"a script's text is not read",
			`<script>var s = "Published 12 April 2015";</script><p>Text.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if d := labelledPub(visibleText(parseDoc(t, "<html><body>"+tt.page+"</body></html>")), 0); !d.IsZero() {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("labelledPub = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://news.example.com/2020/02/24/ferry-service-resumes/", "2020-02-24"},
		{"https://example.org/politics/2023-11-08-council-vote", "2023-11-08"},
		{"https://example.org/2020/01/ferry-service", ""},
		{"https://example.org/2020/13/40/x", ""},
		{"https://example.org/story?id=20200224", ""},
		{"https://news.example.co.uk/world/2021/mar/03/ferry-pier-vote", "2021-03-03"},
		{"https://news.example.co.uk/world/2021/sept/3/ferry-pier-vote", "2021-09-03"},
		{"https://example.org/2020/page/3/", ""},
		{"https://example.org/2021/feb/30/x", ""},
		{"https://example.org/world/2021/sep/11-attacks-remembered/", ""},
		{"https://example.org/2020/dec/31-things-to-do-at-the-pier", ""},
		{"https://news.example.co.uk/world/2021/may/03", "2021-05-03"},
		{"https://example.org/2020/12/31-things-to-do-at-the-pier/", ""},
		{"https://blog.example.org/2023/10/3-questions-for-ona-fell/", ""},
		{"https://example.org/2020/12/7_ways_to_the_pier", ""},
		{"https://example.org/2020/12/31/things-to-do-at-the-pier/", "2020-12-31"},
		{"https://example.org/2020/12/31", "2020-12-31"},
		{"https://example.org/2020/12/31.html", "2020-12-31"},
		{"https://example.org/2020/12/31?ref=feed", "2020-12-31"},
		{"https://blog.example.org/posts/2020-12-31-things-to-do-at-the-pier/", "2020-12-31"},
		{"https://example.org/2021/03/03-lanterns-back-on-the-quay/", "2021-03-03"},
		{"https://example.org/2021/03/3-lanterns-back-on-the-quay/", ""},
	}
	for _, tt := range tests {
		got := ""
		if d := urlDate(tt.url); !d.IsZero() {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// TestURLSlugNumber: an address that gives a year and a month as folders
// and opens its slug with a number (/2020/12/31-things-to-do/) gives no
// day: neither the address's date nor go-htmldate's reading of it
// overrules the byline, and a page without dates gets none from it.
func TestURLSlugNumber(t *testing.T) {
	const head = `<html lang="en"><head><title>Five things to do at the pier this winter</title></head><body><h1>Five things to do at the pier this winter</h1>`
	const text = `<p>The harbor of Castelmoor keeps its ferry pier open through the winter, and the board has planned a market, a choir and a lantern walk.</p>` +
		`<p>The market opens on the east bank every weekend, with stalls of the fishing families and the bakers of the old town, the board's chair said.</p></body></html>`
	const byline = `<p class="byline">By Ona Fell, December 30, 2020</p>`
	for _, tt := range []struct{ name, page, url, want string }{
		{"the byline's day, not the slug's number", head + byline + text, "https://www.castelmoor-herald.com/2020/12/31-things-to-do-at-the-pier/", "2020-12-30"},
		{"no day from the slug's number", head + text, "https://www.castelmoor-herald.com/2020/12/3-winter-walks/", ""},
		{"guard: a day of its own in the address", head + text, "https://www.castelmoor-herald.com/2020/12/03/winter-walks/", "2020-12-03"},
		{"guard: a hyphenated date opening the slug", head + text, "https://blog.castelmoor.org/posts/2020-12-03-winter-walks/", "2020-12-03"},
		{"a day padded to two digits opening the slug", head + text, "https://www.castelmoor-herald.com/2020/12/03-winter-walks/", "2020-12-03"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, tt.url, tt.want) })
	}
}

// TestURLMonthDay: an address that writes its month as a word
// (/2021/jun/04/) gives the publisher's day as a numeric one does: a UTC
// stamp of the evening before, at an hour some zone makes that day, is
// that day.
func TestURLMonthDay(t *testing.T) {
	const page = `<html lang="en"><head><title>Harbor board approves second ferry pier</title>
<meta property="article:published_time" content="2021-06-03T23:30:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank after two years of hearings.</p></body></html>`
	for _, tt := range []struct{ url, want string }{
		{"https://www.castelmoor-herald.com/news/2021/jun/04/ferry-pier", "2021-06-04"},
		{"https://www.castelmoor-herald.com/news/2021/jun/03/ferry-pier", "2021-06-03"},
		{"https://www.castelmoor-herald.com/news/ferry-pier", "2021-06-03"},
	} {
		r, err := HTML([]byte(page), HTMLOptions{URL: tt.url})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.String(); got != tt.want {
			t.Errorf("%s: published = %s (%s), want %s", tt.url, got, r.PublishedFrom, tt.want)
		}
	}
}

func TestTextDateLines(t *testing.T) {
	body := "The council met to discuss the new ferry schedule, and members voted to extend the evening service for another year after a long debate.\n"
	tests := []struct {
		name, raw, title, want string
	}{
		{"the original publication before an update's stamp",
			"Updated: Thursday, March 7, 2024 @ 8:40 AM\n\nPublished: Wednesday, March 6, 2024 @ 6:05 PM\n\n" + body, "Ferry service extended", "2024-03-06"},
		{"a slash date with no evidence in the text is month first",
			"Ferry service extended\n\nPosted 3/10/2015 @ 2:47PM\n\n" + body, "", "2015-03-10"},
		{"a European time zone makes it day first",
			"Ferry service extended\n\nPosted 3/10/2015 14:47 CEST\n\n" + body, "", "2015-10-03"},
		{"a time stamp glued to the first paragraph",
			"Ferry service extended\n\n5 March 2021, 09:12 (GMT+04:00) The council voted on Tuesday to extend the evening ferry service for another year after a long debate.\n", "", "2021-03-05"},
		{"a dashed date with no evidence is day first",
			"Ferry service extended\n\n07-04-2022\n\n" + body, "", "2022-04-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Text(tt.raw, Hint{Title: tt.title})
			if got := r.Published.String(); r.Published.IsZero() || got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRevisedPage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "revised-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc := parseDoc(t, string(page))
	m := readMeta(doc)
	if m.published.String() != "2021-03-02" || m.modified.String() != "2022-06-15" {
		t.Fatalf("readMeta: published %s, modified %s; want 2021-03-02 and 2022-06-15", m.published, m.modified)
	}
	r, err := HTML(page, HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Published.String() != "2022-06-15" {
		t.Errorf("published = %s, want the version the byline shows, 2022-06-15", r.Published)
	}
}

// TestRepublishedPage: a page whose byline shows its update's date
// (article:modified_time) and whose text says when it was originally
// published, in the month of its article:published_time, keeps the
// original publication; TestRevisedPage, without such a statement, takes
// the shown update.
func TestRepublishedPage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "republished-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := HTML(page, HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Published.String() != "2018-09-05" {
		t.Errorf("published = %s, want the original publication the text states, 2018-09-05", r.Published)
	}
}

func TestOriginalPub(t *testing.T) {
	d := func(s string) dates.Date { return dates.FindAll(s)[0].Date }
	tests := []struct {
		text      string
		published string
		want      bool
	}{
		{"Nous avions initialement publié cette enquête sur les phares le 12 mai 2015.", "2015-05-12", true},
		{"Publié pour la première fois en février 2016, ce reportage a reçu de nouvelles photos.", "2016-02-23", true},
		{"Dieser Text ist ursprünglich am 7. Oktober 2020 erschienen.", "2020-10-07", true},
		{"Dieser Text ist ursprünglich am 7. Oktober 2020 erschienen.", "2020-10-08", false},
		{"Este reportaje fue publicado originalmente en julio de 2016.", "2016-07-30", true},
		{"This column first appeared on April 2, 2015, in the Harbor Times.", "2015-04-02", true},
		// The text names another work's first publication, not the page's.
		{"The novel, first published in June 1962, is back in print.", "2021-11-03", false},
		// No statement of an original publication.
		{"Published in September 2018 and updated since.", "2018-09-05", false},
	}
	for _, tt := range tests {
		orig := originalPub(tt.text, -1)
		p := d(tt.published)
		if got := statesOriginal(orig, p, p); got != tt.want {
			t.Errorf("statesOriginal(%q, %s) = %v (read %v), want %v", tt.text, tt.published, got, orig, tt.want)
		}
	}
}

func TestWithoutTextKeepsTheDate(t *testing.T) {
	meta := pageMeta{title: "Harbour notice", published: dates.Date{Year: 2021, Month: 4, Day: 7}, publishedRaw: "2021-04-07T09:00:00+02:00"}
	r := withoutText(meta, pubCandidates{meta: meta}, HTMLOptions{URL: "https://example.org/notice"})
	if r.Published.String() != "2021-04-07" || r.PublishedFrom != "metadata" || r.Title != "Harbour notice" || r.URL != "https://example.org/notice" {
		t.Errorf("withoutText = %+v, want the metadata's title and date", r)
	}
	if r := withoutText(meta, pubCandidates{meta: meta}, HTMLOptions{TrafilaturaOnly: true}); !r.Published.IsZero() {
		t.Errorf("go-trafilatura alone got a date without text: %s", r.Published)
	}
}

func TestHeadlineWithRuby(t *testing.T) {
	doc := parseDoc(t, `<html><body><h1>ニュース</h1><h1><ruby>港<rt>みなと</rt></ruby>の<ruby>橋<rt>はし</rt></ruby>が<ruby>開<rt>ひら</rt></ruby>く</h1><p>[06月24日 11時30分]</p></body></html>`)
	h := headlineNode(doc, []string{"港町ニュース|港の橋が開く"})
	if h == nil || textOf(h) != "港の橋が開く" {
		t.Fatalf("headline = %v, want the article's <h1> read without its ruby readings", h)
	}
	s := headerDates(doc, "港町ニュース|港の橋が開く")
	if len(s.yearless) != 1 || s.yearless[0] != (dates.MonthDay{Month: 6, Day: 24}) {
		t.Errorf("yearless = %v, want 6-24", s.yearless)
	}
}

func TestHeadlineNotTheLogo(t *testing.T) {
	page := `<html><body><header><h1>The Ledger</h1><p>Today: 3 May 2024</p></header>
<article><h1>Ferry service resumes after storm</h1><p>By Ann Lee, 1 May 2024</p></article></body></html>`
	for _, title := range []string{"Ferry service resumes after storm - The Ledger", "Ferry service resumes after storm · The Ledger"} {
		got := headerDates(parseDoc(t, page), title).after
		if len(got) == 0 || got[0].Date != (dates.Date{Year: 2024, Month: 5, Day: 1}) {
			t.Errorf("title %q: byline dates = %v, want 2024-05-01 first (the logo's <h1> is no headline)", title, got)
		}
	}
	if namesSite("Ferry service", []string{"Ferry service - Harbour Trust of the North Coast - HTNC"}) {
		t.Error("namesSite: a short headline before a long site name is not the site's name")
	}
	if namesSite("港の橋が開く", []string{"NEWS WEB|港の橋が開く"}) {
		t.Error("namesSite: a headline without spaces is not the site's name")
	}
}

func TestLeadDate(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a dotted dateline with a dash",
			"Lighthouse keepers vote to strike\n14.03.2022 – Die Leuchtturmwärter an der Küste haben am Montag mit großer Mehrheit für einen Streik gestimmt.", "2022-03-14"},
		{"a dateline in words with a full stop",
			"Orchard harvest\nBy A. Writer\n3. März 2021. Die Apfelbauern im Tal rechnen in diesem Herbst mit einer deutlich kleineren Ernte als im Vorjahr.", "2021-03-03"},
		{"a dateline with a clock time",
			"Ferries halted\nMay 4, 2020, 10:15 — The harbour authority stopped all ferries to the islands after the morning gale tore a pier loose.", "2020-05-04"},
		{"a list of dated items is no lead",
			"Concerts\n04.05.2021: Brass band evening\n11.05.2021: Choir", ""},
		{"a date inside the paragraph is not a dateline",
			"Ferries halted\nThe harbour authority said on May 4, 2020 that all ferries to the islands would stop after the gale.", ""},
		{"a slashed date read both ways is not read",
			"Ferries halted\n04/05/2020 - The harbour authority stopped all ferries to the islands after the morning gale tore a pier loose.", ""},
		{"a dateline below the first paragraphs is not read",
			"T\nA b c.\nD e f.\nG h i.\n14.03.2022 – Die Leuchtturmwärter an der Küste haben am Montag mit großer Mehrheit für einen Streik gestimmt.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if d := leadDate(tt.text); !d.IsZero() {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("leadDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJSONLDLenient(t *testing.T) {
	tests := []struct {
		name, script, want string
	}{
		{"a raw line break inside a string",
			"{\"@type\": \"NewsArticle\", \"headline\": \"Tram line\nextended\", \"datePublished\": \"2021-06-04T08:00:00+02:00\"}", "2021-06-04"},
		{"two objects one after the other",
			`{"@type": "WebSite", "name": "Ledger"} {"@type": "NewsArticle", "datePublished": "2021-06-05"}`, "2021-06-05"},
		{"not JSON", `{"@type": "NewsArticle", datePublished: 2021}`, ""},
		{"the article as the page's main entity",
			`{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Tram line extended", "datePublished": "2021-06-04T08:00:00+02:00"}}`, "2021-06-04"},
		{"a web page's own date",
			`{"@type": "WebPage", "name": "Tram line extended", "datePublished": "2021-06-03", "dateModified": "2021-06-09"}`, "2021-06-03"},
		{"the article's date before its page's",
			`{"@graph": [{"@type": "WebPage", "datePublished": "2021-06-02"}, {"@type": "NewsArticle", "datePublished": "2021-06-04"}]}`, "2021-06-04"},
		{"a related item's date is not the page's",
			`{"@type": "NewsArticle", "hasPart": {"@type": "NewsArticle", "datePublished": "2021-05-01"}}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := readMeta(parseDoc(t, `<html><head><script type="application/ld+json">`+tt.script+`</script></head><body></body></html>`))
			got := ""
			if !m.published.IsZero() {
				got = m.published.String()
			}
			if got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPageOffset checks that a page's own UTC offset is the one most of
// its time stamps write, and that clock ranges are no stamps.
func TestPageOffset(t *testing.T) {
	tests := []struct {
		page string
		want int
	}{
		{`{"start":"2020-05-01T22:54:00-04:00","end":"Fri, 01 May 2020 23:00:00 -0400"} 2020-05-01T12:00:00+02:00`, -240},
		{`<p>Open 11:00-11:30 and 14:00-15:30</p>`, noOffset},
		{`"2020-05-01T22:54:00Z" "2020-05-01T22:54:00+00:00"`, noOffset},
		{`2020-05-01T22:54:00-04:00 2020-05-01T22:54:00+05:30`, noOffset},
		{`2020-05-01T22:54:00+05:30`, 330},
	}
	for _, tt := range tests {
		if got := pageOffset([]byte(tt.page)); got != tt.want {
			t.Errorf("pageOffset(%q) = %d, want %d", tt.page, got, tt.want)
		}
	}
}

// TestUTCStampZone checks that a metadata time stamp in UTC that no shown
// date settles is read in the zone of the page's own time stamps, else in
// the zones of the site's country.
func TestUTCStampZone(t *testing.T) {
	d := func(s string) dates.Date { return dates.FindAll(s)[0].Date }
	tests := []struct {
		name, raw string
		offset    int
		country   string
		want      string
	}{
		{"a UTC stamp is the day of the zone the page's own time stamps write", "2020-05-02T02:54:29.000Z", -240, "", "2020-05-01"},
		{"a UTC stamp on a page with no offset of its own stays", "2020-05-02T02:54:29.000Z", noOffset, "", "2020-05-02"},
		{"a UTC stamp late in the day is the next day in a zone east of UTC", "2020-05-02T22:30:00Z", 120, "", "2020-05-03"},
		{"a stamp with a local offset is read as written", "2020-05-02T02:54:29+02:00", -240, "", "2020-05-02"},
		{"no offset of its own: the day in the site's country", "2020-05-02T02:54:29.000Z", noOffset, "AR", "2020-05-01"},
		{"the page's own offset before the site's country", "2020-05-02T02:54:29.000Z", 120, "AR", "2020-05-02"},
	}
	for _, tt := range tests {
		c := pubCandidates{meta: pageMeta{published: d("2020-05-02"), publishedRaw: tt.raw, offset: tt.offset}, country: tt.country}
		if got := choosePublished(c); got.date.String() != tt.want || got.from != "metadata" {
			t.Errorf("%s: got %v from %s, want %s", tt.name, got.date, got.from, tt.want)
		}
	}
}

// TestUTCStampInThePageZone: a page whose metadata stamps the story in
// UTC, early on the next day, and whose own schedule stamps write the
// publisher's offset gives the publisher's day (pageOffset is read from
// the page).
func TestUTCStampInThePageZone(t *testing.T) {
	body := strings.Repeat("<p>The ferry crossing to the outer island was closed for the evening after a gale tore the landing stage loose, and crews worked under floodlights to secure it before the morning boats.</p>\n", 3)
	page := []byte(`<html><head><title>Ferry crossing closed</title>
<meta property="article:published_time" content="2020-05-02T02:54:29Z">
<script type="application/json">{"schedule":[{"start":"2020-05-01T18:00:00-04:00"},{"start":"2020-05-01T19:30:00-04:00"}]}</script>
</head><body><article><h1>Ferry crossing closed</h1>` + body + `</article></body></html>`)
	r, err := HTML(page, HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Published.String() != "2020-05-01" {
		t.Errorf("published = %s (from %s), want the publisher's day 2020-05-01", r.Published, r.PublishedFrom)
	}
}

// TestEastMidnightOnce checks that a date stored without its time and
// written as a UTC midnight east of UTC ("…T23:00:00.000Z") moves to the
// next day once: on a page whose own time stamps write the offset, the
// zone reading alone moves it (it must not move it a second time); on a
// page writing a zone west of UTC it is an evening stamp of its own day.
func TestEastMidnightOnce(t *testing.T) {
	d := func(s string) dates.Date { return dates.FindAll(s)[0].Date }
	tests := []struct {
		name   string
		offset int
		want   string
	}{
		{"no offset on the page: the next day", noOffset, "2022-11-07"},
		{"the page writes +01:00: the next day, not two days on", 60, "2022-11-07"},
		{"the page writes +03:00: the next day", 180, "2022-11-07"},
		{"the page writes -05:00: an evening stamp of its own day", -300, "2022-11-06"},
	}
	for _, tt := range tests {
		c := pubCandidates{meta: pageMeta{published: d("2022-11-06"), publishedRaw: "2022-11-06T23:00:00.000Z", offset: tt.offset}}
		if got := choosePublished(c); got.date.String() != tt.want {
			t.Errorf("%s: got %v from %s, want %s", tt.name, got.date, got.from, tt.want)
		}
	}
}

// TestCoarseLibDate checks that go-htmldate's first day of a year or month,
// given for a page where it found no day (a copyright line), comes after
// every other source and stands alone only weakly.
func TestCoarseLibDate(t *testing.T) {
	d := func(s string) dates.Date { return dates.FindAll(s)[0].Date }
	coarse := libDate{date: d("1998-01-01"), fromText: true, coarse: true}
	if got := choosePublished(pubCandidates{lib: coarse, meta: pageMeta{visible: d("2022-01-17")}}); got.date.String() != "2022-01-17" {
		t.Errorf("with a first <time>: got %v from %s, want 2022-01-17", got.date, got.from)
	}
	if got := choosePublished(pubCandidates{lib: coarse}); got.date.String() != "1998-01-01" || got.conf >= dates.ConfWeakest {
		t.Errorf("alone: got %v at %.2f, want 1998-01-01 below ConfWeakest", got.date, got.conf)
	}
	year := libDate{date: d("2022-01-01"), fromText: true, coarse: true}
	meta := pageMeta{published: d("2022-01-02"), publishedRaw: "2022-01-02", offset: noOffset}
	if got := choosePublished(pubCandidates{lib: year, meta: meta}); got.date.String() != "2022-01-02" {
		t.Errorf("a copyright year one day off the metadata moved it: got %v", got.date)
	}
	for _, tt := range []struct {
		src, date string
		want      bool
	}{
		{"TYPO3 is copyright 1998-2022 of its authors", "1998-01-01", true},
		{"2022</p><p>El consejo votó el martes.</p>", "2022-01-01", true},
		{"Stand: 01.02.2022, 10:15", "2022-02-01", false},
		{"https://example.org/news/2020/05/01/ferry-resumes/", "2020-05-01", false},
		{"2020-05-01T08:00:00+02:00", "2020-05-01", false},
		{"Posted March 3, 2021", "2021-03-03", false},
	} {
		if got := coarseDate(tt.src, d(tt.date)); got != tt.want {
			t.Errorf("coarseDate(%q, %s) = %v, want %v", tt.src, tt.date, got, tt.want)
		}
	}
}

// TestHeaderDatesWorld reads the byline lines of testdata/bylines-world.tsv
// (invented lines in Italian, Polish, Dutch, Romanian, Slovak, Slovenian,
// Ukrainian, Greek, Indonesian and Hungarian) under a headline: each shows
// its date.
func TestHeaderDatesWorld(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "bylines-world.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		byline, want, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		page := `<html><body><h1>Ferry service resumes after storm</h1><p>` + byline + `</p><p>Lorem ipsum.</p></body></html>`
		got := headerDates(parseDoc(t, page), "Ferry service resumes after storm").all()
		if len(got) == 0 || got[0].Date.String() != want {
			t.Errorf("%q: header dates %v, want %s", byline, got, want)
		}
	}
}

// TestWorldPage: a page without metadata whose byline shows its date in
// Hungarian's year-first long form gets that date, not the copyright year
// of its footer.
func TestWorldPage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "world-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := HTML(page, HTMLOptions{URL: "https://example.org/hirek/komp"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Published.String() != "2020-03-04" {
		t.Errorf("published = %s (%s), want the byline's 2020-03-04", r.Published, r.PublishedFrom)
	}
}

// TestUpdateDoesNotVote checks that a byline date labelled as an update
// does not vote with go-htmldate against the publication date shown
// before it.
func TestUpdateDoesNotVote(t *testing.T) {
	tests := []struct{ byline, lib, want string }{
		{"By A. Writer, Staff Writer Mar 4, 2021 Updated Mar 9, 2021", "2021-03-09", "2021-03-04"},
		{"By A. Writer Mar 4, 2021 Aktualisiert am 09.03.2021", "2021-03-09", "2021-03-04"},
		// An unlabelled second date still votes.
		{"By A. Writer Mar 4, 2021 · Mar 9, 2021", "2021-03-09", "2021-03-09"},
	}
	for _, tt := range tests {
		doc := parseDoc(t, `<html><body><h1>Tram line extended to the harbour</h1><p>`+tt.byline+`</p></body></html>`)
		lib := dates.FindAll(tt.lib)[0].Date
		c := pubCandidates{shown: headerDates(doc, "Tram line extended to the harbour"), lib: libDate{date: lib, fromText: true}}
		if got := choosePublished(c).date.String(); got != tt.want {
			t.Errorf("%q with go-htmldate %s: %s, want %s", tt.byline, tt.lib, got, tt.want)
		}
	}
}

func TestSlashOrder(t *testing.T) {
	tests := []struct {
		lang string
		want int
	}{
		{"en-US", 1}, {"en", 1}, {"en_us", 1}, {"en-GB", -1}, {"en-AU", -1}, {"en-CA", 0},
		{"de-DE", -1}, {"fr", -1}, {"pt-br", -1}, {"es-419", -1}, {"ja", 0}, {"zh-Hant-TW", 0}, {"", 0}, {"x", 0},
	}
	for _, tt := range tests {
		if got := slashOrder(tt.lang); got != tt.want {
			t.Errorf("slashOrder(%q) = %d, want %d", tt.lang, got, tt.want)
		}
	}
}

// TestSlashDateInThePageLanguage checks that a byline date with slashes
// that reads both ways is read in the order of the page's language.
func TestSlashDateInThePageLanguage(t *testing.T) {
	body := strings.Repeat("<p>The harbour board met on Monday and agreed to extend the tram line to the ferry terminal by the end of next year.</p>", 5)
	tests := []struct{ lang, url, head, byline, want string }{
		{"en-US", "", "", "By A. Writer | 03/04/2021", "2021-03-04"},
		{"en-GB", "", "", "By A. Writer | 04/03/2021", "2021-03-04"},
		{"fr-FR", "", "", "Par A. Writer | 04/03/2021", "2021-03-04"},
		{"en-US", "", "", "By A. Writer | Published 03/04/2021 10:00", "2021-03-04"},
		// A tag without its region takes the site's country (pageOrder).
		{"en", "https://www.harbourledger.co.uk/news/tram-line", "", "By A. Writer | 04/03/2021", "2021-03-04"},
		{"en", "https://www.hafenbote.de/lokales/tram-line", "", "By A. Writer | Published 04/03/2021 10:00", "2021-03-04"},
		{"en", "", `<link rel="canonical" href="https://www.harbourledger.com.au/news/tram-line">`, "By A. Writer | 04/03/2021", "2021-03-04"},
		{"en", "https://www.harbourledger.com/news/tram-line", "", "By A. Writer | 03/04/2021", "2021-03-04"},
		{"en", "https://www.harbourledger.co.uk/news/tram-line", `<meta property="article:published_time" content="04/03/2021 10:00">`, "By A. Writer", "2021-03-04"},
		{"en-US", "https://www.harbourledger.co.uk/news/tram-line", "", "By A. Writer | 03/04/2021", "2021-03-04"},
	}
	for _, tt := range tests {
		page := `<html lang="` + tt.lang + `"><head><title>Tram line extended to the harbour</title>` + tt.head + `</head><body><h1>Tram line extended to the harbour</h1><p>` + tt.byline + `</p>` + body + `</body></html>`
		r, err := HTML([]byte(page), HTMLOptions{URL: tt.url})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.String(); got != tt.want {
			t.Errorf("%s page %s, %q: %s, want %s", tt.lang, tt.url, tt.byline, got, tt.want)
		}
	}
}

func TestPageOrder(t *testing.T) {
	tests := []struct {
		lang, country string
		want          int
	}{
		{"en", "GB", -1}, {"en", "DE", -1}, {"en", "US", 1}, {"en", "CA", 0}, {"en", "", 1},
		{"en-US", "GB", 1}, {"en-GB", "US", -1}, {"es-419", "US", -1}, {"", "GB", 0},
		{"zh", "TW", 0}, {"de", "AT", -1},
	}
	for _, tt := range tests {
		if got := pageOrder(tt.lang, tt.country); got != tt.want {
			t.Errorf("pageOrder(%q, %q) = %d, want %d", tt.lang, tt.country, got, tt.want)
		}
	}
}

// TestMicroformatDates checks that h-entry's and hAtom's marked dates are
// read as the page's metadata when they agree on one day.
func TestMicroformatDates(t *testing.T) {
	tests := []struct{ name, body, pub, mod string }{
		{"h-entry", `<article class="h-entry"><p><time class="dt-updated" datetime="2021-03-09">Mar 9</time> <time class="dt-published" datetime="2021-03-04T10:00:00-05:00">Mar 4</time></p></article>`, "2021-03-04", "2021-03-09"},
		{"hAtom abbr", `<div class="hentry"><abbr class="published" title="2021-03-04T10:00:00Z">Thursday</abbr></div>`, "2021-03-04", ""},
		{"teasers of other posts disagree", `<li><time class="entry-date published" datetime="2021-03-01">1 March</time></li><li><time class="entry-date published" datetime="2021-03-02">2 March</time></li>`, "", ""},
		{"a class without a machine date", `<span class="published">March 4, 2021</span>`, "", ""},
	}
	for _, tt := range tests {
		m := readMeta(parseDoc(t, "<html><body>"+tt.body+"</body></html>"))
		pub, mod := "", ""
		if !m.published.IsZero() {
			pub = m.published.String()
		}
		if !m.modified.IsZero() {
			mod = m.modified.String()
		}
		if pub != tt.pub || mod != tt.mod {
			t.Errorf("%s: published %q, modified %q; want %q, %q", tt.name, pub, mod, tt.pub, tt.mod)
		}
	}
}

// TestLabelTail checks what may stand between a date's label and the
// date: a preposition, a clock time with a.m. or p.m., a zone in
// capitals, but not other short words.
func TestLabelTail(t *testing.T) {
	tests := []struct {
		before      string
		byline, upd bool
	}{
		{"By A. Writer Updated 10:15 a.m. ET ", true, true},
		{"By A. Writer UPDATED: 10:15 pm, ", true, true},
		{"By A. Writer Published on ", true, false},
		{"Mis à jour le ", true, true},
		{"Updated 1815 GMT (0215 HKT) ", true, true},
		{"Updated for the new rules of ", false, false},
		{"A. Writer Stand: ", true, true},
		{"auf dem Stand vom ", false, false},
		{"Bijgewerkt op ", true, true},
		{"Opublikowano: ", true, false},
		{"Posted by Jo Li on ", false, false},
		{"By A. Writer | ", false, false},
	}
	for _, tt := range tests {
		if got := bylineLabelRe.MatchString(tt.before); got != tt.byline {
			t.Errorf("bylineLabelRe(%q) = %v, want %v", tt.before, got, tt.byline)
		}
		if got := updLabelRe.MatchString(tt.before); got != tt.upd {
			t.Errorf("updLabelRe(%q) = %v, want %v", tt.before, got, tt.upd)
		}
	}
	if !pubLabelRe.MatchString("Posted on ") || pubLabelRe.MatchString("Posted in all our news on ") {
		t.Error("pubLabelRe reads only a preposition, clock and zone after its label")
	}
}

// TestReadDay checks that a byline's stamp relative to the reading ("3
// hours ago") or its day without a year is read against the time the page
// was fetched, and not without it.
func TestReadDay(t *testing.T) {
	body := strings.Repeat("<p>The harbour board met on Monday and agreed to extend the tram line to the ferry terminal by the end of next year.</p>", 5)
	fetched := time.Date(2024, 1, 3, 2, 0, 0, 0, time.UTC)
	tests := []struct {
		byline  string
		fetched time.Time
		want    string
	}{
		{"By A. Writer · 3 hours ago", fetched, "2024-01-02"},
		{"By A. Writer · Yesterday at 18:40", fetched, "2024-01-02"},
		{"By A. Writer · Dec 30, 10:30 AM", fetched, "2023-12-30"},
		{"By A. Writer · 3 hours ago", time.Time{}, "0001-01-01"},
		// A full date in the byline is the page's own.
		{"By A. Writer · 3 hours ago · Dec 28, 2023", fetched, "2023-12-28"},
	}
	for _, tt := range tests {
		page := `<html><head><title>Tram line extended to the harbour</title></head><body><h1>Tram line extended to the harbour</h1><p>` + tt.byline + `</p>` + body + `</body></html>`
		r, err := HTML([]byte(page), HTMLOptions{Fetched: tt.fetched})
		if err != nil {
			t.Fatal(err)
		}
		got := "0001-01-01"
		if !r.Published.IsZero() {
			got = r.Published.String()
		}
		if got != tt.want {
			t.Errorf("%q fetched %v: %s, want %s", tt.byline, tt.fetched, got, tt.want)
		}
	}
}

// TestLeadingDateFormats reads metadata date values in the formats content
// systems write (invented values): ISO 8601 extended and basic, asctime and
// Java's Date.toString, a dotted date (day first) and a slashed or dashed
// one that reads both ways, in the order of the page's language.
func TestLeadingDateFormats(t *testing.T) {
	tests := []struct {
		v     string
		order int
		want  string
	}{
		{"2021-03-07T10:00:00+01:00", 0, "2021-03-07"},
		{"20210307T10:00:00Z", 0, "2021-03-07"},
		{"Sun Mar  7 10:00:00 2021", 0, "2021-03-07"},
		{"Sun Mar 7 10:00:00 CET 2021", 0, "2021-03-07"},
		{"07.03.2021, 10:00:00", 0, "2021-03-07"},
		{"07/03/2021 10:00 am", -1, "2021-03-07"},
		{"03/07/2021 10:00 am", 1, "2021-03-07"},
		{"07/03/2021 10:00 am", 0, ""},
		{"07-03-2021", -1, "2021-03-07"},
		{"03-07-2021", 1, "2021-03-07"},
		{"07-03-2021", 0, ""},
		{"20210307", 0, ""},
		{"Sun Mar 7 10:00:00 CET", 0, ""},
	}
	for _, tt := range tests {
		d, ok := leadingDateIn(tt.v, tt.order)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("leadingDateIn(%q, %d) = %q, want %q", tt.v, tt.order, got, tt.want)
		}
	}
}

// TestUntypedJSONLD reads a schema.org object written in a <script> without
// its type, and leaves a typed script of JavaScript alone (invented pages).
func TestUntypedJSONLD(t *testing.T) {
	tests := []struct{ name, script, want string }{
		{"untyped JSON-LD", `<script>{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2021-03-07T10:00:00+01:00"}</script>`, "2021-03-07"},
		{"untyped array", `<script>[{"@context":"http://schema.org","@type":"Article","datePublished":"2021-03-07"}]</script>`, "2021-03-07"},
		{"JavaScript", `<script type="text/javascript">{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2021-03-07"}</script>`, ""},
		{"untyped JavaScript", `<script>var a = {"@context": "https://schema.org", "datePublished": "2021-03-07"};</script>`, ""},
	}
	for _, tt := range tests {
		if got := metaPublished(t, tt.script, ""); got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestMetaNamesOfStandards reads the publication date from the names
// published metadata standards give it beside go-htmldate's (invented
// pages): PRISM's publicationDate, Dublin Core's created (below a date
// that says publication), schema.org's dateCreated in microdata (below
// its datePublished; not a comment's).
func TestMetaNamesOfStandards(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"PRISM", `<meta name="prism.publicationDate" content="2021-03-07">`, "", "2021-03-07"},
		{"Dublin Core created", `<meta name="DCTERMS.created" content="2021-03-07T10:00:00+01:00">`, "", "2021-03-07"},
		{"DC-HTML date created", `<meta name="DC.date.created" content="2021-03-07">`, "", "2021-03-07"},
		{"created below issued", `<meta name="DC.date.created" content="2021-03-01"><meta name="DC.date.issued" content="2021-03-07">`, "", "2021-03-07"},
		{"microdata dateCreated", "", `<span itemprop="dateCreated" content="2021-03-07">7 March</span>`, "2021-03-07"},
		{"microdata dateCreated below datePublished", "", `<span itemprop="dateCreated" content="2021-03-01"></span><time itemprop="datePublished" datetime="2021-03-07">7 March</time>`, "2021-03-07"},
		{"microdata dateCreated of an article", "", `<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="dateCreated" content="2021-03-07"></span></div>`, "2021-03-07"},
		{"microdata dateCreated of a comment", "", `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="dateCreated" content="2021-03-09"></span></div>`, ""},
		{"microdata dateCreated of the web page", "", `<div itemscope itemtype="https://schema.org/WebPage"><span itemprop="dateCreated" content="2021-03-07"></span></div>`, "2021-03-07"},
		{"microdata dateCreated of an item page", "", `<div itemscope itemtype="http://schema.org/ItemPage"><span itemprop="dateCreated" content="2021-03-07"></span></div>`, "2021-03-07"},
		{"microdata dateCreated of a part of the page", "", `<div itemscope itemtype="https://schema.org/WebPageElement"><span itemprop="dateCreated" content="2021-03-09"></span></div>`, ""},
		{"microdata dateCreated of a page of two types", "", `<div itemscope itemtype="https://schema.org/WebPage https://schema.org/Thing"><span itemprop="dateCreated" content="2021-03-07"></span></div>`, "2021-03-07"},
		{"person's dateCreated in a web page", "", `<div itemscope itemtype="https://schema.org/WebPage"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="dateCreated" content="2021-03-09"></span></div></div>`, ""},
		{"comment's dateCreated in an article", "", `<article itemscope itemtype="https://schema.org/Article"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="dateCreated" content="2021-03-09"></span></div></article>`, ""},
	}
	for _, tt := range tests {
		if got := metaPublished(t, tt.head, tt.body); got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPubLabelWordCases: every publication label word is found
// capitalised and in capitals, whole, and not in lower case (prose's
// "was published on"), so a word added to pubLabelWords is found as a
// label without a second list.
func TestPubLabelWordCases(t *testing.T) {
	for _, w := range strings.Split(pubLabelWords, "|") {
		r, n := utf8.DecodeRuneInString(w)
		for _, form := range []string{string(unicode.ToUpper(r)) + w[n:], strings.ToUpper(w)} {
			if got := pubLabelWordRe.FindString("A. Writer " + form + " 12 April 2015"); got != form {
				t.Errorf("%q: found %q", form, got)
			}
		}
		if got := pubLabelWordRe.FindString("the guild's report was " + w + " on 12 April 2015"); got != "" {
			t.Errorf("%q in lower case: found %q", w, got)
		}
	}
}

// metaPublished is the publication date readMeta reads from an invented
// page of head and body (a headline between), "" when none.
func metaPublished(t *testing.T, head, body string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><head>" + head + "</head><body><h1>A headline</h1>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	if m := readMeta(doc); !m.published.IsZero() {
		return m.published.String()
	}
	return ""
}

// TestCaptionNoByline: a photo's caption under the headline dates the
// photo (a news caption gives the day it was taken), not the article: its
// date is not read as a date the page shows (captionElement), so it does
// not move the metadata's day, nor stand for the page's date. A byline's
// date still does; a headline set inside a figure keeps its byline; a line
// a site calls a caption with no picture beside it is still read.
func TestCaptionNoByline(t *testing.T) {
	const head = `<html lang="en"><head><title>Harbor board approves second ferry pier</title>`
	const body = `<p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank, after two years of hearings and a public vote held in the autumn.</p></body></html>`
	tests := []struct {
		name, page, want string
		from             string // the source, "" for any
	}{
		{"a figcaption's day before does not move a local stamp",
			head + `<meta property="article:published_time" content="2021-03-04T10:15:00-05:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<figure><img src="pier.jpg" alt=""><figcaption>Commuters at the old pier in Castelmoor, Wednesday, March 3, 2021.</figcaption></figure><p>By Piet Marsh</p>` + body,
			"2021-03-04", ""},
		{"a caption beside its picture does not move a UTC morning stamp",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><img src="pier.jpg"><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"the byline's date is read past an older photo's caption",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1>
<figure><img src="pier.jpg" alt=""><figcaption>The old pier in Castelmoor, seen on June 12, 2019.</figcaption></figure><p>By Piet Marsh | March 4, 2021</p>` + body,
			"2021-03-04", "page"},
		{"guard: the byline's day before still moves a local stamp",
			head + `<meta property="article:published_time" content="2021-03-04T10:15:00+01:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<figure><img src="pier.jpg" alt=""></figure><p>By Ona Fell | March 3, 2021</p>` + body,
			"2021-03-03", ""},
		{"guard: a headline inside a figure keeps its byline",
			head + `</head><body><figure class="hero"><img src="pier.jpg"><figcaption><h1>Harbor board approves second ferry pier</h1><p>By Ona Fell | March 3, 2021</p></figcaption></figure>` + body,
			"2021-03-03", ""},
		{"an author's card set as a figure is the byline",
			head + `<meta property="article:published_time" content="2021-03-05T00:20:00+02:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<figure class="author-card"><img src="ona.jpg" alt="" width="40"><figcaption>Ona Fell, 4 March 2021</figcaption></figure>` + body,
			"2021-03-04", ""},
		{"a figure linking its author is the byline",
			head + `<meta property="article:published_time" content="2021-03-05T02:10:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<figure><img src="ona.jpg" alt=""><figcaption>By <a rel="author" href="/staff/ona">Ona Fell</a> | March 4, 2021, 9:10 p.m.</figcaption></figure>` + body,
			"2021-03-04", ""},
		{"a line called a caption is read when the picture is further down the article",
			head + `<meta property="article:published_time" content="2021-03-02T23:30:00Z"></head><body><article><h1>Harbor board approves second ferry pier</h1><p class="intro__caption">3. März 2021 | Verkehr</p>
<div class="text"><p>The board met in the old customs house.</p><p><img src="pier.jpg" alt=""></p></div></article>` + body,
			"2021-03-03", ""},
		{"a line called a caption is read when it holds an icon",
			head + `<meta property="article:published_time" content="2021-03-05T02:10:00Z"></head><body><h1>Harbor board approves second ferry pier</h1><p class="date-caption"><img src="clock.svg" alt="" width="12"> March 4, 2021</p>` + body,
			"2021-03-04", ""},
		{"guard: a caption beside a linked picture is skipped",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><a href="pier-large.jpg"><img src="pier.jpg"></a><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"a long caption keeps the zone from the lead's prose",
			head + `<meta property="article:published_time" content="2021-03-04T10:15:00-05:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<figure><img src="pier.jpg" alt=""><figcaption>` + strings.Repeat("Commuters wait for the morning boat at the old pier, which floods in winter. ", 6) + `</figcaption></figure>
<p>The board, meeting on March 3, 2021, voted for a second pier.</p>` + body,
			"2021-03-04", ""},
		{"a date line called a caption beside an agency's logo is read",
			head + `<meta property="article:published_time" content="2021-03-04T10:15:00+01:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="source"><img src="/img/castelmoor-wire_logo.png" alt=""><p class="caption">Castelmoor Wire | March 3, 2021</p></div>` + body,
			"2021-03-03", ""},
		{"a date line called a caption beside an avatar is read",
			head + `<meta property="article:published_time" content="2021-03-04T10:15:00+01:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="meta"><img class="round avatar" src="/staff/p-marsh.jpg" alt="" width="48"><span class="meta-caption">Piet Marsh, March 3, 2021</span></div>` + body,
			"2021-03-03", ""},
		{"guard: a caption beside a photo named for its subject is skipped",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><img src="/photos/pier-at-dawn.jpg" alt="The old pier at dawn"><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"guard: a line called a caption without a picture is read",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1><p class="intro__caption">3. März 2021 | Verkehr</p>` + body,
			"2021-03-03", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := HTML([]byte(tt.page), HTMLOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Published.String(); got != tt.want || tt.from != "" && r.PublishedFrom != tt.from {
				t.Errorf("published = %s (%s), want %s (%s)", got, r.PublishedFrom, tt.want, tt.from)
			}
		})
	}
	page, err := os.ReadFile(filepath.Join("testdata", "captioned-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if s := headerDates(parseDoc(t, string(page)), "Harbor board approves second ferry pier"); len(s.all()) != 0 {
		t.Errorf("captioned page: shown dates %v, want none (the caption's)", s.all())
	}
	r, err := HTML(page, HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Published.String() != "2021-03-04" {
		t.Errorf("captioned page: published = %s, want the metadata's 2021-03-04", r.Published)
	}
}

// TestCaptionBesideMark: a line a site classes as a caption beside a mark
// (a logo, an icon, an avatar: markImage) is read; beside a photo whose
// file name or alternative text holds such a word as a word of a language
// (a pop icon, a film's still, an archaeologist) it is still a caption.
func TestCaptionBesideMark(t *testing.T) {
	const head = `<html lang="en"><head><title>Harbor board approves second ferry pier</title>`
	const body = `<p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank, after two years of hearings and a public vote held in the autumn.</p></body></html>`
	tests := []struct {
		name, page, want string
		from             string // the source, "" for any
	}{
		{"guard: a caption beside a photo of a pop icon is skipped",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><img src="/photos/gala-0412.jpg" alt="Pop icon Mara Venn at the harbor gala"><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"guard: a caption beside a film's still is skipped",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><img src="/photos/still-0412.jpg" alt="Avatar: The Way of Water still"><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"guard: a caption beside a photo of an archaeologist is skipped",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><img src="/fotos/el-arqueologo-tomas-vela.jpg" alt="El arqueólogo Tomás Vela junto al muelle"><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"guard: a caption beside a photo of a dialogue is skipped",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><img src="/fotos/mesa.jpg" alt="Mesa de diálogo entre la junta y los pescadores"><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"guard: a photo of an iconic bridge is a photo",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><img src="/photos/iconic-bridge.jpg" alt=""><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
		{"a date line called a caption beside a logo named in its alternative text is read",
			head + `<meta property="article:published_time" content="2021-03-04T10:15:00+01:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="source"><img src="/img/cw.png" alt="Castelmoor Wire logo"><p class="caption">Castelmoor Wire | March 3, 2021</p></div>` + body,
			"2021-03-03", ""},
		{"a date line called a caption beside a logo's picture element is read",
			head + `<meta property="article:published_time" content="2021-03-04T10:15:00+01:00"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="source"><picture><source srcset="/img/cw-logo.webp" type="image/webp"><img src="/img/cw-logo.png" alt=""></picture><p class="caption">Castelmoor Wire | March 3, 2021</p></div>` + body,
			"2021-03-03", ""},
		{"guard: a caption beside a photo's picture element is skipped",
			head + `<meta property="article:published_time" content="2021-03-04T08:15:00Z"></head><body><h1>Harbor board approves second ferry pier</h1>
<div class="media"><picture><source srcset="/photos/pier-at-dawn.webp" type="image/webp"><img src="/photos/pier-at-dawn.jpg" alt="The old pier at dawn"></picture><div class="photo-caption">Commuters at the old pier in Castelmoor on March 3, 2021.</div></div>` + body,
			"2021-03-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := HTML([]byte(tt.page), HTMLOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Published.String(); got != tt.want {
				t.Errorf("published = %s (%s), want %s", got, r.PublishedFrom, tt.want)
			}
		})
	}
}

// TestMicrodataItems: a microdata datePublished (or dateModified, or a
// <time>) is the page's when its item is the page's (pageItems): no item,
// an untyped or page item, an article's item (unless another article's
// item holds the headline: the others are teasers), or an item of another
// type that holds the headline. A comment's, a film's within a review, a
// teaser's date is not the page's.
func TestMicrodataItems(t *testing.T) {
	const head = `<html lang="en"><head><title>Harbor board approves second ferry pier</title>`
	const text = `<p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank, after two years of hearings and a public vote held in the autumn.</p>`
	const comment = `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Rolf</span> <time itemprop="datePublished" datetime="2021-03-09T08:00:00Z">9 March</time><p itemprop="text">Long overdue.</p></div>`
	tests := []struct {
		name, page     string
		published, vis string // readMeta's, "" for none
	}{
		{"a comment's datePublished is not the page's",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1>` + text + comment + `</body></html>`, "", ""},
		{"a comment's datePublished below the article's item",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1>` + text + `<section>` + comment + `</section><div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2021-03-04"></div></body></html>`, "2021-03-04", ""},
		{"a teaser's item before the article's item that holds the headline",
			head + `</head><body><aside><div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="headline" href="/x">Ferry fares rise</a><meta itemprop="datePublished" content="2021-02-20"></div></aside>
<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Harbor board approves second ferry pier</h1><meta itemprop="datePublished" content="2021-03-04">` + text + `</article></body></html>`, "2021-03-04", ""},
		{"a film's release within the review that holds the headline",
			head + `</head><body><article itemscope itemtype="https://schema.org/Review"><h1 itemprop="name">Harbor board approves second ferry pier</h1>
<div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Movie"><span itemprop="name">The Pier</span><meta itemprop="datePublished" content="1999-04-02"></div>
<meta itemprop="datePublished" content="2021-03-04">` + text + `</article></body></html>`, "2021-03-04", ""},
		{"guard: an article's item that does not hold the headline is the page's",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1><article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04">` + text + `</article>` + comment + `</body></html>`, "2021-03-04", ""},
		{"guard: a teaser's item after the article's item that follows the headline",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1><article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04">` + text + `</article>
<aside><div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="headline" href="/x">Ferry fares rise</a><meta itemprop="datePublished" content="2021-03-05"></div></aside></body></html>`, "2021-03-04", ""},
		{"the article's item in meta tags before the headline, a teaser's after the text",
			head + `</head><body><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="Harbor board approves second ferry pier"><meta itemprop="datePublished" content="2021-03-04"></div><h1>Harbor board approves second ferry pier</h1>` + text +
				`<aside><div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="headline" href="/x">Ferry fares rise again</a><meta itemprop="datePublished" content="2021-03-08"></div></aside></body></html>`, "2021-03-04", ""},
		{"guard: a teaser's item before the headline, the article's after it",
			head + `</head><body><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="Ferry fares rise again"><meta itemprop="datePublished" content="2021-03-08"></div><h1>Harbor board approves second ferry pier</h1>` +
				`<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04">` + text + `</div></body></html>`, "2021-03-04", ""},
		{"a column's earlier issue linked under the same title before the headline",
			head + `</head><body><nav><div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="headline" href="/y">Harbor board approves second ferry pier</a><meta itemprop="datePublished" content="2021-03-03"></div></nav><h1>Harbor board approves second ferry pier</h1><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04">` + text + `</div></body></html>`, "2021-03-04", ""},
		{"a related item linked under the same title after the text",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04">` + text + `</div>
<aside><div itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline"><a href="/x">Harbor board approves second ferry pier</a></h3><meta itemprop="datePublished" content="2021-03-03"></div></aside></body></html>`, "2021-03-04", ""},
		{"two items naming the headline: neither by its name",
			head + `</head><body><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="Harbor board approves second ferry pier"><meta itemprop="datePublished" content="2021-03-03"></div><h1>Harbor board approves second ferry pier</h1>` +
				`<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="Harbor board approves second ferry pier"><meta itemprop="datePublished" content="2021-03-04">` + text + `</div></body></html>`, "2021-03-04", ""},
		{"guard: an article's item before the headline, none after it",
			head + `</head><body><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04"></div><h1>Harbor board approves second ferry pier</h1>` + text + `</body></html>`, "2021-03-04", ""},
		{"guard: a datePublished in no item is the page's",
			head + `<meta itemprop="datePublished" content="2021-03-04T10:15:00+01:00"></head><body><h1>Harbor board approves second ferry pier</h1>` + text + comment + `</body></html>`, "2021-03-04", ""},
		{"guard: a page's item reads its date",
			head + `</head><body itemscope itemtype="https://schema.org/WebPage"><h1>Harbor board approves second ferry pier</h1><meta itemprop="datePublished" content="2021-03-04">` + text + `</body></html>`, "2021-03-04", ""},
		{"the article's item before the page item around it",
			head + `</head><body itemscope itemtype="https://schema.org/WebPage"><meta itemprop="datePublished" content="2018-05-01"><article itemprop="mainEntity" itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Harbor board approves second ferry pier</h1><meta itemprop="datePublished" content="2021-03-04T10:00:00+01:00">` + text + `</article></body></html>`, "2021-03-04", ""},
		{"a review's item after the headline it does not hold",
			head + `</head><body><header><h1>Harbor board approves second ferry pier</h1></header><div itemscope itemtype="https://schema.org/Review"><span itemprop="datePublished" content="2021-03-04">4 March</span>
<div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Movie"><meta itemprop="datePublished" content="1999-04-02"></div>` + text + `</div></body></html>`, "2021-03-04", ""},
		{"a video's item after the headline",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1><div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2021-03-04T11:00:00+01:00">` + text + `</div>` + comment + `</body></html>`, "2021-03-04", ""},
		{"a live blog's updates are its parts",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1><div itemscope itemtype="https://schema.org/LiveBlogPosting">
<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"><time itemprop="datePublished" datetime="2021-03-06T09:00:00+01:00">9:00</time><p>The board meets again.</p></div>
<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"><time itemprop="datePublished" datetime="2021-03-04T09:00:00+01:00">9:00</time>` + text + `</div>
<meta itemprop="datePublished" content="2021-03-04T08:30:00+01:00"></div></body></html>`, "2021-03-04", ""},
		{"guard: a video's item beside the article's is not the page's",
			head + `</head><body><div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2021-01-15"></div><article itemscope itemtype="https://schema.org/NewsArticle"><h1>Harbor board approves second ferry pier</h1><meta itemprop="datePublished" content="2021-03-04">` + text + `</article></body></html>`, "2021-03-04", ""},
		{"guard: a film reviewed, not the page's, where the review has no date",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1><div itemscope itemtype="https://schema.org/Review"><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Movie"><meta itemprop="datePublished" content="1999-04-02"></div>` + text + `</div></body></html>`, "", ""},
		{"a comment's <time> is not the page's first",
			head + `</head><body><h1>Harbor board approves second ferry pier</h1>` + text + comment + `<p>Posted in <time datetime="2021-03-04">March</time></p></body></html>`, "", "2021-03-04"},
	}
	str := func(d dates.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := readMeta(parseDoc(t, tt.page))
			if got := str(m.published); got != tt.published {
				t.Errorf("published = %q, want %q", got, tt.published)
			}
			if got := str(m.visible); got != tt.vis {
				t.Errorf("first <time> = %q, want %q", got, tt.vis)
			}
		})
	}
	page, err := os.ReadFile(filepath.Join("testdata", "commented-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if m := readMeta(parseDoc(t, string(page))); str(m.published) != "2021-03-04" {
		t.Errorf("commented page: metadata %q, want the article's 2021-03-04", str(m.published))
	}
	r, err := HTML(page, HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Published.String() != "2021-03-04" {
		t.Errorf("commented page: published = %s (%s), want 2021-03-04", r.Published, r.PublishedFrom)
	}
}

// TestURLDayOfUTCStamp: the date in a page's address is the publisher's
// own, in its own zone: a UTC metadata stamp one day off it, at an hour
// some zone makes that day (zoneShift), is that day, when no date shown
// beside the headline settles it. A local stamp, a UTC stamp at an hour no
// zone makes the address's day, an address two days off, and a byline
// showing the stamp's own day keep the stamp's day.
func TestURLDayOfUTCStamp(t *testing.T) {
	d := func(s string) dates.Date { return dates.FindAll(s)[0].Date }
	meta := func(day, raw string) pageMeta {
		return pageMeta{published: d(day), publishedRaw: raw, offset: noOffset}
	}
	tests := []struct {
		name string
		c    pubCandidates
		want string
	}{
		{"a UTC night stamp after an American evening's address",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04T02:30:00Z"), url: d("2021-03-03")}, "2021-03-03"},
		{"a UTC late evening stamp before an eastern morning's address",
			pubCandidates{meta: meta("2021-03-03", "2021-03-03T22:40:00+00:00"), url: d("2021-03-04")}, "2021-03-04"},
		{"guard: a stamp in a local zone keeps its day",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04T13:40:00-05:00"), url: d("2021-03-03")}, "2021-03-04"},
		{"guard: a UTC afternoon is that day everywhere west of UTC+14",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04T15:00:00Z"), url: d("2021-03-03")}, "2021-03-04"},
		{"guard: an address two days off is another date",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04T02:30:00Z"), url: d("2021-03-02")}, "2021-03-04"},
		{"guard: the byline shows the stamp's day",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04T02:30:00Z"), url: d("2021-03-03"), shown: shownDates{after: dates.FindAllWorld("By Ona Fell | March 4, 2021")}}, "2021-03-04"},
		{"a UTC morning stamp the page's own zone makes its own day",
			pubCandidates{meta: pageMeta{published: d("2021-03-04"), publishedRaw: "2021-03-04T09:30:00Z", offset: 120}, url: d("2021-03-03")}, "2021-03-04"},
		{"a UTC evening stamp the page's own zone west of UTC makes its own day",
			pubCandidates{meta: pageMeta{published: d("2021-03-03"), publishedRaw: "2021-03-03T22:40:00+00:00", offset: -240}, url: d("2021-03-04")}, "2021-03-03"},
		{"a UTC morning stamp the site's country makes its own day",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04T08:15:00Z"), url: d("2021-03-03"), country: "DE"}, "2021-03-04"},
		{"guard: the page's own zone makes the address's day",
			pubCandidates{meta: pageMeta{published: d("2021-03-04"), publishedRaw: "2021-03-04T02:30:00Z", offset: -300}, url: d("2021-03-03")}, "2021-03-03"},
		{"guard: one of the country's zones makes the address's day",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04T06:30:00Z"), url: d("2021-03-03"), country: "US"}, "2021-03-03"},
		{"guard: a date-only stamp keeps its day",
			pubCandidates{meta: meta("2021-03-04", "2021-03-04"), url: d("2021-03-03")}, "2021-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := choosePublished(tt.c).date.String(); got != tt.want {
				t.Errorf("choosePublished = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestLeadProseDay: a date inside a sentence of the lead's prose, in the
// byline zone, dates the event the article reports, often the day before:
// it does not move the metadata's day. A byline set in a paragraph, a
// dateline opening the lead, a date after a label of publication and a
// document's date set off by a bar or dash still do.
func TestLeadProseDay(t *testing.T) {
	const head = `<html lang="en"><head><title>Harbor board approves second ferry pier</title>`
	const h1 = `</head><body><h1>Harbor board approves second ferry pier</h1>`
	const rest = `<p>The pier will take two years to build and is paid for by the harbor dues of the next ten years.</p></body></html>`
	local := `<meta property="article:published_time" content="2021-03-04T10:15:00-05:00">`
	utcMorning := `<meta property="article:published_time" content="2021-03-04T08:15:00Z">`
	localDE := `<meta property="article:published_time" content="2021-03-04T10:15:00+01:00">`
	tests := []struct {
		name, page, want string
		url              string // the page's address, "" for none
	}{
		{"a lead's date the day before does not move a local stamp",
			head + local + h1 + `<p>By Piet Marsh</p><p>The harbor board of Castelmoor voted on March 3, 2021, to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-04", ""},
		{"a German site's lead's date does not move a UTC morning stamp",
			`<html lang="de"><head><title>Hafenrat beschließt zweiten Anleger</title>` + utcMorning + `</head><body><h1>Hafenrat beschließt zweiten Anleger</h1><p>Der Hafenrat von Castelmoor hat am 3. März 2021 beschlossen, am Ostufer einen zweiten Anleger für die Fähre zu bauen.</p></body></html>`,
			"2021-03-04", "https://www.castelmoor-hafen.de/2021/anleger"},
		{"a lead's date the day after does not move a local stamp",
			head + `<meta property="article:published_time" content="2021-03-04T16:40:00+01:00">` + h1 + `<p>The harbor board of Castelmoor will vote on March 5, 2021, on a second ferry pier for the east bank, its chair said in a letter.</p>` + rest,
			"2021-03-04", ""},
		{"guard: a byline set in a paragraph moves a local stamp",
			head + local + h1 + `<p>By Ona Fell | March 3, 2021</p><p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a dateline opening the lead moves a local stamp",
			head + local + h1 + `<p>CASTELMOOR, March 3, 2021 — The harbor board voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a labelled date in a long paragraph moves a local stamp",
			head + local + h1 + `<p>This report was first published March 3, 2021 and has since been brought up to date with the votes of the board and the ferry company.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a document's date set off by a bar moves a local stamp",
			head + local + h1 + `<p>Press release of March 3, 2021 | Castelmoor – The harbor board voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a lead's date that is the stamp's day keeps it",
			head + local + h1 + `<p>The harbor board of Castelmoor voted on March 4, 2021, to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-04", ""},
		{"a same-day lead moves a UTC evening stamp of an unknown zone",
			head + `<meta property="article:published_time" content="2021-03-04T01:30:00Z">` + h1 + `<p>The harbor board of Castelmoor voted on March 3, 2021, to close the old ferry pier after a storm tore away two of its pilings.</p>` + rest,
			"2021-03-03", "https://www.castelmoor-herald.com/news/pier"},
		{"a same-day lead with its weekday moves a UTC evening stamp",
			head + `<meta property="article:published_time" content="2021-03-04T02:45:00Z">` + h1 + `<p>The harbor board of Castelmoor on Wednesday, March 3, 2021, voted to close the old ferry pier after a storm tore away two of its pilings.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a lead's date does not move a UTC stamp in the page's own zone",
			head + `<meta property="article:published_time" content="2021-03-04T01:30:00Z"><meta property="article:modified_time" content="2021-03-04T02:30:00+01:00">` + h1 + `<p>The harbor board of Castelmoor voted on March 3, 2021, to close the old ferry pier after a storm tore away two of its pilings.</p>` + rest,
			"2021-03-04", ""},
		{"a letter's dateline with 'den' moves a local stamp",
			`<html lang="de"><head><title>Hafenrat beschließt zweiten Anleger</title>` + localDE + `</head><body><h1>Hafenrat beschließt zweiten Anleger</h1><p>Castelmoor, den 3. März 2021. Der Hafenrat von Castelmoor hat heute beschlossen, am Ostufer einen zweiten Anleger für die Fähre zu bauen.</p></body></html>`,
			"2021-03-03", ""},
		{"a letter's dateline with 'le' moves a local stamp",
			`<html lang="fr"><head><title>Le port vote un second ponton</title>` + localDE + `</head><body><h1>Le port vote un second ponton</h1><p>Castelmoor, le 3 mars 2021. Le conseil du port de Castelmoor a voté aujourd'hui la construction d'un second ponton sur la rive est.</p></body></html>`,
			"2021-03-03", ""},
		{"a letter's dateline with 'a' moves a local stamp",
			`<html lang="es"><head><title>El puerto aprueba un segundo muelle</title>` + localDE + `</head><body><h1>El puerto aprueba un segundo muelle</h1><p>Castelmoor, a 3 de marzo de 2021. La junta del puerto de Castelmoor aprobó hoy la construcción de un segundo muelle en la orilla este.</p></body></html>`,
			"2021-03-03", ""},
		{"a dateline whose place holds a word in lower case moves a local stamp",
			`<html lang="de"><head><title>Hafenrat beschließt zweiten Anleger</title>` + localDE + `</head><body><h1>Hafenrat beschließt zweiten Anleger</h1><p>Neustadt am Deich, 3. März 2021. Der Hafenrat der Stadt hat heute beschlossen, am Ostufer einen zweiten Anleger für die Fähre zu bauen.</p></body></html>`,
			"2021-03-03", ""},
		{"a lead opening with its date after 'On' does not move a local stamp",
			head + local + h1 + `<p>On March 3, 2021, the harbor board of Castelmoor voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-04", ""},
		{"a lead opening with its weekday and date does not move a local stamp",
			head + local + h1 + `<p>On Wednesday, March 3, 2021, Mayor Ona Fell opened the second ferry pier on the east bank after two years of building.</p>` + rest,
			"2021-03-04", ""},
		{"a German lead opening with 'Am' and its date does not move a local stamp",
			`<html lang="de"><head><title>Hafenrat beschließt zweiten Anleger</title>` + localDE + `</head><body><h1>Hafenrat beschließt zweiten Anleger</h1><p>Am 3. März 2021 hat der Hafenrat von Castelmoor beschlossen, am Ostufer einen zweiten Anleger für die Fähre zu bauen.</p></body></html>`,
			"2021-03-04", ""},
		{"guard: a byline stamp after 'On' with its clock moves a local stamp",
			head + local + h1 + `<p>On March 3, 2021 at 9:40 a.m. by Ona Fell, staff writer of the Castelmoor Herald and its ferry desk.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a byline after 'On' and its date moves a local stamp",
			head + local + h1 + `<p>On March 3, 2021 by Ona Fell, staff writer of the Castelmoor Herald, with reporting from the ferry desk.</p>` + rest,
			"2021-03-03", ""},
		{"a lead opening with 'On' and its date, then 'by a vote', does not move a local stamp",
			head + local + h1 + `<p>On March 3, 2021 by a vote of five to two, the harbor board of Castelmoor approved a second ferry pier on the east bank.</p>` + rest,
			"2021-03-04", ""},
		{"a Spanish lead opening with 'El' and its date, then 'por la noche', does not move a local stamp",
			`<html lang="es"><head><title>El puerto aprueba un segundo muelle</title>` + localDE + `</head><body><h1>El puerto aprueba un segundo muelle</h1><p>El 3 de marzo de 2021 por la noche, la junta del puerto de Castelmoor aprobó la construcción de un segundo muelle en la orilla este.</p></body></html>`,
			"2021-03-04", ""},
		{"guard: a date opening its paragraph without a preposition moves a local stamp",
			head + local + h1 + `<p>March 3, 2021, Castelmoor: The harbor board voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a capitalised word that is no preposition before the date moves a local stamp",
			head + local + h1 + `<p>Castelmoor March 3, 2021, the harbor board voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-03", ""},
		{"guard: a lead's date after a word and a comma does not move a local stamp",
			head + local + h1 + `<p>Yesterday, on March 3, 2021, the harbor board voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-04", ""},
		{"guard: a lead's date after a clause and a comma does not move a local stamp",
			head + local + h1 + `<p>The harbor board, meeting on March 3, 2021, voted to build a second ferry pier on the east bank after two years of hearings.</p>` + rest,
			"2021-03-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := HTML([]byte(tt.page), HTMLOptions{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Published.String(); got != tt.want {
				t.Errorf("published = %s (%s), want %s", got, r.PublishedFrom, tt.want)
			}
		})
	}
}

// TestHTMLDateWithoutOtherWorks: go-htmldate reads the page without the
// microdata items of other works (a comment, another article's teaser):
// it read a comment's datePublished as the page's date. The page's own
// items, and items of other kinds, stay in its view.
func TestHTMLDateWithoutOtherWorks(t *testing.T) {
	const head = `<html lang="en"><head><title>Harbor board approves second ferry pier</title></head><body><h1>Harbor board approves second ferry pier</h1>`
	const text = `<p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank, after two years of hearings and a public vote held in the autumn.</p>` +
		`<p>The pier will take two years to build and is paid for by the harbor dues of the next ten years, the board's chair told the members.</p>` +
		`<p>Ferry crews had asked for a second berth since the old one flooded in two winters running.</p>`
	const comment = `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Rolf</span> <meta itemprop="datePublished" content="2021-03-09T08:00:00Z"><p itemprop="text">Long overdue.</p></div>`
	const teaser = `<aside><div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="headline" href="/fares">Ferry fares rise</a><meta itemprop="datePublished" content="2021-03-08"></div></aside>`
	tests := []struct {
		name, page, want string
	}{
		{"a comment's date is not go-htmldate's",
			head + text + comment + `</body></html>`, ""},
		{"the page's date below its text, not a comment's",
			head + text + `<div class="post-date">4 March 2021</div>` + comment + `</body></html>`, "2021-03-04"},
		{"the article's item's date, not a teaser's before it",
			strings.Replace(head, "<h1>", teaser+`<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04"><h1>`, 1) + text + `</article></body></html>`, "2021-03-04"},
		{"guard: a page's item keeps its date",
			head + `<div itemscope itemtype="https://schema.org/WebPage"><meta itemprop="datePublished" content="2021-03-04"></div>` + text + comment + `</body></html>`, "2021-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseDoc(t, tt.page)
			m := readMeta(doc)
			before := renderNode(t, doc)
			got := htmldateFind(doc, "", m.otherWorks).date
			if s := ""; !got.IsZero() {
				s = got.String()
				if s != tt.want {
					t.Errorf("go-htmldate = %s, want %q", s, tt.want)
				}
			} else if tt.want != "" {
				t.Errorf("go-htmldate = none, want %s", tt.want)
			}
			if after := renderNode(t, doc); after != before {
				t.Errorf("the page changed:\n%s\nwant\n%s", after, before)
			}
		})
	}
	doc := parseDoc(t, strings.Replace(head, "<h1>", `<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-04"><h1>`, 1)+
		`<div itemscope itemtype="https://schema.org/Person" itemprop="author"><span itemprop="name">Ona Fell</span><meta itemprop="datePublished" content="2021-03-04"></div>`+text+`</article>`+comment+teaser+`</body></html>`)
	if got := otherWorks(readerVals(doc), headlineNode(doc, nil)); len(got) != 2 {
		t.Errorf("otherWorks = %d items, want the comment and the teaser, not the author", len(got))
	}
}

func renderNode(t *testing.T, n *html.Node) string {
	t.Helper()
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// readerVals returns a page's microdata datePublished and dateModified
// values with their items, as readMeta reads them.
func readerVals(doc *html.Node) []itemVal {
	r := &metaReader{pubRank: 99, modRank: 99}
	r.walk(doc)
	return append(r.itemPubs, r.itemMods...)
}

// TestOtherSections: a sidebar or navigation listing teasers of other
// articles (an <aside> or <nav> with a link to another page of the site
// whose text reads as a headline) and a comment section date other pages
// and readers' posts: their dates neither vote beside the headline nor
// reach go-htmldate or the page's first <time>. An aside with the post's
// own date, a share button and a commentary's date stay the page's.
func TestOtherSections(t *testing.T) {
	const head = `<html lang="en"><head><title>Harbor board approves second ferry pier</title>`
	const h1 = `</head><body><h1>Harbor board approves second ferry pier</h1>`
	const text = `<p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank after two years of hearings and a public vote held in the autumn.</p>` +
		`<p>The pier will take two years to build and is paid for by the harbor dues of the next ten years, the board's chair told the members at the meeting.</p>`
	const teasers = `<aside class="sidebar"><h3>More news</h3><ul><li><a href="/fares">Ferry fares rise again next spring</a> <span class="date">March 1, 2021</span></li>` +
		`<li><a href="/lights">Lights on the old pier fixed at last</a> <time datetime="2021-02-27">February 27, 2021</time></li></ul></aside>`
	const comments = `<div id="comments" class="comments-area"><h3>2 comments</h3><ol class="comment-list"><li class="comment"><span class="comment-meta">Rolf, ` +
		`<time datetime="2021-03-04T09:12:00+00:00">March 4, 2021 at 9:12 am</time></span><p>Long overdue.</p></li></ol></div>`
	const canonical = `<link rel="canonical" href="https://www.castelmoor-herald.com/harbor-board-pier/">`
	tests := []struct{ name, page, want string }{
		{"teasers above the headline do not outvote its byline",
			head + strings.Replace(h1, "<h1>", teasers+"<h1>", 1) + `<p class="byline">By Ona Fell, March 3, 2021</p>` + text + `</body></html>`, "2021-03-03"},
		{"teasers beside the text date no page",
			head + canonical + h1 + `<p class="byline">By Ona Fell</p>` + text + teasers + `</body></html>`, ""},
		{"a comment's date is no page's",
			head + h1 + `<p class="byline">By Ona Fell</p>` + text + comments + `</body></html>`, ""},
		{"guard: an aside with the post's own date",
			head + canonical + strings.Replace(h1, "<h1>", `<aside class="entry-details"><ul><li class="entry-date"><a href="https://www.castelmoor-herald.com/harbor-board-pier/">March 3, 2021</a></li>`+
				`<li><a href="https://www.castelmoor-herald.com/harbor-board-pier/#respond">Be the first to comment</a></li></ul></aside><h1>`, 1) + text + comments + `</body></html>`, "2021-03-03"},
		{"guard: an aside with its time and a share link to another site",
			head + h1 + `<aside class="meta"><time datetime="2021-03-03T14:00:00Z">March 3, 2021</time> <a href="https://social.example.net/share?u=x">Share this on the web</a></aside>` + text + teasers + `</body></html>`, "2021-03-03"},
		{"guard: an aside with its time and a share link to the page itself",
			head + canonical + h1 + `<aside class="meta"><time datetime="2021-03-03T14:00:00Z">March 3, 2021</time> <a href="https://www.castelmoor-herald.com/harbor-board-pier/?share=mail">Click to share by mail</a></aside>` + text + teasers + `</body></html>`, "2021-03-03"},
		{"guard: a commentary's date",
			head + h1 + `<div class="commentary"><p>By Ona Fell</p><time datetime="2021-03-03">March 3, 2021</time></div>` + text + `</body></html>`, "2021-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, "", tt.want) })
	}
	for s, want := range map[string]bool{"comments": true, "comment-list": true, "commentlist": true, "comments-area": true, "disqus_thread": true, "comment": true,
		"commentary": false, "no-comments": false, "article-comments-off": false,
		"comments_container": true, "comment-section": true, "comment-count": false, "comment-byline": false} {
		if got := commentSectionRe.MatchString(s); got != want {
			t.Errorf("commentSectionRe(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestReviewDates: a review that is the page's own work (schema.org
// ClaimReview, a fact check; CriticReview; Review) dates the page; the work
// it reviews (itemReviewed: a claim, a film, a book) has its own dates,
// which go-htmldate took when they came first in the script. An article's
// item comes before a review's; a review nested in a product is not read.
func TestReviewDates(t *testing.T) {
	const body = `</head><body><h1>Did the harbor board double ferry fares?</h1>` +
		`<p>A post shared widely this week says the harbor board of Castelmoor doubled the ferry fares for the winter, but the board's tables show a rise of a tenth.</p>` +
		`<p>The fares for cars rose by a fifth, the board's chair said, and those for foot passengers did not change at all this year.</p></body></html>`
	ld := func(s string) string {
		return `<html lang="en"><head><title>Did the harbor board double ferry fares?</title><script type="application/ld+json">` + s + `</script>`
	}
	tests := []struct{ name, page, want string }{
		{"a fact check's date, not the claim's",
			ld(`{"@context":"https://schema.org","@type":"ClaimReview","itemReviewed":{"@type":"Claim","datePublished":"2021-02-26","author":{"@type":"Person","name":"Rolf Amsel"}},"claimReviewed":"The board doubled the fares","datePublished":"2021-03-03T14:00:00Z","reviewRating":{"@type":"Rating","ratingValue":1}}`) + body, "2021-03-03"},
		{"a critic's review, not the film's",
			ld(`{"@context":"https://schema.org","@type":["CriticReview"],"itemReviewed":{"@type":"Movie","name":"The Pier","datePublished":"2019-05-01"},"datePublished":"2021-03-03"}`) + body, "2021-03-03"},
		{"guard: the article's item before the review's",
			ld(`[{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2021-03-05"},{"@context":"https://schema.org","@type":"NewsArticle","headline":"Did the harbor board double ferry fares?","datePublished":"2021-03-03"}]`) + body, "2021-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, "", tt.want) })
	}
	doc := parseDoc(t, ld(`{"@context":"https://schema.org","@type":"Product","name":"Pier lamp","review":{"@type":"Review","datePublished":"2020-01-05"}}`)+body)
	if m := readMeta(doc); !m.published.IsZero() {
		t.Errorf("a product's nested review dates the page: %s", m.published)
	}
}

// TestUpdateLabelFirst: a byline that shows its update's date first and
// its first publication's after it ("Updated March 5, 2021 · Originally
// published March 3, 2021") dates the page by the earlier, unlabelled
// date; an update's date alone, or before a later date, still dates it.
func TestUpdateLabelFirst(t *testing.T) {
	const head = `<html lang="en"><head><title>Harbor board approves second ferry pier</title></head><body><h1>Harbor board approves second ferry pier</h1>`
	const text = `<p>The harbor board of Castelmoor voted to build a second ferry pier on the east bank after two years of hearings.</p></body></html>`
	tests := []struct{ name, byline, want string }{
		{"the update first, the first publication after it",
			`<p class="byline">Updated March 5, 2021 · Originally published March 3, 2021</p>`, "2021-03-03"},
		{"the update first, the date in another element",
			`<div class="meta"><span>Updated: 5 March 2021</span> <span>3 March 2021</span></div>`, "2021-03-03"},
		{"guard: an update's date alone",
			`<p class="byline">Updated March 5, 2021</p>`, "2021-03-05"},
		{"guard: the publication first",
			`<p class="byline">March 3, 2021 | Updated March 5, 2021</p>`, "2021-03-03"},
		{"guard: a later date after the update is no first publication",
			`<p class="byline">Updated March 5, 2021 · Hearing on March 9, 2021</p>`, "2021-03-05"},
		{"the lead's earlier date is an event's, not the first publication",
			`<p class="byline">By Ona Fell | Updated March 5, 2021</p><p>The harbor board of Castelmoor, which first heard the plan on January 4, 2021 after a storm broke the old pier, voted for it this week.</p>`, "2021-03-05"},
		{"a short standfirst's earlier date is an event's",
			`<p class="byline">Updated March 5, 2021</p><p class="standfirst">The board first heard the plan on January 4, 2021.</p>`, "2021-03-05"},
		{"a byline in lower case with a full stop is no sentence",
			`<p class="updated">Updated March 5, 2021</p><p class="byline">by Ona Fell, March 3, 2021.</p>`, "2021-03-03"},
		{"guard: the first publication in a line of its own with a full stop",
			`<p class="byline">Updated March 5, 2021</p><p>Originally published March 3, 2021.</p>`, "2021-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := pubCandidates{shown: headerDates(parseDoc(t, head+tt.byline+text))}
			if got := choosePublished(c).date.String(); got != tt.want {
				t.Errorf("choosePublished = %s, want %s", got, tt.want)
			}
		})
	}
}

// wantPublished checks the publication date HTML reads in page at
// address url ("" for none; want "" for no date).
func wantPublished(t *testing.T, page, url, want string) {
	t.Helper()
	r, err := HTML([]byte(page), HTMLOptions{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	if !r.Published.IsZero() {
		got = r.Published.String()
	}
	if got != want {
		t.Errorf("published = %q (%s), want %q", got, r.PublishedFrom, want)
	}
}

// TestPostMetaAndRelated: an aside or a navigation with one link that
// reads as a headline (a post-meta line's category or newsletter link, a
// breadcrumb one section up) is the post's own and keeps its date; a
// class that names part of a post by its comments or an opinion piece
// ("comment-count", "comment-byline") is no comment section; a <div> or
// <section> of related articles by its class or id is a list of teasers
// like a sidebar, unless it holds the article's prose.
func TestPostMetaAndRelated(t *testing.T) {
	const head = `<html lang="en"><head><title>Lantern makers of Tollwick reopen their old workshop</title></head><body>`
	const h1 = `<h1>Lantern makers of Tollwick reopen their old workshop</h1>`
	const text = `<p>The lantern makers of Tollwick opened the doors of their old workshop on the canal again after a winter of repairs to its roof and its kilns.</p>` +
		`<p>Visitors can watch the glass being blown on weekday mornings, and the guild sells the lanterns at the weekly market beside the lock, its warden Pell Varro said.</p>`
	const end = `</body></html>`
	const addr = "https://www.tollwick-courier.net/news/lantern-workshop-reopens"
	const related = `<h3>Related stories</h3><ul><li><a href="/news/canal-lock-repairs">Canal lock repairs finished before spring</a> <span class="date">February 26, 2021</span></li>` +
		`<li><a href="/news/glass-fair">Glass fair draws record crowd to the quay</a> <span class="date">February 20, 2021</span></li></ul>`
	for _, tt := range []struct{ name, page, url, want string }{
		{"a post-meta aside with a category of four words",
			head + h1 + `<aside class="entry-meta"><time datetime="2021-03-03">March 3, 2021</time> in <a href="/category/arts-and-crafts-news/">Arts and Crafts News</a></aside>` + text + end, addr, "2021-03-03"},
		{"a post-meta aside with a newsletter link",
			head + h1 + `<aside class="post-info"><a href="/staff/pell-varro">Pell Varro</a> <time datetime="2021-03-03">March 3, 2021</time> <a href="/newsletters">Sign up for our morning newsletter</a></aside>` + text + end, addr, "2021-03-03"},
		{"a post-meta aside linking its own comments, address unknown",
			head + h1 + `<aside class="entry-details"><span>March 3, 2021</span> <a href="/news/lantern-workshop-reopens#respond">Be the first to comment</a></aside>` + text + end, "", "2021-03-03"},
		{"a breadcrumb trail with the post's date",
			head + `<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news/arts-and-culture-in-tollwick/">Arts and culture in Tollwick</a> › <span>March 3, 2021</span></nav>` + h1 + text + end, addr, "2021-03-03"},
		{"an opinion byline classed comment-byline",
			head + h1 + `<div class="comment-byline">By Pell Varro · <time datetime="2021-03-03">March 3, 2021</time></div>` + text + end, addr, "2021-03-03"},
		{"a meta line classed comment-count",
			head + h1 + `<p class="meta comment-count"><a href="#comments">3 comments</a> · March 3, 2021</p>` + text + end, addr, "2021-03-03"},
		{"related stories above the headline do not outvote its byline",
			head + `<div class="related-posts">` + related + `</div>` + h1 + `<p class="byline">By Pell Varro, March 3, 2021</p>` + text + end, addr, "2021-03-03"},
		{"a related section after the text dates no page",
			head + h1 + `<p class="byline">By Pell Varro</p>` + text + `<section class="related">` + related + `</section>` + end, addr, ""},
		{"a related block by its id dates no page",
			head + h1 + `<p class="byline">By Pell Varro</p>` + text + `<div id="relatedArticles">` + related + `</div>` + end, addr, ""},
		{"a comment's labelled date does not outvote the byline",
			head + h1 + `<p class="byline">By Pell Varro, March 3, 2021</p>` + text + `<div id="comments"><ol class="comment-list"><li class="comment"><p class="comment-meta">Rolf Marr · Posted on March 4, 2021</p><p>Good to see it open.</p></li></ol></div>` + end, addr, "2021-03-03"},
		{"a teaser's labelled date does not outvote the byline",
			head + h1 + `<p class="byline">By Pell Varro, March 3, 2021</p>` + text + `<aside class="sidebar"><h3>More news</h3><ul><li><a href="/news/canal-lock-repairs">Canal lock repairs finished before spring</a> Published February 26, 2021</li>` +
				`<li><a href="/news/glass-fair">Glass fair draws record crowd to the quay</a></li></ul></aside>` + end, addr, "2021-03-03"},
		{"a comment's labelled date dates no page",
			head + h1 + `<p class="byline">By Pell Varro</p>` + text + `<div id="comments"><ol class="comment-list"><li class="comment"><p class="comment-meta">Rolf Marr · Posted on March 4, 2021</p><p>Good to see it open.</p></li></ol></div>` + end, addr, ""},
		{"guard: a side box's label of the page's date",
			head + h1 + `<p class="byline">By Pell Varro</p>` + text + `<aside class="info"><p>Published March 3, 2021</p><a href="/news/lantern-workshop-reopens#comments">Read what readers say</a></aside>` + end, addr, "2021-03-03"},
		{"guard: an article container classed for related links holds the byline",
			head + h1 + `<div class="story-body has-related-links"><p class="byline">By Pell Varro, March 3, 2021</p>` + text +
				`<p>More: <a href="/news/canal-lock-repairs">Canal lock repairs finished before spring</a>, <a href="/news/glass-fair">Glass fair draws record crowd to the quay</a></p></div>` + end, addr, "2021-03-03"},
		{"guard: a sidebar of two teasers beside a post-meta date",
			head + `<aside class="sidebar">` + related + `</aside>` + h1 + `<p class="byline">By Pell Varro, March 3, 2021</p>` + text + end, addr, "2021-03-03"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, tt.url, tt.want) })
	}
}

// TestOtherBlocks: a block of links that lists teasers of other pages
// each with its day (a "Latest" list, a row of cards, whatever its class)
// and an <article> nested in the article that holds the headline and its
// prose (HTML: comments, related articles) date other works: not the
// page, by the byline zone or by go-htmldate. A side panel of the
// article's own details beside one dated link, a meta line with two
// category links, an article that does not nest in the headline's, and
// an inner article that holds the text are the page's own.
func TestOtherBlocks(t *testing.T) {
	const head = `<html lang="en"><head><title>Lantern makers of Tollwick reopen their old workshop</title></head><body>`
	const h1 = `<h1>Lantern makers of Tollwick reopen their old workshop</h1>`
	const text = `<p>The lantern makers of Tollwick opened the doors of their old workshop on the canal again after a winter of repairs to its roof and its kilns.</p>` +
		`<p>Visitors can watch the glass being blown on weekday mornings, and the guild sells the lanterns at the weekly market beside the lock, its warden Pell Varro said.</p>`
	const end = `</body></html>`
	const addr = "https://www.tollwick-courier.net/news/lantern-workshop-reopens"
	const latest = `<div class="latest"><h2>Latest</h2><ul><li><a href="/news/canal-lock-repairs">Canal lock repairs finished before spring</a> <time datetime="2021-03-02">March 2, 2021</time></li>` +
		`<li><a href="/news/glass-fair">Glass fair draws record crowd to the quay</a> <time datetime="2021-02-27">Feb. 27, 2021</time></li></ul></div>`
	const cards = `<section class="top-stories"><article class="card"><a href="/news/canal-lock-repairs"><h3>Canal lock repairs finished before spring</h3></a><span class="date">March 2, 2021</span></article>` +
		`<article class="card"><a href="/news/glass-fair"><h3>Glass fair draws record crowd to the quay</h3></a><span class="date">February 27, 2021</span></article></section>`
	const replies = `<section class="discussion"><h3>2 replies</h3><article class="reply"><footer>Rolf Marr <time datetime="2021-03-04T09:00">March 4, 2021 at 9:00 am</time></footer><p>Glad the kilns are lit again.</p></article>` +
		`<article class="reply"><footer>Ada Lind <time datetime="2021-03-04T10:00">March 4, 2021 at 10:00 am</time></footer><p>Worth the wait.</p></article></section>`
	for _, tt := range []struct{ name, page, want string }{
		{"a list of the latest stories above the headline dates no page",
			head + latest + h1 + `<p class="byline">By Pell Varro</p>` + text + end, ""},
		{"cards of other stories above the headline do not outvote the byline",
			head + cards + h1 + `<p class="byline">By Pell Varro | March 3, 2021</p>` + text + end, "2021-03-03"},
		{"a list of the latest stories after the text dates no page",
			head + h1 + `<p class="byline">By Pell Varro</p>` + text + latest + end, ""},
		{"replies nested in the article date no page",
			head + `<article>` + h1 + `<p class="byline">By Pell Varro</p>` + text + replies + `</article>` + end, ""},
		{"guard: the byline's date beside the latest stories",
			head + latest + h1 + `<p class="byline">By Pell Varro | March 3, 2021</p>` + text + end, "2021-03-03"},
		{"guard: a side panel of the article's own details beside one dated link",
			head + h1 + `<p class="byline">By Pell Varro</p>` + text + `<div class="panel"><h3>Cited by</h3><a href="/news/canal-lock-repairs">Canal lock repairs finished before spring</a> <span>February 26, 2021</span> <a href="/news/glass-fair">Glass fair draws record crowd to the quay</a><h3>Details</h3><p>Published: March 3, 2021</p></div>` + end, "2021-03-03"},
		{"guard: a meta line with two category links",
			head + h1 + `<div class="entry-meta"><a href="/category/arts-and-crafts-news/">Arts and Crafts News</a>, <a href="/category/canal-and-river-life/">Canal and River Life</a> · March 3, 2021</div>` + text + latest + end, "2021-03-03"},
		{"guard: an article beside the headline, not nested in its article",
			head + `<header>` + h1 + `</header><article><p class="byline">By Pell Varro | March 3, 2021</p>` + text + `</article>` + end, "2021-03-03"},
		{"guard: an inner article that holds the text",
			head + `<article>` + h1 + `<article class="body"><p class="byline">By Pell Varro | March 3, 2021</p>` + text + `</article></article>` + end, "2021-03-03"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, addr, tt.want) })
	}
}

// TestMoreUpdateLabels: a byline that shows its latest version first by
// the word of a modification ("Last modified", "Zuletzt geändert",
// "Modifié le") or the noun of an update ("Dernière mise à jour",
// "Letzte Aktualisierung", "Última actualización") dates the page by the
// earlier date after it; a label labels only the date it comes before.
func TestMoreUpdateLabels(t *testing.T) {
	const en = `<p>The lantern makers of Tollwick opened the doors of their old workshop on the canal again after a winter of repairs to its roof and its kilns.</p>`
	const de = `<p>Die Laternenmacher von Tollwick haben ihre alte Werkstatt am Kanal nach einem Winter voller Arbeiten an Dach und Brennöfen wieder geöffnet.</p>`
	const fr = `<p>Les lanterniers de Tollwick ont rouvert leur vieil atelier au bord du canal après un hiver de travaux sur le toit et les fours.</p>`
	const es = `<p>Los faroleros de Tollwick reabrieron su viejo taller junto al canal tras un invierno de obras en el tejado y en los hornos.</p>`
	const it = `<p>I lanternai di Tollwick hanno riaperto la loro vecchia bottega sul canale dopo un inverno di lavori al tetto e alle fornaci.</p>`
	page := func(lang, byline, text string) string {
		const ti = "Tollwick workshop"
		return `<html lang="` + lang + `"><head><title>` + ti + `</title></head><body><h1>` + ti + `</h1><div class="meta">` + byline + `</div>` + text + `</body></html>`
	}
	for _, tt := range []struct{ name, page, want string }{
		{"en Last modified", page("en", `<span>Last modified: March 5, 2021</span> <span>March 3, 2021</span>`, en), "2021-03-03"},
		{"en Revised", page("en", `<span>Revised March 5, 2021</span> <span>March 3, 2021</span>`, en), "2021-03-03"},
		{"de Zuletzt geändert", page("de", `<span>Zuletzt geändert: 5. März 2021</span> <span>3. März 2021</span>`, de), "2021-03-03"},
		{"de Letzte Aktualisierung", page("de", `<span>Letzte Aktualisierung: 5. März 2021</span> <span>Erstellt: 3. März 2021</span>`, de), "2021-03-03"},
		{"fr Modifié le", page("fr", `<span>Modifié le 5 mars 2021 à 14h10</span> <span>Le 3 mars 2021 à 09h12</span>`, fr), "2021-03-03"},
		{"fr Dernière mise à jour", page("fr", `<span>Dernière mise à jour : 5 mars 2021</span> <span>3 mars 2021</span>`, fr), "2021-03-03"},
		{"es Última actualización", page("es", `<span>Última actualización: 05/03/2021</span> <span>03/03/2021</span>`, es), "2021-03-03"},
		{"it Ultimo aggiornamento", page("it", `<span>Ultimo aggiornamento: 05/03/2021</span> <span>03/03/2021</span>`, it), "2021-03-03"},
		{"it Modificato il", page("it", `<span>Modificato il 05/03/2021</span> <span>03/03/2021</span>`, it), "2021-03-03"},
		{"a numeric date after a labelled one is not the update's", page("de", `<span>Aktualisiert: 05.03.2021</span> <span>03.03.2021</span>`, de), "2021-03-03"},
		{"guard: a modification's date alone", page("en", `<span>Last modified: March 5, 2021</span>`, en), "2021-03-05"},
		{"guard: the publication first", page("de", `<span>03.03.2021</span> <span>Zuletzt geändert: 05.03.2021</span>`, de), "2021-03-03"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, "", tt.want) })
	}
}

// TestOtherBlocksOwnDate: the page's own date beside or under the blocks
// otherBlocks sets aside stays the page's: an inner <article> that holds
// more prose than the outer's own (a standfirst above the story's body)
// is the story, and a container that shows a day beside the items of
// its list of teasers (a brief and its "More news", a "Published" line
// beside the previous and next stories) is not set aside.
// Cards wholly in their links are teasers too.
func TestOtherBlocksOwnDate(t *testing.T) {
	const head = `<html lang="en"><head><title>Ferry crews of Dunmarrow return to the winter timetable</title></head><body>`
	const h1 = `<h1>Ferry crews of Dunmarrow return to the winter timetable</h1>`
	const text = `<p>The ferry crews of Dunmarrow went back to the winter timetable this week after the harbor office agreed to pay for two extra night crossings.</p>` +
		`<p>Passengers on the early boat will wait less at the slipway, and the office will review the timetable again in spring, its clerk Tamsin Orrel said.</p>`
	const end = `</body></html>`
	const addr = "https://www.dunmarrow-herald.net/news/ferry-winter-timetable"
	const more = `<ul><li><a href="/news/slipway-lights">New lights on the slipway switched on</a> <time datetime="2021-03-02">March 2, 2021</time></li>` +
		`<li><a href="/news/harbor-fees">Harbor fees rise for the summer boats</a> <time datetime="2021-02-27">Feb. 27, 2021</time></li>` +
		`<li><a href="/news/pier-cafe">Pier cafe keeps its doors open late</a> <time datetime="2021-02-25">Feb. 25, 2021</time></li></ul>`
	for _, tt := range []struct{ name, page, want string }{
		{"the story's body in an inner article under a standfirst",
			head + `<article class="node"><header>` + h1 + `<p class="standfirst">The harbor office will pay for two extra night crossings on the busiest ferry route.</p></header><article class="story-body"><p class="byline">By Tamsin Orrel | March 3, 2021</p>` + text + `</article></article>` + end, "2021-03-03"},
		{"a brief in a div beside its related list in one container",
			head + h1 + `<div class="story"><div class="dateline">March 3, 2021</div><div class="txt">Two night crossings return to the winter timetable.</div><div class="more"><h3>More news</h3>` + more + `</div></div>` + end, "2021-03-03"},
		{"a published line beside the previous and next stories in one bar",
			head + h1 + `<div class="story-tools"><div><a href="/news/slipway-lights">Previous: New lights on the slipway</a> March 2, 2021</div><div><a href="/news/harbor-fees">Next: Harbor fees rise for summer</a> March 4, 2021</div><div>Published March 3, 2021</div></div>` + text + end, "2021-03-03"},
		{"cards wholly in their links above the headline date no page",
			head + `<div class="rail"><a class="card" href="/news/slipway-lights"><h3>New lights on the slipway switched on</h3><time datetime="2021-03-02">March 2, 2021</time></a>` +
				`<a class="card" href="/news/harbor-fees"><h3>Harbor fees rise for the summer boats</h3><time datetime="2021-02-27">Feb. 27, 2021</time></a></div>` + h1 + `<p class="byline">By Tamsin Orrel</p>` + text + end, ""},
		{"guard: a brief in short paragraphs beside its related list",
			head + h1 + `<div class="story"><p class="date">March 3, 2021</p><p>Two night crossings return to the winter timetable</p><p>Early boat stays at six</p><h3>More news</h3>` + more + `</div>` + end, "2021-03-03"},
		{"guard: the related list in the container of a brief without a date of its own",
			head + h1 + `<div class="story"><div class="txt">Two night crossings return to the winter timetable.</div><div class="more"><h3>More news</h3>` + more + `</div></div>` + end, ""},
	} {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, addr, tt.want) })
	}
}

// TestLabelInProse: a label's word inside a sentence of the article's
// prose ("revised on", "was modified on", "modifié le", "modificado el",
// "seit der Aktualisierung am") dates what the article reports, not its
// page; a label in brackets after a date labels that date, not the next.
func TestLabelInProse(t *testing.T) {
	const meta = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-03-05T09:00:00Z"}</script>`
	page := func(lang, byline, text string) string {
		return `<html lang="` + lang + `"><head><title>Dunmarrow ferries</title>` + meta + `</head><body><h1>Dunmarrow ferries</h1><p class="byline">` + byline + `</p><p>` + text + `</p></body></html>`
	}
	for _, tt := range []struct{ name, page, want string }{
		{"en revised on", page("en", "By Tamsin Orrel", "The harbor office's timetable, revised on March 1, 2021 after the storms, adds two night crossings and keeps the early boat at six."), "2021-03-05"},
		{"en was modified on", page("en", "By Tamsin Orrel", "The crossing contract was modified on March 1, 2021 to add two night crossings, and the crews went back to work this week."), "2021-03-05"},
		{"en was published on", page("en", "By Tamsin Orrel", "The harbor office's review of the crossings was published on March 1, 2021 and found that the night boats ran half empty."), "2021-03-05"},
		{"fr modifié le", page("fr", "Par Tamsin Orrel", "Le contrat des traversées, modifié le 1 mars 2021 après les tempêtes, ajoute deux rotations de nuit et garde le premier bateau à six heures."), "2021-03-05"},
		{"es modificado el", page("es", "Por Tamsin Orrel", "El contrato de las travesías, modificado el 1 de marzo de 2021 tras los temporales, añade dos viajes nocturnos y mantiene el primer barco a las seis."), "2021-03-05"},
		{"de seit der Aktualisierung am", page("de", "Von Tamsin Orrel", "Die Fahrpläne der Fähren gelten seit der Aktualisierung am 1. März 2021 auch für die beiden neuen Nachtfahrten zwischen den Inseln."), "2021-03-05"},
		{"guard: a capitalised label opening a long paragraph", page("en", "By Tamsin Orrel", "Revised March 1, 2021: this story now gives the answer of the ferry company to the crews and the latest figures of the harbor office."), "2021-03-01"},
		{"guard: the text speaks of itself", page("en", "By Tamsin Orrel", "This story was first published on March 1, 2021 and has since been brought up to date with the answer of the ferry company."), "2021-03-01"},
		{"de a label in brackets after its date",
			`<html lang="de"><head><title>Dunmarrow</title></head><body><h1>Dunmarrow</h1><div class="meta"><span>05.03.2021 (aktualisiert)</span> <span>03.03.2021 (erstellt)</span></div><p>Die Fährleute von Dunmarrow fahren wieder nach dem Winterfahrplan, nachdem das Hafenamt zwei zusätzliche Nachtfahrten bezahlt hat.</p></body></html>`, "2021-03-03"},
		{"guard: Stand with a clock time only",
			`<html lang="de"><head><title>Dunmarrow</title></head><body><h1>Dunmarrow</h1><div class="meta"><span>Stand: 14:30 Uhr</span> <span>03.03.2021</span></div><p>Die Fährleute von Dunmarrow fahren wieder nach dem Winterfahrplan, nachdem das Hafenamt zwei zusätzliche Nachtfahrten bezahlt hat.</p></body></html>`, "2021-03-03"},
	} {
		t.Run(tt.name, func(t *testing.T) { wantPublished(t, tt.page, "", tt.want) })
	}
}
