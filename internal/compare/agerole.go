package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file gives an age the role its person plays in the happening its
// sentence tells, read from the verb's semantic role (Quirk et al. 1985
// §10.19–10.21: the affected participant of an action is the object of
// its active verb and the subject of its passive):
//   - a victim undergoes harm: the object of a verb of killing or injuring
//     ("stabbed a 52-year-old"), the subject of its passive ("a
//     61-year-old was hurt", "a 38-year-old cyclist stabbed in the arm"),
//     its event noun's of-complement ("the stabbing of a 47-year-old",
//     "the death of"), or
//     the subject of "die";
//   - a suspect undergoes arrest or accusation: the object of a verb of
//     arresting or accusing ("detained and charged a 58-year-old"), the subject of
//     its passive ("a 63-year-old driver was indicted", "is being held",
//     "was charged with"), its noun's
//     of-complement ("the arrest of Ana Roe, 71"), or the subject of the
//     passive "suspected"; or does the harm: the subject of an active
//     verb whose first sense is one of killing or injuring ("a 30-year-old
//     stabbed a guard", harmFirst);
//   - the complement of "be" whose subject names a role has that role
//     ("the victim was a 19-year-old", predicativeRole).
// The verb classes are WordNet's: every sense of "kill" and "injure" and
// the verbs one hypernym step below them ("shoot", "stab", "murder",
// "wound"), and likewise "arrest" and "accuse" ("charge", "indict",
// "apprehend"); a phrasal verb two steps below ("gun down", under "shoot").
// No word list is drawn from the data.
//
// Two articles that each state the age of one victim only (or of one
// suspect only) state one person's age (onlyAgesOfOneRole), whatever
// each calls that person ("a 52-year-old courier" / "a 61-year-old
// neighbour"), unless one is a man and the other a woman: a report names
// the person its story is about, and one story is about one happening.

// Age roles.
const (
	roleVictim  = "victim"
	roleSuspect = "suspect"
)

// roleAnchors are the WordNet verb synsets of the two roles' verbs.
type roleAnchors struct {
	once         sync.Once
	harm, accuse []uint32
	// fire is the commonest sense of "fire": to start firing a weapon
	// (WordNet: fire, open fire), the attack a harm's day dates.
	fire         []uint32
	female, male []uint32
	// victimN and suspectN are the nouns that name the roles
	// themselves (nounRole).
	victimN, suspectN []uint32
	killing           []uint32 // the noun "killing"'s senses filed as acts
}

var ageRoleAnchors roleAnchors

func (c *comparer) roleSynsets() *roleAnchors {
	r := &ageRoleAnchors
	r.once.Do(func() {
		lx := c.lx
		r.harm = append(lx.SynsetIDs("kill", lexicon.Verb), lx.SynsetIDs("injure", lexicon.Verb)...)
		r.accuse = append(lx.SynsetIDs("arrest", lexicon.Verb), lx.SynsetIDs("accuse", lexicon.Verb)...)
		if s, ok := lx.TopSense("fire", lexicon.Verb); ok {
			r.fire = []uint32{s.Synset}
		}
		r.female = lx.SynsetIDs("female", lexicon.Noun)
		r.male = lx.SynsetIDs("male", lexicon.Noun)
		// "victim"'s first sense only (its second is a dupe); both of
		// "suspect"'s (one under suspicion, a defendant).
		if s, ok := lx.TopSense("victim", lexicon.Noun); ok {
			r.victimN = []uint32{s.Synset} // by rank: SynsetIDs lists synset order
		}
		r.suspectN = lx.SynsetIDs("suspect", lexicon.Noun)
		for _, s := range lx.Senses("killing") {
			if s.POS == lexicon.Noun && s.Lex == lexicon.NounAct {
				r.killing = append(r.killing, s.Synset)
			}
		}
	})
	return r
}

// verbRole is the role the affected participant of verb base b plays:
// roleVictim for a verb of killing or injuring, roleSuspect for one of
// arresting or accusing, "" for any other.
func (c *comparer) verbRole(b string) string {
	if b == "" {
		return ""
	}
	r := c.roleSynsets()
	// A phrasal verb lies one step below its own head's sense ("gun
	// down" under "shoot", itself under "injure"): two steps for it.
	depth := 1
	if strings.Contains(b, " ") {
		depth = 2
	}
	switch {
	case c.lx.Under(b, lexicon.Verb, r.harm, depth):
		return roleVictim
	case c.lx.Under(b, lexicon.Verb, r.accuse, depth) || b == "suspect":
		return roleSuspect
	}
	return ""
}

