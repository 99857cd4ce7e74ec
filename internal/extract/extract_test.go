package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSeeds checks the README's example articles against the careful
// reading in ../shared/gold/seeds.md: headline, outlet, date, dateline,
// junk gone and body kept.
func TestSeeds(t *testing.T) {
	tests := []struct {
		file, title, outlet, published, place string
		dateOptional                          bool
		mustHave, mustNot                     []string
	}{
		{file: "000_f799f2cc55a51404.txt", title: "ISIS no longer a threat: Iraqi PM tells coalition commander", outlet: "Rudaw", published: "2024-09-01", place: "ERBIL, Kurdistan Region",
			mustHave: []string{"reiterated that the Islamic State (ISIS) no longer poses a threat", "cooperation through liaison officers, training, and traditional security cooperation programs."},
			mustNot:  []string{"A+ A-", "Rudaw moderates all comments", "Post a comment", "Required", "The Latest", "Lack of funds suspends 400 projects", "400 service projects", "01-09-2024"}},
		{file: "001_2a72e31879f31785.txt", title: "Iraq PM Declares ISIS No Longer a Threat, Coalition Mission Reviewed",
			mustHave: []string{"have fragmented into gangs", "will play a crucial part in shaping the country’s future security and international relations."},
			mustNot:  []string{"Leave a Reply", "Your email address will not be published", "Required fields are marked"}},
		{file: "002_9fea372c3363cbdf.txt",
			mustHave: []string{"said on Tuesday that ISIS is no longer a threat", "Will US troops leave Iraq eventually?", "a good proof for Washington that ISIS is still a threat despite Sudani’s words."}},
		{file: "003_c380d1a78872bf5f.txt", title: "US Ambassador to Iraq claims ISIS poses threat in Iraq", outlet: "IraqiNews.com", place: "Baghdad", dateOptional: true,
			mustHave: []string{"told Reuters in an interview in Baghdad", "to be consistent with the vision of the Iraqi government."},
			mustNot:  []string{"Friday, November 22, 2024"}},
		{file: "004_69f171446f9d5d68.txt", title: "Iraqi PM Sudani, US-led coalition commander discuss joint efforts to pursue ISIS remnants", outlet: "The New Region", published: "2025-01-26", place: "ERBIL, Kurdistan Region of Iraq",
			mustHave: []string{"no longer have a foothold", "Iraqi security forces arrested over 500 terror suspects in 2024", "until the country is “cleansed” from ISIS."},
			mustNot:  []string{"Profile picture of The New Region", "Author The New Region", "NEWSLETTER", "Get the latest updates delivered to your inbox.", "2 min read", "\nNews\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw := readFile(t, filepath.Join("..", "..", "examples", "seeds", tt.file))
			r := Text(raw, Hint{})
			if r.Title != tt.title {
				t.Errorf("title = %q, want %q", r.Title, tt.title)
			}
			if r.Outlet != tt.outlet {
				t.Errorf("outlet = %q, want %q", r.Outlet, tt.outlet)
			}
			got := ""
			if !r.Published.IsZero() {
				got = r.Published.String()
			}
			if got != tt.published && !(tt.dateOptional && r.PublishedConf < 0.5) {
				t.Errorf("published = %q (conf %.2f), want %q", got, r.PublishedConf, tt.published)
			}
			if r.Place != tt.place {
				t.Errorf("place = %q, want %q", r.Place, tt.place)
			}
			for _, s := range tt.mustHave {
				if !strings.Contains(r.Text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			for _, s := range tt.mustNot {
				if strings.Contains("\n"+r.Text+"\n", s) {
					t.Errorf("text keeps junk %q", s)
				}
			}
			// Every body paragraph once.
			seen := map[string]bool{}
			for _, p := range strings.Split(r.Text, "\n\n") {
				if seen[p] {
					t.Errorf("paragraph repeated: %q", p)
				}
				seen[p] = true
				if tt.title != "" && p == tt.title {
					t.Errorf("title repeated in body")
				}
			}
		})
	}
}

// TestEverySeedSentenceSurvives checks that no body line of a seed is lost:
// each input line of 12 words or more that ends a sentence, and is not in a
// comment or teaser block, appears in the clean text.
func TestEverySeedSentenceSurvives(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "seeds", "*.txt"))
	if len(files) != 5 {
		t.Fatalf("found %d seed files, want 5", len(files))
	}
	for _, f := range files {
		raw := readFile(t, f)
		r := Text(raw, Hint{})
		lines := strings.Split(raw, "\n")
		for _, l := range lines {
			l = normalizeLine(l)
			if k := classify(l); k == kindCommentsHead || k == kindTeaserHead || k == kindAuthorBox {
				break // what follows is another section of the page
			}
			if classify(l) != kindText || wordCount(l) < 12 || l == r.Title {
				continue
			}
			if strings.HasPrefix(l, "Image of "+r.Title) {
				l = strings.TrimSpace(strings.TrimPrefix(l, "Image of "+r.Title))
			}
			if !strings.Contains(r.Text, l) {
				t.Errorf("%s: lost line %q", filepath.Base(f), l)
			}
		}
	}
}

