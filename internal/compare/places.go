package compare

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares where things happened: the named place a happening
// verb locates ("was arrested in Tromsø", "died at her home in Bergen").
// Two articles that tell the same happening (the same verb or a WordNet
// synonym, with a shared person or organisation or much the same words) in
// two places give a place discrepancy, unless the two places can
// both be right:
//   - a place named on one side only is no conflict (each side must name one);
//   - two places that one article of the story names both (anywhere in it)
//     are not in conflict: its writer knows both — one holds the other
//     ("Millbrook, Ore.", "the old harbour district of Valmora") or both are
//     places of the story;
//   - two places WordNet puts at two levels (a country, a state, a city, a
//     place it does not list: mayHold) may lie one in the other ("in
//     Lyon" and "in France");
//   - a dateline names where the story was filed, not where it happened (it
//     has no preposition, so it is never read).
// Every rule is general English; none is drawn from the data it is measured
// on.

// placeFact is a named place an article gives to a happening.
type placeFact struct {
	doc     int
	verb    string
	place   string // the story's name of the place, lower case
	written string // as written, with its preposition ("near Ashford Mill")
	sent    string
	actors  map[string]bool
	words   map[string]bool
	lead    bool // told in the article's first sentence
	// kind is what the place is to the happening: placeAt, placeStreet
	// or placeGoal (placestreetgoal.go); facts of two kinds are never
	// compared.
	kind string
}

// rePlacePrep is a locative preposition right before a place name.
var rePlacePrep = regexp.MustCompile(`(?i)\b(in|at|near|outside|inside)\s+(?:the\s+)?$`)

// rePlaceApposition is a locative preposition before a noun of places and
// the "of" or "at" that joins it to a place's name ("in the town of",
// "at the port of", "in the small village of", "in the harbour at"): in
// "the city of Rome" the of-phrase names what the head denotes (an
// of-apposition, Quirk et al. 1985 §17.65ff), so the name is the
// happening's place even when the name reader did not type it.
// The noun and its modifier are lower case: a capitalised word before the
// noun names the place itself ("in the Serle district of Harwick").
var rePlaceApposition = regexp.MustCompile(`\b([Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Tt]o)\s+the\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:of|at)\s+$`)

// placeApposition is the submatch index of rePlaceApposition at the end
// of before when its noun names a kind of place that a name may stand in
// apposition to: its first WordNet sense is a location under a
// settlement, a unit of government or a port (appositionPlaceHeads:
// "town", "city", "district", "province", "port", "harbour") or a
// community ("village", "hamlet"; WordNet files them under social groups);
// nil otherwise. A noun of a part or the surroundings of a place ("the
// area of", "the vicinity of", "the direction of", "the edge of", "the
// site of") takes an of-phrase that names the whole it is part of or near,
// not the head itself (no of-apposition, Quirk et al. 1985 §17.65ff: the
// city of Rome is Rome, the area of Rome is not), so the name after it is
// no place of the happening.
func (c *comparer) placeApposition(before string) []int {
	p := rePlaceApposition.FindStringSubmatchIndex(before)
	if p == nil {
		return nil
	}
	head := strings.ToLower(before[p[4]:p[5]])
	s, ok := c.lx.TopSense(head, lexicon.Noun)
	if !ok || s.Instance {
		return nil
	}
	if s.Lex == lexicon.NounLocation && c.appositionPlaceHead(s.Synset) {
		return p
	}
	if x, ok := c.lx.FirstSense("community", lexicon.Noun); ok && c.lx.SynsetUnder(s.Synset, lexicon.Noun, []uint32{x.Synset}, 2) {
		return p
	}
	return nil
}

var (
	appositionOnce    sync.Once
	appositionAnchors []uint32
)

// appositionPlaceHeads are the nouns whose first WordNet senses head the
// kinds of place a name names in an of-apposition: settlements
// ("municipality": town, city, borough), units of government ("district",
// "administrative district", "political unit": province, state, parish,
// suburb) and ports (port, harbour).
var appositionPlaceHeads = []string{"municipality", "district", "administrative_district", "political_unit", "port"}

