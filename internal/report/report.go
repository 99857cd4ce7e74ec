// Package report renders an analysis report as JSON (the stable contract),
// plain text or Markdown for people.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// Format is an output format.
type Format string

// The formats.
const (
	JSON     Format = "json"
	Text     Format = "text"
	Markdown Format = "markdown"
)

// ParseFormat validates a format name.
func ParseFormat(s string) (Format, error) {
	switch Format(strings.ToLower(s)) {
	case JSON, Text, Markdown:
		return Format(strings.ToLower(s)), nil
	case "md":
		return Markdown, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, markdown or json)", s)
}

// Options tune rendering.
type Options struct {
	// Color adds ANSI colour to text output (only on a terminal).
	Color bool
}

// Render writes rep to w in format f.
func Render(w io.Writer, rep *corroborate.Report, f Format, opts Options) error {
	switch f {
	case JSON:
		// Indented as the encoder's SetIndent("", "  ") would, in one
		// pass (indentWriter).
		iw := newIndentWriter(w)
		enc := json.NewEncoder(iw)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return err
		}
		return iw.Flush()
	case Markdown:
		return renderMarkdown(w, rep)
	default:
		return renderText(w, rep, opts)
	}
}

func deref(s *string, def string) string {
	if s == nil || *s == "" {
		return def
	}
	return *s
}

// Excerpt returns about n characters of s, cut at a word boundary.
func Excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := strings.LastIndex(string(r), " ")
	if cut < n/2 {
		cut = len(string(r))
	}
	return strings.TrimRight(string(r)[:cut], " ,;:") + "…"
}

func headline(a corroborate.Article) string {
	if a.Title != nil && *a.Title != "" {
		return *a.Title
	}
	if a.Lead != "" {
		return "(no headline) " + Excerpt(a.Lead, 100)
	}
	return "(no headline)"
}

// palette holds the terminal escapes of the text report (empty without colour).
type palette struct{ bold, dim, red, reset string }

