package mention

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Entity types.
const (
	Person       = "person"
	Organization = "organization"
	Place        = "place"
	Other        = "other"
)

// NameMention is one mention of a named entity in an article.
type NameMention struct {
	// Text is the span as written, title included ("Major General Anna K. Berg").
	Text string
	// Name is the name without title or possessive ("Anna K. Berg").
	Name string
	// Title is the title or role written with it ("Major General"), if any.
	Title string
	// Sentence is the sentence index; Start and End are byte offsets of Text in it.
	Sentence   int
	Start, End int
	// Entity is the index of the article entity it refers to.
	Entity int
	// RoleOnly marks a mention by role alone ("the premier").
	RoleOnly bool
}

// ArticleEntity is an entity of one article with its mentions resolved.
type ArticleEntity struct {
	Name     string
	Type     string
	Aliases  []string
	Titles   []string
	Acronyms []string
	Mentions int
	// textGender is the gender the article's pronouns give the entity
	// (inferGenders), 'm', 'f' or 0.
	textGender byte
	// pronounGendered says textGender overrules the first name's gender
	// (overrideNameGenders).
	pronounGendered bool
	// score counts the evidence for Type.
	typeVotes map[string]float64
}

type span struct {
	sent       int
	start, end int // byte offsets in the sentence
	toks       []text.Token
	possessive bool
}

func isNameToken(t text.Token) bool {
	if !t.IsWord() {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsUpper(r) {
		return !hyphenModifier(t.Text)
	}
	// "al-Hashimi", "bin Salman" style particles with a capitalised rest:
	// the Arabic article and patronymics, the Irish and Scottish "O'" and
	// "Mc", the French, Italian and Dutch "d'", "de", "van" (The Chicago
	// Manual of Style, 17th ed. 2017, §8.5 names with particles, and its
	// sections on Irish, Scottish and Arabic names).
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "bin-", "ibn-", "d'", "d’", "o'", "o’", "mc", "van-", "de-"} {
		if strings.HasPrefix(t.Text, p) && len(t.Text) > len(p) {
			r2, _ := utf8.DecodeRuneInString(t.Text[len(p):])
			return unicode.IsUpper(r2)
		}
	}
	return false
}

// hyphenModifier reports whether a capitalised hyphenated word ends in a
// lower-case common word, which makes it a modifier ("US-led",
// "Iran-backed", "Tamil-majority"), not a name ("Al-Rashidi",
// "Hewlett-Packard").
func hyphenModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	last := w[i+1:]
	if startsUpper(last) {
		return false
	}
	lx := lexicon.Default()
	return lx.IsCommon(last) || lx.Base(last, lexicon.Verb) != last || lx.Base(last, lexicon.Noun) != last
}

// stripPossessive removes "'s" / "’s" / a trailing apostrophe after s.
func stripPossessive(s string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)], true
		}
	}
	return s, false
}

// withoutClosingQuote drops an apostrophe that ends a name after a letter
// other than s: a closing single quotation mark ("‘Time’ Just Announced"),
// since only a plural possessive ("the Joneses’") ends in one.
func withoutClosingQuote(name string) string {
	for _, q := range []string{"’", "'"} {
		if rest, ok := strings.CutSuffix(name, q); ok && rest != "" && !strings.HasSuffix(lower(rest), "s") {
			return rest
		}
	}
	return name
}

// capSpans finds runs of name tokens (with connectors) in a sentence.
func capSpans(si int, sent string, toks []text.Token) []span {
	var out []span
	headline := si == 0 && !strings.Contains(strings.TrimSpace(sent), "\n") && titleCasedTokens(toks)
	i := 0
	for i < len(toks) {
		if !isNameToken(toks[i]) || headline && headlineBreak(nil, toks[i].Text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if headline && headlineBreak(toks[i:j], toks[j].Text) {
				break // "Acme Just Said …": a word of the clause capitalised by title case ends the name
			}
			if isNameToken(toks[j]) {
				if dayAdjunct(toks, j) {
					break // "Broaddin Sunday night said": the weekday is a time adjunct, no part of the name
				}
				if w, poss := stripPossessive(toks[j-1].Text); poss && !officeOfRole(w, toks[j].Text) && !placeOfPossessor(toks, j) && !facilityOfPossessor(toks[i:j], toks[j].Text) {
					break // "Hashimi’s Office" splits after the possessive
				}
				j++
				continue
			}
			// A connector followed by a name token joins the span.
			if connectors[toks[j].Lower] && j+1 < len(toks) {
				k := j + 1
				if toks[k].Lower == "the" && k+1 < len(toks) {
					k++
				}
				// after a connector a weekday or a month opens a time
				// adjunct, no part of the name ("the Tarn City Council on
				// Wednesday"; Quirk et al. 1985, §8.53)
				if isNameToken(toks[k]) && !calendarName(toks[k].Text) && connectorFits(toks[i:j], toks[j].Lower) {
					j = k + 1
					continue
				}
			}
			break
		}
		sp := span{sent: si, toks: toks[i:j]}
		if last := toks[j-1].Text; true {
			if _, poss := stripPossessive(last); poss {
				sp.possessive = true
			}
		}
		sp.start, sp.end = toks[i].Start, toks[j-1].End
		out = append(out, sp)
		i = j
	}
	return out
}

// dayAdjunct reports whether the weekday at toks[j], after a name, is a
// time adjunct rather than a word of that name: a lower-case part of the
// day (a noun WordNet files under noun.time: "night", "morning") or a
// verb form that is no noun follows it ("Lund Sunday night said",
// "Lund Tuesday announced"). "Super Tuesday voters" keeps its name.
func dayAdjunct(toks []text.Token, j int) bool {
	if _, day := dates.WeekdayNumber(toks[j].Text); !day || len(toks[j].Text) <= 3 || j+1 >= len(toks) {
		return false
	}
	next := toks[j+1].Text
	if !toks[j+1].IsWord() || startsUpper(next) {
		return false
	}
	lx, ln := lexicon.Default(), lower(next)
	if lx.HasLex(ln, lexicon.Noun, lexicon.NounTime) {
		return true
	}
	return lx.Base(ln, lexicon.Verb) != ln && !lx.Has(ln, lexicon.Noun)
}

// titleCasedTokens reports whether a sentence's word tokens are written in
// title case (titleCased), as a headline is.
func titleCasedTokens(toks []text.Token) bool {
	var words []string
	for _, t := range toks {
		if t.IsWord() && !isDigitStart(t.Text) {
			words = append(words, t.Text)
		}
	}
	return titleCased(words)
}

// headlineBreak reports whether a capitalised word of a title-case
// headline is a word of the clause, no part of a name, though the
// headline capitalises it like one: a closed-class word (CGEL's
// determiners, prepositions, conjunctions, auxiliaries: "And", "The",
// "To", "Is") but a connector that continues the name so far ("Bank Of
// Tarnhold", connectorFits), or a word WordNet knows as an adverb and no
// noun ("Just", "Perfectly"), or as a verb and neither noun nor
// adjective ("Resign", "Said"). First names and acronyms stay.
func headlineBreak(sofar []text.Token, w string) bool {
	lx, lw := lexicon.Default(), lower(w)
	if !startsUpper(w) || isAcronym(w) || IsFirstName(w) {
		return false
	}
	if _, ok := lexicon.ClosedClass(lw); ok {
		return !(len(sofar) > 0 && connectors[lw] && connectorFits(sofar, lw))
	}
	if lx.Has(lw, lexicon.Noun) {
		return false
	}
	return headlineAdverb(w) || lx.Has(lx.Base(lw, lexicon.Verb), lexicon.Verb) && !lx.Has(lw, lexicon.Adj)
}

// headlineAdverb reports whether a capitalised word is an adverb WordNet
// knows and no noun, first name or acronym ("Just", "Perfectly").
func headlineAdverb(w string) bool {
	lx, lw := lexicon.Default(), lower(w)
	return startsUpper(w) && !isAcronym(w) && !IsFirstName(w) && lx.Has(lw, lexicon.Adv) && !lx.Has(lw, lexicon.Noun)
}

// placeOfPossessor reports whether toks[j], after a possessive, ends a
// place name made from it: a common noun whose most frequent sense is a
// location (locationName: "County", "Township") that no other
// capitalised word follows ("Prince George's County", "Queen Anne's
// County").
func placeOfPossessor(toks []text.Token, j int) bool {
	return locationName("x "+toks[j].Text) && (j+1 == len(toks) || !isNameToken(toks[j+1]))
}

// officeOfRole reports whether a capitalised possessive and the word after
// it name an office by its holder's role ("Sheriff's Office", "Coroner's
// Department"): the possessor is a common noun of persons (WordNet's
// noun.person) and the next word an organisation's head.
func officeOfRole(possessor, next string) bool {
	lx := lexicon.Default()
	lp := lower(possessor)
	return lx.IsCommon(lp) && lx.HasLex(lp, lexicon.Noun, lexicon.NounPerson) && isOrgHead(lower(next)) && !IsFirstName(possessor)
}

