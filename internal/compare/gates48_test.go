package compare

import (
	"maps"
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// wordToksOf is every match of reWordTok in s as nextWordTok reads them:
// start, end and the end of the mark after, as the pattern's match and
// group give them.
func wordToksOf(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		start, end, punct, ok := nextWordTok(s, i)
		if !ok {
			return out
		}
		out = append(out, []int{start, punct, end, punct})
		i = punct
	}
}

// madeUpWordText draws a text of words, marks and separators, letters
// and digits beyond ASCII, and bytes that are no UTF-8.
func madeUpWordText(r *rand.Rand) string {
	parts := []string{"Ada", "roe", "O'Neil", "Doe’s", "St.", "U.S.", "mid-May", "Kovač", "Łódź", "Ωmega", "x2", "3rd", "٣", "ǅ",
		"ſ", "\u212a", "é", "\u0301", ",", ";", ":", "(", ")", "\"", "“", "”", "'", "’", ".", "-", " ", " ", "  ", "\t", "\n",
		"\u00a0", "!", "?", "$", "7", "\xff", "\xe2\x80", "_", "/"}
	var b strings.Builder
	for n := r.Intn(16); n > 0; n-- {
		b.WriteString(parts[r.Intn(len(parts))])
	}
	return b.String()
}

// TestWordToksAsPattern: nextWordTok reads the matches reWordTok finds,
// at the same offsets, on made-up texts and on random bytes.
func TestWordToksAsPattern(t *testing.T) {
	check := func(s string) {
		t.Helper()
		got, want := wordToksOf(s), reWordTok.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("nextWordTok on %q: %v, the pattern %v", s, got, want)
		}
	}
	for _, s := range []string{"", " ", "Ada", "Judge Ada Roe, of Marlow (said)", "“Quiet,” said O'Neil.", "3rd-place Doe’s"} {
		check(s)
	}
	r := rand.New(rand.NewSource(48))
	for n := 0; n < 30000; n++ {
		check(madeUpWordText(r))
		b := make([]byte, r.Intn(12))
		for k := range b {
			b[k] = byte(r.Intn(256))
		}
		check(string(b))
	}
}

// TestWordClassesAsPattern: the letters and digits nextWordTok asks
// unicode of are those the pattern's \p{L} and \p{N} match, every rune.
func TestWordClassesAsPattern(t *testing.T) {
	letter, number := regexp.MustCompile(`^\p{L}$`), regexp.MustCompile(`^\p{N}$`)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue // no UTF-8 decodes to a surrogate
		}
		s := string(r)
		if unicode.IsLetter(r) != letter.MatchString(s) || unicode.IsNumber(r) != number.MatchString(s) {
			t.Fatalf("%U: IsLetter %v, IsNumber %v; the pattern %v, %v", r, unicode.IsLetter(r), unicode.IsNumber(r),
				letter.MatchString(s), number.MatchString(s))
		}
	}
}

// properNameWordsBefore is properNameWords as it read the words with
// reWordTok.
func properNameWordsBefore(lx *lexicon.Lexicon, s string, persons [][2]int) map[string]bool {
	if len(persons) == 0 {
		return map[string]bool{}
	}
	var run []string
	from, to := -1, -1
	var b strings.Builder
	flush := func(initial bool) {
		if (len(run) > 1 || len(run) == 1 && !initial) && overlapsAny(from, to, persons) {
			b.WriteString(strings.Join(run, " "))
			b.WriteByte(' ')
		}
		run, from = run[:0], -1
	}
	first, runInitial := true, false
	for _, m := range reWordTok.FindAllStringSubmatchIndex(s, -1) {
		w := strings.TrimRight(s[m[0]:m[1]], `,;:()"“”`)
		if r := []rune(w); unicode.IsUpper(r[0]) {
			if len(run) == 0 {
				runInitial, from = first, m[0]
			}
			run, to = append(run, w), m[0]+len(w)
		} else {
			flush(runInitial)
		}
		first = false
		if m[3] > m[2] {
			flush(runInitial)
		}
	}
	flush(runInitial)
	return lx.ContentWords(b.String())
}

// TestProperNameWordsAsBefore: properNameWords gives the words it gave
// when it read the sentence with reWordTok, on made-up sentences with
// person spans anywhere.
func TestProperNameWordsAsBefore(t *testing.T) {
	lx := lexicon.Default()
	words := []string{"Judge", "Ada", "Penrose", "of", "Marlow", "County", "said", "the", "Police", "Chief", "Eliot", "Ames,",
		"(Ret.)", "“Stop,”", "O'Neil", "Kovač", "Łódź", "bakery", "High", "Street", "3rd", "mid-May", "U.S.", "\xff"}
	r := rand.New(rand.NewSource(4848))
	kept := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := 1 + r.Intn(12); k > 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString([]string{" ", " ", ", ", "; ", "  ", "\t"}[r.Intn(6)])
		}
		s := b.String()
		var persons [][2]int
		for k := r.Intn(3); k > 0; k-- {
			from := r.Intn(len(s) + 1)
			persons = append(persons, [2]int{from, from + r.Intn(20)})
		}
		got, want := properNameWords(lx, s, persons), properNameWordsBefore(lx, s, persons)
		if !maps.Equal(got, want) {
			t.Fatalf("properNameWords(%q, %v) = %v, before %v", s, persons, got, want)
		}
		kept += len(got)
	}
	if kept < 1000 {
		t.Fatalf("the sentences test too little: %d words kept", kept)
	}
}

