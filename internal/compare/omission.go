package compare

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
)

// storyFact is a fact of the story an article may leave out: its text, its
// content words (base forms) and the values it gives.
type storyFact struct {
	text   string
	words  map[string]bool
	values []float64
	// in lists the articles known to state it.
	in []string
	// A key claim's parts: the words of its subject, and of its predicate
	// (the complement's head, and the verb unless it only links).
	subject, predicate map[string]bool
}

var factNumberRe = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

func factValues(ss ...string) []float64 {
	var out []float64
	for _, s := range ss {
		for _, m := range factNumberRe.FindAllString(s, -1) {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64); err == nil {
				out = append(out, v)
			}
		}
	}
	return out
}

// storyFacts gathers the facts of the story: its number slots (counts two
// origins agree on, and the figures of its discrepancies) and its key
// claims. What a speaker said is not a fact of the story: an article that
// quotes someone else, or no one, leaves out no fact.
func (c *comparer) storyFacts(cons []corroborate.Consensus, disc []corroborate.Discrepancy, stances []corroborate.Stance) []storyFact {
	var out []storyFact
	for _, k := range cons {
		if strings.Contains(k.Fact, ": “") {
			continue // a statement ("Speaker: “words”"), not a fact
		}
		out = append(out, storyFact{text: k.Fact, words: c.lx.ContentWords(k.Fact), values: factValues(k.Fact), in: k.Articles})
	}
	for _, x := range disc {
		if x.Kind == "speaker" {
			continue // who said something is not a fact an article leaves out
		}
		f := storyFact{text: x.About, words: c.lx.ContentWords(aboutPhrase(x))}
		if len(f.words) < 2 {
			continue // a label ("day — “meet”"), too thin to judge
		}
		for _, v := range x.Values {
			f.in = append(f.in, v.Articles...)
			if s, ok := v.Value.(string); ok {
				f.values = append(f.values, factValues(s)...)
			} else if n, ok := v.Value.(float64); ok {
				f.values = append(f.values, n)
			}
		}
		out = append(out, f)
	}
	claims := map[string]*storyFact{}
	var order []string
	props := map[string]proposition{}
	for _, p := range c.predications() {
		if _, ok := props[claimText(p)]; !ok {
			props[claimText(p)] = p
		}
	}
	for _, s := range stances {
		f := claims[s.Claim]
		if f == nil {
			f = &storyFact{text: s.Claim, words: c.lx.ContentWords(s.Claim)}
			if p, ok := props[s.Claim]; ok {
				f.subject = c.lx.ContentWords(p.subject)
				f.predicate = map[string]bool{}
				if p.comp != "" {
					f.predicate[strings.ToLower(p.comp)] = true
				}
				if !c.beingVerb(p.verb) {
					f.predicate[p.verb] = true
				}
			}
			claims[s.Claim] = f
			order = append(order, s.Claim)
		}
		f.in = append(f.in, s.Article)
	}
	for _, k := range order {
		out = append(out, *claims[k])
	}
	return out
}

// aboutPhrase is the words of a discrepancy's subject that say what the
// fact is: its subject without the label of the value's kind that factAbout
// puts first ("number of", "day", "age") and without the verb and names it
// adds as hints ("day — “meet” (the council)" says only "day"). A subject
// left with fewer than two content words is too thin to call left out.
func aboutPhrase(x corroborate.Discrepancy) string {
	about := x.About
	if i := strings.Index(about, " — "); i >= 0 {
		about = about[:i]
	}
	if i := strings.Index(about, " ("); i >= 0 {
		about = about[:i]
	}
	if l := typeLabels[x.Type]; l != "" {
		about = strings.TrimPrefix(about, l)
	}
	return about
}

// omits lists the facts of the story that article di does not state in
// any wording: no sentence of it (nor its headline) carries half of the
// fact's content words (by base form or WordNet synonym), or a third of
// them with one of the fact's values. A fact too thin to judge (fewer
// than two content words) is never said to be left out.
func (c *comparer) omits(di int, facts []storyFact) []string {
	d := c.in.Docs[di]
	a := d.Analysis
	type sent struct {
		words  map[string]bool
		values []float64
	}
	sents := make([]sent, 0, len(a.Sentences)+1)
	for si, s := range a.Sentences {
		st := sent{words: c.lx.ContentWords(s.Text), values: factValues(s.Text)}
		for _, n := range a.Numbers {
			if n.Sentence == si {
				st.values = append(st.values, n.Value)
			}
		}
		sents = append(sents, st)
	}
	if t := d.Article.Title; t != nil {
		sents = append(sents, sent{words: c.lx.ContentWords(*t), values: factValues(*t)})
	}
	var out []string
	for _, f := range facts {
		if slices.Contains(f.in, d.Article.ID) || len(f.words) < 2 {
			continue
		}
		stated := false
		for _, s := range sents {
			cov := c.coverage(f.words, s.words)
			if cov >= 0.5 || cov >= 0.34 && sharesValue(f.values, s.values) || c.statesClaim(f, s.words) {
				stated = true
				break
			}
		}
		if !stated {
			out = append(out, f.text)
		}
	}
	return out
}

// statesClaim reports whether a sentence speaks of a key claim in its own
// words: its subject and its predicate (complement or verb), each by base
// form or a WordNet synonym or near noun ("the ferry sank" and "the boat went
// down" are both about the boat). A sentence that denies the claim states
// it too: the fact is not left out, only disputed.
func (c *comparer) statesClaim(f storyFact, sent map[string]bool) bool {
	if len(f.subject) == 0 || len(f.predicate) == 0 {
		return false
	}
	return c.coverage(f.subject, sent) > 0 && c.coverage(f.predicate, sent) > 0
}

// coverage is the share of a fact's words that a sentence carries, as
// the same base form or a WordNet synonym (noun or verb) or a noun close
// to it ("ferry", "boat").
func (c *comparer) coverage(fact, sent map[string]bool) float64 {
	if len(fact) == 0 {
		return 0
	}
	n := 0
	for w := range fact {
		if sent[w] {
			n++
			continue
		}
		for v := range sent {
			if c.closeWords(w, v) {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(fact))
}

// closeWords reports whether v says w in other words: related nouns, or
// synonymous verbs or adjectives. Answers are remembered for the story.
func (c *comparer) closeWords(w, v string) bool {
	k := [2]string{w, v}
	if r, ok := c.near[k]; ok {
		return r
	}
	r := c.lx.Related(w, v, lexicon.Noun) || c.lx.Synonyms(w, v, lexicon.Verb) || c.lx.Synonyms(w, v, lexicon.Adj)
	if c.near == nil {
		c.near = map[[2]string]bool{}
	}
	c.near[k] = r
	return r
}

func sharesValue(a, b []float64) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
