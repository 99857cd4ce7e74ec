package compare

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// predication is "SUBJECT (does not) pose/is/remains a NOUN".
type predication struct {
	doc      int
	subject  string // story-canonical entity
	noun     string // base form of the predicate noun
	negated  bool
	holder   string
	sentence string
	headline bool
	pos      int // byte offset of the predicate noun in the sentence
}

var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "remains": true, "remain": true,
	"remained": true, "poses": true, "pose": true, "posed": true, "posing": true, "constitutes": true, "constitute": true, "constituted": true,
	"represents": true, "represent": true, "represented": true, "presents": true, "present": true, "presented": true, "becomes": true,
	"become": true, "became": true, "has": true, "have": true, "had": true, "'s": true, "’s": true}

// modifiers may stand between the verb and the predicate noun.
var modifiers = map[string]bool{"a": true, "an": true, "the": true, "any": true, "still": true, "also": true, "significant": true,
	"real": true, "serious": true, "major": true, "security": true, "direct": true, "once": true, "again": true, "more": true,
	"greater": true, "big": true, "bigger": true, "great": true, "grave": true, "constant": true, "only": true, "yet": true}

var prepositions = map[string]bool{"despite": true, "in": true, "to": true, "for": true, "of": true, "from": true, "with": true,
	"against": true, "as": true, "after": true, "before": true, "since": true, "until": true, "because": true, "while": true,
	"although": true, "across": true, "through": true, "within": true, "without": true, "toward": true, "towards": true, "near": true}

var negators = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "nor": true, "neither": true, "longer": true, "hardly": true, "ceased": true, "stopped": true}

// abstract lexicographer files: claims are about states, acts and the like.
var abstractLex = map[uint8]bool{4: true, 7: true, 9: true, 10: true, 11: true, 12: true, 16: true, 19: true, 22: true, 26: true}

func (c *comparer) isPredicateNoun(w string) (string, bool) {
	lw := strings.ToLower(w)
	if len(lw) < 4 || stop[lw] || negators[lw] || copulas[lw] || modifiers[lw] || prepositions[lw] {
		return "", false
	}
	b := c.lx.Base(lw, lexicon.Noun)
	for _, s := range c.lx.Senses(b) {
		if s.POS == lexicon.Noun && abstractLex[s.Lex] {
			return b, true
		}
	}
	return "", false
}

// findPredications reads one sentence (tokens) for subject–predicate pairs.
// entityAt returns the story entity of the name ending at a token, or "".
func (c *comparer) findPredications(toks []text.Token, entityAt func(i int) string) []predication {
	var out []predication
	for i, t := range toks {
		if !t.IsWord() || t.IsCapitalized() && i > 0 && !isTitleCase(toks) {
			continue
		}
		noun, ok := c.isPredicateNoun(t.Text)
		if !ok {
			continue
		}
		// The noun must head its phrase.
		if i+1 < len(toks) && toks[i+1].IsWord() {
			if _, nn := c.isPredicateNoun(toks[i+1].Text); nn && !isTitleCase(toks) {
				continue
			}
		}
		// Walk left over determiners, adjectives, negations and adverbs to
		// the verb (or, in a headline, straight to the subject).
		neg := false
		j := i - 1
		verb := -1
		for ; j >= 0 && j >= i-7; j-- {
			w := strings.ToLower(toks[j].Text)
			if negators[w] {
				neg = true
				continue
			}
			if copulas[w] || w == "continue" || w == "continues" || w == "continued" {
				if verb < 0 {
					verb = j
				}
				continue
			}
			if w == "to" && verb >= 0 {
				continue
			}
			if modifiers[w] {
				continue
			}
			if toks[j].IsWord() && !toks[j].IsCapitalized() && c.lx.Has(w, lexicon.Adj) && !c.lx.Has(w, lexicon.Verb) {
				continue
			}
			break
		}
		if verb < 0 && !(neg && isTitleCase(toks) || neg && j >= 0 && entityAt(j) != "") {
			continue
		}
		subj := ""
		if j >= 0 {
			subj = entityAt(j)
			// "militia fighters", "the militia group": the name
			// modifies the head noun of the subject.
			for k := j - 1; subj == "" && k >= 0 && k >= j-2; k-- {
				if !toks[k+1].IsWord() || toks[k+1].IsCapitalized() && !isTitleCase(toks) {
					break
				}
				subj = entityAt(k)
			}
		}
		// A common-noun subject ("the flood") when no name is there.
		if subj == "" && j >= 0 && toks[j].IsWord() && !toks[j].IsCapitalized() {
			lw := strings.ToLower(toks[j].Text)
			if b := c.lx.Base(lw, lexicon.Noun); c.lx.Has(b, lexicon.Noun) && !stop[lw] && !modifiers[lw] && !prepositions[lw] && j > 0 && strings.EqualFold(toks[j-1].Text, "the") {
				subj = "the " + b
			}
		}
		if subj == "" {
			continue
		}
		out = append(out, predication{subject: subj, noun: noun, negated: neg, pos: t.Start})
	}
	return out
}

