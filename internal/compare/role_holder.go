package compare

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// roleName names the person a holder written as a role stands for ("the
// Vermont governor", "the museum's curator", "the fire chief"): the one
// person entity of the story one of whose titles or appositions ("Gov.",
// "Fire Chief", "pastor of the church") carries the role's head noun — the
// same noun, a WordNet synonym, or its written abbreviation ("Gov." for
// "governor"). "" when the holder is no role (a name, a group) or the
// story has no such person or more than one.
func (c *comparer) roleName(holder string) string {
	if r, ok := c.roles[holder]; ok {
		return r
	}
	if c.roles == nil {
		c.roles = map[string]string{}
	}
	r := c.findRole(holder)
	c.roles[holder] = r
	return r
}

// findRole is roleName without its memo. The person is the one most of
// the story's titled mentions of the role name (a short form counting with
// its full name), so a stray entity ("of Vermont") does not hide the
// governor.
func (c *comparer) findRole(holder string) string {
	head := holderHead(holder)
	if head == "" || c.isPerson(holder) && !c.roleEntity(holder) {
		return ""
	}
	if f := strings.Fields(holder); speakerPossessives[strings.ToLower(f[0])] {
		// "his attorney", "her father": a role relative to the one the
		// determiner refers to, not the story's one holder of the title
		// (the prosecutor is no defendant's attorney).
		return ""
	}
	b := c.lx.Base(head, lexicon.Noun)
	if b != head || !c.lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) || c.lx.HasLex(b, lexicon.Noun, lexicon.NounGroup) {
		return "" // a group ("officials") or no person noun
	}
	var names []string
	var counts []int
	total := 0
	for di, d := range c.in.Docs {
		for ei, e := range d.Analysis.Entities {
			if e.Type != mention.Person || !c.titled(e.Titles, b) {
				continue
			}
			name := c.in.Merged.Name(di, ei)
			if name == "" || c.roleEntity(name) {
				continue
			}
			total++
			k := slices.IndexFunc(names, func(n string) bool { return sameHolder(n, name) })
			if k < 0 {
				names, counts = append(names, name), append(counts, 0)
				k = len(names) - 1
			}
			counts[k]++
			if len(name) > len(names[k]) {
				names[k] = name
			}
		}
	}
	for k, n := range counts {
		if 2*n > total {
			return names[k]
		}
	}
	return ""
}

// holderHead is the last word of a holder written with a lower-case or
// capitalised common noun as its head, "" when it is empty.
func holderHead(holder string) string {
	return strings.Trim(lastWordLower(holder), ",.;:'’\"")
}

// roleEntity reports whether an entity name is itself a role ("Vermont
// Governor"): its last word is a common noun of persons in WordNet.
func (c *comparer) roleEntity(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := c.lx.Base(strings.ToLower(f[len(f)-1]), lexicon.Noun)
	return c.lx.HasLex(last, lexicon.Noun, lexicon.NounPerson)
}

// titled reports whether one of an entity's titles names the role noun
// b: a word of it whose noun base is b or a WordNet synonym of b, or an
// abbreviation written with a full stop whose letters open b ("Gov.").
func (c *comparer) titled(titles []string, b string) bool {
	for _, t := range titles {
		for _, w := range strings.Fields(t) {
			lw := strings.ToLower(strings.Trim(w, ",;:'’\""))
			if strings.HasSuffix(lw, ".") {
				ab := strings.TrimSuffix(lw, ".")
				if len(ab) >= 2 && strings.HasPrefix(b, ab) {
					return true
				}
				continue
			}
			nb := c.lx.Base(lw, lexicon.Noun)
			if nb == b || c.lx.Synonyms(nb, b, lexicon.Noun) {
				return true
			}
		}
	}
	return false
}