func TestTextRules(t *testing.T) {
	tests := []struct {
		name, in          string
		title, outlet     string
		published         string
		wantIn, wantNotIn []string
	}{
		{name: "lead sentence is not a title",
			in:     "The city council voted on Monday to close the old library, ending a debate that had lasted for years.\nThe decision was taken by 21 votes to 9 after a long session.",
			wantIn: []string{"The city council voted on Monday"}},
		{name: "section label, headline, site line, author box",
			in:    "Politics\n\nMinisters agree on new budget rules\n\nThe Daily Planet\n12 March 2024\n\nMinisters agreed on Tuesday to tighten the budget rules that govern spending by the regions, officials said.\n\nThe rules take effect next year.\n\nProfile picture of The Daily Planet\nAuthor The Daily Planet\n",
			title: "Ministers agree on new budget rules", outlet: "The Daily Planet", published: "2024-03-12",
			wantIn:    []string{"Ministers agreed on Tuesday", "The rules take effect next year."},
			wantNotIn: []string{"Profile picture", "Politics", "Author"}},
		{name: "month-first numeric date agreeing with the text",
			in:    "Storm closes ports along the coast\n03-05-2024\nRiver Gazette\n\nA storm closed ports along the coast on Tuesday, and more bad weather is expected, forecasters said, after a calm February.\n\nSubscribe to our newsletter\nEnter your email address\nComments\nThis is a comment that should go away with the section.",
			title: "Storm closes ports along the coast", published: "2024-03-05",
			wantNotIn: []string{"Subscribe", "comment that should go away"}},
		{name: "numeric date on a line with a North American time zone is month first",
			in:    "Bridge reopens after repairs\n\n6:47 AM PDT 5/3/2019\n\nThe county reopened the bridge on Friday, engineers said, after a long repair that began in the winter.",
			title: "Bridge reopens after repairs", published: "2019-05-03"},
		{name: "read more teaser inside the body and share bar",
			in:        "Farmers protest rising fuel prices\n\nHundreds of farmers drove tractors into the capital on Thursday to protest against rising fuel prices, police said.\n\nRead more: Fuel prices hit record high\n\nShare | Tweet | Email\n\nThe protest ended peacefully in the afternoon, organisers said in a statement, and a second one is planned for next month.",
			title:     "Farmers protest rising fuel prices",
			wantIn:    []string{"The protest ended peacefully"},
			wantNotIn: []string{"Read more", "Tweet"}},
		{name: "site chrome around the body",
			in:        "Skip to content\nMenu\nSearch\nCouncil approves new park\nUpdated 3 hours ago\nADVERTISEMENT\n\nThe city council approved plans for a new park on the riverside on Wednesday, after two years of debate about its cost, the mayor said.\n\nAdvertisement\n\nWork is expected to start next spring and finish within eighteen months, according to the plans.\n\nTags: parks, council, riverside\nCopyright © 2024 Riverside Herald. All rights reserved.",
			title:     "Council approves new park",
			wantIn:    []string{"approved plans for a new park", "Work is expected to start next spring"},
			wantNotIn: []string{"Advertisement", "ADVERTISEMENT", "Tags:", "Copyright", "Skip to content", "hours ago"}},
		// The cookie banner's buttons and links are phrases of the derived
		// list (furniture.txt); its long consent sentence is not derivable
		// from that corpus and stays.
		{name: "cookie notice and reading time",
			in:        "Vaccine trial shows promise\n5 min read\nCookie settings\nCookie policy\n\nA vaccine trial involving 3,000 volunteers showed strong protection against the disease, researchers reported on Wednesday in a medical journal.",
			title:     "Vaccine trial shows promise",
			wantNotIn: []string{"Cookie", "min read"}},
		{name: "a gallery's caption strip before the article",
			in:        "Orchard fire under control\n\nPhoto: Lena Ostrova / Valley Courier Slide 1 of / 4 Caption Close Slide 1 of 4 Firefighters spray water on burning crates on Friday night. Slide 2 of 4 Smoke above the packing shed on Saturday.\n\nFirefighters brought a blaze at a fruit packing shed under control early Monday after it burned through the weekend, the county fire service said.\n\nNo one was hurt, a spokeswoman said.",
			title:     "Orchard fire under control",
			wantIn:    []string{"brought a blaze at a fruit packing shed", "No one was hurt"},
			wantNotIn: []string{"Slide 1 of", "burning crates", "packing shed on Saturday"}},
		{name: "a page whose only text is a gallery keeps its captions",
			in:     "Slide 1 of / 3 Caption Close\n\nSlide 1 of 3 Volunteers stack sandbags along the canal wall as the water rises on Thursday.\n\nSlide 2 of 3 A ferry waits at the closed landing stage.",
			wantIn: []string{"Volunteers stack sandbags along the canal wall", "A ferry waits at the closed landing stage."}},
		{name: "teasers of other stories, each printed twice",
			in:        "Orchard fire under control\n\nA cyclist was hurt Tuesday when a delivery van turned into the bike lane on Elm Road.\n\nA cyclist was hurt Tuesday when a delivery van turned into the bike lane on Elm Road.\n\nSchool board delays vote on new bus routes\n\nSchool board delays vote on new bus routes\n\nFirefighters brought a blaze at a fruit packing shed under control early Monday after it burned through the weekend, the county fire service said.\n\nNo one was hurt, a spokeswoman said.\n\nNo one was hurt, a spokeswoman said.",
			title:     "Orchard fire under control",
			wantIn:    []string{"brought a blaze at a fruit packing shed", "No one was hurt"},
			wantNotIn: []string{"delivery van", "bus routes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Text(tt.in, Hint{})
			if r.Title != tt.title {
				t.Errorf("title = %q, want %q", r.Title, tt.title)
			}
			if tt.outlet != "" && r.Outlet != tt.outlet {
				t.Errorf("outlet = %q, want %q", r.Outlet, tt.outlet)
			}
			if tt.published != "" && r.Published.String() != tt.published {
				t.Errorf("published = %v, want %s", r.Published, tt.published)
			}
			for _, s := range tt.wantIn {
				if !strings.Contains(r.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, r.Text)
				}
			}
			for _, s := range tt.wantNotIn {
				if strings.Contains(r.Text, s) {
					t.Errorf("text keeps %q:\n%s", s, r.Text)
				}
			}
		})
	}
}