func isTitleCase(toks []text.Token) bool {
	caps, words := 0, 0
	for _, t := range toks {
		if t.IsWord() && len(t.Text) > 3 {
			words++
			if t.IsCapitalized() {
				caps++
			}
		}
	}
	return words > 2 && caps*10 >= words*7
}

// aliasIndex maps story aliases to canonical names for reading headlines.
func (c *comparer) aliasIndex() map[string]string {
	m := map[string]string{}
	for _, e := range c.in.Merged.Entities {
		for _, a := range e.Aliases {
			if len(a) > 2 {
				m[a] = e.Name
			}
		}
		m[e.Name] = e.Name
	}
	return m
}

func (c *comparer) predications() []predication {
	if c.in.Cache == nil {
		return c.predicationsOf(c.in.Docs)
	}
	c.in.Cache.mu.Lock()
	p, ok := c.in.Cache.preds[c.in.Merged]
	c.in.Cache.mu.Unlock()
	if ok {
		return p
	}
	p = c.predicationsOf(c.in.Docs)
	c.in.Cache.mu.Lock()
	c.in.Cache.preds[c.in.Merged] = p
	c.in.Cache.mu.Unlock()
	return p
}

func (c *comparer) predicationsOf(docs []story.Doc) []predication {
	var out []predication
	aliases := c.aliasIndex()
	for di, d := range docs {
		a := d.Analysis
		holderOwn := c.ownVoiceHolder(di)
		for si, s := range a.Sentences {
			toks := a.Tokens[si]
			entityAt := func(j int) string {
				for _, m := range a.Mentions {
					if m.Sentence == si && m.End >= toks[j].End && m.Start <= toks[j].Start {
						if t := a.Entities[m.Entity].Type; t == mention.Organization || t == mention.Other || t == mention.Person {
							return c.in.Merged.Name(di, m.Entity)
						}
					}
				}
				return ""
			}
			for _, p := range c.findPredications(toks, entityAt) {
				p.doc, p.sentence = di, s.Text
				p.holder = holderOwn
				// Inside a quote or reported speech: the speaker holds it.
				for _, q := range a.Quotes {
					off := s.Start + p.pos
					if q.Start <= off && off < q.End {
						if name := c.in.Merged.Name(di, q.Entity); name != "" {
							p.holder = name
						} else if q.SpeakerText != "" && mention.IsPronoun(q.SpeakerText) == false {
							p.holder = q.SpeakerText
						}
						break
					}
				}
				out = append(out, p)
			}
		}
		// The headline.
		if t := d.Article.Title; t != nil {
			toks := text.Tokens(*t)
			entityAt := func(j int) string { return aliasEndingAt(*t, toks, j, aliases) }
			holder := c.headlineSpeaker(*t, toks, aliases)
			if holder == "" {
				holder = holderOwn
			}
			for _, p := range c.findPredications(toks, entityAt) {
				p.doc, p.sentence, p.holder, p.headline = di, *t, holder, true
				out = append(out, p)
			}
		}
	}
	return out
}

// aliasEndingAt finds a story alias that ends at token j of a headline.
func aliasEndingAt(s string, toks []text.Token, j int, aliases map[string]string) string {
	end := toks[j].End
	best := ""
	for a, name := range aliases {
		if end >= len(a) && s[end-len(a):end] == a && (end-len(a) == 0 || s[end-len(a)-1] == ' ') {
			if len(a) > len(best) {
				best = name
			}
		}
	}
	return best
}

