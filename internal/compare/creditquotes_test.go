package compare

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// creditQuotesBefore is creditQuotes as it was before its holders' words
// were read once a group and its tokens only where asked: the reference
// TestCreditQuotesAsBefore checks the change against.
func (c *comparer) creditQuotesBefore(preds []proposition, cl *claimGroup) {
	for _, i := range cl.members {
		p := preds[i]
		toks := text.Tokens(p.sentence)
		if !(p.holder == "" || p.own && (!p.headline || singleQuoted(toks) > 0) && insideQuote(toks, tokenAt(toks, p.pos))) {
			continue
		}
		words := c.lx.ContentWords(p.sentence)
		for _, j := range cl.members {
			q := preds[j]
			if q.own || q.holder == "" {
				continue
			}
			qw := c.lx.ContentWords(q.sentence)
			for _, w := range strings.Fields(mention.NormalizeName(q.holder)) {
				delete(qw, w)
			}
			if statementShare(words, qw) >= sameStatement || containsAll(qw, words) {
				preds[i].holder, preds[i].own = q.holder, false
				break
			}
		}
	}
}

// TestCreditQuotesAsBefore: made-up claim groups (quoted and plain
// sentences, held by named speakers, by outlets or by no one, headlines
// among them) are credited as before the change, member by member.
func TestCreditQuotesAsBefore(t *testing.T) {
	sentences := []string{
		`"The bridge at Ardwick will reopen in May," said John Doe.`,
		`The bridge at Ardwick will reopen in May, Doe said.`,
		`'The bridge will reopen in May' Ardwick council says`,
		`"The bridge at Ardwick will reopen in May."`,
		`The council said the Ardwick bridge will not reopen before June.`,
		`Jane Roe said the bridge would reopen in May after repairs.`,
		`"We expect the Ardwick bridge to reopen in May," Roe told reporters.`,
		`The Ardwick bridge reopens in May`,
		`Residents of Ardwick doubt that the bridge will reopen in May.`,
	}
	holders := []string{"", "", "John Doe", "Doe", "Jane Roe", "Ardwick council"}
	c := newComparer(Input{})
	r := rand.New(rand.NewSource(36))
	credited := 0
	for n := 0; n < 2000; n++ {
		var preds []proposition
		var cl claimGroup
		for k := 0; k < 2+r.Intn(6); k++ {
			s := sentences[r.Intn(len(sentences))]
			preds = append(preds, proposition{sentence: s, holder: holders[r.Intn(len(holders))], own: r.Intn(2) == 0,
				headline: r.Intn(4) == 0, pos: r.Intn(len(s))})
			cl.members = append(cl.members, k)
		}
		r.Shuffle(len(cl.members), func(i, j int) { cl.members[i], cl.members[j] = cl.members[j], cl.members[i] })
		want, got := slices.Clone(preds), slices.Clone(preds)
		c.creditQuotesBefore(want, &cl)
		c.creditQuotes(got, &cl)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("group %d: credited\n%+v\nwant\n%+v", n, got, want)
		}
		for k := range preds {
			if got[k].holder != preds[k].holder {
				credited++
			}
		}
	}
	if credited == 0 {
		t.Fatal("no member credited: the groups test nothing")
	}
}