// appositionPlaceHead reports whether noun synset s is one of
// appositionPlaceHeads's or lies within four steps under one.
func (c *comparer) appositionPlaceHead(s uint32) bool {
	appositionOnce.Do(func() {
		for _, w := range appositionPlaceHeads {
			if x, ok := c.lx.FirstSense(w, lexicon.Noun); ok {
				appositionAnchors = append(appositionAnchors, x.Synset)
			}
		}
	})
	return slices.Contains(appositionAnchors, s) || c.lx.SynsetUnder(s, lexicon.Noun, appositionAnchors, 4)
}

// secondLead reports whether an article's first sentence tells a
// happening besides the one the story opened on ("A second suspect was
// arrested in X on Tuesday", "another", "a further", "again", "later":
// secondAt, and an ordinal past the first, Quirk et al. 1985 §5.20–5.24):
// a follow-up's lead then tells the latest of several acts, which may have
// happened elsewhere, so it is no lead of the story's one happening.
func secondLead(toks []text.Token) bool {
	for k, t := range toks {
		if t.IsWord() && (secondAt(toks, k) || reLaterOrdinal.MatchString(t.Lower) || t.Lower == "further") {
			return true
		}
	}
	return false
}

// genitiveAfter reports whether the text after a name makes it a
// genitive ("Tanwick's biggest show"): the name then determines another
// noun, which is what the phrase names.
func genitiveAfter(after string) bool {
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || strings.HasPrefix(after, "' ") || strings.HasPrefix(after, "’ ")
}

// placeVerbSpan is how many tokens before the preposition the verb it
// follows may stand ("was arrested early Tuesday in").
const placeVerbSpan = 6

// placeFacts reads the places of every article of the thread, with the set
// of places each article names anywhere.
func (c *comparer) placeFacts() ([]placeFact, []map[string]bool) {
	docs, merged := c.threadDocs()
	var out []placeFact
	named := make([]map[string]bool, len(docs))
	for di, d := range docs {
		a := d.Analysis
		named[di] = map[string]bool{}
		placeName := func(m mention.NameMention) string { return strings.ToLower(merged[di].name(m)) }
		for _, m := range a.Mentions {
			if a.Entities[m.Entity].Type == mention.Place {
				named[di][placeName(m)] = true
			}
		}
		for _, m := range a.Mentions {
			typ := a.Entities[m.Entity].Type
			if typ != mention.Place && typ != mention.Other || m.Sentence >= len(a.Sentences) {
				continue
			}
			s := a.Sentences[m.Sentence].Text
			if m.Start > len(s) {
				continue
			}
			kind := placeAt
			p := rePlacePrep.FindStringSubmatchIndex(s[:m.Start])
			if p == nil && typ == mention.Place {
				if p = streetOn(s[:m.Start], s[m.Start:m.End]); p != nil {
					kind = placeStreet
				}
			}
			if p == nil || typ != mention.Place {
				// A name the reader did not type is a place when a noun
				// of places stands before it in apposition ("in the
				// town of Redhill"), and so is a place's name there.
				p = c.placeApposition(s[:m.Start])
				if p == nil || possessiveText(s[m.Start:m.End]) || genitiveAfter(s[m.End:]) {
					continue
				}
				named[di][placeName(m)] = true
				if goalPrep(s[p[2]:p[3]]) {
					kind = placeGoal
				}
			}
			verb := c.placeVerb(a.Tokens[m.Sentence], p[0])
			if verb == "" {
				continue
			}
			actors := map[string]bool{}
			for _, x := range a.Mentions {
				if x.Sentence == m.Sentence && a.Entities[x.Entity].Type != mention.Place {
					if n := merged[di].m.Name(merged[di].i, x.Entity); n != "" {
						actors[n] = true
					}
				}
			}
			out = append(out, placeFact{doc: di, verb: verb, place: placeName(m), written: s[p[2]:m.End], sent: s,
				actors: actors, words: c.lx.ContentWords(s), lead: m.Sentence == 0 && !secondLead(a.Tokens[0]), kind: kind})
		}
	}
	return out, named
}

