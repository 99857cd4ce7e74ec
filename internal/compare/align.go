package compare

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file is statement alignment: it finds discrepancies in what the
// value facts never read — who did something, with what, of what, where
// (a common-noun place: "at his villa", "at a care home") — by aligning the
// statements two articles make about one happening.
//
// A statement is a happening verb of a sentence with the slots that follow
// it in its clause: its direct object and its prepositional phrases, each
// read as a slot filler ("died | of: cholera | at: his villa"). Two
// statements of different articles are aligned when:
//   - they have the same verb (or a WordNet synonym) and the filler sits in
//     the same slot (the same preposition, "of" and "from" being one slot,
//     "at", "in" and "inside" another); a subject and an object are never
//     the same slot;
//   - both name their subject (a name opening the clause, a family name
//     alone at its head, or "he"/"she" when the article is about one
//     person of that gender) and it can be the same person or
//     organisation;
//   - they tell the same event: a shared person or organisation, or half
//     of their content words shared;
//   - they differ in that one slot only: every other slot both fill agrees.
// Two aligned fillers are a discrepancy when they are of a comparable type
// and cannot both be right:
//   - two names of the same entity type that are not one entity (not a
//     short form or alias of the other, not sharing a name word, never
//     named together by one article of the story);
//   - two common nouns whose first two senses share a close WordNet
//     hypernym (a parent with few children, at most alignHyperDepth steps
//     up: "rifle" and "shotgun" under "firearm"), one of them having few
//     senses (two words of many senses meet somewhere by chance), neither
//     being a synonym of the other nor one a kind of the other ("gun" and
//     "rifle" agree), and no writer of the story using the two for one
//     thing ("jail" in one sentence, "prison" in the next).
// A named place in a place slot is left to places.go (placeDiscrepancies);
// the holder of a role named two ways is read by alignnames.go.
// The articles of one side may be near-copies of the other's: a copy that
// changes a filler is the most telling case (copyNote says so).
// Every rule is general English read from WordNet and the closed classes
// of internal/lexicon; none is drawn from the data it is measured on.

// alignSlot is one filler of one verb's slot in one sentence.
type alignSlot struct {
	doc     int
	sent    string
	verb    string              // base form
	role    string              // slot: preposition class or "obj"
	written string              // as written, with its preposition
	key     string              // story name of a named filler (lower case) or head noun's base form
	head    string              // the head word as written (for its senses)
	phrase  string              // the noun phrase, lower case, without its determiner
	mods    []string            // the words before its head, lower case
	attr    bool                // an attribute slot: key is a noun.attribute word
	ordinal bool                // an ordinal slot: key is the ordinal before the filler's head (alignordinal.go)
	sibs    map[string]string   // an ordinal slot's verb's other slots: role → phrase
	indef   bool                // an ordinal slot whose verb has another slot filled by an indefinite phrase (alignordinal.go)
	named   string              // entity type of a named filler, "" for a common noun
	subject string              // story name of the nearest person or organisation before the verb
	others  map[string][]string // every slot of the verb: role → keys
	actors  map[string]bool
	words   map[string]bool
}

// alignHyperDepth is how many hypernym steps up two common nouns may meet;
// alignHyperWidth is the most children their meeting synset may have (a
// wider one, such as "person" or "artifact", says nothing about the slot).
const (
	alignHyperDepth = 2
	alignHyperWidth = 40
	alignMaxSlots   = 4
	alignMaxSenses  = 3
	alignMaxNP      = 6
)

// alignRoles maps a preposition to its slot; others are no slot.
var alignRoles = map[string]string{
	"of": "of", "from": "of",
	"at": "in", "in": "in", "inside": "in", "into": "in",
	"on": "on", "near": "near", "outside": "outside",
	"for": "for", "with": "with", "by": "by", "to": "to", "against": "against",
}

// placeRoles are the slots that say where.
var placeRoles = map[string]bool{"in": true, "on": true, "near": true, "outside": true}

