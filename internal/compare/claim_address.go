package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// A key claim is addressed by more sentences than the clause reader reads
// as propositions of the same shape: "engineers are treating the
// blackout as likely sabotage" addresses "the outage was sabotage" though its
// grammar differs. A sentence addresses a claim when it names the claim's
// subject (the same entity, or a noun close in WordNet: fire/blaze) and its
// predicate (the complement's head, a WordNet synonym or a word of the
// same stem of five letters or more: arson/arsonist; or, without a
// complement, the same verb) after a verb within one clause; its holder is the speaker
// of the quote or reported speech around it, else the outlet; its position
// is read from the words between and before them.

// claimKey is what identifies a key claim in a sentence.
type claimKey struct {
	entity string // the subject as a story entity, or ""
	noun   string // the subject's head noun, or ""
	comp   string // the complement's head (base form), or ""
	verb   string // the main verb when there is no complement
	// tail is the complement's own complement as written ("a lightning
	// strike" in "the result of a lightning strike"; nounComplement), or "".
	tail string
	// particle: comp is a phrasal verb's particle and tail the phrase
	// after its preposition ("the pact" in "backed away from the pact";
	// particleObject).
	particle bool
	// passive: the claim's verb is passive ("the man was shot"); a sentence
	// addresses it only with the verb passive too (see passiveForm).
	passive bool
	// mods are the base forms of the adjectives before a classification's
	// head ("ideal" in "is the ideal host"; see classModifiers): what
	// the classification says of its subject beyond the head noun.
	mods []string
}

// keyOf is the key of a claim from its proposition. A claim whose verb
// has content ("connected to", "directs") is addressed only where that verb
// (or a WordNet synonym) links its words; a copula's claim ("is a threat",
// "treated as sabotage": a classification) by any finite verb.
func keyOf(p proposition) claimKey {
	k := claimKey{comp: strings.ToLower(p.comp)}
	if p.subjNoun != "" {
		k.noun = p.subjNoun
	} else {
		k.entity = p.subject
	}
	if k.comp == "" || !copular[p.verb] && !p.passive {
		k.verb = p.verb // "have" too: possession is said by "have" alone
	}
	if p.passive {
		k.verb = p.verb // "was set by": the event, whatever precedes it
		k.passive = true
	}
	k.tail = nounComplementText(lexicon.Default(), p.compText, k.comp)
	if o := particleObject(p); o != "" {
		k.tail, k.particle = o, true
	}
	if k.verb == "" {
		k.mods = classModifiers(lexicon.Default(), p.compText, k.comp)
	}
	return k
}

// maxAddressGap is how many tokens may stand between a claim's subject and
// its predicate in a sentence that addresses it: about one clause.
const maxAddressGap = 10

// addressed is a sentence that addresses a key claim.
type addressed struct {
	doc, sentence int
	holder        string
	position      string
	own           bool
}

// addresses finds the sentences of the story's articles that address the
// claim of key k, with their holders and positions.
func (c *comparer) addresses(k claimKey) []addressed {
	var out []addressed
	for di, d := range c.in.Docs {
		a := d.Analysis
		own := c.ownVoiceHolderOf(c.in.Docs, di)
		for si, s := range a.Sentences {
			toks := a.Tokens[si]
			subj, pred := c.claimWordsAt(di, si, toks, k)
			causeFirst := false
			if pred < 0 {
				// "sabotage is to blame for the outage": the cause named first.
				// Its words stand the other way round; read them in order.
				if j, s := c.causeFirstAt(di, si, toks, k); j >= 0 {
					subj, pred, causeFirst = j, s, true
				}
			}
			causeUnknown := false
			if pred < 0 {
				// "they have no clue what caused the leak": its cause, and so
				// what it was, is in doubt.
				if j, s := c.causeUnknownAt(di, si, toks, k); j >= 0 {
					subj, pred, causeUnknown = j, s, true
				}
			}
			if pred < 0 {
				continue
			}
			if clauseBetween(toks, subj, pred) || restrictiveRelative(toks, subj, pred) {
				continue
			}
			if c.ownActBetween(toks, subj, pred) {
				continue // "denied owning the barn": the clause reader's, held by who denies it
			}
			pos, ok := c.addressPosition(toks, subj, pred)
			if !ok {
				continue
			}
			if causeUnknown {
				pos = "doubts"
			}
			holder := c.holderAt(di, s.Start+toks[pred].Start, own)
			p := proposition{negated: pos == "denies", hedged: pos == "doubts"}
			if holder == own {
				// "engineers suspect sabotage": the subject of a verb of
				// communication or cognition between the claim's words holds
				// it; "officials believe the outage …", "she wrote to the
				// mayor that the outage …": so does the subject of the verb that
				// introduces the clause.
				if h := c.thinkerBefore(di, si, toks, subj); causeFirst && h != "" {
					holder = h // "engineers believe sabotage caused the outage"
				} else if h := c.thinkerBetween(di, si, toks, subj, pred); h != "" {
					holder = h
				} else if h := c.finalReporter(di, si, toks, pred); h != "" {
					holder = h
				} else if h := c.quotedReporter(di, si, toks, pred); h != "" {
					holder = h
				} else if h, verb := c.introducedBy(di, si, toks, subj); h != "" {
					if p, ok = c.verbPolarity(c.lx.Base(verb, lexicon.Verb), p); !ok {
						continue
					}
					holder = h
				} else if c.reportedBefore(toks, pred) {
					continue // someone's words the quote reader did not credit
				}
			}
			if cond := thirdPersonCondition(toks, pred); pos == "doubts" && cond >= 0 && (holder == "" || holder != own && c.directAt(di, s.Start+toks[cond].Start)) {
				// "X said: she regrets it if …": her condition, not X's —
				// held by the person "she" names when the story tells who.
				r := c.conditionHolder(di, si, toks, cond)
				if r == "" {
					continue
				}
				if !sameHolder(r, holder) {
					holder = r
				}
			}
			if holder == "" || holder == own && insideQuote(toks, subj) {
				continue // a quotation the outlet prints is no position of its own
			}
			if k.entity != "" && c.namesItself(di, s.Start+toks[pred].Start, proposition{holder: holder, subject: k.entity}) {
				continue // "Okafor scored 20 points, Okafor said": the speaker was misread
			}
			if p, ok = c.cuePolarity(di, s.Start+toks[subj].Start, p); !ok {
				continue
			}
			if r := c.roleName(holder); r != "" && holder != own {
				holder = r // "the fire chief said …": the story's fire chief
			}
			out = append(out, addressed{doc: di, sentence: si, holder: holder, position: p.position(), own: holder == own})
		}
	}
	return out
}

