package mention

import (
	"regexp"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// currency is one ISO 4217 currency: its alphabetic code, the symbols
// Unicode CLDR's English locale data writes for it, and its name as ISO
// 4217 gives it (the English plural too, and the older "Rs" for the rupee).
type currency struct {
	code    string
	symbols []string
	names   []string
}

// currencyList holds the fifteen most traded currencies of the Bank for
// International Settlements' Triennial Central Bank Survey (2022), the
// currencies news names most. A bare "$" or "dollars" is read as the US
// dollar and a bare "¥" as the yen; "pounds" after a bare figure is a
// weight ("14 pounds"), money only with a scale ("2 million pounds") or
// "sterling". The name "won" is left out (it is the past of "win"), and
// so is "kr", which both krone and krona write.
var currencyList = []currency{
	{"USD", []string{"US$", "US $", "$"}, []string{"dollar", "dollars"}},
	{"EUR", []string{"€"}, []string{"euro", "euros"}},
	{"JPY", []string{"¥"}, []string{"yen"}},
	{"GBP", []string{"£"}, []string{"pound sterling", "pounds sterling", "pounds"}},
	{"CNY", []string{"CN¥"}, []string{"yuan", "renminbi"}},
	{"AUD", []string{"A$"}, nil},
	{"CAD", []string{"C$", "CA$"}, nil},
	{"CHF", nil, []string{"franc", "francs"}},
	{"HKD", []string{"HK$"}, nil},
	{"SGD", []string{"S$"}, nil},
	{"SEK", nil, []string{"krona", "kronor"}},
	{"KRW", []string{"₩"}, nil},
	{"NOK", nil, []string{"krone", "kroner"}},
	{"NZD", []string{"NZ$"}, nil},
	{"INR", []string{"₹", "Rs.", "Rs"}, []string{"rupee", "rupees"}},
}

// currencies maps a written currency (lower case: a code, a symbol or a
// name) to its ISO 4217 code in lower case.
var currencies = func() map[string]string {
	m := map[string]string{}
	for _, c := range currencyList {
		code := strings.ToLower(c.code)
		m[code] = code
		for _, w := range append(append([]string(nil), c.symbols...), c.names...) {
			m[strings.ToLower(w)] = code
		}
	}
	return m
}()

// currencySymbolPat is the alternation of the codes and symbols written
// before a figure ("$", "US$", "HK$", "€", "USD ", "Rs."), longest first.
func currencySymbolPat() string {
	var alts []string
	for _, c := range currencyList {
		alts = append(alts, `\b`+c.code+`\s?`)
		for _, s := range c.symbols {
			p := regexp.QuoteMeta(s)
			p = strings.ReplaceAll(p, " ", `\s?`)
			if strings.HasPrefix(s, "US") {
				p = `US\s?\$`
			}
			if text.IsWordByte(s[0]) {
				p = `\b` + p
			}
			if text.IsWordByte(s[len(s)-1]) || s[len(s)-1] == '.' {
				p += `\s?`
			}
			alts = append(alts, p)
		}
	}
	sort.SliceStable(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
	return strings.Join(dedupe(alts), "|")
}

// currencyNamePat is the alternation of the currency names written after a
// figure ("dollars", "pounds sterling", "yuan"), longest first.
func currencyNamePat() string {
	var alts []string
	for _, c := range currencyList {
		for _, n := range c.names {
			alts = append(alts, strings.ReplaceAll(regexp.QuoteMeta(n), " ", `\s`))
		}
	}
	sort.SliceStable(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
	return strings.Join(alts, "|")
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// currencyGluedPat is the singular names of the currencies, lower-case, as
// they may stand joined to a figure ("euro30", "yen500").
func currencyGluedPat() string {
	var alts []string
	for _, c := range currencyList {
		for _, n := range c.names {
			if !strings.Contains(n, " ") && !strings.HasSuffix(n, "s") {
				alts = append(alts, regexp.QuoteMeta(n))
			}
		}
	}
	return strings.Join(alts, "|")
}