// alignSlots reads the statements of every article of the thread.
func (c *comparer) alignSlots() []alignSlot {
	docs, merged := c.threadDocs()
	var out []alignSlot
	for di, d := range docs {
		a := d.Analysis
		name := merged[di].name
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) {
				break
			}
			var ms []mention.NameMention
			actors := map[string]bool{}
			for _, m := range a.Mentions {
				if m.Sentence == si {
					ms = append(ms, m)
					if a.Entities[m.Entity].Type != mention.Place {
						actors[name(m)] = true
					}
				}
			}
			s := a.Sentences[si].Text
			av := c.alignVerbsOf(a, si, toks)
			for i := range toks {
				verb, passive := av.verb[i], av.passive[i]
				if verb == "" {
					continue
				}
				slots := c.verbSlots(a, si, toks, i, passive, ms, name)
				if len(slots) == 0 {
					continue
				}
				verb = c.fatalTo(verb, slots)
				words := av.contentWords(c.lx, s)
				subj := c.alignSubject(a, toks, i, ms, name)
				others := map[string][]string{}
				for _, sl := range slots {
					others[sl.role] = append(others[sl.role], sl.key)
				}
				for _, sl := range c.withAttributes(slots) {
					sl.doc, sl.sent, sl.verb, sl.subject, sl.actors, sl.words, sl.others = di, s, verb, subj, actors, words, others
					out = append(out, sl)
				}
			}
		}
	}
	return out
}

// withAttributes adds to a verb's slots the attribute each gives its
// filler — a colour, a shape, a size: a word before the head whose
// WordNet noun senses hold an attribute ("a white van") — as a slot
// of its own, "role:head", so that "a white van" and "a grey van" differ
// in that slot.
func (c *comparer) withAttributes(slots []alignSlot) []alignSlot {
	out := slots
	for _, sl := range slots {
		if sl.named != "" {
			continue
		}
		var attr string
		for _, m := range sl.mods {
			if c.attributeWord(m) {
				if attr != "" {
					attr = ""
					break // two attributes: "a dark blue van" is read as none
				}
				attr = m
			}
		}
		if attr != "" {
			out = append(out, alignSlot{role: sl.role + ":" + sl.key, key: attr, head: attr, phrase: attr, written: sl.written, attr: true})
		}
		if ord, ok := c.slotOrdinal(sl); ok {
			o := alignSlot{role: sl.role + ":" + sl.key + ":ordinal", key: ord, head: sl.key, phrase: ord, written: sl.written, ordinal: true, sibs: map[string]string{}}
			for _, x := range slots {
				if x.role != sl.role {
					o.sibs[x.role] += x.phrase + " "
					o.indef = o.indef || indefiniteFiller(x)
				}
			}
			out = append(out, o)
		}
	}
	return out
}

// attributeWord reports whether a word has a noun sense that is an
// attribute (WordNet noun.attribute: "white", "round").
func (c *comparer) attributeWord(w string) bool {
	for _, x := range c.lx.Senses(w) {
		if x.POS == lexicon.Noun && x.Lex == nounAttribute {
			return true
		}
	}
	return false
}

// nounAttribute is WordNet's lexicographer file noun.attribute.
const nounAttribute = 7

// sentenceOf names a sentence of a thread article: its reading and index.
type sentenceOf struct {
	a  *mention.Analysis
	si int
}

// alignVerbs are a sentence's alignVerb answers, token by token, and its
// content words once asked (contentWords): alignSlots and sentenceRoles
// read every sentence of the thread, each token of it.
type alignVerbs struct {
	verb    []string
	passive []bool
	words   map[string]bool
}

// alignVerbsOf returns the alignVerb answers of sentence si of a (its
// tokens toks), remembered for the comparison.
func (c *comparer) alignVerbsOf(a *mention.Analysis, si int, toks []text.Token) *alignVerbs {
	k := sentenceOf{a, si}
	if av, ok := c.verbsAt[k]; ok {
		return av
	}
	av := &alignVerbs{verb: make([]string, len(toks)), passive: make([]bool, len(toks))}
	for i := range toks {
		av.verb[i], av.passive[i] = c.alignVerb(toks, i)
	}
	if c.verbsAt == nil {
		c.verbsAt = map[sentenceOf]*alignVerbs{}
	}
	c.verbsAt[k] = av
	return av
}

// contentWords returns the content words of the sentence s, read once.
// Callers must not change the map.
func (av *alignVerbs) contentWords(lx *lexicon.Lexicon, s string) map[string]bool {
	if av.words == nil {
		av.words = lx.ContentWords(s)
	}
	return av.words
}

