package mention

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Speakers are persons and organisations. A pronoun speaker ("he said")
// resolves to the nearest compatible person or organisation before it:
// "he" and "she" to a person whose first name (or "Mr."/"Mrs."/"Ms.") does
// not tell the other gender, "it" and "they" to an organisation ("they"
// also to a person or a group of people).

//go:embed firstnames.txt
var firstNamesTxt string

//go:embed firstnames-more.txt
var moreFirstNamesTxt string

var (
	firstNamesOnce sync.Once
	firstNames     map[string]byte
	moreNamesOnce  sync.Once
	moreNames      map[string]byte
)

// moreNameGender returns the gender of a first name the embedded list
// lacks — among them the names in both of its source lists ("Donald",
// "Hillary") — from the second list (gender-detection-from-name, MIT;
// LICENSE-firstnames), or 0. A name that is also a common English word
// ("Will", "May", "King") or a place ("Houston") tells nothing.
func moreNameGender(name string) byte {
	moreNamesOnce.Do(func() {
		moreNames = make(map[string]byte, 32768)
		for _, line := range strings.Split(moreFirstNamesTxt, "\n") {
			n, g, ok := strings.Cut(line, "\t")
			if ok && len(g) == 1 && !strings.HasPrefix(n, "#") {
				moreNames[n] = g[0]
			}
		}
	})
	lw := lower(name)
	lx := lexicon.Default()
	if !startsUpper(name) || lx.IsCommon(lw) || lx.ProperType(name) == "place" && !knownPerson(name) {
		return 0 // "Will", "May"; "Houston", "Jordan" name places too
	}
	return moreNames[lw]
}

// commonFirstNameGender returns the gender of a name's first word that is
// also a common English word ("Bill", "Will", "Mark") when the second list
// (moreNameGender) has it and the word after it is a capitalised name no
// dictionary knows as a common word or a place ("Bill Fenwick"): there
// the word is a first name. Else 0.
func commonFirstNameGender(ws []string) byte {
	if len(ws) < 2 || !startsUpper(ws[0]) || !startsUpper(ws[1]) {
		return 0
	}
	first := strings.TrimSuffix(ws[0], ".")
	next, _ := stripPossessive(strings.Trim(ws[1], ".,"))
	lx := lexicon.Default()
	if officeWord(lx, lower(first)) {
		return 0 // "Justice Quenby", "Judge Orr": a title of office, no given name
	}
	if utf8.RuneCountInString(next) < 2 || lx.IsCommon(lower(next)) || lx.ProperType(next) == "place" && !knownPerson(next) || isAcronym(next) {
		return 0 // "Bill Clinton": a place's name that is also a person's surname tells nothing against the first name
	}
	moreNameGender(first) // fills the list
	return moreNames[lower(first)]
}

// firstNameGender returns 'm' or 'f' when a first name belongs to one gender
// in the embedded list (LICENSE-firstnames), else 0.
func firstNameGender(name string) byte {
	firstNamesOnce.Do(func() {
		firstNames = make(map[string]byte, 8192)
		for _, line := range strings.Split(firstNamesTxt, "\n") {
			n, g, ok := strings.Cut(line, "\t")
			if ok && len(g) == 1 && !strings.HasPrefix(n, "#") {
				firstNames[n] = g[0]
			}
		}
	})
	return firstNames[name]
}

// FirstNameGender returns 'm' or 'f' when a capitalised word is a first
// name of one gender in the embedded lists (LICENSE-firstnames), the first
// list before the second, else 0.
func FirstNameGender(w string) byte {
	w = strings.TrimSuffix(w, ".")
	if g := firstNameGender(w); g != 0 {
		return g
	}
	return moreNameGender(w)
}

// IsFirstName reports whether a capitalised word is a first name of the
// embedded lists (LICENSE-firstnames) that tells one gender.
func IsFirstName(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return firstNameGender(w) != 0 || moreNameGender(w) != 0
}

// listedFirstName reports whether a capitalised word is in either embedded
// first-name list (LICENSE-firstnames), a common word among them ("Hope",
// "Destiny").
func listedFirstName(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if firstNameGender(w) != 0 {
		return true
	}
	moreNameGender(w) // fills the list
	return moreNames[lower(w)] != 0
}

// Gender tells the gender of a person entity as its names and titles show
// it: 'm', 'f', or 0 when they do not.
func (e *ArticleEntity) Gender() byte {
	if g := e.TitlesGender(); g != 0 {
		return g
	}
	if e.pronounGendered {
		return e.textGender
	}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		ws := strings.Fields(a)
		if len(ws) < 2 {
			continue
		}
		if g := firstNameGender(strings.TrimSuffix(ws[0], ".")); g != 0 {
			return g
		}
	}
	if e.textGender != 0 {
		return e.textGender
	}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if ws := strings.Fields(a); len(ws) >= 2 {
			if g := moreNameGender(ws[0]); g != 0 {
				return g
			}
			if g := commonFirstNameGender(ws); g != 0 {
				return g
			}
		}
	}
	return 0
}

// weaklyGendered reports whether a person's gender comes only from the
// second first-name list (moreNameGender), which holds the names the first
// list leaves out as given to both sexes ("Lindsey", "Casey"): no title,
// no first name of the first list and no pronoun of the article tells it.
func (e *ArticleEntity) weaklyGendered() bool {
	if e.Type != Person || e.Gender() == 0 || e.TitlesGender() != 0 || e.textGender != 0 {
		return false
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if ws := strings.Fields(n); len(ws) >= 2 && firstNameGender(strings.TrimSuffix(ws[0], ".")) != 0 {
			return false
		}
	}
	return true
}

// inferGenders gives each person the gender the article's own pronouns
// show: in a sentence that names one person only, the personal pronouns
// after the name ("Sanders said his campaign …") vote; a gender wins when
// it has at least two votes more than the other. First names and titles
// still come first (Gender).
func (a *Analysis) inferGenders() {
	votes := make([][2]int, len(a.Entities))
	for si := range a.Sentences {
		first := -1
		for _, m := range a.Mentions {
			if m.Sentence != si || a.Entities[m.Entity].Type == Place || a.Entities[m.Entity].Type == Organization {
				continue
			}
			if first >= 0 && a.Mentions[first].Entity != m.Entity {
				first = -2 // two persons: the pronouns may be either's
				break
			}
			if first < 0 {
				first = indexOfMention(a.Mentions, m)
			}
		}
		if first < 0 {
			continue
		}
		m := a.Mentions[first]
		if a.innerPossessor(si, m) {
			continue // "Doe endorsed Roe's plan, saying she …": the pronouns are the subject's
		}
		v := pronounVotes(a.Tokens[si], m)
		votes[m.Entity][0] += v[0]
		votes[m.Entity][1] += v[1]
	}
	for i, v := range votes {
		switch {
		case v[0] >= v[1]+2:
			a.Entities[i].textGender = 'm'
		case v[1] >= v[0]+2:
			a.Entities[i].textGender = 'f'
		}
	}
	a.overrideNameGenders(votes)
}

