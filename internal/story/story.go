// Package story assembles the findings of a story's articles into the
// report's story: entities merged across outlets (spelling and
// transliteration variants, organisation names worded differently), quotes
// and numbers with canonical speakers and sources, and a timeline of the
// dated events the articles mention.
package story

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// Doc is one article of a story with its language analysis.
type Doc struct {
	Article  *corroborate.Article
	Analysis *mention.Analysis
}

// Entity is a story-level entity.
type Entity struct {
	corroborate.Entity
	// members are (doc index, article entity index) pairs.
	members [][2]int
	titles  []string
}

// Merged is the result of merging entities across a story's articles.
type Merged struct {
	Entities []Entity
	// Of maps a doc index and an article entity index to a story entity.
	Of map[[2]int]int
}

// Name returns the canonical name of the story entity an article entity
// belongs to, or "".
func (m *Merged) Name(doc, ent int) string {
	if ent < 0 {
		return ""
	}
	if i, ok := m.Of[[2]int{doc, ent}]; ok {
		return m.Entities[i].Name
	}
	return ""
}

// SpeakerName returns the canonical name and the type of the story
// entity an article entity belongs to when it can speak
// (mention.CanSpeak), else "", "".
func (m *Merged) SpeakerName(doc, ent int) (name, typ string) {
	if ent < 0 {
		return "", ""
	}
	i, ok := m.Of[[2]int{doc, ent}]
	if !ok {
		return "", ""
	}
	if e := m.Entities[i]; mention.CanSpeak(e.Name, e.Type, e.Mentions) {
		return e.Name, e.Type
	}
	return "", ""
}

// PersonNamed returns the canonical name of the one person of the story
// that name is an alias of ("Beck" → "Charlie Beck"), or "" when no person
// or more than one has it.
func (m *Merged) PersonNamed(name string) string {
	norm, found := mention.NormalizeName(name), ""
	if norm == "" {
		return ""
	}
	for _, e := range m.Entities {
		if e.Type != mention.Person {
			continue
		}
		for _, a := range e.Aliases {
			if mention.NormalizeName(a) != norm {
				continue
			}
			if found != "" && found != e.Name {
				return ""
			}
			found = e.Name
		}
	}
	if found == "" || !mention.CanSpeak(found, mention.Person, 2) {
		return ""
	}
	return found
}

// MergeEntities merges the entities of a story's articles in three passes:
// names that block together and are the same entity (SameEntity), short
// forms joined to the one full name they end ("Okafor" → "Grace
// Okafor"), then one story entity per group with its canonical name.
func MergeEntities(docs []Doc) *Merged {
	m := newMerger(docs)
	m.unionBlocks()
	m.joinShortForms()
	return m.entities(docs)
}

// mergeNode is one article entity.
type mergeNode struct {
	doc, ent int
	e        mention.ArticleEntity
}

// merger holds the union-find state of MergeEntities.
type merger struct {
	lx     *lexicon.Lexicon
	nodes  []mergeNode
	norm   []string // normalized names
	parent []int
}

func newMerger(docs []Doc) *merger {
	m := &merger{lx: lexicon.Default()}
	for di, d := range docs {
		for ei, e := range d.Analysis.Entities {
			m.nodes = append(m.nodes, mergeNode{di, ei, e})
		}
	}
	m.parent = make([]int, len(m.nodes))
	m.norm = make([]string, len(m.nodes))
	for i, n := range m.nodes {
		m.parent[i] = i
		m.norm[i] = mention.NormalizeName(n.e.Name)
	}
	return m
}

func (m *merger) find(i int) int {
	for m.parent[i] != i {
		m.parent[i] = m.parent[m.parent[i]]
		i = m.parent[i]
	}
	return i
}

func (m *merger) union(a, b int) { m.parent[m.find(a)] = m.find(b) }

// blocks returns candidate groups by blocking keys, so that a story of many
// articles is not compared name by name: the same normalized name, an
// acronym, a person's last name, an organisation's head noun (by synset, so
// that "Commission" meets "Committee").
func (m *merger) blocks() map[string][]int {
	blocks := map[string][]int{}
	for i, n := range m.nodes {
		blocks["n:"+m.norm[i]] = append(blocks["n:"+m.norm[i]], i)
		for _, a := range n.e.Acronyms {
			blocks["a:"+a] = append(blocks["a:"+a], i)
		}
		for _, a := range n.e.Aliases {
			if len(a) >= 2 && len(a) <= 7 && strings.ToUpper(a) == a {
				blocks["a:"+a] = append(blocks["a:"+a], i)
			}
		}
		if n.e.Type == mention.Person || n.e.Type == mention.Other || personShapedOrg(n.e) {
			if w := significant(m.norm[i]); len(w) >= 2 {
				blocks["p:"+w[len(w)-1]] = append(blocks["p:"+w[len(w)-1]], i)
			}
		}
		if n.e.Type == mention.Organization || n.e.Type == mention.Other {
			if ws := orgWords(m.lx, n.e.Name); len(ws) >= 2 {
				head := ws[len(ws)-1]
				blocks["o:"+head] = append(blocks["o:"+head], i)
				for _, id := range m.lx.SynsetIDs(head, lexicon.Noun) {
					k := fmt.Sprintf("s:%d", id)
					blocks[k] = append(blocks[k], i)
				}
			}
		}
	}
	return blocks
}

