package source

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText extracts a page's title and text with the streaming tokenizer
// of golang.org/x/net/html, which keeps no tree: the fallback for pages the
// tree parser refuses (nested deeper than its 512 open elements). Script,
// style and other non-text elements are dropped; block elements end a
// paragraph, so the result reads like scraped text.
func HTMLText(page []byte) (title, text string) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var b, para, t strings.Builder
	skip := 0 // depth inside elements whose content is not text
	inTitle := false
	flush := func() {
		if p := strings.Join(strings.Fields(para.String()), " "); p != "" {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
		para.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return strings.Join(strings.Fields(t.String()), " "), strings.TrimSpace(b.String())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipped[a]:
				if tt == html.StartTagToken {
					skip++
				}
			case a == atom.Title:
				inTitle = true
			case blocks[a]:
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipped[a]:
				skip = max(skip-1, 0)
			case a == atom.Title:
				inTitle = false
			case blocks[a]:
				flush()
			}
		case html.TextToken:
			switch {
			case inTitle:
				t.Write(z.Text())
			case skip == 0:
				para.Write(z.Text())
				para.WriteByte(' ')
			}
		}
	}
}

// skipped are the elements whose content is never article text.
var skipped = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
	atom.Textarea: true, atom.Button: true}

// blocks are the elements that end a paragraph.
var blocks = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Article: true,
	atom.Section: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true, atom.Nav: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Body: true}
