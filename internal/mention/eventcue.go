package mention

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// ActsMostly reports whether a reporting verb (IsReportingVerb) mostly
// states a deed rather than a report: no sense of saying or thinking it
// has takes a that-clause in WordNet's sentence frames, and less than half
// its use is of saying or thinking ("cause", "endanger", "avoid"). Such a
// verb cannot report a proposition; with a plain object its clause is
// what it states ("the storm caused heavy damage").
func ActsMostly(base string) bool {
	u := useOf(base)
	return !strings.Contains(u.frames, "c") && u.comm+u.cog < 50
}

// approximatorWords are the single words that make the number after them
// approximate or a bound ("about 40", "over 40"; Quirk et al. 1985 §7.56,
// a closed class); "more than" and "up to" take two words.
var approximatorWords = set("about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under")

// IsApproximator reports whether a lower-case word alone makes the number
// after it approximate or a bound ("about", "nearly", "over").
func IsApproximator(w string) bool { return approximatorWords[w] }

// amountModifiers are the words that may open a noun phrase of an amount
// before its number: approximators and bounds ("about", "more than", "up
// to": approximatorWords and the words of the two-word ones) and the
// article of "an estimated".
var amountModifiers = func() map[string]bool {
	m := set("more", "less", "fewer", "than", "up", "to", "an", "estimated")
	for w := range approximatorWords {
		m[w] = true
	}
	return m
}()

// amountAt reports whether the noun phrase at token k is an amount: a
// number, or a currency sign and a number, after at most three modifiers
// ("more than $2 million", "an estimated 40").
func amountAt(toks []text.Token, k int) bool {
	for n := 0; k < len(toks) && n < 3 && amountModifiers[toks[k].Lower]; n++ {
		k++
	}
	if k < len(toks) && CurrencySymbol(toks[k].Text) {
		k++
	}
	return k < len(toks) && toks[k].IsNumber()
}

// CurrencySymbol reports whether s is one currency symbol (Unicode
// category Sc: "$", "£", "€", "¥"), written before the number of an
// amount.
func CurrencySymbol(s string) bool {
	rs := []rune(s)
	return len(rs) == 1 && unicode.Is(unicode.Sc, rs[0])
}
