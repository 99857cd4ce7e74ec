package text

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayContainFold: never false where the text holds the word in any
// case of ASCII letters.
func TestMayContainFold(t *testing.T) {
	texts := []string{"", "no", "No one was hurt.", "NOBODY", "a No-One zone", "another", "Noone", "non one", "nobod", "x\r", "x-"}
	subs := []string{"no one", "no-one", "nobody", "another", "inf", "-", "x-"}
	for _, s := range texts {
		for _, sub := range subs {
			want := strings.Contains(strings.ToLower(s), sub)
			if got := MayContainFold(s, sub); want && !got {
				t.Errorf("MayContainFold(%q, %q) = false, want true", s, sub)
			}
		}
	}
	for _, c := range []struct {
		s, sub string
		want   bool
	}{{"Noone", "no one", false}, {"nobod", "nobody", false}, {"", "a", false}, {"A", "a", true}, {"x\r", "x-", true}} {
		if got := MayContainFold(c.s, c.sub); got != c.want {
			t.Errorf("MayContainFold(%q, %q) = %v, want %v", c.s, c.sub, got, c.want)
		}
	}
}

func BenchmarkMayContainFold(b *testing.B) {
	s := "The sheriff's office said a 32-year-old man was taken to the county hospital on Sunday, where he died."
	for b.Loop() {
		MayContainFold(s, "nobody")
	}
}

// indexFoldBytes is IndexFold as it read every byte (before session 46):
// the answers TestIndexFoldAsBytes holds the IndexByte search to.
func indexFoldBytes(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}

// TestIndexFoldAsBytes: IndexFold's search by the next opening byte
// (strings.IndexByte) gives the index the byte-by-byte scan gives, on
// random texts over an alphabet of letters in both cases, the bytes that
// differ from them in bit 0x20 alone, digits and punctuation, and random
// bytes.
func TestIndexFoldAsBytes(t *testing.T) {
	alpha := "aAbB \r-\x0d\x01!1nNoO.\xe2\x80\x99"
	subs := []string{"", "a", "b", "ab", "aa", "ba", "no", "nob", "-", "x-", "1", "!", "\x01", "a b", "on.", "aaa"}
	rng := rand.New(rand.NewPCG(46, 14))
	for range 20000 {
		n := rng.IntN(24)
		var b strings.Builder
		for range n {
			if rng.IntN(10) == 0 {
				b.WriteByte(byte(rng.IntN(256)))
			} else {
				b.WriteByte(alpha[rng.IntN(len(alpha))])
			}
		}
		s := b.String()
		for _, sub := range subs {
			if got, want := IndexFold(s, sub), indexFoldBytes(s, sub); got != want {
				t.Fatalf("IndexFold(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
	}
}
