package web

import (
	"fmt"
	"html/template"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

func splitSentences(body string) []string {
	var out []string
	for _, s := range text.Sentences(body) {
		out = append(out, s.Text)
	}
	return out
}

func parseTimelineDate(d string) (time.Time, time.Time, bool) {
	switch len(d) {
	case 4:
		t, err := time.Parse("2006", d)
		return t, t.AddDate(1, 0, -1), err == nil
	case 7:
		t, err := time.Parse("2006-01", d)
		return t, t.AddDate(0, 1, -1), err == nil
	case 10:
		t, err := time.Parse("2006-01-02", d)
		return t, t, err == nil
	}
	return time.Time{}, time.Time{}, false
}

func xmlEsc(s string) string {
	var b strings.Builder
	template.HTMLEscape(&b, []byte(s))
	return b.String()
}

// timelineSVG draws the story's dated events on a time axis: a bar for a
// month or a year, a dot for a day, one row per event, and a mark in each
// source's colour for every article that mentions it. Text is escaped.
func timelineSVG(st *corroborate.Story, labels map[string]string, sources []sourceView) template.HTML {
	evs := st.Timeline
	if len(evs) == 0 {
		return ""
	}
	var lo, hi time.Time
	for i, e := range evs {
		a, b, ok := parseTimelineDate(e.Date)
		if !ok {
			continue
		}
		if i == 0 || lo.IsZero() || a.Before(lo) {
			lo = a
		}
		if b.After(hi) {
			hi = b
		}
	}
	if lo.IsZero() {
		return ""
	}
	span := hi.Sub(lo).Hours() / 24
	if span < 1 {
		span = 1
	}
	const width, left, right, rowH, top = 960.0, 12.0, 12.0, 26.0, 34.0
	scale := (width - left - right) / span
	x := func(t time.Time) float64 { return left + t.Sub(lo).Hours()/24*scale }
	color := map[string]string{}
	for _, s := range sources {
		color[s.Article.ID] = s.Color
	}
	h := top + rowH*float64(len(evs)) + 12
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="tl-title" xmlns="http://www.w3.org/2000/svg">`, width, h)
	fmt.Fprintf(&b, `<title id="tl-title">Timeline of %d dated events from %s to %s</title>`, len(evs), lo.Format("2006-01-02"), hi.Format("2006-01-02"))
	// Axis with year (or month) ticks.
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="axis"/>`, left, top-12, width-right, top-12)
	for y := lo.Year(); y <= hi.Year(); y++ {
		for m := 1; m <= 12; m++ {
			t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
			if t.Before(lo) || t.After(hi) {
				continue
			}
			if span > 500 && m != 1 || span > 120 && m%3 != 1 {
				continue
			}
			label := t.Format("Jan 2006")
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="tick"/><text x="%.1f" y="%.1f" class="ticklabel">%s</text>`,
				x(t), top-16, x(t), h-6, x(t)+2, top-18, label)
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date < evs[j].Date })
	for i, e := range evs {
		a, b2, ok := parseTimelineDate(e.Date)
		if !ok {
			continue
		}
		y := top + rowH*float64(i) + rowH/2
		x1, x2 := x(a), x(b2.Add(24*time.Hour))
		if x2-x1 < 6 {
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="5" class="event"><title>%s</title></circle>`, x1, y, xmlEsc(e.Date+": "+e.Event))
		} else {
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="8" rx="3" class="period"><title>%s</title></rect>`, x1, y-4, math.Max(x2-x1, 6), xmlEsc(e.Date+": "+e.Event))
		}
		// Source marks.
		mx := x1 + 10
		if x2-x1 >= 6 {
			mx = x2 + 6
		}
		for k, id := range e.Articles {
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="7" height="7" fill="%s" class="mark"><title>source %s</title></rect>`, mx+float64(k)*9, y-3.5, color[id], labels[id])
		}
		lx := mx + float64(len(e.Articles))*9 + 4
		anchor := "start"
		if lx > width*0.62 {
			lx, anchor = x1-8, "end"
		}
		label := e.Date + " · " + excerptRunes(e.Event, 70)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="%s" class="evlabel">%s</text>`, lx, y+4, anchor, xmlEsc(label))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func excerptRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