// datelineTownBefore is datelineTown without mayHoldDateline.
func (c *comparer) datelineTownBefore(lead string) string {
	for _, m := range reDateline.FindAllStringSubmatch(lead, 2) {
		town := titleWords(strings.ToLower(m[1]))
		if c.placeLevel(town) == 2 {
			return town
		}
		if m[2] == "" {
			continue
		}
		st := strings.TrimSpace(m[2])
		if (mention.IsStateAbbrev(st) || c.placeLevel(st) < 2) && c.mayBeTown(town) {
			return town
		}
	}
	return ""
}

// TestMayHoldDatelineAsPattern: mayHoldDateline is true of every made-up
// lead reDateline matches, datelineTown reads what it read without it,
// and the gate is false of leads with no capital pair where a dateline
// can begin (guard: inside a sentence, after one space).
func TestMayHoldDatelineAsPattern(t *testing.T) {
	words := []string{"DENVER", "ALDERWICK", "MARLOW CREEK", "ST. ELMO", "O'HARE", "A", "Ore.", "Ohio", "N.Y.", "(AP)", "(Reuters)",
		"—", "–", "-", "--", "a", "gas", "leak", "By", "Dana", "Kors", "UPDATE", "FBI", "Denver", "said", "X.", "Z'"}
	seps := []string{" ", " ", "  ", "\t", "\t ", "\n", ", ", "", "   "}
	c := newComparer(Input{})
	r := rand.New(rand.NewSource(480))
	matched, towns := 0, 0
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for k := 1 + r.Intn(10); k > 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString(seps[r.Intn(len(seps))])
		}
		s := b.String()
		if reDateline.MatchString(s) {
			matched++
			if !mayHoldDateline(s) {
				t.Fatalf("mayHoldDateline(%q) = false, reDateline matches", s)
			}
		}
		got, want := c.datelineTown(s), c.datelineTownBefore(s)
		if got != want {
			t.Fatalf("datelineTown(%q) = %q, before %q", s, got, want)
		}
		if got != "" {
			towns++
		}
	}
	if matched < 1000 || towns < 300 {
		t.Fatalf("the leads test too little: %d matched, %d towns", matched, towns)
	}
	for _, s := range []string{
		"A gas leak in Alderwick forced the evacuation of four buildings — fire officials said.",
		"Crews from DENVER — and two from Marlow — helped.",
		"By Dana Kors ALDERWICK — A gas leak.",
		"D — a one-letter name is no dateline.",
	} {
		if mayHoldDateline(s) {
			t.Errorf("mayHoldDateline(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"DENVER — A gas leak.", "By Dana Kors  ALDERWICK — A gas leak.", "Updated\nST. ELMO — A gas leak.", "O'HARE — x"} {
		if !mayHoldDateline(s) {
			t.Errorf("mayHoldDateline(%q) = false, want true", s)
		}
	}
}

// BenchmarkDatelineTown: the town of a lead with no dateline and of one
// with a dateline; "before" reads them as datelineTown did without
// mayHoldDateline.
func BenchmarkDatelineTown(b *testing.B) {
	c := newComparer(Input{})
	leads := map[string]string{
		"none":     "A gas leak forced the evacuation of four buildings in Alderwick early Tuesday, fire officials said. Crews from Denver helped.",
		"dateline": "ALDERWICK, Ore. (AP) — A gas leak forced the evacuation of four buildings early Tuesday, fire officials said.",
	}
	for _, name := range []string{"none", "dateline"} {
		s := leads[name]
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				c.datelineTown(s)
			}
		})
		b.Run(name+"/before", func(b *testing.B) {
			for b.Loop() {
				c.datelineTownBefore(s)
			}
		})
	}
}

// BenchmarkProperNameWords: the name words of a sentence with a person's
// name, read with nextWordTok and, "before", with reWordTok.
func BenchmarkProperNameWords(b *testing.B) {
	lx := lexicon.Default()
	s := "Marlow County Judge Ada Penrose said on Tuesday that the bakery on High Street, closed since May, would open again."
	persons := spansOf(s, "Ada Penrose")
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			properNameWords(lx, s, persons)
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			properNameWordsBefore(lx, s, persons)
		}
	})
}
