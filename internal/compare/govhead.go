package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

var (
	govOnce                  sync.Once
	govSynset                uint32 // "government": the organization that governs a political unit
	headOfState              []uint32
	govSynsetOK, headStateOK bool
)

// governmentHead names the person an obligation laid on a government is
// laid on: "the government should resign", "urged the government to
// resign" are met by the resignation of the one who heads it (a
// government is its cabinet, which stands or falls with its head in a
// parliamentary system; the collective noun stands for the person by
// metonymy, Quirk et al. 1985 §5.108 on collective nouns, §17.104 ff. on
// reference). The subject must be the governing body itself — the head noun's
// commonest WordNet sense is that of "government" (also "regime"), with
// only a determiner or a possessive and capitalized words (a nation's
// adjective, "the Greek government") before it; "the local government",
// "the city government" are other bodies. The person is the story's one
// person whose title's commonest sense lies one step below WordNet's "head
// of state" ("prime minister", "premier", "chancellor"); none when the
// story titles two such people. Other propositions are returned as they
// are.
func (c *comparer) governmentHead(p proposition) proposition {
	if !deontic[p.modal] || p.subjNoun == "" || p.subjText == "" {
		return p
	}
	govOnce.Do(func() {
		if s, ok := c.lx.FirstSense("government", lexicon.Noun); ok {
			govSynset, govSynsetOK = s.Synset, true
		}
		headOfState = c.lx.SynsetIDs("head of state", lexicon.Noun)
		headStateOK = len(headOfState) > 0
	})
	if !govSynsetOK || !headStateOK {
		return p
	}
	if s, ok := c.lx.FirstSense(p.subjNoun, lexicon.Noun); !ok || s.Synset != govSynset {
		return p
	}
	f := strings.Fields(p.subjText)
	if len(f) < 2 || !determiners[strings.ToLower(f[0])] || f[0] == "a" || f[0] == "an" {
		return p
	}
	for _, w := range f[1 : len(f)-1] {
		if w == strings.ToLower(w) {
			return p // "the local government": another body
		}
	}
	if n := c.soleHeadOfGovernment(); n != "" {
		p.subject, p.subjNoun, p.subjText = n, "", ""
	}
	return p
}

// soleHeadOfGovernment is the story's one person titled as the head of a
// government (governmentHead); "" for none or two.
func (c *comparer) soleHeadOfGovernment() string {
	name := ""
	for di, d := range c.in.Docs {
		for ei, e := range d.Analysis.Entities {
			if e.Type != mention.Person || !c.headTitle(e.Titles) || c.formerTitle(d.Analysis, e) {
				continue
			}
			n := c.in.Merged.Name(di, ei)
			if n == "" || c.roleEntity(n) {
				continue
			}
			if name != "" && !sameHolder(name, n) {
				return ""
			}
			if name == "" || len(n) > len(name) {
				name = n
			}
		}
	}
	return name
}

// headTitle reports whether one of a person's titles is one whose
// commonest WordNet noun sense lies one step below "head of state".
func (c *comparer) headTitle(titles []string) bool {
	for _, t := range titles {
		lt := strings.ToLower(strings.Trim(t, ",;:'’\". "))
		s, ok := c.lx.FirstSense(lt, lexicon.Noun)
		if !ok {
			continue
		}
		for _, h := range c.lx.Hypernyms(lexicon.Noun, s.Synset) {
			for _, a := range headOfState {
				if h == a {
					return true
				}
			}
		}
	}
	return false
}

// formerTitle reports whether a person's title is written with an adjective
// that places the office in the past ("former Prime Minister <X>",
// "ex-Prime Minister <X>"): such an adjective is not inherent (Quirk et
// al. 1985 ch. 7 on non-inherent adjectives: a former prime minister is no
// prime minister), so the person heads no government now. The adjective is
// "former" or a WordNet synonym of it ("erstwhile", "onetime"), or the
// prefix "ex-", right before the title and the name.
func (c *comparer) formerTitle(a *mention.Analysis, e mention.ArticleEntity) bool {
	for _, s := range a.Sentences {
		low := strings.ToLower(s.Text)
		for _, t := range e.Titles {
			for _, n := range e.Aliases {
				pat := strings.ToLower(strings.TrimSpace(t)) + " " + strings.ToLower(n)
				for off := 0; ; {
					i := strings.Index(low[off:], pat)
					if i < 0 {
						break
					}
					i += off
					off = i + len(pat)
					before := strings.TrimSpace(low[:i])
					if strings.HasSuffix(before, "ex-") {
						return true
					}
					f := strings.Fields(before)
					if len(f) == 0 {
						continue
					}
					w := strings.Trim(f[len(f)-1], ",;:(\"'’")
					if w == "former" || c.lx.Synonyms(w, "former", lexicon.Adj) {
						return true
					}
				}
			}
		}
	}
	return false
}
