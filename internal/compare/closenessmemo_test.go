package compare

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// TestClosenessOfWordAsLaidOut holds the remembered closeness of a word to
// the one laid out afresh, and checks that it is laid out once: a second
// comparison shares the first one's slices.
func TestClosenessOfWordAsLaidOut(t *testing.T) {
	lx := lexicon.Default()
	for _, w := range []string{"fire", "blaze", "warehouse", "firefighter", "hurt", "injure", "red", "quickly", "zzqx", ""} {
		want := lx.ClosenessOf(lx.Senses(w))
		first, again := closenessOfWord(lx, w), closenessOfWord(lx, w)
		if !reflect.DeepEqual(first, want) || !reflect.DeepEqual(again, want) {
			t.Errorf("closenessOfWord(%q) differs from ClosenessOf(Senses)", w)
		}
		if !sameLayout(first, again) {
			t.Errorf("closenessOfWord(%q) laid out twice", w)
		}
	}
	// Two comparers ask the same word: one lay-out.
	c1, c2 := &comparer{lx: lx}, &comparer{lx: lx}
	a, b := c1.closenessOf(c1.wordID("building")), c2.closenessOf(c2.wordID("building"))
	if !sameLayout(*a, *b) {
		t.Errorf("two comparisons laid out %q twice", "building")
	}
}

// sameLayout reports whether two closenesses share their first noun's
// hypernyms (both have one), or are both without nouns.
func sameLayout(a, b lexicon.Closeness) bool {
	an, bn := reflect.ValueOf(a).FieldByName("nouns"), reflect.ValueOf(b).FieldByName("nouns")
	if an.Len() == 0 || bn.Len() == 0 {
		return an.Len() == bn.Len()
	}
	return an.Pointer() == bn.Pointer()
}

// factValuesAsked is factValues asking mention.ParseNumber about every
// word (before MayReadFinite).
func factValuesAsked(s string) []float64 {
	var out []float64
	for _, m := range factNumbers(s) {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64); err == nil {
			out = append(out, v)
		}
	}
	for w := range strings.FieldsSeq(s) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?()\"“”'‘’"))
		if w == "" || w == "one" || w[0] >= '0' && w[0] <= '9' {
			continue
		}
		if v, ok := mention.ParseNumber(w); ok && !math.IsNaN(v) && !math.IsInf(v, 0) {
			out = append(out, v)
		}
	}
	return out
}

// TestFactValuesAsAsked holds factValues, which skips the words that can
// be no finite number, to the figures read by asking about every word.
func TestFactValuesAsAsked(t *testing.T) {
	for _, s := range []string{
		"Twenty-six crew members and four passengers left the ferry at Pell Quay.",
		"The council spent $40,000 on 3.5 km of road; Infinity Partners said NaN.",
		"Eleven of the 12 alarms failed, (three) said Ivo Marsk, 61, “ninety nine” times.",
		"A dozen tenants, half a block away, saw one ten-minute blaze at -5 degrees.",
		"Nobody was hurt.",
	} {
		if got, want := factValues(s), factValuesAsked(s); !reflect.DeepEqual(got, want) {
			t.Errorf("factValues(%q) = %v, want %v", s, got, want)
		}
	}
}
