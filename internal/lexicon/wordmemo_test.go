package lexicon

import (
	"strconv"
	"sync"
	"testing"
)

// TestWordMemo: an answer stored is loaded back, before and after its
// fresh map is joined to the frozen one; the first answer stored stays; a
// word never stored is not found; several goroutines storing and loading
// at once read only the answers stored (run with -race too).
func TestWordMemo(t *testing.T) {
	var m WordMemo[int]
	if _, ok := m.Load("absent"); ok {
		t.Fatal("an empty memo found a word")
	}
	for i := range 5000 {
		w := "w" + strconv.Itoa(i)
		m.Store(w, i)
		m.Store(w, -1) // the first answer stays
		for _, k := range []int{0, i / 2, i} {
			if v, ok := m.Load("w" + strconv.Itoa(k)); !ok || v != k {
				t.Fatalf("after %d stores, Load(w%d) = %d, %v", i+1, k, v, ok)
			}
		}
	}
	if _, ok := m.Load("w5000"); ok {
		t.Error("a word never stored was found")
	}
	var c WordMemo[string]
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 3000 {
				w := "x" + strconv.Itoa((i*7+g*11)%2000)
				if v, ok := c.Load(w); ok && v != w+"!" {
					t.Errorf("Load(%q) = %q", w, v)
					return
				}
				c.Store(w, w+"!")
			}
		}()
	}
	wg.Wait()
	for i := range 2000 {
		w := "x" + strconv.Itoa(i)
		if v, ok := c.Load(w); !ok || v != w+"!" {
			t.Errorf("after the goroutines, Load(%q) = %q, %v", w, v, ok)
		}
	}
}
