package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// "It" as a speaker refers to an organisation (Quirk et al. 1985, ch. 6:
// "it" is the pronoun of non-personal reference, a company or an
// institution included; ch. 5: the name of an institution is often headed
// by a common noun, "the Fenwick Foundation"), and the antecedent search
// ranks the subject of the sentence before over anything further back
// (Lappin & Leass 1994: recency and subject salience; Hobbs 1978 searches
// the previous sentence's subject first). Two readings follow.

// companyName reports whether "it" may refer to an entity the entity
// stage typed a person or left untyped that is named as a company is: two
// to four words, the first no first name of the lists, with no title and
// no gender from a first name, a courtesy title or a pronoun of the
// article, ending in a company's legal form ("Korvex Ltd"), in an
// organisation's head noun (isOrgHead: "Foundation", "Council") or in the
// noun "group" (groupSynset: "Dorrel Group"). News style gives a person's
// full name, first name included, at the first mention, so a name with a
// first name of the lists is left as it was. A plural noun at the end is
// no sign: titles of works end so too ("The Hunger Games").
func companyName(e *ArticleEntity) bool {
	if e.Type != Person && e.Type != Other || len(e.Titles) > 0 || e.Gender() != 0 {
		return false
	}
	ws := strings.Fields(e.Name)
	if len(ws) < 2 || len(ws) > 4 || IsFirstName(ws[0]) || initialsWord(ws[0]) {
		return false
	}
	last := lower(strings.TrimSuffix(ws[len(ws)-1], "."))
	if legalForms[last] || isOrgHead(last) {
		return true
	}
	return lexicon.Default().Under(last, lexicon.Noun, groupSynset, 0)
}

// groupSynset is WordNet 3.0's noun synset "group, grouping" (00031264),
// "any number of entities (members) considered as a unit": the head of
// "<Name> Group". Its hyponyms are left out: "wood" and "young" are
// surnames as well.
var groupSynset = []uint32{31264}

// orgDescriptionSubject returns the entity that a definite description of
// an organisation opening sentence k as its subject refers back to ("The
// carmaker said …", "The company denied …": "the", at most three
// lower-case modifiers, a singular head noun naming an organised group in its most frequent
// sense (orgGroupNoun: "company", "union", not "paper") and a
// finite verb), with ok true when sentence k opens so: the organisation
// it refers back to (descriptionAntecedent) — the definite article marks the
// description as given, anaphoric to an entity of the text (Quirk et al.
// 1985, ch. 5; a definite description's antecedent is mostly an entity
// named shortly before: Vieira & Poesio 2000) — or
// -1 when none is named there (a union, a court the article has not
// named: then "it" is that description's, no named speaker's).
func (a *Analysis) orgDescriptionSubject(k int) (ent int, ok bool) {
	j, h := a.orgDescriptionAt(k)
	if h < 0 {
		return -1, false
	}
	head := lexicon.Default().Base(a.Tokens[k][h].Lower, lexicon.Noun)
	return a.descriptionAntecedent(k, a.Tokens[k][j].Start, head), true
}

// descriptionAntecedent returns the organisation a definite description
// headed by head, at byte offset at of sentence k, refers back to: of the
// names outside quotations in the three sentences before k, and in
// sentence k before the description ("After Velmont Industries lost its
// contract, the company said …"), whose name the head fits
// (descriptionFits), the most salient (mentionSalience, halved for each
// sentence back) of those "it" fits, or else of those named as a company
// may be (describedName); -1 when none is named there.
func (a *Analysis) descriptionAntecedent(k, at int, head string) int {
	lx := lexicon.Default()
	best, bw, named, nw := -1, 0, -1, 0
	for _, m := range a.Mentions {
		if m.Sentence > k || m.Sentence < k-3 || m.Sentence == k && m.Start >= at {
			continue
		}
		e := &a.Entities[m.Entity]
		if a.inQuoted(a.Sentences[m.Sentence].Start+m.Start) || !descriptionFits(lx, head, e.Name) {
			continue
		}
		w := a.mentionSalience(m) >> max(0, k-1-m.Sentence)
		switch {
		case pronounFits("it", e):
			if w >= bw {
				best, bw = m.Entity, w
			}
		case describedName(lx, e):
			if w >= nw {
				named, nw = m.Entity, w
			}
		}
	}
	if best < 0 {
		return named // "Brightmoor Stores will cut … . The chain said …"
	}
	return best
}