func TestHTMLPage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "news-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := HTML(page, HTMLOptions{URL: "https://ledger.example/news/bridge"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Harbour bridge reopens after repairs" {
		t.Errorf("title = %q", r.Title)
	}
	if r.Outlet != "The Coastal Ledger" {
		t.Errorf("outlet = %q", r.Outlet)
	}
	if r.Published.String() != "2023-04-18" {
		t.Errorf("published = %v", r.Published)
	}
	if r.Author != "Mara Lindqvist" {
		t.Errorf("author = %q", r.Author)
	}
	if r.Place != "NORDHAVEN" {
		t.Errorf("place = %q", r.Place)
	}
	for _, s := range []string{"reopened to traffic on Tuesday", "The bridge is safer now", "340 steel cables", "welcomed the news"} {
		if !strings.Contains(r.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, r.Text)
		}
	}
	for _, s := range []string{"cookie", "Ferry timetable", "Leave a Reply", "Great news, finally", "All rights reserved", "Sport", "newsletter"} {
		if strings.Contains(r.Text, s) {
			t.Errorf("text keeps %q:\n%s", s, r.Text)
		}
	}
}

func TestHTMLLegacyCharset(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "cp1252-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(page) {
		t.Fatal("fixture should not be UTF-8")
	}
	r, err := HTML(page, HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Café owners protest new rules" {
		t.Errorf("title = %q", r.Title)
	}
	if !strings.Contains(r.Text, "“We were never consulted,” said Renée Dubois") {
		t.Errorf("text not decoded:\n%s", r.Text)
	}
	if !utf8.ValidString(r.Text) {
		t.Error("text is not UTF-8")
	}
}

