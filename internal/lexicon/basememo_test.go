package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestBaseMemo checks that Base's remembered answers are what base works
// out, asked once and asked again, and that the memo stays bounded.
func TestBaseMemo(t *testing.T) {
	lx := Default()
	words := []string{"stopped", "Geese", "ferries", "running", "pass", "bigger", "Unknownish", "men", "was",
		strings.Repeat("x", baseInline-1) + "es", strings.Repeat("y", baseInline) + "s", strings.Repeat("z", baseInline+5) + "ing"}
	for _, p := range []POS{Noun, Verb, Adj, Adv} {
		for _, w := range words {
			want := lx.base(w, p)
			for range 2 {
				if got := lx.Base(w, p); got != want {
					t.Errorf("Base(%q, %c) = %q, want %q", w, p, got, want)
				}
			}
		}
	}
	// More new words than the memo holds: it forgets and starts again.
	for i := range baseMemoSize + 10 {
		lx.Base("zq"+strconv.Itoa(i)+"x", Noun)
	}
	lx.bases.Lock()
	n := lx.bases.n
	lx.bases.Unlock()
	if n > baseMemoSize {
		t.Errorf("memo holds %d answers, more than %d", n, baseMemoSize)
	}
}

// TestBaseMemoTable checks the memo's table on its own: answers kept
// through the table's growth, one word under four parts of speech kept
// apart, words of one hash told apart by their letters, a full memo
// forgotten at once.
func TestBaseMemoTable(t *testing.T) {
	var m baseMemo
	m.seed = Default().bases.seed
	want := map[[2]string]string{}
	for i := range 3 * baseMemoFirst {
		w := "w" + strconv.Itoa(i)
		for pos := range 4 {
			b := w + "/" + strconv.Itoa(pos)
			m.put(m.hash(w, pos), w, pos, b)
			want[[2]string{w, strconv.Itoa(pos)}] = b
		}
	}
	if m.n != len(want) || len(m.slots) < m.n {
		t.Fatalf("%d answers in %d slots, want %d", m.n, len(m.slots), len(want))
	}
	for k, b := range want {
		pos, _ := strconv.Atoi(k[1])
		if got, ok := m.get(m.hash(k[0], pos), k[0], pos); !ok || got != b {
			t.Fatalf("get(%q, %d) = %q, %v; want %q", k[0], pos, got, ok, b)
		}
	}
	// Two words under one hash: each finds its own answer.
	var c baseMemo
	c.put(7, "ab", 0, "A")
	c.put(7, "ba", 0, "B")
	c.put(7, "abc", 0, "C")
	for w, b := range map[string]string{"ab": "A", "ba": "B", "abc": "C"} {
		if got, ok := c.get(7, w, 0); !ok || got != b {
			t.Errorf("colliding get(%q) = %q, %v; want %q", w, got, ok, b)
		}
	}
	if _, ok := c.get(7, "b", 0); ok {
		t.Errorf("get of a word never put answered")
	}
	c.n = baseMemoSize
	c.put(9, "new", 0, "N")
	if c.n != 1 || len(c.slots) != baseMemoFirst {
		t.Errorf("a full memo kept %d answers in %d slots, want 1 in %d", c.n, len(c.slots), baseMemoFirst)
	}
}

// BenchmarkBase asks Base for the words of a made-up text, noun then verb,
// as ContentWords does.
func BenchmarkBase(b *testing.B) {
	lx := Default()
	var words []string
	for i := range 20000 {
		words = append(words, "word"+strconv.Itoa(i%5000), "ran", "cities", "stopped", "government")
	}
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			if lx.Base(w, Noun) == w {
				lx.Base(w, Verb)
			}
		}
	}
}

// TestBaseMemoConcurrent: readers that take no lock, while others put and
// the table grows and is forgotten, read only whole answers — each the one
// its word and part of speech were given (run with -race too).
func TestBaseMemoConcurrent(t *testing.T) {
	var m baseMemo
	m.seed = Default().bases.seed
	answer := func(w string, pos int) string { return strings.ToUpper(w) + strconv.Itoa(pos) }
	const workers, words = 4, 5 * baseMemoFirst
	done := make(chan error, workers)
	for g := range workers {
		go func() {
			for k := range words {
				w := "v" + strconv.Itoa((k*7+g*13)%words)
				pos := k % 4
				h := m.hash(w, pos)
				if g == 0 && k == words/2 {
					m.Lock()
					m.n = baseMemoSize // forgotten at this put
					m.put(h, w, pos, answer(w, pos))
					m.Unlock()
				}
				if b, ok := m.get(h, w, pos); ok {
					if b != answer(w, pos) {
						done <- fmt.Errorf("get(%q, %d) = %q", w, pos, b)
						return
					}
					continue
				}
				m.Lock()
				m.put(h, w, pos, answer(w, pos))
				m.Unlock()
			}
			done <- nil
		}()
	}
	for range workers {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
