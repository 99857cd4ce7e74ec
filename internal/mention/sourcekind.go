package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Speaker kinds: what a quote's speaker is. Only persons and
// organisations have names; the other kinds are sources a common noun
// names ("aides said", "the report said") and never count as names.
const (
	// KindPerson is a named person.
	KindPerson = "person"
	// KindOrganization is a named organisation.
	KindOrganization = "organization"
	// KindGroup is persons named by a common noun of persons or of a
	// group ("aides", "White House officials", "the government").
	KindGroup = "group"
	// KindUnnamed is one person named by a common noun of persons ("a
	// senior official", "the former governor").
	KindUnnamed = "unnamed"
	// KindDocument is a text, a survey or a study ("the report", "a
	// poll", "exit polls", "the statement").
	KindDocument = "document"
)

// NamedKind reports whether a speaker kind is a name's (a person or an
// organisation), the only speakers that count as names.
func NamedKind(kind string) bool { return kind == KindPerson || kind == KindOrganization }

// UnnamedSource returns the source phrase and its kind for a quote whose
// source is a noun phrase with no name ("Aides said", "according to a
// new poll", "the statement said"): the phrase as written, trimmed of
// punctuation, and its kind from the WordNet senses of its head (the
// last word, or the word before the first preposition: "supporters of
// the bill"), see headKind. The phrase must be a noun phrase
// (nounPhraseShape), and a capitalised head a common noun (commonHead).
// A cue with no source phrase of its own ("subject": "Skippers have long
// called for …") gives the subject it takes when that names persons, a
// group or one unnamed person, never a document (a clause's subject is
// mostly its topic: "the plan", "the dispute"). It returns "", "" for a
// named or pronoun speaker and for any other head ("the bill"); a
// quantifying pronoun ("Many") is a group (quantitySource).
func (a *Analysis) UnnamedSource(q Quote) (phrase, kind string) {
	if q.Entity >= 0 || q.How != "nominal" && q.How != "statement" && q.How != "subject" {
		return "", ""
	}
	np := strings.TrimSpace(strings.Trim(strings.TrimSpace(q.SpeakerText), ",.:;"))
	if np == "" || IsPronoun(np) {
		return "", ""
	}
	toks := text.Tokens(np)
	if k := quantitySource(toks); k != "" {
		return np, k // "Many said", "Twenty-four percent said"
	}
	toks = toks[approximatedQuantity(toks):] // "Virtually all analysts", "At least a dozen aides"
	if k := quantitySource(toks); k != "" {
		return np, k // "Almost half of respondents"
	}
	h, share := sourceHeadAt(toks)
	if share {
		return np, KindGroup
	}
	if h < 0 || !toks[h].IsWord() || !nounPhraseShape(toks, h) {
		return "", ""
	}
	partitive := false
	if c := partitiveHead(toks, h); c >= 0 {
		h, partitive = c, true // "Large majorities of voters": the voters speak
	}
	if q.Sentence >= 0 && q.Sentence < len(a.Sentences) && isDigitStart(np) {
		if s := a.Sentences[q.Sentence].Text; strings.Contains(s, ","+np) {
			return "", "" // "000 people": the end of a number cut at its comma
		}
	}
	head, _ := stripPossessive(toks[h].Text)
	if startsUpper(head) && h > 0 && titleWords[lower(strings.TrimSuffix(toks[0].Text, "."))] {
		return "", "" // "Mr. King": a titled name, no common noun
	}
	if startsUpper(head) && !a.commonHead(head, h == 0 && a.opensClause(q.Sentence, np)) {
		return "", ""
	}
	if k := headKind(head); k != "" && (q.How != "subject" || k != KindDocument) {
		if partitive && k == KindUnnamed {
			k = KindGroup // "a majority of the jury", "a third of the staff": a share of them
		}
		return np, k // a clause's subject is a source when it names persons
	}
	return "", ""
}

// opensClause reports whether noun phrase np opens sentence si or the
// clause after a colon in it ("… is plain: Voters prefer …"), where
// a common word is written capitalised as at a sentence's start.
func (a *Analysis) opensClause(si int, np string) bool {
	if si < 0 || si >= len(a.Sentences) {
		return false
	}
	s := a.Sentences[si].Text
	if strings.HasPrefix(s, np) {
		return true
	}
	return strings.Contains(s, ": "+np)
}