// renderText writes the report as plain text, one section a story.
func renderText(w io.Writer, rep *corroborate.Report, opts Options) error {
	p := palette{}
	if opts.Color {
		p = palette{"\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[0m"}
	}
	byID := map[string]corroborate.Article{}
	for _, a := range rep.Articles {
		byID[a.ID] = a
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%scorroborate report%s: %d articles, %d stories", p.bold, p.reset, len(rep.Articles), len(rep.Stories))
	if len(rep.Errors) > 0 {
		fmt.Fprintf(&b, ", %s%d inputs failed%s", p.red, len(rep.Errors), p.reset)
	}
	b.WriteString("\n")
	storyIdx := map[string]int{}
	for i, s := range rep.Stories {
		storyIdx[s.ID] = i + 1
	}
	for i, s := range rep.Stories {
		v := newStoryView(s, byID)
		fmt.Fprintf(&b, "\n%sStory %d: %s%s\n  %s\n", p.bold, i+1, v.title, p.reset, v.summary())
		writeSources(&b, s, p, v)
		writeDiscrepancies(&b, s.Discrepancies, p, v)
		writeWhoSaid(&b, s, p, v)
		if len(s.Consensus) > 0 {
			fmt.Fprintf(&b, "  %sAgreed by independent sources%s\n", p.bold, p.reset)
			for _, c := range s.Consensus {
				fmt.Fprintf(&b, "    %s — %d origins %s\n", c.Fact, c.Origins, v.cite(c.Articles))
			}
		}
		if len(s.Timeline) > 0 {
			fmt.Fprintf(&b, "  %sTimeline%s\n", p.bold, p.reset)
			for _, t := range s.Timeline {
				fmt.Fprintf(&b, "    %-10s %s (%s) %s\n", t.Date, Excerpt(t.Event, 100), deref(t.Expression, ""), v.cite(t.Articles))
			}
		}
		writeFraming(&b, s, p, v)
		if len(s.Related) > 0 {
			var rel []string
			for _, r := range s.Related {
				rel = append(rel, fmt.Sprintf("Story %d", storyIdx[r]))
			}
			fmt.Fprintf(&b, "  Related: %s\n", strings.Join(rel, ", "))
		}
		if len(s.Entities) > 0 {
			var names []string
			for k, e := range s.Entities {
				if k >= 12 {
					break
				}
				names = append(names, fmt.Sprintf("%s (%s)", e.Name, e.Type))
			}
			fmt.Fprintf(&b, "  %sNamed%s: %s\n", p.bold, p.reset, strings.Join(names, "; "))
		}
	}
	if len(rep.Errors) > 0 {
		fmt.Fprintf(&b, "\n%sErrors%s\n", p.bold, p.reset)
		for _, e := range rep.Errors {
			fmt.Fprintf(&b, "  %s%s%s: %s\n", p.red, e.Source, p.reset, e.Err)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeSources lists a story's articles: label, outlet, date, headline and
// its verb, where each was read, and whether it copies another.
func writeSources(b *strings.Builder, s corroborate.Story, p palette, v storyView) {
	b.WriteString("  Sources\n")
	for _, a := range v.articles {
		verb := ""
		for _, f := range s.Framing {
			if f.Article == a.ID && f.HeadlineVerb != nil {
				verb = " (headline verb: " + *f.HeadlineVerb + ")"
			}
		}
		fmt.Fprintf(b, "    %s %s · %s · %s%s\n", v.labels[a.ID], deref(a.Outlet, "unknown outlet"), deref(a.Published, "undated"), headline(a), verb)
		fmt.Fprintf(b, "        %s%s · %s%s\n", p.dim, a.ID, a.Source, p.reset)
		if a.CopyOf != nil {
			fmt.Fprintf(b, "        copy of %s (similarity %.2f): not an independent source\n", *a.CopyOf, derefF(a.Similarity))
		}
	}
}

// writeWhoSaid lists each speaker's stances and quotes.
func writeWhoSaid(b *strings.Builder, s corroborate.Story, p palette, v storyView) {
	if sp := speakers(s); len(sp) > 0 {
		fmt.Fprintf(b, "  %sWho said what%s\n", p.bold, p.reset)
		for _, g := range sp {
			fmt.Fprintf(b, "    %s\n", g.name)
			for _, st := range g.stances {
				fmt.Fprintf(b, "      %s “%s” %s\n", st.Position, st.Claim, v.cite([]string{st.Article}))
			}
			for _, q := range g.quotes {
				kind := "reported"
				if q.Direct {
					kind = "quote"
				}
				fmt.Fprintf(b, "      %s, %s: “%s” %s\n", kind, deref(q.Cue, "-"), Excerpt(q.Text, 160), v.cite([]string{q.Article}))
			}
		}
	}
}

// writeFraming lists each article's verbs of attribution by speaker, its
// sentences in its own voice and what it leaves out.
func writeFraming(b *strings.Builder, s corroborate.Story, p palette, v storyView) {
	if len(s.Framing) > 0 {
		fmt.Fprintf(b, "  %sFraming%s\n", p.bold, p.reset)
		for _, f := range s.Framing {
			var parts []string
			names := make([]string, 0, len(f.Verbs))
			for k := range f.Verbs {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				parts = append(parts, k+": "+strings.Join(f.Verbs[k], ", "))
			}
			fmt.Fprintf(b, "    %s %s — verbs: %s\n", v.cite([]string{f.Article}), deref(f.Outlet, "unknown outlet"), orDash(strings.Join(parts, "; ")))
			for _, o := range f.OwnVoice {
				fmt.Fprintf(b, "      own voice: “%s”\n", Excerpt(o, 140))
			}
			if len(f.Omits) > 0 {
				fmt.Fprintf(b, "      leaves out: %s\n", Excerpt(strings.Join(f.Omits, "; "), 200))
			}
		}
	}
}

// orDash is s, or a dash when s is empty.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func derefF(f *float64) float64 {
	if f == nil {
		return 0
	}
	return *f
}

func mdEscape(s string) string {
	r := strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "#", `\#`)
	return r.Replace(s)
}

func renderMarkdown(w io.Writer, rep *corroborate.Report) error {
	byID := map[string]corroborate.Article{}
	for _, a := range rep.Articles {
		byID[a.ID] = a
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# corroborate report\n\n%d articles, %d stories", len(rep.Articles), len(rep.Stories))
	if len(rep.Errors) > 0 {
		fmt.Fprintf(&b, ", %d inputs failed", len(rep.Errors))
	}
	b.WriteString("\n")
	for i, s := range rep.Stories {
		v := newStoryView(s, byID)
		fmt.Fprintf(&b, "\n## Story %d: %s\n\n%s\n\n", i+1, mdEscape(v.title), mdEscape(v.summary()))
		b.WriteString("| | outlet | date | headline | article |\n|---|---|---|---|---|\n")
		for _, a := range v.articles {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | `%s` |\n", v.labels[a.ID], mdEscape(deref(a.Outlet, "unknown")), deref(a.Published, "undated"), mdEscape(headline(a)), a.ID)
		}
		if len(s.Discrepancies) > 0 {
			b.WriteString("\n### Discrepancies\n\n| about | value | sources | evidence |\n|---|---|---|---|\n")
			for _, d := range s.Discrepancies {
				for _, val := range d.Values {
					ev := ""
					if len(val.Sentences) > 0 {
						ev = Excerpt(val.Sentences[0], 160)
					}
					about := d.About
					if d.Note != "" {
						about += " (" + d.Note + ")"
					}
					fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdEscape(about), mdEscape(valueWithNorm(val)), v.cite(val.Articles), mdEscape(ev))
				}
			}
		}
		if sp := speakers(s); len(sp) > 0 {
			b.WriteString("\n### Who said what\n\n")
			for _, g := range sp {
				fmt.Fprintf(&b, "- **%s**\n", mdEscape(g.name))
				for _, st := range g.stances {
					fmt.Fprintf(&b, "  - %s “%s” %s\n", st.Position, mdEscape(st.Claim), v.cite([]string{st.Article}))
				}
				for _, q := range g.quotes {
					fmt.Fprintf(&b, "  - %s: “%s” %s\n", mdEscape(deref(q.Cue, "-")), mdEscape(Excerpt(q.Text, 200)), v.cite([]string{q.Article}))
				}
			}
		}
		if len(s.Consensus) > 0 {
			b.WriteString("\n### Agreed by independent sources\n\n")
			for _, c := range s.Consensus {
				fmt.Fprintf(&b, "- %s (%d origins) %s\n", mdEscape(c.Fact), c.Origins, v.cite(c.Articles))
			}
		}
		if len(s.Timeline) > 0 {
			b.WriteString("\n### Timeline\n\n| date | event | sources |\n|---|---|---|\n")
			for _, t := range s.Timeline {
				fmt.Fprintf(&b, "| %s | %s | %s |\n", t.Date, mdEscape(Excerpt(t.Event, 120)), v.cite(t.Articles))
			}
		}
		if len(s.Framing) > 0 {
			b.WriteString("\n### Framing\n\n")
			for _, f := range s.Framing {
				fmt.Fprintf(&b, "- %s %s: headline verb %s", v.cite([]string{f.Article}), mdEscape(deref(f.Outlet, "unknown outlet")), mdEscape(deref(f.HeadlineVerb, "—")))
				if len(f.OwnVoice) > 0 {
					fmt.Fprintf(&b, "; own voice: “%s”", mdEscape(Excerpt(strings.Join(f.OwnVoice, " / "), 200)))
				}
				b.WriteString("\n")
			}
		}
	}
	if len(rep.Errors) > 0 {
		b.WriteString("\n## Errors\n\n")
		for _, e := range rep.Errors {
			fmt.Fprintf(&b, "- `%s`: %s\n", e.Source, mdEscape(e.Err))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeDiscrepancies prints a story's discrepancies: each value as the
// article wrote it, its normalized form beside it, its sources and the
// sentence that states it.
func writeDiscrepancies(b *strings.Builder, ds []corroborate.Discrepancy, p palette, v storyView) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(b, "  %sDiscrepancies%s\n", p.bold, p.reset)
	for _, d := range ds {
		fmt.Fprintf(b, "    %s%s%s (%s)", p.red, d.About, p.reset, d.Kind)
		if d.Note != "" {
			fmt.Fprintf(b, " — %s", d.Note)
		}
		b.WriteString("\n")
		for _, val := range d.Values {
			fmt.Fprintf(b, "      %-22s %s", valueWithNorm(val), v.cite(val.Articles))
			if len(val.Sentences) > 0 {
				fmt.Fprintf(b, " %s“%s”%s", p.dim, Excerpt(val.Sentences[0], 140), p.reset)
			}
			b.WriteString("\n")
		}
	}
}

// valueWithNorm is a value as written with its normalized form beside it
// when that says more ("$2.5 billion [2500000000 usd]").
func valueWithNorm(val corroborate.DiscrepancyValue) string {
	w := fmt.Sprint(val.Value)
	if val.Normalized == "" || strings.EqualFold(val.Normalized, w) {
		return w
	}
	return w + " [" + val.Normalized + "]"
}
