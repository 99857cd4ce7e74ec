package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

var funcs = template.FuncMap{
	"deref": func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	},
	"join":  strings.Join,
	"lower": strings.ToLower,
	"add":   func(a, b int) int { return a + b },
	"excerpt": func(s string, n int) string {
		r := []rune(strings.Join(strings.Fields(s), " "))
		if len(r) <= n {
			return string(r)
		}
		return string(r[:n]) + "…"
	},
	"fmtv":   func(v any) string { return fmt.Sprint(v) },
	"anchor": func(i int) string { return fmt.Sprintf("s%d", i) },
	// rows passes grid rows to the row template with the page's data.
	"rows": func(rows []gridRow, root map[string]any) map[string]any {
		return map[string]any{"Rows": rows, "Root": root}
	},
	// reviewData is what a row's review form needs.
	"reviewData": func(r gridRow, root map[string]any) map[string]any {
		story := ""
		if st, ok := root["Story"].(*corroborate.Story); ok {
			story = st.ID
		}
		return map[string]any{"Key": r.Key, "Finding": r.Kind + ": " + r.Fact, "Story": story, "Review": r.Review, "TokenRequired": root["TokenRequired"], "CSRF": root["CSRF"]}
	},
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data map[string]any) {
	t, ok := s.tmpl[name]
	if !ok {
		http.Error(w, "no template "+name, http.StatusInternalServerError)
		return
	}
	if data == nil {
		data = map[string]any{}
	}
	data["TokenRequired"] = s.cfg.Token != ""
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		s.log.Error("render", "template", name, "err", err)
		http.Error(w, "render failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

// storyItem is a row of the stories list.
type storyItem struct {
	Story         *corroborate.Story
	Title         string
	From, To      string
	Sources       int
	Outlets       []string
	Discrepancies int
}

func (v *view) item(st *corroborate.Story) storyItem {
	it := storyItem{Story: st, Title: "(untitled story)"}
	if st.Title != nil {
		it.Title = *st.Title
	}
	var origins []string
	var dates []string
	for _, id := range st.Articles {
		a := v.byID[id]
		if a == nil {
			continue
		}
		origins = append(origins, corroborate.OriginOf(a))
		if a.Outlet != nil && !slices.Contains(it.Outlets, *a.Outlet) {
			it.Outlets = append(it.Outlets, *a.Outlet)
		}
		if a.Published != nil {
			dates = append(dates, *a.Published)
		}
	}
	sort.Strings(dates)
	if len(dates) > 0 {
		it.From, it.To = dates[0], dates[len(dates)-1]
	}
	it.Sources = corroborate.CountOrigins(origins)
	it.Discrepancies = len(st.Discrepancies)
	return it
}

// filterStories applies the list's search and filters, newest first.
func (s *Server) filterStories(r *http.Request, v *view) ([]storyItem, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	from, to := r.URL.Query().Get("from"), r.URL.Query().Get("to")
	outlet := strings.TrimSpace(r.URL.Query().Get("outlet"))
	entity := strings.TrimSpace(r.URL.Query().Get("entity"))
	if err := checkDates(from, to); err != nil {
		return nil, err
	}
	var match map[string]bool
	if q != "" {
		ids, err := s.store.Search(r.Context(), q, 1000)
		if err != nil {
			return nil, corroborate.Errorf(corroborate.EINVALID, "bad search %q", q)
		}
		match = map[string]bool{}
		for _, id := range ids {
			if sid, ok := v.storyOf[id]; ok {
				match[sid] = true
			}
		}
		// Entity names and story titles match too.
		lq := strings.ToLower(q)
		for _, st := range v.report.Stories {
			if st.Title != nil && strings.Contains(strings.ToLower(*st.Title), lq) {
				match[st.ID] = true
			}
			for _, e := range st.Entities {
				if strings.Contains(strings.ToLower(e.Name), lq) {
					match[st.ID] = true
				}
			}
		}
	}
	var out []storyItem
	for i := range v.report.Stories {
		st := &v.report.Stories[i]
		if match != nil && !match[st.ID] {
			continue
		}
		it := v.item(st)
		if from != "" && it.To != "" && it.To < from || to != "" && it.From != "" && it.From > to {
			continue
		}
		if (from != "" || to != "") && it.From == "" {
			continue
		}
		if outlet != "" && !containsFold(it.Outlets, outlet) {
			continue
		}
		if entity != "" {
			found := false
			for _, e := range st.Entities {
				if strings.EqualFold(e.Name, entity) || containsFold(e.Aliases, entity) {
					found = true
				}
			}
			if !found {
				continue
			}
		}
		out = append(out, it)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].To > out[j].To })
	return out, nil
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	data := map[string]any{"Title": "Stories", "Query": r.URL.Query(), "Outlets": outletCounts(v), "Total": len(v.report.Stories), "Articles": len(v.report.Articles)}
	items, err := s.filterStories(r, v)
	if err == nil {
		var p pager
		p, err = newPager(r, len(items), htmlPerPage)
		if err == nil {
			data["Items"], data["Pager"], data["Matched"] = items[p.lo:p.hi], p, len(items)
			data["Filters"] = describeFilters(r)
		}
	}
	if err != nil {
		if corroborate.ErrorCode(err) != corroborate.EINVALID {
			return err
		}
		// A bad filter is shown on the list, the form kept for fixing it.
		data["Error"] = err.(*corroborate.Error).Message
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusBadRequest)
	}
	s.render(w, r, "stories", data)
	return nil
}

// sourceView is one article of a story, for the source cards.
type sourceView struct {
	Label   string
	Outlet  string
	WebURL  string
	Article *corroborate.Article
	Framing *corroborate.Framing
	Color   string
	Class   string
}