// claimWordsAt finds the claim's words in sentence si: the first token
// stating its predicate and the nearest token before it (at most
// maxAddressGap tokens) naming its subject, or -1, -1. The subject comes
// first, as in a declarative clause.
func (c *comparer) claimWordsAt(di, si int, toks []text.Token, k claimKey) (int, int) {
	subj := c.subjectTokens(di, si, toks, k)
	if len(subj) == 0 {
		return -1, -1
	}
	for j, nw := range c.nounWords(di, si) {
		if !c.predicateWord(nw.lower, k) || k.verb == "" && c.lx.Has(c.lx.Base(nw.lower, lexicon.Verb), lexicon.Verb) && verbUse(toks, j) {
			continue
		}
		if c.otherComplement(toks, j, k) {
			continue // "the result of sabotage" addresses no "result of a lightning strike"
		}
		if c.attributiveUse(toks, j, k) {
			continue // "has a special bond" says nothing "special" of its subject
		}
		if !c.carriesModifier(toks, j, k) {
			continue // "will make an appearance as host" says nothing "ideal"
		}
		best := -1
		for _, s := range subj {
			if s < j && j-s-relativeSpan(toks, s, j) <= maxAddressGap && c.clauseLinks(toks, s, j, k) {
				best = s
			}
		}
		if best >= 0 {
			return best, j
		}
	}
	return -1, -1
}

// otherComplement reports whether the predicate word at token j lacks the
// complement the claim's head has ("of", "between", "among" after it), or
// has one that shares no word with the claim's (see sameNounComplement).
func (c *comparer) otherComplement(toks []text.Token, j int, k claimKey) bool {
	if k.particle {
		return c.otherParticlePhrase(toks, j, k)
	}
	if k.tail == "" {
		return false
	}
	if j+1 >= len(toks) {
		return true
	}
	switch toks[j+1].Lower {
	case "of", "between", "among":
	default:
		return true // the head alone: "a good coach" says nothing of whose team
	}
	var f []string
	for m := j + 2; m < len(toks) && m < j+8 && !isPunct(toks[m].Text); m++ {
		f = append(f, toks[m].Text)
	}
	return !c.complementsMeet(c.lx.ContentWords(k.tail), c.lx.ContentWords(strings.Join(f, " ")))
}

// otherParticlePhrase reports whether the particle at token j of a
// phrasal-prepositional verb ("backed away from …") has a phrase after its
// preposition that shares no word with the claim's: "backed away from his
// plan for a bypass" addresses no "backed away from the sale". As in
// sameNounComplement, a phrase left out by either (the claim's or the
// sentence's) is the same claim.
func (c *comparer) otherParticlePhrase(toks []text.Token, j int, k claimKey) bool {
	if k.tail == "" || j+2 >= len(toks) || !prepositionWords[toks[j+1].Lower] {
		return false
	}
	var f []string
	for m := j + 2; m < len(toks) && m < j+8 && !isPunct(toks[m].Text); m++ {
		f = append(f, toks[m].Text)
	}
	return !c.particleObjectsMeet(k.tail, strings.Join(f, " "))
}

// genitive reports whether token j is a word in the genitive: "'s"
// written on it or standing after it ("Okafor's", "Okafor ’s").
func genitive(toks []text.Token, j int) bool {
	w := toks[j].Text
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || j+1 < len(toks) && (toks[j+1].Text == "'s" || toks[j+1].Text == "’s")
}

// verbUse reports whether token j, a word that can be a verb, stands as
// one: right after a modal, an infinitive "to" or a form of "do" ("will
// host the gala", "did not host"). A copula's claim classifies its
// subject by a noun or an adjective ("is the ideal host"); the verb of the
// same spelling says something else ("will host": a plan, not a
// judgement).
func verbUse(toks []text.Token, j int) bool {
	k := j - 1
	for k > 0 && negators[toks[k].Lower] {
		k-- // "will not host"
	}
	if k < 0 || j == 0 {
		return false
	}
	w := toks[k].Lower
	if st := negContraction(w); st != "" {
		w = st
	}
	return modals[w] || w == "to" || w == "do" || w == "does" || w == "did"
}

// maxCauseGap is how many tokens may stand between a cause and the noun of
// causation after it ("sabotage is to blame for", "sabotage was the likely cause
// of"), and between that noun and the effect's head ("of last week's
// outage").
const maxCauseGap = 5

// causeFirstAt finds a claim stated with its complement as the cause of
// its subject, the cause first (Quirk et al. 1985 §16.50, a causative
// predication): "a report names sabotage as the cause of the outage",
// "sabotage is to blame for the outage", "sabotage caused the outage"
// state that the outage was sabotage. It returns the complement's token
// and the subject's, or -1, -1. Only a claim that classifies its subject
// by a noun (a copula's claim, no verb of its own) is stated so.
func (c *comparer) causeFirstAt(di, si int, toks []text.Token, k claimKey) (int, int) {
	subj := c.classifiedSubject(di, si, toks, k)
	if len(subj) == 0 {
		return -1, -1
	}
	for j, t := range toks {
		if !c.predicateWord(t.Lower, k) {
			continue
		}
		for i := j + 1; i < len(toks) && i <= j+maxCauseGap; i++ {
			if isPunct(toks[i].Text) {
				break
			}
			if !c.causeWord(toks[i].Lower) {
				continue
			}
			for _, s := range subj {
				if s > i && s-i <= maxCauseGap && !punctBetween(toks, i, s) {
					return j, s
				}
			}
		}
	}
	return -1, -1
}

// classifiedSubject returns the tokens of sentence si that name the
// subject of a claim that classifies it by a noun (a noun subject, a noun
// or adjective complement, no verb of its own: "the outage was
// sabotage"); nil for any other claim.
func (c *comparer) classifiedSubject(di, si int, toks []text.Token, k claimKey) []int {
	if k.comp == "" || k.verb != "" || k.noun == "" {
		return nil
	}
	return c.subjectTokens(di, si, toks, k)
}

// causeUnknownAt finds a statement that the cause of the claim's subject
// is not known: "they have no clue what caused the leak", "it is unclear
// what caused it", "the cause of the leak remains unknown". Whoever says so
// doubts every classification of the subject by its cause (the leak was
// sabotage, wear): a claim with a noun subject and a noun or
// adjective complement and no verb of its own. It returns the token that
// opens the statement and the subject's, or -1, -1.
func (c *comparer) causeUnknownAt(di, si int, toks []text.Token, k claimKey) (int, int) {
	subj := c.classifiedSubject(di, si, toks, k)
	if len(subj) == 0 {
		return -1, -1
	}
	for i := range toks {
		if !c.causeWord(toks[i].Lower) {
			continue
		}
		// "… what caused it": not knowing comes first.
		if i >= 2 && strings.EqualFold(toks[i-1].Text, "what") && c.notKnowing(toks, i-1) {
			for _, s := range subj {
				if s > i && s-i <= 4 && !punctBetween(toks, i, s) {
					return max(0, i-4), s
				}
			}
		}
		// "the cause of the leak remains unknown": not knowing comes after.
		if i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "of") {
			for _, s := range subj {
				if s > i && s-i <= 4 && c.unknownAfter(toks, s) {
					return i, s
				}
			}
		}
	}
	return -1, -1
}