// headlineSpeaker finds who speaks in a headline: "X tells …", "X claims …",
// "…: X says".
func (c *comparer) headlineSpeaker(title string, toks []text.Token, aliases map[string]string) string {
	for i, t := range toks {
		lw := strings.ToLower(t.Text)
		base := c.lx.Base(lw, lexicon.Verb)
		if !(strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ed")) || !mention.IsReportingVerb(base) || i == 0 {
			continue
		}
		// The subject: the words before the verb back to a colon or start.
		start := 0
		for k := i - 1; k >= 0; k-- {
			if toks[k].Text == ":" || toks[k].Text == "," || toks[k].Text == "–" || toks[k].Text == "-" {
				start = k + 1
				break
			}
		}
		if start > i-1 {
			continue
		}
		subj := strings.TrimSpace(title[toks[start].Start:toks[i-1].End])
		if name := aliases[subj]; name != "" {
			return name
		}
		for a, name := range aliases {
			if strings.Contains(subj, a) && len(strings.Fields(a)) >= 1 && c.personOrOrg(name) {
				return name
			}
		}
		// A role: "Austrian PM", "US Ambassador to Austria".
		role := mention.RoleHead(subj)
		for _, e := range c.in.Merged.Entities {
			if e.Type != mention.Person {
				continue
			}
			for _, al := range e.Aliases {
				if r := mention.RoleHead(al); r != "" && role != "" && mention.RolesMatch(r, role) {
					return e.Name
				}
			}
		}
	}
	return ""
}

func (c *comparer) personOrOrg(name string) bool {
	for _, e := range c.in.Merged.Entities {
		if e.Name == name {
			return e.Type == mention.Person || e.Type == mention.Organization
		}
	}
	return false
}

func (c *comparer) ownVoiceHolder(di int) string {
	a := c.in.Docs[di].Article
	if a.Outlet != nil && *a.Outlet != "" {
		return *a.Outlet
	}
	return "the outlet of " + a.ID
}

// stances finds the story's key claims — propositions its headlines or
// two or more articles make about one subject — and who affirms or denies
// each. Predicates match across wording through base forms and WordNet.
func (c *comparer) stances() []corroborate.Stance {
	preds := c.predications()
	own := len(preds)
	// Related stories of the same running story help find its key claims.
	for _, ctx := range c.in.Context {
		cc := newComparer(Input{Docs: ctx.Docs, Merged: ctx.Merged, Cache: c.in.Cache})
		for _, p := range cc.predications() {
			p.doc = -1 // a copy: the cached slice is not changed
			preds = append(preds, p)
		}
	}
	type claim struct {
		subject string
		nouns   map[string]int
		members []int
		docs    map[int]bool
		head    bool
	}
	var claims []*claim
	for i, p := range preds {
		var into *claim
		for _, cl := range claims {
			if mention.NormalizeName(cl.subject) != mention.NormalizeName(p.subject) {
				continue
			}
			for n := range cl.nouns {
				if c.lx.Related(n, p.noun, lexicon.Noun) {
					into = cl
					break
				}
			}
			if into != nil {
				break
			}
		}
		if into == nil {
			into = &claim{subject: p.subject, nouns: map[string]int{}, docs: map[int]bool{}}
			claims = append(claims, into)
		}
		into.nouns[p.noun]++
		into.members = append(into.members, i)
		if p.doc >= 0 {
			into.docs[p.doc] = true
		} else {
			into.docs[-1-len(into.docs)] = true // another story's article
		}
		into.head = into.head || p.headline
	}
	var out []corroborate.Stance
	for _, cl := range claims {
		if len(cl.docs) < 2 && !cl.head {
			continue
		}
		noun := ""
		for n, k := range cl.nouns {
			if noun == "" || k > cl.nouns[noun] || k == cl.nouns[noun] && n < noun {
				noun = n
			}
		}
		text := cl.subject + " is a " + noun
		seen := map[string]bool{}
		for _, i := range cl.members {
			if i >= own {
				continue // context only
			}
			p := preds[i]
			pos := "affirms"
			if p.negated {
				pos = "denies"
			}
			key := p.holder + "|" + pos + "|" + c.in.Docs[p.doc].Article.ID
			if seen[key] || p.holder == "" {
				continue
			}
			seen[key] = true
			out = append(out, corroborate.Stance{Holder: p.holder, Claim: text, Position: pos, Article: c.in.Docs[p.doc].Article.ID, Sentence: p.sentence})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Claim < out[j].Claim })
	return out
}
