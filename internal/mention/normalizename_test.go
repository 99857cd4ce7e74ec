package mention

import (
	"math/rand"
	"strings"
	"testing"
)

// normalizeNameJoined is NormalizeName before its builder (kept for
// TestNormalizeNameAsJoined and BenchmarkNormalizeNameJoined).
func normalizeNameJoined(s string) string {
	s, _ = stripPossessive(s)
	var words []string
	for _, w := range strings.Fields(lower(s)) {
		w = strings.Map(func(r rune) rune {
			switch r {
			case '’', '\'', '‘', '`', '´', 'ʼ', 'ʻ', '.':
				return -1
			}
			return r
		}, w)
		for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "at-"} {
			w = strings.TrimPrefix(w, p)
		}
		if w == "al" || w == "el" || w == "" {
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// normalizeNameCases are invented names as articles write them, and
// the pieces the random names of the test are made of.
var normalizeNameCases = []string{"", " ", "Ilsa Moravec", "ILSA  MORAVEC’S", "Dr. J. R. Tellan Jr.", "al-Harith Osk",
	"Abu al-Qamar", "El Vendry", "O'Darragh", "d’Aubrac", "Ash-Sami", "at-", "'s", "...", "Ana\u00a0Kruv",
	"Ǆemal Ŀuka", "İlkay Öz", "Vendry\tCo.", "ash-as-ad-Bel", "\xff\xfeBad", "ʻIolana ʼAkau", "`Tick´"}

// TestNormalizeNameAsJoined: NormalizeName gives what the joined words
// gave, on the invented names and on random joins of their pieces.
func TestNormalizeNameAsJoined(t *testing.T) {
	ns := append([]string(nil), normalizeNameCases...)
	rng := rand.New(rand.NewSource(13))
	seps := []string{" ", "  ", "\t", "\u2003", "", "-", "."}
	for range 20000 {
		var b strings.Builder
		for k := rng.Intn(5); k >= 0; k-- {
			b.WriteString(normalizeNameCases[rng.Intn(len(normalizeNameCases))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		ns = append(ns, b.String())
	}
	for _, n := range ns {
		if got, want := NormalizeName(n), normalizeNameJoined(n); got != want {
			t.Fatalf("NormalizeName(%q) = %q, want %q", n, got, want)
		}
	}
	if got := NormalizeName("Dr. Ilsa al-Moravec’s"); got != "dr ilsa moravec" {
		t.Errorf("NormalizeName = %q", got)
	}
}

// BenchmarkNormalizeName and BenchmarkNormalizeNameJoined: the invented
// names, with the builder and with the joined words.
func BenchmarkNormalizeName(b *testing.B)       { benchNormalize(b, NormalizeName) }
func BenchmarkNormalizeNameJoined(b *testing.B) { benchNormalize(b, normalizeNameJoined) }

func benchNormalize(b *testing.B, norm func(string) string) {
	b.ReportAllocs()
	for range b.N {
		for _, n := range normalizeNameCases {
			norm(n)
		}
	}
}
