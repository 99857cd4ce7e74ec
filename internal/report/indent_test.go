package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// indentBoth indents src (compact JSON and the encoder's newline) with
// indentWriter, written in pieces of n bytes, and with json.Indent.
func indentBoth(t *testing.T, src []byte, n int) (got, want string) {
	t.Helper()
	var w bytes.Buffer
	if err := json.Indent(&w, src, "", "  "); err != nil {
		t.Fatalf("json.Indent(%q): %v", src, err)
	}
	var g bytes.Buffer
	iw := newIndentWriter(&g)
	for len(src) > 0 {
		k := min(n, len(src))
		if _, err := iw.Write(src[:k]); err != nil {
			t.Fatal(err)
		}
		src = src[k:]
	}
	if err := iw.Flush(); err != nil {
		t.Fatal(err)
	}
	return g.String(), w.String()
}

// TestIndentWriter indents the fixtures of testdata/indent.jsonl, compacted
// as an encoder writes them, as json.Indent does, whole and a byte at a
// time (a string's escape cut between two writes).
func TestIndentWriter(t *testing.T) {
	f, err := os.Open("testdata/indent.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c bytes.Buffer
		if err := json.Compact(&c, sc.Bytes()); err != nil {
			t.Fatalf("fixture %q: %v", sc.Text(), err)
		}
		c.WriteByte('\n')
		for _, piece := range []int{1, 3, 1 << 20} {
			if got, want := indentBoth(t, c.Bytes(), piece); got != want {
				t.Errorf("%s in pieces of %d:\ngot  %q\nwant %q", sc.Text(), piece, got, want)
			}
		}
		n++
	}
	if n < 10 {
		t.Fatalf("%d fixtures read, want 10", n)
	}
	if got, _ := indentBoth(t, []byte(`{"a":[]}`+"\n"), 8); got != "{\n  \"a\": []\n}\n" {
		t.Errorf("got %q", got)
	}
}

// TestRenderJSONAsEncoder checks that Render's JSON is what the encoder's
// own indenting writes.
func TestRenderJSONAsEncoder(t *testing.T) {
	rep := sample()
	var got, want strings.Builder
	if err := Render(&got, rep, JSON, Options{}); err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("Render's JSON differs from the encoder's:\n%s\nwant\n%s", got.String(), want.String())
	}
}

// FuzzIndentWriter checks indentWriter against json.Indent on any valid
// JSON, compacted as an encoder writes it.
func FuzzIndentWriter(f *testing.F) {
	for _, s := range []string{`{}`, `[1,{"a":"b\"c"},[]]`, `"x"`, `{"k":{"l":[true,null]}}`} {
		f.Add([]byte(s), 2)
	}
	f.Fuzz(func(t *testing.T, data []byte, n int) {
		var c bytes.Buffer
		if json.Compact(&c, data) != nil {
			return
		}
		c.WriteByte('\n')
		if n < 1 {
			n = 1
		}
		if got, want := indentBoth(t, c.Bytes(), n); got != want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.Bytes(), got, want)
		}
	})
}

// BenchmarkRenderJSON renders a report of 500 stories (the sample's, again
// and again) as JSON; the encoder's own indenting beside it
// (BenchmarkEncoderIndent) is what Render did before indentWriter.
func BenchmarkRenderJSON(b *testing.B) {
	rep := bigReport()
	for b.Loop() {
		if err := Render(io.Discard, rep, JSON, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncoderIndent is BenchmarkRenderJSON with the encoder's own
// indenting.
func BenchmarkEncoderIndent(b *testing.B) {
	rep := bigReport()
	for b.Loop() {
		enc := json.NewEncoder(io.Discard)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			b.Fatal(err)
		}
	}
}

// bigReport is the sample report with its articles and story 500 times.
func bigReport() *corroborate.Report {
	one := sample()
	rep := &corroborate.Report{}
	for range 500 {
		rep.Articles = append(rep.Articles, one.Articles...)
		rep.Stories = append(rep.Stories, one.Stories...)
	}
	return rep
}
