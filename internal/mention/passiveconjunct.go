package mention

import "github.com/corroborate/corroborate/internal/text"

// passiveConjunct reports whether the past form at token i follows "and"
// right after a passive verb group of its clause ("had been contacted by a
// caller and told that …"; Quirk et al. 1985 §13.60): no comma or
// semicolon between, a form of "be" before a past participle. The subject
// was told, it did not tell; the caller, if named, is after "by". Only
// where the content follows the participle at once ("told that"): an
// active "told police that" names who was told.
func passiveConjunct(toks []text.Token, i int) bool {
	if i < 3 || toks[i-1].Lower != "and" || !isPastForm(toks[i].Lower) {
		return false
	}
	for j := i - 2; j > 0; j-- {
		w := toks[j].Lower
		if w == "," || w == ";" || w == ":" {
			return false
		}
		switch toks[j-1].Lower {
		case "been", "was", "were", "is", "are", "being", "be":
			if isPastForm(w) {
				return true
			}
		}
	}
	return false
}