// notKnowing reports whether the words right before token w say that
// something is not known: a negator before a noun of knowledge ("no
// idea", "no clue": WordNet noun.cognition), or an adjective that denies
// knowledge ("unclear", "unknown", "uncertain": "un-" and a WordNet
// adjective of knowing or being clear).
func (c *comparer) notKnowing(toks []text.Token, w int) bool {
	for j := w - 1; j >= 0 && j >= w-3; j-- {
		x := toks[j].Lower
		if unknowing(c, x) {
			return true
		}
		if j > 0 && negators[toks[j-1].Lower] && c.lx.HasLex(c.lx.Base(x, lexicon.Noun), lexicon.Noun, nounCognition) {
			return true
		}
		if x == "know" || x == "knows" || x == "known" || x == "sure" {
			// "do not know what caused", "not sure what caused"
			for n := j - 1; n >= 0 && n >= j-3; n-- {
				if negators[toks[n].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// unknowing reports whether a word is "un-" before an adjective of
// knowing or of being clear: "unknown", "unclear", "uncertain".
func unknowing(c *comparer, w string) bool { return unknownForm(c.lx, w) }

// unknownForm is unknowing with a lexicon.
func unknownForm(lx *lexicon.Lexicon, w string) bool {
	if !strings.HasPrefix(w, "un") || !lx.Has(w, lexicon.Adj) {
		return false
	}
	switch w[2:] {
	case "known", "clear", "certain", "determined", "explained":
		return true
	}
	return false
}

// unknownAfter reports whether the words after the subject at token s
// say its cause is not known: "is unknown", "remains unclear", "has not
// been determined", "… under investigation".
func (c *comparer) unknownAfter(toks []text.Token, s int) bool {
	for j := s + 1; j < len(toks) && j <= s+5; j++ {
		x := toks[j].Lower
		if isPunct(toks[j].Text) {
			return false
		}
		if unknowing(c, x) || x == "investigation" || negators[x] && j+2 < len(toks) && strings.EqualFold(toks[j+2].Text, "determined") {
			return true
		}
	}
	return false
}

// causeWord reports whether a word says that one thing brings about
// another: a form of WordNet's noun or verb "cause" or a synonym of it
// ("caused", "cause"), or "blame" and "responsible" in "to blame for",
// "responsible for" (Quirk et al. 1985 §16.69, adjective and infinitive
// complements of causation).
func (c *comparer) causeWord(w string) bool {
	if w == "blame" || w == "responsible" {
		return true
	}
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb} {
		if b := c.lx.Base(w, p); b == "cause" || c.lx.Has(b, p) && c.lx.Synonyms(b, "cause", p) {
			return true
		}
	}
	return false
}

// punctBetween reports whether a punctuation mark stands between tokens
// a and b.
func punctBetween(toks []text.Token, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if isPunct(toks[i].Text) && toks[i].Text != "'s" && toks[i].Text != "’s" {
			return true
		}
	}
	return false
}

// relativeSpan is the length of a relative clause set off after the
// subject at token s, before the predicate at token j: a relative pronoun
// right after the subject's noun, up to the comma that closes the clause
// ("the pump house, which nobody had entered since the spring, was
// probably broken into"). The subject and its verb are one
// clause's whatever the relative clause between them says (Quirk et al.
// 1985 §17.3), so it does not count toward their distance. With no closing
// comma before j, it is 0.
func relativeSpan(toks []text.Token, s, j int) int {
	if s+1 >= j || !relatives[toks[s+1].Lower] || toks[s+1].Lower == "what" {
		return 0
	}
	last := -1
	for i := s + 2; i < j; i++ {
		if toks[i].Text == "," {
			last = i // the last comma before the predicate closes it
		}
	}
	if last < 0 {
		return 0
	}
	return last - s
}

// restrictiveRelative reports whether the predicate at token j is the verb
// of a restrictive relative clause on the subject at token s ("a fire that
// caused heavy damage may have been set, investigators say"): a relative
// pronoun right after the subject's noun, no comma or dash before j, and
// no verb of the main clause before j (mainVerbAfterRelative: "a fire that
// caused heavy damage was arson" states the arson). The clause identifies
// the subject (Quirk et al. 1985 §17.3, §17.8); what it says is given, not
// what the sentence's speaker asserts.
func restrictiveRelative(toks []text.Token, s, j int) bool {
	if s+1 >= j || j > len(toks) {
		return false
	}
	if w := toks[s+1].Lower; w == "what" || !relatives[w] {
		return false
	}
	for i := s + 2; i < j; i++ {
		if t := toks[i].Text; t == "," || t == ";" || t == "--" || t == "—" || t == "–" {
			return false // a comma closes the clause before the predicate
		}
		if mainVerbAfterRelative(toks, s+1, i) {
			return false // the relative clause ended: j is in the main clause
		}
	}
	return true
}

// mainVerbAfterRelative reports whether token i, after the relative
// pronoun at token rel, is an auxiliary or a modal that opens a verb group
// of its own ("that caused heavy damage was set": "was" after "damage"),
// the main clause's verb: the word before it is neither the relative
// pronoun nor an auxiliary or modal of the relative clause's own verb
// group ("that may have caused …"). A possessive "'s" is no verb here.
func mainVerbAfterRelative(toks []text.Token, rel, i int) bool {
	w := toks[i].Lower
	if i <= rel+1 || w == "'s" || w == "’s" || !auxiliaries[w] && !modals[w] {
		return false
	}
	p := toks[i-1].Lower
	return !auxiliaries[p] && !modals[p]
}

// clauseLinks reports whether subject token s and predicate token j are
// one clause's subject and predicate: the subject is no possessive ("Okafor's
// house" names the house), and a finite verb stands between them (or the
// predicate is the verb, not a to-infinitive).
func (c *comparer) clauseLinks(toks []text.Token, s, j int, k claimKey) bool {
	if s+1 < len(toks) && (toks[s+1].Text == "'s" || toks[s+1].Text == "’s") {
		return false
	}
	if c.ofObject(toks, s) && !c.causeOf(toks, s) || c.modifierOnly(toks, j, k) {
		return false
	}
	if k.verb == "" && c.regardedAs(toks, s, j) {
		return true // "the board regards it as sabotage": the classification itself
	}
	if k.comp == "" {
		// "in talks to direct the sequel": a to-infinitive is not asserted
		// (a plan, an aim, a demand), it states nothing yet.
		return j == 0 || toks[j-1].Lower != "to"
	}
	for i := s + 1; i < j; i++ {
		w := toks[i].Lower
		if toks[i-1].Lower == "to" {
			continue // a to-infinitive links nothing
		}
		if k.verb != "" {
			if b := c.lx.Base(w, lexicon.Verb); toks[i].IsWord() && (b == k.verb || !lightVerb(k.verb) && c.lx.Synonyms(b, k.verb, lexicon.Verb)) && !c.perfectAux(toks, i, b) && (!k.passive || c.passiveForm(toks, s, i)) {
				return true
			}
			continue
		}
		if auxiliaries[w] || modals[w] {
			return true
		}
		if b := c.lx.Base(w, lexicon.Verb); toks[i].IsWord() && b != w && c.lx.Has(b, lexicon.Verb) && !determiners[toks[i-1].Lower] {
			return true // an inflected verb: "suspect", "was", "set"
		}
		if toks[i].IsWord() && c.lx.Has(w, lexicon.Verb) && !c.lx.Has(w, lexicon.Noun) {
			return true // a form that is only a verb: "suspect" is also a noun, "believe" is not
		}
		// A bare form after a plural noun: "investigators suspect".
		if prev := toks[i-1].Lower; toks[i].IsWord() && c.lx.Has(w, lexicon.Verb) && strings.HasSuffix(prev, "s") && c.lx.Base(prev, lexicon.Noun) != prev && isPersonNoun(c.lx, c.lx.Base(prev, lexicon.Noun)) {
			return true
		}
	}
	return false
}

// perfectAux reports whether "have" at token i is the perfect auxiliary:
// a participle follows it ("had taken the boat out"), so it says no possession.
func (c *comparer) perfectAux(toks []text.Token, i int, base string) bool {
	if base != "have" || i+1 >= len(toks) {
		return false
	}
	w := toks[i+1].Lower
	if w == "been" || w == "not" || w == "n't" || w == "never" || w == "also" || w == "already" || w == "just" {
		return true
	}
	b := c.lx.Base(w, lexicon.Verb)
	return toks[i+1].IsWord() && b != w && c.lx.Has(b, lexicon.Verb) && !strings.HasSuffix(w, "s") && !c.lx.Has(w, lexicon.Noun)
}

// regardedAs reports whether the noun phrase ending at token s is the
// object of a verb and "as" introduces the predicate at token j: the
// complex-transitive "V NP as NP" ("regards it as sabotage", "described the
// leak as deliberate"; Quirk et al. 1985 §16.45) classifies its object as
// a copula does its subject.
func (c *comparer) regardedAs(toks []text.Token, s, j int) bool {
	as := false
	for i := s + 1; i < j; i++ {
		w := toks[i].Lower
		if w == "as" {
			as = true
		}
		if isPunct(toks[i].Text) && toks[i].Text != "\"" && toks[i].Text != "“" || clauseBreaks[w] && w != "and" {
			return false
		}
	}
	if !as {
		return false
	}
	// The verb stands right before the phrase: before its determiner
	// (its modifiers between), or right before a bare noun or "it".
	i := s - 1
	for d := s - 1; d >= 0 && d >= s-4; d-- {
		if determiners[toks[d].Lower] {
			i = d - 1
			break
		}
	}
	if i < 0 {
		return false
	}
	// "regards the cause of the outage as sabotage": what is said of the
	// cause is said of the thing caused; and a prepositional verb ("look
	// at", "think of") takes its object after its particle.
	if c.causeOf(toks, s) {
		for i >= 0 && !determiners[toks[i].Lower] && i > s-8 {
			i--
		}
		i--
	}
	if i > 0 && prepositionWords[toks[i].Lower] {
		i--
	}
	if i < 0 {
		return false
	}
	w := toks[i].Lower
	b := c.lx.Base(w, lexicon.Verb)
	return toks[i].IsWord() && b != w && c.lx.Has(b, lexicon.Verb) && !auxiliaries[w]
}

// causeOf reports whether the noun phrase ending at token s is the object
// of "of" after a noun of causation: "the cause of the outage".
func (c *comparer) causeOf(toks []text.Token, s int) bool {
	for i := s - 1; i > 0 && i >= s-4; i-- {
		if strings.EqualFold(toks[i].Text, "of") {
			return c.causeWord(toks[i-1].Lower)
		}
	}
	return false
}

// ofObject reports whether the noun phrase ending at token s is the object
// of "of" ("the closure of the bridge", "a sketch of the driver"): it
// names what the clause is about only through the noun before it, which
// is the clause's subject.
func (c *comparer) ofObject(toks []text.Token, s int) bool {
	for i := s - 1; i >= 0 && i >= s-4; i-- {
		w := toks[i].Lower
		if w == "of" {
			return true
		}
		if !toks[i].IsWord() || prepositionWords[w] || !(determiners[w] || toks[i].IsCapitalized() || c.lx.Has(w, lexicon.Adj) || c.lx.Has(c.lx.Base(w, lexicon.Noun), lexicon.Noun)) {
			return false
		}
		if determiners[w] {
			// The phrase opens here: what stands before it governs it.
			return i > 0 && toks[i-1].Lower == "of"
		}
	}
	return false
}

// modifierOnly reports whether the predicate word at token j, matched to
// the claim's complement by stem alone, modifies the noun after it ("the
// school's career scoring average": "scoring" is no "scorer"): a word of
// the same stem there names something else.
func (c *comparer) modifierOnly(toks []text.Token, j int, k claimKey) bool {
	w := toks[j].Lower
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Adj, lexicon.Verb} {
		if b := c.lx.Base(w, p); b == k.comp || p != lexicon.Verb && c.lx.Has(b, p) && c.lx.Synonyms(b, k.comp, p) {
			return false // the complement itself or a synonym
		}
	}
	if k.comp == "" || j+1 >= len(toks) || !toks[j+1].IsWord() {
		return false
	}
	n := toks[j+1].Lower
	return !toks[j+1].IsCapitalized() && !determiners[n] && !prepositionWords[n] && !clauseBreaks[n] && !stop[n] && c.lx.Has(c.lx.Base(n, lexicon.Noun), lexicon.Noun)
}

// premodifierAt reports whether the name ending at token j premodifies a
// common noun of persons or groups right after it ("Okafor aides",
// "Ashford police"; Quirk et al. 1985 §17.108): the noun, not the name, is
// the subject of what follows.
func (c *comparer) premodifierAt(toks []text.Token, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].IsWord() || toks[j+1].IsCapitalized() {
		return false
	}
	return c.personHeadNoun(toks[j+1].Lower)
}

// personHeadNoun reports whether a lower-case word after a name is a noun
// of persons or groups heading the phrase ("aides", "police", "members"),
// not a verb in the third person ("Okafor heads the board", "leads").
func (c *comparer) personHeadNoun(w string) bool {
	b := c.lx.Base(w, lexicon.Noun)
	if !c.lx.Has(b, lexicon.Noun) || !isPersonNoun(c.lx, b) {
		return false
	}
	v := c.lx.Base(w, lexicon.Verb)
	return !(v != w && strings.HasSuffix(w, "s") && c.lx.Has(v, lexicon.Verb))
}

// attributiveUse reports whether the predicate word at token j, for a
// claim whose complement is an adjective ("the club is limited"), stands
// before a noun it modifies ("a special kind of bond"): an attributive
// adjective describes its noun, not the clause's subject (Quirk et al. 1985
// §7.3), so the sentence states no such claim.
func (c *comparer) attributiveUse(toks []text.Token, j int, k claimKey) bool {
	if k.comp == "" || j+1 >= len(toks) || !toks[j+1].IsWord() {
		return false
	}
	w := toks[j].Lower
	if ab := c.lx.Base(w, lexicon.Adj); !c.lx.Has(ab, lexicon.Adj) || ab != k.comp && !c.lx.Synonyms(ab, k.comp, lexicon.Adj) {
		return false
	}
	n := toks[j+1].Lower
	return !toks[j+1].IsCapitalized() && !determiners[n] && !prepositionWords[n] && !clauseBreaks[n] && !stop[n] && !c.lx.Has(n, lexicon.Adv) && c.lx.Has(c.lx.Base(n, lexicon.Noun), lexicon.Noun)
}

// subjectTokens are the tokens of sentence si that name the claim's
// subject: a mention of the entity, or a noun close to the subject's noun.
func (c *comparer) subjectTokens(di, si int, toks []text.Token, k claimKey) []int {
	var out []int
	if k.entity != "" {
		a := c.in.Docs[di].Analysis
		for _, m := range a.Mentions {
			if m.Sentence != si || c.in.Merged.Name(di, m.Entity) != k.entity {
				continue
			}
			for j, t := range toks {
				if t.End >= m.End {
					if genitive(toks, j) || c.premodifierAt(toks, j) {
						break // "Okafor's statement was …", "Okafor aides say …": said of the statement, the aides
					}
					out = append(out, j) // the name's last word
					break
				}
			}
		}
		return out
	}
	named := false
	for j, nw := range c.nounWords(di, si) {
		if nw.lower == "it" && j > 0 && (named || c.namedBefore(di, si, k)) && (objectOf(toks, j) || c.reportedSubject(toks, j)) {
			out = append(out, j) // "regards it as …", "think it may be …": the thing just named
			continue
		}
		if !nw.mayNoun {
			continue // "someone phoned about a woman": a pronoun names no one of the story
		}
		if c.namesNoun(nw, k.noun) || j > 0 && definite[toks[j-1].Lower] && c.generalEventNoun(nw) && c.eventNoun(k.noun) {
			out = append(out, j)
			named = true
		}
	}
	return out
}

// definite are the determiners of a noun phrase that refers back to
// something already named ("the incident", "this occurrence").
var definite = map[string]bool{"the": true, "this": true, "that": true}

// generalEventNoun reports whether a token's noun is a general noun of
// happening: its first WordNet sense is the first sense of "event",
// "happening" ("occurrence", "natural event") or "incident". With a
// definite determiner such a noun refers back to the happening the story
// tells (Halliday and Hasan 1976 §6.4, general nouns as cohesion: "the fire
// … the incident"), whatever that happening is called; a noun with content
// of its own ("the accident", "the attack") is no such noun.
func (c *comparer) generalEventNoun(nw nounWord) bool {
	if !nw.isNoun {
		return false
	}
	first := c.lx.SynsetIDs(nw.base, lexicon.Noun)
	if len(first) == 0 {
		return false
	}
	for _, anchor := range []string{"event", "happening", "incident"} {
		if ids := c.lx.SynsetIDs(anchor, lexicon.Noun); len(ids) > 0 && ids[0] == first[0] {
			return true
		}
	}
	return false
}

// eventNoun reports whether a noun's first WordNet sense is a happening
// or an act (noun.event, noun.act: "fire", "shooting", "raid").
func (c *comparer) eventNoun(n string) bool {
	l := firstNounLex(c.lx, n)
	return l == int(lexicon.NounEvent) || l == int(lexicon.NounAct)
}

// directAt reports whether the innermost report around byte offset off
// of article di is a direct quotation.
func (c *comparer) directAt(di, off int) bool {
	q := c.quoteAt(di, off)
	return q >= 0 && c.in.Docs[di].Analysis.Quotes[q].Direct
}

// thirdPersonCondition finds the condition ("if", "whether") that opens
// the clause of token pred when a third-person pronoun governs it within
// the four words before it ("… told the mayor that she regrets it if
// …"), and returns its token, or -1. Inside another's direct quotation
// that condition is the pronoun's referent's, not the quoted speaker's
// (who speaks of themselves as "I"; in reported speech "she" may be the
// speaker), and the story cannot say there who that is.
func thirdPersonCondition(toks []text.Token, pred int) int {
	for i := pred - 1; i >= 0; i-- {
		w := toks[i].Lower
		if w != "if" && w != "whether" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			switch toks[j].Lower {
			case "he", "she", "they":
				return i
			}
		}
		return -1
	}
	return -1
}