// unionBlocks joins the pairs of each block that are the same entity.
func (m *merger) unionBlocks() {
	seen := map[[2]int]bool{}
	for _, b := range m.blocks() {
		if len(b) > 400 {
			b = b[:400] // a name in every article: the first ones suffice
		}
		for x := 0; x < len(b); x++ {
			for y := x + 1; y < len(b); y++ {
				i, j := b[x], b[y]
				if i == j || m.find(i) == m.find(j) {
					continue
				}
				k := [2]int{min(i, j), max(i, j)}
				if seen[k] {
					continue
				}
				seen[k] = true
				ti, tj := m.nodes[i].e.Type, m.nodes[j].e.Type
				if m.norm[i] == m.norm[j] && m.norm[i] != "" && (ti == tj || ti == mention.Other || tj == mention.Other) || SameEntity(m.lx, m.nodes[i].e, m.nodes[j].e) {
					m.union(i, j)
				}
			}
		}
	}
}

// joinShortForms joins short forms of a person's name to the one person of
// the story whose full name they shorten — a person by type, or a name whose
// first word is a first name (mention.IsFirstName) —; two candidates leave
// them apart, so two people of one surname stay two. A short form is a
// single word that is the full name's last name ("Okafor" → "Martin
// Okafor"), the last words of a longer name ("Van Duyne" → "Alfred Van
// Duyne"), or, when no one in the story has it as a last name, the full
// name's first name ("Dana" → "Dana Whitlow": local news names family
// members so).
func (m *merger) joinShortForms() {
	byLast, bySurname, byFirst := map[string][]int{}, map[string][]int{}, map[string][]int{}
	var full [][]string
	for j, n := range m.nodes {
		sig := significant(m.norm[j])
		if len(sig) < 2 || !(n.e.Type == mention.Person || n.e.Type == mention.Other && mention.IsFirstName(strings.Fields(n.e.Name)[0])) {
			full = append(full, nil)
			continue
		}
		full = append(full, sig)
		byLast[sig[len(sig)-1]] = append(byLast[sig[len(sig)-1]], j)
		// "Martin L. Greer Jr." is found by "Greer" too, when no name
		// ends in "Greer" itself
		if last := mention.NormalizeName(mention.Surname(n.e.Name)); last != "" && last != sig[len(sig)-1] {
			bySurname[last] = append(bySurname[last], j)
		}
		if w := strings.Fields(n.e.Name)[0]; mention.IsFirstName(w) {
			byFirst[sig[0]] = append(byFirst[sig[0]], j)
		}
	}
	for k, js := range bySurname {
		if len(byLast[k]) == 0 {
			byLast[k] = js
		}
	}
	for i, n := range m.nodes {
		words := strings.Fields(m.norm[i])
		if len(words) == 0 || n.e.Type == mention.Place || n.e.Type == mention.Organization && n.e.Mentions > 1 {
			continue
		}
		var cands []int
		switch {
		case len(words) > 1:
			if n.e.Type == mention.Organization {
				continue
			}
			for j, f := range full {
				if len(f) > len(words) && strings.Join(f[len(f)-len(words):], " ") == m.norm[i] {
					cands = append(cands, j)
				}
			}
		case len(byLast[words[0]]) > 0:
			cands = byLast[words[0]]
		case mention.IsFirstName(n.e.Name) && n.e.Type != mention.Organization:
			cands = byFirst[words[0]]
		}
		if g := n.e.TitlesGender(); g != 0 {
			// "Mrs. Doe" does not shorten "Bill Doe": a title's gender
			// against the full name's
			kept := cands[:0:0]
			for _, j := range cands {
				if fg := m.nodes[j].e.Gender(); fg == 0 || fg == g {
					kept = append(kept, j)
				}
			}
			cands = kept
		}
		if r, ok := m.oneRoot(cands); ok {
			m.union(i, r)
		}
	}
}

