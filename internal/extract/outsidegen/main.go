// Command outsidegen writes the "outside" publication-date kit: the HTML
// test pages that go-htmldate and go-trafilatura ship in the module cache
// with a gold publication date, minus every page of the html-dev kit, in
// html-dev's format (gold.jsonl and pages/*.gz) so that
//
//	go run ./internal/extract/outsidegen -dev ../shared/data/html-dev -out /tmp/outside
//	corroborate eval extract --kit /tmp/outside --half tune
//
// score it beside go-htmldate alone. It is a check on pages nobody here
// annotated: the dates, and go-trafilatura's titles and main-text segments
// (which a page go-htmldate lists first borrows from go-trafilatura's entry
// for the same content; go-trafilatura's titled pages without a calendar
// day follow the dated pages), are the libraries' own gold (go-htmldate
// scripts/comparison/data-default.go and data-mediacloud.go, go-trafilatura
// scripts/comparison/data.go; Apache License 2.0). A page is dropped when
// its file name, its URL or its content is also an html-dev page, or when
// its content repeats a page already written. The kit is split in halves
// by file name like html-dev (evaluate.HalfOf); tune on the tune half only.
package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// entry is one gold page of a library's comparison data: go-trafilatura's
// also gives the page's title and the text segments its main text must
// and must not hold.
type entry struct {
	path, url, date, prefix string
	title                   string
	with, without           []string
}