// commonHead reports whether a capitalised head word is a common noun: a
// noun of persons WordNet writes capitalised ("Democrats"), or a common
// word capitalised only because it opens its sentence (opens) that the
// article never writes as a name.
func (a *Analysis) commonHead(w string, opens bool) bool {
	if capitalisedPersonNoun(w) {
		return true // "Democrats", "Norwegians": a noun of persons WordNet writes capitalised
	}
	return opens && !isAcronym(w) && !IsFirstName(w) && !a.capitalisedInside(w)
}

// headKind returns the kind of source a noun heading a source phrase
// names: a group for a plural with a sense in noun.person ("aides",
// "sources") or a noun whose most frequent sense is a group (noun.group:
// "police"); a document when the most frequent sense is in
// noun.communication or noun.cognition ("the letter", persons only in a
// rare sense); one unnamed person for a singular with a sense in
// noun.person ("a source", "the governor"); a document when one of the
// three most frequent senses is of communication or cognition ("a
// survey"); else "".
func headKind(w string) string {
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Noun)
	if !lx.Has(b, lexicon.Noun) {
		b = lx.Base(lower(w), lexicon.Noun)
	}
	if len(lx.Senses(b)) == 0 {
		if c := capitalisedNoun(w); c != "" {
			b = c // "Norwegian", "Texans": a noun WordNet writes capitalised
		}
	}
	plural := lower(b) != lower(w)
	var person, doc bool
	first := ""
	for _, s := range lx.Senses(b) {
		if s.POS != lexicon.Noun || s.Instance {
			continue
		}
		isDoc := s.Lex == lexicon.NounCommunication || s.Lex == nounCognition
		switch {
		case s.Lex == lexicon.NounPerson:
			person = true
		case s.Rank <= 2 && isDoc:
			doc = true
		}
		if s.Rank == 0 && isDoc {
			first = KindDocument
		}
	}
	switch {
	case plural && person || groupNoun(lower(b)):
		return KindGroup // "aides", "sources", "police"
	case first == KindDocument:
		return KindDocument // "the letter" (a person only in a rare sense)
	case person:
		return KindUnnamed // "a source", "the governor"
	case doc:
		return KindDocument
	}
	return ""
}

// NameKind returns the kind of a speaker a name gives: an entity's type
// when it is a person or an organisation; else, for a name with a common
// noun at its end, an organisation when the noun names an organised
// body ("Lyon police", "Acme film division"), else the kind the noun
// names (headKind: "Tarn County officials" are a group); else a person when a title or a first name
// opens it, an organisation otherwise.
func NameKind(name, typ string) string {
	switch typ {
	case Person:
		return KindPerson
	case Organization:
		return KindOrganization
	}
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	if last := ws[len(ws)-1]; len(ws) > 1 && !startsUpper(last) {
		if orgGroupNoun(last) {
			return KindOrganization // "Lyon police", "Acme film division": a named body
		}
		if k := headKind(last); k != "" {
			return k
		}
	}
	if len(ws) > 1 && (titleWords[lower(ws[0])] || FirstNameGender(ws[0]) != 0) {
		return KindPerson
	}
	if len(ws) == 1 && bareNameWord(ws[0]) {
		return KindPerson // "Garrow said": a surname or a first name
	}
	return KindOrganization
}

// bareNameWord reports whether one capitalised word that no entity type
// explains is most likely a person's surname or first name: a word of
// letters that is no acronym and that WordNet lacks in lower case (not
// "Acme") nor written with capitals inside as firms join words
// (intercappedName: "HarborPoll"); companies and bodies are mostly written
// with a common word, an acronym or a head noun ("Acme", "NATO", "Lyon
// police").
func bareNameWord(w string) bool {
	w = strings.TrimRight(w, ".,")
	if !startsUpper(w) || isAcronym(w) || lexicon.Default().IsCommon(lower(w)) || intercappedName(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false // "ABC13", "Express-News", "site.com"
		}
	}
	return true
}

