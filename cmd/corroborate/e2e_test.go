package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// addedArticle is a short report of the seeds' event written for this
// test, added through the Add form with its outlet and date.
const addedArticle = `Sudani tells coalition commander ISIS is no longer a threat to Iraq

Iraqi Prime Minister Mohammed Shia al-Sudani told the commander of the US-led coalition against ISIS in Baghdad that the group no longer poses a threat to Iraq, his office said.

Sudani met Major General Kevin Leahy to discuss the end of the coalition's mission in Iraq and the move to bilateral security relations with the United States.

The meeting came days after US Central Command said a joint raid by US and Iraqi forces in western Iraq had killed at least 15 ISIS fighters.

Seven US troops were hurt in the operation, according to US officials.`

// factCheckerPath walks what a fact-checker does on the story page: find
// the 15 vs 14 row of the claims × sources grid, follow its cell to the
// sentence and see it highlighted, dismiss a finding and see it fold
// away, add an article with its outlet and date and see its column.
func factCheckerPath(ctx context.Context, t *testing.T, base, story string) {
	t.Helper()
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"/stories/"+story), chromedp.WaitVisible("table.grid")); err != nil {
		t.Fatalf("story page: %v", err)
	}
	// The 15 vs 14 row is among the differences; its cell links to the sentence.
	href := eval(`(() => {
		for (const tr of document.querySelectorAll("table.grid tbody.differences tr[id^='f-']")) {
			const t = tr.innerText;
			if (t.includes("at least 15") && t.includes("at least 14")) {
				for (const a of tr.querySelectorAll("td.differs a")) { if (a.querySelector("strong").textContent === "at least 15") { a.id = "e2e-cell"; return a.getAttribute("href"); } }
			}
		}
		return "";
	})()`)
	if !strings.Contains(href, "#s") {
		t.Fatalf("no 15 vs 14 row with a sentence link in the grid (href %q)", href)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#e2e-cell"), chromedp.WaitVisible(".sentence:target")); err != nil {
		t.Fatalf("follow the cell to %s: %v", href, err)
	}
	target := eval(`document.querySelector(".sentence:target").textContent`)
	bg := eval(`getComputedStyle(document.querySelector(".sentence:target")).backgroundColor`)
	if !strings.Contains(target, "at least 15") || bg == "rgba(0, 0, 0, 0)" || bg == "" {
		t.Errorf("the sentence %q is not highlighted (background %s)", target, bg)
	}
	// Dismiss a finding: it folds away.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/stories/"+story), chromedp.WaitVisible("table.grid")); err != nil {
		t.Fatal(err)
	}
	key := eval(`(() => {
		for (const tr of document.querySelectorAll("table.grid tbody.differences tr[id^='f-']")) {
			if (tr.querySelector("th").innerText.includes("wounded")) {
				tr.querySelector("details.review").open = true;
				tr.querySelector("input[name=note]").value = "e2e: two counts of one raid";
				tr.querySelector("button[value=dismissed]").id = "e2e-dismiss";
				return tr.id;
			}
		}
		return "";
	})()`)
	if key == "" {
		t.Fatal("no wounded row among the differences")
	}
	if err := chromedp.Do(ctx, chromedp.Click("#e2e-dismiss"), chromedp.WaitVisible("details.fold.dismissed")); err != nil {
		t.Fatalf("dismiss: %v", err)
	}
	folded := eval(`(() => { const d = document.querySelector("details.fold.dismissed"); return (d.open ? "open " : "closed ") + (d.querySelector("tr#` + key + `") ? "has row" : "no row") + (document.querySelector("tbody.differences tr#` + key + `") ? " still listed" : ""); })()`)
	if folded != "closed has row" {
		t.Errorf("dismissed finding: %s", folded)
	}
	// Add an article with its outlet and date through the form.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/add"), chromedp.WaitVisible("#text"),
		chromedp.SetValue("#text", addedArticle), chromedp.SetValue("#outlet", "E2E Observer"), chromedp.SetValue("#published", "2024-09-02"),
		chromedp.Click("form.add button[type=submit]")); err != nil {
		t.Fatalf("add form: %v", err)
	}
	// The job page reloads itself until the job is done (generous wait:
	// the store is analysed again under whatever load the machine has).
	storyLink := waitJS(ctx, t, `(document.body && document.body.innerText.includes("Done:")) ? ((document.querySelector("main a[href^='/stories/']") || {}).href || "none") : ""`, 3*time.Minute)
	if storyLink == "none" {
		t.Fatalf("the added article's job did not finish with a story: %s", eval(`document.body.innerText`))
	}
	// The story kept its id as the article joined it: the saved link is
	// the story's link still.
	if storyLink != base+"/stories/"+story {
		t.Errorf("the added article's story is %s; the saved link was %s", storyLink, base+"/stories/"+story)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(storyLink), chromedp.WaitVisible("table.grid")); err != nil {
		t.Fatal(err)
	}
	head := eval(`document.querySelector("table.grid thead").innerText`)
	if !strings.Contains(head, "E2E Observer") || !strings.Contains(head, "Rudaw") {
		t.Errorf("no column for the added outlet beside the others: %q", head)
	}
	if src := eval(`document.querySelector(".sources").innerText`); !strings.Contains(src, "E2E Observer · 2024-09-02") {
		t.Errorf("source card lacks the outlet and date: %q", src)
	}
}

