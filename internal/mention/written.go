package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// WrittenName returns the proper name in a quote's speaker as written,
// or "" when it is no name: a pronoun, a common noun, a role capitalised
// at the start of its sentence (SpeakerName and the quote's reading). A
// name that only modifies the common noun heading the phrase gives way to
// it; a lone common word whose every sense is an abstraction and that the
// article never writes as a name ("Testimony") names no one. Before a
// noun of persons or of a group the speakers are those
// persons, named by the modifier with its head ("Chapel officials", "The
// Greek government" → "Greek government", "a Linden resident"); a
// common word the article never writes as a name, a nationality or a
// place WordNet knows that modifies a thing names no speaker ("Public
// records", "Surveillance video"). Another name before a thing stays the
// speaker ("an Acme Corp report", "The Harbor campaign" where the
// article names Harbor). A common word set in capitals (shoutedWord) is
// a page's label, no name.
func (a *Analysis) WrittenName(q Quote) string {
	if q.role || q.CueOnly() {
		return ""
	}
	if kin, name := a.kinSpeaker(q); kin {
		return name // "Reed's sister", "Lee's mother, Ana Ruiz,": the owner's kin speak, not the owner
	}
	name := SpeakerName(q.SpeakerText)
	if name == "" || shoutedWord(lexicon.Default(), name) {
		return "" // "EMBED >More News Videos An eyewitness": a page's label
	}
	if ws := strings.Fields(name); len(ws) > 1 && commonPlural(ws[0]) && a.neverNamed(ws[0]) {
		return "" // "Critics of the agency": a plural common noun opens the phrase
	}
	run := headAfterName(q.SpeakerText, name)
	if run == "" {
		if a.commonWordNotNamed(name) && !orgGroupNoun(lower(name)) {
			// "Testimony in the trial showed …", "Video shows …", "People
			// in the area said …": a common word capitalised only at the
			// sentence start, never a name here; "Police said" stays (an
			// organised body speaks)
			return ""
		}
		return name
	}
	bare := strings.TrimPrefix(name, "The ")
	if head := run[strings.LastIndexByte(run, ' ')+1:]; personOrGroupNoun(head) {
		return bare + " " + run
	}
	if a.commonWordNotNamed(bare) || CommonWordName(bare) && a.neverNamed(bare) || nationality(bare) || isDemonym(lexicon.Default(), bare) || knownPlace(bare) {
		return "" // "Court documents state", "Red stains": a common word before a thing, even one that is a first name
	}
	return name
}

// kinSpeaker reports whether a quote's speaker phrase is a named
// possessor's kin ("Reed's sister", "Lund's family": ownerOfKin), who
// speak for themselves, and returns the person a comma sets in
// apposition right after the phrase ("said Reed's sister, Ana Reed,"), or
// "" when none is named there.
func (a *Analysis) kinSpeaker(q Quote) (kin bool, name string) {
	np := strings.Trim(q.SpeakerText, namePunct)
	if !ownerOfKin(np) {
		return false, ""
	}
	if q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
		return true, ""
	}
	sent := a.Sentences[q.Sentence].Text
	at := wordIndex(sent, np, -1)
	if at < 0 || !strings.HasPrefix(sent[at+len(np):], ", ") {
		return true, ""
	}
	for _, m := range a.Mentions {
		if m.Sentence == q.Sentence && m.Start == at+len(np)+2 && a.Entities[m.Entity].Type == Person {
			return true, a.Entities[m.Entity].Name
		}
	}
	return true, ""
}