// intercappedName reports whether one word is written with capitals
// inside it the way firms, outlets and web services join words into one
// name ("HarborPoll", "TideWatchNews", "KelbyPD": medial capitals, a
// trade name's shape, where a person's name has at most a particle):
// three capitalised parts or more, a part in capitals ("KelbyPD"), or two
// parts of which the first, of three letters or more and no given name,
// is a word WordNet has, a closed-class word ("You", "The") or a place
// WordNet knows ("FerryPost", "NorwayNow"), or
// the second is a common word of four letters or more after a first of
// four or more ("TarnLeaks"). A surname's particle ("McBrenn", "MacTavish",
// "DeAndre", "LaFleur", "TenBrink": two letters or a particle of
// connectors; "DeLaCruz": particles only before the last part; "OBrien",
// "DAngelo": a particle whose apostrophe is lost; "McBRENN": a surname in
// capitals after its particle), a given name before or after
// ("TomasBrenn", "MaryAnn") keeps a person's name, and so does a part of
// one letter (a broken encoding's "BobÃ").
func intercappedName(w string) bool {
	var parts []string
	rs := []rune(w)
	start := 0
	for i := 1; i < len(rs); i++ {
		switch {
		case unicode.IsUpper(rs[i]) && unicode.IsUpper(rs[i-1]) && unicode.IsLetter(rs[0]):
			if i == 1 && (rs[0] == 'O' || rs[0] == 'D') {
				continue // "OBrien", "DAngelo": an Irish or Romance particle whose apostrophe is lost
			}
			if particleCaps(rs) {
				return false // "McBRENN", "MacTAVISH": a surname in capitals after its particle
			}
			if strings.IndexFunc(w, unicode.IsLower) >= 0 {
				return true // "KelbyPD", "NYHarbor": a part written in capitals
			}
		case unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]):
			parts = append(parts, string(rs[start:i]))
			start = i
		}
	}
	parts = append(parts, string(rs[start:]))
	for _, p := range parts {
		if utf8.RuneCountInString(p) < 2 {
			return false // "BobÃ": a letter of a broken encoding, no part of a word
		}
	}
	if len(parts) >= 3 {
		for _, p := range parts[:len(parts)-1] {
			if !surnameParticle(p) {
				return true // "TideWatchNews", "MadeInKelby"
			}
		}
		return false // "DeLaCruz", "VanDerBerg": particles before a surname keep a person
	}
	if len(parts) < 2 {
		return false
	}
	first, second := parts[0], parts[1]
	lf, ls := lower(first), lower(second)
	if len(first) < 3 || surnameParticle(first) || IsFirstName(first) || IsFirstName(second) {
		return false
	}
	lx := lexicon.Default()
	_, closed := lexicon.ClosedClass(lf)
	return lx.IsCommon(lf) || closed || lx.ProperType(first) == "place" || len(first) >= 4 && len(second) >= 4 && lx.IsCommon(ls)
}

// nounPhraseShape reports whether the words up to the head (index h) of
// a source phrase make a noun phrase: each a determiner or a possessive
// determiner (Penn Treebank "DT", "PRP$"), an "and" between modifiers,
// a number, a capitalised word or a word WordNet has as a noun or an
// adjective; the head a noun that is no cardinal ("one"). A pronoun, a
// preposition, an existential "there", a verb or an adverb ("Hastily
// politicizing …", "if one", "So") makes it a clause or a fragment.
func nounPhraseShape(toks []text.Token, h int) bool {
	lx := lexicon.Default()
	open := false // an open-class word came before
	for i := 0; i <= h; i++ {
		t := toks[i]
		w := t.Lower
		if !t.IsWord() {
			if i > 0 && (t.Text == "-" || t.Text == "’s" || t.Text == "'s") {
				continue
			}
			return isDigitStart(t.Text) && i < h
		}
		if tag, ok := lexicon.ClosedClass(w); ok {
			if i == h || !(tag == "DT" || tag == "PRP$") && !(tag == "CC" && w == "and" && i > 0) || (tag == "DT" || tag == "PRP$") && open {
				return false // "police charge the swimmer": a determiner after the nouns opens an object
			}
			continue
		}
		open = true
		if i < h && finiteVerbAt(toks, i) {
			return false
		}
		if _, ok := smallNumbers[w]; ok && i == h || w == "one" && i == h {
			return false // "one", "no one": a pronoun here, no source
		}
		if i == 0 && lx.Base(w, lexicon.Verb) != w && !lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun) && !lx.Has(w, lexicon.Adj) {
			return false // "made several phone …", "shouting": a verb form opens a clause
		}
		if isDigitStart(w) || i < h && startsUpper(t.Text) {
			continue
		}
		if !lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun) && !lx.Has(lx.Base(w, lexicon.Adj), lexicon.Adj) && !capitalisedPersonNoun(t.Text) && !negatedAdjective(w) || i < h && lx.Has(w, lexicon.Adv) && !lx.Has(w, lexicon.Adj) {
			return false
		}
	}
	return true
}