type gold struct {
	File    string   `json:"file"`
	URL     string   `json:"url"`
	Lang    string   `json:"lang"`
	Date    string   `json:"date"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	Title   *string  `json:"title"`
	Author  *string  `json:"author"`
}

func main() {
	dev := flag.String("dev", "../shared/data/html-dev", "html-dev kit whose pages are excluded")
	out := flag.String("out", "/tmp/outside", "folder to write gold.jsonl and pages/ into")
	flag.Parse()
	modcache := os.Getenv("GOMODCACHE")
	if modcache == "" {
		modcache = filepath.Join(os.Getenv("HOME"), "go", "pkg", "mod")
	}
	hd := filepath.Join(modcache, "github.com/markusmobius/go-htmldate@v1.10.1")
	tf := filepath.Join(modcache, "github.com/markusmobius/go-trafilatura@v1.12.2")
	var ents []entry
	for _, f := range []string{"data-default.go", "data-mediacloud.go"} {
		ents = append(ents, htmldateEntries(filepath.Join(hd, "scripts/comparison", f), hd)...)
	}
	ents = append(ents, trafilaturaEntries(filepath.Join(tf, "scripts/comparison/data.go"), tf)...)
	names, urls, sums := devPages(*dev)
	if err := os.MkdirAll(filepath.Join(*out, "pages"), 0o755); err != nil {
		log.Fatalf("outsidegen: %v", err)
	}
	gf, err := os.Create(filepath.Join(*out, "gold.jsonl"))
	if err != nil {
		log.Fatalf("outsidegen: %v", err)
	}
	defer gf.Close()
	w := bufio.NewWriter(gf)
	golds := pickPages(ents, func(e entry, sum [32]byte) bool {
		return names[filepath.Base(e.path)] || urls[normURL(e.url)] || sums[sum]
	}, func(name string, b []byte) {
		if err := writeGz(filepath.Join(*out, "pages", name), b); err != nil {
			log.Fatalf("outsidegen: %v", err)
		}
	})
	for _, g := range golds {
		line, err := json.Marshal(g)
		if err != nil {
			log.Fatalf("outsidegen: gold of %s: %v", g.File, err)
		}
		w.Write(append(line, '\n'))
	}
	if err := w.Flush(); err != nil {
		log.Fatalf("outsidegen: %v", err)
	}
	fmt.Fprintf(os.Stderr, "outsidegen: %d pages written to %s\n", len(golds), *out)
}

// pickPages returns the gold lines of the pages of ents to keep, handing
// each kept page's content to keep under its file name. The dated pages
// come first, then the pages with a title but no calendar day (a title
// kit beside the date kit; their dates score nothing), so that adding the
// second kept the first one's pages. A page not shipped or that excluded
// reports (an html-dev page) is dropped; a page that repeats one already
// kept lends it the title and text segments the kept one's data file
// lacks (go-trafilatura's entries for pages that go-htmldate's data lists
// first), even when it has neither date nor title of its own.
func pickPages(ents []entry, excluded func(entry, [32]byte) bool, keep func(name string, b []byte)) []gold {
	seen := map[[32]byte]int{} // content → index in golds
	var golds []gold
	for _, dated := range []bool{true, false} {
		for _, e := range ents {
			if _, err := time.Parse("2006-01-02", e.date); (err == nil) != dated {
				continue // the other pass's: a calendar day, or none ("2022-29-11")
			}
			b, err := os.ReadFile(e.path)
			if err != nil {
				continue // listed in the data file but not shipped
			}
			sum := sha256.Sum256(b)
			if excluded(e, sum) {
				continue
			}
			if i, ok := seen[sum]; ok {
				lend(&golds[i], e) // also an untitled entry's text segments
				continue
			}
			if !dated && e.title == "" {
				continue // neither date nor title to score
			}
			name := e.prefix + filepath.Base(e.path) + ".gz"
			keep(name, b)
			seen[sum] = len(golds)
			golds = append(golds, goldOf(name, e, dated))
		}
	}
	return golds
}

// goldOf is the gold line of page name: its date when dated, and the
// title and text segments its data file gives.
func goldOf(name string, e entry, dated bool) gold {
	g := gold{File: name, URL: e.url, Lang: "all", With: nonNil(e.with), Without: nonNil(e.without)}
	if dated {
		g.Date = e.date
	}
	if e.title != "" {
		g.Title = &e.title
	}
	return g
}

// lend gives g the title and text segments of e, another data file's entry
// for the same page, where g has none.
func lend(g *gold, e entry) {
	if g.Title == nil && e.title != "" {
		g.Title = &e.title
	}
	if len(g.With) == 0 && len(g.Without) == 0 {
		g.With, g.Without = nonNil(e.with), nonNil(e.without)
	}
}

// nonNil returns ss, or an empty slice for nil (written as [] in JSON).
func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// htmldateEntries reads go-htmldate's comparison data: a slice of struct
// literals with the keys URL, File and Date; the page is in test-files/
// mediacloud or test-files/comparison.
func htmldateEntries(src, root string) []entry {
	var ents []entry
	for _, kv := range literals(src) {
		if kv["File"] == "" {
			continue
		}
		p := filepath.Join(root, "test-files/mediacloud", kv["File"])
		if _, err := os.Stat(p); err != nil {
			p = filepath.Join(root, "test-files/comparison", kv["File"])
		}
		ents = append(ents, entry{path: p, url: kv["URL"], date: kv["Date"], prefix: "hd-"})
	}
	return ents
}

// trafilaturaEntries reads go-trafilatura's comparison data: a map from URL
// to a struct literal with the keys File and Date.
func trafilaturaEntries(src, root string) []entry {
	var ents []entry
	for _, kv := range literals(src) {
		if kv["File"] == "" {
			continue
		}
		ents = append(ents, entry{path: filepath.Join(root, "test-files/comparison", kv["File"]),
			url: kv[""], date: kv["Date"], prefix: "tf-", title: strings.TrimSpace(kv["Title"]),
			with: splitList(kv["With"]), without: splitList(kv["Without"])})
	}
	return ents
}

// literals returns, in source order, the string-valued keyed fields of every
// composite literal in the file (a []string field joined by listSep); a
// literal that is a map value also gets its string map key under "".
func literals(src string) []map[string]string {
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		log.Fatalf("outsidegen: %v", err)
	}
	var res []map[string]string
	ast.Inspect(f, func(n ast.Node) bool {
		cl, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, el := range cl.Elts {
			mapKey := ""
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if s, ok := stringLit(kv.Key); ok {
					mapKey = s
					el = kv.Value
				}
			}
			inner, ok := el.(*ast.CompositeLit)
			if !ok {
				continue
			}
			m := map[string]string{"": mapKey}
			for _, f := range inner.Elts {
				kv, ok := f.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				if s, ok := stringLit(kv.Value); ok {
					m[id.Name] = s
				} else if l, ok := stringList(kv.Value); ok {
					m[id.Name] = strings.Join(l, listSep)
				}
			}
			if m["File"] != "" {
				res = append(res, m)
			}
		}
		return true
	})
	return res
}

// listSep joins the strings of a []string field in a literal's map.
const listSep = "\x00"

// splitList returns the strings a literal's []string field held.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, listSep)
}

// stringList returns the strings of a []string composite literal.
func stringList(e ast.Expr) ([]string, bool) {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	var out []string
	for _, el := range cl.Elts {
		s, ok := stringLit(el)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

func stringLit(e ast.Expr) (string, bool) {
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(bl.Value)
	return s, err == nil
}

func writeGz(path string, b []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	return nil
}

// devPages returns the source file names, normalised URLs and content
// hashes of the html-dev kit's pages.
func devPages(dir string) (map[string]bool, map[string]bool, map[[32]byte]bool) {
	names, urls, sums := map[string]bool{}, map[string]bool{}, map[[32]byte]bool{}
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		log.Fatalf("outsidegen: %v", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	for {
		var g struct {
			File       string  `json:"file"`
			SourceFile string  `json:"source_file"`
			URL        *string `json:"url"`
		}
		if err := dec.Decode(&g); err == io.EOF {
			break
		} else if err != nil {
			log.Fatalf("outsidegen: gold: %v", err)
		}
		names[g.SourceFile] = true
		if g.URL != nil && normURL(*g.URL) != "" {
			urls[normURL(*g.URL)] = true
		}
		b, err := readGz(filepath.Join(dir, "pages", g.File))
		if err != nil {
			log.Fatalf("outsidegen: %v", err)
		}
		sums[sha256.Sum256(b)] = true
	}
	return names, urls, sums
}

func readGz(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	r, err := gzip.NewReader(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return b, nil
}

// normURL is the URL without a trailing slash, as the kit's URLs are
// compared.
func normURL(s string) string { return strings.TrimSuffix(strings.TrimSpace(s), "/") }