// oneRoot returns the group root of nodes js when they all belong to one
// group.
func (m *merger) oneRoot(js []int) (int, bool) {
	root := -1
	for _, j := range js {
		r := m.find(j)
		if root >= 0 && r != root {
			return 0, false
		}
		root = r
	}
	return root, root >= 0
}

// entities builds one story entity per group: its members, aliases, titles,
// articles, the canonical name and the type most mentions vote for.
func (m *merger) entities(docs []Doc) *Merged {
	groups := map[int][]int{}
	var order []int
	for i := range m.nodes {
		r := m.find(i)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], i)
	}
	res := &Merged{Of: map[[2]int]int{}}
	for _, r := range order {
		var se Entity
		counts := map[string]int{}
		typeVotes := map[string]int{}
		arts := map[string]bool{}
		for _, i := range groups[r] {
			n := m.nodes[i]
			se.members = append(se.members, [2]int{n.doc, n.ent})
			for _, a := range n.e.Aliases {
				se.Aliases = corroborate.AppendUnique(se.Aliases, a)
			}
			for _, t := range n.e.Titles {
				se.titles = corroborate.AppendUnique(se.titles, t)
				if n.e.Type == mention.Person {
					se.Aliases = corroborate.AppendUnique(se.Aliases, t)
				}
			}
			counts[n.e.Name] += n.e.Mentions
			typeVotes[n.e.Type] += n.e.Mentions + 1
			se.Mentions += n.e.Mentions
			id := docs[n.doc].Article.ID
			if !arts[id] {
				arts[id] = true
				se.Articles = append(se.Articles, id)
			}
			res.Of[[2]int{n.doc, n.ent}] = len(res.Entities)
		}
		se.Name = canonical(counts)
		se.Type = "other"
		best := 0
		for _, t := range []string{mention.Person, mention.Organization, mention.Place, mention.Other} {
			if typeVotes[t] > best {
				se.Type, best = t, typeVotes[t]
			}
		}
		sort.Strings(se.Articles)
		res.Entities = append(res.Entities, se)
	}
	return res
}

// canonical picks the name with the most words, then the most mentions.
func canonical(counts map[string]int) string {
	best := ""
	for n, c := range counts {
		bw, nw := len(strings.Fields(best)), len(strings.Fields(n))
		if best == "" || nw > bw || nw == bw && (c > counts[best] || c == counts[best] && n < best) {
			best = n
		}
	}
	return best
}

