package compare

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// A claim's subject told in other words (stance9, session 56): one outlet
// writes "Dr. Owen Blake was negligent", another "the surgeon was
// negligent", a third "the doctor had been negligent"; one "the ferry is
// unsafe", another "the vessel was not safe". A definite description takes
// up a referent the text has introduced by a name it was given with, or by
// a noun of which it is the same word, a synonym or a superordinate
// (Halliday and Hasan 1976 §6.1, reiteration; Vieira and Poesio 2000).
// subjectKeyOf reads the subject through both before claims are grouped.

// descriptions returns, once per comparer, the story's description index:
// for each noun base, the story entity names it describes in some article
// of the story (appositiveNouns).
func (c *comparer) descriptions() map[string]map[string]bool {
	if c.described != nil {
		return c.described
	}
	c.described = map[string]map[string]bool{}
	for di, d := range c.in.Docs {
		a := d.Analysis
		for _, m := range a.Mentions {
			e := a.Entities[m.Entity]
			if e.Type != mention.Person && e.Type != mention.Organization && e.Type != mention.Other {
				continue
			}
			name := c.in.Merged.Name(di, m.Entity)
			if name == "" || m.Sentence >= len(a.Sentences) {
				continue
			}
			for _, n := range appositiveNouns(c.lx, a.Sentences[m.Sentence].Text, m) {
				if c.described[n] == nil {
					c.described[n] = map[string]bool{}
				}
				c.described[n][name] = true
			}
		}
	}
	return c.described
}

// appositiveNouns returns the base forms of the common nouns a sentence
// gives a name mention with (Quirk et al. 1985 §17.65ff, apposition;
// §17.97, a premodifying noun or title): the title written with the name
// ("Senator Ruth Ames": "senator"), a noun right before it ("the elephant
// Tembo", "union organiser Mia Torres"), the head of a noun phrase in
// apposition after it ("Tembo, the elephant at the zoo,") or before it
// ("the operator, Bluewater Lines,").
func appositiveNouns(lx *lexicon.Lexicon, s string, m mention.NameMention) []string {
	var out []string
	add := func(w string) {
		w = strings.ToLower(strings.Trim(w, ",.;:\"“”'’"))
		b := lx.Base(w, lexicon.Noun)
		if len(b) < 3 || !lx.Has(b, lexicon.Noun) || !contentNoun(lx, b) || lexicon.IsStopword(b) {
			return
		}
		out = append(out, b)
	}
	if f := strings.Fields(m.Title); len(f) > 0 {
		add(f[len(f)-1])
	}
	if m.Start > len(s) || m.End > len(s) {
		return out
	}
	before := strings.Fields(s[:m.Start])
	if n := len(before); n > 0 {
		w := before[n-1]
		if strings.HasSuffix(w, ",") && n > 1 && isDefiniteArticle(before, n-2) {
			add(w) // "the operator, Bluewater Lines"
		} else if w == strings.ToLower(w) && !strings.ContainsAny(w, ",;:\"“”") {
			add(w) // "the elephant Tembo"
		}
	}
	if after := strings.TrimSpace(s[m.End:]); strings.HasPrefix(after, ",") {
		f := strings.Fields(strings.TrimPrefix(after, ","))
		if len(f) > 1 && (strings.EqualFold(f[0], "the") || f[0] == "a" || f[0] == "an") {
			// The head: the last word before a preposition, a comma or
			// the end of the phrase ("the elephant at Marlow Zoo").
			head := ""
			for _, w := range f[1:] {
				lw := strings.ToLower(strings.TrimRight(w, ",.;:"))
				if prepositionWords[lw] || clauseBreaks[lw] || relatives[lw] || w != strings.ToLower(w) {
					break
				}
				head = w
				if strings.ContainsAny(w, ",.;:") {
					break
				}
			}
			if head != "" {
				add(head)
			}
		}
	}
	return out
}

// isDefiniteArticle reports whether words[i] is "the" (in any case).
func isDefiniteArticle(words []string, i int) bool {
	return i >= 0 && strings.EqualFold(words[i], "the")
}

// describedEntity returns the one story entity a common-noun subject
// describes: the entity whose appositive noun is the subject's noun, a
// WordNet synonym of it, or a noun below it (superordinate), when no other
// entity of the story is so described; "" otherwise.
func (c *comparer) describedEntity(noun string) string {
	idx := c.descriptions()
	found := map[string]bool{}
	for d, names := range idx {
		if d != noun && !c.lx.Synonyms(d, noun, lexicon.Noun) && !c.superordinate(noun, d) {
			continue
		}
		for n := range names {
			found[n] = true
		}
	}
	if len(found) != 1 {
		return ""
	}
	names := make([]string, 0, 1)
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	return names[0]
}

// superordinateDepth is how many hypernym steps a superordinate may stand
// above the noun it takes up ("vessel" over "ferry": ferry, boat, vessel).
const superordinateDepth = 3

// superordinate reports whether the noun up is a superordinate of the noun
// down: the first sense of down lies at most superordinateDepth steps below
// a sense of up of the same kind of thing (WordNet lexicographer file:
// "vessel" as a craft, not as a tube of the body, over "ferry"). Up is no
// general noun (generalNoun: "thing", "person") and no sense of it is one
// of WordNet's top nouns ("animal").
func (c *comparer) superordinate(up, down string) bool {
	if up == down || generalNoun(up) {
		return false
	}
	d, ok := c.lx.FirstSense(down, lexicon.Noun)
	if !ok {
		return false
	}
	var anchors []uint32
	for _, s := range c.lx.Senses(up) {
		if s.POS != lexicon.Noun {
			continue
		}
		if s.Lex == nounTops {
			return false
		}
		if s.Lex == d.Lex {
			anchors = append(anchors, s.Synset)
		}
	}
	return len(anchors) > 0 && c.lx.SynsetUnder(d.Synset, lexicon.Noun, anchors, superordinateDepth)
}