// capitalisedPersonNoun reports whether a capitalised word is a noun of
// persons that WordNet writes capitalised ("Norwegian", "Texan": a
// demonym as a noun), its plural included.
func capitalisedPersonNoun(w string) bool {
	if !startsUpper(w) {
		return false
	}
	lx := lexicon.Default()
	for _, c := range capitalisedForms(w) {
		if lx.HasLex(c, lexicon.Noun, lexicon.NounPerson) {
			return true
		}
	}
	return false
}

// capitalisedNoun returns the base form of a noun WordNet writes
// capitalised that w is or is the plural of ("Norwegian", "Texans" →
// "Texan"), or "".
func capitalisedNoun(w string) string {
	lx := lexicon.Default()
	for _, c := range capitalisedForms(w) {
		for _, s := range lx.Senses(c) {
			if s.POS == lexicon.Noun {
				return c
			}
		}
	}
	return ""
}

// capitalisedForms returns the capitalised forms a noun's base may take
// in WordNet: its lower-case base capitalised ("Democrats" → "Democrat"),
// the word itself, and the word without a plural "s" ("Texans" →
// "Texan"): Base reads a word in lower case, so it finds the singular of
// no regular plural of a noun WordNet writes capitalised only.
func capitalisedForms(w string) []string {
	tc := titleCase(w)
	return []string{titleCase(lexicon.Default().Base(lower(w), lexicon.Noun)), tc, strings.TrimSuffix(tc, "s")}
}

// negatedAdjective reports whether a lower-case word WordNet lacks is an
// adjective or a participle with the negative prefix "un-" ("unaligned",
// "unelected"; CGEL ch. 19, §4.1).
func negatedAdjective(w string) bool {
	stem, ok := strings.CutPrefix(w, "un")
	if !ok || len(stem) < 4 {
		return false
	}
	lx := lexicon.Default()
	return lx.Has(stem, lexicon.Adj) || lx.Base(stem, lexicon.Verb) != stem && lx.Has(lx.Base(stem, lexicon.Verb), lexicon.Verb)
}

// PronounSource returns, for quote i of the article whose speaker is an
// unresolved "they" or "it", the source with no name it most likely
// refers to: the source of the nearest earlier quote, at most three
// sentences before and with no named speaker in between, that is a group
// ("Aides said … They added …") for "they", or a document or a group
// named in the singular ("the report", "the agency") for "it"; for "they",
// first the group that opens a recent sentence as its subject when the
// resolution preferred it (preferGroupSubject). It returns "", ""
// otherwise.
func (a *Analysis) PronounSource(i int) (phrase, kind string) {
	if i < 0 || i >= len(a.Quotes) {
		return "", ""
	}
	q := a.Quotes[i]
	p := lower(q.SpeakerText)
	if q.How != "pronoun" || q.Entity >= 0 || p != "they" && p != "it" {
		return "", ""
	}
	if q.group != "" {
		return q.group, KindGroup
	}
	for k := i - 1; k >= 0; k-- {
		b := a.Quotes[k]
		if b.Sentence < q.Sentence-3 || b.Entity >= 0 {
			return "", ""
		}
		ph, kd := a.UnnamedSource(b)
		if ph == "" {
			continue
		}
		head := lower(sourceHead(ph))
		// a quantifier or a quantity noun before "of" counts the persons
		// its of-phrase names and agrees with them ("Nearly half", "A
		// majority of the crew … They": notional concord, Quirk et al.
		// 1985 §10.39): it is no referent of "it", which reads on to the
		// source before it ("The report found … Nearly half said … It
		// added …")
		counted := quantityPhrase(ph) || partitiveOpens(text.Tokens(ph))
		if counted && p == "it" && kd == KindGroup {
			continue
		}
		singular := head != "" && lexicon.Default().Base(head, lexicon.Noun) == head
		if p == "they" && kd == KindGroup || p == "it" && (kd == KindDocument || kd == KindGroup && singular) {
			return ph, kd
		}
		return "", ""
	}
	return "", ""
}