// conditionHolder names the person whose condition the "if" at token
// cond is: the "he" or "she" governing it (thirdPersonCondition), resolved
// to the nearest person of that gender named before it outside
// quotations (mention.Analysis.Antecedent), or "".
func (c *comparer) conditionHolder(di, si int, toks []text.Token, cond int) string {
	a := c.in.Docs[di].Analysis
	for j := cond - 1; j >= 0 && j >= cond-4; j-- {
		switch w := toks[j].Lower; w {
		case "he", "she":
			if e := a.Antecedent(si, toks[j].Start, w); e >= 0 {
				return c.in.Merged.Name(di, e)
			}
			return ""
		case "they":
			return ""
		}
	}
	return ""
}

// indefinitePronouns are the compound indefinite pronouns (Quirk et al.
// 1985 §6.45): WordNet files some as nouns of persons ("someone" with
// "person"), but they name no one the story speaks of.
var indefinitePronouns = map[string]bool{"someone": true, "somebody": true, "anyone": true, "anybody": true,
	"everyone": true, "everybody": true, "nobody": true, "something": true, "anything": true, "everything": true, "nothing": true}

// reportedSubject reports whether token j opens a reported clause as its
// subject: right after a reporting verb, or one WordNet files under
// communication or cognition, or after "that" following one ("investigators
// think it may well be sabotage", "said that it was").
func (c *comparer) reportedSubject(toks []text.Token, j int) bool {
	v := j - 1
	if v > 0 && toks[v].Lower == "that" {
		v--
	}
	if v < 0 || !toks[v].IsWord() {
		return false
	}
	b := toks[v].Base(lexicon.Verb)
	return mention.IsReportingVerb(b) || sayOrThinkVerb(c.lx, b)
}

