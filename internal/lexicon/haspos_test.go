package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// hasBySenses is Has as it read before the parts of speech were kept with
// a form's slot: a walk of the form's senses.
func hasBySenses(lx *Lexicon, form string, p POS) bool {
	for _, s := range lx.SensesFold(form) {
		if s.POS == p {
			return true
		}
	}
	return false
}

// TestHasAsSenses checks Has against a walk of the senses for every form
// of the lexicon as written (a quarter of them also in lower and upper
// case, and with spaces for underscores) and for made-up words, for the
// four parts of speech and a byte that is none.
func TestHasAsSenses(t *testing.T) {
	lx := Default()
	poses := []POS{Noun, Verb, Adj, Adv, 's', 0}
	words := []string{"", " ", "zzqxv", "dogz", "DOG", "Dog", " dog ", "new york", "New York", strings.Repeat("a", formInline+9), "ſun", "Ａ"}
	i := 0
	for f := range plainForms(lx) {
		words = append(words, f)
		if i++; i%4 == 0 { // a quarter of them in other cases and spacing
			words = append(words, strings.ToLower(f), strings.ToUpper(f), strings.ReplaceAll(f, "_", " "))
		}
	}
	for _, w := range words {
		for _, p := range poses {
			if got, want := lx.Has(w, p), hasBySenses(lx, w, p); got != want {
				t.Fatalf("Has(%q, %q) = %v, the senses say %v", w, p, got, want)
			}
		}
	}
}

// anyPairBySenses is anyPair as it read before the parts of speech were
// kept with a form's slot.
func anyPairBySenses(lx *Lexicon, a, b string, p POS, f func(x, y Sense) bool) bool {
	for _, x := range lx.sensesOf(key(a)) {
		if x.POS != p {
			continue
		}
		for _, y := range lx.sensesOf(key(b)) {
			if y.POS == p && f(x, y) {
				return true
			}
		}
	}
	return false
}

// TestAnyPairAsSenses checks Synonyms' and Related's pair search against
// a walk of both words' senses: pairs of forms of the lexicon (each with
// the forms that follow it in a sorted list, so that synonyms and words of
// one stem meet), words with no senses and words of one part of speech.
func TestAnyPairAsSenses(t *testing.T) {
	lx := Default()
	var forms []string
	for f := range plainForms(lx) {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	syn := func(x, y Sense) bool { return x.Synset == y.Synset }
	rel := func(p POS) func(x, y Sense) bool {
		return func(x, y Sense) bool { return lx.closeSenses(p, x, y) }
	}
	check := func(a, b string) {
		for _, p := range []POS{Noun, Verb, Adj, Adv, 's'} {
			if got, want := lx.anyPair(a, b, p, syn), anyPairBySenses(lx, a, b, p, syn); got != want {
				t.Fatalf("synonyms %q, %q (%q): %v, the senses say %v", a, b, p, got, want)
			}
			if got, want := lx.anyPair(a, b, p, rel(p)), anyPairBySenses(lx, a, b, p, rel(p)); got != want {
				t.Fatalf("related %q, %q (%q): %v, the senses say %v", a, b, p, got, want)
			}
		}
	}
	for i := 0; i < len(forms); i += 7 {
		for j := i + 1; j < len(forms) && j <= i+3; j++ {
			check(forms[i], forms[j])
		}
	}
	for _, pr := range [][2]string{{"car", "automobile"}, {"shoot", "fire"}, {"big", "large"}, {"quickly", "fast"}, {"zzqxv", "dog"}, {"dog", "zzqxv"}, {"", "dog"}, {"run", "quickly"}, {"Dog", "dog"}, {"new york", "New_York"}} {
		check(pr[0], pr[1])
		check(pr[1], pr[0])
	}
}

// TestIndexWordRemembered: IndexWord answers as its working out does,
// asked once and again (then from its memo), for content words, index
// stopwords as written or as their base ("was": be), lengths of time and
// a word too long for the memo.
func TestIndexWordRemembered(t *testing.T) {
	lx := Default()
	words := []string{"ferries", "sailed", "the", "was", "weeks", "hours", "riders", "sailings", "geese", "ran", "zzqxv", strings.Repeat("quay", 12)}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			b, ok := lx.IndexWord(w)
			wb, wok := lx.indexWordOf(w)
			if b != wb || ok != wok {
				t.Errorf("round %d: IndexWord(%q) = %q, %v; worked out %q, %v", round, w, b, ok, wb, wok)
			}
		}
	}
	for w, want := range map[string]string{"ferries": "ferry", "sailed": "sail", "the": "", "was": "", "weeks": "", "geese": "goose"} {
		if b, _ := lx.IndexWord(w); b != want {
			t.Errorf("IndexWord(%q) = %q, want %q", w, b, want)
		}
	}
}