// fractionEnd reports whether the preposition at toks[j] makes a share of
// a number between two numbers ("four in 10", "nine out of 10") and
// returns the index of the second number.
func fractionEnd(toks []text.Token, j int) (int, bool) {
	if !countWord(toks[j-1].Text) {
		return 0, false
	}
	k := j + 1
	if toks[j].Lower == "out" && k < len(toks) && toks[k].Lower == "of" {
		k++
	} else if toks[j].Lower != "in" {
		return 0, false
	}
	if k < len(toks) && countWord(toks[k].Text) {
		return k, true
	}
	return 0, false
}

// sourceHead returns the head word of a source phrase as UnnamedSource
// reads it: the last word, or the word before the first preposition
// ("members of the council": "members"; a share's "in" or "out of" is
// none), without a possessive; "" for a bare share ("four in 10").
func sourceHead(np string) string {
	toks := text.Tokens(np)
	h, share := sourceHeadAt(toks)
	if h < 0 || share {
		return "" // a bare share ("four in 10"): many people
	}
	head, _ := stripPossessive(toks[h].Text)
	return head
}

// sourceHeadAt returns the index of the head word of a source phrase's
// tokens: the last word, or the word before the first preposition
// ("members of the council"), relative pronoun or subject pronoun
// ("officials who attended", "an account she gave") or participle or
// adjective that post-modifies it (postParticipleAt: "a poll released
// Thursday"; postAdjectiveAt: "data available from …"); a share's "in" or "out of" ("four in 10
// voters", "nine out of 10") is none, the noun after it, if any, is the
// head. share is true for a bare share of people polled ("four in 10").
// The index is -1 for no tokens.
func sourceHeadAt(toks []text.Token) (h int, share bool) {
	h = len(toks) - 1
	if h > 0 && placeAdverb(toks[h].Text) && nounBefore(toks[h-1].Text) {
		h-- // "officials there": the adverb postmodifies the head (placeAdverb)
	}
	for j := 1; j < len(toks); j++ {
		t, ok := lexicon.ClosedClass(toks[j].Lower)
		if ok && (t == "WP" || t == "WDT") || nominativePronoun(toks[j].Text) || postParticipleAt(toks, j) {
			return j - 1, false // "an account she gave": a contact relative clause
		}
		if ok && t == "IN" {
			if j >= 2 && postAdjectiveAt(toks, j-1) {
				return j - 2, false // "data available from the agency"
			}
			if k, ok := fractionEnd(toks, j); ok {
				if k == len(toks)-1 && k <= 4 {
					return h, true
				}
				continue
			}
			return j - 1, false
		}
	}
	return h, false
}

// GroupName reports whether the name a quote's speaker is given names a
// number of unnamed people, not a person or a body: a quantifying pronoun
// alone ("Others", "Many"; quantifiers, CGEL ch. 5 §9), a plural of a
// common noun of persons that only opens its sentence capitalised
// ("Friends said": the article never writes the word capitalised inside a
// sentence), the plural of a demonym ("Peruvians") or of a people's
// member (peoplePlural: "Basques", "Methodists") or a compound ending in
// a demonym's plural (compoundDemonymPlural: "Greek-Americans"), a
// demonym's plural after a capitalised modifier that is no place and that
// WordNet has ("Rural Norwegians", not "Oslo Americans" or "Tarnwood
// Canadians"), or
// such a plural of persons after a quantifier or a demonym ("Many
// Democrats", "Some Friends", "American Christians"); a definite article before the plural changes
// nothing ("The Norwegians"). "Democrats" alone, a party the article writes
// capitalised, and names with a first name stay names.
func (a *Analysis) GroupName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 2 && lower(ws[0]) == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 || IsFirstName(ws[0]) {
		return false
	}
	if len(ws) > 1 && a.commonPhrase(ws) {
		// "Farm unions say", "Hospital staff said": no name, a common noun
		// phrase opens the sentence; a singular head that is no collective
		// noun is one person ("Hospital spokeswoman": RoleWord)
		return pluralOrCollective(ws[len(ws)-1])
	}
	if len(ws) > 2 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], namePunct)
	if len(ws) == 1 {
		return quantifier(lower(last)) || a.plainPersonsPlural(last) || demonymPlural(last) || peoplePlural(last) || a.placeDwellers(last) || compoundDemonymPlural(last)
	}
	if m := strings.Trim(ws[0], namePunct); personDemonymPlural(last) && startsUpper(ws[0]) && lexicon.Default().ProperType(m) != "place" && wordNetWord(m) {
		// "Rural Norwegians", "Greek Americans": a modifier and a
		// demonym's plural; a place before it, or a proper name WordNet
		// lacks (a town's), names a team or a body ("Oslo Americans",
		// "Tarnwood Canadians")
		return true
	}
	lx := lexicon.Default()
	first := lower(ws[0])
	if !quantifier(first) && !isDemonym(lx, ws[0]) {
		return false
	}
	b := lx.Base(lower(last), lexicon.Noun)
	return b != lower(last) && (lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) || lx.HasLex(titleCase(b), lexicon.Noun, lexicon.NounPerson)) || demonymPlural(last)
}

