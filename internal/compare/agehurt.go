package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// This file tells an article's victims apart by their fate, as deadOnly
// does for the dead: a report of one happening that kills some and
// wounds others tells each victim by what befell them ("a N-year-old
// was killed and a M-year-old was wounded"). A victim not told dead is
// told hurt when the person undergoes a verb of WordNet's first sense of
// "injure" or its hypernym ("injure", "wound", "hurt"; not a verb of harm
// of any degree below them, "shoot", "stab"), or when the clause gives
// the person a hospital's condition or an injury that is not fatal. In an
// article that tells every victim it gives an age of dead or hurt, its
// only age of a victim told hurt is one person's as each article's only
// victim's is (hurtOnly, onlyAgesOfOneRole); a victim told only shot may
// be hurt too, and leaves open which one it is.

// hurtAnchors are the first WordNet sense of the verb "injure" (to cause
// injuries or bodily harm: "injure", "wound") and its hypernym ("hurt",
// "harm").
var hurtAnchors struct {
	once sync.Once
	ids  []uint32
}

// hurtVerb reports whether verb base b has one of hurtAnchors among its
// senses (not one below them: "shoot" and "stab" may kill).
func (c *comparer) hurtVerb(b string) bool {
	hurtAnchors.once.Do(func() {
		if s, ok := c.lx.TopSense("injure", lexicon.Verb); ok {
			hurtAnchors.ids = append([]uint32{s.Synset}, s.Hypernyms...)
		}
	})
	return b != "" && c.lx.Under(b, lexicon.Verb, hurtAnchors.ids, 0)
}

// ageHurt reports whether the age of fact f (its sentence's tokens toks)
// is a victim's told hurt and not dead: the verb its person undergoes
// (undergoneVerb) is a verb of hurting (hurtVerb), or its clause gives the
// person a hospital's condition or an injury borne that is not fatal
// (hurtInClause).
func (c *comparer) ageHurt(toks []text.Token, f *fact) bool {
	if f.ageRole != roleVictim || f.ageDied {
		return false
	}
	if c.hurtVerb(undergoneVerb(f)) {
		return true
	}
	at := tokenFrom(toks, f.v.Start)
	base, _, _ := strings.Cut(f.ageAct, "/")
	return at >= 0 && c.hurtInClause(toks, at, base)
}

// hurtInClause reports whether the clause of the age whose token is at
// (its person's verb base) tells the person in a condition ("was taken to
// the clinic in serious condition": a hospital states the condition of a
// living patient) or bearing an injury (borneBy: "with wounds to the
// legs", "suffered a gunshot wound") that no adjective of death before it
// grades fatal (fatalBefore: "a fatal wound"), or taken to a hospital
// (hospitalAfter: "was rushed to a hospital") when the sentence tells no
// death after it ("where he died": deathAfter). The clause is read as
// borneHarmRole reads it: it ends at a semicolon, a dash, a subordinator,
// a personal pronoun or another verb than the person's own.
func (c *comparer) hurtInClause(toks []text.Token, at int, base string) bool {
	for k := at + 1; k < len(toks) && k <= at+2*ageActSpan; k++ {
		lw := toks[k].Lower
		if lw == ";" || isDash(toks, k) || clauseStops[lw] {
			return false
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "PRP" {
			return false
		}
		if b, ok := c.verbAt(toks[k]); ok && b != "" && b != base {
			return false
		}
		if lw == "condition" && k >= 2 && (toks[k-2].Lower == "in" || k >= 3 && toks[k-3].Lower == "in") {
			return true
		}
		if toks[k].IsWord() && !toks[k].IsCapitalized() && c.injuryNoun(lw) && c.borneBy(toks, k, base) {
			return !c.fatalBefore(toks, k)
		}
		if (lw == "to" || lw == "into") && c.passiveBefore(toks, k) && c.hospitalAfter(toks, k) {
			return !c.deathAfter(toks, k)
		}
	}
	return false
}

// fatalBefore reports whether one of the three words before token k is an
// adjective of death: one of the WordNet senses of "fatal" ("fatal",
// "deadly", "mortal", "lethal").
func (c *comparer) fatalBefore(toks []text.Token, k int) bool {
	fatalAnchors.once.Do(func() {
		fatalAnchors.ids = c.lx.SynsetIDs("fatal", lexicon.Adj)
	})
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if c.lx.Under(toks[j].Lower, lexicon.Adj, fatalAnchors.ids, 0) {
			return true
		}
	}
	return false
}

// fatalAnchors are the WordNet senses of the adjective "fatal".
var fatalAnchors struct {
	once sync.Once
	ids  []uint32
}

// undergoneVerb is the verb whose act the person of an age undergoes: the
// verb whose object it is (roleVerb), else the verb of its passive
// (ageAct "base/passive"); "" when neither.
func undergoneVerb(x *fact) string {
	if x.roleVerb != "" {
		return x.roleVerb
	}
	if b, ok := strings.CutSuffix(x.ageAct, "/passive"); ok {
		return b
	}
	return ""
}

// ageFate is the fate markAgeRoles counts a victim's age under: "hurt"
// (ageHurt), "fate untold" for a victim told neither dead nor hurt, ""
// for any other age (the dead are counted apart, deadOnly).
func ageFate(f *fact) string {
	switch {
	case f.ageRole != roleVictim || f.ageDied:
		return ""
	case f.ageHurt:
		return "hurt"
	}
	return "fate untold"
}

// deathAfter reports whether a word after token k tells a death: a form
// of the verb "die", "dead" or "death".
func (c *comparer) deathAfter(toks []text.Token, k int) bool {
	for _, t := range toks[k+1:] {
		if t.Lower == "dead" || t.Lower == "death" || c.lx.Base(t.Lower, lexicon.Verb) == "die" {
			return true
		}
	}
	return false
}
