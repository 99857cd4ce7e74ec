package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestNewsPageDates reads the publication date of invented news pages in
// the shapes content systems write them (testdata/newsdates: WordPress,
// Arc, Drupal, Next.js, AMP, JSON-LD @graph, dateModified before
// datePublished, "Updated" lines, relative stamps read against the time
// the page was fetched, datelines, <time> elements, day-first dates, other
// languages, live blogs) against the date each page was written to have.
func TestNewsPageDates(t *testing.T) {
	tests := []struct{ file, want, url, fetched string }{
		{"wordpress", "2024-03-14", "https://valleycourier.example/2024/03/14/harbour-board/", ""},
		{"arc", "2023-11-02", "https://valleycourier.example/local/2023/11/02/harbour-board-dredging/", ""},
		{"drupal", "2022-06-08", "https://valleycourier.example/node/48213", ""},
		{"nextjs", "2024-01-19", "https://valleycourier.example/news/harbour-board-dredging", ""},
		{"amp", "2023-08-30", "", ""},
		{"graph", "2024-05-10", "", ""},
		{"modbeforepub", "2021-02-03", "", ""},
		{"updatedline", "2023-06-01", "", ""},
		{"hoursago", "2024-04-10", "", "2024-04-10T15:00:00Z"},
		{"yesterday", "2024-04-09", "", "2024-04-10T15:00:00Z"},
		{"dateline", "2022-09-14", "", ""},
		{"utcmidnight", "2020-10-07", "", ""},
		{"es-slash", "2022-04-03", "", ""},
		{"de-dots", "2021-03-12", "", ""},
		{"gb-slash", "2021-05-04", "", ""},
		{"fr-month", "2023-02-07", "", ""},
		{"pl-month", "2022-05-05", "", ""},
		{"it-month", "2020-09-21", "", ""},
		{"pt-month", "2021-08-02", "", ""},
		{"nl-month", "2024-01-09", "", ""},
		{"liveblog", "2024-03-12", "", ""},
		{"event", "2024-05-02", "", ""},
		{"created", "2023-09-18", "", ""},
		{"sidebar", "2023-06-02", "", ""},
		{"de-stand", "2021-03-03", "", ""},
		{"video", "2023-01-16", "", ""},
		{"liveblog-bare", "2024-03-12", "", ""},
		{"nextjs-bare", "2024-01-19", "", ""},
		{"utcmorning", "2021-11-05", "", ""},
		{"utcsame", "2021-11-04", "", ""},
		{"headertoday", "2022-10-14", "", ""},
		{"comments", "2022-10-14", "", ""},
		{"ogupdated", "2022-03-01", "", ""},
		{"de-vor", "2023-04-18", "", "2023-04-18T12:00:00Z"},
		{"fr-slash", "2022-11-05", "", ""},
		{"fr-ilya", "2023-04-17", "", "2023-04-18T09:00:00+02:00"},
		{"es-ayer", "2023-04-17", "", "2023-04-18T09:00:00+02:00"},
	}
	for _, tt := range tests {
		page, err := os.ReadFile(filepath.Join("testdata", "newsdates", tt.file+".html"))
		if err != nil {
			t.Fatal(err)
		}
		var fetched time.Time
		if tt.fetched != "" {
			if fetched, err = time.Parse(time.RFC3339, tt.fetched); err != nil {
				t.Fatal(err)
			}
		}
		r, err := HTML(page, HTMLOptions{URL: tt.url, Fetched: fetched})
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if got := r.Published.String(); got != tt.want {
			t.Errorf("%s: published %s (%s), want %s", tt.file, got, r.PublishedFrom, tt.want)
		}
	}
}

// TestTimeShownValue: a <time> whose datetime is an instant in UTC and
// whose content shows the day a zone makes of it gives the page its
// content's day (the first rows fail without the rule); guards: the same
// day, a stamp with the publisher's own offset, a content without its
// year or two days off, a UTC hour no zone moves to the content's day.
func TestTimeShownValue(t *testing.T) {
	tests := []struct{ datetime, content, want string }{
		{"2020-10-08T01:30:00Z", "Oct. 7, 2020 9:30 p.m. ET", "Oct. 7, 2020 9:30 p.m. ET"},
		{"2021-11-04T23:50:00Z", "Friday 5 November 2021, 00:50", "Friday 5 November 2021, 00:50"},
		{"2019-06-02T03:05:00+00:00", "1 June 2019", "1 June 2019"},
		{"2021-11-04T13:50:00Z", "4 November 2021", "2021-11-04T13:50:00Z"},
		{"2020-10-08T01:30:00-04:00", "Oct. 7, 2020", "2020-10-08T01:30:00-04:00"},
		{"2020-10-08T01:30:00Z", "Oct. 7", "2020-10-08T01:30:00Z"},
		{"2020-10-08T01:30:00Z", "Oct. 6, 2020", "2020-10-08T01:30:00Z"},
		{"2020-10-08T14:30:00Z", "Oct. 7, 2020", "2020-10-08T14:30:00Z"},
		{"2020-10-08", "Oct. 7, 2020", "2020-10-08"},
	}
	for _, tt := range tests {
		doc := parseDoc(t, `<p><time datetime="`+tt.datetime+`">`+tt.content+`</time></p>`)
		var tm *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.DataAtom == atom.Time {
				tm = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		if got := timeShownValue(tm, tt.datetime); got != tt.want {
			t.Errorf("timeShownValue(%q, %q) = %q, want %q", tt.datetime, tt.content, got, tt.want)
		}
	}
}

// TestBlockMemo: the memo answers a headline and address as otherBlocks
// does, keeps one answer per pair, and a nil memo computes each time.
func TestBlockMemo(t *testing.T) {
	page := `<html lang="en"><body><h1>Quay works begin on Monday</h1>` +
		`<div class="latest"><ul><li><a href="/news/ferry-fares-rise-again">Ferry fares to rise again in the spring</a> <time datetime="2021-03-02">March 2, 2021</time></li>` +
		`<li><a href="/news/school-roof-repairs">School roof repairs run over budget by a third</a> <time datetime="2021-02-27">Feb. 27, 2021</time></li></ul></div>` +
		`<p>The works on the quay wall begin on Monday and will close the road to the ferry for nine days, the harbour board said.</p></body></html>`
	doc := parseDoc(t, page)
	h1 := headlineNode(doc, nil)
	self := absURL("https://valleycourier.example/news/quay-works")
	want := otherBlocks(doc, h1, self)
	if len(want) == 0 {
		t.Fatal("the page's list of other stories is no other block")
	}
	memo := &blockMemo{}
	for range 2 {
		if got := memo.otherBlocks(doc, h1, self); len(got) != len(want) || got[0] != want[0] {
			t.Errorf("memo.otherBlocks = %v, want %v", got, want)
		}
	}
	memo.otherBlocks(doc, h1, nil)
	if len(memo.entries) != 2 {
		t.Errorf("memo keeps %d answers, want 2 (one per headline and address)", len(memo.entries))
	}
	var none *blockMemo
	if got := none.otherBlocks(doc, h1, self); len(got) != len(want) {
		t.Errorf("nil memo: %d blocks, want %d", len(got), len(want))
	}
}