// RoleWord reports whether the one-word name a quote's speaker is given
// is a singular common noun whose most frequent sense in lower case is a
// person in WordNet ("Nurse", "Ferryman") and that the article writes
// capitalised only where it opens a sentence and gives no one as a
// surname (commonWordNotNamed): one unnamed person by role, the singular
// of GroupName's "Friends"; or a common noun phrase (commonPhrase) whose
// singular head is no collective noun ("Hospital spokeswoman", "Farm
// union leader").
func (a *Analysis) RoleWord(name string) bool {
	if ws := strings.Fields(name); len(ws) > 1 {
		return a.commonPhrase(ws) && !pluralOrCollective(ws[len(ws)-1])
	}
	if isAcronym(name) {
		return false
	}
	lx, lw := lexicon.Default(), lower(name)
	s, ok := lx.TopSense(lw, lexicon.Noun)
	return ok && !s.Instance && s.Lex == lexicon.NounPerson && lx.Base(lw, lexicon.Noun) == lw && a.commonWordNotNamed(name)
}

// AbbreviatedTitle reports whether a speaker's name of kind kind ends in
// an abbreviated title of office (personAbbreviation: "The CEO", "Acme
// CFO"), so that it names one unnamed person by role. After a person's
// name, one the entity stage typed a person or one opened by a given name
// or a title, the abbreviation is that person's post-nominal title ("Ida
// Moss MP", "Tarquin Volk MP": Quirk et al. 1985, ch. 17 on
// apposition), and the person stays named.
func AbbreviatedTitle(name, kind string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || !personAbbreviation(strings.Trim(ws[len(ws)-1], namePunct)) {
		return false
	}
	if len(ws) == 1 {
		return true
	}
	if kind == KindPerson || titleWords[lower(ws[0])] || FirstNameGender(ws[0]) != 0 {
		return false
	}
	names := 0
	for _, w := range ws[:len(ws)-1] {
		if bareNameWord(w) {
			names++
		}
	}
	return names < 2 // "Tarquin Volk MP": a given name and a surname before it
}

// personAbbreviation reports whether a word written in capitals is an
// abbreviation WordNet lists for a common noun of persons as its most
// frequent sense, as written or with a stop after each letter ("CEO"
// chief executive officer, "CFO", "DA" district attorney, "MP", "VP" as
// "V.P."): an abbreviated title of office or role (Quirk et al. 1985,
// Appendix I on abbreviations), no one's name. A possessive ending is
// read off ("the DA's").
func personAbbreviation(w string) bool {
	w, _ = stripPossessive(w)
	bare := strings.ReplaceAll(w, ".", "")
	if len(bare) < 2 || len(bare) > 5 {
		return false
	}
	dotted := ""
	for _, r := range bare {
		if r < 'A' || r > 'Z' {
			return false
		}
		dotted += string(r) + "."
	}
	lx := lexicon.Default()
	for _, f := range []string{bare, dotted} {
		if s, ok := lx.TopSense(f, lexicon.Noun); ok && s.Lex == lexicon.NounPerson && !s.Instance {
			return true
		}
	}
	return false
}

// pluralOrCollective reports whether the lower-case head of a common noun
// phrase names more than one: a plural ("unions") or a collective noun,
// whose most frequent WordNet sense is a group ("staff", "police"; Quirk
// et al. 1985 §5.108, collective nouns).
func pluralOrCollective(w string) bool {
	lw := lower(strings.Trim(w, namePunct))
	return lexicon.Default().Base(lw, lexicon.Noun) != lw || groupNoun(lw)
}

// commonPhrase reports whether the words of a speaker's name are a common
// noun phrase: its first word a common word capitalised only where it
// opens a sentence (commonWordNotNamed: the article never writes it
// capitalised inside one), every other word in lower case ("Farm
// unions", "Hospital staff", "County police"). "Lyon police" and a
// "County Police" the article writes so inside a sentence stay names.
func (a *Analysis) commonPhrase(ws []string) bool {
	for _, w := range ws[1:] {
		if startsUpper(w) {
			return false
		}
	}
	return a.commonWordNotNamed(ws[0])
}

