package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func TestFindingKeyIsStable(t *testing.T) {
	a := findingKey("discrepancy:number", "people killed", []string{"at least 15", "14"})
	b := findingKey("discrepancy:number", "People  killed", []string{"14", "at least 15"})
	if a != b {
		t.Errorf("key depends on value order or spacing: %s vs %s", a, b)
	}
	if c := findingKey("discrepancy:number", "people killed", []string{"14", "16"}); c == a {
		t.Error("different values gave the same key")
	}
	if c := findingKey("discrepancy:date", "people killed", []string{"14", "at least 15"}); c == a {
		t.Error("different kinds gave the same key")
	}
}

func TestLocator(t *testing.T) {
	a := &corroborate.Article{Text: "The bridge opened on Monday after two years of work. Officials said 40 workers built it.\n\nThe mayor called it “a new start for the town”."}
	l := newLocator(a)
	tests := []struct {
		find string
		want int
	}{
		{"Officials said 40 workers built it.", 1},
		{"officials said 40 workers built it", 1},                // case and punctuation
		{"The mayor called it \"a new start for the town\".", 2}, // other quote marks
		{"the bridge opened on Monday", 0},                       // part of a sentence
		{"Nothing like this.", -1},
	}
	for _, tt := range tests {
		if got := l.find(tt.find); got != tt.want {
			t.Errorf("find(%q) = %d, want %d", tt.find, got, tt.want)
		}
	}
	if got := l.best("mayor: “a new start for the town”"); got != 2 {
		t.Errorf("best = %d, want 2", got)
	}
	if got := l.best("volcano erupts"); got != -1 {
		t.Errorf("best of unrelated words = %d, want -1", got)
	}
}

// gridRowHTML returns the grid row (<tr>…</tr>) of the story page that
// holds all of want.
func gridRowHTML(t *testing.T, page string, want ...string) string {
	t.Helper()
	for _, row := range regexp.MustCompile(`(?s)<tr id="f-.*?</tr>`).FindAllString(page, -1) {
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(row, w)
		}
		if ok {
			return row
		}
	}
	t.Fatalf("no grid row holds %q", want)
	return ""
}

func TestStoryGrid(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	ingestSeeds(t, ts, "")
	sid := mainStory(t, ts)
	_, page := get(t, ts.URL+"/stories/"+sid)
	for _, gone := range []string{"Who said what", "Leaves out"} {
		if strings.Contains(page, gone) {
			t.Errorf("story page still has %q", gone)
		}
	}
	diffs := page[strings.Index(page, `<tbody class="differences">`):]
	diffs = diffs[:strings.Index(diffs, "</tbody>")]
	row := gridRowHTML(t, diffs, "at least 15", "at least 14")
	// One cell of the row is silent: the source that gives no count.
	if n := strings.Count(row, `class="cell differs"`); n != 2 {
		t.Errorf("15 vs 14 row has %d differing cells, want 2", n)
	}
	if !regexp.MustCompile(`<td class="silent" data-col="\[\d\] [^"]+">—</td>`).MatchString(row) {
		t.Error("15 vs 14 row has no silent cell")
	}
	// The cell links to the very sentence, which the article page anchors.
	m := regexp.MustCompile(`href="(/articles/[0-9a-f]+#s\d+)"><strong>at least 15</strong><span class="pop" role="tooltip">([^<]+)</span>`).FindStringSubmatch(row)
	if m == nil {
		t.Fatalf("no sentence link for at least 15 in %s", row)
	}
	if !strings.Contains(m[2], "at least 15") {
		t.Errorf("popover sentence %q", m[2])
	}
	path, frag, _ := strings.Cut(m[1], "#")
	_, art := get(t, ts.URL+path)
	sent := regexp.MustCompile(`<p id="` + frag + `" class="[^"]*">([^<]*)`).FindStringSubmatch(art)
	if sent == nil || !strings.Contains(sent[1], "at least 15") {
		t.Errorf("article %s #%s is %v", path, frag, sent)
	}
	// Differences come before agreements; one-source facts are folded.
	if d, a := strings.Index(page, "Sources differ"), strings.Index(page, "Independent sources agree"); d < 0 || a < 0 || d > a {
		t.Errorf("differences at %d, agreements at %d", d, a)
	}
	if !strings.Contains(page, `<details class="fold rest"><summary>Reported by one source only`) {
		t.Error("single-source facts not folded")
	}
	// Citations name the outlet; named things link to other stories.
	if !regexp.MustCompile(`<span class="n">\[1\]</span> Rudaw`).MatchString(page) {
		t.Error("citation without its outlet")
	}
	if !strings.Contains(page, `href="/?entity=Kevin&#43;C.&#43;Leahy"`) && !strings.Contains(page, `href="/?entity=Kevin%20C.%20Leahy"`) {
		t.Error("named people do not link to the entity filter")
	}
	if !strings.Contains(page, "also in:") {
		t.Error("no link to other stories sharing a name")
	}
}

