// Package source turns the inputs named on a command line (files, folders,
// globs, URLs, "-") into documents, and documents into records: plain text,
// HTML, or JSON / JSON Lines records with their metadata. It reads gzip
// transparently and rejects empty, binary, oversized or undecodable input
// with an error that names it.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/fetch"
)

// MaxBytes is the default limit on one input, after decompression, and
// on one record of a JSON Lines file.
const MaxBytes = 20 << 20

// MaxCorpusBytes limits a whole JSON Lines file (named .jsonl or .ndjson),
// which holds many records.
const MaxCorpusBytes = 1 << 30

// IsCorpusName reports whether a file name says it holds JSON Lines.
func IsCorpusName(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".ndjson")
}

// Item is one input to read: a file, stdin, or a URL.
type Item struct {
	// Source is the path or URL as given (for files found in a folder or
	// glob, their path).
	Source string
	// Kind is "file", "stdin" or "url".
	Kind string
}

// InputError is an error about one named input.
type InputError struct {
	Source string
	Err    error
}

// Error implements error.
func (e *InputError) Error() string { return fmt.Sprintf("%s: %v", e.Source, e.Err) }

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// Expand resolves command-line inputs into items. Folders are walked
// recursively (hidden files skipped), globs are expanded, "-" is stdin.
// Inputs that name nothing are returned as errors; the rest still expand.
func Expand(inputs []string) ([]Item, []error) {
	var items []Item
	var errs []error
	for _, in := range inputs {
		switch {
		case in == "-":
			items = append(items, Item{Source: "-", Kind: "stdin"})
		case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
			items = append(items, Item{Source: in, Kind: "url"})
		default:
			paths := []string{in}
			if strings.ContainsAny(in, "*?[") {
				m, err := filepath.Glob(in)
				if err != nil {
					errs = append(errs, &InputError{in, fmt.Errorf("bad glob: %w", err)})
					continue
				}
				if len(m) == 0 {
					errs = append(errs, &InputError{in, errors.New("glob matches no file")})
					continue
				}
				paths = m
			}
			for _, p := range paths {
				st, err := os.Stat(p)
				if err != nil {
					errs = append(errs, &InputError{p, cleanPathErr(err)})
					continue
				}
				if !st.IsDir() {
					items = append(items, Item{Source: p, Kind: "file"})
					continue
				}
				var found []string
				werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
					if err != nil {
						errs = append(errs, &InputError{path, cleanPathErr(err)})
						return nil
					}
					name := d.Name()
					if path != p && strings.HasPrefix(name, ".") {
						if d.IsDir() {
							return filepath.SkipDir
						}
						return nil
					}
					if d.Type().IsRegular() {
						found = append(found, path)
					}
					return nil
				})
				if werr != nil {
					errs = append(errs, &InputError{p, werr})
				}
				sort.Strings(found)
				for _, f := range found {
					items = append(items, Item{Source: f, Kind: "file"})
				}
			}
		}
	}
	return items, errs
}

func cleanPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Doc is the content of one item.
type Doc struct {
	Source      string
	Data        []byte
	ContentType string
	URL         string
}

// Reader reads items.
type Reader struct {
	// MaxBytes limits one input after decompression (default MaxBytes).
	MaxBytes int64
	// Fetcher fetches URLs.
	Fetcher *fetch.Fetcher
	// Stdin is read for "-".
	Stdin io.Reader
}