// quantifiers are the quantifying determinatives that stand for people on
// their own, as fused heads ("Many said", "Others say", "Some argue",
// "Each said"; CGEL ch. 5 §9), each with whether it takes a plural verb
// ("many say", not "each say").
var quantifiers = map[string]bool{"many": true, "several": true, "some": true, "most": true, "few": true, "all": true,
	"both": true, "others": true, "half": true, "none": true, "other": false, "one": false, "each": false}

// quantifier reports whether a lower-case word is one of the quantifiers.
func quantifier(w string) bool {
	_, ok := quantifiers[w]
	return ok
}

// plainPersonsPlural reports whether one capitalised word is the plural of
// a common noun of persons in lower case ("Friends", "Residents") that the
// article never writes capitalised inside a sentence.
func (a *Analysis) plainPersonsPlural(w string) bool {
	lx := lexicon.Default()
	b := lx.Base(lower(w), lexicon.Noun)
	return b != lower(w) && lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) && !isAcronym(w) && !a.capitalisedInside(w)
}

// peoplePlural reports whether a capitalised word is the plural of a
// capitalised WordNet noun whose most frequent sense is a member of a
// people, by where they live or by faith (peopleAnchors: "Basques",
// "Uzbeks", "Methodists", "Catholics"), not of a party ("Democrats": a
// politician) nor an instance (a person's name).
func peoplePlural(w string) bool {
	sg, ok := strings.CutSuffix(w, "s")
	if !ok || !startsUpper(sg) || isAcronym(w) {
		return false
	}
	lx := lexicon.Default()
	s, ok := lx.TopSense(sg, lexicon.Noun)
	return ok && !s.Instance && s.Lex == lexicon.NounPerson && lx.SynsetUnder(s.Synset, lexicon.Noun, peopleAnchors, 6)
}

// placeDwellers reports whether a capitalised word is the plural of a
// demonym made from a place's name with one of the English suffixes of
// inhabitants, "-ite", "-er", "-ian", "-an", "-n" (CGEL ch. 19, §5.4):
// "Brooklynites", "Londoners", "Parisians", "Georgians", the place one
// WordNet knows or one the article names as a place.
func (a *Analysis) placeDwellers(w string) bool {
	lx := lexicon.Default()
	for _, suf := range []string{"ites", "ers", "ians", "ans", "ns"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 || !startsUpper(stem) {
			continue
		}
		if lx.ProperType(stem) == "place" {
			return true
		}
		for _, e := range a.Entities {
			if e.Type == Place && e.Name == stem {
				return true
			}
		}
	}
	return false
}

// peopleAnchors are WordNet 3.0 noun synsets (offsets) of the members of
// peoples: inhabitant, "a person inhabiting a particular place"
// (09620078), and religious person (09628382).
var peopleAnchors = []uint32{9620078, 9628382}

// compoundDemonymPlural reports whether one hyphenated word is a compound
// whose last part is the plural of a demonym and whose other parts are
// capitalised words WordNet has ("Greek-Americans", "Afro-Caribbeans";
// personDemonymPlural; not a town's team, "Kelby-Americans"):
// the head of a compound is its last element (Quirk et al. 1985,
// Appendix I on compounds), so the word names many people of a nation,
// like "Americans".
func compoundDemonymPlural(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if !startsUpper(p) || isAcronym(p) || !wordNetWord(p) {
			return false // "Kelby-Americans": a town's team, no nation's people
		}
	}
	return personDemonymPlural(parts[len(parts)-1])
}

// personDemonymPlural reports whether a word is the plural of a demonym
// (demonymPlural) that WordNet also has as a capitalised noun of persons
// ("Americans": "American", a native or inhabitant), not of a word with
// only an adjective so written ("Unions").
func personDemonymPlural(w string) bool {
	return demonymPlural(w) && capitalisedPersonNoun(w)
}

// demonymPlural reports whether a word is the plural of a demonym, a
// nation's members ("Peruvians": WordNet's adjective).
func demonymPlural(w string) bool {
	sg, ok := strings.CutSuffix(w, "s")
	return ok && (nationality(sg) || isDemonym(lexicon.Default(), sg))
}

