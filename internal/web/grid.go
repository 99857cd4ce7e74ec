package web

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
)

// The claims × sources grid: one row per checkable fact of a story (each
// discrepancy, each agreed fact, each holder's stance, each count, each
// direct quote), one column per independent source (copies share their
// original's column), each cell saying what that source says about the
// fact, linked to its sentence. It is built only from the report's story
// fields, so it follows whatever the analysis finds.

// Cell states.
const (
	cellDiffers = "differs" // the source gives one of the disputed values
	cellAgrees  = "agrees"  // the source carries the fact
	cellSilent  = "silent"  // the source does not mention it
)

// Row groups, in the order they are shown.
const (
	groupDiffers = iota
	groupAgrees
	groupRest
)

type gridColumn struct {
	Origin string
	Class  string
	// Label names the column in one line: "[1] Outlet", with its copies.
	Label string
	// Sources are the articles of this origin: the original first, then
	// its copies.
	Sources []cite
}

type gridCell struct {
	Src   string // the column's label, shown beside the cell on a phone
	State string
	Value string
	Cite  cite
}

type gridRow struct {
	Key     string
	Kind    string
	Fact    string
	Group   int
	Cells   []gridCell
	Review  *corroborate.Review
	Anchor  string // the detail card for this row, if any
	Note    string // what a reader should know, from the report
	Sources int    // cells that are not silent
}

type grid struct {
	Columns     []gridColumn
	Differences []gridRow
	Agreements  []gridRow
	Rest        []gridRow
	Dismissed   []gridRow
}

// Rows returns the number of rows in all groups.
func (g *grid) Rows() int {
	return len(g.Differences) + len(g.Agreements) + len(g.Rest) + len(g.Dismissed)
}

