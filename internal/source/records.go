package source

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Doc is the whole content of one input, decompressed.
type Doc struct {
	Source      string
	Data        []byte
	ContentType string
	URL         string
	// Fetched is when the document was read: the fetch time of a URL,
	// the modification time of a file; the zero time when unknown.
	Fetched time.Time
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
	// Fetched is when the page was read (Doc.Fetched, or a JSON record's
	// own crawl time), or the zero time.
	Fetched time.Time
}

// Records splits a document into records, detecting its kind by content
// (and name). Per-record errors (a bad JSON line) are returned beside the
// good records.
func Records(doc Doc) ([]Record, []error) {
	data := doc.Data
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []error{inputErr(doc.Source, errors.New("empty input"))}
	}
	if isBinary(data) {
		return nil, []error{inputErr(doc.Source, errors.New("binary content, not text, HTML or JSON"))}
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case looksFeed(trimmed, doc):
		return feedRecords(doc)
	case looksHTML(trimmed, doc):
		return []Record{{Source: doc.Source, Kind: "html", Body: data, ContentType: doc.ContentType, URL: doc.URL, Raw: data, RawKind: "html", Fetched: doc.Fetched}}, nil
	case trimmed[0] == '{' || trimmed[0] == '[' || strings.HasSuffix(strings.TrimSuffix(doc.Source, ".gz"), ".jsonl") || strings.HasSuffix(strings.TrimSuffix(doc.Source, ".gz"), ".json"):
		return jsonRecords(doc, trimmed)
	}
	if !utf8.Valid(data) {
		return nil, []error{inputErr(doc.Source, errors.New("not valid UTF-8 and no charset declared"))}
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
	// The crawl time: news-please's date_download and common names.
	"fetched": {"fetched", "fetched_at", "date_download", "downloaded_at", "date_crawled", "crawled", "crawled_at", "crawl_date", "retrieved", "retrieved_at", "scraped_at"},
}

// fetchedLayouts are the time stamps a record's crawl time is read in: a
// time of day is needed ("3 hours ago" is read against it), a zone is
// taken as UTC when none is written.
var fetchedLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04:05Z07:00", time.RFC1123Z, time.RFC1123}

// parseFetched reads a record's crawl time, or returns the zero time.
func parseFetched(v string) time.Time {
	v = strings.TrimSpace(v)
	for _, l := range fetchedLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t
		}
	}
	return time.Time{}
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

// objectRecord turns one JSON object into a record; where names it in
// errors.
func objectRecord(raw []byte, m map[string]any, where string) (Record, error) {
	r := jsonRecord{ID: pick(m, "id"), URL: pick(m, "url"), Outlet: pick(m, "outlet"), Title: pick(m, "title"),
		Published: pick(m, "published"), Author: pick(m, "author"), Text: pick(m, "text"), HTML: pick(m, "html")}
	if strings.TrimSpace(r.Text) == "" && strings.TrimSpace(r.HTML) == "" {
		return Record{}, inputErr(where, errors.New("record has no text or html field"))
	}
	if !IsWebURL(r.URL) {
		r.URL = "" // only http(s) addresses become links or sources
	}
	src := cmp.Or(r.URL, r.ID, where)
	rec := Record{Source: src, ID: r.ID, URL: r.URL, Outlet: r.Outlet, Title: r.Title, Published: r.Published,
		Author: r.Author, Raw: raw, RawKind: "json", Fetched: parseFetched(pick(m, "fetched"))}
	if r.HTML != "" {
		rec.Kind, rec.Body = "html", []byte(r.HTML)
	} else {
		rec.Kind, rec.Body = "text", []byte(r.Text)
	}
	return rec, nil
}

// lineRecord parses one JSON Lines line.
func lineRecord(line []byte, where string) (Record, error) {
	var m map[string]any
	if err := json.Unmarshal(line, &m); err != nil {
		return Record{}, inputErr(where, fmt.Errorf("invalid JSON: %v", jsonMessage(err)))
	}
	if m == nil {
		return Record{}, inputErr(where, errors.New("not a JSON object"))
	}
	return objectRecord(append([]byte(nil), line...), m, where)
}

// jsonMessage describes a JSON decoding error without naming Go types.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("field %q holds a JSON %s where another kind of value is expected", te.Field, te.Value)
		}
		return fmt.Sprintf("found a JSON %s where an object is expected", te.Value)
	}
	return err.Error()
}

func jsonRecords(doc Doc, trimmed []byte) ([]Record, []error) {
	var recs []Record
	var errs []error
	add := func(rec Record, err error) {
		if err != nil {
			errs = append(errs, err)
			return
		}
		recs = append(recs, rec)
	}
	if !utf8.Valid(trimmed) {
		return nil, []error{inputErr(doc.Source, errors.New("JSON is not valid UTF-8"))}
	}
	// A whole JSON document: an object or an array of objects.
	var whole any
	if err := json.Unmarshal(trimmed, &whole); err == nil {
		switch v := whole.(type) {
		case map[string]any:
			add(objectRecord(trimmed, v, doc.Source))
		case []any:
			for i, e := range v {
				m, ok := e.(map[string]any)
				where := fmt.Sprintf("%s[%d]", doc.Source, i)
				if !ok {
					errs = append(errs, inputErr(where, errors.New("not a JSON object")))
					continue
				}
				raw, _ := json.Marshal(m)
				add(objectRecord(raw, m, where))
			}
		default:
			errs = append(errs, inputErr(doc.Source, errors.New("JSON is neither an object nor an array of objects")))
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
		add(lineRecord(b, fmt.Sprintf("%s:%d", doc.Source, line)))
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, inputErr(doc.Source, fmt.Errorf("read JSON Lines: %w", err)))
	}
	return recs, errs
}