// BareTitle reports whether the name a quote's speaker is given is a title
// of office with no name after it, which a common noun before it
// classifies ("Harbor Police Chief says", "the Fire Marshal said":
// titleNoName), and the phrase as written ends with it: one unnamed
// person by role, like RoleWord's. A title that owns the speaker ("the
// City Attorney's office said", "the Fire Marshal's report") names the
// office or the document that spoke, which keeps its kind.
func (a *Analysis) BareTitle(q Quote, name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || !titleNoName(ws) {
		return false
	}
	st := strings.TrimRight(strings.TrimSpace(q.SpeakerText), ",.;:")
	if !strings.HasSuffix(st, " "+ws[len(ws)-1]) && st != ws[len(ws)-1] {
		return false
	}
	if q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
		return true
	}
	// "The State Attorney office announced": a noun after the title in its
	// sentence is the head the title modifies, the office that spoke
	sent := a.Sentences[q.Sentence].Text
	i := strings.Index(sent, st)
	if i < 0 {
		return true
	}
	next := strings.Fields(sent[i+len(st):])
	if len(next) == 0 {
		return true
	}
	w := strings.Trim(next[0], namePunct)
	lx := lexicon.Default()
	return w == "" || !unicode.IsLower([]rune(w)[0]) || !lx.Has(lower(w), lexicon.Noun) || lx.Has(lower(w), lexicon.Verb) || lx.Base(lower(w), lexicon.Verb) != lower(w)
}

// titleNoName reports whether capitalised words are a title of office
// left without the name it is written before ("Harbor Police Chief said",
// "according to the Fire Marshal", "Deputy Attorney General"): the last
// word is a singular title (headwords.txt, WordNet's nouns of persons
// written before a name) and the word before it a common noun that
// classifies it (Quirk et al. 1985 §17.108, a noun premodifier: the
// chief of the police), not a given name, so no one's name ends in the
// title ("Ada King", "Will Judge"). A name's words before the premodifier
// ("Harbor", "Tarn County") only say whose police it is. A title that is
// also a thing or a text in WordNet (noun.artifact, noun.communication:
// a monitor, a leader page, a governor of an engine, a secretary desk)
// may be a paper's or a product's name ("Union Leader", "Science
// Monitor") and is left a name.
func titleNoName(ws []string) bool {
	lx := lexicon.Default()
	last := strings.Trim(ws[len(ws)-1], namePunct)
	ll := lower(last)
	if !titleWords[ll] || courtesyTitle(last) || isAcronym(last) || lx.Base(ll, lexicon.Noun) != ll {
		return false
	}
	person := false
	for _, s := range lx.Senses(ll) {
		if s.POS != lexicon.Noun {
			continue
		}
		if s.Lex == lexicon.NounArtifact || s.Lex == lexicon.NounCommunication {
			return false
		}
		person = person || s.Lex == lexicon.NounPerson && s.Rank == 0
	}
	prev, _ := stripPossessive(strings.Trim(ws[len(ws)-2], namePunct))
	lp := lower(prev)
	return person && startsUpper(prev) && !isAcronym(prev) && !IsFirstName(prev) && lx.Has(lp, lexicon.Noun) && lx.Base(lp, lexicon.Noun) == lp
}

// surnameParticle reports whether a part of an intercapped word is a
// surname's particle: a connector ("de", "la", "van", "bin") or a patronymic
// or Dutch particle ("Mac", "Fitz", "ten", "ter").
func surnameParticle(p string) bool {
	lp := lower(p)
	return len(lp) <= 2 || connectors[lp] || lp == "mac" || lp == "fitz" || lp == "ten" || lp == "ter"
}

// particleCaps reports whether a word is a particle ("Mc", "Mac", "O'")
// followed by a surname written in capitals ("McBRENN"), a news style of
// surnames in capitals.
func particleCaps(rs []rune) bool {
	w := string(rs)
	for _, p := range []string{"Mc", "Mac"} {
		if rest := strings.TrimPrefix(w, p); rest != w && len([]rune(rest)) >= 2 && strings.IndexFunc(rest, unicode.IsLower) < 0 {
			return true
		}
	}
	return false
}

// wordNetWord reports whether WordNet has a word, in lower case or as
// written ("rural", "Greek"): a modifier it lacks ("Kelby") is a proper
// name, a town's or a club's.
func wordNetWord(w string) bool {
	lx := lexicon.Default()
	return lx.IsCommon(lower(w)) || len(lx.Senses(w)) > 0
}
