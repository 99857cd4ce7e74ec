package text

import (
	"regexp"
	"strings"
)

// wireAgency is a news agency whose copy other outlets carry, with the
// names its credit lines use.
type wireAgency struct {
	short string   // the name an origin is counted by
	names []string // as written in credit lines and datelines
	// paren lists short names read only inside brackets ("(AA)"), where
	// they cannot be an ordinary word or another abbreviation.
	paren []string
}

// wireAgencies follow one stated rule, not any article: the international
// agencies (the "big three": AP, Reuters, AFP), the two financial
// newswires (Bloomberg, Dow Jones), and the principal national news agency
// (or two) of each G20 member and of Spain, the G20's permanent guest. A
// national agency of another country is not a wire here.
var wireAgencies = []wireAgency{
	{short: "AP", names: []string{"Associated Press", "AP"}},
	{short: "Reuters", names: []string{"Reuters", "Thomson Reuters"}},
	{short: "AFP", names: []string{"Agence France-Presse", "Agence France Presse", "AFP"}},
	{short: "Bloomberg", names: []string{"Bloomberg News", "Bloomberg"}},
	{short: "Dow Jones", names: []string{"Dow Jones Newswires", "Dow Jones"}},
	{short: "UPI", names: []string{"United Press International", "UPI"}},
	{short: "PA", names: []string{"Press Association", "PA Media"}, paren: []string{"PA"}},
	{short: "dpa", names: []string{"Deutsche Presse-Agentur", "dpa", "DPA"}},
	{short: "ANSA", names: []string{"ANSA"}},
	{short: "EFE", names: []string{"EFE"}},
	{short: "Xinhua", names: []string{"Xinhua News Agency", "Xinhua"}},
	{short: "Kyodo", names: []string{"Kyodo News", "Kyodo"}},
	{short: "Jiji", names: []string{"Jiji Press", "Jiji"}},
	{short: "Yonhap", names: []string{"Yonhap News Agency", "Yonhap"}},
	{short: "TASS", names: []string{"TASS", "Tass"}},
	{short: "RIA Novosti", names: []string{"RIA Novosti"}},
	{short: "Interfax", names: []string{"Interfax"}},
	{short: "PTI", names: []string{"Press Trust of India", "PTI"}},
	{short: "Anadolu", names: []string{"Anadolu Agency", "Anadolu"}, paren: []string{"AA"}},
	{short: "Canadian Press", names: []string{"The Canadian Press", "Canadian Press"}, paren: []string{"CP"}},
	{short: "AAP", names: []string{"Australian Associated Press", "AAP"}},
	{short: "Antara", names: []string{"Antara"}},
	{short: "Agência Brasil", names: []string{"Agência Brasil", "Agencia Brasil"}},
	{short: "Télam", names: []string{"Télam", "Telam"}},
	{short: "Notimex", names: []string{"Notimex"}},
	{short: "SPA", names: []string{"Saudi Press Agency"}, paren: []string{"SPA"}},
	{short: "ANA", names: []string{"African News Agency"}, paren: []string{"ANA"}},
}

var (
	wireByName = map[string]string{} // lower-case name → short name
	// wireNamesAt lists, by first byte, the names and bracketed short
	// names as the credit pattern writes them (see mayCredit).
	wireNamesAt = map[byte][]string{}
	// wireCreditRe finds a sentence's credit to an agency: "(AP)",
	// "according to Reuters", "the Associated Press reported".
	wireCreditRe *regexp.Regexp
)

func init() {
	var names, parens []string
	for _, a := range wireAgencies {
		for _, n := range append(append([]string(nil), a.names...), a.paren...) {
			wireByName[strings.ToLower(n)] = a.short
		}
		for _, n := range a.names {
			names = append(names, regexp.QuoteMeta(n))
		}
		for _, n := range append(append([]string(nil), a.names...), a.paren...) {
			parens = append(parens, regexp.QuoteMeta(n))
			wireNamesAt[n[0]] = append(wireNamesAt[n[0]], n)
		}
	}
	name := `(` + strings.Join(names, "|") + `)`
	wireCreditRe = regexp.MustCompile(`\((` + strings.Join(parens, "|") + `)\)|\baccording to (?:the )?` + name +
		`\b|\b(?:the )?` + name + ` (?:has |had )?(?:reported|said|reports|says)\b`)
}

// WireAgency returns the short name of the news agency s names ("AP" for
// "The Associated Press"), or "" when s is not a wire agency.
func WireAgency(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return wireByName[strings.TrimPrefix(s, "the ")]
}

// WireCredit returns the short name of the news agency a sentence credits
// ("… (AP)", "according to Reuters", "the Associated Press reported"), or
// "" when it credits none.
func WireCredit(sentence string) string {
	if !mayCredit(sentence) {
		return ""
	}
	m := wireCreditRe.FindStringSubmatch(sentence)
	if m == nil {
		return ""
	}
	return WireAgency(m[1] + m[2] + m[3])
}

// mayCredit reports whether s writes an agency's name where the credit
// pattern can read it: every credit holds a name as written (the pattern
// is case-sensitive) at the start of a word (after a bracket, a space, or
// a word boundary). Most sentences name no agency, and the pattern's scan
// costs more than this look.
func mayCredit(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && IsWordByte(s[i-1]) {
			continue
		}
		for _, n := range wireNamesAt[s[i]] {
			if strings.HasPrefix(s[i:], n) {
				return true
			}
		}
	}
	return false
}

// IsWordByte reports whether c is an ASCII word character (as \b reads it).
func IsWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