// headAfterName returns the common noun phrase after the name in a
// phrase, its head last: the lower-case words that follow the name's last
// word up to the end of the phrase, a function word or a punctuation mark
// ("Chapel officials" → "officials", "Pell County public records" →
// "public records"), or "" when the name is a possessor ("Brown's aunt"),
// is set off by a comma ("The Journal, citing …"), ends the phrase, or a
// capitalised word follows the lower-case words ("Acme spokesman Jo
// Lee": the name after them speaks).
func headAfterName(phrase, name string) string {
	ws := strings.Fields(phrase)
	nw := strings.Fields(name)
	last := nw[len(nw)-1]
	at := -1
	for i, w := range ws {
		if strings.Trim(w, namePunct) == last {
			at = i
			break
		}
	}
	if at < 0 || strings.ContainsAny(ws[at], ",;:") || strings.ContainsAny(strings.TrimRight(ws[at], ".,"), "’'") && strings.HasSuffix(strings.TrimRight(ws[at], ".,"), "s") {
		return "" // a possessor: "Brown's aunt"
	}
	var run []string
	for _, w0 := range ws[at+1:] {
		w := strings.Trim(w0, namePunct)
		if w == "" || startsUpper(w) {
			return "" // "Acme spokesman Jo Lee"
		}
		if functionWords[w] || lexicon.IsIndexStopword(w) {
			break
		}
		run = append(run, w)
		if strings.ContainsAny(w0, ",;:") {
			break
		}
	}
	lx := lexicon.Default()
	if len(run) == 0 || !lx.Has(lx.Base(run[len(run)-1], lexicon.Noun), lexicon.Noun) {
		return ""
	}
	return strings.Join(run, " ")
}

// personOrGroupNoun reports whether a lower-case noun names persons
// (WordNet's noun.person: "officials", "resident") or, in its most
// frequent sense, an organised group (noun.group and isOrgHead: "police",
// "agency"), not a thing ("records", "video") nor a loose group
// ("traffic", "crowd").
func personOrGroupNoun(w string) bool {
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Noun)
	if lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) || b == "group" {
		return true // "group": the top of WordNet's noun.group ("Protest groups")
	}
	return orgGroupNoun(b)
}

// anyPersonOrGroupSense reports whether the noun base b has any sense in
// WordNet's noun.person or noun.group, the looser test beside
// personOrGroupNoun (which asks the most frequent sense for groups).
func anyPersonOrGroupSense(lx *lexicon.Lexicon, b string) bool {
	return lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) || lx.HasLex(b, lexicon.Noun, lexicon.NounGroup)
}

// OrgGroupNoun reports whether a lower-case noun names, in its most
// frequent sense, an organised group (orgGroupNoun): the head of a name
// such as "<City> Police Department" or "<City> Council".
func OrgGroupNoun(w string) bool { return orgGroupNoun(w) }

// orgGroupNoun reports whether a lower-case noun names, in its most
// frequent sense, an organised group (WordNet's noun.group, and
// isOrgHead): "police", "agency", "jury", not "traffic" or "video".
func orgGroupNoun(w string) bool {
	b := lexicon.Default().Base(w, lexicon.Noun)
	return groupNoun(b) && isOrgHead(b)
}

// groupNoun reports whether a lower-case noun's most frequent sense is a
// group (WordNet's noun.group: "people", "police", "leadership").
func groupNoun(w string) bool {
	lx := lexicon.Default()
	s, ok := lx.TopSense(lx.Base(w, lexicon.Noun), lexicon.Noun)
	return ok && !s.Instance && s.Lex == lexicon.NounGroup
}

// knownPlace reports whether WordNet knows a name as a place and not as a
// person.
func knownPlace(name string) bool {
	return lexicon.Default().ProperType(strings.ReplaceAll(name, " ", "_")) == "place" && !knownPerson(name)
}

// commonWordNotNamed reports whether a one-word source phrase is a common
// English word ("History", "Dispatch", "Stuff") that the article never
// shows to be a name: WordNet has it in lower case, it is no acronym and
// no first name, and the article never names it (neverNamed). A person
// WordNet knows by a common word ("Young", "Court") is no exception: the
// article shows it as a name.
func (a *Analysis) commonWordNotNamed(w string) bool {
	w, _ = stripPossessive(strings.Trim(w, namePunct))
	return CommonWordName(w) && !IsFirstName(w) && a.neverNamed(w)
}