// facilityOfPossessor reports whether a possessive name and the word after
// it name one facility or institution, not a person and what is theirs:
// the next word heads an organisation's name (isOrgHead: "Hospital",
// "School", "Church") and the possessor is either a plural common noun of
// persons ("Children's Hospital", "Women's Clinic", "Veterans' School":
// a descriptive genitive, Quirk et al. 1985 ch. 5) or a saint's name
// ("St. Ann's Church", "Saint Roe's School"), whose genitive names the
// patron of the building, no owner.
func facilityOfPossessor(sofar []text.Token, next string) bool {
	if len(sofar) == 0 || !isOrgHead(lower(next)) {
		return false
	}
	lx := lexicon.Default()
	w, _ := stripPossessive(sofar[len(sofar)-1].Text)
	lw := lower(w)
	if b := lx.Base(lw, lexicon.Noun); b != lw && lx.IsCommon(b) && lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) {
		return true
	}
	first := strings.TrimSuffix(sofar[0].Lower, ".")
	return len(sofar) >= 2 && (first == "st" || first == "saint")
}

// connectorFits decides whether a connector word may continue a name: "of"
// and "for" after organisation heads and right after a title (its
// complement: "Secretary of State", "Minister for Health"), "and" and
// "against" only inside organisation names ("and" not after a complete
// one), particles always. A person
// named after a title does not take the "of" phrase after the name ("Sgt.
// Ana Ruiz of the Harbour Police": a person and her organisation).
func connectorFits(sofar []text.Token, c string) bool {
	hasOrg, hasTitle := false, false
	for i, t := range sofar {
		l := lower(strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s"))
		if isOrgHead(l) {
			hasOrg = true
		}
		if isTitleWord(l) && i == len(sofar)-1 && !(i > 0 && IsFirstName(sofar[i-1].Text)) {
			hasTitle = true // but "Trooper Ali Hakim of …": a surname after a given name, no title
		}
	}
	switch c {
	case "of", "for", "on":
		return hasOrg || hasTitle
	case "and":
		// "Department of Health and Human Services"; but a name that
		// ends in its organisation head is complete: "the Harbour Police
		// Department and the Lake Police Department" are two; so is one
		// whose head words other than a complement follow ("Harbour
		// Police Department Capt. Ada Roe and State Police": a person
		// named after her organisation)
		return hasOrg && orgComplementOpen(sofar)
	case "against", "the":
		return hasOrg
	}
	return true // particles: de, van, bin, al…; "&" joins the names of a firm ("Barnes & Noble")
}

// orgComplementOpen reports whether the last organisation head of a name
// so far is followed by a connector ("Department of Health"): its
// complement is still open, and "and" may continue it.
func orgComplementOpen(sofar []text.Token) bool {
	for i := len(sofar) - 1; i >= 0; i-- {
		w, _ := stripPossessive(sofar[i].Text)
		if isOrgHead(lower(strings.TrimSuffix(w, "."))) {
			return i+1 < len(sofar) && connectors[sofar[i+1].Lower]
		}
	}
	return false
}

// sentenceInitial reports whether token i starts its sentence or follows an
// opening quote or bracket.
func sentenceInitial(toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].Text
	return p == "“" || p == "\"" || p == "‘" || p == "(" || p == "[" || p == ":" || p == "—" || p == "–" || p == "-"
}

// entCand is a name mention with the evidence for its type, before
// mentions are grouped into entities.
type entCand struct {
	m     NameMention
	votes map[string]float64
	acro  string
	// lexPlace is the part of votes[Place] that WordNet's place of the
	// name gave (see voteType).
	lexPlace float64
	// ctxPlace is the part of votes[Place] that the words around the
	// mention gave: a dateline's shape, a preposition of place before it.
	ctxPlace float64
}

// EntityResult is what entity recognition finds in one article.
type EntityResult struct {
	Entities []ArticleEntity
	Mentions []NameMention
}

// Entities recognises the named entities of an article and resolves their
// mentions within it: full names and short forms, acronyms, and role nouns.
func Entities(sents []text.Sentence, toks [][]text.Token) EntityResult {
	lx := lexicon.Default()
	per := make([][]entCand, len(sents))
	spans := make([][]span, len(sents))
	for si, s := range sents {
		spans[si] = capSpans(si, s.Text, toks[si])
	}
	inName := namedInside(toks, spans)
	var dropped []span // sentence-initial one-word spans read as common words
	for si, s := range sents {
		tk := toks[si]
		for _, sp := range spans[si] {
			if c, ok := spanCandidate(lx, s, si, tk, sp, nil, inName); ok {
				per[si] = append(per[si], c)
			} else if len(sp.toks) == 1 && sentenceInitial(tk, indexOf(tk, sp.start)) {
				dropped = append(dropped, sp)
			}
		}
	}
	// "Trump blasted …": a sentence-initial word that is also a common
	// word is the surname of a person the article names in full.
	if surnames := personSurnames(per); len(surnames) > 0 {
		for _, sp := range dropped {
			if c, ok := spanCandidate(lx, sents[sp.sent], sp.sent, toks[sp.sent], sp, surnames, inName); ok {
				per[sp.sent] = append(per[sp.sent], c)
				sort.SliceStable(per[sp.sent], func(i, j int) bool { return per[sp.sent][i].m.Start < per[sp.sent][j].m.Start })
			}
		}
	}
	var cands []entCand
	for _, cs := range per {
		cands = append(cands, cs...)
	}

	shareCoordinatedTypes(sents, cands)
	ents, entOf := groupMentions(cands)
	mergeAcronymEntities(ents, entOf)
	resolveRoles(sents, cands, ents, entOf, lx)
	return entityResult(cands, ents, entOf)
}

// namedInside returns the capitalised words the article writes in a name
// run that does not open its sentence ("call Crime Stoppers at …"): words
// the article uses in names, where a capitalised run that opens a
// sentence may be capitalised by its place alone (pageLabelBefore).
func namedInside(toks [][]text.Token, spans [][]span) map[string]bool {
	out := map[string]bool{}
	for si, sps := range spans {
		for _, sp := range sps {
			if sentenceInitial(toks[si], indexOf(toks[si], sp.toks[0].Start)) {
				continue
			}
			for _, t := range sp.toks {
				w, _ := stripPossessive(t.Text)
				out[w] = true
			}
		}
	}
	return out
}

// personSurnames returns the last words of the names, of two words or
// more, that open with a first name of the embedded lists ("Donald
// Trump"): the short forms by which the article may go on naming them.
func personSurnames(per [][]entCand) map[string]bool {
	out := map[string]bool{}
	for _, cs := range per {
		for _, c := range cs {
			if ws := strings.Fields(c.m.Name); len(ws) >= 2 && IsFirstName(ws[0]) {
				out[ws[len(ws)-1]] = true
			}
		}
	}
	return out
}

// shareCoordinatedTypes gives coordinated names ("Graz, Linz, and
// Salzburg") each other's type evidence.
func shareCoordinatedTypes(sents []text.Sentence, cands []entCand) {
	for i := 1; i < len(cands); i++ {
		a, b := &cands[i-1], &cands[i]
		if a.m.Sentence != b.m.Sentence || a.votes == nil || b.votes == nil {
			continue
		}
		between := strings.TrimSpace(sents[a.m.Sentence].Text[a.m.End:b.m.Start])
		if between == "," || between == "and" || between == ", and" || between == "or" || between == ", or" {
			ta, tb := topVote(a.votes), topVote(b.votes)
			if ta != "" && a.votes[ta] >= 2 {
				b.votes[ta] += 1
			}
			if tb != "" && b.votes[tb] >= 2 {
				a.votes[tb] += 1
			}
		}
	}
}

// groupMentions groups mentions into entities: longest names first, then
// short forms, acronyms and keys of their own. entOf maps each candidate to
// its entity (-1 for role-only mentions).
func groupMentions(cands []entCand) ([]ArticleEntity, []int) {
	order := longestFirst(cands)
	var ents []ArticleEntity
	entOf := make([]int, len(cands))
	for i := range entOf {
		entOf[i] = -1
	}
	byKey := map[string]int{}  // normalized alias → entity
	byAcro := map[string]int{} // acronym → entity
	var fullWords [][]string   // normalized words of each entity's name
	findEntity := func(c entCand, key string) int {
		if ei, ok := byKey[key]; ok {
			return ei
		}
		if ei, ok := byAcro[c.m.Name]; ok {
			return ei
		}
		// A short form: the last word of a person's name.
		words := strings.Fields(key)
		if len(words) != 1 {
			return -1
		}
		// The last word first; then the surname before a generational
		// suffix ("Greer" of "Martin L. Greer Jr.").
		g := TitleGender(c.m.Title)
		for _, last := range []func(ei int) string{
			func(ei int) string { return fullWords[ei][len(fullWords[ei])-1] },
			func(ei int) string { return NormalizeName(Surname(ents[ei].Name)) },
		} {
			match := -1
			for ei := range ents {
				// The word first: it rules out most entities, and
				// the checks below read the entity's names again.
				if len(fullWords[ei]) < 2 || last(ei) != words[0] {
					continue
				}
				if ents[ei].typeOf() != Person && c.votes[Person] == 0 && !IsFirstName(strings.Fields(ents[ei].Name)[0]) {
					continue
				}
				if g != 0 {
					if eg := ents[ei].Gender(); eg != 0 && eg != g {
						continue // "Mrs. Doe" is not "Bill Doe"
					}
				}
				if match >= 0 && match != ei {
					return -1 // ambiguous: two people share the surname
				}
				match = ei
			}
			if match >= 0 {
				return match
			}
		}
		return -1
	}
	for _, ci := range order {
		c := cands[ci]
		if c.m.RoleOnly {
			continue
		}
		key := NormalizeName(c.m.Name)
		ei := findEntity(c, key)
		if ei >= 0 && len(strings.Fields(key)) == 1 && surnameOfNamed(ents[ei].Name) {
			// "Dayton" after "Mark Dayton": the article said whom the
			// surname names, so WordNet's place of that word alone
			// does not vote.
			c.votes[Place] -= c.lexPlace
			if e := &ents[ei]; e.typeVotes[Person] > e.typeVotes[Place] {
				// "a letter to Lund", a headline "Lund, Harbor Board
				// clash over …" after "Ada Lund", a person's name: a
				// preposition or a dateline's shape is no evidence that
				// the surname alone names a place.
				c.votes[Place] -= c.ctxPlace
			}
		}
		if ei < 0 {
			ents = append(ents, ArticleEntity{Name: c.m.Name, typeVotes: map[string]float64{}})
			ei = len(ents) - 1
			fullWords = append(fullWords, strings.Fields(key))
		}
		e := &ents[ei]
		e.Aliases = corroborate.AppendUnique(e.Aliases, c.m.Name)
		if _, ok := byKey[key]; !ok {
			byKey[key] = ei
		}
		if c.m.Title != "" {
			e.Titles = corroborate.AppendUnique(e.Titles, c.m.Title)
		}
		if c.acro != "" {
			e.Acronyms = corroborate.AppendUnique(e.Acronyms, c.acro)
			e.Aliases = corroborate.AppendUnique(e.Aliases, c.acro)
			if _, ok := byAcro[c.acro]; !ok {
				byAcro[c.acro] = ei
			}
		}
		for k, v := range c.votes {
			e.typeVotes[k] += v
		}
		entOf[ci] = ei
	}
	return ents, entOf
}

