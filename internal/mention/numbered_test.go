package mention

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/kittext"
)

// findNumbered finds what the patterns' own scan finds, on made-up
// sentences and on every sentence of the ECB+ dev kit when it is present.
func TestFindNumbered(t *testing.T) {
	if len(numberedAt) != 7 {
		t.Fatalf("%d patterns anchored, want 7: a pattern no longer opens with a figure", len(numberedAt))
	}
	sents := []string{
		"The ferry ran 12 miles to Orrin Point, then twelve-mile legs for 3 to 4 hours.",
		"A 40-foot mast, 2,500 square feet of deck and 1.5 km of cable were lost in 2 or 3 days.",
		"Half a mile on, a dozen boats waited; twenty-one crews and a half hour later, 7 wins.",
		"x12 miles, _5 km, é7 km and ſix miles and \u212am: 9km9 km.",
		"Nobody counted them.", "", "5", "TWENTY-TWO MILES north, Forty days.",
		"Turnout rose 4.5 percent, or 3 percentage points; the 61-year-old clerk, fifty years old, won 52%.",
	}
	sents = append(sents, kitSentences(t)...)
	n := 0
	for _, s := range sents {
		for re := range numberedAt {
			want := re.FindAllStringSubmatchIndex(s, -1)
			if got := findNumbered(re, s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q with %.40s…: got %v, want %v", s, re.String(), got, want)
			}
			n += len(want)
		}
	}
	t.Logf("%d sentences, %d matches", len(sents), n)
	if other := regexp.MustCompile(`\d+`); !reflect.DeepEqual(findNumbered(other, "a 1 b 22"), other.FindAllStringSubmatchIndex("a 1 b 22", -1)) {
		t.Error("a pattern not anchored is not scanned")
	}
}

// kitSentences returns the sentences of the ECB+ dev kit's texts (split
// at full stops) that may hold a number (the only ones sentenceValues
// reads with these patterns), or none without the kit.
func kitSentences(t *testing.T) []string {
	texts, err := kittext.Texts(kittext.Path("ecbplus", "dev.jsonl"))
	if err != nil {
		t.Log("ECB+ kit not present: made-up sentences only")
		return nil
	}
	var out []string
	for _, text := range texts {
		for _, s := range strings.Split(text, ". ") {
			if mayHoldNumber(s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// opensNumberWord answers as trying every word of numPatWords does, on
// each word written three ways, with and without a tail, and on openings
// that are no number word.
func TestOpensNumberWord(t *testing.T) {
	every := func(s string) bool {
		for _, w := range numPatWords {
			if hasPrefixASCIIFold(s, w) {
				return true
			}
		}
		return false
	}
	cases := []struct {
		s    string
		want bool
	}{
		{"", false}, {"o", false}, {"on", false}, {"ones", true}, {"ONE", true}, {"Twenty-one", true},
		{"a dozen eggs", true}, {"A Half", true}, {"a halfback", true}, {"adozen", false}, {"half an", true},
		{"hal", false}, {"zero", false}, {"9", false}, {"élan", false}, {"Sevens", true}, {"nin", false},
	}
	for _, w := range numPatWords {
		for _, s := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "th", w[:len(w)-1]} {
			cases = append(cases, struct {
				s    string
				want bool
			}{s, every(s)})
		}
	}
	for _, c := range cases {
		if got := opensNumberWord(c.s); got != c.want || got != every(c.s) {
			t.Errorf("opensNumberWord(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
