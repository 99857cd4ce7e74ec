package lexicon

import (
	"math/rand"
	"strings"
	"testing"
)

// closedShapeText is an invented report: the words a look-up of
// ClosedClass, SentenceOpener and NounFollows meets, most of them
// content words.
const closedShapeText = `The harbour board of Velmora said on Thursday that it would close two of its
piers after inspectors found cracks beneath the eastern loading cranes, although
the ferries will keep sailing to the islands while engineers weigh whether the
older pier can be strengthened. "We cannot take chances with the workers or the
passengers," the board's chairwoman, Idra Solvang, told reporters at the terminal,
adding that repairs might cost as much as 4.2 million crowns and that nobody had
been hurt. Dockworkers, who have been without a contract since March, fear that
hundreds of them may be laid off during the months of work; their union
nevertheless welcomed the inspection. Meanwhile, however, shipping firms whose
vessels unload there asked for compensation, and several of them threatened
legal action unless the board reopened the piers before the autumn harvest.`

// closedShapeWords are the lower-case words of closedShapeText with their
// punctuation trimmed, and as written.
func closedShapeWords() []string {
	var ws []string
	for _, f := range strings.Fields(closedShapeText) {
		ws = append(ws, f, strings.ToLower(strings.Trim(f, `.,;:"'`)))
	}
	return ws
}

// TestClosedWordOfIsTheMap: closedWordOf answers as the map does for
// every closed-class word and opener, their prefixes, extensions and
// capitalised forms, the words of an invented report, random byte
// strings, the empty word and a word of 70 bytes.
func TestClosedWordOfIsTheMap(t *testing.T) {
	ws := append(closedShapeWords(), "", strings.Repeat("a", 70), strings.Repeat("t", 63), strings.Repeat("t", 64))
	for w := range closedWords {
		ws = append(ws, w, strings.ToUpper(w), w+"s", "x"+w, w[:len(w)-1], w+strings.Repeat("e", 60))
	}
	rng := rand.New(rand.NewSource(3))
	for range 20000 {
		b := make([]byte, 1+rng.Intn(12))
		for i := range b {
			b[i] = byte(rng.Intn(256))
			if rng.Intn(3) > 0 {
				b[i] = 'a' + byte(rng.Intn(26))
			}
		}
		ws = append(ws, string(b))
	}
	found := 0
	for _, w := range ws {
		got, want := closedWordOf(w), closedWords[w]
		if got != want {
			t.Fatalf("closedWordOf(%q) = %+v, want %+v", w, got, want)
		}
		if want.tag != "" {
			found++
		}
	}
	if found < len(closedWords)/2 {
		t.Fatalf("only %d closed-class words met", found)
	}
	// The shapes pass every entry and stop most other words of the report.
	stopped, content := 0, 0
	for _, w := range closedShapeWords() {
		if _, ok := closedWords[w]; ok {
			continue
		}
		content++
		if n := len(w); n > 0 && n < 64 && closedShapes[w[0]]&(1<<n) == 0 {
			stopped++
		}
	}
	if stopped*2 < content {
		t.Errorf("the shapes stop %d of %d words that are not closed-class", stopped, content)
	}
}

// BenchmarkClosedClass and BenchmarkClosedClassMap: ClosedClass of every
// word of the invented report, as written and lower-cased, with the
// shapes and by the map alone (the code before them).
func BenchmarkClosedClass(b *testing.B) {
	ws := closedShapeWords()
	n := 0
	for range b.N {
		for _, w := range ws {
			if _, ok := ClosedClass(w); ok {
				n++
			}
		}
	}
	_ = n
}

func BenchmarkClosedClassMap(b *testing.B) {
	ws := closedShapeWords()
	n := 0
	for range b.N {
		for _, w := range ws {
			if c := closedWords[w]; c.tag != "" {
				n++
			}
		}
	}
	_ = n
}