// describedName reports whether an entity the entity stage typed a person
// or left untyped is named as a company may be, so that a definite
// description of an organised group may take it up when no organisation
// "it" fits is named as near ("Brightmoor Stores … . The chain said",
// "Quillon Software … . The firm said"): two to four words, the first
// no first name of the lists nor an initial, with no title and no gender
// from a first name, a courtesy title or a pronoun, the last a common
// noun of WordNet with no sense of a person ("Motors", "Stores",
// "Software", not "Cook" or "Baker") and no person WordNet knows by it.
// News style gives a person's full name, first name included, at the
// first mention (companyName), and a person is no organised group: the
// description is the test a bare company name lacks.
func describedName(lx *lexicon.Lexicon, e *ArticleEntity) bool {
	if e.Type != Person && e.Type != Other || len(e.Titles) > 0 || e.Gender() != 0 {
		return false
	}
	ws := strings.Fields(e.Name)
	if len(ws) < 2 || len(ws) > 4 || IsFirstName(ws[0]) || initialsWord(ws[0]) {
		return false
	}
	last := strings.TrimSuffix(ws[len(ws)-1], ".")
	b := lx.Base(lower(last), lexicon.Noun)
	return lx.Has(b, lexicon.Noun) && !lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) && !knownPerson(last)
}

// orgDescriptionAt returns the tokens of sentence k that open and head a
// definite description of an organisation as its subject
// (orgDescriptionSubject: "The company said …", "Later the carmaker
// denied …"), or -1, -1 when the sentence does not open so.
func (a *Analysis) orgDescriptionAt(k int) (open, head int) {
	toks := a.Tokens[k]
	j := a.mainClauseStart(k)
	if j+1 < len(toks) && toks[j].Lower != "the" && toks[j].IsWord() && adverbOnly(toks[j].Lower) {
		j++ // "Later the company said"
	}
	if j >= len(toks) || toks[j].Lower != "the" || a.inQuoted(a.Sentences[k].Start+toks[j].Start) {
		return -1, -1
	}
	lx := lexicon.Default()
	for m := j + 1; m < len(toks) && m <= j+4; m++ {
		t := toks[m]
		if !t.IsWord() || t.IsCapitalized() || lexicon.IsStopword(t.Lower) {
			return -1, -1
		}
		if orgGroupNoun(t.Lower) && lx.Base(t.Lower, lexicon.Noun) == t.Lower && m+1 < len(toks) && (finiteVerbAt(toks, m+1) || irregularPastAt(toks, m+1) || toks[m+1].IsWord() && !toks[m+1].IsCapitalized() && pastTense(lx, toks[m+1].Lower)) {
			return j, m
		}
	}
	return -1, -1
}