// Read returns the content of it, decompressing gzip.
func (r *Reader) Read(ctx context.Context, it Item) (Doc, error) {
	limit := r.MaxBytes
	if limit <= 0 {
		limit = MaxBytes
	}
	if IsCorpusName(it.Source) && limit < MaxCorpusBytes {
		limit = MaxCorpusBytes
	}
	doc := Doc{Source: it.Source}
	var raw []byte
	var err error
	switch it.Kind {
	case "url":
		if r.Fetcher == nil {
			return doc, &InputError{it.Source, errors.New("URL fetching is not configured")}
		}
		p, ferr := r.Fetcher.Get(ctx, it.Source)
		if ferr != nil {
			return doc, &InputError{it.Source, ferr}
		}
		raw, doc.ContentType, doc.URL = p.Body, p.ContentType, p.URL
	case "stdin":
		in := r.Stdin
		if in == nil {
			in = os.Stdin
		}
		raw, err = readLimited(in, limit)
	default:
		var f *os.File
		f, err = os.Open(it.Source)
		if err == nil {
			raw, err = readLimited(f, limit)
			f.Close()
		} else {
			err = cleanPathErr(err)
		}
	}
	if err != nil {
		return doc, &InputError{it.Source, err}
	}
	data, err := Gunzip(raw, limit)
	if err != nil {
		return doc, &InputError{it.Source, err}
	}
	doc.Data = data
	return doc, nil
}

// ErrTooLarge is returned for input over the size limit.
var ErrTooLarge = errors.New("input too large")

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w (over %d MB)", ErrTooLarge, limit>>20)
	}
	return b, nil
}

// Gunzip returns b decompressed when it is gzip data (by its magic bytes),
// else b itself. Decompressed output is limited to limit bytes.
func Gunzip(b []byte, limit int64) ([]byte, error) {
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	defer zr.Close()
	out, err := readLimited(zr, limit)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, fmt.Errorf("truncated or corrupt gzip data: %w", err)
	}
	return out, nil
}

// Record is one article to extract.
type Record struct {
	// Source is the report's source for the article.
	Source string
	// Kind is "text" or "html".
	Kind string
	// Body is the article text or page.
	Body        []byte
	ContentType string
	// Metadata a JSON record or URL supplies.
	ID, URL, Outlet, Title, Published, Author string
	// Raw is the raw input of this record (the whole page or the JSON line).
	Raw []byte
	// RawKind is "text", "html" or "json".
	RawKind string
}

// Records splits a document into records, detecting its kind by content
// (and name). Per-record errors (a bad JSON line) are returned beside the
// good records.
func Records(doc Doc) ([]Record, []error) {
	data := doc.Data
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []error{&InputError{doc.Source, errors.New("empty input")}}
	}
	if isBinary(data) {
		return nil, []error{&InputError{doc.Source, errors.New("binary content, not text, HTML or JSON")}}
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case looksFeed(trimmed, doc):
		return feedRecords(doc)
	case looksHTML(trimmed, doc):
		return []Record{{Source: doc.Source, Kind: "html", Body: data, ContentType: doc.ContentType, URL: doc.URL, Raw: data, RawKind: "html"}}, nil
	case trimmed[0] == '{' || trimmed[0] == '[' || strings.HasSuffix(strings.TrimSuffix(doc.Source, ".gz"), ".jsonl") || strings.HasSuffix(strings.TrimSuffix(doc.Source, ".gz"), ".json"):
		return jsonRecords(doc, trimmed)
	}
	if !utf8.Valid(data) {
		return nil, []error{&InputError{doc.Source, errors.New("not valid UTF-8 and no charset declared")}}
	}
	return []Record{{Source: doc.Source, Kind: "text", Body: data, URL: doc.URL, Raw: data, RawKind: "text"}}, nil
}

func looksHTML(b []byte, doc Doc) bool {
	if strings.Contains(doc.ContentType, "html") {
		return true
	}
	head := strings.ToLower(string(b[:min(len(b), 2048)]))
	if !strings.HasPrefix(head, "<") {
		return false
	}
	for _, t := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<!--"} {
		if strings.Contains(head, t) {
			return true
		}
	}
	return false
}

// isBinary reports whether b looks like binary data: NUL bytes or many
// control characters in its first 8 KB.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}

// jsonRecord is the documented input record. Aliases are accepted for the
// common names other tools use.
type jsonRecord struct {
	ID        string
	URL       string
	Outlet    string
	Title     string
	Published string
	Author    string
	Text      string
	HTML      string
}