// alignVerb reads token i as an inflected happening verb (a past or
// participle; an -ing form only after a form of "be": "was aiming", not
// "following the attack"; not a reporting or light verb): its base form
// and whether a form of "be" before it makes it passive.
func (c *comparer) alignVerb(toks []text.Token, i int) (string, bool) {
	t := toks[i]
	if !t.IsWord() || t.IsCapitalized() {
		return "", false
	}
	lw := t.Lower
	if strings.HasSuffix(lw, "s") {
		return "", false // a plural noun as often as a verb
	}
	b := t.Base(lexicon.Verb)
	if b == lw || !c.lx.Has(b, lexicon.Verb) {
		return "", false
	}
	if !strings.HasSuffix(lw, "ing") && c.dyingPhrasal(toks, i) {
		return "die", false // one sense with "die": the same verb
	}
	// A verb of dying is no reporting verb (lightVerb) whatever its other
	// senses ("succumbed to", commonest in the sense "give in": diesOf).
	if lightVerb(b) && !c.diesOf(b) || copular[b] /* claim_words.go */ || !c.happening(b) {
		return "", false
	}
	be := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		pw := toks[k].Lower
		if tag, ok := closedTag(pw); ok && (tag == "DT" || tag == "PRP$") {
			return "", false // "the shooting", "his building"
		}
		if beForms[pw] || pw == "being" || pw == "got" {
			be = true
			break
		}
		if !c.adverb(pw) {
			break
		}
	}
	ing := strings.HasSuffix(lw, "ing")
	if ing && !be {
		return "", false
	}
	return b, be && !ing
}

// alignSubject is the story name of the person or organisation that opens
// the verb's clause (the first name after the last clause boundary before
// the verb: a semicolon, a subordinating or relative word, another verb),
// "" when none does.
func (c *comparer) alignSubject(a *mention.Analysis, toks []text.Token, i int, ms []mention.NameMention, name func(mention.NameMention) string) string {
	from := 0
	for k := i - 1; k >= 0; k-- {
		lw := toks[k].Lower
		tag, _ := closedTag(lw)
		if lw == ";" || tag == "WP" || tag == "WDT" || tag == "WRB" || tag == "IN" && !lexicon.NounFollows(lw) || lw == "while" || lw == "after" || lw == "when" {
			from = toks[k].End
			break
		}
		if v, _ := c.alignVerb(toks, k); v != "" {
			from = toks[k].End
			break
		}
	}
	best := -1
	for k, m := range ms {
		if m.Start >= from && m.End <= toks[i].Start && !afterPreposition(toks, m.Start) && (best < 0 || m.Start < ms[best].Start) {
			best = k
		}
	}
	if best >= 0 {
		// The last name of a run of names and words is its head:
		// "Harbour Club captain Ilse Varga".
		for more := true; more; {
			more = false
			for k, m := range ms {
				if m.Start > ms[best].End && m.End <= toks[i].Start && plainWordsBetween(toks, ms[best].End, m.Start) {
					best, more = k, true
					break
				}
			}
		}
		return name(ms[best])
	}
	// A family name alone at the head of a sentence is often left unread
	// ("Brook died…": "brook" is a word too): it is the entity of the
	// article whose name ends with it.
	for k := i - 1; k >= 0 && toks[k].Start >= from; k-- {
		if k > 0 && toks[k-1].Start >= from {
			continue
		}
		w := toks[k].Text
		if lw := strings.ToLower(w); lw == "he" || lw == "she" {
			return protagonist(a, lw, name)
		}
		if !toks[k].IsCapitalized() || afterPreposition(toks, toks[k].Start) {
			break
		}
		for e, x := range a.Entities {
			if strings.HasSuffix(x.Name, " "+w) {
				return name(mention.NameMention{Entity: e, Name: x.Name})
			}
		}
	}
	return ""
}

// protagonist is the story name of the person "he" or "she" opening a
// clause stands for when the article is about one person of that gender:
// the person of that gender it mentions most, strictly more often than
// any other ("" when there is none).
func protagonist(a *mention.Analysis, pronoun string, name func(mention.NameMention) string) string {
	want := byte('m')
	if pronoun == "she" {
		want = 'f'
	}
	best, second := -1, 0
	for e := range a.Entities {
		x := &a.Entities[e]
		if x.Type != mention.Person || x.Gender() != want {
			continue
		}
		switch {
		case best < 0 || x.Mentions > a.Entities[best].Mentions:
			if best >= 0 {
				second = a.Entities[best].Mentions
			}
			best = e
		case x.Mentions > second:
			second = x.Mentions
		}
	}
	if best < 0 || a.Entities[best].Mentions <= second {
		return ""
	}
	return name(mention.NameMention{Entity: best, Name: a.Entities[best].Name})
}

// adverb reports whether a lower-case word is only an adverb ("later",
// "reportedly"), not a closed-class word ("by"), a noun or a verb too.
func (c *comparer) adverb(w string) bool {
	if _, ok := closedTag(w); ok {
		return false
	}
	return c.lx.Has(w, lexicon.Adv) && !c.lx.Has(w, lexicon.Noun) && !c.lx.Has(w, lexicon.Verb)
}

