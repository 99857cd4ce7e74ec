package web

import (
	"net/http"
	"strconv"
)

// storySummary is a story in a list: what it is about and how much it
// holds, not its findings (those are at /api/stories/{id}).
type storySummary struct {
	ID             string   `json:"id"`
	Title          *string  `json:"title"`
	Thread         string   `json:"thread,omitempty"`
	From           string   `json:"from,omitempty"`
	To             string   `json:"to,omitempty"`
	Articles       []string `json:"articles"`
	Sources        int      `json:"sources"`
	Outlets        []string `json:"outlets"`
	Discrepancies  int      `json:"discrepancies"`
	Consensus      int      `json:"consensus"`
	Stances        int      `json:"stances"`
	Quotes         int      `json:"quotes"`
	TimelineEvents int      `json:"timeline_events"`
	Entities       int      `json:"entities"`
	Related        []string `json:"related"`
	Href           string   `json:"href"`
}

func summarize(it storyItem) storySummary {
	st := it.Story
	return storySummary{ID: st.ID, Title: st.Title, Thread: st.Thread, From: it.From, To: it.To, Articles: nonNil(st.Articles),
		Sources: it.Sources, Outlets: nonNil(it.Outlets), Discrepancies: len(st.Discrepancies), Consensus: len(st.Consensus),
		Stances: len(st.Stances), Quotes: len(st.Quotes), TimelineEvents: len(st.Timeline), Entities: len(st.Entities),
		Related: nonNil(st.Related), Href: "/api/stories/" + st.ID}
}

// writeStoryList writes one page of story summaries with paging links
// (in the body and as a Link header).
func (s *Server) writeStoryList(w http.ResponseWriter, r *http.Request, v *view, items []storyItem) error {
	p, err := newPager(r, len(items), 50)
	if err != nil {
		return err
	}
	p.setLinkHeader(w)
	if notModified(w, r, v.etag+strconv.Quote(r.URL.RawQuery)) {
		return nil
	}
	out := make([]storySummary, 0, p.hi-p.lo)
	for _, it := range items[p.lo:p.hi] {
		out = append(out, summarize(it))
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": out, "page": p.Page, "per_page": p.PerPage, "pages": p.Pages, "total": p.Total, "links": p.links(r)})
	return nil
}
