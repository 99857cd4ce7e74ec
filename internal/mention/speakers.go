package mention

import (
	_ "embed"
	"strings"
	"sync"
)

// Speakers are persons and organisations. A pronoun speaker ("he said")
// resolves to the nearest compatible person or organisation before it:
// "he" and "she" to a person whose first name (or "Mr."/"Mrs."/"Ms.") does
// not tell the other gender, "it" and "they" to an organisation ("they"
// also to a person or a group of people).

//go:embed firstnames.txt
var firstNamesTxt string

var (
	firstNamesOnce sync.Once
	firstNames     map[string]byte
)

// firstNameGender returns 'm' or 'f' when a first name belongs to one gender
// in the embedded list (LICENSE-firstnames), else 0.
func firstNameGender(name string) byte {
	firstNamesOnce.Do(func() {
		firstNames = make(map[string]byte, 8192)
		for _, line := range strings.Split(firstNamesTxt, "\n") {
			n, g, ok := strings.Cut(line, "\t")
			if ok && len(g) == 1 && !strings.HasPrefix(n, "#") {
				firstNames[n] = g[0]
			}
		}
	})
	return firstNames[name]
}

// Gender tells the gender of a person entity as its names and titles show
// it: 'm', 'f', or 0 when they do not.
func (e *ArticleEntity) Gender() byte {
	for _, t := range e.Titles {
		switch strings.TrimSuffix(lower(strings.Fields(t)[0]), ".") {
		case "mr", "sir", "king", "prince", "sheikh", "lord":
			return 'm'
		case "mrs", "ms", "miss", "queen", "princess", "dame", "lady":
			return 'f'
		}
	}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		ws := strings.Fields(a)
		if len(ws) < 2 {
			continue
		}
		if g := firstNameGender(strings.TrimSuffix(ws[0], ".")); g != 0 {
			return g
		}
	}
	return 0
}

// pronounFits reports whether a speaker pronoun can refer to entity e.
func pronounFits(p string, e *ArticleEntity) bool {
	person := e.Type == Person || e.Type == Other && len(strings.Fields(e.Name)) >= 2 && len(strings.Fields(e.Name)) <= 3
	switch p {
	case "he", "him", "his", "himself":
		return person && e.Gender() != 'f'
	case "she", "her", "hers", "herself":
		return person && e.Gender() != 'm'
	case "i":
		return person
	case "it", "its", "itself":
		return e.Type == Organization
	case "they", "we", "their", "them":
		return e.Type == Organization || person
	}
	return false
}

// subjectPronoun returns the pronoun of a speaker window that is only a
// subject pronoun with adverbs or auxiliaries ("he", "she also", "they had
// earlier"), or "".
func subjectPronoun(window string) string {
	ws := strings.Fields(lower(lastNP(window)))
	if len(ws) == 0 || len(ws) > 4 {
		return ""
	}
	p := strings.Trim(ws[0], ",.")
	switch p {
	case "he", "she", "it", "they", "we", "i":
	default:
		return ""
	}
	for _, w := range ws[1:] {
		w = strings.Trim(w, ",.")
		if !adverbish(w) {
			return ""
		}
	}
	return p
}

func adverbish(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "would", "will", "could", "may", "might", "did", "does", "do", "not", "also", "then":
		return true
	}
	return strings.HasSuffix(w, "ly")
}
