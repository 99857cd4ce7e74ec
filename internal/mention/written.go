package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// WrittenName returns the proper name in a quote's speaker as written,
// or "" when it is no name: a pronoun, a common noun, a role capitalised
// at the start of its sentence (SpeakerName and the quote's reading). A
// name that only modifies the common noun heading the phrase gives way to
// it. Before a noun of persons or of a group the speakers are those
// persons, named by the modifier with its head ("Chapel officials", "The
// Greek government" → "Greek government", "a Linden resident"); a
// common word the article never writes as a name, a nationality or a
// place WordNet knows that modifies a thing names no speaker ("Public
// records", "Surveillance video"). Another name before a thing stays the
// speaker ("an Acme Corp report", "The Harbor campaign" where the
// article names Harbor).
func (a *Analysis) WrittenName(q Quote) string {
	if q.role || q.CueOnly() {
		return ""
	}
	name := SpeakerName(q.SpeakerText)
	if name == "" {
		return ""
	}
	run := headAfterName(q.SpeakerText, name)
	if run == "" {
		return name
	}
	bare := strings.TrimPrefix(name, "The ")
	if head := run[strings.LastIndexByte(run, ' ')+1:]; personOrGroupNoun(head) {
		return bare + " " + run
	}
	if a.commonWordNotNamed(bare) || nationality(bare) || isDemonym(lexicon.Default(), bare) || knownPlace(bare) {
		return ""
	}
	return name
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
		if strings.Trim(w, ",.:;\"“”‘’()") == last {
			at = i
			break
		}
	}
	if at < 0 || strings.ContainsAny(ws[at], ",;:") || strings.ContainsAny(strings.TrimRight(ws[at], ".,"), "’'") && strings.HasSuffix(strings.TrimRight(ws[at], ".,"), "s") {
		return "" // a possessor: "Brown's aunt"
	}
	var run []string
	for _, w0 := range ws[at+1:] {
		w := strings.Trim(w0, ",.:;\"“”‘’()")
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
	for _, s := range lx.Senses(lx.Base(w, lexicon.Noun)) {
		if s.POS == lexicon.Noun && !s.Instance && s.Rank == 0 {
			return s.Lex == lexicon.NounGroup
		}
	}
	return false
}

// knownPlace reports whether WordNet knows a name as a place and not as a
// person.
func knownPlace(name string) bool {
	return lexicon.Default().ProperType(strings.ReplaceAll(name, " ", "_")) == "place" && !knownPerson(name)
}

// commonWordNotNamed reports whether a one-word source phrase is a common
// English word ("History", "Dispatch", "Stuff") that the article never
// shows to be a name: WordNet has it in lower case, it is no acronym, no
// person WordNet knows and no first name, and the article never writes
// it capitalised after another word (other than a function word opening
// the sentence: "The Granite network") nor as the last word of a longer
// name of a person or organisation ("Frost" after "Ada Frost").
func (a *Analysis) commonWordNotNamed(w string) bool {
	w, _ = stripPossessive(strings.Trim(w, ",.:;\"“”‘’()"))
	if !CommonWordName(w) || knownPerson(w) || IsFirstName(w) {
		return false
	}
	for _, toks := range a.Tokens {
		for i := 1; i < len(toks); i++ {
			if t, _ := stripPossessive(toks[i].Text); t == w && toks[i-1].IsWord() && (i > 1 || !stopCaps[lower(toks[0].Text)]) {
				return false
			}
		}
	}
	for _, e := range a.Entities {
		if e.Type != Person && e.Type != Organization {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if len(strings.Fields(n)) >= 2 && Surname(n) == w {
				return false
			}
		}
	}
	return true
}