func TestDecodeHTMLUndeclared(t *testing.T) {
	if _, err := DecodeHTML([]byte("<html><body><p>caf\xe9</p></body></html>"), ""); err == nil {
		t.Error("undeclared non-UTF-8 page: want error")
	}
	if _, err := DecodeHTML([]byte("<html><body><p>caf\xe9</p></body></html>"), "text/html; charset=iso-8859-1"); err != nil {
		t.Errorf("declared in Content-Type: %v", err)
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ in, site, want string }{
		{"Harbour bridge reopens after repairs | The Coastal Ledger", "The Coastal Ledger", "Harbour bridge reopens after repairs"},
		{"Harbour bridge reopens after repairs - Ledger", "", "Harbour bridge reopens after repairs"},
		{"Why - and how - it happened", "", "Why - and how - it happened"},
	}
	for _, tt := range tests {
		if got := stripSiteSuffix(tt.in, tt.site); got != tt.want {
			t.Errorf("stripSiteSuffix(%q, %q) = %q, want %q", tt.in, tt.site, got, tt.want)
		}
	}
}

func TestChooseTitle(t *testing.T) {
	tests := []struct {
		name string
		m    pageMeta
		want string
	}{
		{"h1 agrees", pageMeta{h1: "Harbour bridge reopens after repairs", title: "Harbour bridge reopens after repairs | The Coastal Ledger"},
			"Harbour bridge reopens after repairs"},
		{"h1 is the site's name", pageMeta{h1: "Coastal Ledger", siteName: "Coastal Ledger",
			ogTitle: "Harbour bridge reopens after repairs", title: "Harbour bridge reopens after repairs - Coastal Ledger"},
			"Harbour bridge reopens after repairs"},
		{"h1 is the title's last part", pageMeta{h1: "RIVERTOWN TODAY", title: "Harbour bridge reopens after repairs - RIVERTOWN TODAY"},
			"Harbour bridge reopens after repairs"},
		{"h1 is the title's headline part", pageMeta{h1: "Harbour bridge reopens after repairs", ogTitle: "Harbour bridge reopens after repairs - Ledger",
			title: "Harbour bridge reopens after repairs - Ledger"}, "Harbour bridge reopens after repairs"},
		{"kicker in the h1", pageMeta{h1: "Transport Harbour bridge reopens after repairs", h1Rest: "Harbour bridge reopens after repairs",
			ogTitle: "Transport: Harbour bridge reopens after repairs"}, "Harbour bridge reopens after repairs"},
		{"kicker set apart by a dash, the whole declared", pageMeta{h1: "Transport – Harbour bridge reopens after repairs",
			h1Rest: "Harbour bridge reopens after repairs", h1Apart: true, ogTitle: "Transport – Harbour bridge reopens after repairs"},
			"Harbour bridge reopens after repairs"},
		{"first word emphasised, not a kicker", pageMeta{h1: "Breaking news on the harbour bridge", h1Rest: "news on the harbour bridge",
			ogTitle: "Breaking news on the harbour bridge"}, "Breaking news on the harbour bridge"},
		{"h1 reworded in the og:title", pageMeta{h1: "Tolls, delays and a new deck: five things we learned from the harbour bridge inquiry",
			ogTitle: "What we learned from the harbour bridge inquiry"},
			"Tolls, delays and a new deck: five things we learned from the harbour bridge inquiry"},
		{"h1 of another story", pageMeta{h1: "Weather warning for the weekend across the county",
			ogTitle: "What we learned from the harbour bridge inquiry"}, "What we learned from the harbour bridge inquiry"},
		{"long site name after the bar", pageMeta{siteName: "The Ledger - Coastal News Daily",
			ogTitle: "Harbour bridge reopens | The Ledger - Coastal News Daily"}, "Harbour bridge reopens"},
		{"site name before an unspaced bar", pageMeta{siteName: "CITY NEWS EASY", ogTitle: "CITY NEWS EASY|港の橋が再開しました"}, "港の橋が再開しました"},
		{"og:title cut at a quote", pageMeta{siteName: "Ledger", ogTitle: "Mayor calls the delay",
			title: "Mayor calls the delay \"unacceptable\" | Ledger"}, "Mayor calls the delay \"unacceptable\""},
		{"og:title shorter, no quote", pageMeta{ogTitle: "Mayor calls for inquiry", title: "Mayor calls for inquiry into the bridge delays"},
			"Mayor calls for inquiry"},
		{"hyphenated site name is not split", pageMeta{siteName: "Ledger", ogTitle: "Harbour bridge reopens in e-Ledger"}, "Harbour bridge reopens in e-Ledger"},
		{"og:title in Title Case, the <title> as written", pageMeta{siteName: "Ledger", ogTitle: "Ferry Back In Service After The Storm",
			title: "Ferry Back in Service After the Storm | Ledger"}, "Ferry Back in Service After the Storm"},
		{"og:title in capitals", pageMeta{ogTitle: "FERRY RETURNS TO PORT", title: "Ferry returns to port"}, "Ferry returns to port"},
		{"titles that differ in words keep the og:title", pageMeta{ogTitle: "Ferry Returns To Port", title: "Ferry returns to the port"},
			"Ferry Returns To Port"},
	}
	for _, tt := range tests {
		if got := chooseTitle(tt.m, ""); got != tt.want {
			t.Errorf("%s: chooseTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAfterKicker(t *testing.T) {
	tests := []struct {
		in, want string
		apart    bool
	}{
		{`<h1><span class="k">Transport</span> <span>Harbour bridge reopens</span></h1>`, "Harbour bridge reopens", false},
		{`<h1><span>Transport</span><br><span>Harbour bridge reopens</span></h1>`, "Harbour bridge reopens", false},
		{`<h1><span>Transport </span>Harbour bridge reopens &#8211; at last</h1>`, "Harbour bridge reopens – at last", false},
		{`<h1><span>Transport</span><span> – </span><span>Harbour bridge reopens</span></h1>`, "Harbour bridge reopens", true},
		{`<h1><span>Transport |</span> Harbour bridge reopens</h1>`, "Harbour bridge reopens", true},
		{`<h1><span>Transport</span>: Harbour bridge reopens</h1>`, "Harbour bridge reopens", false},
		{`<h1>Harbour <em>bridge</em> reopens</h1>`, "", false},
		{`<h1><a href="/x">Harbour bridge reopens</a></h1>`, "", false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		var h1 *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.DataAtom == atom.H1 && h1 == nil {
				h1 = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		if got, apart := afterKicker(h1); got != tt.want || apart != tt.apart {
			t.Errorf("afterKicker(%s) = %q, %v, want %q, %v", tt.in, got, apart, tt.want, tt.apart)
		}
	}
}

func TestReadMetaHeadlineH1(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"place label in an earlier h1", `<html><head><meta property="og:title" content="Harbour bridge reopens after repairs, Coastal County"></head>
<body><h1>Rivertown</h1><p>Menu</p><h1>Harbour bridge reopens after repairs</h1></body></html>`, "Harbour bridge reopens after repairs"},
		{"no h1 agrees: the first", `<html><head><title>Harbour bridge reopens</title></head>
<body><h1>Rivertown</h1><h1>Weather</h1></body></html>`, "Rivertown"},
		{"the first agrees", `<html><head><title>Harbour bridge reopens | Ledger</title></head>
<body><h1>Harbour bridge reopens</h1><h1>Harbour bridge reopens after repairs</h1></body></html>`, "Harbour bridge reopens"},
		{"a logo h1 without text is not the first", `<html><head><title>Harbour bridge reopens</title></head>
<body><h1><a href="/" class="logo" title="Ledger"></a></h1><h1>Weather</h1></body></html>`, "Weather"},
		{"kicker glued to the headline", `<html><head><title>Transport - "We reopen the bridge on Monday"</title></head>
<body><h1><a href="/" class="logo"></a></h1><h1>Ledger</h1><h1><span class="overline">Transport</span>"We reopen the bridge on Monday"</h1></body></html>`,
			`Transport"We reopen the bridge on Monday"`},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := readMeta(doc).h1; got != tt.want {
			t.Errorf("%s: h1 = %q, want %q", tt.name, got, tt.want)
		}
	}
}
