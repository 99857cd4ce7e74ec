package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
)

// looksFeed reports whether a document is an RSS, Atom or JSON Feed.
func looksFeed(b []byte, doc Doc) bool {
	if strings.Contains(doc.ContentType, "rss") || strings.Contains(doc.ContentType, "atom") {
		return true
	}
	head := strings.ToLower(string(b[:min(len(b), 1024)]))
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf") ||
		strings.HasPrefix(head, "{") && strings.Contains(head, "jsonfeed.org")
}

// feedRecords turns a feed's items into records: each item's full content
// (or its description) as HTML, with its link, title, date and the feed's
// title as the outlet. Items without text are reported, not invented.
func feedRecords(doc Doc) ([]Record, []error) {
	fp := gofeed.NewParser()
	feed, err := fp.Parse(bytes.NewReader(doc.Data))
	if err != nil {
		return nil, []error{inputErr(doc.Source, fmt.Errorf("malformed feed: %v", err))}
	}
	var recs []Record
	var errs []error
	for i, it := range feed.Items {
		where := fmt.Sprintf("%s#%d", doc.Source, i+1)
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		if strings.TrimSpace(body) == "" {
			errs = append(errs, inputErr(where, errors.New("feed item has no text (fetch its link to read it)")))
			continue
		}
		rec := Record{Source: where, Kind: "html", Body: []byte("<html><body><article>" + body + "</article></body></html>"), Title: it.Title, URL: it.Link, RawKind: "feed"}
		rec.Raw = rec.Body
		if it.Link != "" {
			rec.Source = it.Link
		}
		if it.PublishedParsed != nil {
			rec.Published = it.PublishedParsed.Format("2006-01-02")
		} else if it.UpdatedParsed != nil {
			rec.Published = it.UpdatedParsed.Format("2006-01-02")
		}
		rec.Outlet = feed.Title
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			rec.Author = it.Authors[0].Name
		}
		recs = append(recs, rec)
	}
	if len(recs) == 0 && len(errs) == 0 {
		errs = append(errs, inputErr(doc.Source, errors.New("feed has no items")))
	}
	return recs, errs
}
