// Package report renders an analysis report as JSON (the stable contract),
// plain text or Markdown for people.
package report

import (
	"encoding/json"
	"fmt"
	"io"
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
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
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

type palette struct{ bold, dim, red, reset string }

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
	for i, s := range rep.Stories {
		fmt.Fprintf(&b, "\n%sStory %d: %s%s\n", p.bold, i+1, deref(s.Title, "(untitled)"), p.reset)
		for _, id := range s.Articles {
			a := byID[id]
			fmt.Fprintf(&b, "  [%s] %s · %s · %s\n", id, deref(a.Outlet, "unknown outlet"), deref(a.Published, "undated"), headline(a))
			if a.Place != nil {
				fmt.Fprintf(&b, "    %sdateline: %s%s\n", p.dim, *a.Place, p.reset)
			}
			fmt.Fprintf(&b, "    %s%s%s\n", p.dim, Excerpt(a.Text, 240), p.reset)
			fmt.Fprintf(&b, "    source: %s\n", a.Source)
			if a.CopyOf != nil {
				fmt.Fprintf(&b, "    copy of %s\n", *a.CopyOf)
			}
		}
		writeFindingsText(&b, s, p)
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

func writeFindingsText(b *strings.Builder, s corroborate.Story, p palette) {
	if len(s.Related) > 0 {
		fmt.Fprintf(b, "  related stories: %s\n", strings.Join(s.Related, ", "))
	}
	if len(s.Discrepancies) > 0 {
		fmt.Fprintf(b, "  %sDiscrepancies%s\n", p.bold, p.reset)
		for _, d := range s.Discrepancies {
			fmt.Fprintf(b, "    %s (%s):\n", d.About, d.Kind)
			for _, v := range d.Values {
				fmt.Fprintf(b, "      %v — %s\n", v.Value, strings.Join(v.Articles, ", "))
			}
		}
	}
	if len(s.Quotes) > 0 {
		fmt.Fprintf(b, "  %sWho said what%s\n", p.bold, p.reset)
		for _, q := range s.Quotes {
			kind := "reported"
			if q.Direct {
				kind = "quote"
			}
			fmt.Fprintf(b, "    %s (%s, %s): %q [%s]\n", deref(q.Speaker, "unknown"), kind, deref(q.Cue, "-"), Excerpt(q.Text, 160), q.Article)
		}
	}
	if len(s.Stances) > 0 {
		fmt.Fprintf(b, "  %sStances%s\n", p.bold, p.reset)
		for _, st := range s.Stances {
			fmt.Fprintf(b, "    %s %s %q [%s]\n", st.Holder, st.Position, st.Claim, st.Article)
		}
	}
	if len(s.Consensus) > 0 {
		fmt.Fprintf(b, "  %sAgreed by independent sources%s\n", p.bold, p.reset)
		for _, c := range s.Consensus {
			fmt.Fprintf(b, "    %s (%d origins: %s)\n", c.Fact, c.Origins, strings.Join(c.Articles, ", "))
		}
	}
	if len(s.Numbers) > 0 {
		fmt.Fprintf(b, "  %sNumbers%s\n", p.bold, p.reset)
		for _, n := range s.Numbers {
			fmt.Fprintf(b, "    %s%v %s %s [%s]\n", qual(n.Qualifier), n.Value, deref(n.What, ""), deref(n.Event, ""), n.Article)
		}
	}
	if len(s.Timeline) > 0 {
		fmt.Fprintf(b, "  %sTimeline%s\n", p.bold, p.reset)
		for _, t := range s.Timeline {
			fmt.Fprintf(b, "    %-10s %s (%s) [%s]\n", t.Date, Excerpt(t.Event, 100), deref(t.Expression, ""), strings.Join(t.Articles, ", "))
		}
	}
	if len(s.Entities) > 0 {
		var names []string
		for _, e := range s.Entities {
			names = append(names, fmt.Sprintf("%s (%s)", e.Name, e.Type))
		}
		fmt.Fprintf(b, "  %sNamed%s: %s\n", p.bold, p.reset, strings.Join(names, "; "))
	}
}

func qual(q *string) string {
	if q == nil {
		return ""
	}
	return *q + " "
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
		fmt.Fprintf(&b, "\n## Story %d: %s\n\n", i+1, mdEscape(deref(s.Title, "(untitled)")))
		b.WriteString("| id | outlet | date | headline |\n|---|---|---|---|\n")
		for _, id := range s.Articles {
			a := byID[id]
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", id, mdEscape(deref(a.Outlet, "unknown")), deref(a.Published, "undated"), mdEscape(headline(a)))
		}
		for _, id := range s.Articles {
			a := byID[id]
			fmt.Fprintf(&b, "\n> %s\n>\n> — `%s`, %s\n", mdEscape(Excerpt(a.Text, 300)), id, mdEscape(a.Source))
		}
		if len(s.Discrepancies) > 0 {
			b.WriteString("\n### Discrepancies\n\n| about | value | articles |\n|---|---|---|\n")
			for _, d := range s.Discrepancies {
				for _, v := range d.Values {
					fmt.Fprintf(&b, "| %s | %s | %s |\n", mdEscape(d.About), mdEscape(fmt.Sprint(v.Value)), strings.Join(v.Articles, ", "))
				}
			}
		}
		if len(s.Quotes) > 0 {
			b.WriteString("\n### Who said what\n\n")
			for _, q := range s.Quotes {
				fmt.Fprintf(&b, "- **%s** (%s): “%s” — `%s`\n", mdEscape(deref(q.Speaker, "unknown")), mdEscape(deref(q.Cue, "-")), mdEscape(Excerpt(q.Text, 200)), q.Article)
			}
		}
		if len(s.Timeline) > 0 {
			b.WriteString("\n### Timeline\n\n| date | event | articles |\n|---|---|---|\n")
			for _, t := range s.Timeline {
				fmt.Fprintf(&b, "| %s | %s | %s |\n", t.Date, mdEscape(Excerpt(t.Event, 120)), strings.Join(t.Articles, ", "))
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