// innerPossessor reports whether mention m of sentence si is a possessor
// that does not open its sentence ("… endorsed Roe's plan"): no subject,
// so the pronouns after it are not its own.
func (a *Analysis) innerPossessor(si int, m NameMention) bool {
	st := a.Sentences[si].Text
	return isPossessor(st, m) && !opensSentence(st, m.Start)
}

// pronounVotes counts the personal pronouns of each gender ('m', 'f')
// after mention m in its sentence's tokens. A gender whose pronoun comes
// before the name too counts nothing: "She added that she thinks Doe
// appeals to her members" — the pronouns go on with the one named before,
// not with Doe.
func pronounVotes(toks []text.Token, m NameMention) (v [2]int) {
	var before [2]bool
	for _, t := range toks {
		g := -1
		switch t.Lower {
		case "he", "him", "his", "himself":
			g = 0
		case "she", "her", "hers", "herself":
			g = 1
		}
		switch {
		case g < 0:
		case t.Start < m.Start:
			before[g] = true
		case t.Start >= m.End:
			v[g]++
		}
	}
	for g := range v {
		if before[g] {
			v[g] = 0
		}
	}
	return v
}

// overrideNameGenders lets the article's pronouns overrule the gender of
// a first name of the first embedded list (which holds a few names of the
// other sex): a person whose subject pronouns
// right after a mention (leadVotes) are at least twice of one gender, and
// whose pronouns never show the list's gender (votes, as inferGenders
// counts them), has that gender ("Maria Doe said he would stay. Doe
// added that he …"). Names of the second list, given to both sexes in
// one source, keep their gender: the pronouns after a name in political
// news are often the opponent's or the spouse's.
func (a *Analysis) overrideNameGenders(votes [][2]int) {
	lead := a.leadVotes()
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Type != Person || e.TitlesGender() != 0 {
			continue
		}
		switch listGender(e) {
		case 'f':
			if lead[i][0] >= 2 && lead[i][1] == 0 && votes[i][1] == 0 {
				e.textGender, e.pronounGendered = 'm', true
			}
		case 'm':
			if lead[i][1] >= 2 && lead[i][0] == 0 && votes[i][0] == 0 {
				e.textGender, e.pronounGendered = 'f', true
			}
		}
	}
}

// listGender returns the gender the first embedded list gives the first
// word of one of a person's names of two words or more, or 0.
func listGender(e *ArticleEntity) byte {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if ws := strings.Fields(n); len(ws) >= 2 {
			if g := firstNameGender(strings.TrimSuffix(ws[0], ".")); g != 0 {
				return g
			}
		}
	}
	return 0
}

// leadVotes counts, for each entity, the sentences that name it as the
// first person, the subject of a verb of saying whose reported clause
// opens with "he" or "she" before any other person is named: "Doe, a teacher, said he …",
// "Doe told reporters that she …" vote for Doe.
func (a *Analysis) leadVotes() [][2]int {
	votes := make([][2]int, len(a.Entities))
	for si := range a.Sentences {
		ms := a.personMentions(si)
		if len(ms) == 0 {
			continue
		}
		m, end := ms[0], len(a.Sentences[si].Text)
		if a.innerPossessor(si, m) {
			continue
		}
		for _, n := range ms[1:] {
			if n.Entity != m.Entity {
				end = n.Start
				break
			}
		}
		switch reportedPronoun(a.Tokens[si], m.End, end) {
		case "he":
			votes[m.Entity][0]++
		case "she":
			votes[m.Entity][1]++
		}
	}
	return votes
}

// reportedPronoun returns "he" or "she" when the first of them between
// byte offsets from and to of a sentence opens the clause a reporting verb
// opens ("said he", "told reporters that she"), else "".
func reportedPronoun(toks []text.Token, from, to int) string {
	for j := 1; j < len(toks) && toks[j].Start < to; j++ {
		p := toks[j].Lower
		if toks[j].Start < from || p != "he" && p != "she" {
			continue
		}
		k := j - 1
		for ; k > 0 && toks[k].Start >= from && !toks[k].IsWord(); k-- {
		}
		if reportsAt(toks, k, from) {
			return p
		}
		if toks[k].Lower != "that" {
			return ""
		}
		for v := k - 1; v > 0 && v >= k-4; v-- {
			if reportsAt(toks, v, from) {
				return p // "told reporters that he"
			}
		}
		return ""
	}
	return ""
}

// reportsAt reports whether token k, at or after byte offset from, is an
// inflected reporting verb (cueVerb, reportingVerb).
func reportsAt(toks []text.Token, k, from int) bool {
	if k <= 0 || toks[k].Start < from {
		return false
	}
	b, st := cueVerb(toks, k)
	return st != cueNone && reportingVerb(b)
}

// personMentions returns the mentions of persons in sentence si outside
// quotations, in text order.
func (a *Analysis) personMentions(si int) []NameMention {
	var out []NameMention
	for _, m := range a.Mentions {
		if m.Sentence == si && a.Entities[m.Entity].Type == Person && !a.inQuoted(a.Sentences[si].Start+m.Start) {
			out = append(out, m)
		}
	}
	return out
}

func indexOfMention(ms []NameMention, m NameMention) int {
	for k := range ms {
		if ms[k].Sentence == m.Sentence && ms[k].Start == m.Start && ms[k].Entity == m.Entity {
			return k
		}
	}
	return -1
}

// TitlesGender returns the gender the first gendered title of the entity
// gives (TitleGender: "Mrs." 'f'), or 0.
func (e *ArticleEntity) TitlesGender() byte {
	for _, t := range e.Titles {
		if g := TitleGender(t); g != 0 {
			return g
		}
	}
	return 0
}