// nameWordBefore reports whether a capitalised word before w makes w the
// end of a longer name rather than a name of its own: a common word
// capitalised inside a name ("Municipal" in "the Tarn Municipal Court"),
// not a title ("Mr.", "Sen."), a first name ("Jo Frost") nor a function
// word opening a name ("The").
func (a *Analysis) nameWordBefore(prev string) bool {
	lp := lower(strings.TrimSuffix(prev, "."))
	return startsUpper(prev) && lexicon.Default().IsCommon(lp) && !stopCaps[lp] && !titleWords[lp] && !IsFirstName(prev)
}

// commonPlural reports whether a capitalised word is the plural of a
// common noun that WordNet never writes capitalised ("Critics",
// "Representatives"; not "Democrats" nor "Friends", which WordNet also
// has as members of a party or a church).
func commonPlural(w string) bool {
	lx, lw := lexicon.Default(), lower(w)
	b := lx.Base(lw, lexicon.Noun)
	return b != lw && lx.IsCommon(b) && len(lx.Senses(titleCase(b))) == 0
}

// neverNamed reports whether the article never writes w capitalised after
// another word (other than a function word opening the sentence, "The
// Granite network", or a capitalised common word of a longer name,
// nameWordBefore) nor as the last word of a longer name of a person or
// organisation ("Frost" after "Ada Frost").
func (a *Analysis) neverNamed(w string) bool {
	w, _ = stripPossessive(strings.Trim(w, namePunct))
	for _, toks := range a.Tokens {
		for i := 1; i < len(toks); i++ {
			if t, _ := stripPossessive(toks[i].Text); t == w && toks[i-1].IsWord() && (i > 1 || !stopCaps[toks[0].Lower]) && !a.nameWordBefore(toks[i-1].Text) {
				return false
			}
		}
	}
	for _, e := range a.Entities {
		if e.Type != Person && e.Type != Organization {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			fs := strings.Fields(n)
			if len(fs) >= 2 && Surname(n) == w && !(e.Type == Organization && a.nameWordBefore(fs[len(fs)-2])) {
				return false // "Ada Frost"; not "Tarn Municipal Court"
			}
		}
	}
	return true
}

