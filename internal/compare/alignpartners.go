package compare

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file compares who is named beside whom: two people joined by "and"
// in one article ("Ada Brenner and Noor Lund will lead the crew") and the
// same first person joined to another in a second article ("Ada Brenner
// and Noor Vale") name the second place two ways. When the two names share
// the given name and differ in the family name, one writer has put another
// person's family name on one person: a discrepancy of kind other (a name).
//
// Guards: both are persons' full names (two words or more); the family
// names are no spelling variants (more than two letters apart, neither
// the start of the other); no article of the story names both (its writer
// knows two people); the partner is one story person in both articles.

// partnerPair is one article's "X and Y" of two persons.
type partnerPair struct {
	doc     int
	partner string // the story name both articles share
	other   string // the story name beside it
	sent    string
}

// partnerNameDiscrepancies reports one person's partner in a coordination
// named with one given name and two family names.
func (c *comparer) partnerNameDiscrepancies() []corroborate.Discrepancy {
	docs, merged := c.threadDocs()
	var pairs []partnerPair
	for di, d := range docs {
		a := d.Analysis
		name := merged[di].name
		for i := range a.Mentions {
			for j := range a.Mentions {
				x, y := a.Mentions[i], a.Mentions[j]
				if x.Sentence != y.Sentence || x.End > y.Start || x.Sentence >= len(a.Sentences) {
					continue
				}
				s := a.Sentences[x.Sentence].Text
				if y.Start > len(s) || strings.TrimSpace(s[x.End:y.Start]) != "and" {
					continue
				}
				if a.Entities[x.Entity].Type != mention.Person || a.Entities[y.Entity].Type != mention.Person {
					continue
				}
				nx, ny := name(x), name(y)
				pairs = append(pairs, partnerPair{di, nx, ny, s}, partnerPair{di, ny, nx, s})
			}
		}
	}
	_, named := c.roleHolders()
	together := namedTogether(named)
	var out []corroborate.Discrepancy
	done := map[[2]string]bool{}
	for i := range pairs {
		for j := range pairs {
			p, q := pairs[i], pairs[j]
			if p.doc == q.doc || p.partner != q.partner || !misnamed(p.other, q.other) || together(p.other, q.other) {
				continue
			}
			k := [2]string{p.other, q.other}
			if k[0] > k[1] {
				k[0], k[1] = k[1], k[0]
			}
			if done[k] {
				continue
			}
			done[k] = true
			if d := c.partnerSides(pairs, p, q); c.reportsHere(d) {
				out = append(out, d)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].About < out[j].About })
	return out
}

// misnamed reports whether two full names share the given name and give
// two family names that are no spelling variants of each other.
func misnamed(a, b string) bool {
	a, b = withoutSuffix(a), withoutSuffix(b)
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) < 2 || a == b || !strings.EqualFold(wa[0], wb[0]) {
		return false
	}
	fa, fb := familyName(a), familyName(b)
	return fa != fb && editDistance(fa, fb) > 2 && !strings.HasPrefix(fa, fb) && !strings.HasPrefix(fb, fa)
}

// withoutSuffix returns a name without a generational suffix at its end
// ("Jr.", "III"), which is no family name: "Ada Lund Jr." and "Ada Lund"
// are one name.
func withoutSuffix(name string) string {
	w := strings.Fields(name)
	for len(w) > 2 && generational(strings.ToLower(strings.Trim(w[len(w)-1], ".,"))) {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}

// partnerSides builds the discrepancy of the two names beside one partner:
// each side lists the articles that name the person so.
func (c *comparer) partnerSides(pairs []partnerPair, p, q partnerPair) corroborate.Discrepancy {
	d := corroborate.Discrepancy{About: "name — beside " + p.partner, Kind: "other"}
	for _, n := range []string{p.other, q.other} {
		v := corroborate.DiscrepancyValue{Value: n, Normalized: strings.ToLower(n)}
		for _, r := range pairs {
			if r.other == n && r.partner == p.partner {
				v.Articles = corroborate.AppendUnique(v.Articles, c.all[r.doc].Article.ID)
				v.Sentences = corroborate.AppendUnique(v.Sentences, r.sent)
			}
		}
		d.Values = append(d.Values, v)
	}
	d.Note = c.copyNote(d)
	return d
}