// harmFirst reports whether verb base b's first WordNet sense is one of
// killing or injuring ("shoot", "stab", "strangle"), not only a rarer one
// ("turn": to sprain, "hit": to deal a blow): its agent is then the one
// who harms.
func (c *comparer) harmFirst(b string) bool {
	s, ok := c.lx.TopSense(b, lexicon.Verb)
	return ok && c.lx.SynsetUnder(s.Synset, lexicon.Verb, c.roleSynsets().harm, 1)
}

// ageRole is the role of an age's person (see the file comment), else
// the victim's when its clause tells an injury or death the person bears
// (borneHarmRole, ageborne.go), else the role a passive -ing clause after
// its clause gives it ("after being shot": passiveGerundRole,
// ageafter.go); "" when its sentence does not tell it.
func (c *comparer) ageRole(toks []text.Token, v mention.Value, act string) string {
	if v.Type != mention.VAge {
		return ""
	}
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return ""
	}
	if r := c.verbalAgeRole(toks, v, at, act); r != "" {
		return r
	}
	if r := c.borneHarmRole(toks, at, act); r != "" {
		return r
	}
	if r := c.passiveGerundRole(toks, v); r != "" {
		return r
	}
	// A relative clause on the person that tells no role ("Ivo Tamm,
	// 19, who lived near the quay, was stabbed"): its main clause's act,
	// read after the comma that ends it.
	if j := c.relativeAsideEnd(toks, v); j > 0 {
		w := v
		w.Start, w.End = toks[j].Start, toks[j].End
		main := c.ageAct(toks, w)
		if r := c.actRole(toks, j, main); r != "" {
			return r
		}
		if main == "" && c.accusedAfter(toks, j) {
			return roleSuspect
		}
		return c.borneHarmRole(toks, j, main)
	}
	return ""
}

// relativeAsideEnd is the token of the comma that ends a relative clause
// on the age v's person ("Ivo Tamm, 19, who lived near the quay, was
// stabbed"; "an angler who fished the weir, is being held"): "who",
// "which" or "whose" after the age, past at most four words of its noun
// or name and commas, and the first comma after it, with no semicolon,
// dash or sentence end between; -1 when there is none. The
// clause after that comma is the sentence's main clause, whose subject
// is the person (Quirk et al. 1985 §17.22: a relative clause
// postmodifies its antecedent inside the subject).
func (c *comparer) relativeAsideEnd(toks []text.Token, v mention.Value) int {
	_, end := c.relativeAside(toks, v)
	return end
}

// relativeAside is relativeAsideEnd's relative pronoun and comma: the
// token of "who", "which" or "whose" and the token of the comma that ends
// its clause; -1, -1 when there is none.
func (c *comparer) relativeAside(toks []text.Token, v mention.Value) (rel, end int) {
	at := tokenFrom(toks, v.End)
	if at < 0 {
		return -1, -1
	}
	rel = -1
	for k := at; k < len(toks) && k < at+5; k++ {
		lw := toks[k].Lower
		if lw == "who" || lw == "which" || lw == "whose" {
			rel = k
			break
		}
		if toks[k].Text == "," {
			continue
		}
		if !toks[k].IsWord() {
			return -1, -1
		}
		if _, ok := c.verbAt(toks[k]); ok {
			return -1, -1
		}
		if tag, closed := lexicon.ClosedClass(lw); closed && tag != "DT" {
			return -1, -1
		}
	}
	if rel < 0 {
		return -1, -1
	}
	for k := rel + 1; k+1 < len(toks) && k <= rel+relativeAsideSpan; k++ {
		switch {
		case toks[k].Text == ",":
			return rel, k
		case toks[k].Text == ";" || toks[k].Text == "." || isDash(toks, k):
			return -1, -1
		}
	}
	return -1, -1
}

// whoAfter reports whether "who" follows the age v's person, past at
// most four words of its noun or name and commas, with no verb between
// ("the 19-year-old deckhand who was stabbed"): a relative clause whose
// subject is the person, and whose verb is the person's act (Quirk et al.
// 1985 §17.10: a relative pronoun that is the subject of its clause).
func (c *comparer) whoAfter(toks []text.Token, v mention.Value) bool {
	at := tokenFrom(toks, v.End)
	if at < 0 {
		return false
	}
	for k := at; k < len(toks) && k < at+5; k++ {
		lw := toks[k].Lower
		if lw == "who" {
			return true
		}
		if toks[k].Text == "," {
			continue
		}
		if !toks[k].IsWord() {
			return false
		}
		if _, ok := c.verbAt(toks[k]); ok {
			return false
		}
		if tag, closed := lexicon.ClosedClass(lw); closed && tag != "DT" {
			return false
		}
	}
	return false
}

