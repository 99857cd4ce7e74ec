package text

import (
	"math/rand"
	"strings"
	"testing"
	"unsafe"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestTokensLower checks that every token carries its text in lower case,
// as strings.ToLower gives it, on made-up sentences in ASCII and outside it
// (a rune whose lower case is of another length: the Kelvin sign, a dotted
// capital I) and on random texts.
func TestTokensLower(t *testing.T) {
	texts := []string{
		"Jo Roe, 41, told the Harbor Post on Tuesday that U.S. officials paid $5,000.",
		"THE MILL AT ÅSBY REOPENED; Dr. Doe said: “We’re glad.”",
		"A 300 \u212a furnace near İzmir failed at 4:30 p.m., Lt. Roe said.",
		"",
		"ΣΟΦΙΑ Doe-Roe's ÇAY",
	}
	words := []string{"Doe", "ROE", "the", "U.S.", "5,000", "\u212aelvin", "İstanbul", "café", "ÉCOLE", ",", "—", "don't", "Mt.", "3.5"}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for k := r.Intn(12); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString([]string{" ", "  ", "\t", ""}[r.Intn(4)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for _, tk := range Tokens(s) {
			if want := strings.ToLower(tk.Text); tk.Lower != want {
				t.Fatalf("Tokens(%q): token %q has Lower %q, want %q", s, tk.Text, tk.Lower, want)
			}
			if tk.Text != s[tk.Start:tk.End] {
				t.Fatalf("Tokens(%q): token %q at %d..%d", s, tk.Text, tk.Start, tk.End)
			}
		}
	}
	if got := NewToken("Roe", 3, 6); got.Lower != "roe" || got.Text != "Roe" || got.Start != 3 || got.End != 6 {
		t.Errorf("NewToken = %+v", got)
	}
}

// BenchmarkTokens splits made-up sentences into tokens with their lower case.
func BenchmarkTokens(b *testing.B) {
	s := "Jo Roe, 41, told the Harbor Post on Tuesday that U.S. officials paid $5,000 for the Mill Street bridge."
	for i := 0; i < b.N; i++ {
		Tokens(s)
	}
}

// TestTokenBase checks that a token's base forms, kept with it by ReadBases
// or not, are the lexicon's base forms of its lower case for every part of
// speech, on made-up sentences.
func TestTokenBase(t *testing.T) {
	lx := lexicon.Default()
	for _, s := range []string{
		"The Doe brothers were running three bakeries in Roeville until floods closed them.",
		"Dr. Roe's geese stopped grazing; the wolves' dens lay emptied by 4 p.m. Tuesday.",
		"ÉMILE ROE SAID THE MEN HAD BEEN SHOT, said Doe-Roe, 41.",
		"",
	} {
		toks := Tokens(s)
		read := Tokens(s)
		ReadBases(read)
		for i := range toks {
			for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adj, lexicon.Adv} {
				want := lx.Base(toks[i].Lower, p)
				if got := toks[i].Base(p); got != want {
					t.Errorf("%q: Base(%v) = %q, want %q", toks[i].Text, p, got, want)
				}
				if got := read[i].Base(p); got != want {
					t.Errorf("%q read: Base(%v) = %q, want %q", toks[i].Text, p, got, want)
				}
			}
		}
		for i := range read {
			if read[i].IsWord() && (read[i].noun == 0 || read[i].verb == 0) {
				t.Errorf("%q: no base kept", read[i].Text)
			}
		}
	}
	if Tokens("  \t ") != nil {
		t.Errorf("Tokens of white space is not nil")
	}
}

// TestTokenSize: a token keeps its base forms as numbers, so an article's
// reading costs 56 bytes a token, not the 80 of two more strings.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n > 56 {
		t.Errorf("a token is %d bytes, want at most 56", n)
	}
}
