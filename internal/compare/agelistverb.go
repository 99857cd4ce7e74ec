package compare

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file gives the ages of a coordinated list of people the verb the
// list shares. Noun phrases joined by "and" are one constituent, the
// subject or the object of one verb (Quirk et al. 1985 ch. 13, on
// coordination of noun phrases): "a N-year-old boy, an M-year-old man and
// a K-year-old woman were shot" tells that each was shot, though the verb
// stands far past the first age; "deputies arrested a N-year-old man and
// an M-year-old woman" that each was arrested, though only the first
// stands right after the verb.

// listJoinSpan is the most tokens between two ages of one list: the
// first one's noun and the second's determiner and premodifiers, or a
// name ("Ivo Tamm, 19, and Ana Roe, 20").
const listJoinSpan = 8

// listJoiners are the closed-class words that may stand between two
// items of a list of people: the coordinator, determiners and
// possessives of the next item (by their tag), and the prepositions of a
// short postmodifier ("a N-year-old man from Tarn and …").
var listJoiners = map[string]bool{"and": true, "of": true, "from": true}

// listJoined reports whether ages a and b (a first) of one sentence's
// tokens are items of one list: only commas, "and" and the words of noun
// phrases (no verb, relative pronoun or other closed-class word) stand
// between them. and says whether "and" is among them.
func (c *comparer) listJoined(toks []text.Token, a, b mention.Value) (joined, and bool) {
	k := tokenFrom(toks, a.End)
	if k < 0 {
		return false, false
	}
	n := 0
	for ; k < len(toks) && toks[k].Start < b.Start; k++ {
		if n++; n > listJoinSpan {
			return false, false
		}
		t := toks[k]
		if t.Text == "," || t.Text == "-" && t.Start == a.End {
			continue // a comma, or a suspended hyphen ("the 15- and 17-year-old boys")
		}
		if !t.IsWord() {
			return false, false
		}
		and = and || t.Lower == "and"
		if tag, closed := lexicon.ClosedClass(t.Lower); closed && tag != "DT" && tag != "PRP$" && !listJoiners[t.Lower] {
			return false, false
		}
		if _, ok := c.verbAt(t); ok {
			return false, false
		}
	}
	return true, and
}

// ageLists are the lists of two or more ages of one sentence joined as
// listJoined reads them, the last two joined by "and", as indices into
// out in the order written.
func (c *comparer) ageLists(out []fact) [][]int {
	docs, _ := c.threadDocs()
	bySent := map[[2]int][]int{}
	var keys [][2]int
	for i := range out {
		if out[i].v.Type != mention.VAge {
			continue
		}
		k := [2]int{out[i].doc, out[i].v.Sentence}
		if bySent[k] == nil {
			keys = append(keys, k)
		}
		bySent[k] = append(bySent[k], i)
	}
	var lists [][]int
	for _, k := range keys {
		ids := bySent[k]
		if len(ids) < 2 || k[1] >= len(docs[k[0]].Analysis.Tokens) {
			continue
		}
		sort.SliceStable(ids, func(x, y int) bool { return out[ids[x]].v.Start < out[ids[y]].v.Start })
		toks := docs[k[0]].Analysis.Tokens[k[1]]
		cur, lastAnd := []int{ids[0]}, false
		flush := func() {
			if len(cur) >= 2 && lastAnd {
				lists = append(lists, cur)
			}
		}
		for _, j := range ids[1:] {
			if joined, and := c.listJoined(toks, out[cur[len(cur)-1]].v, out[j].v); joined {
				cur, lastAnd = append(cur, j), and
				continue
			}
			flush()
			cur, lastAnd = []int{j}, false
		}
		flush()
	}
	return lists
}

// shareListActs gives the earlier ages of a list whose last age has an
// act (a verb after the list: "… and a K-year-old woman were shot") that
// act, when they have none of their own nor a role from a verb before
// the list, and returns, for each age given one, the last age's index
// (its role is shared once roles are read: shareListRoles). A relative
// clause after the last age ("… and a woman who was shot") tells of that
// person alone: nothing is shared.
func (c *comparer) shareListActs(out []fact, lists [][]int) map[int]int {
	docs, _ := c.threadDocs()
	from := map[int]int{}
	for _, l := range lists {
		li := l[len(l)-1]
		last := &out[li]
		toks := docs[last.doc].Analysis.Tokens[last.v.Sentence]
		if last.ageAct == "" || c.whoAfter(toks, last.v) || c.relativeBeforeVerb(toks, last.v) {
			continue
		}
		for _, i := range l[:len(l)-1] {
			if f := &out[i]; f.ageAct == "" && c.ageRole(toks, f.v, "") == "" {
				f.ageAct, from[i] = last.ageAct, li
			}
		}
	}
	return from
}

// shareListRoles gives the ages of a list the role and death the verb
// they share tells: the earlier ages given the last one's act (from, by
// shareListActs) its role when theirs is none; the later ages of a list
// whose first age is the object of a verb of a role (roleVerb: "arrested
// a N-year-old man and an M-year-old woman") that role, verb and death,
// when they have no act or role of their own.
func shareListRoles(out []fact, lists [][]int, from map[int]int) {
	for i, li := range from {
		if f := &out[i]; f.ageRole == "" {
			f.ageRole, f.ageDied = out[li].ageRole, out[li].ageDied
		}
	}
	for _, l := range lists {
		first := &out[l[0]]
		if first.ageRole == "" || first.roleVerb == "" {
			continue
		}
		for _, i := range l[1:] {
			if f := &out[i]; f.ageRole == "" && f.ageAct == "" {
				f.ageRole, f.roleVerb, f.ageDied = first.ageRole, first.roleVerb, first.ageDied
			}
		}
	}
}

// relativeBeforeVerb reports whether a wh-word or "that" stands between
// age v and the first verb after it ("<Name>, N, near the barn that a
// storm had damaged"): the verb is a relative or adverbial clause's, not
// the one the list shares.
func (c *comparer) relativeBeforeVerb(toks []text.Token, v mention.Value) bool {
	k := tokenFrom(toks, v.End)
	if k < 0 {
		return false
	}
	for ; k < len(toks); k++ {
		if _, ok := c.verbAt(toks[k]); ok {
			return false
		}
		if tag, _ := lexicon.ClosedClass(toks[k].Lower); strings.HasPrefix(tag, "W") || toks[k].Lower == "that" {
			return true
		}
	}
	return false
}