func TestReviewFlow(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	ingestSeeds(t, ts, "")
	sid := mainStory(t, ts)
	_, page := get(t, ts.URL+"/stories/"+sid)
	row := gridRowHTML(t, page, "US troops wounded")
	key := regexp.MustCompile(`name="key" value="([0-9a-f]+)"`).FindStringSubmatch(row)[1]

	client, csrf := formClient(t, ts)
	form := url.Values{"key": {key}, "status": {"dismissed"}, "note": {"two different counts of one raid"}, "story": {sid}, "finding": {"discrepancy: US troops wounded"}}
	// Without the visitor's CSRF token, or from another site, it is refused.
	if resp, err := client.PostForm(ts.URL+"/reviews", form); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("review without CSRF token: %v %v", resp.StatusCode, err)
	}
	form.Set("csrf", csrf)
	req, _ := http.NewRequest("POST", ts.URL+"/reviews", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if resp, err := client.Do(req); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site review: %v %v", resp.StatusCode, err)
	}
	resp, err := client.PostForm(ts.URL+"/reviews", form)
	if err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("review: %v %v", resp.StatusCode, err)
	}
	if loc := resp.Header.Get("Location"); loc != "/stories/"+sid+"#dismissed" {
		t.Errorf("redirect to %q", loc)
	}
	_, page = get(t, ts.URL+"/stories/"+sid)
	i := strings.Index(page, `<details id="dismissed" class="fold dismissed">`)
	if i < 0 || !strings.Contains(page[i:], `id="f-`+key+`"`) {
		t.Fatal("dismissed finding not in the dismissed fold")
	}
	diffs := page[strings.Index(page, `<tbody class="differences">`):]
	if strings.Contains(diffs[:strings.Index(diffs, "</tbody>")], `id="f-`+key+`"`) {
		t.Error("dismissed finding still among the differences")
	}
	if !strings.Contains(page, "two different counts of one raid") {
		t.Error("review note not shown")
	}
	// Exports.
	_, body := get(t, ts.URL+"/api/reviews")
	var out struct {
		Reviews []corroborate.Review `json:"reviews"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Reviews) != 1 || out.Reviews[0].Status != "dismissed" || out.Reviews[0].Key != key {
		t.Errorf("GET /api/reviews = %s", body)
	}
	if r, body := get(t, ts.URL+"/api/reviews.csv"); !strings.HasPrefix(r.Header.Get("Content-Type"), "text/csv") || !strings.Contains(body, key+",dismissed,two different counts") {
		t.Errorf("reviews.csv = %s", body)
	}
	// The API confirms it again.
	req, _ = http.NewRequest("PUT", ts.URL+"/api/reviews/"+key, strings.NewReader(`{"status":"confirmed","note":"checked"}`))
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 200 {
		t.Fatalf("PUT review: %v %v", resp.StatusCode, err)
	}
	_, page = get(t, ts.URL+"/stories/"+sid)
	if strings.Contains(page, `<details id="dismissed" class="fold dismissed">`) {
		t.Error("confirmed finding still folded away")
	}
	req, _ = http.NewRequest("PUT", ts.URL+"/api/reviews/"+key, strings.NewReader(`{"status":"perhaps"}`))
	req.Header.Set("Content-Type", "application/json")
	if resp, _ := http.DefaultClient.Do(req); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad status: %d", resp.StatusCode)
	}
}

func TestReviewNeedsToken(t *testing.T) {
	_, ts := newTestServer(t, Config{Token: "s3cret"})
	req, _ := http.NewRequest("PUT", ts.URL+"/api/reviews/abc", strings.NewReader(`{"status":"confirmed"}`))
	req.Header.Set("Content-Type", "application/json")
	if resp, _ := http.DefaultClient.Do(req); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("PUT without token: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest("PUT", ts.URL+"/api/reviews/abc", strings.NewReader(`{"status":"confirmed"}`))
	req.Header.Set("Authorization", "Bearer s3cret")
	req.Header.Set("Content-Type", "application/json")
	if resp, _ := http.DefaultClient.Do(req); resp.StatusCode != http.StatusOK {
		t.Errorf("PUT with token: %d", resp.StatusCode)
	}
	// A body type a cross-site form could send is refused, token or not.
	req, _ = http.NewRequest("PUT", ts.URL+"/api/reviews/abc", strings.NewReader(`{"status":"dismissed"}`))
	req.Header.Set("Authorization", "Bearer s3cret")
	req.Header.Set("Content-Type", "text/plain")
	if resp, _ := http.DefaultClient.Do(req); resp.StatusCode < 400 {
		t.Errorf("PUT as text/plain: %d", resp.StatusCode)
	}
}

func TestTimelineSplitsContextAndGroupsDays(t *testing.T) {
	st := &corroborate.Story{ID: "s", Articles: []string{"a"}, Timeline: []corroborate.TimelineEvent{
		{Date: "1998", Precision: "year", Event: "The plant was built", Expression: corroborate.StrPtr("in 1998"), Articles: []string{"a"}},
		{Date: "2024-03-04", Precision: "day", Event: "The fire started", Expression: corroborate.StrPtr("on Monday"), Articles: []string{"a"}},
		{Date: "2024-03-04", Precision: "day", Event: "Workers left the plant", Articles: []string{"a"}},
		{Date: "2024-03-06", Precision: "day", Event: "The fire was put out", Expression: corroborate.StrPtr("March 6, 2024"), Articles: []string{"a"}},
	}}
	v := &view{byID: map[string]*corroborate.Article{"a": {ID: "a", Text: "The fire started on Monday. Workers left the plant."}}}
	tv := buildTimeline(st, newEvidence(v, st), storyItem{From: "2024-03-06", To: "2024-03-06"})
	if len(tv.Earlier) != 1 || tv.Earlier[0].Date != "1998" {
		t.Errorf("earlier context = %+v", tv.Earlier)
	}
	if len(tv.Days) != 2 || len(tv.Days[0].Events) != 2 {
		t.Fatalf("days = %+v", tv.Days)
	}
	if !tv.Days[0].Guessed || tv.Days[1].Guessed {
		t.Errorf("guessed years: %v %v", tv.Days[0].Guessed, tv.Days[1].Guessed)
	}
	svg := string(tv.SVG)
	if strings.Contains(svg, "1998") || strings.Count(svg, "<circle") != 2 {
		t.Errorf("svg draws the background or the wrong marks: %s", svg)
	}
	for _, m := range regexp.MustCompile(`<text x="([-0-9.]+)"`).FindAllStringSubmatch(svg, -1) {
		if strings.HasPrefix(m[1], "-") {
			t.Errorf("label outside the chart at x=%s", m[1])
		}
	}
}

func TestCountValue(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		n    corroborate.Number
		want string
	}{
		{corroborate.Number{Value: 2e6}, "2000000"},
		{corroborate.Number{Value: 15, Qualifier: corroborate.StrPtr("at least")}, "at least 15"},
		{corroborate.Number{Value: 2e6, Qualifier: corroborate.StrPtr("millions of")}, "millions (about 2000000)"},
		{corroborate.Number{Value: 6000, Low: f(5000), High: f(7000)}, "5000–7000"},
	}
	for _, tt := range tests {
		if got := countValue(tt.n); got != tt.want {
			t.Errorf("countValue(%+v) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