// significant drops initials from normalized name words.
func significant(norm string) []string {
	var out []string
	for _, w := range strings.Fields(norm) {
		if len([]rune(w)) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// SameEntity decides whether two article entities name the same thing.
func SameEntity(lx *lexicon.Lexicon, a, b mention.ArticleEntity) bool {
	if a.Type != b.Type && a.Type != mention.Other && b.Type != mention.Other {
		// a person an article took for an organisation ("W. Jon Doe"
		// beside "William Jon Doe"): the same person's name
		return (personShapedOrg(a) && b.Type == mention.Person || personShapedOrg(b) && a.Type == mention.Person) &&
			samePerson(mention.NormalizeName(a.Name), mention.NormalizeName(b.Name))
	}
	// An acronym one defines is the other's name.
	for _, x := range a.Acronyms {
		for _, al := range b.Aliases {
			if x == al {
				return true
			}
		}
		for _, y := range b.Acronyms {
			if x == y {
				return true
			}
		}
	}
	for _, x := range b.Acronyms {
		for _, al := range a.Aliases {
			if x == al {
				return true
			}
		}
	}
	na, nb := mention.NormalizeName(a.Name), mention.NormalizeName(b.Name)
	if na == nb && na != "" {
		return true
	}
	t := a.Type
	if t == mention.Other {
		t = b.Type
	}
	switch t {
	case mention.Person:
		return samePerson(na, nb)
	case mention.Organization:
		return sameOrg(lx, a.Name, b.Name)
	}
	return false
}

// samePerson: same last name and compatible first names ("Anna K. Berg"
// and "Anna Berg"; "Paolo R. Rossi" and "Paolo Rossi"; "W. Paolo Rossi" and
// "William Paolo Rossi"; "Fred Rossi" and "Frederick Rossi": sameFirstName).
func samePerson(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(significant(a)) < 2 || len(significant(b)) < 2 {
		return false
	}
	if wa[len(wa)-1] != wb[len(wb)-1] || !sameFirstName(wa[0], wb[0]) {
		return false
	}
	// Middle names and initials, when both have them, must agree: "C."
	// matches "Charles", "A." does not match "B.".
	ma, mb := wa[1:len(wa)-1], wb[1:len(wb)-1]
	if len(ma) > 0 && len(mb) > 0 {
		if len(ma) != len(mb) {
			return false
		}
		for i := range ma {
			x, y := ma[i], mb[i]
			if x != y && !(len([]rune(x)) == 1 && strings.HasPrefix(y, x)) && !(len([]rune(y)) == 1 && strings.HasPrefix(x, y)) {
				return false
			}
		}
	}
	return true
}

// personShapedOrg reports whether an entity typed an organisation has a
// person's name by its shape: two to four words, the first a first name
// (mention.IsFirstName) or an initial, none an acronym.
func personShapedOrg(e mention.ArticleEntity) bool {
	ws := strings.Fields(e.Name)
	if e.Type != mention.Organization || len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if w = strings.Trim(w, ".,"); len(w) > 1 && strings.ToUpper(w) == w {
			return false
		}
	}
	f := strings.TrimSuffix(ws[0], ".")
	return len([]rune(f)) == 1 || mention.IsFirstName(f)
}

// sameFirstName reports whether two normalized first words of a person's
// name may be one name: the same word, an initial and a name it opens ("w",
// "william"), or a name and a clipped form of it, a first name of three or
// more letters that opens it ("fred", "frederick"; "ben", "benjamin": the
// shortening by clipping of English given names), when the first-name lists
// give the two no different genders ("dan", "danielle" stay apart).
func sameFirstName(x, y string) bool {
	if x == y {
		return true
	}
	if len([]rune(x)) > len([]rune(y)) {
		x, y = y, x
	}
	if !strings.HasPrefix(y, x) {
		return false
	}
	if len([]rune(x)) == 1 {
		return true
	}
	tx, ty := strings.ToUpper(x[:1])+x[1:], strings.ToUpper(y[:1])+y[1:]
	if len([]rune(x)) < 3 || !mention.IsFirstName(tx) || !mention.IsFirstName(ty) {
		return false
	}
	gx, gy := mention.FirstNameGender(tx), mention.FirstNameGender(ty)
	return gx == 0 || gy == 0 || gx == gy
}

// orgWords returns the content words of an organisation name in base form.
func orgWords(lx *lexicon.Lexicon, name string) []string {
	var out []string
	for _, w := range orgTokens(lx, name) {
		switch w {
		case "of", "the", "for", "and", "on", "in", "to", "a", "an", "s":
			continue
		}
		b := lx.Base(w, lexicon.Noun)
		if strings.HasSuffix(w, "er") && lx.Has(strings.TrimSuffix(w, "er"), lexicon.Adj) {
			b = strings.TrimSuffix(w, "er") // "higher" → "high"
		} else if strings.HasSuffix(w, "est") && lx.Has(strings.TrimSuffix(w, "est"), lexicon.Adj) {
			b = strings.TrimSuffix(w, "est")
		}
		out = append(out, b)
	}
	return out
}

// orgTokens splits an organisation name into lower-case words. A
// hyphenated compound modifier made of an adjective and a noun ("top-level",
// "long-range", "full-scale": English compound adjectives whose core is the
// adjective) stands for its adjective when it modifies a later word, so that
// it compares like the plain adjective; the other compounds are split.
func orgTokens(lx *lexicon.Lexicon, name string) []string {
	fields := strings.Fields(strings.ToLower(name))
	var out []string
	for i, f := range fields {
		parts := strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '’' || r == '\'' })
		if len(parts) == 2 && i < len(fields)-1 && strings.Contains(f, "-") &&
			lx.Has(parts[0], lexicon.Adj) && lx.Has(parts[1], lexicon.Noun) {
			out = append(out, parts[0])
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// sameOrg: every content word of the shorter name matches a word of the
// longer (same base form or a WordNet synonym), the head nouns match, and
// at least two words match ("High Border Committee" and "US-Austria Higher
// Military Commission").
func sameOrg(lx *lexicon.Lexicon, a, b string) bool {
	wa, wb := orgWords(lx, a), orgWords(lx, b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 2 {
		return false
	}
	match := func(x, y string) bool {
		return x == y || lx.Synonyms(x, y, lexicon.Noun) || lx.Synonyms(x, y, lexicon.Adj)
	}
	if !match(wa[len(wa)-1], wb[len(wb)-1]) {
		return false
	}
	for _, x := range wa {
		ok := false
		for _, y := range wb {
			if match(x, y) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// Dump is a debugging aid: the merged entities in one line each.
func (m *Merged) Dump() string {
	var b strings.Builder
	for _, e := range m.Entities {
		fmt.Fprintf(&b, "%s (%s) %q %v\n", e.Name, e.Type, e.Aliases, e.Articles)
	}
	return b.String()
}