// namedBefore reports whether one of the two sentences before si names the claim's
// subject noun (or one close to it in WordNet): what "it" may stand for.
func (c *comparer) namedBefore(di, si int, k claimKey) bool {
	// The two sentences before: a quotation between ("“The crew got
	// out in time,” she said.") does not lose the thing just named.
	for b := si - 1; b >= 0 && b >= si-2; b-- {
		for _, nw := range c.nounWords(di, b) {
			if nw.isWord && c.namesNoun(nw, k.noun) {
				return true
			}
		}
	}
	return false
}

// objectOf reports whether "it" at token j follows a verb (the object of
// "treating it as …"), not a subject or a dummy ("it was too early").
func objectOf(toks []text.Token, j int) bool {
	w := toks[j-1].Lower
	return toks[j-1].IsWord() && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s"))
}

// introducedBy reads the verb that introduces the clause whose subject
// ends at token subj ("officials believe the outage …", "wrote to the
// mayor that the outage …", "said on Friday that the outage …") as the clause
// reader does (introducer), and returns its subject when that verb is one of
// communication or cognition and its subject a story entity or a plural
// noun of persons or groups, with the verb; "" when there is none.
func (c *comparer) introducedBy(di, si int, toks []text.Token, subj int) (string, string) {
	start := subj
	for start > 0 && start > subj-4 {
		w := toks[start-1].Lower
		if !toks[start-1].IsWord() || prepositionWords[w] || clauseBreaks[w] || relatives[w] {
			break
		}
		if _, isVerb := c.lx.Base(w, lexicon.Verb), c.lx.Has(w, lexicon.Verb) && !c.lx.Has(c.lx.Base(w, lexicon.Noun), lexicon.Noun) && !c.lx.Has(w, lexicon.Adj); isVerb {
			break
		}
		start--
		if determiners[w] {
			break
		}
	}
	a := c.in.Docs[di].Analysis
	entityAt := func(j int) string {
		for _, m := range a.Mentions {
			if m.Sentence == si && toks[j].End == m.End {
				if name := c.in.Merged.Name(di, m.Entity); name != "" && c.personOrOrg(name) {
					return name
				}
			}
		}
		return ""
	}
	r := c.reader(toks, entityAt, false)
	r.antecedent = c.antecedentAt(di, si)
	r.subjStart = start
	var p proposition
	r.introduction(start, &p)
	if p.introHolder == "" {
		return "", ""
	}
	return p.introHolder, p.introVerb
}