// longestFirst returns the candidates' indices, those whose names have
// more words first, in their order among names of as many words. The
// words are counted once a candidate: counted in the comparison, they
// were split out again at every comparison of the sort.
func longestFirst(cands []entCand) []int {
	order := make([]int, len(cands))
	words := make([]int, len(cands))
	for i := range order {
		order[i] = i
		words[i] = len(strings.Fields(cands[i].m.Name))
	}
	sort.SliceStable(order, func(a, b int) bool { return words[order[a]] > words[order[b]] })
	return order
}

// surnameOfNamed reports whether an entity's name opens with a known first
// name and has two to four words: a short form joining it is its surname.
func surnameOfNamed(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && len(ws) <= 4 && IsFirstName(ws[0])
}

// mergeAcronymEntities merges an entity named by an acronym into the
// entity that defined the acronym elsewhere in the article.
func mergeAcronymEntities(ents []ArticleEntity, entOf []int) {
	for ei := range ents {
		for _, a := range ents[ei].Acronyms {
			for ej := range ents {
				if ej != ei && ents[ej].Name == a {
					mergeInto(&ents[ei], &ents[ej])
					for ci := range entOf {
						if entOf[ci] == ej {
							entOf[ci] = ei
						}
					}
				}
			}
		}
	}
}

// resolveRoles gives a person the title of an apposition ("The US
// Ambassador to Austria, Paolo Rossi,") and points role-only mentions ("the
// ambassador") at the entity that carries that title in the article.
func resolveRoles(sents []text.Sentence, cands []entCand, ents []ArticleEntity, entOf []int, lx *lexicon.Lexicon) {
	for ci, c := range cands {
		if !c.m.RoleOnly {
			continue
		}
		nxi := -1
		for k := ci + 1; k < len(cands) && cands[k].m.Sentence == c.m.Sentence; k++ {
			if !cands[k].m.RoleOnly && entOf[k] >= 0 && ents[entOf[k]].typeOf() != Place {
				nxi = k
				break
			}
		}
		if nxi < 0 {
			continue
		}
		nx := cands[nxi]
		between := sents[c.m.Sentence].Text[c.m.End:nx.m.Start]
		if appositionRe.MatchString(between) {
			e := &ents[entOf[nxi]]
			if e.typeOf() == Person || e.typeVotes[Person] > 0 {
				e.Titles = corroborate.AppendUnique(e.Titles, strings.TrimSpace(sents[c.m.Sentence].Text[c.m.Start:c.m.End]+strings.TrimRight(between, ", ")))
				e.typeVotes[Person] += 2
			}
		}
	}
	// Role-only mentions: the entity that carries that title in the article.
	for ci, c := range cands {
		if !c.m.RoleOnly {
			continue
		}
		if ei := entityByRole(ents, c.m.Title, lx); ei >= 0 {
			entOf[ci] = ei
		}
	}
}

// entityResult keeps the entities that still have names, with their types
// and canonical names, and the mentions that point at them.
func entityResult(cands []entCand, ents []ArticleEntity, entOf []int) EntityResult {
	var res EntityResult
	remap := map[int]int{}
	for ei := range ents {
		if ents[ei].Mentions < 0 || len(ents[ei].Aliases) == 0 {
			continue
		}
		remap[ei] = len(res.Entities)
		e := ents[ei]
		e.Type = e.typeOf()
		e.Name = canonicalName(e.Aliases)
		res.Entities = append(res.Entities, e)
	}
	for ci, c := range cands {
		ei, ok := remap[entOf[ci]]
		if entOf[ci] < 0 || !ok {
			continue
		}
		c.m.Entity = ei
		res.Mentions = append(res.Mentions, c.m)
		res.Entities[ei].Mentions++
		if c.m.RoleOnly {
			res.Entities[ei].Aliases = corroborate.AppendUnique(res.Entities[ei].Aliases, c.m.Text)
		}
	}
	return res
}

// appositionRe matches what may stand between a role and the name it
// introduces: ", " or " to Austria, ".
var appositionRe = regexp.MustCompile(`^(?:\s+(?:to|of|in|for)\s+[^,]{1,40})?\s*,\s*$`)

func topVote(v map[string]float64) string {
	best, bv := "", 0.0
	for _, t := range []string{Person, Organization, Place} {
		if v[t] > bv {
			best, bv = t, v[t]
		}
	}
	return best
}

// domainLike reports whether a name holds a web address's top-level
// domain: the generic ones of IANA's Root Zone Database (".com", ".net",
// ".org", ".info", ".news") and the country codes news sites use as
// generic (".co", ".tv").
func domainLike(s string) bool {
	for _, tld := range []string{".com", ".net", ".org", ".co", ".news", ".info", ".tv"} {
		if strings.Contains(lower(s), tld) {
			return true
		}
	}
	return false
}

func (e *ArticleEntity) typeOf() string {
	best, bv := Other, 0.9
	for _, t := range []string{Person, Organization, Place} {
		if e.typeVotes[t] > bv {
			best, bv = t, e.typeVotes[t]
		}
	}
	return best
}

func mergeInto(dst, src *ArticleEntity) {
	for _, a := range src.Aliases {
		dst.Aliases = corroborate.AppendUnique(dst.Aliases, a)
	}
	for _, t := range src.Titles {
		dst.Titles = corroborate.AppendUnique(dst.Titles, t)
	}
	for k, v := range src.typeVotes {
		dst.typeVotes[k] += v
	}
	src.Aliases = nil
	src.Mentions = -1
}

// entityByRole finds the person who holds a role in this article.
func entityByRole(ents []ArticleEntity, role string, lx *lexicon.Lexicon) int {
	head := roleHead(role)
	if head == "" {
		return -1
	}
	match := -1
	for ei, e := range ents {
		if e.Mentions < 0 {
			continue
		}
		for _, t := range e.Titles {
			if rolesMatch(roleHead(t), head, lx) && (match < 0 || match == ei) {
				match = ei
			} else if rolesMatch(roleHead(t), head, lx) {
				return -1
			}
		}
	}
	return match
}

// RoleHead returns the head of a title ("Austrian Prime Minister" → "prime
// minister"), or "" when it has no title word.
func RoleHead(t string) string { return roleHead(t) }

// RolesMatch reports whether two role heads name the same office.
func RolesMatch(a, b string) bool { return rolesMatch(a, b, lexicon.Default()) }

// roleHead returns the head of a title: "Austrian Prime Minister" → "prime minister".
func roleHead(t string) string {
	ws := strings.Fields(lower(t))
	var keep []string
	for i, w := range ws {
		w = strings.TrimSuffix(w, ".")
		if isTitleWord(w) || titleMods[w] && titleAt(ws[i:]) > 0 {
			if full := abbrevOf[w]; full != "" {
				w = full // "gen" → "general", "pm" → "prime minister"
			}
			keep = append(keep, strings.Fields(w)...)
		}
	}
	if len(keep) == 0 {
		return ""
	}
	// "prime minister", "major general": keep the last two title words.
	if len(keep) > 2 {
		keep = keep[len(keep)-2:]
	}
	return strings.Join(keep, " ")
}

func rolesMatch(a, b string, lx *lexicon.Lexicon) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a) {
		return true
	}
	return lx.Synonyms(strings.ReplaceAll(a, " ", "_"), strings.ReplaceAll(b, " ", "_"), lexicon.Noun)
}

func canonicalName(aliases []string) string {
	best := ""
	for _, a := range aliases {
		if len(strings.Fields(a)) > len(strings.Fields(best)) || len(strings.Fields(a)) == len(strings.Fields(best)) && len(a) > len(best) {
			best = a
		}
	}
	return best
}

func joinToks(s string, ts []text.Token) string {
	if len(ts) == 0 {
		return ""
	}
	return s[ts[0].Start:ts[len(ts)-1].End]
}

func indexOf(tk []text.Token, start int) int {
	for i, t := range tk {
		if t.Start == start {
			return i
		}
	}
	return -1
}