// TitleGender returns the gender a title gives ("Mrs." 'f', "Sir" 'm'),
// or 0.
func TitleGender(t string) byte {
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return 0
	}
	switch strings.TrimSuffix(lower(ws[0]), ".") {
	case "mr", "sir", "king", "prince", "sheikh", "lord":
		return 'm'
	case "mrs", "ms", "miss", "queen", "princess", "dame", "lady":
		return 'f'
	}
	return 0
}

// pronounFits reports whether a speaker pronoun can refer to entity e.
func pronounFits(p string, e *ArticleEntity) bool {
	lone := loneFirstName(e)
	person := e.Type == Person || e.Type == Other && (otherPersonShaped(e.Name) || lone != 0)
	one := person && !pluralOfPersons(e.Name) // "Democrats", "Ohio Republicans": many
	g := e.Gender()
	if g == 0 {
		g = lone
	}
	switch p {
	case "he", "him", "his", "himself":
		return one && g != 'f'
	case "she", "her", "hers", "herself":
		return one && g != 'm'
	case "i":
		return one
	case "it", "its", "itself":
		return e.Type == Organization || commonWordPerson(e) || companyName(e)
	case "they", "their", "them":
		// an organisation or people, not one person ("they left candles
		// spelling …" is no named person's statement)
		return e.Type == Organization || person && !one
	case "we":
		return e.Type == Organization || person
	}
	return false
}

// commonWordPerson reports whether an entity the entity stage typed a
// person is named, everywhere in the article, by one word that is also a
// common English word (WordNet has it in lower case: "Twitter") and no
// first name, with no gender from a first name, a courtesy title or a
// pronoun, and no title before it ("Sen. Cook", "Coach Baker": a title
// is a person's): news style gives a person's full name at the first mention,
// so a one-word name of a common word that no one calls "he" or "she" is
// as likely a company's or a group's, and "it" may refer to it.
func commonWordPerson(e *ArticleEntity) bool {
	if e.Type != Person || len(e.Titles) > 0 || strings.ContainsAny(e.Name, " .-'’") || IsFirstName(e.Name) || e.Gender() != 0 {
		return false
	}
	for _, al := range e.Aliases {
		if strings.Contains(al, " ") {
			return false
		}
	}
	return lexicon.Default().IsCommon(lower(e.Name))
}

// loneFirstName returns the gender of an entity named by a first name
// alone, of one gender in the main list and no common English word ("his
// wife, Jane,"; "Jane" alone, untyped or a person), or 0.
func loneFirstName(e *ArticleEntity) byte {
	if e.Type != Person && e.Type != Other || strings.Contains(e.Name, " ") || lexicon.Default().IsCommon(lower(e.Name)) {
		return 0
	}
	return firstNameGender(e.Name)
}

// otherPersonShaped reports whether a name of two or three words that the
// entity stage left untyped may be a person's: no word is an acronym
// ("WBRX Lakeport", "Harbour Line QX"; initials first are given names:
// "J.M. Doe") and the first is a first name of the embedded lists or no
// common English word ("Copper Lantern", "Harbour Chapel", "Clean Rivers
// Now" are not persons).
func otherPersonShaped(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for k, w := range ws {
		if isAcronym(strings.Trim(w, ".,")) && !(k == 0 && initialsWord(w)) {
			return false
		}
	}
	return IsFirstName(ws[0]) || commonFirstNameGender(ws) != 0 || !lexicon.Default().IsCommon(lower(ws[0]))
}

// initialsWord reports whether w is a person's initials standing for given
// names: one to three capital letters, each with its period ("J.", "J.M.").
func initialsWord(w string) bool {
	if len(w) < 2 || len(w) > 6 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// pluralOfPersons reports whether a name ends in the plural of a WordNet
// noun of persons or groups ("Democrats", "Ohio Republicans"): a number of
// people, whom "he" or "she" does not refer to.
func pluralOfPersons(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || IsFirstName(ws[0]) && len(ws) > 1 {
		return false
	}
	last := lower(ws[len(ws)-1])
	lx := lexicon.Default()
	b := lx.Base(last, lexicon.Noun)
	if b == last {
		return false
	}
	return anyPersonOrGroupSense(lx, b) || lx.HasLex(titleCase(b), lexicon.Noun, lexicon.NounPerson)
}

// subjectPronoun returns the pronoun of a speaker window that is only a
// subject pronoun with adverbs or auxiliaries ("he", "she also", "they had
// earlier"), or "".
func subjectPronoun(window string) string {
	ws := strings.Fields(lower(lastNP(window)))
	if len(ws) == 0 || len(ws) > 4 {
		return ""
	}
	p := contractedPronoun(strings.Trim(ws[0], ",."))
	switch p {
	case "he", "she", "it", "they", "we", "i":
	default:
		return ""
	}
	for _, w := range ws[1:] {
		w = strings.Trim(w, ",.")
		if !adverbish(w) && !onlyAdverb(w) {
			return ""
		}
	}
	return p
}

// onlyAdverb reports whether WordNet knows w as an adverb and as no other
// part of speech ("often", "soon", "again", "never"): between a subject
// pronoun and its verb such a word is an adjunct of the verb ("he often
// says", "he soon learned"), and the pronoun stays the subject. A word that
// may also be an adjective, noun or verb ("just", "still", "now") is left
// out: it may head a phrase of its own.
func onlyAdverb(w string) bool {
	lx := lexicon.Default()
	return lx.Has(w, lexicon.Adv) && !lx.Has(w, lexicon.Adj) && !lx.Has(w, lexicon.Noun) && !lx.Has(w, lexicon.Verb)
}

// contractedPronoun strips a contraction from a subject pronoun: "he’s",
// "she'd", "they’ll" → "he", "she", "they".
func contractedPronoun(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		switch w[:i] {
		case "he", "she", "it", "they", "we", "i", "there":
			return w[:i]
		}
	}
	return w
}

func adverbish(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "would", "will", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "not", "also", "then":
		return true
	}
	// "-ly" makes adverbs of adjectives, but "family", "assembly",
	// "ally" and "Kelly" are nouns: a word WordNet has as a noun and not
	// as an adverb is none.
	return strings.HasSuffix(w, "ly") && !(lexicon.Default().Has(w, lexicon.Noun) && !lexicon.Default().Has(w, lexicon.Adv))
}

