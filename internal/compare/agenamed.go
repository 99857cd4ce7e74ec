package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file pairs the age of an unnamed person in one article ("a
// 19-year-old was killed") with the age of a named person in another
// ("Ana Roe, 21, was killed") when the first article names that person
// too and can mean no one else: a first report gives an age and names the
// person later, a second one writes the name and the age together.

// markAgeless sets, for each age of an unnamed person, the one person its
// article names that the age can be of (agelessName): the article states
// ages of no other unnamed person (one value, said once or again, in a
// sentence of no other age, of no noun it gives two ages of), and names
// exactly one person who has no age of their own there and speaks no
// statement (a police officer or a relative quoted about the case is not
// its subject). A sentence that names that person beside the age speaks
// of two people ("a 30-year-old was arrested in the death of Ana Roe"),
// unless it identifies the one as the other ("… has been identified as
// Ana Roe"): then no age of the article is given a name.
func (c *comparer) markAgeless(out []fact) {
	docs, merged := c.threadDocs()
	unnamed := func(f *fact) bool {
		return f.v.Type == mention.VAge && (f.person == "" || strings.HasPrefix(f.person, "~"))
	}
	for i := range out {
		if out[i].v.Type == mention.VAge {
			out[i].accused = c.suspectWords(&out[i])
		}
	}
	for di, d := range docs {
		a := d.Analysis
		norms := map[string]bool{}
		var aged []string
		clean := true
		for i := range out {
			f := &out[i]
			if f.doc != di || f.v.Type != mention.VAge {
				continue
			}
			if !unnamed(f) {
				aged = append(aged, f.person)
				continue
			}
			norms[f.v.Norm] = true
			clean = clean && f.sameType == 1 && !f.twoOfNoun
		}
		if len(norms) != 1 || !clean {
			continue
		}
		speaks := map[int]bool{}
		for _, q := range a.Quotes {
			if q.Entity >= 0 {
				speaks[q.Entity] = true
			}
		}
		var names []string
		for _, m := range a.Mentions {
			if a.Entities[m.Entity].Type != mention.Person || speaks[m.Entity] {
				continue
			}
			name := merged[di].m.Name(merged[di].i, m.Entity)
			if name == "" || anySamePerson(aged, name) || anySamePerson(names, name) {
				continue
			}
			names = append(names, name)
		}
		if len(names) != 1 {
			continue
		}
		beside := false
		for i := range out {
			if out[i].doc == di && unnamed(&out[i]) && c.namedBeside(a, merged[di], &out[i], names[0]) {
				beside = true
			}
		}
		for i := range out {
			if f := &out[i]; f.doc == di && unnamed(f) && !beside {
				f.agelessName = names[0]
			}
		}
	}
}

// anySamePerson reports whether one of names can be name's person.
func anySamePerson(names []string, name string) bool {
	for _, n := range names {
		if samePerson(n, name) {
			return true
		}
	}
	return false
}

// namedBeside reports whether an age's sentence names the person beside
// it as another noun phrase: any mention of that person, unless the
// sentence identifies the age's person as them ("identified as Ana Roe")
// and the age stands in no relative clause.
func (c *comparer) namedBeside(a *mention.Analysis, mg docMerged, f *fact, name string) bool {
	si := f.v.Sentence
	s := a.Sentences[si].Text
	for _, m := range a.Mentions {
		if m.Sentence != si || !samePerson(mg.m.Name(mg.i, m.Entity), name) {
			continue
		}
		// An age inside a relative clause is its verb's object, not the
		// one identified ("the warden who stopped a 52-year-old … has
		// been identified as <Name>"; inRelativeClause).
		if m.Start > f.v.End && c.identifiedAs(s[f.v.End:m.Start]) && !inRelativeClause(s[:f.v.Start]) {
			continue
		}
		return true
	}
	return false
}

// identifiedAs reports whether the words before a name end in a verb of
// identifying and "as" ("has been identified as", "was named as").
func (c *comparer) identifiedAs(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	if len(w) < 2 || w[len(w)-1] != "as" {
		return false
	}
	b := c.lx.Base(strings.Trim(w[len(w)-2], ",.;:"), lexicon.Verb)
	return b != "" && (b == "identify" || c.lx.Synonyms(b, "identify", lexicon.Verb))
}

// namedAgeThere reports whether an unnamed person's age and a named
// person's age are one person's because the unnamed age's article names
// that person and can mean no one else (markAgeless), and both sentences
// tell of an accused, or neither does (suspectWords): "a 30-year-old was
// charged" is not "Ana Roe, 21, was killed".
func namedAgeThere(f, g *fact) bool {
	if f.v.Type != mention.VAge || g.v.Type != mention.VAge {
		return false
	}
	named := func(x *fact) bool { return x.person != "" && !strings.HasPrefix(x.person, "~") }
	u, n := f, g
	if named(f) {
		u, n = g, f
	}
	if named(u) || !named(n) || u.agelessName == "" || !samePerson(u.agelessName, n.person) || twoDays(f, g) {
		return false
	}
	return u.accused == n.accused
}

// suspectWords reports whether an age's sentence tells of someone
// accused: a word of arresting or accusing (WordNet's synsets of "arrest",
// as a verb or a noun, and "accuse") or "suspect" as a noun, each in its
// custody or blame senses (suspectTargets).
func (c *comparer) suspectWords(f *fact) bool {
	for w := range f.sentWords {
		if c.suspectWord(w) {
			return true
		}
	}
	return false
}

// commonSenses is how many of a word's commonest senses (WordNet's
// order, by its tagged corpora) suspectWord reads: a light verb that
// shares a synset with "arrest" only in a rare sense ("<light verb>
// <object>") tells of no arrest, while "apprehension" is an arrest in
// its 4th noun sense.
const commonSenses = 4

// suspectTargets are the words whose synsets tell of an accused, each
// read in its custody or blame senses only (the first n of its part of
// speech, WordNet's order): arrest as taking into custody (verb and noun;
// not its senses of stopping or attracting, "halt", "stay", "stoppage"),
// both senses of accuse ("charge"), and both of suspect as a noun
// ("defendant").
var suspectTargets = []struct {
	word string
	p    lexicon.POS
	n    int
}{
	{"arrest", lexicon.Verb, 1}, {"arrest", lexicon.Noun, 1},
	{"accuse", lexicon.Verb, 2},
	{"suspect", lexicon.Noun, 2},
}

// suspectWord tells suspectWords whether one word is of arresting,
// accusing or a suspect, remembered per comparison (a story's age facts
// ask of the same sentences' words again and again).
func (c *comparer) suspectWord(w string) bool {
	if r, ok := c.suspects[w]; ok {
		return r
	}
	r := false
	for _, p := range []lexicon.POS{lexicon.Verb, lexicon.Noun} {
		b := c.lx.Base(w, p)
		if b == "" {
			continue
		}
		for _, t := range suspectTargets {
			if t.p == p && c.lx.SynonymsRanked(b, t.word, p, commonSenses, t.n) {
				r = true
			}
		}
		if r {
			break
		}
	}
	if c.suspects == nil {
		c.suspects = map[string]bool{}
	}
	c.suspects[w] = r
	return r
}