// finalReporter is the holder named by a reporting clause that ends the
// sentence after the claim's words ("… may have been started on purpose,
// fire officials say.", "…, said Chief Varga."): the reporting clause in
// final position, set off by a comma, whose verb is a reporting verb or one
// WordNet files under communication or cognition, with its subject before
// or after it (Quirk et al. 1985 §15.53: "said John" inverts); the subject
// is a story person or organisation, or a plural noun of persons or groups
// ("investigators"). "" when the sentence ends otherwise.
func (c *comparer) finalReporter(di, si int, toks []text.Token, pred int) string {
	n := len(toks)
	for n > 0 && isPunct(toks[n-1].Text) && toks[n-1].Text != "," {
		n-- // the full stop, a closing mark
	}
	comma := -1
	for i := n - 1; i > pred && i >= n-7; i-- {
		if toks[i].Text == "," {
			comma = i
			break
		}
	}
	if comma < 0 || comma+2 > n {
		return ""
	}
	return c.reporterOf(di, si, toks[comma+1:n])
}

// reporterOf reads a reporting clause (the tokens of sentence si after the
// comma that sets it off): the first verb in it that is a reporting verb or
// one WordNet files under communication or cognition, and its subject
// before or after it — a story person or organisation in the clause, or a
// plural noun of persons or groups next to the verb. "" when there is none.
func (c *comparer) reporterOf(di, si int, clause []text.Token) string {
	verb := -1
	for i, t := range clause {
		w := t.Lower
		b := c.lx.Base(w, lexicon.Verb)
		if t.IsWord() && (i == 0 || !determiners[clause[i-1].Lower]) && (mention.IsReportingVerb(b) || sayOrThinkVerb(c.lx, b)) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return ""
	}
	a := c.in.Docs[di].Analysis
	for _, m := range a.Mentions {
		if m.Sentence != si {
			continue
		}
		start, end := clause[0].Start, clause[len(clause)-1].End // offsets in the sentence, as the mentions'
		if m.Start >= start && m.End <= end && !inPrepPhrase(clause, m.Start) {
			if name := c.in.Merged.Name(di, m.Entity); name != "" && c.personOrOrg(name) {
				return name
			}
		}
	}
	// A plural noun of persons or groups right before the verb
	// ("investigators say") or, inverted, right after it ("said officials").
	for _, i := range []int{verb - 1, verb + 1} {
		if i < 0 || i >= len(clause) || !clause[i].IsWord() {
			continue
		}
		w := clause[i].Lower
		if nb := c.lx.Base(w, lexicon.Noun); nb != w && isPersonNoun(c.lx, nb) {
			return w
		}
	}
	return ""
}

// maxReportingClause is how many tokens a reporting clause after a
// quotation may take up to its verb and subject ("the Rev. Ansel Hart of
// the Grange Chapel said Saturday").
const maxReportingClause = 12

// quotedReporter is the holder of a claim inside a quotation that opens
// its sentence and is followed, after its closing mark and a comma, by a
// reporting clause ("“Our crew is not sure what caused it,” the keeper of the
// lodge said Saturday, adding …"; Quirk et al. 1985 §14.30, direct speech
// with the reporting clause after it): that clause's subject, read as
// finalReporter reads a final one. It serves where the quote reader left
// the quotation without a speaker. "" when the sentence is otherwise.
func (c *comparer) quotedReporter(di, si int, toks []text.Token, pred int) string {
	if len(toks) < 4 || !isDoubleMark(toks[0].Text) {
		return ""
	}
	closing := -1
	for i := 1; i < len(toks); i++ {
		if isDoubleMark(toks[i].Text) {
			closing = i
			break
		}
	}
	if closing < 0 || pred >= closing || closing+2 >= len(toks) {
		return ""
	}
	start := closing + 1
	switch {
	case toks[closing-1].Text == ",":
	case toks[start].Text == ",":
		start++
	default:
		return "" // a quotation that ends its sentence, or runs on
	}
	end := start
	for end < len(toks) && end < start+maxReportingClause && toks[end].Text != "," {
		end++
	}
	if end <= start {
		return ""
	}
	a := c.in.Docs[di].Analysis
	clause := a.Sentences[si].Text[toks[start].Start:toks[end-1].End]
	for _, q := range a.Quotes {
		if q.Sentence == si && q.SpeakerText != "" && strings.Contains(clause, q.SpeakerText) {
			if h := c.quoteSpeaker(di, q); h != "" {
				return h // the quote reader's speaker of the clause's own report
			}
		}
	}
	return c.reporterOf(di, si, toks[start:end])
}