// SpeakerName returns the proper name in a speaker phrase as written
// ("Rep. Jane Doe", "the Daily Planet"), or "" when the phrase names no
// person or organisation: pronouns, common nouns ("Officials", "Groups"),
// function words that open a sentence ("In", "Despite", "There"), months,
// weekdays, nationalities and places that WordNet knows.
func SpeakerName(phrase string) string {
	if phrase == "" || IsPronoun(phrase) || IsPronoun(contractedPronoun(lower(strings.TrimSpace(phrase)))) {
		return "" // "I've", "They’re": a pronoun with its verb
	}
	if datelineTailRe.MatchString(phrase) {
		return "" // "Ore. – Firefighters …": the end of a dateline cut at its comma
	}
	if n := datelineLen(phrase); n > 0 {
		phrase = phrase[n:] // "WASHINGTON (AP) — …": the dateline names no speaker
	}
	var words, before []string
	titled := false // a title ("Mr.", "Sen.") before the name
	after := ""     // the lower-case word that ends the name
	next := ""      // the word after that
	fs := strings.Fields(phrase)
	for i, w := range fs {
		w = strings.Trim(w, namePunct)
		w, _ = stripPossessive(w)
		w = strings.TrimRight(w, "’'")
		if w == "" {
			continue
		}
		if len(words) == 0 && titleWords[lower(w)] && !(i > 0 && courtesyTitle(fs[i-1]) && startsUpper(w)) {
			titled = true
			continue
		}
		if len(words) == 0 && !startsUpper(w) {
			before = append(before, lower(w))
		}
		if len(words) == 0 && !startsUpper(w) && (governsName(lower(w)) || i >= 5) {
			// "focused on Harbour Chapel", "against the Tolland League": the name is an
			// object; "lawyers and other advisers retained by the Okafor
			// household": a name five words into the phrase is no head
			return ""
		}
		if startsUpper(w) && !(len(words) == 0 && stopCaps[lower(w)] && !(i+1 < len(fs) && (opensProperName(w, fs[i+1]) || nameParticle(lower(w)) && startsUpper(fs[i+1])))) {
			words = append(words, w)
		} else if len(words) > 0 && !connectors[lower(w)] {
			after = lower(w)
			if i+1 < len(fs) {
				next = lower(strings.Trim(fs[i+1], namePunct))
			}
			break
		} else if len(words) > 0 {
			words = append(words, w)
		}
	}
	for len(words) > 0 && connectors[lower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	name := strings.Join(words, " ")
	if placeNoun(after) && !nounModifies(next) || len(before) >= 2 && before[len(before)-1] == "of" && placeNoun(before[len(before)-2]) {
		return "" // "the governor of Tarn island", "residents of the village of Tarn": a place
	}
	if !titled && placeModifiesPersons(words, after) {
		return name + " " + after // "Tarn County wardens": the persons of a place speak, not the place
	}
	if !titled && roleNotName(words) {
		return "" // "Baker says", "the Ohio Senator said": a role, not a name
	}
	if len(words) == 1 && strings.HasPrefix(strings.TrimSpace(phrase), "The "+words[0]) && !stopCaps[lower(words[0])] && !looksLikeDay(words[0]) && !prizeOrContest(words[0]) {
		return "The " + name // "The Times", "The Guardian": a title
	}
	if titled && !looksLikeDay(name) || PlausibleSpeaker(name) {
		return name
	}
	if len(words) == 1 && strings.HasPrefix(strings.TrimSpace(phrase), "the "+words[0]) && !stopCaps[lower(words[0])] && !prizeOrContest(words[0]) && !isDemonym(lexicon.Default(), words[0]) && !nationality(words[0]) {
		// "the Times said": a capitalised word after a lower-case article
		// inside a sentence is a name, a title ("The Times")
		return "The " + name
	}
	return ""
}

// courtesyTitle reports whether a word is a courtesy title written before
// a surname ("Mr.", "Mrs.", "Ms.", "Miss", "Mx."): the capitalised word
// after it is the surname, even one that is also a title ("Mr. King",
// "Ms. Bishop").
func courtesyTitle(w string) bool {
	switch lower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle":
		return true
	}
	return false
}

// CourtesyTitle reports whether a word is a courtesy title ("Mr.",
// "Mrs.", "Ms."; courtesyTitle): a title of address, not of an office.
func CourtesyTitle(w string) bool { return courtesyTitle(w) }

// placeNoun reports whether a lower-case common noun names a kind of
// place: a place head (headwords.txt: "county", "river", "park") or a
// noun with a sense in WordNet's noun.location ("village") or a first sense
// in noun.object ("island"), and no person sense.
func placeNoun(w string) bool {
	if w == "" || isPlaceHead(w) {
		return w != ""
	}
	lx := lexicon.Default()
	place := false
	for _, s := range lx.Senses(w) {
		if s.POS != lexicon.Noun || s.Instance {
			continue
		}
		if s.Lex == lexicon.NounPerson {
			return false
		}
		place = place || s.Lex == lexicon.NounLocation || s.Rank == 0 && s.Lex == nounObject
	}
	return place
}

// nounModifies reports whether a lower-case word after a noun makes that
// noun a modifier: it is a noun itself and no function word ("city" in
// "the Brimley city council").
func nounModifies(next string) bool {
	if next == "" || functionWords[next] || lexicon.IsIndexStopword(next) {
		return false
	}
	if _, closed := lexicon.ClosedClass(next); closed {
		return false
	}
	lx := lexicon.Default()
	return lx.Has(lx.Base(next, lexicon.Noun), lexicon.Noun)
}

// nounObject is WordNet's lexicographer file of natural objects
// (noun.object, 17): "island", "lake", "hill".
const nounObject = 17

// datelineRe matches a news dateline at the start of a text: a place in
// capitals, maybe a state or country after a comma, maybe the agency in
// parentheses, and a dash ("WASHINGTON (AP) —", "BEIJING —", "NEW YORK,
// N.Y. (Reuters) -"). A hyphen with a letter right after it joins a word
// ("KING-TV", a broadcaster's call sign) and is no dateline's dash.
var datelineRe = regexp.MustCompile(`^\s*[A-Z][A-Z.'’\-]{2,}(?: [A-Z][A-Z.'’\-]*)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?\s*(?:\([^()]{1,40}\))?\s*(?:—|―|–|--|-(?:\s|$))\s*`)