// ModifiedName reports whether the name a quote's speaker phrase gives is
// followed, in the phrase or else in its sentence, by the common noun
// that heads the phrase ("Tenant rights groups", "Lyon police said"), and
// if so the speaker it gives: the name with its noun when the noun names
// persons or an organised group ("Lyon police", "Tarn County
// officials", "Lyon city council") and the name is no organisation's
// (an organisation speaks through its own: "an Acme spokesman" stays
// Acme's), or the person an apposition after the phrase names ("the
// Tarn fire chief, Jo Lee"); "" when the noun is a thing and the name a
// common word, a nationality or a place ("Court records", "Tarn County
// jail records"); the name with the nouns up to an organisation's head
// or a noun of persons inside the phrase ("the Tarn coroner's office", "a
// Tarn police news release" gives "Tarn police"); the name itself before
// a thing when it is another name ("an Acme report"). ok is false when no common noun
// follows the name, the word after it is the cue ("Lee says"), or the
// speaker is a pronoun or a role.
func (a *Analysis) ModifiedName(q Quote) (speaker string, ok bool) {
	if q.role || q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
		return "", false
	}
	name := SpeakerName(q.SpeakerText)
	if name == "" || a.partitiveName(q.SpeakerText, name) {
		return "", false
	}
	run := strings.Fields(headAfterName(q.SpeakerText, name))
	sent := a.Sentences[q.Sentence].Text
	at := wordIndex(sent, name, strings.Index(sent, q.Cue))
	if len(run) == 0 && at >= 0 {
		run = nounsAfter(sent[at+len(name):])
	}
	if at >= 0 {
		if p := a.appositivePerson(q.Sentence, at+len(name), run); p != "" {
			return p, true // "the Tarn fire chief, Jo Lee": the name after the role
		}
	}
	if len(run) == 0 || len(strings.Fields(q.Cue)) > 0 && run[0] == lower(strings.Fields(q.Cue)[0]) {
		return "", false // "Lee says", "Police accused him": the cue, not a head
	}
	bare := strings.TrimPrefix(name, "The ")
	if head := run[len(run)-1]; personHead(head) {
		if q.Entity >= 0 && q.Entity < len(a.Entities) && a.Entities[q.Entity].Type == Organization {
			return "", false // "an Acme spokesman": the organisation speaks through its own
		}
		return bare + " " + strings.Join(run, " "), true
	}
	if head := run[len(run)-1]; lexicon.Default().Base(head, lexicon.Noun) != head && streetWords[lexicon.Default().Base(head, lexicon.Noun)] != "" {
		return "", true // "Elm and Quill streets where they believe": the plural of a street's noun, a place
	}
	if !(q.Entity >= 0 && q.Entity < len(a.Entities) && a.Entities[q.Entity].Type == Organization) {
		if isOrgHead(run[len(run)-1]) && len(run) > 1 {
			return bare + " " + strings.Join(run, " "), true // "the Tarn coroner's office": a named body
		}
		for i, w := range run[:len(run)-1] {
			if w, _ := stripPossessive(w); personHead(w) {
				return bare + " " + strings.Join(run[:i+1], " "), true // "a Tarn police news release": the police's
			}
		}
	}
	lx := lexicon.Default()
	if a.commonWordNotNamed(bare) || CommonWordName(bare) && a.neverNamed(bare) && !lx.HasLex(lx.Base(run[len(run)-1], lexicon.Noun), lexicon.Noun, lexicon.NounPerson) || nationality(bare) || isDemonym(lx, bare) || knownPlace(bare) || locationName(bare) {
		return "", true
	}
	return name, true
}

// personHead reports whether a lower-case noun heading a phrase names
// persons or an organised group: one of its three most frequent senses in
// WordNet is a person ("officer", "fans") or its most frequent one an
// organised group (orgGroupNoun: "police", "council"); "page" and
// "faces" (persons only in rarer senses) are not.
func personHead(w string) bool {
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Noun)
	if orgGroupNoun(b) || b == "group" {
		return true
	}
	for _, s := range lx.Senses(b) {
		if s.POS == lexicon.Noun && !s.Instance && s.Rank <= 2 && s.Lex == lexicon.NounPerson {
			return true
		}
	}
	return false
}

// appositivePerson returns the name of the person set off by a comma
// right after the nouns run that follow offset from in sentence si ("…
// fire chief, Jo Lee"), or "". A person is in apposition to a role, not
// to a document, a noun of communication in WordNet ("According to the
// Acme summary, Jo Lee asked …": Lee opens the clause).
func (a *Analysis) appositivePerson(si, from int, run []string) string {
	if len(run) == 0 || communicationNoun(run[len(run)-1]) {
		return ""
	}
	sent := a.Sentences[si].Text
	last := run[len(run)-1]
	i := strings.Index(sent[from:], last)
	if i < 0 {
		return ""
	}
	end := from + i + len(last)
	if !strings.HasPrefix(sent[end:], ", ") {
		return ""
	}
	for _, m := range a.Mentions {
		if m.Sentence == si && m.Start == end+2 && a.Entities[m.Entity].Type == Person {
			return a.Entities[m.Entity].Name
		}
	}
	return ""
}

// wordIndex returns the byte offset of the whole-word occurrence of s in
// sent nearest to offset near (the cue's; the first one when near < 0),
// or -1.
func wordIndex(sent, s string, near int) int {
	best := -1
	for off := 0; off < len(sent); {
		i := strings.Index(sent[off:], s)
		if i < 0 {
			break
		}
		i += off
		end := i + len(s)
		if (i == 0 || !text.IsWordByte(sent[i-1])) && (end == len(sent) || !text.IsWordByte(sent[end])) {
			if near < 0 {
				return i
			}
			if best < 0 || abs(i-near) < abs(best-near) {
				best = i
			}
		}
		off = i + 1
	}
	return best
}