// inPrepPhrase reports whether the name starting at byte offset off (in
// the sentence) is the object of a preposition in the clause ("the pastor
// of the Grange Chapel said"): it modifies the subject, it is not the
// subject.
func inPrepPhrase(clause []text.Token, off int) bool {
	for i, t := range clause {
		if t.Start != off {
			continue
		}
		j := i - 1
		if j >= 0 && determiners[clause[j].Lower] {
			j--
		}
		return j >= 0 && prepositionWords[clause[j].Lower]
	}
	return false
}

// thinkerBetween is the holder of a claim whose words a verb of
// communication or cognition separates ("the outage …, and engineers
// suspect sabotage"): the story entity, or plural noun of persons or groups,
// right before that verb; "" when there is none.
func (c *comparer) thinkerBetween(di, si int, toks []text.Token, subj, pred int) string {
	for v := pred - 1; v > subj+1; v-- {
		w := toks[v].Lower
		b := c.lx.Base(w, lexicon.Verb)
		if !toks[v].IsWord() || auxiliaries[w] || !c.lx.Has(b, lexicon.Verb) || !sayOrThinkVerb(c.lx, b) {
			continue // "have won": an auxiliary says nothing
		}
		prev := toks[v-1].Lower
		a := c.in.Docs[di].Analysis
		for _, m := range a.Mentions {
			if m.Sentence == si && toks[v-1].End == m.End {
				if name := c.in.Merged.Name(di, m.Entity); name != "" && c.personOrOrg(name) {
					return name
				}
			}
		}
		if nb := c.lx.Base(prev, lexicon.Noun); nb != prev && toks[v-1].IsWord() && isPersonNoun(c.lx, nb) && !determiners[prev] {
			return prev
		}
		return ""
	}
	return ""
}

// maxThinkerReach is how far before a clause a verb of communication or
// cognition may stand and still introduce it ("Engineers were by then saying
// they suspect …").
const maxThinkerReach = 8

// thinkerBefore is who introduces the clause that opens at token j with a
// verb of communication or cognition right before it ("engineers suspect
// sabotage …"): the story entity or the plural noun of persons before the
// nearest such verb; a pronoun there ("they suspect") passes on to the verb
// before it that introduces it in turn ("engineers told the board they suspect …").
func (c *comparer) thinkerBefore(di, si int, toks []text.Token, j int) string {
	a := c.in.Docs[di].Analysis
	for v := j - 1; v > 0 && v >= j-maxThinkerReach; v-- {
		w := toks[v].Lower
		if isPunct(toks[v].Text) {
			return ""
		}
		b := c.lx.Base(w, lexicon.Verb)
		if !toks[v].IsWord() || auxiliaries[w] || !c.lx.Has(b, lexicon.Verb) || !sayOrThinkVerb(c.lx, b) {
			continue
		}
		// The subject before the verb, over an auxiliary and an adverb
		// ("were by then saying").
		s := v - 1
		for s > 0 && (auxiliaries[toks[s].Lower] || c.lx.Has(toks[s].Lower, lexicon.Adv) && !c.lx.Has(toks[s].Lower, lexicon.Verb)) {
			s--
		}
		prev := toks[s].Lower
		if prev == "they" || prev == "he" || prev == "she" || prev == "we" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Sentence == si && toks[s].End == m.End {
				if name := c.in.Merged.Name(di, m.Entity); name != "" && c.personOrOrg(name) {
					return name
				}
			}
		}
		if nb := c.lx.Base(prev, lexicon.Noun); nb != prev && toks[s].IsWord() && isPersonNoun(c.lx, nb) {
			return prev
		}
		return ""
	}
	return ""
}

// predicateWord reports whether a word states the claim's predicate.
func (c *comparer) predicateWord(w string, k claimKey) bool {
	if k.comp == "" {
		return c.lx.Base(w, lexicon.Verb) == k.verb && !stop[w]
	}
	key := [2]string{w, k.comp}
	if ok, known := c.predWords[key]; known {
		return ok
	}
	if c.predWords == nil {
		c.predWords = map[[2]string]bool{}
	}
	ok := c.complementWord(w, k.comp)
	c.predWords[key] = ok
	return ok
}

// complementWord reports whether a word states a claim's complement comp
// (predicateWord, worked out): as a noun, an adjective or a verb, its base
// is comp, a WordNet synonym of it, or one of the two opens the other.
func (c *comparer) complementWord(w, comp string) bool {
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Adj, lexicon.Verb} {
		b := c.lx.Base(w, p)
		if b == comp || p != lexicon.Verb && c.lx.Has(b, p) && c.lx.Synonyms(b, comp, p) {
			return true
		}
		if len(comp) >= 5 && len(b) >= 5 && (strings.HasPrefix(b, comp) || strings.HasPrefix(comp, b)) {
			return true
		}
	}
	return false
}

// clauseBetween reports whether a clause boundary (a coordinator or
// subordinator after a comma, a semicolon) separates tokens a and b.
func clauseBetween(toks []text.Token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for j := a + 1; j < b; j++ {
		w := toks[j].Lower
		if w == ";" || w == "but" || w == "although" || w == "though" || w == "while" || w == "because" {
			return true
		}
	}
	return false
}

// addressPosition reads a holder's position from the words of the clause
// from three words before its first to its last claim word: a negator
// denies, unless it negates a noun of knowledge or evidence ("no
// indication", "no idea": WordNet noun.cognition or noun.communication)
// other than the claim's own subject ("no ballots were tampered with"
// denies that ballots were), which doubts, as a possibility hedge, "if" or "whether" does; a reported
// evidential in the clause takes no position (ok false).
func (c *comparer) addressPosition(toks []text.Token, a, b int) (string, bool) {
	neg, doubt := false, false
	for j := max(0, a-3); j <= b; j++ {
		w := toks[j].Lower
		switch {
		case negators[w] && j+1 < len(toks) && c.uncertaintyNoun(toks[j+1].Lower):
			// "no doubt", "no question": a negated uncertainty is certainty.
		case negators[w]:
			if w == "no" && j+1 < len(toks) && j+1 != a && (c.lx.HasLex(toks[j+1].Base(lexicon.Noun), lexicon.Noun, nounCognition) || c.lx.HasLex(toks[j+1].Base(lexicon.Noun), lexicon.Noun, lexicon.NounCommunication)) {
				doubt = true
			} else {
				neg = !neg
			}
		case (w == "if" || w == "unless") && premise(toks, j):
			return "", false // a premise, no position on it
		case hedges[w] == doubtful || w == "if" || w == "whether" || w == "unless":
			doubt = true
		case hedges[w] == report:
			return "", false
		}
	}
	switch {
	case doubt:
		return "doubts", true
	case neg:
		return "denies", true
	}
	return "affirms", true
}

