package dedupe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/extract"
)

func seedText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return extract.Text(string(b), extract.Hint{}).Text
}

// TestCopies makes copies of a real article — another headline and
// boilerplate, dropped and reordered paragraphs, the story inside a longer
// article — and checks that each is found and that a different article on
// the same event is not.
func TestCopies(t *testing.T) {
	orig := seedText(t, "000_f799f2cc55a51404.txt")
	paras := strings.Split(orig, "\n\n")
	reworded := "Iraq says ISIS threat is over\n\nBy Staff Writer\n\n" + orig + "\n\nShare this article\n\nFollow us for more."
	var kept []string
	for i, p := range paras {
		if i%3 != 2 { // drop every third paragraph
			kept = append(kept, p)
		}
	}
	kept[0], kept[1] = kept[1], kept[0] // and reorder
	trimmed := strings.Join(kept, "\n\n")
	longer := "Analysis: the long road out of Iraq\n\nFor two decades, foreign troops have come and gone from Iraq, and each departure has been announced more than once. " +
		"Our correspondent looks at what has changed since the last withdrawal and what may follow.\n\n" + strings.Join(paras[:6], "\n\n") +
		"\n\nThe rest of this analysis considers the economic ties between the countries, which have grown in recent years despite the political tensions, and the role of neighbouring states in the security of the region."
	other := seedText(t, "002_9fea372c3363cbdf.txt")
	docs := []Doc{
		{ID: "orig", Text: orig, Order: 0},
		{ID: "reworded", Text: reworded, Order: 1},
		{ID: "trimmed", Text: trimmed, Order: 2},
		{ID: "longer", Text: longer, Order: 3},
		{ID: "other", Text: other, Order: 4},
	}
	copies := Find(docs)
	got := map[string]Copy{}
	for _, c := range copies {
		got[docs[c.Doc].ID] = c
	}
	for _, id := range []string{"reworded", "trimmed", "longer"} {
		c, ok := got[id]
		if !ok {
			t.Errorf("%s not found as a copy", id)
			continue
		}
		if docs[c.Of].ID != "orig" {
			t.Errorf("%s copies %s, want orig", id, docs[c.Of].ID)
		}
		if c.Similarity < Threshold || c.Similarity > 1 {
			t.Errorf("%s similarity %v", id, c.Similarity)
		}
	}
	if _, ok := got["other"]; ok {
		t.Error("a different article on the same event taken for a copy")
	}
	if _, ok := got["orig"]; ok {
		t.Error("the original marked as a copy")
	}
}

func TestContainment(t *testing.T) {
	a := Shingles("one two three four five six seven eight nine ten")
	b := Shingles("zero one two three four five six seven eight nine ten eleven")
	if c := Containment(a, b); c != 1 {
		t.Errorf("containment of a text in a longer one = %v, want 1", c)
	}
	if c := Containment(a, Shingles("completely different words that share nothing at all here")); c != 0 {
		t.Errorf("containment of unrelated texts = %v", c)
	}
}

// TestHashWords: a shingle's hash is FNV-1a of its words joined by single
// spaces, as hash gives it.
func TestHashWords(t *testing.T) {
	for _, ws := range [][]string{{"a"}, {"the", "council", "met", "on", "monday"}, {"zürich", "", "x", "ümlaut", "9"}} {
		if got, want := hashWords(ws), hash(strings.Join(ws, " ")); got != want {
			t.Errorf("hashWords(%q) = %x, want %x", ws, got, want)
		}
	}
}
