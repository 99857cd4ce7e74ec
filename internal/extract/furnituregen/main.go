// Command furnituregen writes the page-furniture phrase lists that package
// extract embeds (furniture.txt). It reads the HTML test pages shipped in Go
// modules of the module cache — go-trafilatura's and go-htmldate's
// test-files and go-readability's test-pages — and drops every page whose
// file name, URL or content is also a page of the html-dev kit we evaluate
// on:
//
//	go run ./internal/extract/furnituregen -dev ../shared/data/html-dev > internal/extract/furniture.txt
//
// In each page it takes the visible text of the elements go-trafilatura's
// own discard selectors target by class or id (internal/selector:
// content-discard-overall.go, teaser-discard.go, comments-discard.go), cut
// into lines at block elements, normalises the short lines (extract.FurniturePhrase: at
// most 8 words, lower-case, digit runs to "#") and keeps a line when it occurs on
// pages of at least 3 different sites (hosts of the pages' canonical URLs).
// Each kept phrase is written with the category of the selector whose
// element held it, suffixed "-head" when it was the text of a heading
// (h1–h6) inside that element.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"

	"github.com/corroborate/corroborate/internal/extract"
)

// categories maps class/id tokens of go-trafilatura's discard selectors to
// the category they mark; the first matching entry wins.
var categories = []struct{ cat, token string }{
	{"comments", "comment"}, {"comments", "disqus"}, {"comments", "respond"},
	{"cookie", "cookie"}, {"cookie", "consent"}, {"cookie", "gdpr"},
	{"newsletter", "newsletter"}, {"newsletter", "subscri"},
	{"share", "share"}, {"share", "social"}, {"share", "sociable"}, {"share", "syndication"},
	{"teaser", "related"}, {"teaser", "teaser"}, {"teaser", "popular"}, {"teaser", "viral"}, {"teaser", "recommend"},
	{"credit", "credit"}, {"credit", "caption"},
	{"chrome", "sidebar"}, {"chrome", "banner"}, {"chrome", "tags"}, {"chrome", "tag-list"},
	{"chrome", "footer"}, {"chrome", "subnav"}, {"chrome", "nav"}, {"chrome", "menu"}, {"chrome", "breadcrumb"},
}

var blocks = map[string]bool{"div": true, "p": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "section": true, "aside": true, "footer": true, "nav": true,
	"header": true, "br": true, "td": true, "tr": true, "figcaption": true, "figure": true, "button": true,
	"label": true, "form": true, "option": true, "dt": true, "dd": true, "article": true, "blockquote": true, "a": false}

type page struct {
	host  string
	lines map[string]string // phrase -> category
}