// datelineTailRe matches the end of a dateline whose place was cut off at
// its comma: an abbreviation (a state or province in AP style, "Ore.",
// "N.M.") and the dateline's dash, maybe the agency between them, or a
// state or country written out with the agency ("Ohio (AP) --").
var datelineTailRe = regexp.MustCompile(`^\s*(?:[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?\s*(?:\([^()]{1,40}\))?|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*\([A-Z][^()]{0,39}\))\s*(?:—|―|–|--|-)\s`)

// datelineLen returns the length of a dateline opening s, or 0.
func datelineLen(s string) int {
	return len(datelineRe.FindString(s))
}

// governsName reports whether a lower-case word before a name in a speaker
// phrase makes the name its object rather than the phrase's head: a
// preposition (Penn Treebank "IN", lexicon.ClosedClass) other than those
// that name a source or its affiliation ("a statement by X", "a spokesman
// for X", "a report from X", "officials of X", "a professor at X",
// "according to X"), or a verb form that is no noun or adjective
// ("focused on X", "criticising X").
func governsName(lw string) bool {
	switch lw {
	case "by", "for", "from", "of", "at", "according", "to":
		return false
	case "that", "while", "because", "although", "though", "if", "whether", "as", "since", "until", "unless", "albeit":
		return false // subordinators open a clause whose subject the name is
	}
	if t, ok := lexicon.ClosedClass(lw); ok {
		return t == "IN"
	}
	lx := lexicon.Default()
	return lx.Base(lw, lexicon.Verb) != lw && !lx.Has(lw, lexicon.Noun) && !lx.Has(lw, lexicon.Adj)
}

// PlausibleSpeaker reports whether a capitalised name can be a speaker: a
// name of several words not known as a place, or one word that is not a
// month, a weekday, a nationality, a place, nor a common English word other
// than a singular noun (WordNet has "in", "despite", "groups", "french" in
// lower case; a singular noun like "trump" or "class" may be a surname,
// which CommonWordName lets callers weigh). An acronym ("NATO") passes.
func PlausibleSpeaker(name string) bool {
	lx := lexicon.Default()
	ws := strings.Fields(name)
	if len(ws) == 0 || notNameWords(ws) || prizeName(ws) && !knownPerson(name) {
		return false
	}
	if lx.ProperType(strings.ReplaceAll(name, " ", "_")) == "place" && !knownPerson(name) {
		return false
	}
	// A given name of the first-name lists opens a person's name though it
	// is also a function word or a month ("Don Lund", "Will Roe"), and
	// the surname after it may be a month ("Ada May").
	given := len(ws) > 1 && IsFirstName(ws[0])
	for _, w := range ws {
		given = given && startsUpper(w)
	}
	if !given && (stopCaps[lower(ws[0])] && !(len(ws) > 1 && (opensProperName(ws[0], ws[1]) || nameParticle(lower(ws[0])))) || looksLikeDay(ws[0]) && !(len(ws) > 1 && abbrevDayBefore(ws[0], ws[1])) || looksLikeDay(ws[len(ws)-1]) && !unknownNameBefore(lx, ws)) {
		return false
	}
	if text.IsTitleAbbrev(ws[len(ws)-1]) {
		return false // an abbreviated title cut from its name ("Comdr", "Navy Lt.")
	}
	if len(ws) > 1 && verbFormOnly(lx, lower(ws[0])) {
		return false // "Choosing Acme, …": a clause, not a name
	}
	if len(ws) > 1 {
		// "Via KTV", "Amid Storms": a function word (NLTK's stopword
		// corpus) opens no name but "The Times"; "the Ohio Senator": a
		// role ends no name.
		lw0 := lower(ws[0])
		return !(lw0 != "the" && !given && (lexicon.IsIndexStopword(lw0) || functionWords[lw0]) && !opensProperName(ws[0], ws[1]) && !nameParticle(lw0)) && !roleNotName(ws)
	}
	w := ws[0]
	if _, ok := wordNums[lower(w)]; ok || hyphenNumber(lower(w)) > 0 {
		return false // a number in words ("Four", "Twelve", "Twenty-four") names no one
	}
	if isAcronym(w) {
		if looksLikeDay(titleCase(w)) {
			return false // "MONDAY" in a capitalised caption
		}
		return lx.ProperType(titleCase(w)) != "place" || knownPerson(titleCase(w))
	}
	lw := lower(w)
	if isDemonym(lx, w) || nationality(w) || functionWords[lw] || lexicon.IsIndexStopword(lw) || stateAbbrev[lw] || negativeContraction(lw) {
		return false
	}
	if sg := strings.TrimSuffix(w, "s"); sg != w && nationality(sg) {
		return false // the people of a nation ("Peruvians"), not a name
	}
	if b := lx.Base(lw, lexicon.Noun); b != lw {
		// a plural ("Groups"), unless of a capitalised noun of persons
		// ("Democrats") that is no nationality ("Peruvians")
		return lx.HasLex(titleCase(b), lexicon.Noun, lexicon.NounPerson) && !nationality(titleCase(b))
	}
	if lx.Base(lw, lexicon.Verb) != lw && !lx.Has(lw, lexicon.Noun) {
		return false // a verb form ("Having", "Citing")
	}
	if !lx.IsCommon(lw) {
		return !adverbOfAdjective(lx, lw) && !indefinitePronoun(lw)
	}
	return lx.Has(lw, lexicon.Noun) // not an adjective or adverb ("Nonetheless")
}

// negativeContraction reports whether a lower-case word is an operator
// with the enclitic negative "n't" ("didn't", "can't", "won't"; Quirk et
// al. 1985 §3.23): a verb opening a question, never a name.
func negativeContraction(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"))
}

// unknownNameBefore reports whether a capitalised word before the last of
// a name is a word no dictionary knows, common or proper ("Thiri Aung
// May", "Qelmo Druss June"): a given name the first-name lists lack, so the
// month or weekday after it is a surname, not the day of a phrase of time
// ("Super Tuesday", "Last Friday"), whose words are common. The name has
// three words or more: one unknown word and a day is as often a day of a
// feast, a sale or a campaign named since the dictionary was made, or one
// whose first word it knows only inflected ("Cyber Monday", "Shrove
// Tuesday": "shrove" is a past tense), as a person.
func unknownNameBefore(lx *lexicon.Lexicon, ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		w = strings.Trim(w, ".,")
		if len(w) > 1 && startsUpper(w) && !isAcronym(w) && !lx.IsCommon(lower(w)) && lx.ProperType(w) == "" && !looksLikeDay(w) {
			return true
		}
	}
	return false
}

