package dedupe

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

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

// TestSketchOfReadsOnce checks that the sketch, whose words are read once
// for the whole text, is the sketch of the text and of each long
// paragraph read on their own (as strings.Fields and strings.FieldsFunc
// read them).
func TestSketchOfReadsOnce(t *testing.T) {
	long := strings.Repeat("The council voted again on the plan for the new bridge, ", 5)
	texts := []string{
		"",
		"Short text.",
		long + "\n\n" + "A second paragraph, too short.\n\n\n" + long + "ÉCOLE Straße İstanbul 12,5 km\u00a0away.",
		"\n\n" + long + "\n\n\n\n" + strings.ReplaceAll(long, " ", "\u00a0") + "\n\n",
		"bad \xff\xfe bytes\n\n" + long + "\xc3\n\nend",
		strings.Repeat("— ", 30) + "a b c",
		long + "\n\n" + strings.Repeat("vote ", 24) + "\n\n" + strings.Repeat("poll\t", 25),
	}
	for i, s := range texts {
		want := Sketch{Shingles: refShingles(s)}
		want.Signatures = append(want.Signatures, Sign(want.Shingles))
		for _, p := range strings.Split(s, "\n\n") {
			if len(strings.Fields(p)) >= 25 {
				want.Signatures = append(want.Signatures, Sign(refShingles(p)))
			}
		}
		got := SketchOf(s)
		if len(got.Shingles) != len(want.Shingles) || len(got.Signatures) != len(want.Signatures) {
			t.Fatalf("text %d: %d shingles, %d signatures; want %d, %d", i, len(got.Shingles), len(got.Signatures), len(want.Shingles), len(want.Signatures))
		}
		for h := range want.Shingles {
			if !got.Shingles[h] {
				t.Fatalf("text %d: shingle %x missing", i, h)
			}
		}
		for k := range want.Signatures {
			if got.Signatures[k] != want.Signatures[k] {
				t.Fatalf("text %d: signature %d differs", i, k)
			}
		}
	}
}

// refShingles is Shingles as first written: the words split by
// strings.FieldsFunc.
func refShingles(s string) map[uint64]bool {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return shinglesOf(ws)
}

// TestCandidatesCrowded: a key held by more documents than a bucket keeps
// pairs its first MaxBucket documents only, and says so.
func TestCandidatesCrowded(t *testing.T) {
	keys := make([][]uint64, MaxBucket+1)
	for i := range keys {
		keys[i] = []uint64{7, uint64(100 + i)}
	}
	pairs, crowded := Candidates(keys)
	if !crowded || len(pairs) != MaxBucket*(MaxBucket-1)/2 {
		t.Fatalf("Candidates of %d documents on one key: %d pairs, crowded %v; want %d, true", len(keys), len(pairs), crowded, MaxBucket*(MaxBucket-1)/2)
	}
	for _, p := range pairs {
		if p[0] >= p[1] || p[1] >= MaxBucket {
			t.Fatalf("pair %v: want lower index first, both among the first %d", p, MaxBucket)
		}
	}
	if pairs, crowded := Candidates(keys[:MaxBucket]); crowded || len(pairs) != MaxBucket*(MaxBucket-1)/2 {
		t.Errorf("Candidates of %d documents: %d pairs, crowded %v; want all pairs, not crowded", MaxBucket, len(pairs), crowded)
	}
}

// TestSignWordsAsSign: a paragraph's signature read from its words is
// Sign of its shingle set, on made-up word lists with shingles repeated,
// shorter than a shingle, and empty.
func TestSignWordsAsSign(t *testing.T) {
	base := strings.Fields("the ferry left the harbour at dawn and the ferry left the harbour at dusk while gulls circled")
	cases := [][]string{nil, base[:1], base[:4], base[:5], base, append(append([]string{}, base...), base...)}
	r := rand.New(rand.NewSource(38))
	for n := 0; n < 200; n++ {
		var ws []string
		for k := r.Intn(40); k > 0; k-- {
			ws = append(ws, base[r.Intn(4)]) // few words: many shingles repeat
		}
		cases = append(cases, ws)
	}
	for _, ws := range cases {
		if got, want := signWords(ws), Sign(shinglesOf(ws)); got != want {
			t.Fatalf("signWords(%q) differs from Sign of its shingles", ws)
		}
	}
}