// possessiveAsideEnd is the token of the comma that ends a relative
// clause opened by "whose" on the age v's person ("Ivo Tamm, 19, whose
// name was withheld, died"), -1 when there is none. "Whose" is the
// genitive determiner of the relative clause's own noun phrase (Quirk et
// al. 1985 §17.10: "whose name" is that clause's subject), so the
// clause's verb is no act of the person's: the person's act is the main
// clause's, after the comma.
func (c *comparer) possessiveAsideEnd(toks []text.Token, v mention.Value) int {
	rel, end := c.relativeAside(toks, v)
	if rel < 0 || !strings.EqualFold(toks[rel].Text, "whose") {
		return -1
	}
	return end
}

// relativeAsideSpan is the most tokens relativeAsideEnd reads a relative
// clause over.
const relativeAsideSpan = 25

// verbalAgeRole is the role of the age v at token at read from the verbs
// and nouns of its sentence (see the file comment).
func (c *comparer) verbalAgeRole(toks []text.Token, v mention.Value, at int, act string) string {
	// Before the age, past a name in apposition ("hurt Ana Roe, 71")
	// and a determiner: the verb whose object the person is, or the
	// event noun whose of-complement the person is.
	k := beforeAgedPerson(toks, at)
	if k >= 1 && strings.EqualFold(toks[k].Text, "as") {
		if r := c.identifiedRole(toks, k); r != "" {
			return r
		}
	}
	of := k >= 1 && strings.EqualFold(toks[k].Text, "of") && c.nounBeforeOf(toks, k) >= 0
	if of {
		if r := c.ofRole(toks, k); r != "" {
			return r
		}
	}
	if k >= 1 && beForms[toks[k].Lower] {
		if r := c.predicativeRole(toks, k); r != "" {
			return r
		}
	}
	if k >= 0 && !of && !marginalPrepositions[toks[k].Lower] {
		if b, ok := c.verbAt(toks[k]); ok && b != "" {
			// The object of a verb of no role ("identified", "honored") may
			// be told its role by a relative clause of its own ("identified
			// the 19-year-old who was stabbed"): read after the age.
			if r := c.verbRole(b); r != "" || !c.whoAfter(toks, v) {
				return r
			}
		}
	}
	// After the age: the act its person is the subject of (ageAct);
	// else the noun the age is of ("a 19-year-old victim").
	if r := c.actRole(toks, at, act); r != "" {
		return r
	}
	if act == "" && c.accusedAfter(toks, at) {
		return roleSuspect
	}
	return c.nounRole(v.Noun)
}

// marginalPrepositions are the participles English uses as prepositions
// (Quirk et al. 1985 §9.10): "five were hurt, including a 9-year-old" —
// the age's person is no object of "include" but one of the group the
// clause's verb tells of, read after the age.
var marginalPrepositions = map[string]bool{"including": true, "excluding": true, "excepting": true, "barring": true,
	"concerning": true, "regarding": true, "considering": true, "following": true, "pending": true}

// ofRole is the role of the person of the of-complement (token of) of an
// event noun: "the death of", "the stabbing of" (its -ing form), "the
// arrest of" or "the murder of" (the noun WordNet derives from the verb).
// "" for any other noun ("the family of a 15-year-old who died"): the
// person's role is then read from its own act.
func (c *comparer) ofRole(toks []text.Token, of int) string {
	n := toks[c.nounBeforeOf(toks, of)].Lower
	if n == "death" || n == "deaths" {
		return roleVictim
	}
	bases := append([]string{c.lx.Base(n, lexicon.Verb)}, lexicon.DerivedVerbs(n)...)
	if b, ok := c.verbAt(toks[of-1]); ok {
		bases = append(bases, b)
	}
	for _, b := range bases {
		if r := c.verbRole(b); r != "" {
			return r
		}
	}
	return ""
}

// actRole is the role of an age's person read from act, the act it is
// the subject of (ageAct): a passive of harm or arrest, a participle
// without an object, "die".
func (c *comparer) actRole(toks []text.Token, at int, act string) string {
	base, voice, ok := strings.Cut(act, "/")
	if !ok {
		return ""
	}
	if !c.ownClause(toks, at, base) {
		return ""
	}
	if base == "die" {
		return roleVictim
	}
	if voice == "active" && !c.participleWithoutObject(toks, at, base) {
		// The agent of an active verb of harm is the one who harms
		// ("a 30-year-old stabbed a guard"), unless its object is the
		// person itself ("shot himself": borneHarmRole); so is the
		// agent of an idiom of firing a weapon ("a 30-year-old opened
		// fire": firingIdiom).
		if (c.harmFirst(base) || c.firingIdiom(base)) && !c.reflexiveAfter(toks, at, base) {
			return roleSuspect
		}
		return ""
	}
	return c.verbRole(base)
}