// prizeName reports whether capitalised words name a prize or its
// ceremony (prizeOrContest of the last word): a name of several words not
// opened by a first name ("Tarn Film Awards", not "Nate Silver"), or one
// plural word ("Trophies", not "Oscar").
func prizeName(ws []string) bool {
	last := ws[len(ws)-1]
	if len(ws) == 1 && !strings.HasSuffix(last, "s") || len(ws) > 1 && IsFirstName(ws[0]) {
		return false
	}
	return prizeOrContest(last)
}

// prizeOrContest reports whether the last word of a name is a noun of a
// prize or a ceremony and of no person or group: a sense in WordNet under
// award (06696483: "Oscar", "trophy", "prize") or ceremony (07450842:
// "pageant"), and none in noun.person or noun.group. "Tarn Film
// Awards", "The Trophies" and "Pulitzer Prize" name a prize or its ceremony, which
// speaks for no one; "Weather Service" (a service is also a rite, but
// under another ceremony, and a body) and "Human Rights Watch" (a watch
// is also a guard) stay names. Contests are left out: a campaign is one
// ("Human Rights Campaign"). A capitalised plural of a noun WordNet writes
// capitalised ("Oscars") is read by its singular.
func prizeOrContest(w string) bool {
	lx := lexicon.Default()
	w = strings.Trim(w, namePunct)
	if w == "" || isAcronym(w) {
		return false
	}
	b := lx.Base(lower(w), lexicon.Noun)
	if !lx.Has(b, lexicon.Noun) {
		sg, ok := strings.CutSuffix(w, "s")
		if !ok || !lx.Has(sg, lexicon.Noun) {
			return false
		}
		b = sg
	}
	if v, ok := prizeCache.Load(b); ok {
		return v
	}
	under := prizeNoun(lx, b)
	prizeCache.Store(b, under)
	return under
}

// prizeNoun reports whether noun b has a sense under prizeAnchors and none
// in noun.person or noun.group.
func prizeNoun(lx *lexicon.Lexicon, b string) bool {
	under := false
	for _, s := range lx.Senses(b) {
		if s.POS != lexicon.Noun {
			continue
		}
		if s.Lex == lexicon.NounPerson || s.Lex == lexicon.NounGroup {
			return false
		}
		under = under || lx.SynsetUnder(s.Synset, lexicon.Noun, prizeAnchors, 8)
	}
	return under
}

// prizeAnchors are WordNet 3.0 noun synsets (offsets): award "a tangible
// symbol signifying approval or distinction" (06696483) and ceremony "a
// formal event performed on a special occasion" (07450842).
var prizeAnchors = []uint32{6696483, 7450842}

var prizeCache lexicon.WordMemo[bool] // noun → bool

// adverbOfAdjective reports whether a lower-case word WordNet lacks is an
// adverb formed with "-ly" from an adjective it has ("preliminarily" from
// "preliminary", "fatefully" from "fateful"): a sentence adverb opening a
// sentence, not a name.
func adverbOfAdjective(lx *lexicon.Lexicon, w string) bool {
	stem, ok := strings.CutSuffix(w, "ly")
	if !ok || len(stem) < 4 {
		return false
	}
	if lx.Has(stem, lexicon.Adj) {
		return true
	}
	if b, ok := strings.CutSuffix(stem, "i"); ok && lx.Has(b+"y", lexicon.Adj) {
		return true // "preliminari-ly": y becomes i before -ly
	}
	return false
}

// indefinitePronoun reports whether w is a compound indefinite pronoun:
// "any", "every", "some" or "no" with "one" or "body" (Quirk et al. 1985,
// §6.45): "Anyone with information …" names no one.
func indefinitePronoun(w string) bool {
	for _, d := range []string{"any", "every", "some", "no"} {
		if r, ok := strings.CutPrefix(w, d); ok && (r == "one" || r == "body") {
			return true
		}
	}
	return false
}

// notNameWords reports whether the words of a capitalised run show it is
// no name: a pronoun contracted with a verb ("We're", "They’ll", "I've")
// or two sentences run together without a space ("Ohio.It", "Lane.Officers": a
// word of two or more letters, a period and a capitalised word; a
// capitalised dateline place run into a function word or an adverb,
// "OHIO-Shortly"; a
// word run by a dash into a function word, "Lee-the"); nor is a
// company's legal form or a letter on its own ("LLC", "L"), nor a name
// ending in a street's abbreviation ("St", "Elm St").
// Indefinite pronouns ("Anyone", "Others") are left to speak: PolNeAR
// counts them as named sources.
func notNameWords(ws []string) bool {
	if len(ws) == 1 && (legalForms[lower(strings.Trim(ws[0], ".,"))] || len([]rune(strings.Trim(ws[0], ".,"))) == 1) {
		return true // "LLC", "L": a company's legal form or a letter alone
	}
	if len(ws) == 1 && (partyTagRe.MatchString(ws[0]) || artifactAcronym(strings.Trim(ws[0], ".,"))) {
		return true // "R-Tex", "D-133": a legislator's party tag; "TV": a thing
	}
	if addressAbbrev[lower(strings.Trim(ws[len(ws)-1], ".,"))] {
		return true // "St", "Elm St": a street of an address, cut from its number or its sentence
	}
	for _, w := range ws {
		if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
			before, after := w[:i], w[i+1:]
			if _, ok := lexicon.ClosedClass(lower(after)); ok && !startsUpper(after) {
				return true // "Lee-the": a dash run into the next words
			}
			lx, la := lexicon.Default(), lower(after)
			_, closed := lexicon.ClosedClass(la)
			if len(before) >= 3 && strings.ToUpper(before) == before && startsUpper(after) && strings.ToUpper(after) != after && (closed || lx.IsCommon(la) && !lx.Has(la, lexicon.Noun) && !lx.Has(la, lexicon.Adj)) {
				return true // "OHIO-Shortly": a dateline run into its first sentence
			}
		}
		lw := strings.ReplaceAll(lower(w), "’", "'")
		if i := strings.LastIndexByte(lw, '\''); i > 0 {
			switch lw[i+1:] {
			case "re", "ll", "ve", "m", "d":
				return true
			}
		}
		if strings.IndexByte(w, '.') >= 0 && runOnRe.MatchString(w) { // every match holds a period
			return true
		}
	}
	return false
}