// placeVerb is the happening verb a locative phrase starting at byte at
// follows in its clause ("" when none: "is in Juneau", "said in Rome").
func (c *comparer) placeVerb(toks []text.Token, at int) string {
	k := -1
	for i, t := range toks {
		if t.Start >= at {
			k = i
			break
		}
	}
	for i := k - 1; i >= 0 && i >= k-placeVerbSpan; i-- {
		if tx := toks[i].Text; tx == "," || tx == ";" || tx == "—" || tx == "(" {
			return ""
		}
		if n := c.placeEventNoun(toks, i); n != "" {
			return n
		}
		b, ok := c.verbAt(toks[i])
		if !ok {
			if z := c.zeroPastVerb(toks, i); z != "" && c.happening(z) {
				return z
			}
			if z := c.copulaPast(toks, i); z != "" {
				return z
			}
			continue
		}
		if b == "" || !c.happening(b) {
			return ""
		}
		return b
	}
	return ""
}

// placeEventNoun is the event a noun at token i names when a determiner
// or a possessive stands before it ("the blaze at", "Tuesday's crash
// near"): its verb when it is one's -ing nominalisation ("the stabbing" →
// "stab"), else its base form; "" when the token is no such noun (or a
// plural: many happenings).
func (c *comparer) placeEventNoun(toks []text.Token, i int) string {
	t := toks[i]
	if i == 0 || !t.IsWord() || t.IsCapitalized() || c.compoundModifier(toks, i) {
		return ""
	}
	lw := t.Lower
	b, ok := c.lx.EventNoun(lw)
	if !ok || b != lw {
		return ""
	}
	p := toks[i-1].Lower
	if tag, _ := closedTag(p); !(tag == "DT" || tag == "PRP$" || p == "'s" || p == "’s") {
		return ""
	}
	if strings.HasSuffix(lw, "ing") {
		if v := c.lx.Base(lw, lexicon.Verb); v != lw && c.lx.Has(v, lexicon.Verb) {
			return v
		}
	}
	return b
}

// samePlaceAct reports whether two place facts' verbs or event nouns name
// one act: equal, or two verbs one WordNet step apart (closeVerbs:
// "stabbed" / "wounded").
func (c *comparer) samePlaceAct(a, b string) bool {
	return a == b || c.lx.Has(a, lexicon.Verb) && c.lx.Has(b, lexicon.Verb) && c.closeVerbs(a, b)
}

// placeDiscrepancies compares where the story's happenings took place.
func (c *comparer) placeDiscrepancies() []corroborate.Discrepancy {
	facts, named := c.placeFacts()
	// Two places one article names both are not in conflict.
	together := namedTogether(named)
	parent := newSets(len(facts))
	find := parent.find
	for i := range facts {
		for j := i + 1; j < len(facts); j++ {
			f, g := &facts[i], &facts[j]
			// The same verb or one a WordNet step from it (a synonym of a
			// rarer sense is too loose for places: "held at" a corner,
			// "arrested" on an avenue).
			if f.doc == g.doc || f.kind != g.kind || !c.samePlaceAct(f.verb, g.verb) {
				continue
			}
			// Two articles' leads that tell one act by one verb tell the
			// story's happening: a news report opens with its main event
			// (the lead of the inverted pyramid), so they need no shared
			// name or wording.
			if sharedNames(f.actors, g.actors) == 0 && lexicon.Overlap(f.words, g.words) < 0.5 && !(f.lead && g.lead) {
				continue
			}
			parent[find(i)] = find(j)
		}
	}
	roots, groups := components(len(facts), find)
	return groupDiscrepancies(c, roots, groups, func(g []int) (corroborate.Discrepancy, bool) {
		return c.placeDiscrepancy(facts, g, together)
	})
}

// namedTogether reports, for the names each article names (named, one set
// an article), whether some one article names both x and y.
func namedTogether(named []map[string]bool) func(x, y string) bool {
	return func(x, y string) bool {
		for _, n := range named {
			if n[x] && n[y] {
				return true
			}
		}
		return false
	}
}