// chromiumPath finds a Chromium for the browser tests. In CI (CI=true) a
// missing browser is a failure, never a silent skip.
func chromiumPath(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is not installed; .ci/run must install it")
	}
	t.Skip("Chromium not installed")
	return ""
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestEndToEnd builds the real binary, serves a fresh store, ingests the
// example seeds through the API and drives the pages in headless Chromium.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	browser := chromiumPath(t)
	dir := t.TempDir()
	bin := testBinary(t) // the binary the fault suite runs, built once for the test run
	addr := freeAddr(t)
	base := "http://" + addr
	cmd := exec.Command(bin, "serve", "--addr", addr, "--db", filepath.Join(dir, "e2e.db"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	for i := 0; ; i++ {
		resp, err := http.Get(base + "/api/stories")
		if err == nil {
			resp.Body.Close()
			break
		}
		if i > 600 { // a readiness wait (60 s), generous for a loaded machine
			t.Fatalf("server did not start: %s", stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}

	post := func(name, ctype string, body []byte) map[string]any {
		resp, err := http.Post(base+"/api/articles?name="+name, ctype, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("POST %s: %d %v", name, resp.StatusCode, out)
		}
		return out
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "seeds", "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		post(filepath.Base(f), "application/octet-stream", b)
	}
	hostile := post("hostile.html", "text/html", []byte(`<html><head><title>Council vote</title></head><body><article><h1>Council vote <script>window.__pwned=1</script></h1>
<p>The city council voted on Monday to approve the new budget, which raises spending on schools by 12 million euros, officials said.</p>
<p>Critics said the plan <img src=x onerror="window.__pwned=2"> would raise taxes &lt;script&gt;window.__pwned=3&lt;/script&gt; for families across the region.</p>
<p>The mayor defended the vote in a statement, saying the schools had waited too long for the money they needed.</p></article></body></html>`))
	hostileID := hostile["articles"].([]any)[0].(map[string]any)["id"].(string)

	story := mainStoryID(t, base)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.UserDataDir(filepath.Join(dir, "chrome")))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// Generous: the machine may be shared and loaded; every step waits on
	// a condition, never on a fixed time.
	ctx, cancelT := context.WithTimeout(ctx, 10*time.Minute)
	defer cancelT()

	storyPageShots(ctx, t, base, story)

	factCheckerPath(ctx, t, base, story)

	hostileMarkupInert(ctx, t, base, hostileID)
	crossSiteWritesRefused(ctx, t, base)

	// ECB+ dev (tune half): saved story links survive merges, and a
	// story of real news reads in the grid.
	if topics := ecbTuneTopics(t); len(topics) == 0 {
		t.Logf("ECB+ kit not at %s: the saved-link-after-merge and ECB+ story walks did not run", ecbKit)
	} else {
		added := savedLinksAfterMerge(ctx, t, base, topics)
		ecbStoryWalk(ctx, t, base, added)
	}

	stopsOnInterrupt(t, cmd, &stderr)
}

// storyPageShots checks the seeds story page on a desktop and a phone (the
// 15 vs 14 card, the timeline chart, no horizontal scrolling) and writes
// their screenshots to $CORROBORATE_SCREENSHOTS (default ../../screenshots).
func storyPageShots(ctx context.Context, t *testing.T, base, story string) {
	t.Helper()
	shots := os.Getenv("CORROBORATE_SCREENSHOTS")
	if shots == "" {
		shots = filepath.Join("..", "..", "screenshots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"/stories/"+story), chromedp.WaitVisible(".discrepancy")); err != nil {
		t.Fatalf("story page: %v", err)
	}
	cards, err := chromedp.Run(ctx, chromedp.Text(".cards"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(cards, "at least 15") || !strings.Contains(cards, "at least 14") {
		t.Errorf("the 15 vs 14 discrepancy card is not shown: %q", cards)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelectorAll("svg.timeline circle, svg.timeline rect.period").length`))
	// The seeds' own period holds two dated days (Saturday 31 August and
	// Sunday 1 September 2024); an undated article's "on Tuesday" is not
	// dated by borrowing the story's date.
	if err != nil || n < 2 {
		t.Errorf("timeline chart: %v events, %v", n, err)
	}
	desktop, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(shots, "story-desktop.png"), desktop, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), chromedp.Navigate(base+"/stories/"+story), chromedp.WaitVisible(".discrepancy")); err != nil {
		t.Fatal(err)
	}
	phone, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(shots, "story-phone.png"), phone, 0o644)
	// No horizontal scrolling of the page on a phone (tables scroll inside).
	if w, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth`)); err != nil || w > 400 {
		t.Errorf("page wider than the phone: %v %v", w, err)
	}
	t.Logf("screenshots written to %s", shots)
}

// mainStoryID returns the id of the story of three articles.
func mainStoryID(t *testing.T, base string) string {
	t.Helper()
	resp, err := http.Get(base + "/api/stories")
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Stories []struct {
			ID       string   `json:"id"`
			Articles []string `json:"articles"`
		} `json:"stories"`
	}
	json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	story := ""
	for _, s := range list.Stories {
		if len(s.Articles) == 3 {
			story = s.ID
		}
	}
	if story == "" {
		t.Fatalf("no story of three articles: %+v", list)
	}
	return story
}

// hostileMarkupInert checks that an article's markup renders as text.
func hostileMarkupInert(ctx context.Context, t *testing.T, base, hostileID string) {
	t.Helper()
	// Hostile markup renders inert.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/articles/"+hostileID), chromedp.WaitVisible("main")); err != nil {
		t.Fatal(err)
	}
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`typeof window.__pwned`))
	if err != nil || pwned != "undefined" {
		t.Errorf("article markup ran: window.__pwned is %q (%v)", pwned, err)
	}
	inert, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelectorAll("main script, main img, main [onerror]").length`))
	if err != nil || inert != 0 {
		t.Errorf("live elements from the article: %v (%v)", inert, err)
	}
	text, _ := chromedp.Run(ctx, chromedp.Text("main"))
	if !strings.Contains(text, "approve the new budget") {
		t.Errorf("article text missing: %q", text)
	}
}

// stopsOnInterrupt interrupts serve and checks that it stops cleanly.
func stopsOnInterrupt(t *testing.T, cmd *exec.Cmd, stderr *bytes.Buffer) {
	t.Helper()
	// Graceful shutdown.
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve exited with %v: %s", err, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Error("serve did not stop on interrupt")
	}
	if !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("no clean stop: %s", stderr.String())
	}
	_ = io.Discard
}

// crossSiteWritesRefused opens a page on another origin that posts a
// form to /add and text/plain to the API: nothing may be stored.
func crossSiteWritesRefused(ctx context.Context, t *testing.T, base string) {
	t.Helper()
	// A page on another origin cannot write: its auto-submitted form to
	// /add and its script's text/plain POST to the API are refused, and
	// nothing is stored.
	before := articleTotal(t, base)
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><body><form id="f" method="post" action="%s/add" enctype="multipart/form-data">
<input name="text" value="Cross-site article. The council met on Monday to approve the plan, officials said.">
</form><script>
fetch(%q, {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: "Cross-site script article. The mayor said on Monday the plan would go ahead."})
  .finally(() => document.getElementById("f").submit());
</script></body></html>`, base, base+"/api/articles")
	}))
	defer evil.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(evil.URL)); err != nil {
		t.Fatalf("cross-site page: %v", err)
	}
	// The page posts by script, then submits its form: once the browser
	// shows the answer to the form, both writes were tried.
	waitJS(ctx, t, `(location.href.startsWith(`+strconv.Quote(base+"/add")+`) && document.readyState === "complete") ? "answered" : ""`, 2*time.Minute)
	if after := articleTotal(t, base); after != before {
		t.Errorf("a cross-site page wrote into the server: %d articles, were %d", after, before)
	}
}

// articleTotal returns how many articles the server holds.
func articleTotal(t *testing.T, base string) int {
	t.Helper()
	resp, err := http.Get(base + "/api/articles")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct{ Total int }
	json.NewDecoder(resp.Body).Decode(&out)
	return out.Total
}