// partyTagRe matches a legislator's party-and-state tag as news writes it
// after the name (AP Stylebook, "party affiliation": "R-Ky.", "D-N.Y.",
// "I-Vt."; a state district "D-133"): a party's initial, a dash and a
// state's abbreviation or a number.
var partyTagRe = regexp.MustCompile(`^[DRI]-(?:[A-Z][A-Za-z]{0,4}\.?(?:[A-Z]\.?)?|[0-9]+)$`)

// artifactAcronym reports whether an acronym is written for a common noun
// all of whose WordNet senses are artifacts ("TV", "DVD", "ATM"): a thing,
// not a name of who speaks ("State-run TV reported" names no one).
func artifactAcronym(w string) bool {
	if !isAcronym(w) {
		return false
	}
	lx, n := lexicon.Default(), 0
	for _, s := range lx.Senses(lower(w)) {
		if s.POS != lexicon.Noun || s.Instance {
			continue
		}
		if s.Lex != lexicon.NounArtifact {
			return false
		}
		n++
	}
	return n > 0
}

// addressAbbrev are the abbreviations the AP Stylebook ("addresses") uses
// for a street with a numbered address: Ave., Blvd., St. No name of who
// speaks ends with one.
var addressAbbrev = map[string]bool{"ave": true, "blvd": true, "st": true}

// runOnRe matches two sentences run together inside one token: a word of
// two or more letters, a period and a capitalised word ("Ohio.It"), or a
// word ending in two lower-case letters, a period and an acronym of two
// capitals or more, the next sentence's subject ("Lund.NBC"; "Ph.D." and
// "Jr." end in no two lower-case letters).
var runOnRe = regexp.MustCompile(`[A-Za-z]{2}\.[A-Z][a-z]|[a-z]{2}\.[A-Z]{2}`)

// roleNotName reports whether capitalised words name a role rather than
// someone: a place WordNet knows or a demonym before a common noun of persons
// (WordNet's noun.person: "the Ohio Senator", "the Texas
// Democrat"). "Acme Analyst", "Department of Health" and one word
// ("Baker", "Mason": surnames as well as nouns) stay names.
func roleNotName(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	lx := lexicon.Default()
	last := strings.Trim(ws[len(ws)-1], ".,")
	ll := lower(last)
	if isAcronym(last) || ll != lx.Base(ll, lexicon.Noun) || !lx.HasLex(ll, lexicon.Noun, lexicon.NounPerson) || knownPerson(strings.Join(ws, " ")) {
		return false
	}
	before := ws[:len(ws)-1]
	if len(before) == 1 && isDemonym(lx, before[0]) {
		return true // "a French diplomat"
	}
	place := strings.Join(before, "_")
	if lx.ProperType(place) == "place" && !knownPerson(place) {
		return true
	}
	// "Tarn County Coroner", "Lyon City Clerk": a name ending in a common
	// noun whose commonest sense is a place (WordNet's noun.location:
	// county, district, city) is a place that modifies the role after it,
	// as placeModifiesPersons reads it before a plural of persons, when
	// the last word is above all a person (a coroner, not the "Harbour
	// Authority"). A body before the role may be a name of its own
	// ("Union Leader"); the place's noun alone with the role ("City
	// Attorney") names the office.
	if len(before) < 2 {
		return false
	}
	if r, ok := lx.TopSense(ll, lexicon.Noun); !ok || r.Lex != lexicon.NounPerson {
		return false
	}
	sn, ok := lx.TopSense(lower(before[len(before)-1]), lexicon.Noun)
	return ok && !sn.Instance && sn.Lex == lexicon.NounLocation
}

// placeModifiesPersons reports whether capitalised words name a place that
// modifies the plural noun of persons after it ("Tarn County
// prosecutors", "Lyon city officials"): a place WordNet knows, or a name
// whose last word is a common noun whose most frequent sense is a location
// (WordNet's noun.location: county, city, township). The speakers are the
// persons: the name is the place with its noun of persons.
func placeModifiesPersons(ws []string, after string) bool {
	if after == "" || len(ws) == 0 {
		return false
	}
	lx := lexicon.Default()
	if b := lx.Base(after, lexicon.Noun); b == after || !lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) {
		return false // not a plural noun of persons
	}
	if lx.ProperType(strings.Join(ws, "_")) == "place" && !knownPerson(strings.Join(ws, " ")) {
		return true
	}
	if len(ws) < 2 {
		return false
	}
	s, ok := lx.TopSense(lower(ws[len(ws)-1]), lexicon.Noun)
	return ok && !s.Instance && s.Lex == lexicon.NounLocation
}

// knownPerson reports whether WordNet knows a name as a person ("Clinton",
// "Washington"), whatever else it names.
func knownPerson(name string) bool {
	for _, s := range lexicon.Default().Senses(strings.ReplaceAll(name, " ", "_")) {
		if s.POS == lexicon.Noun && s.Instance && s.Lex == lexicon.NounPerson {
			return true
		}
	}
	return false
}

// opensProperName reports whether two words open a name WordNet knows
// ("New York", "New Jersey"): the first is then no function word.
func opensProperName(w, next string) bool {
	next, _ = stripPossessive(strings.Trim(next, namePunct))
	return lexicon.Default().ProperType(w+"_"+next) != ""
}

// CanSpeak reports whether an entity may be a speaker: never a place; a
// name that PlausibleSpeaker accepts, or a person or organisation named
// more than once by a word that is only inflected like a common one
// ("Sanders", "Williams") — never a function word, a day, a nationality or
// the plural of a common noun of persons ("Plumbers", "Lawyers"). A lone
// common noun speaks only as a person or an organisation named more than
// once ("Trump"; "Congress", whose noun WordNet files under organised
// groups): "Class", "Security", "Constitution" never do.
func CanSpeak(name, typ string, mentions int) bool {
	if typ == Place || name == "" {
		return false
	}
	if PlausibleSpeaker(name) {
		if !CommonWordName(name) || knownPerson(name) {
			return true
		}
		return mentions >= 2 && (typ == Person || typ == Organization && isOrgHead(lower(name))) && !commonNotName(name)
	}
	w := lower(name)
	lx := lexicon.Default()
	if strings.Contains(name, " ") || notNameWords([]string{name}) || functionWords[w] || stopCaps[w] || lexicon.IsIndexStopword(w) || looksLikeDay(name) || isDemonym(lx, name) || lx.ProperType(name) == "place" && !knownPerson(name) {
		return false // a place WordNet knows does not speak as a name of its own (a country, a state or a capital that is a cue's whole subject speaks for its government: namedSpeaker, GovernmentSource)
	}
	if b := lx.Base(w, lexicon.Noun); b != w && (lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) || nationality(titleCase(b))) || nationality(strings.TrimSuffix(name, "s")) {
		return false
	}
	if lx.Base(w, lexicon.Verb) != w && !lx.Has(w, lexicon.Noun) {
		return false // a verb form opening a sentence ("Citing", "Having")
	}
	return (typ == Person || typ == Organization) && mentions >= 2
}

