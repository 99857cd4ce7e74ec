package compare

import (
	"slices"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// hues are the synsets a colour word is a shade of one step below
// WordNet's "chromatic color" or "achromatic color" (its basic colour:
// "crimson" and "scarlet" are reds, "beige" and "tan" browns), the word's
// own synset when it is a basic colour itself.
func (c *comparer) hues(w string) []uint32 {
	var basic []uint32
	for _, b := range []string{"chromatic color", "achromatic color"} {
		basic = append(basic, c.lx.SensesIn(b, lexicon.Noun, nounAttribute)...)
	}
	var out []uint32
	seen := map[uint32]bool{}
	frontier := c.lx.SensesIn(w, lexicon.Noun, nounAttribute)
	for d := 0; d <= colourDepth && len(frontier) > 0; d++ {
		var next []uint32
		for _, s := range frontier {
			if seen[s] {
				continue
			}
			seen[s] = true
			up := c.lx.Hypernyms(lexicon.Noun, s)
			for _, h := range up {
				if slices.Contains(basic, h) && !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
			next = append(next, up...)
		}
		frontier = next
	}
	return out
}

// sameHue reports whether two colour words are shades of one basic colour
// ("crimson" / "scarlet", "beige" / "tan"): two witnesses' words for one
// colour, no two colours of one thing.
func (c *comparer) sameHue(a, b string) bool {
	ha := c.hues(a)
	for _, h := range c.hues(b) {
		if slices.Contains(ha, h) {
			return true
		}
	}
	return false
}