// nounsAfter returns the lower-case nouns that open rest and head a noun
// phrase with the name before them: at most two, ending at a plural, a
// punctuation mark, a function word or a word that is no noun ("police
// are" → "police"; "records show" → "records"; "city council voted" →
// "city council"). A capitalised word after them ("Acme spokesman Jo
// Lee") or a possessive after the name gives none.
func nounsAfter(rest string) []string {
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") || !strings.HasPrefix(rest, " ") {
		return nil
	}
	lx := lexicon.Default()
	var run []string
	for _, w0 := range strings.Fields(rest) {
		w := strings.Trim(w0, namePunct)
		if w == "" || startsUpper(w) {
			if len(run) > 0 && w != "" {
				return nil // "Acme spokesman Jo Lee": the name after them speaks
			}
			break
		}
		if functionWords[w] || lexicon.IsIndexStopword(w) || !lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun) {
			break
		}
		run = append(run, w)
		if w != w0 || lx.Base(w, lexicon.Noun) != w || len(run) == 2 {
			break
		}
	}
	if n := len(run); n > 0 {
		// "Lee host the show", "Lee told him", "Lyon police say the …": a
		// determiner or an object pronoun after the last word makes it a
		// verb, and the nouns before it head the phrase
		if fs := strings.Fields(rest); len(fs) > n {
			if t, ok := lexicon.ClosedClass(lower(strings.Trim(fs[n], namePunct))); ok && (t == "DT" || t == "PRP" || t == "PRP$") {
				run = run[:n-1]
			}
		}
	}
	if len(run) == 0 {
		return nil
	}
	return run
}

// locationName reports whether a name of several words ends in a common
// noun of an administrative place: its most frequent sense is a location
// (WordNet's noun.location) and every other sense a location or the
// people of one (noun.group): "Tarn County", "Lyon City", not "Acme
// Post" or "Acme Center" (a post and a centre are things as well).
func locationName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	loc := false
	for _, s := range lexicon.Default().Senses(lower(ws[len(ws)-1])) {
		if s.POS != lexicon.Noun || s.Instance {
			continue
		}
		if s.Lex != lexicon.NounLocation && s.Lex != lexicon.NounGroup {
			return false
		}
		loc = loc || s.Rank == 0 && s.Lex == lexicon.NounLocation
	}
	return loc
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// communicationNoun reports whether a lower-case noun's first sense in
// WordNet is a noun of communication ("summary", "report", "poll"): a
// document or message, never a person.
func communicationNoun(w string) bool {
	lx := lexicon.Default()
	sn, ok := lx.FirstSense(lx.Base(lower(w), lexicon.Noun), lexicon.Noun)
	return ok && sn.Lex == lexicon.NounCommunication
}

// GovernmentSource returns the name of the place that speaks for its
// government in quote q ("Norway insists …", "The United States said …":
// metonymy, the place for the state's authorities): the source the
// quote's reading named is a place entity whose commonest WordNet sense is
// a country, a state or a national capital (governedPlace), the whole
// subject of a cue that is first of all a verb of saying (sayingFirst:
// not what a place faced, proved or deemed). "" when the source is no
// such place. Such a source is a group with no name of its own
// (KindGroup), as "the government" is.
func (a *Analysis) GovernmentSource(q Quote) string {
	if q.Entity < 0 || q.Entity >= len(a.Entities) || q.How != "named" || !sayingFirst(q.Cue) {
		return ""
	}
	if e := a.Entities[q.Entity]; e.Type == Place && governedPlace(e.Name) {
		return e.Name
	}
	return ""
}