// verbSlots reads the slots after the verb at token i, up to the end of
// its clause.
func (c *comparer) verbSlots(a *mention.Analysis, si int, toks []text.Token, i int, passive bool, ms []mention.NameMention, name func(mention.NameMention) string) []alignSlot {
	var out []alignSlot
	s := a.Sentences[si].Text
	k := i + 1
	for len(out) < alignMaxSlots && k < len(toks) {
		lw := toks[k].Lower
		if c.skippable(a, si, toks[k], lw) {
			k++
			continue
		}
		role, start := "", k
		if lw == "to" && k+1 < len(toks) && c.infinitive(toks[k+1]) {
			break // "returned to work": a second verb, not a slot
		}
		if r, ok := alignRoles[lw]; ok {
			role, start = r, k+1
		} else if k == i+1 && c.dyingPhrasal(toks, i) {
			k++ // the particle of "passed away"
			continue
		} else if k == i+1 && !passive {
			role = "obj"
		} else if tag, ok := closedTag(lw); ok && tag == "RP" {
			k++ // a particle: "set off", "shot down"
			continue
		} else {
			break
		}
		np, end, ok := c.readNP(a, si, toks, start, ms, name)
		if end <= start {
			break
		}
		if ok {
			np.role = role
			np.written = s[toks[k].Start:toks[end-1].End]
			out = append(out, np)
		}
		k = end
	}
	return out
}

// plainWordsBetween reports whether only open-class words stand between
// bytes from and to (no punctuation, no closed-class word).
func plainWordsBetween(toks []text.Token, from, to int) bool {
	for _, t := range toks {
		if t.Start >= from && t.End <= to {
			if _, ok := closedTag(t.Lower); ok || !t.IsWord() {
				return false
			}
		}
	}
	return true
}

// afterPreposition reports whether the word before byte at (a determiner
// skipped) is a preposition: a name there is no subject ("at the Bureau").
func afterPreposition(toks []text.Token, at int) bool {
	k := -1
	for i, t := range toks {
		if t.End <= at {
			k = i
		}
	}
	for ; k >= 0; k-- {
		tag, _ := closedTag(toks[k].Lower)
		if tag == "DT" {
			continue
		}
		return tag == "IN" || tag == "TO"
	}
	return false
}

// infinitive reports whether a token after "to" is a bare verb.
func (c *comparer) infinitive(t text.Token) bool {
	lw := t.Lower
	if _, ok := closedTag(lw); ok || !t.IsWord() || t.IsCapitalized() {
		return false
	}
	return c.lx.Has(lw, lexicon.Verb) && c.lx.Base(lw, lexicon.Verb) == lw
}

// skippable reports whether a token inside a clause says nothing of its
// slots: an adverb, or a word of a time expression ("Thursday",
// "yesterday", "at 4:10 p.m." is read as a time and left out).
func (c *comparer) skippable(a *mention.Analysis, si int, t text.Token, lw string) bool {
	for _, x := range a.Times[si] {
		if t.Start >= x.Start && t.End <= x.End {
			return true
		}
	}
	if !t.IsWord() {
		return false
	}
	return c.adverb(lw) || c.lx.HasLex(lw, lexicon.Noun, lexicon.NounTime) && !c.lx.Has(lw, lexicon.Verb) && len(c.lx.Senses(lw)) <= 3
}