func nextIsLowerNoun(tk []text.Token, t text.Token) bool {
	i := indexOf(tk, t.Start)
	if i < 0 || i+1 >= len(tk) {
		return false
	}
	n := tk[i+1]
	return n.IsWord() && !n.IsCapitalized() || strings.Contains(n.Text, "-")
}

func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) < 2 || len(s) > 7 {
		return false
	}
	up := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		} else if !unicode.IsDigit(r) && r != '-' && r != '&' {
			return false
		}
	}
	return up >= 2
}

// isDemonym reports whether a capitalised word is an adjective of
// nationality or origin ("Austrian", "American"). A general adjective
// that WordNet writes capitalised only in a rare sense ("New", "Old":
// senses of languages' stages, in WordNet's adj.all file and ranked
// after their third) is none: "New Moon" is no moon from a place called
// New.
func isDemonym(lx *lexicon.Lexicon, w string) bool {
	if strings.Contains(w, " ") || !startsUpper(w) {
		return false
	}
	hasAdj := false
	for _, s := range lx.Senses(w) {
		if s.POS == lexicon.Adj && (s.Lex != lexicon.AdjAll || s.Rank <= 2) {
			hasAdj = true
		}
		if s.POS == lexicon.Noun && s.Instance {
			return false // a place or person named so
		}
	}
	return hasAdj
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsOrgName(ts []text.Token) bool { return isOrgName(ts) }

// startsPersonName reports whether a sentence-initial capitalised word that
// is also a common word ("Anna", "Mark") begins a person's name: it is not
// an inflected form and the next word is a name no dictionary knows; or it
// is a first name of the embedded lists ("Tom", "Jack") and the name ends
// in the next word, a surname that is also a common word or a person's
// name WordNet knows ("Tom Quill", "Jack Lee"), not an organisation's or
// a place's head ("Mark Street", "Rose Garden").
func startsPersonName(lx *lexicon.Lexicon, ts []text.Token) bool {
	if len(ts) < 2 {
		return false
	}
	lw := ts[0].Lower
	if strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly") || lx.Has(lw, lexicon.Adv) {
		return false
	}
	next, _ := stripPossessive(ts[1].Text)
	if !lx.IsCommon(lower(next)) && !isAcronym(next) && lx.ProperType(next) == "" && !isOrgHead(lower(next)) {
		return true
	}
	ln := lower(next)
	return len(ts) == 2 && IsFirstName(ts[0].Text) && !isAcronym(next) && lx.ProperType(next) != "place" && !isOrgHead(ln) && !isPlaceHead(ln) && !streetSuffixes[ln] && !titleWords[ln]
}

// isOrgName reports whether name tokens end in an organisation head word
// or contain one followed by connectors ("Ministry of Foreign Affairs").
func isOrgName(ts []text.Token) bool {
	for i, t := range ts {
		w, _ := stripPossessive(t.Text)
		lw := lower(strings.TrimSuffix(w, "."))
		if isOrgHead(lw) && (i == len(ts)-1 || i+1 < len(ts) && connectors[ts[i+1].Lower]) {
			if lw == "state" && i == len(ts)-1 && len(ts) == 2 && ts[0].Lower == "united" {
				return false
			}
			return true
		}
	}
	return false
}

// personShaped reports whether name tokens look like a person's name: no
// common lower-case words (initials and particles allowed), not a known place.
func personShaped(lx *lexicon.Lexicon, ts []text.Token) bool {
	if streetSuffix(tokenTexts(ts)) {
		return false
	}
	for _, t := range ts {
		w, _ := stripPossessive(t.Text)
		lw := lower(strings.TrimSuffix(w, "."))
		if utf8.RuneCountInString(lw) == 1 {
			continue // an initial
		}
		if connectors[lw] || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-") {
			continue
		}
		if isAcronym(w) || isOrgHead(lw) || isPlaceHead(lw) || lx.ProperType(w) == "place" {
			return false
		}
		if lx.IsCommon(lw) && !lx.HasLex(w, lexicon.Noun, lexicon.NounPerson) && lx.ProperType(w) != "person" {
			// Common words like "Will" or "Rose" can be names; require the
			// capitalised form not to be a common noun or verb.
			if lx.Has(lw, lexicon.Verb) || lx.Has(lw, lexicon.Adj) {
				return false
			}
		}
	}
	return true
}

// firstNameShaped reports whether name tokens are a person's name by its
// first word: two to four words opening with a first name of the embedded
// first-name lists (see LICENSE-firstnames; "Donald Trump", "Paul Fisher",
// whose surnames are common words or places), none an organisation or place
// head or an acronym, the whole no place WordNet knows; one initial may
// come before the first name ("W. Mark Wood").
func firstNameShaped(lx *lexicon.Lexicon, ts []text.Token) bool {
	if len(ts) >= 3 && len(ts[0].Text) == 2 && initialsWord(ts[0].Text) && IsFirstName(ts[1].Text) {
		ts = ts[1:] // "W. Mark Wood", "J. Edgar Stone": an initial before the first name
	}
	if len(ts) < 2 || len(ts) > 4 || !IsFirstName(ts[0].Text) || streetSuffix(tokenTexts(ts)) {
		return false
	}
	ws := make([]string, len(ts))
	for i, t := range ts {
		w, _ := stripPossessive(t.Text)
		lw := lower(strings.TrimSuffix(w, "."))
		if !isNameToken(t) || isAcronym(w) && len(w) > 1 || isOrgHead(lw) || isPlaceHead(lw) {
			return false
		}
		ws[i] = w
	}
	return lx.ProperType(strings.Join(ws, "_")) == ""
}

func isReportingToken(w string) bool {
	lw := lower(w)
	b := lexicon.Default().Base(lw, lexicon.Verb)
	return b != lw && reportingVerb(b) && !strings.HasSuffix(lw, "ing")
}

// NormalizeName folds a name for comparison: lower case, no diacritics-like
// apostrophes, no "al-"/"el-" particles, initials and periods dropped.
func NormalizeName(s string) string {
	s, _ = stripPossessive(s)
	// The words are written into one builder as they are read (a name is
	// normalised for every mention, alias and comparison of names): no
	// slice of the fields, none of the words kept, no join.
	var b strings.Builder
	for w := range strings.FieldsSeq(lower(s)) {
		if strings.ContainsAny(w, nameMarks) {
			w = strings.Map(func(r rune) rune {
				if strings.ContainsRune(nameMarks, r) {
					return -1
				}
				return r
			}, w)
		}
		// The Arabic article in its assimilated spellings (CMOS §8.5
		// and its section on Arabic names): "al-Rahman" is "Rahman".
		for _, p := range [...]string{"al-", "el-", "ad-", "as-", "ash-", "at-"} {
			w = strings.TrimPrefix(w, p)
		}
		if w == "al" || w == "el" || w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		} else {
			b.Grow(len(s))
		}
		b.WriteString(w)
	}
	return b.String()
}

// nameMarks are the apostrophes and the period NormalizeName drops from
// a name's words.
const nameMarks = "’'‘`´ʼʻ."

// abbrevDayOpensName reports whether a three-letter form of a weekday
// ("Sun", "Wed") opens the name it is capitalised with: a date writes
// the abbreviation beside a month, a number or a period ("Sun., Jan. 4",
// "Wed 12 May"), never before another capitalised word that is no day
// ("the Sun Times", "Wed Corp").
func abbrevDayOpensName(w string, ts []text.Token) bool {
	return len(ts) > 1 && ts[1].Start > ts[0].End && abbrevDayBefore(w, ts[1].Text)
}

// abbrevDayBefore reports whether w is a three-letter weekday form
// opening a name whose next word is next (abbrevDayOpensName).
func abbrevDayBefore(w, next string) bool {
	return len([]rune(w)) <= 3 && isWeekday(w) && startsUpper(next) && !looksLikeDay(titleCase(strings.Trim(next, ".,")))
}

// nameParticle reports whether a lower-cased word is a particle that opens
// a surname when capitalised ("De La Cruz", "Van Buren", "Di Maggio"): a
// connector other than the English "of", "for", "on", "against", "and"
// and "the" (CMOS §8.5, names with particles).
func nameParticle(lw string) bool {
	switch lw {
	case "of", "for", "on", "against", "and", "the":
		return false
	}
	return connectors[lw]
}