// placeDiscrepancy turns one happening's places into a discrepancy: one
// side per place, an article that gives it two places left out, and only
// when no two sides' places are named together by one article.
func (c *comparer) placeDiscrepancy(facts []placeFact, g []int, together func(x, y string) bool) (corroborate.Discrepancy, bool) {
	sides, order, ok := contestedSides(g, func(i int) (int, string) { return facts[i].doc, facts[i].place }, func(x, y string, sides map[string][]int) bool {
		if facts[g[0]].kind == placeStreet {
			// Two streets share their street word ("Alder Street",
			// "Birch Street"): the names before it tell them apart.
			return together(x, y) || shareNameWord(streetStem(x), streetStem(y))
		}
		return together(x, y) || shareNameWord(x, y) || shortFor(x, y) || nearOnly(facts, sides[x]) || nearOnly(facts, sides[y]) || c.mayHold(x, y)
	})
	if !ok {
		return corroborate.Discrepancy{}, false
	}
	f0 := facts[g[0]]
	d := corroborate.Discrepancy{About: "place — “" + f0.verb + "”", Kind: "place"}
	c.fillSides(&d, g, order, sides, func(i int) sideMember {
		f := &facts[i]
		return sideMember{f.doc, f.written, f.sent, f.actors}
	})
	return d, true
}

// nearOnly reports whether every member of a side places the happening
// near or outside its place rather than in or at it ("shot near the
// racecourse"): a landmark a happening was close to is no rival to the
// place it was in ("in the south of the city"), nor to another landmark it
// was also close to (session 18).
func nearOnly(facts []placeFact, side []int) bool {
	for _, i := range side {
		w := strings.ToLower(facts[i].written)
		if !strings.HasPrefix(w, "near ") && !strings.HasPrefix(w, "outside ") {
			return false
		}
	}
	return len(side) > 0
}

// sideMember is what one member of a fact gives its side of a discrepancy.
type sideMember struct {
	doc           int
	written, sent string
	actors        map[string]bool
}

// fillSides completes a discrepancy from a fact's members g split into
// sides (splitSides): the actor most members name joins its About, each
// side becomes a value with its articles and sentences, and the copy note
// is set.
func (c *comparer) fillSides(d *corroborate.Discrepancy, g []int, order []string, sides map[string][]int, at func(i int) sideMember) {
	actors := map[string]int{}
	for _, i := range g {
		for a := range at(i).actors {
			actors[a]++
		}
	}
	if a := topKey(actors, len(g)); a != "" {
		d.About += " (" + a + ")"
	}
	for _, k := range order {
		v := corroborate.DiscrepancyValue{Normalized: k, Value: at(sides[k][0]).written}
		for _, i := range sides[k] {
			m := at(i)
			v.Articles = corroborate.AppendUnique(v.Articles, c.all[m.doc].Article.ID)
			v.Sentences = corroborate.AppendUnique(v.Sentences, m.sent)
		}
		d.Values = append(d.Values, v)
	}
	d.Note = c.copyNote(*d)
}

// shortFor reports whether one place name may be a short form of the other
// ("Calif." / "California", "Philly" / "Philadelphia"): the same first four
// letters.
func shortFor(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	return len(a) >= 4 && len(b) >= 4 && a[:4] == b[:4]
}

// contestedSides splits one fact's members g into sides (splitSides) and
// keeps them only when there are two or more and no two are compatible
// (compatible is asked of every two sides' values, in the order they first
// appear); the sides come back ordered by their number of members, the
// largest first.
func contestedSides(g []int, at func(i int) (doc int, key string), compatible func(x, y string, sides map[string][]int) bool) (map[string][]int, []string, bool) {
	sides, order := splitSides(g, at)
	if len(order) < 2 {
		return nil, nil, false
	}
	for a := range order {
		for b := a + 1; b < len(order); b++ {
			if compatible(order[a], order[b], sides) {
				return nil, nil, false
			}
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return len(sides[order[a]]) > len(sides[order[b]]) })
	return sides, order, true
}

// splitSides groups the members g of one fact by the value each states
// (at returns a member's article and value), in the order values first
// appear; an article that states two values for the fact is left out of
// every side, since it contradicts itself rather than another outlet.
func splitSides(g []int, at func(i int) (doc int, key string)) (map[string][]int, []string) {
	byDoc := map[int]string{}
	torn := map[int]bool{}
	for _, i := range g {
		d, k := at(i)
		if p, ok := byDoc[d]; ok && p != k {
			torn[d] = true
		}
		byDoc[d] = k
	}
	sides := map[string][]int{}
	var order []string
	for _, i := range g {
		d, k := at(i)
		if torn[d] {
			continue
		}
		if _, ok := sides[k]; !ok {
			order = append(order, k)
		}
		sides[k] = append(sides[k], i)
	}
	return sides, order
}
