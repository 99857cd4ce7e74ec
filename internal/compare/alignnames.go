package compare

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares who holds a role: two articles that give the one
// holder of a role ("the agency's director", "the club's founder") two
// different given names with one family name name two people where the
// story has one — a discrepancy of kind other (a name).
//
// A name is the holder of a role when a person noun (WordNet noun.person)
// stands right before it, itself made definite: "the" or a possessive,
// or an organisation's name before it ("the veteran coach Ana Ruiz",
// "Harbour Club coach Ana Ruiz"); "a coach, Ana Ruiz" is one of many.
// Two holders' names conflict when:
//   - they end with the same family name;
//   - their given names (initials left out) share no word, none is within
//     two letters of the other (a misspelling) and none begins the other
//     (a short form: "Chris" / "Christopher");
//   - no article of the story names both (a writer who names both knows
//     they are two people: a father and a son);
//   - the role noun is the same, and it is no kin word (WordNet's
//     "relative": a man's grandsons are many and share his name).
// Names that can be one person are one side ("J. Lee Park" and "Lee Park").

// roleHolder is a person named with a definite role in one article.
type roleHolder struct {
	doc  int
	name string // story name
	role string // base form of the role noun
	sent string
}

// roleHolders reads the definite role holders of the thread's articles,
// with the story names each article names.
func (c *comparer) roleHolders() ([]roleHolder, []map[string]bool) {
	docs, merged := c.threadDocs()
	var out []roleHolder
	named := make([]map[string]bool, len(docs))
	for di, d := range docs {
		a := d.Analysis
		named[di] = map[string]bool{}
		for _, m := range a.Mentions {
			n := merged[di].m.Name(merged[di].i, m.Entity)
			if n == "" {
				n = m.Name
			}
			named[di][n] = true
			if m.Sentence >= len(a.Tokens) || len(strings.Fields(m.Name)) < 2 {
				continue
			}
			toks := a.Tokens[m.Sentence]
			person := func(at int) bool { // a person's name holds byte at of the sentence
				for _, p := range a.Mentions {
					if p.Sentence == m.Sentence && p.Start <= at && at < p.End && a.Entities[p.Entity].Type == mention.Person {
						return true
					}
				}
				return false
			}
			for _, role := range []string{c.definiteRole(toks, m.Start), c.appositiveRole(toks, m.End, person)} {
				if role != "" {
					out = append(out, roleHolder{doc: di, name: n, role: role, sent: a.Sentences[m.Sentence].Text})
					break
				}
			}
		}
	}
	return out, named
}

// definiteRole is the base form of the person noun right before byte at,
// when a definite word or a name makes it one role holder ("" when none).
func (c *comparer) definiteRole(toks []text.Token, at int) string {
	k := -1
	for i, t := range toks {
		if t.End <= at {
			k = i
		}
	}
	if k < 0 || !toks[k].IsWord() || toks[k].IsCapitalized() {
		return ""
	}
	role := toks[k].Base(lexicon.Noun)
	if !c.lx.HasLex(role, lexicon.Noun, lexicon.NounPerson) || role != toks[k].Lower {
		return "" // no person noun, or a plural ("officers")
	}
	// Kin share a family name and are many ("his grandson", "her
	// sister"): WordNet's relatives are no role of one holder.
	if c.kinNoun(role) {
		return ""
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		t := toks[i]
		lw := t.Lower
		if t.IsCapitalized() && i > 0 {
			return role // an organisation's role: "Harbour Club coach"
		}
		if lw == "'s" || lw == "’s" {
			return role
		}
		if formerWord[lw] {
			return "" // "the former coach Ana Ruiz": a role she held once
		}
		if tag, ok := closedTag(lw); ok {
			if lw == "the" || tag == "PRP$" {
				return role
			}
			return "" // "a", "one of", a preposition...
		}
		if !t.IsWord() {
			return ""
		}
	}
	return ""
}