var aliases = map[string][]string{
	"id":        {"id", "_id", "uid", "doc_id", "guid"},
	"url":       {"url", "link", "href", "canonical_url", "source_url"},
	"outlet":    {"outlet", "site", "site_name", "sitename", "publisher", "source", "source_name", "domain", "media"},
	"title":     {"title", "headline"},
	"published": {"published", "date", "published_at", "publishedat", "pubdate", "pub_date", "date_published", "datepublished", "publish_date", "time", "timestamp", "created_at"},
	"author":    {"author", "byline", "authors", "creator"},
	"text":      {"text", "body", "content", "article", "maintext", "main_text", "description", "summary"},
	"html":      {"html", "raw_html", "page", "content_html", "body_html"},
}

func pick(m map[string]any, field string) string {
	lower := make(map[string]any, len(m))
	for k, v := range m {
		lower[strings.ToLower(k)] = v
	}
	for _, k := range aliases[field] {
		switch v := lower[k].(type) {
		case string:
			if strings.TrimSpace(v) != "" {
				return v
			}
		case float64:
			return fmt.Sprint(v)
		case []any:
			var parts []string
			for _, e := range v {
				if s, ok := e.(string); ok {
					parts = append(parts, s)
				}
			}
			if len(parts) > 0 {
				return strings.Join(parts, ", ")
			}
		case map[string]any:
			if s, ok := v["name"].(string); ok && s != "" {
				return s
			}
		}
	}
	return ""
}

func jsonRecords(doc Doc, trimmed []byte) ([]Record, []error) {
	var recs []Record
	var errs []error
	add := func(raw []byte, m map[string]any, where string) {
		r := jsonRecord{ID: pick(m, "id"), URL: pick(m, "url"), Outlet: pick(m, "outlet"), Title: pick(m, "title"),
			Published: pick(m, "published"), Author: pick(m, "author"), Text: pick(m, "text"), HTML: pick(m, "html")}
		src := r.URL
		if src == "" {
			src = r.ID
		}
		if src == "" {
			src = where
		}
		if strings.TrimSpace(r.Text) == "" && strings.TrimSpace(r.HTML) == "" {
			errs = append(errs, &InputError{where, errors.New("record has no text or html field")})
			return
		}
		rec := Record{Source: src, ID: r.ID, URL: r.URL, Outlet: r.Outlet, Title: r.Title, Published: r.Published,
			Author: r.Author, Raw: raw, RawKind: "json"}
		if r.HTML != "" {
			rec.Kind, rec.Body = "html", []byte(r.HTML)
		} else {
			rec.Kind, rec.Body = "text", []byte(r.Text)
		}
		recs = append(recs, rec)
	}
	if !utf8.Valid(trimmed) {
		return nil, []error{&InputError{doc.Source, errors.New("JSON is not valid UTF-8")}}
	}
	// A whole JSON document: an object or an array of objects.
	var whole any
	if err := json.Unmarshal(trimmed, &whole); err == nil {
		switch v := whole.(type) {
		case map[string]any:
			add(trimmed, v, doc.Source)
		case []any:
			for i, e := range v {
				m, ok := e.(map[string]any)
				where := fmt.Sprintf("%s[%d]", doc.Source, i)
				if !ok {
					errs = append(errs, &InputError{where, errors.New("not a JSON object")})
					continue
				}
				raw, _ := json.Marshal(m)
				add(raw, m, where)
			}
		default:
			errs = append(errs, &InputError{doc.Source, errors.New("JSON is neither an object nor an array of objects")})
		}
		return recs, errs
	}
	// JSON Lines.
	sc := bufio.NewScanner(bytes.NewReader(trimmed))
	sc.Buffer(make([]byte, 1<<20), MaxBytes+1)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", doc.Source, line)
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			errs = append(errs, &InputError{where, fmt.Errorf("invalid JSON: %v", err)})
			continue
		}
		add(append([]byte(nil), b...), m, where)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &InputError{doc.Source, fmt.Errorf("read JSON Lines: %w", err)})
	}
	return recs, errs
}