// readNP reads the noun phrase from token k: its filler (ok false when it
// is no comparable filler: a number, a time, a pronoun) and the token
// after it (k when there is no noun phrase). The phrase is a determiner,
// then words up to its last noun: a word that is no noun after a noun
// ends it ("protesters furious at…" is "protesters").
func (c *comparer) readNP(a *mention.Analysis, si int, toks []text.Token, k int, ms []mention.NameMention, name func(mention.NameMention) string) (alignSlot, int, bool) {
	j, body := k, k
	value := false
	last := -1 // the phrase's last noun (or name word)
	for j < len(toks) && j-k < alignMaxNP {
		t := toks[j]
		lw := t.Lower
		// "the Wilsons’ car": a plural's possessive is an apostrophe alone,
		// written against its word.
		poss := t.Text == "'s" || t.Text == "’s" || (t.Text == "'" || t.Text == "’") && j > k && toks[j-1].End == t.Start &&
			strings.HasSuffix(toks[j-1].Lower, "s")
		if !t.IsWord() && !t.IsNumber() && !poss {
			break
		}
		if tag, ok := closedTag(lw); ok {
			if j > k || !(tag == "DT" || tag == "PRP$") {
				break
			}
			j++
			body = j
			continue
		}
		for _, x := range a.Times[si] {
			if t.Start >= x.Start && t.End <= x.End {
				value = true
			}
		}
		noun := t.IsCapitalized() || t.IsNumber() || poss || c.lx.Has(c.lx.Base(lw, lexicon.Noun), lexicon.Noun)
		if noun && last >= 0 && !t.IsCapitalized() && c.lx.Has(lw, lexicon.Adv) {
			noun = false // "the harvest midway through…"
		}
		if !noun && last >= 0 && !value {
			break
		}
		if t.IsNumber() {
			value = true
		}
		if noun {
			last = j
		}
		j++
	}
	if last < 0 {
		return alignSlot{}, max(j, k+1), false
	}
	if value {
		return alignSlot{}, j, false // "at 4:10 p.m.": a value, read by the value facts
	}
	j = last + 1
	phrase := strings.ToLower(joinTokens(toks[body:j]))
	// A name that ends the phrase is its filler, whole; a name before a
	// common noun only qualifies it ("the Kraft plant").
	for _, m := range ms {
		if m.Start < toks[j-1].End && m.End >= toks[j-1].End && m.End > toks[k].Start {
			for j < len(toks) && toks[j].Start < m.End {
				j++
			}
			return alignSlot{key: strings.ToLower(name(m)), head: m.Name, phrase: phrase, named: a.Entities[m.Entity].Type}, j, !value
		}
	}
	hw := toks[j-1].Lower
	if value || toks[j-1].IsCapitalized() || generalNoun(hw) || c.quantityOrTime(c.lx.Base(hw, lexicon.Noun)) {
		return alignSlot{}, j, false
	}
	if _, ok := closedTag(hw); ok {
		return alignSlot{}, j, false
	}
	// A bare adjective is no thing ("became active").
	if body == k && j-body == 1 && c.lx.Has(hw, lexicon.Adj) {
		return alignSlot{}, j, false
	}
	b := c.lx.Base(hw, lexicon.Noun)
	// A compound WordNet knows is the head ("heart failure").
	headFrom := j - 1
	if j-body >= 2 {
		two := toks[j-2].Lower + " " + b
		if c.lx.Has(two, lexicon.Noun) {
			b, headFrom = two, j-2
		}
	}
	var mods []string
	for _, t := range toks[body:headFrom] {
		mods = append(mods, t.Lower)
	}
	return alignSlot{key: b, head: b, phrase: phrase, mods: mods}, j, true
}

// joinTokens writes tokens with single spaces, a possessive kept on its word.
func joinTokens(ts []text.Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.Text != "'s" && t.Text != "’s" {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// quantityOrTime reports whether a noun's commonest sense is a number or
// a time ("four", "dozen", "afternoon"): values the value facts compare.
func (c *comparer) quantityOrTime(w string) bool {
	x, ok := c.lx.TopSense(w, lexicon.Noun)
	return ok && (x.Lex == lexicon.NounTime || x.Lex == nounQuantity)
}

// alignedPair reports whether two slots of different articles are aligned
// statements' same slot.
func (c *comparer) alignedPair(f, g *alignSlot) bool {
	// The same verb: a WordNet synonym is too loose ("found" a device,
	// "received" a call).
	if f.doc == g.doc || f.role != g.role || f.verb != g.verb {
		return false
	}
	if f.subject != "" && g.subject != "" && !samePerson(f.subject, g.subject) {
		return false
	}
	// Who did what: two statements are one only when both name their
	// doer (or, passive, what underwent it) and it is the same.
	if f.subject == "" || g.subject == "" {
		return false
	}
	if sharedNames(f.actors, g.actors) == 0 && lexicon.Overlap(f.words, g.words) < 0.5 && !c.causeSlot(f) {
		return false
	}
	// At most one other slot both fill may differ: more, and they are two
	// statements.
	differ := 0
	for r, ks := range f.others {
		if r == f.role {
			continue
		}
		if ks2, ok := g.others[r]; ok && !c.anyAgree(ks, ks2) {
			differ++
		}
	}
	// An ordinal tells which of a series one thing of the statement is:
	// every other slot both fill must agree ("found the caretaker on the
	// second floor" / "found the watchman on the third floor" tell two
	// people's places; alignordinal.go).
	return differ <= 1 && (!f.ordinal || differ == 0)
}

// anyAgree reports whether some key of a agrees with some key of b.
func (c *comparer) anyAgree(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if c.fillersAgree(x, y) {
				return true
			}
		}
	}
	return false
}

// fillersAgree reports whether two fillers' keys can name the same thing:
// equal, one inside the other, synonyms, one a kind of the other, or two
// forms of one name.
func (c *comparer) fillersAgree(a, b string) bool {
	if a == b || strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	if shareNameWord(a, b) || shortFor(a, b) {
		return true
	}
	if c.lx.Synonyms(a, b, lexicon.Noun) {
		return true
	}
	return c.kindOf(a, b) || c.kindOf(b, a)
}

