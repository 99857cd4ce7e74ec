package web

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
)

// htmlPerPage is the number of stories on a page of the HTML list.
const htmlPerPage = 25

// checkDates validates the from and to filters (YYYY-MM-DD, from ≤ to).
func checkDates(from, to string) error {
	var f, t time.Time
	var err error
	if from != "" {
		if f, err = time.Parse("2006-01-02", from); err != nil {
			return corroborate.Errorf(corroborate.EINVALID, "from must be a date as YYYY-MM-DD, not %q", from)
		}
	}
	if to != "" {
		if t, err = time.Parse("2006-01-02", to); err != nil {
			return corroborate.Errorf(corroborate.EINVALID, "to must be a date as YYYY-MM-DD, not %q", to)
		}
	}
	if from != "" && to != "" && t.Before(f) {
		return corroborate.Errorf(corroborate.EINVALID, "from (%s) is after to (%s)", from, to)
	}
	return nil
}

// pager is one page of a list, with links to its neighbours.
type pager struct {
	Page, Pages, PerPage, Total int
	lo, hi                      int
	Prev, Next, First, Last     string
}

// newPager reads page and per_page (per_page at most 200; def when
// absent) for a list of n items, and builds the neighbours' links from
// the request's own query.
func newPager(r *http.Request, n, def int) (pager, error) {
	p := pager{Page: 1, PerPage: def, Total: n}
	q := r.URL.Query()
	if s := q.Get("page"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			return p, corroborate.Errorf(corroborate.EINVALID, "page must be a positive integer")
		}
		p.Page = v
	}
	if s := q.Get("per_page"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 || v > 200 {
			return p, corroborate.Errorf(corroborate.EINVALID, "per_page must be between 1 and 200")
		}
		p.PerPage = v
	}
	p.Pages = max(1, (n+p.PerPage-1)/p.PerPage)
	p.lo = min((p.Page-1)*p.PerPage, n)
	p.hi = min(p.lo+p.PerPage, n)
	link := func(page int) string {
		q2 := url.Values{}
		for k, v := range q {
			q2[k] = v
		}
		q2.Set("page", strconv.Itoa(page))
		return r.URL.Path + "?" + q2.Encode()
	}
	if p.Page > 1 {
		p.Prev, p.First = link(min(p.Page-1, p.Pages)), link(1)
	}
	if p.Page < p.Pages {
		p.Next, p.Last = link(p.Page+1), link(p.Pages)
	}
	return p, nil
}

// links is the pager as API links (absent neighbours left out).
func (p pager) links(r *http.Request) map[string]string {
	self := r.URL.Path
	if r.URL.RawQuery != "" {
		self += "?" + r.URL.RawQuery
	}
	out := map[string]string{"self": self}
	for k, v := range map[string]string{"prev": p.Prev, "next": p.Next, "first": p.First, "last": p.Last} {
		if v != "" {
			out[k] = v
		}
	}
	return out
}

// setLinkHeader writes the pager as an RFC 8288 Link header.
func (p pager) setLinkHeader(w http.ResponseWriter) {
	var parts []string
	for _, rel := range []struct{ name, href string }{{"first", p.First}, {"prev", p.Prev}, {"next", p.Next}, {"last", p.Last}} {
		if rel.href != "" {
			parts = append(parts, fmt.Sprintf("<%s>; rel=%q", rel.href, rel.name))
		}
	}
	if len(parts) > 0 {
		w.Header().Set("Link", strings.Join(parts, ", "))
	}
}

// describeFilters says in words what the list was asked for, for an
// honest empty state.
func describeFilters(r *http.Request) string {
	q := r.URL.Query()
	var parts []string
	if v := strings.TrimSpace(q.Get("q")); v != "" {
		parts = append(parts, fmt.Sprintf("matches “%s”", v))
	}
	if v := q.Get("from"); v != "" {
		parts = append(parts, "ends on or after "+v)
	}
	if v := q.Get("to"); v != "" {
		parts = append(parts, "starts on or before "+v)
	}
	if v := strings.TrimSpace(q.Get("outlet")); v != "" {
		parts = append(parts, fmt.Sprintf("has an article from %s", v))
	}
	if v := strings.TrimSpace(q.Get("entity")); v != "" {
		parts = append(parts, fmt.Sprintf("names %s", v))
	}
	return strings.Join(parts, " and ")
}

// outletCount is an outlet with the number of its stored articles.
type outletCount struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
}

// outletCounts lists the outlets of the store, most articles first.
func outletCounts(v *view) []outletCount {
	n := map[string]int{}
	for _, a := range v.report.Articles {
		if a.Outlet != nil && strings.TrimSpace(*a.Outlet) != "" {
			n[*a.Outlet]++
		}
	}
	out := make([]outletCount, 0, len(n))
	for k, c := range n {
		out = append(out, outletCount{Name: k, Articles: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// pageLinks are the paging links of a list of n items at the API's
// default page size, also set as the Link header; the caller has already
// checked the paging parameters.
func pageLinks(w http.ResponseWriter, r *http.Request, n int) map[string]string {
	p, err := newPager(r, n, 50)
	if err != nil {
		return nil
	}
	p.setLinkHeader(w)
	return p.links(r)
}