// commonNotName reports whether a one-word name that is also a common word
// cannot be a name of who speaks: an adjective ("Republican leaders",
// "White House": a modifier), or a noun all of whose senses are
// abstractions — WordNet's noun.attribute, noun.cognition,
// noun.communication, noun.feeling, noun.state and the like
// ("Sincerity"). "Trump" (a card, an act), "Bush" (a plant) and "Cox"
// (a person by role) may be names.
func commonNotName(name string) bool {
	lx := lexicon.Default()
	lw := lower(name)
	if lx.Has(lw, lexicon.Adj) {
		return true
	}
	n := 0
	for _, s := range lx.Senses(lx.Base(lw, lexicon.Noun)) {
		if s.POS != lexicon.Noun {
			continue
		}
		n++
		if !abstractLex[s.Lex] {
			return false
		}
	}
	return n > 0
}

// abstractLex are WordNet's noun files of abstractions: attribute (7),
// cognition (9), communication (10), feeling (12), motive (16), phenomenon
// (19), process (22), relation (24), state (26), time (28).
var abstractLex = map[uint8]bool{7: true, 9: true, 10: true, 12: true, 16: true, 19: true, 22: true, 24: true, 26: true, 28: true}

// CommonWordName reports whether a one-word name is also a common English
// noun ("Trump", "Class"): a name only when the text shows it is one.
func CommonWordName(name string) bool {
	return !strings.Contains(name, " ") && !isAcronym(name) && lexicon.Default().IsCommon(lower(name))
}

// looksLikeDay reports whether a word names a month or a weekday as the
// time lexicon of WordNet files it (noun.time instances and proper nouns).
func looksLikeDay(w string) bool {
	for _, s := range lexicon.Default().Senses(w) {
		if s.POS == lexicon.Noun && s.Lex == lexicon.NounTime {
			return true
		}
	}
	return false
}

// isWeekday reports whether a capitalised word names a day of the week,
// in full or abbreviated ("Monday", "Wed"), by the weekday names the date
// reader knows (dates.WeekdayNumber). A weekday is never part of a name; a
// month may be ("Ada May").
func isWeekday(w string) bool {
	_, ok := dates.WeekdayNumber(w)
	return ok && startsUpper(w)
}

func titleCase(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + lower(w[1:])
}

// nationality reports whether a capitalised word is an adjective in
// WordNet ("French", "Greek"), whatever person it may also name.
func nationality(w string) bool {
	for _, s := range lexicon.Default().Senses(w) {
		if s.POS == lexicon.Adj {
			return true
		}
	}
	return false
}

// Surname returns the last word of a person's name that is no generational
// suffix ("Jr", "Sr", "II", "III", "IV": The Chicago Manual of Style, 17th
// ed., §6.43 and §10.19, a closed class) nor an initial, trimmed of
// periods and commas: "Martin L. Greer Jr." gives "Greer".
func Surname(name string) string {
	ws := strings.Fields(name)
	for k := len(ws) - 1; k >= 0; k-- {
		w := strings.Trim(ws[k], ".,")
		switch lower(w) {
		case "jr", "sr", "ii", "iii", "iv":
			continue
		}
		if len([]rune(w)) > 1 {
			return w
		}
	}
	return ""
}

// mentionGender returns the gender one mention itself writes — its
// courtesy title ("Mrs. Doe") or, for a name of two words or more, a
// first name of the main list ("Jane Doe") — or 0. It may differ from its
// entity's when the entity stage joined two people of one surname ("Mr.
// Doe" and "Mrs. Doe", a couple). A title of office opening the name as a
// speaker's phrase writes it ("Mayor Jane Doe", "Major Ann Roe") is no
// first name, though the list has the same spelling as a man's ("Mayor",
// "Major", "Dean": officeWord): the word after it is read instead.
func mentionGender(m NameMention) byte {
	if g := TitleGender(m.Title); g != 0 {
		return g
	}
	ws := strings.Fields(m.Name)
	lx := lexicon.Default()
	for len(ws) >= 2 && officeWord(lx, lower(strings.TrimSuffix(ws[0], "."))) {
		ws = ws[1:]
	}
	if len(ws) >= 2 {
		return firstNameGender(strings.TrimSuffix(ws[0], "."))
	}
	return 0
}

// mentionFits reports whether pronoun p can refer to the person named by
// mention m: as pronounFits for its entity, except that "he" or "she"
// goes by the gender the mention itself writes when it writes one ("When
// Mrs. Doe arrived …, he said": not her, though her entity holds "Mr.
// Doe" too).
func (a *Analysis) mentionFits(p string, m NameMention) bool {
	e := &a.Entities[m.Entity]
	want, g := pronounGender(p), mentionGender(m)
	if want == 0 || g == 0 || e.Type != Person {
		return pronounFits(p, e)
	}
	return g == want && !pluralOfPersons(e.Name)
}

// speakerFits is mentionFits for the speaker of quote q as its source
// phrase writes it ("Mrs. Doe said").
func (a *Analysis) speakerFits(p string, q Quote) bool {
	return a.mentionFits(p, NameMention{Name: q.SpeakerText, Title: q.SpeakerText, Entity: q.Entity})
}

// officeWord reports whether a lower-case word is a title of office or a
// word of one in the WordNet-derived title list (headwords.txt: "judge",
// "justice" of "chief justice") and names a person in one of WordNet's
// senses (noun.person): before a surname it is the holder's title, and the
// given-name list's gender for the same spelling ("Justice" as a boy's
// name) tells nothing of who holds it.
func officeWord(lx *lexicon.Lexicon, lw string) bool {
	return (titleWords[lw] || titleMods[lw]) && lx.HasLex(lw, lexicon.Noun, lexicon.NounPerson)
}
