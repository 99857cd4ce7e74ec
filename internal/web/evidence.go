package web

import (
	"fmt"
	"net/url"
	"path"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
)

// locator finds a report sentence among an article's sentences, so a
// citation can link to the sentence itself (/articles/ID#sN): the article
// page numbers its sentences the same way (splitSentences).
type locator struct {
	sents []string
	norm  []string
	exact map[string]int
}

func newLocator(a *corroborate.Article) *locator {
	l := &locator{exact: map[string]int{}}
	if a == nil {
		return l
	}
	l.sents = splitSentences(a.Text)
	for i, s := range l.sents {
		n := normSentence(s)
		l.norm = append(l.norm, n)
		if _, ok := l.exact[n]; !ok {
			l.exact[n] = i
		}
	}
	return l
}

// normSentence lowers s and keeps letters and digits, one space between
// words, so quotes, dashes and spacing do not stop a match.
func normSentence(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// find returns the index of sentence s in the article, or -1: the same
// sentence, else the article sentence that holds s or is held by it (the
// report may cut or join sentences).
func (l *locator) find(s string) int {
	n := normSentence(s)
	if n == "" {
		return -1
	}
	if i, ok := l.exact[n]; ok {
		return i
	}
	for i, m := range l.norm {
		if len(m) >= 20 && (strings.Contains(m, n) || strings.Contains(n, m)) {
			return i
		}
	}
	return -1
}

// best returns the article sentence sharing the largest share of the
// words of text (at least half of them), or -1. It places findings that
// carry no sentence of their own, such as a consensus fact.
func (l *locator) best(text string) int {
	words := strings.Fields(normSentence(text))
	if len(words) == 0 {
		return -1
	}
	bestI, bestN := -1, 0
	for i, m := range l.norm {
		have := map[string]bool{}
		for _, w := range strings.Fields(m) {
			have[w] = true
		}
		n := 0
		for _, w := range words {
			if have[w] {
				n++
			}
		}
		if n > bestN {
			bestI, bestN = i, n
		}
	}
	if bestN*2 < len(words) {
		return -1
	}
	return bestI
}

// cite is one piece of evidence: a source label, its outlet, and the link
// to the sentence (the sentence is shown on hover and focus).
type cite struct {
	Label    string
	Outlet   string
	Href     string
	Sentence string
	Class    string
}

// evidence builds citations for one story: labels, outlet names and
// sentence links for its articles.
type evidence struct {
	v      *view
	st     *corroborate.Story
	labels map[string]string
	class  map[string]string
	locs   map[string]*locator
}

func newEvidence(v *view, st *corroborate.Story) *evidence {
	e := &evidence{v: v, st: st, labels: map[string]string{}, class: map[string]string{}, locs: map[string]*locator{}}
	for i, id := range st.Articles {
		e.labels[id] = fmt.Sprintf("%d", i+1)
		e.class[id] = fmt.Sprintf("c%d", i%len(palette))
	}
	return e
}

func (e *evidence) loc(id string) *locator {
	l, ok := e.locs[id]
	if !ok {
		l = newLocator(e.v.byID[id])
		e.locs[id] = l
	}
	return l
}

// outletName names an article's source: its outlet, else the host of its
// address, else its file name.
func outletName(a *corroborate.Article) string {
	if a == nil {
		return "unknown source"
	}
	if a.Outlet != nil && strings.TrimSpace(*a.Outlet) != "" {
		return *a.Outlet
	}
	for _, s := range []string{a.URL, a.Source} {
		if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	if a.Source != "" {
		return path.Base(strings.ReplaceAll(a.Source, "\\", "/"))
	}
	return "unknown source"
}

// webURL returns the article's original address when it is http(s).
func webURL(a *corroborate.Article) string {
	for _, s := range []string{a.URL, a.Source} {
		if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}

// cite links article id to the first of sentences found in it; when none
// is given or found, to the sentence that best matches fact; else to the
// article.
func (e *evidence) cite(id string, sentences []string, fact string) cite {
	c := cite{Label: e.labels[id], Outlet: outletName(e.v.byID[id]), Href: "/articles/" + id, Class: e.class[id]}
	if c.Label == "" {
		c.Label = "·"
	}
	l := e.loc(id)
	i := -1
	for _, s := range sentences {
		if i = l.find(s); i >= 0 {
			break
		}
	}
	if i < 0 && fact != "" {
		i = l.best(fact)
	}
	if i >= 0 {
		c.Href += fmt.Sprintf("#s%d", i)
		c.Sentence = l.sents[i]
	} else if len(sentences) > 0 {
		c.Sentence = sentences[0]
	}
	return c
}
