package web

import (
	"fmt"
	"html/template"
	"regexp"
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

// tlDay is the events of one date (day, month or year) in a story.
type tlDay struct {
	Date    string
	Label   string
	Guessed bool // the expression gave no year: it was inferred
	Events  []tlEvent
	lo, hi  time.Time
	cites   []string
}

type tlEvent struct {
	Text       string
	Expression string
	Cites      []cite
}

// timelineView is a story's timeline: the events of its own period (drawn
// and listed), and earlier and later dates listed apart.
type timelineView struct {
	SVG     template.HTML
	Period  string
	Days    []tlDay
	Earlier []tlDay
	Later   []tlDay
}

// Empty reports whether the story has no dated event.
func (t timelineView) Empty() bool { return len(t.Days)+len(t.Earlier)+len(t.Later) == 0 }

var yearRE = regexp.MustCompile(`\b\d{4}\b`)

// storyPeriod is the span a story's own events fall in: from a month
// before its first publication date to two months after its last; with no
// publication date, the two months before its latest event.
func storyPeriod(days []tlDay, it storyItem) (time.Time, time.Time) {
	if f, err1 := time.Parse("2006-01-02", it.From); err1 == nil {
		t, err2 := time.Parse("2006-01-02", it.To)
		if err2 != nil {
			t = f
		}
		return f.AddDate(0, -1, 0), t.AddDate(0, 2, 0)
	}
	var last time.Time
	for _, d := range days {
		if d.hi.After(last) {
			last = d.hi
		}
	}
	return last.AddDate(0, -2, 0), last
}

// buildTimeline groups the story's events by date, splits off background
// dates, and draws the story's own period.
func buildTimeline(st *corroborate.Story, ev *evidence, it storyItem) timelineView {
	var tv timelineView
	idx := map[string]int{}
	var days []tlDay
	for _, e := range st.Timeline {
		lo, hi, ok := parseTimelineDate(e.Date)
		if !ok {
			continue
		}
		k, seen := idx[e.Date]
		if !seen {
			k = len(days)
			idx[e.Date] = k
			days = append(days, tlDay{Date: e.Date, Label: dateLabel(e.Date), lo: lo, hi: hi})
		}
		d := &days[k]
		te := tlEvent{Text: e.Event, Expression: deref(e.Expression, "")}
		if te.Expression != "" && !yearRE.MatchString(te.Expression) {
			d.Guessed = true
		}
		for _, id := range e.Articles {
			te.Cites = append(te.Cites, ev.cite(id, nil, e.Event))
			d.cites = corroborate.AppendUnique(d.cites, id)
		}
		d.Events = append(d.Events, te)
	}
	sort.SliceStable(days, func(i, j int) bool { return days[i].lo.Before(days[j].lo) })
	if len(days) == 0 {
		return tv
	}
	start, end := storyPeriod(days, it)
	for _, d := range days {
		switch {
		case d.hi.Before(start):
			tv.Earlier = append(tv.Earlier, d)
		case d.lo.After(end):
			tv.Later = append(tv.Later, d)
		default:
			tv.Days = append(tv.Days, d)
		}
	}
	if len(tv.Days) > 0 {
		lo, hi := tv.Days[0].lo, tv.Days[0].hi
		for _, d := range tv.Days {
			if d.lo.Before(lo) {
				lo = d.lo
			}
			if d.hi.After(hi) {
				hi = d.hi
			}
		}
		tv.Period = lo.Format("2 January 2006")
		if !hi.Equal(lo) {
			tv.Period += " – " + hi.Format("2 January 2006")
		}
		tv.SVG = timelineSVG(tv.Days, lo, hi, ev)
	}
	return tv
}

// dateLabel writes a timeline date for people.
func dateLabel(d string) string {
	switch len(d) {
	case 4:
		return d
	case 7:
		if t, err := time.Parse("2006-01", d); err == nil {
			return t.Format("January 2006")
		}
	case 10:
		if t, err := time.Parse("2006-01-02", d); err == nil {
			return t.Format("Mon 2 January 2006")
		}
	}
	return d
}

// tickStep picks the axis step that keeps tick labels at least minGap
// pixels apart.
func tickStep(lo, hi time.Time, width, minGap float64) (years, months, days int, layout string) {
	span := hi.Sub(lo).Hours() / 24
	steps := []struct {
		y, m, d int
		approx  float64
		layout  string
	}{{0, 0, 1, 1, "2 Jan"}, {0, 0, 7, 7, "2 Jan"}, {0, 1, 0, 30.4, "Jan 2006"}, {0, 3, 0, 91, "Jan 2006"},
		{1, 0, 0, 365, "2006"}, {5, 0, 0, 1826, "2006"}, {10, 0, 0, 3652, "2006"}, {50, 0, 0, 18262, "2006"}}
	for _, s := range steps {
		if span/s.approx*minGap <= width {
			return s.y, s.m, s.d, s.layout
		}
	}
	return 100, 0, 0, "2006"
}

// timelineSVG draws the days of the story's own period on a time axis: a
// dot for a day, a bar for a month or a year, one row per date (events of
// one date share it), a mark in each source's colour, the label beside the
// mark on the side with room. Text is escaped.
func timelineSVG(days []tlDay, lo, hi time.Time, ev *evidence) template.HTML {
	const width, left, right, rowH, top = 960.0, 16.0, 24.0, 26.0, 40.0
	end := hi.Add(24 * time.Hour)
	span := end.Sub(lo).Hours() / 24
	scale := (width - left - right) / span
	x := func(t time.Time) float64 {
		if t.Before(lo) {
			t = lo
		}
		if t.After(end) {
			t = end
		}
		return left + t.Sub(lo).Hours()/24*scale
	}
	h := top + rowH*float64(len(days)) + 8
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="tl-title" xmlns="http://www.w3.org/2000/svg">`, width, h)
	fmt.Fprintf(&b, `<title id="tl-title">Timeline of %d dates from %s to %s</title>`, len(days), lo.Format("2 January 2006"), hi.Format("2 January 2006"))
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="axis"/>`, left, top-14, width-right, top-14)
	ys, ms, ds, layout := tickStep(lo, end, width-left-right, 96)
	t := tickStart(lo, ys, ms, ds)
	for n := 0; !t.After(end) && n < 200; n++ {
		if !t.Before(lo) && x(t)+70 < width {
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="tick"/><text x="%.1f" y="%.1f" class="ticklabel">%s</text>`,
				x(t), top-18, x(t), h-4, x(t)+3, top-20, t.Format(layout))
		}
		t = t.AddDate(ys, ms, ds)
	}
	for i, d := range days {
		y := top + rowH*float64(i) + rowH/2
		x1, x2 := x(d.lo), x(d.hi.Add(24*time.Hour))
		label := d.Label
		if d.Guessed {
			label += " (year inferred)"
		}
		title := label
		for _, e := range d.Events {
			title += "\n" + e.Text
		}
		if x2-x1 < 8 || len(d.Date) == 10 {
			cx := (x1 + x2) / 2
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="5" class="event"><title>%s</title></circle>`, cx, y, xmlEsc(title))
			x1, x2 = cx-5, cx+5
		} else {
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="8" rx="3" class="period"><title>%s</title></rect>`, x1, y-4, x2-x1, xmlEsc(title))
		}
		text := label + " · " + excerptRunes(strings.Join(strings.Fields(d.Events[0].Text), " "), 48)
		if len(d.Events) > 1 {
			text += fmt.Sprintf(" (+%d)", len(d.Events)-1)
		}
		marks := float64(len(d.cites)) * 9
		// The label goes on the side with more room, cut to fit it (about
		// 6.6 px a character at the label's 12 px).
		roomRight := width - 4 - (x2 + 10 + marks)
		roomLeft := x1 - 10 - marks - 4
		if roomRight >= roomLeft {
			for k, id := range d.cites {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="7" height="7" class="mark %s"><title>source %s</title></rect>`, x2+6+float64(k)*9, y-3.5, ev.class[id], ev.labels[id])
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="evlabel">%s</text>`, x2+10+marks, y+4, xmlEsc(fitText(text, roomRight)))
		} else {
			for k, id := range d.cites {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="7" height="7" class="mark %s"><title>source %s</title></rect>`, x1-13-float64(k)*9, y-3.5, ev.class[id], ev.labels[id])
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end" class="evlabel">%s</text>`, x1-10-marks, y+4, xmlEsc(fitText(text, roomLeft)))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// tickStart is the first round date (by the step) at or after lo.
func tickStart(lo time.Time, ys, ms, ds int) time.Time {
	switch {
	case ys > 0:
		y := (lo.Year() + ys - 1) / ys * ys
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case ms > 0:
		t := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
		if t.Before(lo) {
			t = t.AddDate(0, 1, 0)
		}
		for (int(t.Month())-1)%ms != 0 {
			t = t.AddDate(0, 1, 0)
		}
		return t
	case ds == 7:
		t := lo
		for t.Weekday() != time.Monday {
			t = t.AddDate(0, 0, 1)
		}
		return t
	}
	return lo
}

// fitText cuts s to about the characters that fit in room pixels.
func fitText(s string, room float64) string {
	n := int(room / 6.6)
	if n < 4 {
		return ""
	}
	return excerptRunes(s, n-1)
}

func excerptRunes(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	r := []rune(strings.TrimRight(s, "…"))
	return strings.TrimRight(string(r[:min(n, len(r))]), " ") + "…"
}