var palette = []string{"#1f6feb", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d"}

// discCard is a discrepancy with its evidence, side by side.
type discCard struct {
	Anchor string
	Key    string
	D      corroborate.Discrepancy
	Values []discValue
	Review *corroborate.Review
}

type discValue struct {
	Value     string
	Cites     []cite
	Sentences []string
}

// reviewMap reads the stored reviews, by key.
func (s *Server) reviewMap(r *http.Request) (map[string]corroborate.Review, error) {
	list, err := s.store.Reviews(r.Context())
	if err != nil {
		return nil, err
	}
	m := make(map[string]corroborate.Review, len(list))
	for _, rv := range list {
		m[rv.Key] = rv
	}
	return m, nil
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	st, moved, err := s.story(w, r, v)
	if err != nil || moved {
		return err
	}
	reviews, err := s.reviewMap(r)
	if err != nil {
		return err
	}
	ev := newEvidence(v, st)
	var sources []sourceView
	labels := map[string]string{}
	for i, id := range st.Articles {
		a := v.byID[id]
		src := sourceView{Label: fmt.Sprintf("%d", i+1), Article: a, Outlet: outletName(a), WebURL: webURL(a), Color: palette[i%len(palette)], Class: fmt.Sprintf("c%d", i%len(palette))}
		for k := range st.Framing {
			if st.Framing[k].Article == id {
				src.Framing = &st.Framing[k]
			}
		}
		labels[id] = src.Label
		sources = append(sources, src)
	}
	var cards []discCard
	for i, d := range st.Discrepancies {
		c := discCard{Anchor: fmt.Sprintf("d%d", i), Key: discrepancyKey(d), D: d}
		if rv, ok := reviews[c.Key]; ok {
			c.Review = &rv
		}
		for _, val := range d.Values {
			dv := discValue{Value: fmtValue(val.Value), Sentences: val.Sentences}
			for _, id := range val.Articles {
				dv.Cites = append(dv.Cites, ev.cite(id, val.Sentences, ""))
			}
			c.Values = append(c.Values, dv)
		}
		cards = append(cards, c)
	}
	var related []storyItem
	for _, id := range st.Related {
		if rs, ok := v.stories[id]; ok {
			related = append(related, v.item(rs))
		}
	}
	it := v.item(st)
	tl := buildTimeline(st, ev, it)
	s.render(w, r, "story", map[string]any{"Title": it.Title, "Item": it, "Story": st, "Sources": sources, "Labels": labels,
		"Grid": buildGrid(v, st, ev, reviews), "Cards": cards, "Timeline": tl, "Related": related,
		"Named": namedIn(v, st), "TokenRequired": s.cfg.Token != "", "CSRF": csrfToken(w, r), "MergedFrom": mergedFrom(r, v, st),
		"Failure": failureOf(v, st.ID)})
	return nil
}

// failureOf is the error of story id's comparison when it failed (the
// report's errors name such a story "story <id>"), or "".
func failureOf(v *view, id string) string {
	for _, e := range v.report.Errors {
		if e.Source == "story "+id {
			return e.Err
		}
	}
	return ""
}

// sentenceView is a sentence of an article with its findings.
type sentenceView struct {
	Index    int
	Text     string
	Findings []articleFinding
}

// articleFinding is a finding shown at its sentence, linking to where the
// story page shows it.
type articleFinding struct {
	Text, Href string
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	a, ok := v.byID[r.PathValue("id")]
	if !ok {
		return corroborate.Errorf(corroborate.ENOTFOUND, "no article %s", r.PathValue("id"))
	}
	st := v.stories[v.storyOf[a.ID]]
	sents := splitSentences(a.Text)
	views := make([]sentenceView, len(sents))
	for i, t := range sents {
		views[i] = sentenceView{Index: i, Text: t}
	}
	// Sentences are found as the story page's links find them.
	loc := newLocator(a)
	storyHref := ""
	if st != nil {
		storyHref = "/stories/" + st.ID + "#h-grid"
	}
	note := func(sentence, what string, href ...string) {
		if i := loc.find(sentence); i >= 0 && i < len(views) {
			f := articleFinding{Text: what, Href: storyHref}
			if len(href) > 0 {
				f.Href = href[0]
			}
			views[i].Findings = append(views[i].Findings, f)
		}
	}
	var copies []*corroborate.Article
	if st != nil {
		for _, q := range st.Quotes {
			if q.Article == a.ID {
				who := "unknown"
				if l := q.SpeakerLabel(); l != "" {
					who = l
				}
				note(q.Sentence, "quote · "+who)
			}
		}
		for _, n := range st.Numbers {
			if n.Article == a.ID {
				note(n.Sentence, "number · "+countValue(n))
			}
		}
		for k, d := range st.Discrepancies {
			for _, val := range d.Values {
				if slices.Contains(val.Articles, a.ID) {
					for _, sen := range val.Sentences {
						note(sen, "discrepancy · "+d.About+": "+fmtValue(val.Value), fmt.Sprintf("/stories/%s#d%d", st.ID, k))
					}
				}
			}
		}
		for _, x := range st.Stances {
			if x.Article == a.ID {
				note(x.Sentence, "stance · "+x.Holder+" "+x.Position)
			}
		}
	}
	for _, other := range v.report.Articles {
		if other.CopyOf != nil && *other.CopyOf == a.ID {
			o := other
			copies = append(copies, &o)
		}
	}
	s.render(w, r, "article", map[string]any{"Title": deref(a.Title, "Article"), "Article": a, "Story": st, "Sentences": views, "Copies": copies})
	return nil
}

func deref(s *string, def string) string {
	if s == nil || *s == "" {
		return def
	}
	return *s
}