// slotsAgree reports whether two fillers can name the same thing: their
// keys agree, or one's head is a word of the other's phrase ("library"
// and "the library building").
func (c *comparer) slotsAgree(f, g *alignSlot) bool {
	if c.fillersAgree(f.key, g.key) {
		return true
	}
	return hasWord(f.phrase, g.key) || hasWord(g.phrase, f.key)
}

// hasWord reports whether phrase holds w as whole words.
func hasWord(phrase, w string) bool {
	return w != "" && strings.Contains(" "+phrase+" ", " "+w+" ")
}

// kindOf reports whether some sense of noun a lies under a sense of noun b.
func (c *comparer) kindOf(a, b string) bool {
	anchors := c.lx.SynsetIDs(b, lexicon.Noun)
	return len(anchors) > 0 && c.lx.Under(a, lexicon.Noun, anchors, 8)
}

// conflicting reports whether two aligned fillers are of a comparable type
// and cannot both be right.
func (c *comparer) conflicting(f, g *alignSlot, u *nounUse) bool {
	if c.slotsAgree(f, g) {
		return false
	}
	if f.named != "" || g.named != "" {
		return f.named == g.named && !samePerson(f.key, g.key)
	}
	if f.attr && g.attr {
		return c.closeAttributes(f.key, g.key)
	}
	if f.ordinal || g.ordinal {
		return f.ordinal && g.ordinal && c.ordinalsConflict(f, g)
	}
	return (c.closeNouns(f.key, g.key) || c.twoCauses(f, g)) && !u.interchangeable(f.key, g.key)
}

// twoCauses reports whether two fillers name two causes of one death: the
// "of"/"from" slot of "die" or a WordNet synonym ("died of cholera"; the
// "to" of "succumbed to cholera", read as one by fatalTo) filled by two
// nouns whose commonest senses are states (WordNet noun.state: illnesses,
// injuries, conditions), neither a kind of the other (fillersAgree). WordNet files illnesses
// under taxonomies of different depths ("heart failure" and a dementia meet
// only at "condition"), so closeNouns cannot tell them; the slot does.
func (c *comparer) twoCauses(f, g *alignSlot) bool {
	return c.causeSlot(f) && c.causeSlot(g) && c.stateNoun(f.key) && c.stateNoun(g.key)
}

// fatalTo reads a verb that dies of what its "to" names ("succumbed to
// cholera": a verb one of whose two commonest WordNet senses lies
// directly under the commonest sense of "die", be fatally overwhelmed) as
// "die", its "to" slot as the "of" slot of the cause: "succumbed to
// complications from kidney failure" is "died of complications from
// kidney failure", whose "from" slot is a cause as well. Other verbs are
// left as they are.
func (c *comparer) fatalTo(verb string, slots []alignSlot) string {
	if verb == "die" || !c.diesOf(verb) {
		return verb
	}
	to := false
	for k := range slots {
		if slots[k].role == "to" {
			slots[k].role, to = "of", true
		}
	}
	if !to {
		return verb
	}
	return "die"
}

// diesOf reports whether one of a verb's two commonest senses lies
// directly under the commonest sense of "die" ("succumb", "starve").
func (c *comparer) diesOf(verb string) bool {
	die, ok := c.lx.TopSense("die", lexicon.Verb)
	if !ok {
		return false
	}
	for _, x := range c.lx.Senses(verb) {
		if x.POS == lexicon.Verb && x.Rank <= 1 && slices.Contains(x.Hypernyms, die.Synset) {
			return true
		}
	}
	return false
}

// dyingPhrasal reports whether the verb at toks[i] and the word after it
// make a phrasal verb ("pass_away") whose commonest WordNet sense is the
// commonest sense of "die": "passed away from X" tells the cause of a
// death as "died from X" does, and "passed" alone (whose dying sense is
// rare) does not.
func (c *comparer) dyingPhrasal(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].IsWord() || toks[i+1].IsCapitalized() {
		return false
	}
	b := toks[i].Base(lexicon.Verb)
	if b == "" {
		return false
	}
	top, ok := c.lx.TopSense(b+"_"+toks[i+1].Lower, lexicon.Verb)
	die, dok := c.lx.TopSense("die", lexicon.Verb)
	return ok && dok && top.Synset == die.Synset
}

// causeSlot reports whether a slot is the cause of a death: "of" (or
// "from") after "die" or a verb that means it (dyingVerb). A person dies
// once: the same named subject is the same event, with no other shared
// name or wording.
func (c *comparer) causeSlot(f *alignSlot) bool {
	return f.role == "of" && f.named == "" && c.dyingVerb(f.verb)
}