// accusedAfter reports whether the age's own clause (from token at on,
// up to a comma, a personal pronoun or another clause) is a passive of a
// verb of accusing ("a 30-year-old is charged with …", "was accused
// of"): the verbs that also report a claim ("charge that …") name no act
// of the person's own (ageAct), yet its subject is the accused.
func (c *comparer) accusedAfter(toks []text.Token, at int) bool {
	for k := at + 1; k+1 < len(toks) && k <= at+ageActSpan; k++ {
		lw := toks[k].Lower
		if lw == "," || lw == ";" || clauseStops[lw] {
			return false
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "PRP" || tag == "WP" {
			return false
		}
		if !beForms[lw] {
			continue
		}
		n := c.pastAdverbs(toks, k+1)
		if strings.EqualFold(toks[n].Text, "being") && n+1 < len(toks) {
			n = c.pastAdverbs(toks, n+1)
		}
		p := toks[n].Lower
		if _, irregular := irregularBase(p); !toks[n].IsWord() || toks[n].IsCapitalized() || !irregular && !strings.HasSuffix(p, "ed") {
			return false
		}
		return c.verbRole(c.lx.Base(p, lexicon.Verb)) == roleSuspect
	}
	return false
}

// nounRole is the role a noun of persons names itself: roleVictim for
// "victim" and the nouns one WordNet step below it ("casualty"),
// roleSuspect for "suspect" (and "defendant"); "" for any other.
func (c *comparer) nounRole(n string) string {
	if n == "" {
		return ""
	}
	r := c.roleSynsets()
	n = c.lx.Base(strings.ToLower(n), lexicon.Noun)
	switch {
	case c.lx.Under(n, lexicon.Noun, r.victimN, 1):
		return roleVictim
	case c.lx.Under(n, lexicon.Noun, r.suspectN, 1):
		return roleSuspect
	}
	return ""
}

// identifiedRole is the role of the person a verb of identifying names
// "as" (token as) the name after it: the role its object names ("police
// identified the victim as Ana Roe, 19"; a participle of harm or arrest
// after the object counts: "the man killed"), or, in the passive, the
// noun of its subject ("the suspect has been identified as Ivo Tamm,
// 23"). "" when no such verb is a few words before "as".
func (c *comparer) identifiedRole(toks []text.Token, as int) string {
	for j := as - 1; j >= 0 && j >= as-6; j-- {
		if b, ok := c.verbAt(toks[j]); !ok || b != "identify" {
			continue
		}
		for k := j + 1; k < as; k++ {
			if r := c.nounRole(toks[k].Text); r != "" {
				return r
			}
			if b, ok := c.verbAt(toks[k]); ok && b != "" {
				if r := c.verbRole(b); r != "" {
					return r
				}
			}
		}
		if j == 0 || !beForms[toks[j-1].Lower] {
			return ""
		}
		for k := j - 2; k >= 0 && k >= j-6; k-- {
			if toks[k].Text == "," {
				break
			}
			if r := c.nounRole(toks[k].Text); r != "" {
				return r
			}
		}
		return c.subjectHeadRole(toks, j-1)
	}
	return ""
}

// subjectHeadRole is the role the head noun of the subject ending before
// token end names ("the victim of Saturday's fatal shooting in the port
// has been identified as …": victim), the subject read back from end to
// the start of its sentence, a comma, "that" or a reporting verb, at most
// subjectSpan tokens; its head is its first word past a determiner. ""
// when that word names no role ("the man who stabbed the victim").
func (c *comparer) subjectHeadRole(toks []text.Token, end int) string {
	k := end - 1
	for ; k >= 0 && k >= end-subjectSpan; k-- {
		lw := toks[k].Lower
		if lw == "," || lw == "that" {
			break
		}
		if b, ok := c.verbAt(toks[k]); ok && b == "" {
			break
		}
	}
	if k < end-subjectSpan {
		return ""
	}
	h := k + 1
	if h < end && determiners[toks[h].Lower] {
		h++
	}
	if h >= end {
		return ""
	}
	return c.nounRole(toks[h].Text)
}

// predicativeRole is the role the subject of a form of "be" (token be)
// names when an age is its complement ("the victim was a 30-year-old",
// "the suspect is 30 years old": a copular verb's subject and its
// complement name one person; Quirk et al. 1985, copular
// complementation): the head of the
// subject, the last noun before its postmodifiers (a preposition, a
// relative pronoun or a verb ends the head: "the suspect in the death of
// the victim"; a role noun premodifying another noun is no head: "the
// victim advocate"), read from the start of the subject (the sentence's, or
// past a comma, "that" or a reporting verb, at most subjectSpan tokens).
// "" when that noun names no role ("the man who stabbed the victim").
func (c *comparer) predicativeRole(toks []text.Token, be int) string {
	start := be
	for j := be - 1; j >= 0; j-- {
		lw := toks[j].Lower
		if lw == "," || lw == "that" {
			break
		}
		if b, ok := c.verbAt(toks[j]); ok && b == "" {
			break
		}
		if j < be-subjectSpan {
			return ""
		}
		start = j
	}
	role := ""
	for h := start; h < be; h++ {
		lw := toks[h].Lower
		tag, _ := lexicon.ClosedClass(lw)
		if tag == "IN" || tag == "WP" || tag == "WDT" {
			break
		}
		if _, ok := c.verbAt(toks[h]); ok {
			break
		}
		switch r := c.nounRole(lw); {
		case r != "":
			role = r
		case h > start && toks[h].IsCapitalized() || !toks[h].IsWord():
			// a name in apposition ("the victim Ana Roe") or a number
		case tag == "" && c.lx.Has(c.lx.Base(lw, lexicon.Noun), lexicon.Noun) && !c.lx.Has(lw, lexicon.Adv):
			// A later noun heads the phrase; a role noun before it is a
			// premodifier ("the victim advocate", Quirk et al. 1985
			// §17.108): the head names no role.
			role = ""
		}
	}
	return role
}

// subjectSpan is how many tokens a subject read back by subjectHeadRole
// may have.
const subjectSpan = 14

// participleWithoutObject reports whether the first form of verb base
// after token at is followed by a preposition, a comma, "and" or the end
// of the sentence: a verb of harm or arrest takes an object, so with none
// it is a past participle in a reduced relative clause, a passive ("a
// 38-year-old cyclist stabbed in the arm was flown to the clinic"; Quirk et al.
// 1985 §17.30).
func (c *comparer) participleWithoutObject(toks []text.Token, at int, base string) bool {
	for k := at + 1; k < len(toks) && k <= at+ageActSpan; k++ {
		b, ok := c.verbAt(toks[k])
		if !ok || b != base {
			continue
		}
		return c.noObjectAfter(toks, k)
	}
	return false
}

// noObjectAfter reports whether the verb at token k of harm or arrest has
// no object after it (participleWithoutObject). Two such verbs joined by
// "and" share what follows the second ("shot and killed a guard": both
// active, with one object; Quirk et al. 1985, ch. 13), so the first is
// read through the second.
func (c *comparer) noObjectAfter(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	next := toks[k+1].Lower
	if next == "and" && k+2 < len(toks) {
		if b, ok := c.verbAt(toks[k+2]); ok && b != "" && c.verbRole(b) != "" {
			return c.noObjectAfter(toks, k+2)
		}
	}
	if next == "," || next == "." || next == "and" {
		return true
	}
	tag, closed := lexicon.ClosedClass(next)
	return tag == "IN" && next != "at" && next != "that" || !closed && c.lx.Has(next, lexicon.Adv) && !c.lx.Has(next, lexicon.Verb)
}

// markAgeRoles sets, for each age with a role, whether it is the only age
// its article gives a person of that role (one value, said once or
// again; an age told of another happening, background, is none of the
// story's): roleOnly; whether a victim's age told dead is the only one
// its article tells dead (deadOnly); whether its article gives more than
// two ages (a victim's and a suspect's; a round-up of several
// happenings, or a story that tells of bystanders, gives more):
// roleMany; the sex of an unnamed person's noun (ageSex); and, for an
// unnamed person's age, the people its article names who speak no
// statement (rolePeople).
func (c *comparer) markAgeRoles(out []fact) {
	docs, _ := c.threadDocs()
	norms := map[[2]any]map[string]bool{}
	add := func(doc int, what, norm string) {
		k := [2]any{doc, what}
		if norms[k] == nil {
			norms[k] = map[string]bool{}
		}
		norms[k][norm] = true
	}
	all := map[int]map[string]bool{}
	lists := c.ageLists(out)
	shared := c.shareListActs(out, lists)
	for i := range out {
		f := &out[i]
		if f.v.Type != mention.VAge {
			continue
		}
		toks := docs[f.doc].Analysis.Tokens[f.v.Sentence]
		f.ageRole = c.ageRole(toks, f.v, f.ageAct)
		if f.ageRole != "" {
			f.roleVerb = c.ageObjectVerb(toks, f.v)
		}
		f.ageDied = f.ageRole == roleVictim && (c.ageDied(toks, f.v, f.ageAct) || c.diesLater(docs[f.doc].Analysis.Tokens, f))
	}
	shareListRoles(out, lists, shared)
	for i := range out {
		f := &out[i]
		if f.v.Type != mention.VAge {
			continue
		}
		if all[f.doc] == nil {
			all[f.doc] = map[string]bool{}
		}
		all[f.doc][f.v.Norm] = true
		if f.bg != "" {
			continue // another happening's person (background)
		}
		if f.ageRole == "" {
			continue // no role
		}
		f.ageHurt = c.ageHurt(docs[f.doc].Analysis.Tokens, f)
		if fate := ageFate(f); fate != "" {
			add(f.doc, fate, f.v.Norm)
		}
		if f.ageDied {
			add(f.doc, "dead", f.v.Norm)
		}
		add(f.doc, f.ageRole, f.v.Norm)
	}
	var people map[int][]string
	for i := range out {
		f := &out[i]
		f.roleOnly = f.ageRole != "" && f.bg == "" && len(norms[[2]any{f.doc, f.ageRole}]) == 1
		f.deadOnly = f.ageDied && f.bg == "" && len(norms[[2]any{f.doc, "dead"}]) == 1
		f.hurtOnly = f.ageHurt && f.bg == "" && len(norms[[2]any{f.doc, "hurt"}]) == 1 && len(norms[[2]any{f.doc, "fate untold"}]) == 0
		f.roleMany = len(all[f.doc]) > 2
		if !f.roleOnly && !f.deadOnly && !f.hurtOnly {
			continue
		}
		f.ageSex = c.ageSex(f)
		if f.person == "" || strings.HasPrefix(f.person, "~") {
			if people == nil {
				people = c.silentPeople()
			}
			f.rolePeople = people[f.doc]
		}
	}
}

// silentPeople are, per article of the thread, the people it names who
// speak no statement (a police officer or a relative quoted about the
// case is not its subject), by the mentions that read as a person's
// (personLike). A name that is the subject of a verb of saying
// (saysAround: "<Name> said", "said <Name>"), whatever the quote reader
// gave the words to, speaks one; a name that credits a photograph
// (creditedName) is no one the article tells of.
func (c *comparer) silentPeople() map[int][]string {
	docs, merged := c.threadDocs()
	out := map[int][]string{}
	for di, d := range docs {
		a := d.Analysis
		speaks := map[int]bool{}
		for _, q := range a.Quotes {
			if q.Entity >= 0 {
				speaks[q.Entity] = true
			}
		}
		for _, m := range a.Mentions {
			if m.Sentence < len(a.Tokens) && (saysAround(a.Tokens[m.Sentence], m) || creditedName(a.Tokens[m.Sentence], m)) {
				speaks[m.Entity] = true
			}
		}
		for _, m := range a.Mentions {
			if a.Entities[m.Entity].Type != mention.Person || speaks[m.Entity] || !personLike(a, m) {
				continue
			}
			name := merged[di].m.Name(merged[di].i, m.Entity)
			if name != "" && !anySamePerson(out[di], name) {
				out[di] = append(out[di], name)
			}
		}
	}
	return out
}

// onlyAgesOfOneRole reports whether two ages of two articles, at least one
// of an unnamed person, are one person's because each is the only age its
// article gives a victim (or a suspect) (roleOnly), the two people are not
// a man and a woman, and the sentences name no two different days. When
// either article gives more than two ages (roleMany), the two persons must
// also be the subjects of one act in one voice (sameAgeAct): with more
// people in it, an article's only age of a role may be a bystander's
// ("taunting and hitting a 13-year-old" beside the victim shot). When
// the other is a named person, the unnamed person's article names no one
// who speaks no statement, or that person only: an article that names
// others tells of someone else, or leaves open which one it is.
//
// An article of several victims tells them apart by their fates: each
// article's only age of a victim told dead (deadOnly: "fatally shot",
// "the slaying of") is one person's as an only victim's is. Such an
// article names its victims, so the unnamed one's article may name
// others beside the named dead victim, so long as it names that person;
// where both articles tell one victim only (roleOnly), two people named
// still leave open which one it is. Each article's only age of a victim
// told hurt, in an article that tells each victim it gives an age of dead
// or hurt (hurtOnly, agehurt.go), is one person's alike.
func onlyAgesOfOneRole(f, g *fact) bool {
	named := func(x *fact) bool { return x.person != "" && !strings.HasPrefix(x.person, "~") }
	if f.v.Type != mention.VAge || g.v.Type != mention.VAge || f.doc == g.doc || named(f) && named(g) ||
		f.ageRole == "" || f.ageRole != g.ageRole || !(f.roleOnly && g.roleOnly || f.deadOnly && g.deadOnly || f.hurtOnly && g.hurtOnly) ||
		f.ageSex != 0 && g.ageSex != 0 && f.ageSex != g.ageSex || twoDays(f, g) ||
		(f.roleMany || g.roleMany) && !sameAgeAct(f, g) {
		return false
	}
	u, n := f, g
	if named(f) {
		u, n = g, f
	}
	return !named(n) || len(u.rolePeople) == 0 || len(u.rolePeople) == 1 && samePerson(u.rolePeople[0], n.person) ||
		!(f.roleOnly && g.roleOnly) && anySamePerson(u.rolePeople, n.person)
}

// sameAgeAct reports whether two ages' persons undergo one act: they are
// the subjects of one act in one voice (ageAct: "shoot/passive" both), or
// the objects of one verb ("shot and killed a 13-year-old"; roleVerb,
// ageObjectVerb),
// or one's object and the other's passive subject of one verb; or both
// are told dead (ageDied), or both told hurt (ageHurt: "suffered cuts",
// "was injured"), whatever the verb.
func sameAgeAct(f, g *fact) bool {
	undergone := undergoneVerb
	return f.ageAct != "" && f.ageAct == g.ageAct || undergone(f) != "" && undergone(f) == undergone(g) || f.ageDied && g.ageDied || f.ageHurt && g.ageHurt
}

// killFirst reports whether verb base b's first WordNet sense is under the
// first sense of "kill" (to cause to die: "murder", "slay", "strangle"):
// its undergoer dies. "Shoot" and "stab", whose first senses are not, do
// not say the person died.
func (c *comparer) killFirst(b string) bool {
	k, ok := c.lx.TopSense("kill", lexicon.Verb)
	s, ok2 := c.lx.TopSense(b, lexicon.Verb)
	return ok && ok2 && c.lx.SynsetUnder(s.Synset, lexicon.Verb, []uint32{k.Synset}, 1)
}

// ageDied reports whether the clause of the age v tells its person's
// death: its person dies ("died", act), undergoes a verb of killing
// (killFirst: the object of "killed", the subject of "was murdered"), is
// the of-complement of "death" or of a noun of killing ("the shooting
// death of", "the slaying of"), or is "dead" (deadAfter: "was pronounced
// dead"). Two victims told dead are one happening's dead however each
// article words the act: an article that also gives bystanders' ages
// (roleMany) names its dead victim alike (sameAgeAct).
func (c *comparer) ageDied(toks []text.Token, v mention.Value, act string) bool {
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return false
	}
	base, voice, _ := strings.Cut(act, "/")
	if base == "die" || voice == "passive" && (c.killFirst(base) || c.fatalAt(toks, c.ownVerbAfter(toks, at, base))) {
		return true
	}
	k := beforeAgedPerson(toks, at)
	if k < 1 {
		return c.deadAfter(toks, at, base)
	}
	if b, ok := c.verbAt(toks[k]); ok && b != "" && (c.killFirst(b) || c.verbRole(b) == roleVictim && c.fatalAt(toks, k)) {
		return true
	}
	if strings.EqualFold(toks[k].Text, "of") {
		if j := c.nounBeforeOf(toks, k); j >= 0 {
			n := toks[j].Lower
			if n == "death" || n == "deaths" {
				return true
			}
			for _, b := range append([]string{c.lx.Base(n, lexicon.Verb)}, lexicon.DerivedVerbs(n)...) {
				if b != "" && c.killFirst(b) {
					return true
				}
			}
		}
	}
	return c.deadAfter(toks, at, base)
}