// uncertaintyNoun reports whether a word is a noun of doubt: "doubt" or a
// WordNet synonym of it ("question", "uncertainty", "dubiety").
func (c *comparer) uncertaintyNoun(w string) bool {
	b := c.lx.Base(w, lexicon.Noun)
	return b == "doubt" || c.lx.Has(b, lexicon.Noun) && c.lx.Synonyms(b, "doubt", lexicon.Noun)
}

// nounCognition is WordNet's lexicographer file noun.cognition.
const nounCognition = 9

// insideQuote reports whether token j stands inside quotation marks: an
// odd number of quote marks before it, or a closing mark after it with none
// before (a quotation that began in an earlier sentence).
func insideQuote(toks []text.Token, j int) bool {
	if e := singleQuoted(toks); j > 0 && j < e {
		return true
	}
	before, after := 0, 0
	for i, t := range toks {
		if !isQuoteMark(t.Text) || t.Text == "'" || t.Text == "’" {
			continue // an apostrophe is no quote mark
		}
		if i < j {
			before++
		} else {
			after++
		}
	}
	return before%2 == 1 || before == 0 && after%2 == 1
}

// singleQuoted is the index of the mark that closes a quotation in single
// marks opening the sentence ("'The plan is dead,' she said", a headline
// "‘The plan is dead’"), or -1. An apostrophe elsewhere is no mark, but one
// before the sentence's first word can only open a quotation.
func singleQuoted(toks []text.Token) int {
	if len(toks) < 3 || toks[0].Text != "'" && toks[0].Text != "‘" {
		return -1
	}
	for k := 2; k < len(toks); k++ {
		if t := toks[k].Text; (t == "'" || t == "’") && toks[k-1].End == toks[k].Start && (k+1 == len(toks) || toks[k+1].Start > toks[k].End || !toks[k+1].IsWord()) {
			return k
		}
	}
	return -1
}

// reportedBefore reports whether a reporting verb (or a verb of
// communication or cognition in a finite form) stands before token j: the
// clause is someone's words or thought, not the outlet's.
func (c *comparer) reportedBefore(toks []text.Token, j int) bool {
	for i := 0; i < j; i++ {
		w := toks[i].Lower
		if !toks[i].IsWord() {
			continue
		}
		b := c.lx.Base(w, lexicon.Verb)
		if !c.lx.Has(b, lexicon.Verb) || b == w && c.lx.Has(w, lexicon.Noun) {
			continue // a bare form may be a noun: "the report"
		}
		if mention.IsReportingVerb(b) || sayOrThinkVerb(c.lx, b) {
			return true
		}
	}
	return false
}

// passiveForm reports whether the verb at token i, after the claim's
// subject at token s, is passive: a form of "be" or "get" stands before it
// in the same clause, with no other verb between ("was shot", "had been
// presumably set", "was in any way connected"; Quirk et al. 1985 §3.63),
// or "are" contracted on the subject's own token ("they're shot").
// The noun before an active verb is its agent, not what the verb is done
// to ("people broke in and shot him": nobody says the people were shot),
// so an active verb addresses no passive claim.
func (c *comparer) passiveForm(toks []text.Token, s, i int) bool {
	for j := i - 1; j >= max(s, 0) && j >= i-5; j-- {
		w := toks[j].Lower
		switch {
		case passiveAuxiliaries[w] || beContraction(w):
			return true
		case isPunct(toks[j].Text) && !isQuoteMark(toks[j].Text) || clauseBreaks[w]:
			return false
		}
		if b := c.lx.Base(w, lexicon.Verb); toks[j].IsWord() && b != w && c.lx.Has(b, lexicon.Verb) && !c.lx.Has(c.lx.Base(w, lexicon.Noun), lexicon.Noun) {
			return false // another verb: "broke in and shot"
		}
	}
	return false
}

// passiveAuxiliaries are the forms of "be" and "get" that make a passive
// (Quirk et al. 1985 §3.63–3.68, the be- and get-passive).
var passiveAuxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "am": true, "get": true, "gets": true, "got": true, "gotten": true, "getting": true}

// beContraction reports whether a token ends in the contraction of "are"
// ("they're", "we’re"; Quirk et al. 1985 §3.23). The tokens keep a
// contraction with its word, and "'s" is no sign of a passive: before a
// participle it is as often "has" ("he's shot two deer").
func beContraction(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "’re"))
}

// epistemicAdjectives are the adjectives of likelihood and report
// (Quirk et al. 1985 §7.36 and §8.127, the adjectival counterparts of the
// hedges): "a possible arson" says how sure its holder is, not what the
// thing is, so they are modality, not a classification's content.
var epistemicAdjectives = map[string]bool{"possible": true, "potential": true, "probable": true, "likely": true,
	"unlikely": true, "apparent": true, "alleged": true, "suspected": true, "presumed": true, "supposed": true,
	"purported": true, "reported": true, "unconfirmed": true, "confirmed": true}

// classModifiers are the base forms of the adjectives written before the
// head of a classification's complement ("ideal" in "the ideal host",
// "important" and "democratic" in "an important democratic step"),
// epistemic ones and names left out: what the classification says beyond
// its head noun (Quirk et al. 1985 §17.95, premodification by adjectives).
func classModifiers(lx *lexicon.Lexicon, compText, head string) []string {
	f := strings.Fields(compText)
	n := headAt(lx, f, head)
	if n < 0 {
		return nil // the head is not written: nothing is known to stand before it
	}
	var out []string
	for _, w := range f[:n] {
		lw := strings.ToLower(strings.Trim(w, ",.;:\"“”"))
		if lw == "" || lw != strings.Trim(w, ",.;:\"“”") || determiners[lw] || epistemicAdjectives[lw] || !lx.Has(lx.Base(lw, lexicon.Adj), lexicon.Adj) {
			continue // a capitalised word, a determiner, a number, a noun
		}
		out = append(out, lx.Base(lw, lexicon.Adj))
	}
	return out
}

// carriesModifier reports whether the noun phrase ending at token j, the
// predicate word of a classification with adjectives before its head
// (claimKey.mods), has one of them, or a WordNet synonym, before it: "will
// make her appearance as host" does not say she is "the ideal host".
func (c *comparer) carriesModifier(toks []text.Token, j int, k claimKey) bool {
	if len(k.mods) == 0 {
		return true
	}
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		w := toks[i].Lower
		if !toks[i].IsWord() || prepositionWords[w] || clauseBreaks[w] {
			return false
		}
		b := c.lx.Base(w, lexicon.Adj)
		for _, m := range k.mods {
			if b == m || c.lx.Synonyms(b, m, lexicon.Adj) {
				return true
			}
		}
	}
	return false
}
