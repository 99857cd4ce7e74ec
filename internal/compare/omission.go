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

// storyFacts gathers the facts of the story: consensus facts (counts and
// statements two origins give), the subjects of its discrepancies, and its
// key claims.
func (c *comparer) storyFacts(cons []corroborate.Consensus, disc []corroborate.Discrepancy, stances []corroborate.Stance) []storyFact {
	var out []storyFact
	for _, k := range cons {
		text := k.Fact
		// A statement fact is "Speaker: “words”": its words are what is said.
		if i := strings.Index(text, ": “"); i >= 0 {
			text = text[i+len(": “"):]
		}
		out = append(out, storyFact{text: k.Fact, words: c.lx.ContentWords(text), values: factValues(k.Fact), in: k.Articles})
	}
	for _, x := range disc {
		f := storyFact{text: x.About, words: c.lx.ContentWords(x.About)}
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
	for _, s := range stances {
		f := claims[s.Claim]
		if f == nil {
			f = &storyFact{text: s.Claim, words: c.lx.ContentWords(s.Claim)}
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
			if cov >= 0.5 || cov >= 0.34 && sharesValue(f.values, s.values) {
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
			if c.lx.Related(w, v, lexicon.Noun) || c.lx.Synonyms(w, v, lexicon.Verb) || c.lx.Synonyms(w, v, lexicon.Adj) {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(fact))
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