// appositiveRole is the base form of the person noun that heads a
// definite apposition right after a name ending at byte end, when the
// noun is a role in an organisation: "Ana Ruiz, the club's coach,", "Ana
// Ruiz, Harbour Club coach,", "Ana Ruiz, the coach of the club" (a
// nonrestrictive apposition, Quirk et al. 1985 §17.65). The noun must be
// made definite by "the" or a name and tied to its organisation by a
// possessive, a name or an "of" phrase: "Ana Ruiz, the coach," names no
// one role, nor does a possessive person ("the victim's neighbour",
// "Ruiz's lawyer": a person has many; person tells whether a byte of the
// sentence is in a person's name). A role held once ("the former coach", "then coach"), a list
// of roles ("the club's coach and captain") and kin are none.
func (c *comparer) appositiveRole(toks []text.Token, end int, person func(at int) bool) string {
	k := 0
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	if k+2 >= len(toks) || toks[k].Text != "," {
		return ""
	}
	k++
	the := toks[k].Lower == "the"
	if the {
		k++
	}
	owned := false // a possessive or a name before the head
	for j := k; j < len(toks) && j < k+alignMaxNP; j++ {
		t := toks[j]
		lw := t.Lower
		switch {
		case strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s"):
			if c.personWord(toks[j], lw, person) || j > 0 && (lw == "'s" || lw == "’s") && c.personWord(toks[j-1], toks[j-1].Lower, person) {
				return "" // "the victim's neighbour", "Ruiz's lawyer": one of a person's many
			}
			owned = true // "the museum's director"
			continue
		case t.IsCapitalized():
			owned, the = true, true // a name: "Harbour Club coach"
			continue
		case formerWord[lw]:
			return ""
		case !t.IsWord():
			return ""
		}
		if _, ok := closedTag(lw); ok {
			return ""
		}
		if j+1 >= len(toks) {
			return ""
		}
		next := toks[j+1].Lower
		ofPhrase := next == "of"
		if !(ofPhrase || next == "," || next == "." || next == ";") {
			continue // a modifier of the head: "general" in "general manager"
		}
		if !the || !owned && !(ofPhrase && namedObject(toks[j+2:])) {
			return ""
		}
		role := c.lx.Base(lw, lexicon.Noun)
		if role != lw || !c.lx.HasLex(role, lexicon.Noun, lexicon.NounPerson) || c.kinNoun(role) {
			return ""
		}
		return role
	}
	return ""
}

// personWord reports whether a token (lw its lower case, a possessive
// ending kept or not) names a person: a person's name, or a noun whose
// commonest sense is a person ("the victim's").
func (c *comparer) personWord(t text.Token, lw string, person func(int) bool) bool {
	if person(t.Start) {
		return true
	}
	lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
	x, ok := c.lx.TopSense(c.lx.Base(lw, lexicon.Noun), lexicon.Noun)
	return ok && x.Lex == lexicon.NounPerson
}

// namedObject reports whether the noun phrase that opens toks (an "of"
// object) holds a name: "of the Harbour Museum", "of Acme" — an
// organisation, not "of the attack". A name after a common noun that a
// word follows is no part of the phrase but the subject of a relative
// clause with no relative word ("of the museum Roe founded": a zero
// relative, Quirk et al. 1985 ch. 17); one that ends the phrase is in
// apposition to the noun ("of the band Gallant,").
func namedObject(toks []text.Token) bool {
	common := false // a common noun or modifier seen before a name
	for i, t := range toks {
		if i >= 4 || !t.IsWord() {
			return false
		}
		if t.IsCapitalized() {
			if !common {
				return true
			}
			j := i + 1
			for j < len(toks) && toks[j].IsCapitalized() {
				j++
			}
			if j < len(toks) && toks[j].IsWord() {
				if _, ok := closedTag(toks[j].Lower); !ok {
					return false // "the museum Roe founded"
				}
			}
			return true
		}
		tag, ok := closedTag(t.Lower)
		if ok && tag != "DT" {
			return false
		}
		common = common || !ok
	}
	return false
}

// formerWord holds the words that put a role in the past: "the former
// coach", "then coach", "the late director", "the onetime owner".
var formerWord = map[string]bool{"former": true, "then": true, "late": true, "onetime": true, "one-time": true,
	"erstwhile": true, "previous": true, "past": true, "ex": true}

// kinNoun reports whether a person noun is a kin word (WordNet's
// "relative"): a man's grandsons are many and share his name.
func (c *comparer) kinNoun(role string) bool {
	return c.lx.Under(role, lexicon.Noun, c.lx.SynsetIDs("relative", lexicon.Noun), 6)
}

// givenNames are a name's words before its family name, initials left out.
func givenNames(name string) []string {
	w := strings.Fields(name)
	var out []string
	for _, x := range w[:len(w)-1] {
		x = strings.ToLower(strings.TrimSuffix(x, "."))
		if len(x) > 1 {
			out = append(out, x)
		}
	}
	return out
}