// fatalDegree are the adverbs of a verb of harm whose degree is death
// ("fatally shot", "mortally wounded"; the adjuncts of harmGrades whose
// adjectives, fatal and mortal, mean causing death in WordNet).
var fatalDegree = map[string]bool{"fatally": true, "mortally": true}

// fatalAt reports whether the verb of harm at token k is graded as
// deadly: an adverb of fatalDegree right before it or after it ("was
// fatally shot", "shot fatally"), "to death" after it, an adjunct of
// the result ("was beaten to death", "shot to death"), or "and" and a
// verb of killing (killFirst) that shares its subject ("was shot and
// killed"). False when k is out of the sentence.
func (c *comparer) fatalAt(toks []text.Token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	if k > 0 && fatalDegree[toks[k-1].Lower] {
		return true
	}
	if k+1 < len(toks) && fatalDegree[toks[k+1].Lower] {
		return true
	}
	if k+2 >= len(toks) {
		return false
	}
	if strings.EqualFold(toks[k+1].Text, "to") && strings.EqualFold(toks[k+2].Text, "death") {
		return true
	}
	b, ok := c.verbAt(toks[k+2])
	return strings.EqualFold(toks[k+1].Text, "and") && ok && b != "" && c.killFirst(b)
}

// ownVerbAfter is the token of the first form of verb base after the age's
// token at, within its act's span (actSpan), -1 when there is none.
func (c *comparer) ownVerbAfter(toks []text.Token, at int, base string) int {
	if base == "" {
		return -1
	}
	for k, span := at+1, c.actSpan(toks, at+1); k < len(toks) && k <= at+span; k++ {
		if c.ownVerb(toks[k], base) {
			return k
		}
	}
	return -1
}