// spanCandidate reads one span of capitalised words: it drops the words
// that do not start names, splits the title from the name and collects
// the evidence for the name's type. It reports false for a span that names
// nothing.
func spanCandidate(lx *lexicon.Lexicon, s text.Sentence, si int, tk []text.Token, sp span, surnames, inName map[string]bool) (entCand, bool) {
	// Index of the span's first token in tk.
	first := 0
	for first < len(tk) && tk[first].Start != sp.toks[0].Start {
		first++
	}
	ts := sp.toks
	// Drop leading words that do not start names (an auxiliary opening a
	// question is one: "Does Governor Doe plan to …"). lead stays true
	// while every word before ts[0] opened the sentence and was dropped,
	// none of them a stop word: after a dropped determiner the next word
	// is a name's ("The Harbor Post"), no page's label (pageLabelBefore).
	lead := sentenceInitial(tk, first)
	for len(ts) > 0 {
		w, _ := stripPossessive(ts[0].Text)
		lw := lower(w)
		if (stopCaps[lw] && !(nameParticle(lw) && len(ts) > 1) || looksLikeDay(titleCase(w)) && !abbrevDayOpensName(w, ts)) && !(len(w) >= 3 && isAcronym(w)) || sentenceInitial(tk, first) && len(ts) > 1 && (auxiliaries[lx.Base(lw, lexicon.Verb)] || verbFormOnly(lx, lw) && !commaAfter(tk, sp)) || (sentenceInitial(tk, first) && !(len(ts) == 1 && surnames[w]) && lx.IsCommon(lw) && lx.ProperType(w) == "" && !isTitleWord(lw) && abbrevKind(w) == "" && !isAcronym(w) && (len(ts) == 1 || !startsOrgName(ts) && lx.ProperType(w+"_"+ts[1].Text) == "") && !startsPersonName(lx, ts) && !(len(ts) == 1 && appositivePerson(lx, tk, first))) || lead && (pageLabelBefore(lx, ts, inName) || labelBeforeArticle(lx, ts, inName)) {
			ts = ts[1:]
			first++
			lead = lead && !stopCaps[lw] // "The Harbor Post": a name's word after a determiner
			continue
		}
		break
	}
	// Drop trailing connectors left behind, and a weekday written out
	// after a name ("said Dana Cole Monday": a time adjunct, no part of
	// the name; "the Bayside Sun" keeps its abbreviation-shaped word).
	// A personal pronoun ends no name: "Port Avery, N. J. He was …"
	// (the sentence runs on past the abbreviation's stop).
	for len(ts) > 0 && (connectors[ts[len(ts)-1].Lower] || len(ts) > 1 && len(ts[len(ts)-1].Text) > 3 && isWeekday(ts[len(ts)-1].Text) || len(ts) > 1 && personPronouns[ts[len(ts)-1].Lower]) {
		ts = ts[:len(ts)-1]
	}
	if len(ts) == 0 {
		return entCand{}, false
	}
	titleToks, nameToks := splitTitle(lx, ts)
	// "Ambassador to Vienna Paolo Rossi": a known place
	// before a person-shaped name belongs to the role.
	if len(nameToks) >= 3 && lx.ProperType(nameToks[0].Text) == "place" && personShaped(lx, nameToks[1:]) {
		if fi := indexOf(tk, ts[0].Start); fi > 0 && (tk[fi-1].Lower == "to" || tk[fi-1].Lower == "of" || tk[fi-1].Lower == "in") {
			nameToks = nameToks[1:]
			if pi := indexOf(tk, ts[0].Start); pi > 1 && isNameToken(tk[pi-2]) {
				// the title is in the span before "to": borrow it
				for b := pi - 2; b >= 0 && isNameToken(tk[b]); b-- {
					titleToks = tk[b : pi-1]
				}
			}
		}
	}
	// "Foreign Ministry": a name that is only an organisation head keeps its modifiers.
	if len(nameToks) == 1 && isOrgHead(nameToks[0].Lower) && len(ts) > 1 {
		nameToks, titleToks = ts, nil
	}
	// A lone capitalised modifier before a common noun ("the Arab country").
	if len(nameToks) == 1 && len(titleToks) == 0 && !isAcronym(nameToks[0].Text) && lx.ProperType(nameToks[0].Text) == "" && nextIsLowerNoun(tk, nameToks[0]) {
		if li := indexOf(tk, nameToks[0].Start); li > 0 && (tk[li-1].Lower == "the" || tk[li-1].Lower == "a" || tk[li-1].Lower == "an") {
			return entCand{}, false
		}
	}
	// A title that is only a demonym or country ("US", "Austrian") is a modifier, not a title.
	hasRealTitle := false
	for _, t := range titleToks {
		if isTitleWord(t.Lower) {
			hasRealTitle = true
		}
	}
	if !hasRealTitle {
		// "World Health Organization", "Austrian Armed Forces": the modifier belongs to the name when it is an org.
		if len(nameToks) > 0 && isOrgName(nameToks) {
			nameToks = ts
		}
		titleToks = nil
	}
	// A title ending in a word that is also a name head, e.g. "Major": keep as is.
	spanText := s.Text[ts[0].Start:ts[len(ts)-1].End]
	if len(nameToks) == 0 {
		if hasRealTitle {
			return entCand{m: NameMention{Text: spanText, Title: joinToks(s.Text, titleToks), Sentence: si, Start: ts[0].Start, End: ts[len(ts)-1].End, RoleOnly: true}}, true
		} else if kind := abbrevKind(ts[0].Text); len(ts) == 1 && kind != "" && !nextIsLowerNoun(tk, ts[0]) {
			// "the US" standing alone names a country, "the UN" an
			// organisation of states.
			return entCand{m: NameMention{Text: spanText, Name: spanText, Sentence: si, Start: ts[0].Start, End: ts[0].End}, votes: map[string]float64{kind: 2}}, true
		}
		return entCand{}, false
	}
	if clockWords(nameToks) {
		return entCand{}, false // "8:15 AM ET", "12:46 GMT": a clock time's words
	}
	if len(ts) == 1 && len(nameToks) == 1 && (shoutedWord(lx, nameToks[0].Text) || streetDirectional(tk, indexOf(tk, nameToks[0].Start))) {
		return entCand{}, false // "UPDATE:", "EMBED >": a page's label in capitals; "15th Ave. SW": an address's part
	}
	name := joinToks(s.Text, nameToks)
	name, _ = stripPossessive(name)
	name = withoutClosingQuote(name)
	if isDemonym(lx, name) || strings.EqualFold(name, "I") {
		return entCand{}, false
	}
	c := entCand{m: NameMention{Text: spanText, Name: name, Title: joinToks(s.Text, titleToks), Sentence: si, Start: ts[0].Start, End: ts[len(ts)-1].End}, votes: map[string]float64{}}
	c.acro = c.voteType(lx, si, tk, ts, nameToks, hasRealTitle)
	return c, true
}

// pageLabelBefore reports whether the first word of a capitalised run that
// opens a sentence is a page's label run into the line after it: a
// common English word (WordNet's, no place's or first name's) that the
// derived furniture list holds (extract.FurnitureLabel: "Advertisement",
// "Photo", "Breaking") before a name that starts a
// person's — a word no dictionary knows in any inflection ("Crime
// Stoppers" keeps its first word) or a first name of the embedded
// lists ("Advertisement Dana Roe opened …", "Buy Photo Dana Roe tunes …"). A
// scraper keeps such a label (an ad slot's caption, a photo's purchase
// link) as text, and it ends where the paragraph's first sentence
// begins; a label is no word of a person's name. A word the article
// writes in a name inside a sentence (inName, namedInside: "Crime" of
// "tips to Crime Stoppers") and an organisation's name ("Photo Tarnwick
// Inc.") keep it.
func pageLabelBefore(lx *lexicon.Lexicon, ts []text.Token, inName map[string]bool) bool {
	w, lw := ts[0].Text, ts[0].Lower
	if len(ts) < 2 || inName[w] || utf8.RuneCountInString(w) < 3 || !lx.IsCommon(lw) || lx.ProperType(w) != "" || nameParticle(lw) || listedFirstName(w) || !extract.FurnitureLabel(w) || startsOrgName(ts) {
		return false
	}
	next, _ := stripPossessive(ts[1].Text)
	ln := lower(next)
	return listedFirstName(next) || !lx.IsCommon(ln) && !lx.IsCommon(lx.Base(ln, lexicon.Noun)) && !lx.IsCommon(lx.Base(ln, lexicon.Verb)) && !isAcronym(next) && lx.ProperType(next) == ""
}

// labelBeforeArticle reports whether the first words of a capitalised run
// that opens a sentence, up to a capitalised "The" inside it, are a page's
// label run into the sentence ("Buy Photo The Quay County Water Board
// said …", "Video The Harbor Trust opened …"): common English words
// (WordNet's, no place's or first name's), one of them a label of the
// derived furniture list (extract.FurnitureLabel), before the article
// that opens a noun phrase. A determiner begins its noun phrase (CGEL ch.
// 5 §6), so the words before it are no part of the name after it. A word
// the article writes inside a name elsewhere keeps the run (inName).
func labelBeforeArticle(lx *lexicon.Lexicon, ts []text.Token, inName map[string]bool) bool {
	label := false
	for k, t := range ts {
		if k > 0 && t.Text == "The" {
			// a verb right before the article takes it as its object:
			// "Save The Marsh Trust", "Follow The Water Coalition" are
			// names of their own (an imperative clause), not a label
			return label && k+1 < len(ts) && !lx.Has(ts[k-1].Lower, lexicon.Verb)
		}
		w, lw := t.Text, t.Lower
		if k > 2 || inName[w] || !lx.IsCommon(lw) || lx.ProperType(w) != "" || listedFirstName(w) || isAcronym(w) {
			return false
		}
		label = label || extract.FurnitureLabel(w)
	}
	return false
}

// verbFormOnly reports whether a lower-case word is a verb's "-ing" form
// that WordNet knows as no noun or adjective ("considering", "choosing",
// "citing"; a past participle may open a name: "Associated Press"):
// capitalised at the start of a sentence it opens a clause, not
// the name after it ("Considering Acme bought …") unless a comma sets
// the name off as the verb's object ("Citing Acme, …"). "Reading", "Born"
// and "Living" (nouns or adjectives as well) stay.
func verbFormOnly(lx *lexicon.Lexicon, lw string) bool {
	return strings.HasSuffix(lw, "ing") && lx.Base(lw, lexicon.Verb) != lw && !lx.Has(lw, lexicon.Noun) && !lx.Has(lw, lexicon.Adj)
}