// familyName is a name's last word, lower case.
func familyName(name string) string {
	w := strings.Fields(name)
	return strings.ToLower(w[len(w)-1])
}

// givenConflict reports whether two names with one family name give the
// person two different given names.
func givenConflict(a, b string) bool {
	ga, gb := givenNames(a), givenNames(b)
	if len(ga) == 0 || len(gb) == 0 {
		return false
	}
	for _, x := range ga {
		for _, y := range gb {
			if x == y || editDistance(x, y) <= 2 || strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
				return false
			}
		}
	}
	return true
}

// familyConflict reports whether two names give one person, named by the
// same given names, two different family names ("A.J. Smith" / "A.J.
// Butler"): a misnaming of one holder, the mirror of givenConflict.
func familyConflict(a, b string) bool {
	ga, gb := givenNames(a), givenNames(b)
	if len(ga) == 0 || len(ga) != len(gb) {
		return false
	}
	for i := range ga {
		if ga[i] != gb[i] {
			return false
		}
	}
	fa, fb := familyName(a), familyName(b)
	return fa != fb && editDistance(fa, fb) > 2 && !hyphenPart(fa, fb) && !hyphenPart(fb, fa)
}

// roleNameDiscrepancies reports roles whose one holder the story's
// articles name differently.
func (c *comparer) roleNameDiscrepancies() []corroborate.Discrepancy {
	holders, named := c.roleHolders()
	roles, byRole := groupIndexes(len(holders), func(i int) string { return holders[i].role })
	return groupDiscrepancies(c, roles, byRole, func(g []int) (corroborate.Discrepancy, bool) {
		return c.roleNameDiscrepancy(holders, g, named)
	})
}

// roleNameDiscrepancy compares the holders of one role: two names with
// one family name and conflicting given names, never named together.
func (c *comparer) roleNameDiscrepancy(holders []roleHolder, g []int, named []map[string]bool) (corroborate.Discrepancy, bool) {
	var names []string
	seen := map[string]bool{}
	for _, i := range g {
		if n := holders[i].name; !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	together := func(x, y string) bool {
		for _, n := range named {
			if n[x] && n[y] {
				return true
			}
		}
		return false
	}
	for a := range names {
		for b := a + 1; b < len(names); b++ {
			x, y := names[a], names[b]
			if together(x, y) || !(familyName(x) == familyName(y) && givenConflict(x, y) || familyConflict(x, y)) {
				continue
			}
			return c.nameSides(holders, g, x, y, named), true
		}
	}
	return corroborate.Discrepancy{}, false
}

// nameSides builds the discrepancy of two conflicting names: each side
// lists the articles that name the person so (as role holder or not),
// with the sentences that give the role.
func (c *comparer) nameSides(holders []roleHolder, g []int, x, y string, named []map[string]bool) corroborate.Discrepancy {
	role := holders[g[0]].role
	d := corroborate.Discrepancy{About: "name — the " + role, Kind: "other"}
	for _, n := range []string{x, y} {
		v := corroborate.DiscrepancyValue{Value: n, Normalized: strings.ToLower(n)}
		for _, i := range g {
			if h := holders[i]; h.name == n {
				v.Articles = corroborate.AppendUnique(v.Articles, c.all[h.doc].Article.ID)
				v.Sentences = corroborate.AppendUnique(v.Sentences, h.sent)
			}
		}
		// Other articles that name the person by a name that can be this
		// side's and not the other's ("Lee Park" beside "J. Lee Park").
		other := x
		if n == x {
			other = y
		}
		for di, ns := range named {
			if ns[other] {
				continue
			}
			for m := range ns {
				if len(strings.Fields(m)) >= 2 && familyName(m) == familyName(n) && !givenConflict(m, n) && givenConflict(m, other) {
					v.Articles = corroborate.AppendUnique(v.Articles, c.all[di].Article.ID)
					break
				}
			}
		}
		d.Values = append(d.Values, v)
	}
	d.Note = c.copyNote(d)
	return d
}

// groupIndexes groups the indexes 0..n-1 by key(i): the distinct keys in
// sorted order and, for each, its indexes in increasing order.
func groupIndexes(n int, key func(int) string) ([]string, map[string][]int) {
	groups := map[string][]int{}
	var keys []string
	for i := range n {
		k := key(i)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	sort.Strings(keys)
	return keys, groups
}
