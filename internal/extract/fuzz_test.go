package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzText checks that cleanup never panics and never adds text: every line
// of the clean text is a piece of a line of the input, up to whitespace.
func FuzzText(f *testing.F) {
	f.Add("Headline here\n\n01-02-2024\nSite\n\nBODY – A sentence that is long enough to be a body line of the article.\nComments\nx")
	f.Add("Image of A title here and more\nA title here\n")
	f.Add("\u00a0\u200b\r\n\r\nRead more: x\n“quote” he said.")
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		r := Text(in, Hint{})
		var norm []string
		for _, l := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(in, "\r\n", "\n"), "\r", "\n"), "\n") {
			norm = append(norm, normalizeLine(l))
		}
		for _, out := range strings.Split(r.Text, "\n\n") {
			if out == "" {
				continue
			}
			found := false
			for _, l := range norm {
				if strings.Contains(l, out) {
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("output line %q is not in the input", out)
			}
		}
		if !r.Published.IsZero() && r.Published.String() == "" {
			t.Fatal("bad date")
		}
	})
}