// commaAfter reports whether a comma follows a span in its sentence
// ("Citing Reuters, the paper said": the name is the verb's object).
func commaAfter(tk []text.Token, sp span) bool {
	i := indexOf(tk, sp.toks[len(sp.toks)-1].Start)
	return i >= 0 && i+1 < len(tk) && tk[i+1].Text == ","
}

// splitTitle splits the tokens of a name span into its title (title
// words, demonyms, country abbreviations, a title's complement, a title
// inside the span) and the name that follows it.
func splitTitle(lx *lexicon.Lexicon, ts []text.Token) (titleToks, nameToks []text.Token) {
	k := 0
	lows := make([]string, len(ts))
	for i, t := range ts {
		lows[i] = lower(strings.TrimSuffix(t.Text, "."))
	}
	for k < len(ts) {
		if n := titleAt(lows[k:]); n > 0 {
			k += n
			continue
		}
		// A demonym that opens a name WordNet knows ("New" in "New
		// York") is part of the name, not a title.
		opensName := k+1 < len(ts) && lx.ProperType(ts[k].Text+"_"+strings.TrimSuffix(ts[k+1].Text, "'s")) != ""
		if isDemonym(lx, ts[k].Text) && !opensName || abbrevKind(ts[k].Text) != "" {
			k++
			continue
		}
		break
	}
	titleToks, nameToks = ts[:k], ts[k:]
	if k == 1 && len(ts) == 2 && relationalAfterAdjective(lx, lows[0], ts[1].Text) {
		return nil, ts // "General Electric": a company, no officer
	}
	if k > 0 && k < len(ts) && placeOfPossessor(ts, len(ts)-1) && (k == len(ts)-1 || len(ts)-k == 2 && strings.ContainsAny(ts[k].Text, "'’")) {
		// "King County", "Prince George's County": a title word opens a
		// place name when only a location noun, or a possessor and one,
		// would be left as the name
		return nil, ts
	}
	// "Secretary of State Ada Lund": the title's complement ("of
	// State") before a person-shaped name belongs to the title.
	if k > 0 && k < len(ts) && connectors[ts[k].Lower] {
		// a name that opens with a first name first ("… of Fisheries
		// Nora Quill"), else any person-shaped rest
	shapes:
		for _, shaped := range []func(*lexicon.Lexicon, []text.Token) bool{firstNameShaped, personShaped} {
			for m := k + 1; m < len(ts)-1; m++ {
				if rest := ts[m:]; shaped(lx, rest) && !isOrgName(rest) {
					titleToks, nameToks = ts[:m], rest
					break shapes
				}
			}
		}
	}
	// A title inside the span: "Harbour Police Sgt. Nina
	// Brandt" is a person with an affiliation and a title.
	for m := len(ts) - 2; m >= k; m-- {
		lw := lower(strings.TrimSuffix(ts[m].Text, "."))
		if titleHeads[lw] || abbrevOf[lw] != "" {
			if rest := ts[m+1:]; len(rest) >= 2 && connectors[rest[0].Lower] {
				// "Director of Fisheries Nora Quill": the title's
				// complement runs up to a name that opens with a first name
				for n := m + 2; n < len(ts)-1; n++ {
					if firstNameShaped(lx, ts[n:]) && !isOrgName(ts[n:]) {
						titleToks, nameToks = ts[:n], ts[n:]
						break
					}
				}
			} else if len(rest) >= 2 && (personShaped(lx, rest) || firstNameShaped(lx, rest)) && !isOrgName(rest) {
				titleToks, nameToks = ts[:m+1], rest
			} else if len(rest) == 1 && abbrevOf[lw] != "" && bareNameWord(rest[0].Text) {
				// "Harbour Police Lt. Brandt": an abbreviated title
				// before one word that is no common word, a surname
				titleToks, nameToks = ts[:m+1], rest
			}
			break
		}
	}
	if m := describedPersonAt(lx, nameToks); m > 0 {
		titleToks, nameToks = ts[:len(ts)-len(nameToks)+m], nameToks[m:]
	}
	return titleToks, nameToks
}

// describedPersonAt returns where a person's name starts after words
// that only describe the person ("Democrat Jane Roe", "Ohio Republican
// Jane Roe", "Harbour County Sheriff John Doe", "Neighbours Jane Roe"): each
// word before it a title word, a demonym, a place or organisation WordNet
// knows or a WordNet noun of persons (singular or plural; a first name that
// also names a place may open the name after one: "Coroner Gary Roe"),
// and none but a place or organisation a first
// name itself nor a person's name WordNet knows before a first name
// ("John Paul Roe", "Lee Anna Roe" keep their names; "Post Editor Jo
// Roe" does not). Other capitalised words, a body's name, may come first
// when such a noun of persons stands right before the name ("Tarn Harbour
// Board Treasurer Jo Roe"). The name opens with a
// first name or is a person WordNet knows. 0 when the tokens are no such
// name.
func describedPersonAt(lx *lexicon.Lexicon, ts []text.Token) int {
	affiliation := false
	for m := 1; m+2 <= len(ts); m++ {
		w := strings.TrimSuffix(ts[m-1].Text, ".")
		pt := lx.ProperType(w)
		place := pt == "place" || pt == "organization" || lx.ProperType(w+"_"+ts[m].Text) == "place" // "New" of "New York"
		personNoun := personNounWord(lx, w)
		// in a body's name a word that is a given name or a person's
		// name too is the common word ("Harbour Court Treasurer Jo Roe")
		common := affiliation && !place && lx.IsCommon(lower(w)) && !personNounWord(lx, lower(w))
		if common {
			personNoun = false
		}
		if !place && !common && (IsFirstName(w) || pt == "person" && IsFirstName(ts[m].Text)) {
			return 0
		}
		if !(place || personNoun) {
			// "Tarn Harbour Board Treasurer Jo Roe", "Mill Street
			// Academy Principal Jo Roe": the capitalised words of a body's
			// name before the noun of persons that heads the description
			// say where the person serves (a proper noun premodifying
			// the noun, Quirk et al. 1985 ch. 17); a name may open only
			// after that noun.
			if !ts[m-1].IsCapitalized() {
				return 0
			}
			affiliation = true
			continue
		}
		if affiliation && !personNoun {
			continue // a name opens only right after the noun of persons
		}
		rest := ts[m:]
		// a first name that also names a place ("Gary", "Austin") opens
		// a name after a noun of persons ("Coroner Gary Doe")
		placeFirst := IsFirstName(rest[0].Text) && !place
		if npt := lx.ProperType(rest[0].Text); isOrgName(rest) || npt == "place" && !placeFirst || npt == "organization" || lx.ProperType(w+"_"+rest[0].Text) != "" {
			continue // "New York Republican …": no name opens inside a place's name
		}
		if firstNameShaped(lx, rest) || len(rest) <= 3 && (commonFirstNameGender(tokenTexts(rest)) != 0 || lx.ProperType(strings.Join(tokenTexts(rest), "_")) == "person") {
			// A place's name alone before a name of two words or more
			// is the person's given name ("Austin Lee Quill", "Jordan
			// Ray Pell"): a place alone does not describe a person
			// right before the name; a title or a noun of persons
			// after it does ("Ohio Gov. …", "Ohio Republican …").
			if m == 1 && pt == "place" && !personNoun && len(rest) >= 2 {
				return 0
			}
			if !firstNameShaped(lx, rest) && len(rest) >= 3 && firstNameShaped(lx, rest[1:]) && personNounWord(lx, rest[0].Text) {
				continue // "Senior Trooper Ali Quell": the noun of persons before the given name goes too
			}
			return m
		}
	}
	return 0
}