// ageObjectVerb is the base of the verb whose object the age v's person is
// ("stabbed a 19-year-old", "hurt Ana Roe, 71": past a name in
// apposition and a determiner, as verbalAgeRole reads it); "" when the
// word before is no verb.
func (c *comparer) ageObjectVerb(toks []text.Token, v mention.Value) string {
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return ""
	}
	k := beforeAgedPerson(toks, at)
	if k < 0 || marginalPrepositions[toks[k].Lower] {
		return ""
	}
	if b, ok := c.verbAt(toks[k]); ok && c.verbRole(b) != "" {
		return b
	}
	return ""
}

// ageSex is 1 when an unnamed person's noun is a female person in WordNet
// ("girl", "woman"), 2 when a male one ("boy", "son"), 0 otherwise or
// for a named person.
func (c *comparer) ageSex(f *fact) int {
	r := c.roleSynsets()
	n := f.v.Noun
	if n == "" || f.person != "" && !strings.HasPrefix(f.person, "~") {
		return 0
	}
	fe, ma := c.lx.Under(n, lexicon.Noun, r.female, 6), c.lx.Under(n, lexicon.Noun, r.male, 6)
	switch {
	case fe && !ma:
		return 1
	case ma && !fe:
		return 2
	}
	return 0
}

// ownClause reports whether the first form of verb base after token at is
// the verb of the age's own clause: no personal pronoun (another clause's
// subject) or verb "be" of its own stands between ("a 16-year-old was with the
// others when he was struck": the age's verb is "be", the struck one is
// "he"). A relative pronoun may ("a 2-year-old who was hurt"), and a form
// of "be" may right before the verb, as its auxiliary, or before adverbs
// and "not" before it ("was fatally shot"), or before "being", the
// progressive passive ("is being held").
func (c *comparer) ownClause(toks []text.Token, at int, base string) bool {
	for k, span := at+1, c.actSpan(toks, at+1); k < len(toks) && k <= at+span; k++ {
		if c.baseAt(toks, k, base) {
			return true
		}
		lw := toks[k].Lower
		if beForms[lw] && k+1 < len(toks) {
			n := c.pastAdverbs(toks, k+1)
			if strings.EqualFold(toks[n].Text, "being") && n+1 < len(toks) {
				n = c.pastAdverbs(toks, n+1) // the progressive passive: "is being held"
			}
			if c.baseAt(toks, n, base) {
				return true
			}
			if lw != "been" && !beForms[toks[n].Lower] {
				return false
			}
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "PRP" {
			return false
		}
	}
	return false
}

// baseAt reports whether token k is a form of verb base, a phrasal verb
// or idiom read from k on included ("opened fire", "gunned down":
// phrasalVerbAt).
func (c *comparer) baseAt(toks []text.Token, k int, base string) bool {
	if b, ok := c.verbAt(toks[k]); ok && b == base {
		return true
	}
	if !strings.Contains(base, " ") {
		return false
	}
	b, ok := c.phrasalVerbAt(toks, k)
	return ok && b == base
}

// pastAdverbs is the first token from k on that is neither "not" nor an
// adverb (adverb), at most three tokens on; the last token when the
// sentence ends first.
func (c *comparer) pastAdverbs(toks []text.Token, k int) int {
	return min(c.skipAdverbs(toks, k, 1), len(toks)-1)
}

// skipAdverbs is the first token from k on, stepping by step (1 forward,
// -1 back), that is neither "not" nor an adverb (adverb), past at most
// three that are ("was not fatally shot"): k+3*step when all three are,
// -1 or len(toks) when the sentence ends first.
func (c *comparer) skipAdverbs(toks []text.Token, k, step int) int {
	n := k
	for ; n >= 0 && n < len(toks) && n != k+3*step; n += step {
		if lw := toks[n].Lower; lw != "not" && !c.adverb(lw) {
			return n
		}
	}
	return n
}

// beforeAgedPerson is the token before the person of the age at token at,
// past a name in apposition ("hurt Ana Roe, 71") and a determiner ("stabbed
// a 19-year-old"): where the verb or event noun that governs the person
// stands; -1 when nothing is before.
func beforeAgedPerson(toks []text.Token, at int) int {
	k := at - 1
	if k >= 1 && toks[k].Text == "," && toks[k-1].IsCapitalized() {
		k--
		for k > 0 && toks[k].IsCapitalized() && toks[k].IsWord() {
			k--
		}
	}
	if k >= 0 {
		if lw := toks[k].Lower; objectDeterminers[lw] || lw == "a" || lw == "an" {
			k--
		}
	}
	return k
}