// dyingVerb reports whether a verb is "die" or shares with it a sense
// frequent in both (rank < frequentRank, as closeVerbs asks): "perish",
// "pass away", "expire"; not "go", "pass", "fail" or "break", whose dying
// senses are rare ("went from poverty to fame" tells no cause of a death).
func (c *comparer) dyingVerb(v string) bool {
	if v == "die" {
		return true
	}
	die := c.lx.Senses("die")
	for _, x := range c.lx.Senses(v) {
		if x.POS != lexicon.Verb || x.Rank >= frequentRank {
			continue
		}
		for _, y := range die {
			if y.POS == lexicon.Verb && y.Rank < frequentRank && x.Synset == y.Synset {
				return true
			}
		}
	}
	return false
}

// stateNoun reports whether a noun's commonest sense (WordNet's first,
// in any case: "Alzheimer's disease") is a state.
func (c *comparer) stateNoun(w string) bool {
	for _, x := range c.lx.SensesFold(w) {
		if x.POS == lexicon.Noun && x.Rank == 0 {
			return x.Lex == lexicon.NounState
		}
	}
	return false
}

// nounUse tells how the story's articles use two nouns: a writer who uses
// both for one thing ("jail" in one sentence, "prison" in another, never
// both in one) holds them interchangeable; one who puts both in one
// sentence ("a clinic near her farm") holds them two things.
type nounUse struct {
	c     *comparer
	sents [][]map[string]bool // per article, the base forms of each sentence's words (read on first use)
}

func (u *nounUse) read() {
	if u.sents != nil {
		return
	}
	c := u.c
	docs, _ := c.threadDocs()
	u.sents = [][]map[string]bool{}
	for _, d := range docs {
		var ws []map[string]bool
		if d.Article.Title != nil {
			ws = append(ws, c.lx.ContentWords(*d.Article.Title))
		}
		for _, s := range d.Analysis.Sentences {
			ws = append(ws, c.lx.ContentWords(s.Text))
		}
		u.sents = append(u.sents, ws)
	}
}

// writesBoth reports whether some article writes nouns a and b, in one
// sentence or in two: its writer holds them two things.
func (u *nounUse) writesBoth(a, b string) bool {
	u.read()
	for _, doc := range u.sents {
		sa, sb := false, false
		for _, ws := range doc {
			sa, sb = sa || ws[a], sb || ws[b]
		}
		if sa && sb {
			return true
		}
	}
	return false
}

// interchangeable reports whether some article uses nouns a and b apart
// and none uses them in one sentence.
func (u *nounUse) interchangeable(a, b string) bool {
	u.read()
	apart := false
	for _, doc := range u.sents {
		sa, sb := false, false
		for _, ws := range doc {
			if ws[a] && ws[b] {
				return false
			}
			sa, sb = sa || ws[a], sb || ws[b]
		}
		apart = apart || sa && sb
	}
	return apart
}

// closeNouns reports whether two nouns' frequent senses (WordNet's first
// three) share a narrow hypernym a few steps up, in one lexicographer file.
func (c *comparer) closeNouns(a, b string) bool {
	up := func(s lexicon.Sense) map[uint32]int {
		m := map[uint32]int{s.Synset: 0}
		front := []uint32{s.Synset}
		for d := 1; d <= alignHyperDepth; d++ {
			var next []uint32
			for _, x := range front {
				for _, h := range c.lx.Hypernyms(lexicon.Noun, x) {
					if _, ok := m[h]; !ok {
						m[h] = d
						next = append(next, h)
					}
				}
			}
			front = next
		}
		return m
	}
	// Two words of many senses meet somewhere by chance ("book" and
	// "series"): one of them must be nearly unambiguous.
	if c.nounSenses(a) > alignMaxSenses && c.nounSenses(b) > alignMaxSenses {
		return false
	}
	for _, x := range c.lx.Senses(a) {
		if x.POS != lexicon.Noun || x.Rank > 1 {
			continue
		}
		ux := up(x)
		for _, y := range c.lx.Senses(b) {
			if y.POS != lexicon.Noun || y.Rank > 1 || y.Lex != x.Lex {
				continue
			}
			for h := range up(y) {
				if _, ok := ux[h]; ok && c.lx.HyponymCount(lexicon.Noun, h) <= alignHyperWidth {
					return true
				}
			}
		}
	}
	return false
}