// voteType collects the evidence for a candidate's type — its title, its
// head word, WordNet, a dateline, the words around it — and returns an
// acronym defined right after it ("(WHO)").
func (c *entCand) voteType(lx *lexicon.Lexicon, si int, tk, ts, nameToks []text.Token, hasRealTitle bool) (acro string) {
	name := c.m.Name
	if hasRealTitle && !isOrgName(nameToks) {
		c.votes[Person] += 3
	}
	last := lower(strings.TrimSuffix(nameToks[len(nameToks)-1].Text, "."))
	last, _ = stripPossessive(last)
	surnameHead, headPlace := givenNameSurnameHead(lx, nameToks), false
	switch {
	case surnameHead:
		// "Darrell Hill", "Dayna Gray": a given name and a surname WordNet
		// knows, though the surname is also a head of places or bodies
		c.votes[Person] += 1.5
	case isOrgName(nameToks) || strings.Contains(name, " & "): // "Barnes & Noble": a firm
		c.votes[Organization] += 3
	case (isPlaceHead(last) || streetSuffix(tokenTexts(nameToks))) && len(nameToks) > 1:
		c.votes[Place] += 2
		headPlace = true
	}
	if len(nameToks) == 2 && relationalAfterAdjective(lx, nameToks[0].Lower, nameToks[1].Text) && titleAt([]string{nameToks[0].Lower}) == 1 {
		c.votes[Organization] += 3 // "General Electric": see splitTitle
	}
	switch lx.ProperType(strings.ReplaceAll(name, " ", "_")) {
	case "place":
		if knownPerson(name) {
			// WordNet knows the name as a person too ("Clinton",
			// "Washington"): the context decides.
			c.votes[Place]++
			c.votes[Person]++
			c.lexPlace = 1
			break
		}
		c.votes[Place] += 2.5
		c.lexPlace = 2.5
	case "person":
		c.votes[Person] += 2
	case "organization":
		c.votes[Organization] += 2
	}
	if isAcronym(name) {
		c.votes[Organization] += 1
	}
	if ab, ok := spacedInitials(nameToks); ok {
		// "F. B. I.", "N. J.": an abbreviation written with spaces, no
		// person (a person's name has a word besides its initials)
		kind := abbrevKind(ab)
		if kind == "" {
			kind = Organization
		}
		c.votes[kind] += 5
	}
	if strings.Contains(name, ".") && domainLike(name) {
		c.votes[Organization] += 2 // a web outlet named by its domain
	}
	// A known first name and a capitalised word ("Mabel Durham") opening
	// an article name a person, not a dateline's place, though its surname
	// alone may be a place WordNet knows.
	firstName := len(nameToks) >= 2 && firstNameShaped(lx, nameToks)
	// "Ilse Marrow, a spokeswoman for …": a name that opens with a known
	// first name, set off by an apposition whose head is a noun of
	// persons, is a person's, though its last word ends place names.
	// So is one that a relative "who" follows ("Georgia Banks, who lost
	// …"): "who" takes a personal antecedent (CGEL ch. 12 §3), a place
	// takes "which" or "where".
	appos := !firstName && len(nameToks) >= 2 && IsFirstName(nameToks[0].Text) && !streetSuffix(tokenTexts(nameToks)) && (appositivePerson(lx, tk, indexOf(tk, nameToks[len(nameToks)-1].Start)) || whoAfter(tk, indexOf(tk, nameToks[len(nameToks)-1].Start)))
	if appos || len(nameToks) >= 2 && personBeforeApposition(lx, tk, indexOf(tk, nameToks[0].Start), indexOf(tk, nameToks[len(nameToks)-1].Start)) {
		c.votes[Person] += 3
	}
	// A dateline at the start of the article names a place.
	if ts[0].Start == 0 && len(tk) > len(nameToks) && (si == 0 || strings.ToUpper(name) == name) && !firstName && !appos {
		if li := indexOf(tk, nameToks[len(nameToks)-1].Start); datelineAfter(tk, li) {
			c.votes[Place] += 2.5
			c.ctxPlace += 2.5
		}
	}
	// Context: preposition of place before, reporting verb after.
	fi := indexOf(tk, nameToks[0].Start)
	li := indexOf(tk, nameToks[len(nameToks)-1].Start)
	if fi > 0 {
		switch tk[fi-1].Lower {
		case "in", "across", "near", "outside", "inside", "throughout", "to", "from", "into":
			c.votes[Place] += 1
			c.ctxPlace++
		}
	}
	if streetAddressBefore(tk, fi, li) {
		// "the 1300 block of West Dorran", "1200 N. Quillby": a street
		c.votes[Place] += 4
		c.ctxPlace += 4
	}
	if li+1 < len(tk) && isReportingToken(tk[li+1].Text) {
		c.votes[Person] += 0.75
		c.votes[Organization] += 0.5
	}
	if headPlace && c.lexPlace == 0 && (li+1 < len(tk) && isReportingToken(tk[li+1].Text) || accordingToBefore(tk, fi)) {
		// "The Harbor Post reported", "according to the Bay Herald
		// Post": a place does not report; a body named after a place
		// noun does (a paper, a county's office)
		c.votes[Organization] += 2.5
	}
	// Apposition: "X, the US ambassador," or acronym "(WHO)"; a
	// legislator's party tag in parentheses ("(D-N.Y.)") is no acronym of
	// the name: many members share it.
	if li+2 < len(tk) && tk[li+1].Text == "(" && isAcronym(tk[li+2].Text) && !partyTagRe.MatchString(tk[li+2].Text) && li+3 < len(tk) && tk[li+3].Text == ")" {
		acro = tk[li+2].Text
	}
	// "Thiri Zaw Htet, 47, a nurse,": an age set off by commas right
	// after a name is a person's (AP Stylebook, "ages"), whatever the
	// first name.
	if len(nameToks) >= 2 && ageAppositive(tk, li) {
		c.votes[Person] += 3
	}
	// Person-shaped: two to four name words, none a common word.
	if firstName || len(nameToks) >= 2 && len(nameToks) <= 5 && personShaped(lx, nameToks) {
		c.votes[Person] += 1.5
	}
	return acro
}

// directionals are the compass directions USPS Publication 28 (Appendix
// B) writes after a street's name ("Second Street SW").
var directionals = map[string]bool{"N": true, "S": true, "E": true, "W": true, "NE": true, "NW": true, "SE": true, "SW": true}

// streetDirectional reports whether token i is a compass direction right
// after a street suffix ("15th Ave. SW", "Second Street NW"): part of an
// address, no name.
func streetDirectional(tk []text.Token, i int) bool {
	if i < 1 || !directionals[strings.TrimSuffix(tk[i].Text, ".")] {
		return false
	}
	prev := tk[i-1].Text
	if prev == "." && i >= 2 {
		prev = tk[i-2].Text // "Ave. SW": the abbreviation's stop
	}
	_, ok := StreetWord(lower(strings.TrimSuffix(prev, ".")))
	return ok
}

// compassWords are the compass directions written out that open or end
// a street's name in an address ("1200 North Quillby", "4410 West").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// streetAddressBefore reports whether the name of tokens fi..li stands
// where a US address puts a street's name: after "block of" and a
// number ("the 1300 block of West Dorran", "the 100 and 200 blocks of
// Quay Road": police and the press give the block, not the house;
// hundredBlock), or after a house number when it opens with a compass
// direction abbreviated as USPS Publication 28 (Appendix B) writes it
// ("1200 N. Quillby") or is a compass direction alone (a grid address's
// "2150 S. 4410 West"), or when it ends in a street suffix written out
// and follows a house number, a preposition of place or another such
// street and "and" ("105 Alder Lane", "on Quarry Circle"; alone, "Dana
// Lane" may be a person's name). A count of people before a demonym ("500
// North Koreans") has the direction written out and a word after it: no
// address. A street suffix alone ("Highway" of "Highway 9", cut at the
// figure) is left as it was.
func streetAddressBefore(tk []text.Token, fi, li int) bool {
	if _, ok := StreetWord(lower(strings.TrimSuffix(tk[fi].Text, "."))); ok && fi == li {
		return false
	}
	if fi >= 3 && tk[fi-1].Lower == "of" && (tk[fi-2].Lower == "block" || tk[fi-2].Lower == "blocks") && addressNumber(tk[fi-3].Text) {
		return true
	}
	if fi < 1 {
		return false
	}
	if li > fi && writtenStreetSuffix(tk[li].Text) {
		if streetPlaced(tk, fi, li) {
			return true
		}
		if w := tk[fi-1].Lower; (w == "and" || w == "&") && fi >= 3 && writtenStreetSuffix(tk[fi-2].Text) {
			// "near Elm Lane and Tessa Drive": a crossing of two streets
			j := fi - 2
			for j > 0 && startsUpper(tk[j-1].Text) && !stopCaps[tk[j-1].Lower] {
				j--
			}
			return j < fi-2 && streetPlaced(tk, j, fi-2)
		}
	}
	if !addressNumber(tk[fi-1].Text) {
		return false
	}
	first := tk[fi].Text
	if directionals[strings.TrimSuffix(first, ".")] {
		return li > fi // "N. Quillby"; "S" alone is no name ("2150 S. 4410 West")
	}
	return fi == li && compassWords[lower(first)]
}

// streetPlaced reports whether a name of tokens fi..li ending in a street
// suffix written out follows a house number or a preposition of place
// ("on", "at", "near", "along", "off"; "at Harbour Court" names a court).
func streetPlaced(tk []text.Token, fi, li int) bool {
	if fi < 1 {
		return false
	}
	if addressNumber(tk[fi-1].Text) {
		return true
	}
	switch tk[fi-1].Lower {
	case "on", "at", "near", "along", "off":
		return tk[li].Lower != "court"
	}
	return false
}

// writtenStreetSuffix reports whether a capitalised word is a street
// suffix of USPS Publication 28 written out ("Lane", "Drive", "Circle"),
// not abbreviated (streetSuffix reads those alone).
func writtenStreetSuffix(w string) bool {
	full, ok := StreetWord(lower(w))
	return ok && startsUpper(w) && full == lower(w)
}

// addressNumber reports whether a token is a number as a house or a block
// has one: one to six digits, no comma or stop ("1300", "12").
func addressNumber(w string) bool {
	return len(w) <= 6 && text.AllDigits(w)
}

// shoutedWord reports whether a word written in capitals is a common
// English word set in capitals, no name: five letters or more, all
// capitals, WordNet knows its lower-case form (or that form's base as a
// noun or verb) and nothing written as the word itself, and it is no
// abbreviation of a place or body ("UPDATE", "EMBED", "WATCH" labelling
// a page's parts). An initialism of four letters or fewer may spell a
// word and still name a body ("SWAT", "CARE"), so those stay.
func shoutedWord(lx *lexicon.Lexicon, w string) bool {
	w, _ = stripPossessive(w)
	if utf8.RuneCountInString(w) < 5 || strings.ToUpper(w) != w || !isAcronym(w) || abbrevKind(w) != "" || len(lx.Senses(w)) > 0 {
		return false
	}
	lw := lower(w)
	return lx.IsCommon(lw) || lx.IsCommon(lx.Base(lw, lexicon.Noun)) && lx.Base(lw, lexicon.Noun) != lw || lx.IsCommon(lx.Base(lw, lexicon.Verb)) && lx.Base(lw, lexicon.Verb) != lw
}