// descriptionFits reports whether a definite description headed by the
// noun head may refer back to an organisation named name (Vieira & Poesio
// 2000: a definite description takes up an antecedent of its own head,
// "the Orlan Planning Board … the board", or of a head it is a hypernym
// of; many are new to the text: "the union", "the court" of a story on a
// company are not the company). A name whose last word names a kind of
// organisation (isOrgHead) fits its own head, a head above it in WordNet,
// and otherwise a head of the same side of commerce (commercialOrg): "the
// company" of "Velmont Industries" or "Velmont Bank", "the agency" of
// "… Administration", not "the union" of "Velmont Industries" nor "the
// company" of "the Orlan Trade Board". A name ending in a legal form is a
// company's and fits a commercial head only; a name whose last word names
// no kind ("Dorrel Group", "Velmont") fits any head.
func descriptionFits(lx *lexicon.Lexicon, head, name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	last := lower(strings.TrimSuffix(ws[len(ws)-1], "."))
	if legalForms[last] {
		return commercialOrg(lx, head)
	}
	hb := lx.Base(last, lexicon.Noun)
	if hb == head || !isOrgHead(last) {
		return true
	}
	if s, ok := lx.TopSense(head, lexicon.Noun); ok && lx.Under(hb, lexicon.Noun, []uint32{s.Synset}, 8) {
		return true
	}
	return commercialOrg(lx, head) == lx.Under(hb, lexicon.Noun, commercialAnchors, 8)
}

// commercialOrg reports whether a noun's most frequent sense lies under one
// of commercialAnchors: "company", "firm", "carmaker", not "union",
// "court", "ministry" or "charity".
func commercialOrg(lx *lexicon.Lexicon, w string) bool {
	s, ok := lx.TopSense(w, lexicon.Noun)
	return ok && lx.SynsetUnder(s.Synset, lexicon.Noun, commercialAnchors, 8)
}

// commercialAnchors are WordNet 3.0 noun synsets of commerce: company
// (08058098, "an institution created to conduct business"), enterprise
// (08056231: business, firm, industry, line), depository financial
// institution (08420278: bank) and nondepository financial institution
// (08419984: insurer); not financial institution itself, whose hyponyms
// include foundations and charities.
var commercialAnchors = []uint32{8058098, 8056231, 8420278, 8419984}

// mentionSalience weighs a name mention as an antecedent by its
// grammatical role (Lappin & Leass 1994: subject 80, direct object 50, a
// head noun not inside a prepositional phrase 80, recency 100, halved for
// each sentence back by the caller): the subject of "Velmont Industries
// bought Korvex Ltd" before its object, a name after a preposition
// ("analysts at Brindle Capital Group", "appeal to the Orlan Board") last.
func (a *Analysis) mentionSalience(m NameMention) int {
	w := 100
	s := a.Sentences[m.Sentence].Text
	if m.Start > len(s) || isPrepObject(s, m.Start) {
		return w
	}
	w += 80
	toks := a.Tokens[m.Sentence]
	j := a.mainClauseStart(m.Sentence)
	if j < len(toks) && toks[j].Start == m.Start || j+1 < len(toks) && toks[j].Lower == "the" && toks[j+1].Start == m.Start {
		return w + 80 // "Velmont Industries said", "The Dorrel Group said"
	}
	return w + 50
}

// itDescription returns, for an "it" speaker in sentence si, the nearest
// sentence of the three before si that opens with a definite description
// of an organisation, with the entity it refers to
// (orgDescriptionSubject); -1, -1 when none does.
func (a *Analysis) itDescription(si int) (ent, sent int) {
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		if e, ok := a.orgDescriptionSubject(k); ok {
			return e, k
		}
	}
	return -1, -1
}

// itAfterDescription gives an "it" speaker q the organisation a definite
// description refers to when that description is the subject of a
// sentence after those of the named subject (subj, in sentence subjSent)
// and of the last fitting speaker (out[spk]) resolvePronouns found: the
// description is the nearer subject, and "it" goes on with it
// (itDescription). When the description refers to no named organisation,
// "it" is left without a named speaker.
func (a *Analysis) itAfterDescription(out []Quote, q *Quote, subj, subjSent, spk int) {
	d, ds := a.itDescription(q.Sentence)
	if ds < 0 || subj >= 0 && subjSent > ds || spk >= 0 && out[spk].Sentence > ds {
		return
	}
	if d < 0 {
		q.Entity, q.Speaker = -1, ""
		return
	}
	q.Entity, q.Speaker = d, a.Entities[d].Name
}
