package extract

import (
	"strings"
	"testing"

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
		{"dotted short year",
			`<html><body><h1>Ferry service resumes after storm</h1><p>Von: A. Writer | 31.10.23</p></body></html>`, "2023-10-31"},
		{"a today header above the headline is not read",
			`<html><body><p>Sunday, January 19, 2020</p><h1>Ferry service resumes after storm</h1><p>Text.</p></body></html>`, ""},
		{"no headline", `<html><body><p>7 March 2024</p></body></html>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := headerDates(parseDoc(t, tt.page), "Ferry service resumes after storm | The Ledger")
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

func TestChoosePublished(t *testing.T) {
	d := func(s string) dates.Date {
		f := dates.FindAll(s)
		if len(f) == 0 {
			return dates.Date{}
		}
		return f[0].Date
	}
	found := func(s string) []dates.Found { return dates.FindAllWorld(s) }
	tests := []struct {
		name   string
		meta   pageMeta
		header []dates.Found
		hd     dates.Date
		hdText bool
		want   string
		from   string
	}{
		{"metadata alone", pageMeta{published: d("2022-05-04")}, nil, dates.Date{}, false, "2022-05-04", "metadata"},
		{"metadata in UTC, the page shows the local day before", pageMeta{published: d("2022-05-04")}, found("3/5/2022 22:41"), dates.Date{}, false, "2022-05-03", "metadata"},
		{"the page shows the metadata day among others", pageMeta{published: d("2022-05-04")}, found("4 May 2022, updated 5 May 2022"), dates.Date{}, false, "2022-05-04", "metadata"},
		{"a shown date a week off is another date", pageMeta{published: d("2021-03-08")}, found("March 14, 2021"), dates.Date{}, false, "2021-03-08", "metadata"},
		{"go-htmldate read the shown day in the text", pageMeta{published: d("2022-05-04")}, nil, d("2022-05-03"), true, "2022-05-03", "metadata"},
		{"go-htmldate's time stamp does not move the metadata", pageMeta{published: d("2020-01-19")}, nil, d("2020-01-20"), false, "2020-01-19", "metadata"},
		{"shown date without metadata", pageMeta{}, found("11 September 2018"), d("2018-09-30"), true, "2018-09-11", "page"},
		{"ambiguous shown date settled by go-htmldate", pageMeta{}, found("03/05/2022"), d("2022-03-05"), false, "2022-03-05", "page"},
		{"go-htmldate before the first time element", pageMeta{visible: d("2020-02-02")}, nil, d("2020-02-03"), false, "2020-02-03", "htmldate"},
		{"time element", pageMeta{visible: d("2020-02-02")}, nil, dates.Date{}, false, "2020-02-02", "page"},
		{"go-htmldate last", pageMeta{}, nil, d("2016-08-15"), true, "2016-08-15", "htmldate"},
		{"nothing", pageMeta{}, nil, dates.Date{}, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pc := choosePublished(tt.meta, tt.header, tt.hd, tt.hdText)
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
