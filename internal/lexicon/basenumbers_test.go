package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestBaseID checks that BaseID numbers Base's answers: 0 for a word that
// is its own base form, one number for one form whichever word led to it
// (asked first or remembered), BaseForm giving the form back, and words
// too long for the memo numbered as well.
func TestBaseID(t *testing.T) {
	lx := Default()
	long := strings.Repeat("q", baseInline+3) + "ing"
	cases := []struct {
		word string
		p    POS
		same string // another word of the same base form, "" for none
	}{
		{"geese", Noun, ""},
		{"ferries", Noun, "ferry"},
		{"stopped", Verb, "stopping"},
		{"ran", Verb, "runs"},
		{"bigger", Adj, ""},
		{"bakery", Noun, ""},
		{"walk", Verb, ""},
		{"zorblish", Noun, ""},
		{long, Verb, ""},
		{strings.ToUpper(long), Verb, ""}, // its base form is its lower case
	}
	for _, c := range cases {
		want := lx.Base(c.word, c.p)
		for range 2 {
			id := lx.BaseID(c.word, c.p)
			switch {
			case id == NoBaseID:
				t.Errorf("BaseID(%q) = NoBaseID", c.word)
			case want == c.word && id != 0:
				t.Errorf("BaseID(%q) = %d, want 0 (its own base form)", c.word, id)
			case want != c.word && (id == 0 || lx.BaseForm(id) != want):
				t.Errorf("BaseID(%q) = %d, form %q; want a number of %q", c.word, id, lx.BaseForm(id), want)
			}
		}
		if c.same != "" && lx.BaseID(c.same, c.p) != lx.BaseID(c.word, c.p) && lx.Base(c.same, c.p) != c.same {
			t.Errorf("BaseID(%q) = %d, BaseID(%q) = %d: one form, two numbers", c.word, lx.BaseID(c.word, c.p), c.same, lx.BaseID(c.same, c.p))
		}
	}
	if lx.BaseForm(0) != "" || lx.BaseForm(NoBaseID) != "" {
		t.Errorf("BaseForm of no number is not empty")
	}
}

// TestBaseNumbersFresh: a form asked of Base before BaseID (a fresh memo
// slot) is numbered all the same.
func TestBaseNumbersFresh(t *testing.T) {
	lx := Default()
	if b := lx.Base("wolves", Noun); b != "wolf" {
		t.Fatalf("Base(wolves) = %q", b)
	}
	if id := lx.BaseID("wolves", Noun); id == 0 || id == NoBaseID || lx.BaseForm(id) != "wolf" {
		t.Errorf("BaseID(wolves) = %d (%q), want a number of wolf", id, lx.BaseForm(id))
	}
}

// TestBaseNumbersConcurrent: workers that number new forms at once each
// read back through BaseForm the form they numbered, and one form gets
// one number (run with -race too).
func TestBaseNumbersConcurrent(t *testing.T) {
	var nums baseNumbers
	const workers, forms = 4, 3 * baseChunk
	done := make(chan string, workers)
	for g := range workers {
		go func() {
			for k := range forms {
				f := "f" + strconv.Itoa((k*7+g*13)%forms)
				id := nums.number(f)
				if got := nums.form(id); got != f {
					done <- fmt.Sprintf("form(number(%q)) = %q", f, got)
					return
				}
			}
			done <- ""
		}()
	}
	for range workers {
		if msg := <-done; msg != "" {
			t.Fatal(msg)
		}
	}
	seen := map[uint32]string{}
	for k := range forms {
		f := "f" + strconv.Itoa(k)
		id := nums.number(f)
		if other, ok := seen[id]; ok {
			t.Fatalf("%q and %q share number %d", f, other, id)
		}
		seen[id] = f
	}
	if len(nums.ids) != forms {
		t.Errorf("%d forms numbered, want %d", len(nums.ids), forms)
	}
}