// clockWords reports whether every name token is a time zone's
// abbreviation or a meridiem mark (dates.ZoneWord).
func clockWords(ts []text.Token) bool {
	for _, t := range ts {
		if !dates.ZoneWord(t.Text) {
			return false
		}
	}
	return len(ts) > 0
}

// spacedInitials reports whether name tokens are two or more capital
// letters each with its stop ("F. B. I.", "N. J."), and returns them
// joined ("FBI", "NJ").
func spacedInitials(ts []text.Token) (string, bool) {
	if len(ts) < 2 {
		return "", false
	}
	var b strings.Builder
	for _, t := range ts {
		w := strings.TrimSuffix(t.Text, ".")
		if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' {
			return "", false
		}
		b.WriteString(w)
	}
	return b.String(), true
}

// accordingToBefore reports whether "according to", maybe with "the",
// stands right before token fi.
func accordingToBefore(tk []text.Token, fi int) bool {
	k := fi - 1
	if k >= 0 && tk[k].Lower == "the" {
		k--
	}
	return k >= 1 && tk[k].Lower == "to" && tk[k-1].Lower == "according"
}

// personNounWord reports whether a capitalised word before a name
// describes a person: a title word, a demonym, a WordNet noun of persons
// (singular or plural) or a compound whose head is one
// (compoundPersonNoun).
func personNounWord(lx *lexicon.Lexicon, w string) bool {
	w = strings.TrimSuffix(w, ".")
	lw := lower(w)
	return isTitleWord(lw) || isDemonym(lx, w) || lx.HasLex(w, lexicon.Noun, lexicon.NounPerson) || lx.HasLex(lx.Base(lw, lexicon.Noun), lexicon.Noun, lexicon.NounPerson) || compoundPersonNoun(lx, lw)
}

// compoundPersonNoun reports whether a lower-case word WordNet lacks is a
// closed compound of two nouns whose head, the second, is a noun of
// persons ("moviemaker": movie + maker; "gunmaker"): English compounds
// are right-headed (CGEL ch. 19 §4), so the whole names a kind of person.
// Both parts have three letters or more.
func compoundPersonNoun(lx *lexicon.Lexicon, lw string) bool {
	if lx.IsCommon(lw) || strings.ContainsAny(lw, "-'’") {
		return false
	}
	for i := 3; i+3 <= len(lw); i++ {
		mod, head := lw[:i], lw[i:]
		if lx.HasLex(head, lexicon.Noun, lexicon.NounPerson) && lx.Has(mod, lexicon.Noun) && lx.IsCommon(mod) {
			return true
		}
	}
	return false
}

// givenNameSurnameHead reports whether two name tokens are a given name
// and a surname that is also the head of place or organisation names
// ("Darrell Hill", "Dayna Gray", "Lorne Park"): the first word is a
// first name of the embedded lists that is no common word and no name
// WordNet knows (so not "Lincoln Park", "Denver Post", "Forest Hill"),
// and WordNet knows the second as a person's surname ("Hill", "Gray",
// "Park"; not "County", "Street").
func givenNameSurnameHead(lx *lexicon.Lexicon, nameToks []text.Token) bool {
	if len(nameToks) != 2 {
		return false
	}
	first := nameToks[0].Text
	last, _ := stripPossessive(nameToks[1].Text)
	if !IsFirstName(first) || lx.IsCommon(lower(first)) || lx.ProperType(first) != "" || !knownPerson(last) {
		return false
	}
	ll := lower(last)
	return isPlaceHead(ll) || isOrgHead(ll)
}

// personBeforeApposition reports whether the name from token fi to token
// li is an apposition to a common noun of persons right before it ("the
// boy's aunt, Dana Hill, said", "his lawyer, Lee Park."): a lower-case noun
// WordNet files under noun.person, a comma, the name, and a comma, a stop
// or the end of the sentence after it.
func personBeforeApposition(lx *lexicon.Lexicon, tk []text.Token, fi, li int) bool {
	if fi < 2 || li < 0 || tk[fi-1].Text != "," || !tk[fi-2].IsWord() || startsUpper(tk[fi-2].Text) {
		return false
	}
	if li+1 < len(tk) {
		switch tk[li+1].Text {
		case ",", ".", ";", ")":
		default:
			return false
		}
	}
	head := tk[fi-2].Lower
	return lx.HasLex(lx.Base(head, lexicon.Noun), lexicon.Noun, lexicon.NounPerson)
}

// datelineAfter reports whether the name ending at token li is followed
// as a dateline's place is: by a dash or a bracket ("BEIRUT —", "Lima
// (AP)"), or by a comma and a capitalised word, the state or country
// ("Tarn, Ohio"). A comma before a lower-case word or a number opens an
// aside about a subject ("Lund, who …", "Lund, 40, …"), no dateline.
func datelineAfter(tk []text.Token, li int) bool {
	if li < 0 || li+1 >= len(tk) {
		return false
	}
	switch tk[li+1].Text {
	case "-", "–", "—", "(":
		return true
	case ",":
		return li+2 < len(tk) && tk[li+2].IsCapitalized()
	}
	return false
}

// ageAppositive reports whether the name ending at token li is followed
// by an age set off by commas: ", 60,", a whole number of at most three
// digits and no more than 120.
func ageAppositive(tk []text.Token, li int) bool {
	if li+3 >= len(tk) || tk[li+1].Text != "," || tk[li+3].Text != "," {
		return false
	}
	n, err := strconv.Atoi(tk[li+2].Text)
	return err == nil && len(tk[li+2].Text) <= 3 && n > 0 && n <= 120
}

// whoAfter reports whether the name ending at token li is followed by
// ", who".
func whoAfter(tk []text.Token, li int) bool {
	return li >= 0 && li+2 < len(tk) && tk[li+1].Text == "," && tk[li+2].Lower == "who"
}

// appositivePerson reports whether the name ending at token li is followed
// by an apposition ", a|an|the … HEAD" whose head — the last lower-case
// word before a comma, a preposition or a relative pronoun — is a noun of
// persons in WordNet ("…, a spokeswoman for the group,", "…, a former
// Harbour Authority spokesman,"), or by a role with no article
// (rolePersonNoun: "…, author of the book,").
func appositivePerson(lx *lexicon.Lexicon, tk []text.Token, li int) bool {
	if li+3 >= len(tk) || tk[li+1].Text != "," {
		return false
	}
	switch tk[li+2].Lower {
	case "a", "an", "the":
	default:
		return rolePersonNoun(lx, tk, li+2)
	}
	head := ""
	for j := li + 3; j < len(tk) && j < li+9; j++ {
		w := tk[j].Text
		if t, ok := lexicon.ClosedClass(lower(w)); !tk[j].IsWord() || ok && (t == "IN" || t == "WP" || t == "WDT") {
			break
		}
		if !startsUpper(w) {
			head = lower(w) // "a former Harbour Authority spokesman": names inside modify the head
		}
	}
	if head == "" {
		return false
	}
	return lx.HasLex(lx.Base(head, lexicon.Noun), lexicon.Noun, lexicon.NounPerson)
}

// rolePersonNoun reports whether token j opens an apposition of a role
// with no article: a singular lower-case noun of persons right before a
// preposition ("…, author of the book,", "…, spokeswoman for the
// police"): English often drops the article of a role noun in
// apposition. A plural ("…, residents of the town said") may speak of
// others, so it is none.
func rolePersonNoun(lx *lexicon.Lexicon, tk []text.Token, j int) bool {
	if j+1 >= len(tk) || !tk[j].IsWord() || startsUpper(tk[j].Text) {
		return false
	}
	w := tk[j].Lower
	if lx.Base(w, lexicon.Noun) != w || !lx.HasLex(w, lexicon.Noun, lexicon.NounPerson) {
		return false
	}
	t, ok := lexicon.ClosedClass(tk[j+1].Lower)
	return ok && t == "IN"
}

// taggedLegislator returns the index of the mention of a person that a
// party tag in parentheses, mention m, follows ("Rep. Jo Ames (D-Ore.)"),
// or -1. The tag is no name of its own: many members share it (AP
// Stylebook, "party affiliation").
func (a *Analysis) taggedLegislator(si int, m NameMention) int {
	s := a.Sentences[si]
	if !partyTagRe.MatchString(m.Text) || !strings.HasSuffix(strings.TrimSpace(s.Text[:m.Start]), "(") {
		return -1
	}
	for pi, p := range a.Mentions {
		if p.Sentence == si && p.End < m.Start && strings.TrimSpace(s.Text[p.End:m.Start]) == "(" && a.Entities[p.Entity].Type == Person {
			return pi
		}
	}
	return -1
}

// relationalAfterAdjective reports whether a title word that is also an
// adjective ("general", "major") and the one word after it (w, as written)
// form an adjective phrase rather than an officer's title and surname: w is
// a common word (WordNet has it in lower case, unlike "French", "English")
// whose commonest adjective sense is relational (adj.pert: "electric",
// pertaining to electricity; "chemical", "atomic"). Two such adjectives
// before an understood head name a company ("General Electric", the general
// electric company; Quirk et al. 1985, 7.36 on relational adjectives);
// a surname is no relational adjective ("General Young": "young" is a
// descriptive adjective; "General Ham": a noun).
func relationalAfterAdjective(lx *lexicon.Lexicon, title, w string) bool {
	if !lx.Has(title, lexicon.Adj) {
		return false
	}
	low := lower(w)
	if low == w || IsFirstName(w) {
		return false // "Urban": a given name too
	}
	s, ok := lx.TopSense(low, lexicon.Adj)
	return ok && s.Lex == 1 // adj.pert
}