// findingKey is a review key that survives re-analysis: a hash of the
// finding's kind, subject and sorted values, never of the story id.
func findingKey(kind, about string, values []string) string {
	vs := append([]string(nil), values...)
	sort.Strings(vs)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s", strings.ToLower(kind), strings.ToLower(strings.Join(strings.Fields(about), " ")))
	for _, v := range vs {
		fmt.Fprintf(h, "\x00%s", strings.ToLower(strings.Join(strings.Fields(v), " ")))
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// discrepancyKey is the review key of a discrepancy.
func discrepancyKey(d corroborate.Discrepancy) string {
	var vals []string
	for _, v := range d.Values {
		vals = append(vals, fmtValue(v.Value))
	}
	return findingKey("discrepancy:"+d.Kind, d.About, vals)
}

// rowBuilder collects the evidence of one row, article by article.
type rowBuilder struct {
	row  gridRow
	byID map[string]gridCell
}

func newRow(kind, fact, key string) *rowBuilder {
	return &rowBuilder{row: gridRow{Kind: kind, Fact: fact, Key: key}, byID: map[string]gridCell{}}
}

func (b *rowBuilder) add(id string, c gridCell) {
	if _, ok := b.byID[id]; !ok {
		b.byID[id] = c
	}
}

// buildGrid builds the grid of story st; reviews are keyed by finding key.
func buildGrid(v *view, st *corroborate.Story, ev *evidence, reviews map[string]corroborate.Review) *grid {
	g := &grid{}
	// Columns: one per origin, in story order.
	colOf := map[string]int{}
	originOf := map[string]string{}
	for _, id := range st.Articles {
		a := v.byID[id]
		origin := id
		if a != nil && a.CopyOf != nil {
			if _, inStory := ev.labels[*a.CopyOf]; inStory {
				origin = *a.CopyOf
			}
		}
		originOf[id] = origin
		k, ok := colOf[origin]
		if !ok {
			k = len(g.Columns)
			colOf[origin] = k
			g.Columns = append(g.Columns, gridColumn{Origin: origin, Class: ev.class[origin]})
		}
		c := cite{Label: ev.labels[id], Outlet: outletName(a), Href: "/articles/" + id, Class: ev.class[id]}
		if origin == id {
			g.Columns[k].Sources = append([]cite{c}, g.Columns[k].Sources...)
		} else {
			g.Columns[k].Sources = append(g.Columns[k].Sources, c)
		}
	}
	for k := range g.Columns {
		c := &g.Columns[k]
		c.Label = "[" + c.Sources[0].Label + "] " + c.Sources[0].Outlet
		if n := len(c.Sources) - 1; n > 0 {
			c.Label += fmt.Sprintf(" + %d cop%s", n, map[bool]string{true: "y", false: "ies"}[n == 1])
		}
	}
	var rows []*rowBuilder
	covered := map[string]bool{} // article+sentence already shown in a discrepancy
	for i, d := range st.Discrepancies {
		b := newRow("discrepancy", d.About, discrepancyKey(d))
		b.row.Anchor = fmt.Sprintf("d%d", i)
		b.row.Note = d.Note
		b.row.Group = groupDiffers
		for _, val := range d.Values {
			for _, id := range val.Articles {
				b.add(id, gridCell{State: cellDiffers, Value: fmtValue(val.Value), Cite: ev.cite(id, val.Sentences, "")})
				for _, s := range val.Sentences {
					covered[id+"\x00"+normSentence(s)] = true
				}
			}
		}
		rows = append(rows, b)
	}
	for _, c := range st.Consensus {
		b := newRow("agreed", c.Fact, findingKey("consensus", c.Fact, nil))
		b.row.Group = groupAgrees
		for _, id := range c.Articles {
			b.add(id, gridCell{State: cellAgrees, Cite: ev.cite(id, nil, c.Fact)})
		}
		rows = append(rows, b)
	}
	rows = append(rows, stanceRows(st, ev)...)
	rows = append(rows, numberRows(st, ev, covered)...)
	rows = append(rows, quoteRows(st, ev)...)

	for _, b := range rows {
		r := b.row
		r.Cells = make([]gridCell, len(g.Columns))
		for k := range r.Cells {
			r.Cells[k] = gridCell{State: cellSilent, Src: g.Columns[k].Label}
		}
		for _, id := range st.Articles {
			c, ok := b.byID[id]
			if !ok {
				continue
			}
			k := colOf[originOf[id]]
			if r.Cells[k].State == cellSilent {
				c.Src = g.Columns[k].Label
				r.Cells[k] = c
			}
		}
		for _, c := range r.Cells {
			if c.State != cellSilent {
				r.Sources++
			}
		}
		if r.Group == groupAgrees && r.Sources < 2 {
			r.Group = groupRest
		}
		if rv, ok := reviews[r.Key]; ok {
			rv := rv
			r.Review = &rv
			if rv.Status == corroborate.ReviewDismissed {
				g.Dismissed = append(g.Dismissed, r)
				continue
			}
		}
		switch r.Group {
		case groupDiffers:
			g.Differences = append(g.Differences, r)
		case groupAgrees:
			g.Agreements = append(g.Agreements, r)
		default:
			g.Rest = append(g.Rest, r)
		}
	}
	sort.SliceStable(g.Agreements, func(i, j int) bool { return g.Agreements[i].Sources > g.Agreements[j].Sources })
	return g
}

// stanceRows gives one row per holder and claim: the sources that report
// the holder's position, a difference when they report opposite positions.
func stanceRows(st *corroborate.Story, ev *evidence) []*rowBuilder {
	idx := map[string]*rowBuilder{}
	positions := map[string][]string{}
	var out []*rowBuilder
	for _, x := range st.Stances {
		k := x.Holder + "\x00" + x.Claim
		b, ok := idx[k]
		if !ok {
			b = newRow("stance", fmt.Sprintf("%s on “%s”", x.Holder, x.Claim), "")
			b.row.Group = groupAgrees
			idx[k] = b
			out = append(out, b)
		}
		positions[k] = corroborate.AppendUnique(positions[k], x.Position)
		b.add(x.Article, gridCell{State: cellAgrees, Value: x.Position, Cite: ev.cite(x.Article, []string{x.Sentence}, "")})
	}
	for _, x := range st.Stances {
		k := x.Holder + "\x00" + x.Claim
		b := idx[k]
		if b.row.Key != "" {
			continue
		}
		b.row.Key = findingKey("stance", x.Holder+" | "+x.Claim, positions[k])
		if len(positions[k]) > 1 {
			b.row.Group = groupDiffers
			for id, c := range b.byID {
				c.State = cellDiffers
				b.byID[id] = c
			}
		}
	}
	return out
}

// numberRows gives one row per count (what is counted and its value) not
// already shown in a discrepancy.
func numberRows(st *corroborate.Story, ev *evidence, covered map[string]bool) []*rowBuilder {
	idx := map[string]*rowBuilder{}
	var out []*rowBuilder
	for _, n := range st.Numbers {
		if covered[n.Article+"\x00"+normSentence(n.Sentence)] || n.What == nil {
			continue
		}
		val := countValue(n)
		k := strings.ToLower(*n.What) + "\x00" + val
		b, ok := idx[k]
		if !ok {
			b = newRow("count", val+" "+*n.What, findingKey("count", *n.What, []string{val}))
			b.row.Group = groupAgrees
			idx[k] = b
			out = append(out, b)
		}
		b.add(n.Article, gridCell{State: cellAgrees, Value: val, Cite: ev.cite(n.Article, []string{n.Sentence}, "")})
	}
	return out
}

// fmtValue writes a finding's value for people: numbers in full
// (2000000, not 2e+06).
func fmtValue(v any) string {
	switch x := v.(type) {
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(x), 'f', -1, 32)
	}
	return fmt.Sprint(v)
}

// countValue writes a count with its qualifier: "at least 40"; a vague
// count ("millions of") shows its word and the value it stands for.
func countValue(n corroborate.Number) string {
	val := fmtValue(n.Value)
	if n.Low != nil && n.High != nil && *n.Low != *n.High {
		val = fmtValue(*n.Low) + "–" + fmtValue(*n.High)
	}
	if n.Qualifier == nil || strings.TrimSpace(*n.Qualifier) == "" {
		return val
	}
	q := strings.TrimSpace(*n.Qualifier)
	if strings.HasSuffix(q, " of") {
		return strings.TrimSuffix(q, " of") + " (about " + val + ")"
	}
	return q + " " + val
}

// quoteRows gives one row per direct quote of a speaker, a source with
// no name shown with its kind (Quote.SpeakerLabel).
func quoteRows(st *corroborate.Story, ev *evidence) []*rowBuilder {
	idx := map[string]*rowBuilder{}
	var out []*rowBuilder
	for _, q := range st.Quotes {
		if !q.Direct || q.Speaker == nil || *q.Speaker == "" {
			continue
		}
		k := *q.Speaker + "\x00" + normSentence(q.Text)
		b, ok := idx[k]
		if !ok {
			b = newRow("quote", fmt.Sprintf("%s: “%s”", q.SpeakerLabel(), excerptRunes(strings.Join(strings.Fields(q.Text), " "), 160)), findingKey("quote", *q.Speaker, []string{q.Text}))
			b.row.Group = groupAgrees
			idx[k] = b
			out = append(out, b)
		}
		b.add(q.Article, gridCell{State: cellAgrees, Cite: ev.cite(q.Article, []string{q.Sentence}, q.Text)})
	}
	return out
}