func main() {
	dev := flag.String("dev", "../shared/data/html-dev", "html-dev kit whose pages are excluded")
	flag.Parse()
	modcache := os.Getenv("GOMODCACHE")
	if modcache == "" {
		modcache = filepath.Join(os.Getenv("HOME"), "go", "pkg", "mod")
	}
	roots := []string{
		filepath.Join(modcache, "github.com/markusmobius/go-trafilatura@v1.12.2/test-files"),
		filepath.Join(modcache, "github.com/markusmobius/go-htmldate@v1.10.1/test-files"),
		filepath.Join(modcache, "github.com/go-shiori/go-readability@v0.0.0-20241012063810-92284fa8a71f/test-pages"),
	}
	names, urls, sums := devPages(*dev)
	seen := map[[32]byte]bool{}
	seenURL := map[string]bool{}
	hosts := map[string]map[string]bool{} // category\tphrase -> hosts
	npages, allHosts := 0, map[string]bool{}
	for _, root := range roots {
		err := filepath.Walk(root, func(path string, fi os.FileInfo, err error) error {
			if err != nil || fi.IsDir() || !strings.HasSuffix(path, ".html") {
				return err
			}
			if names[filepath.Base(path)] {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			if sums[sum] || seen[sum] {
				return nil
			}
			seen[sum] = true
			p := readPage(b)
			if p.host == "" || urls[p.host] || seenURL[p.host] {
				return nil
			}
			seenURL[p.host] = true
			npages++
			h := hostOf(p.host)
			allHosts[h] = true
			for ph, cat := range p.lines {
				k := cat + "\t" + ph
				if hosts[k] == nil {
					hosts[k] = map[string]bool{}
				}
				hosts[k][h] = true
			}
			return nil
		})
		if err != nil {
			log.Fatalf("furnituregen: walk %s: %v", root, err)
		}
	}
	var out []string
	for k, hs := range hosts {
		if len(hs) >= 3 {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	fmt.Printf("# Page-furniture phrases derived by internal/extract/furnituregen from the HTML test\n")
	fmt.Printf("# pages of go-trafilatura v1.12.2 (test-files; Apache License 2.0), go-htmldate v1.10.1\n")
	fmt.Printf("# (test-files; Apache License 2.0) and go-shiori/go-readability v0.0.0-20241012063810-92284fa8a71f\n")
	fmt.Printf("# (test-pages; MIT License), minus every page of html-dev.\n")
	fmt.Printf("# Corpus: %d pages from %d sites. A phrase is a short line (<= 8 words, lower-case, digits\n", npages, len(allHosts))
	fmt.Printf("# as #) inside an element go-trafilatura's discard selectors target, seen on >= 3 sites.\n")
	fmt.Printf("# Format: category<TAB>phrase.\n")
	for _, l := range out {
		fmt.Println(l)
	}
}

// devPages returns the file names, URLs and content hashes of the html-dev kit.
func devPages(dir string) (map[string]bool, map[string]bool, map[[32]byte]bool) {
	names, urls, sums := map[string]bool{}, map[string]bool{}, map[[32]byte]bool{}
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		log.Fatalf("furnituregen: %v", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	for {
		var raw map[string]any
		if err := dec.Decode(&raw); err == io.EOF {
			break
		} else if err != nil {
			log.Fatalf("furnituregen: gold: %v", err)
		}
		var g struct{ File, SourceFile, URL string }
		g.SourceFile, _ = raw["source_file"].(string)
		g.URL, _ = raw["url"].(string)
		g.File, _ = raw["file"].(string)
		names[g.SourceFile] = true
		names[strings.TrimSuffix(g.File, ".gz")] = true
		if g.URL != "" {
			urls[normURL(g.URL)] = true
		}
	}
	gz, _ := filepath.Glob(filepath.Join(dir, "pages", "*.gz"))
	for _, p := range gz {
		names[strings.TrimSuffix(filepath.Base(p), ".gz")] = true
		fh, err := os.Open(p)
		if err != nil {
			log.Fatalf("furnituregen: %v", err)
		}
		r, err := gzip.NewReader(fh)
		if err != nil {
			log.Fatalf("furnituregen: %s: %v", p, err)
		}
		b, err := io.ReadAll(r)
		fh.Close()
		if err != nil {
			log.Fatalf("furnituregen: %s: %v", p, err)
		}
		sums[sha256.Sum256(b)] = true
		if u := readPage(b).host; u != "" {
			urls[u] = true
		}
	}
	return names, urls, sums
}

func normURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.Path, "/")
}

func hostOf(nu string) string {
	if i := strings.IndexByte(nu, '/'); i >= 0 {
		return nu[:i]
	}
	return nu
}

// readPage parses a page: its URL (canonical link or og:url, normalised)
// and its furniture lines with their categories.
func readPage(b []byte) page {
	p := page{lines: map[string]string{}}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return p
	}
	var buf strings.Builder
	var bufCat string
	flush := func() {
		if bufCat != "" {
			if ph := extract.FurniturePhrase(buf.String()); ph != "" {
				if _, ok := p.lines[ph]; !ok {
					p.lines[ph] = bufCat
				}
			}
		}
		buf.Reset()
	}
	var walk func(n *html.Node, cat string, head bool)
	walk = func(n *html.Node, cat string, head bool) {
		switch n.Type {
		case html.TextNode:
			if cat != "" && head {
				cat += "-head"
			}
			if cat != bufCat {
				flush()
				bufCat = cat
			}
			buf.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "iframe":
				return
			case "link":
				if attr(n, "rel") == "canonical" && p.host == "" {
					p.host = normURL(attr(n, "href"))
				}
			case "meta":
				if attr(n, "property") == "og:url" && p.host == "" {
					p.host = normURL(attr(n, "content"))
				}
			}
			if c := category(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))); c != "" {
				cat = c
			}
			if blocks[n.Data] {
				flush()
			}
			if len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6' {
				head = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, cat, head)
		}
		if n.Type == html.ElementNode && blocks[n.Data] {
			flush()
		}
	}
	walk(doc, "", false)
	flush()
	return p
}

func category(classID string) string {
	if strings.TrimSpace(classID) == "" {
		return ""
	}
	for _, c := range categories {
		if strings.Contains(classID, c.token) {
			return c.cat
		}
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