// placeFiller reports whether a filler names a place: a named place, or a
// noun whose commonest sense is a location or a made thing (a building).
func (c *comparer) placeFiller(f alignSlot) bool {
	if f.named != "" {
		return f.named == mention.Place
	}
	for _, x := range c.lx.Senses(f.key) {
		if x.POS == lexicon.Noun && x.Rank <= 1 && (x.Lex == lexicon.NounLocation || x.Lex == lexicon.NounArtifact) {
			return true
		}
	}
	return false
}

// closeAttributes reports whether two attribute words' noun.attribute
// senses share a parent with few children ("white" and "grey" under
// "achromatic color").
func (c *comparer) closeAttributes(a, b string) bool {
	for _, x := range c.lx.Senses(a) {
		if x.POS != lexicon.Noun || x.Lex != nounAttribute {
			continue
		}
		for _, y := range c.lx.Senses(b) {
			if y.POS != lexicon.Noun || y.Lex != nounAttribute {
				continue
			}
			for _, h := range x.Hypernyms {
				for _, k := range y.Hypernyms {
					if h == k && c.lx.HyponymCount(lexicon.Noun, h) <= alignHyperWidth {
						return true
					}
				}
			}
		}
	}
	return false
}

// nounSenses is how many noun senses WordNet gives a word.
func (c *comparer) nounSenses(w string) int {
	n := 0
	for _, x := range c.lx.Senses(w) {
		if x.POS == lexicon.Noun {
			n++
		}
	}
	return n
}

// alignDiscrepancies reports the slots that aligned statements fill
// differently.
func (c *comparer) alignDiscrepancies() []corroborate.Discrepancy {
	out := c.roleNameDiscrepancies()                   // alignnames.go
	out = append(out, c.conditionDiscrepancies()...)   // aligncondition.go
	out = append(out, c.roleDiscrepancies()...)        // alignroles.go
	out = append(out, c.partnerNameDiscrepancies()...) // alignpartners.go
	out = append(out, c.mannerDiscrepancies()...)      // deathmanner.go
	slots := c.alignSlots()
	use := &nounUse{c: c}
	parent := newSets(len(slots))
	find := parent.find
	conflict := map[[2]int]bool{}
	for i := range slots {
		for j := i + 1; j < len(slots); j++ {
			f, g := &slots[i], &slots[j]
			if f.named == mention.Place && placeRoles[f.role] || g.named == mention.Place && placeRoles[g.role] {
				continue // places.go compares named places
			}
			if !c.alignedPair(f, g) {
				continue
			}
			if c.slotsAgree(f, g) {
				parent[find(i)] = find(j)
			} else if c.conflicting(f, g, use) {
				parent[find(i)] = find(j)
				conflict[[2]int{i, j}] = true
			}
		}
	}
	roots, groups := components(len(slots), find)
	return append(out, groupDiscrepancies(c, roots, groups, func(g []int) (corroborate.Discrepancy, bool) {
		return c.alignDiscrepancy(slots, g, conflict, use)
	})...)
}

// alignDiscrepancy turns one aligned slot's fillers into a discrepancy:
// one side per filler, an article that fills it two ways left out, and
// only when every two sides conflict.
func (c *comparer) alignDiscrepancy(slots []alignSlot, g []int, conflict map[[2]int]bool, use *nounUse) (corroborate.Discrepancy, bool) {
	hit := false
	for _, i := range g {
		for _, j := range g {
			if conflict[[2]int{i, j}] {
				hit = true
			}
		}
	}
	if !hit {
		return corroborate.Discrepancy{}, false
	}
	sides, order, ok := contestedSides(g, func(i int) (int, string) { return slots[i].doc, slots[i].key }, func(x, y string, sides map[string][]int) bool {
		return !c.conflicting(&slots[sides[x][0]], &slots[sides[y][0]], use)
	})
	if !ok {
		return corroborate.Discrepancy{}, false
	}
	f0 := slots[g[0]]
	kind := "other"
	if placeRoles[f0.role] && c.placeFiller(f0) {
		kind = "place"
	}
	prep := f0.role
	if prep == "obj" {
		prep = "what"
	}
	d := corroborate.Discrepancy{About: kind + " — “" + f0.verb + "” (" + prep + ")", Kind: kind}
	c.fillSides(&d, g, order, sides, func(i int) sideMember {
		f := &slots[i]
		return sideMember{f.doc, f.written, f.sent, f.actors}
	})
	return d, true
}

// closedTag is the Penn Treebank tag of a closed-class word (the closed
// classes of internal/lexicon; words it marks as open-class are not).
func closedTag(w string) (string, bool) {
	tag, ok := lexicon.ClosedClass(w)
	if !ok || strings.HasPrefix(tag, "-") {
		return "", false
	}
	return tag, true
}
