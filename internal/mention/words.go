package mention

import (
	_ "embed"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// This file holds the general English word classes that the language
// stages use: titles and roles, the head words of place and organisation
// names, function words (reporting verbs come from WordNet: cues.go). None
// is a hand list: titles and place heads are read from WordNet
// (headwords.txt, written by ./headgen), organisation heads are looked up
// in WordNet, and function words are the closed-class words of
// lexicon.ClosedClass (the Penn Treebank's closed-class tags, from a
// tagger trained on the Treebank).

//go:embed headwords.txt
var headwordsTxt string

// The kinds of headwords.txt (see ./headgen for the WordNet senses each
// comes from):
//   - titleWords ("title") are the words of titles and roles written
//     before a name ("Minister", "Maj. Gen.", "Mr."); each can also stand
//     for a person on its own ("the premier", "the ambassador"), so
//     titleHeads, which the callers that need such a word ask, holds the
//     same words;
//   - titleMods ("mod") are part of a title only before a title word
//     ("Prime Minister", "Vice President"; not "Federal" in "Federal
//     Election Commission"): see titleAt;
//   - placeHeads ("place") end place names ("Province", "River", "Airport").
//
// Abbreviations are listed with and without their period; abbrevOf maps
// one to the word it stands for ("gen" → "general").
var titleWords, titleHeads, titleMods, placeHeads, abbrevOf = readHeadWords(headwordsTxt)

func readHeadWords(txt string) (title, head, mod, place map[string]bool, abbrev map[string]string) {
	title, head, mod, place, abbrev = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]string{}
	for _, line := range strings.Split(txt, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		w := f[0]
		switch f[1] {
		case "title":
			head[w], title[w] = true, true
		case "mod":
			mod[w] = true
		case "place":
			place[w] = true
		}
		if len(f) > 2 {
			abbrev[w] = f[2]
			if f[1] != "place" {
				title[w+"."], head[w+"."] = true, head[w]
			}
		}
	}
	return title, head, mod, place, abbrev
}

// isTitleWord reports whether a lower-case word (a period after it
// dropped) is a title word, a hyphenated one included when its first part
// is one ("secretary-general", "president-elect", "vice-president").
func isTitleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if titleWords[w] {
		return true
	}
	first, _, ok := strings.Cut(w, "-")
	return ok && titleWords[first]
}

// titleAt reports how many of the lower-case words ws, from the first,
// form a title: title words, and modifiers followed by one ("prime
// minister", "vice"+"president").
func titleAt(ws []string) int {
	n := 0
	for n < len(ws) {
		w := strings.TrimSuffix(ws[n], ".")
		if isTitleWord(w) {
			n++
			continue
		}
		if !titleMods[w] {
			break
		}
		k := n + 1
		for k < len(ws) && titleMods[strings.TrimSuffix(ws[k], ".")] {
			k++
		}
		if k == len(ws) || !isTitleWord(ws[k]) {
			break
		}
		n = k
	}
	return n
}

// isPlaceHead reports whether a lower-case word, or its singular
// ("islands", "territories"), ends place names.
func isPlaceHead(w string) bool {
	return placeHeads[w] || placeHeads[lexicon.Default().Base(w, lexicon.Noun)]
}

// streetWords are the street suffixes of USPS Publication 28 (Postal
// Addressing Standards, Appendix C1) read here, written out and as their
// standard abbreviations, each mapped to its written-out form.
// namePunct is the punctuation trimmed from a word of a name or a source
// phrase before it is looked up: commas, stops, colons, quotation marks and
// brackets ("“Frost,”" → "Frost").
const namePunct = ",.:;\"“”‘’()"

var streetWords = map[string]string{
	"street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "av": "avenue",
	"road": "road", "rd": "road", "boulevard": "boulevard", "blvd": "boulevard", "drive": "drive", "dr": "drive",
	"lane": "lane", "ln": "lane", "place": "place", "pl": "place", "court": "court", "ct": "court",
	"highway": "highway", "hwy": "highway", "parkway": "parkway", "pkwy": "parkway", "terrace": "terrace", "ter": "terrace",
	"circle": "circle", "cir": "circle", "pike": "pike", "turnpike": "turnpike", "tpke": "turnpike",
	"expressway": "expressway", "expy": "expressway", "fwy": "freeway", "sq": "square", "trl": "trail",
}

// StreetWord returns the written-out form of a street suffix of USPS
// Publication 28 (lower case, without a stop: "rd" → "road", "road" →
// "road"), and whether the word is one.
func StreetWord(w string) (string, bool) {
	full, ok := streetWords[w]
	return full, ok
}

// streetSuffixes are the street suffixes that name no person as a surname
// does: the abbreviations of streetWords and "avenue" written out
// ("Street", "Road" and "Boulevard" are place heads already; "Lane",
// "Court" or "Drive" written out can be surnames).
var streetSuffixes = func() map[string]bool {
	m := map[string]bool{"avenue": true}
	for w, full := range streetWords {
		if w != full {
			m[w] = true
		}
	}
	return m
}()

// streetSuffix reports whether the last word of a name of several words
// makes it a street ("Quarry Ave", "Linden Rd."): a place, never a
// person, whatever its first word.
func streetSuffix(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	last := strings.TrimSuffix(ws[len(ws)-1], ".")
	return startsUpper(last) && streetSuffixes[lower(last)]
}

// functionWords are the English closed-class words (lexicon.ClosedClass):
// determiners, pronouns, prepositions, conjunctions, modals, particles —
// less the pronouns the Penn Treebank never writes capitalised
// (lexicon.SentenceOpener): an object or reflexive pronoun never opens a
// sentence, so "US" at the start of a name is no "us".
var functionWords = func() map[string]bool {
	m := lexicon.ClosedClassWords(false)
	for w := range m {
		if t, _ := lexicon.ClosedClass(w); t == "PRP" && !lexicon.SentenceOpener(w) {
			delete(m, w)
		}
	}
	return m
}()

// stopCaps are the capitalised words that do not start a name: the
// function words ("The", "During", "They") and the words the Penn Treebank
// writes capitalised at the start of sentences as no proper noun
// ("However", "Meanwhile": lexicon.SentenceOpener). Months and weekdays
// are told by looksLikeDay (WordNet's noun.time).
var stopCaps = func() map[string]bool {
	m := lexicon.SentenceOpeners()
	for w := range functionWords {
		m[w] = true
	}
	return m
}()

// nounContext are the closed-class words after which a verb-like form is
// a noun: "the plans", "his claims", "for comments" (lexicon.NounFollows).
var nounContext = lexicon.ClosedClassWords(true)

// isOrgHead reports whether a lower-case word can end an organisation's
// name: a company's legal form, or a noun WordNet files under one of the
// kinds of organised groups (orgAnchors: "organization", "body",
// "assembly", "social movement") or under "medium" (the press, radio,
// television). No list of head words is kept, and no outlet's name. Taking
// every noun.group noun instead was measured and rejected: "crowd",
// "people" and the like then end names.
func isOrgHead(w string) bool {
	if legalForms[strings.TrimSuffix(w, ".")] {
		return true
	}
	if v, ok := orgHeadCache.Load(w); ok {
		return v
	}
	lx := lexicon.Default()
	ok := false
	// A plural ends a name only when its singular is no place's head:
	// "Forces", "Nations", but not "States" ("United States").
	if b := lx.Base(w, lexicon.Noun); lx.Has(b, lexicon.Noun) && (b == w || !isPlaceHead(b)) {
		ok = lx.Under(b, lexicon.Noun, orgAnchors, 8)
	}
	orgHeadCache.Store(w, ok)
	return ok
}

var orgHeadCache lexicon.WordMemo[bool] // word → bool

// orgAnchors are WordNet 3.0 noun synsets (offsets): organization
// (08008335), body "a group of persons associated by some common tie or
// occupation" (07965085), assembly (08163792: legislatures, courts), social
// movement (08464601) and medium, the means of mass communication
// (06254669).
var orgAnchors = []uint32{8008335, 7965085, 8163792, 8464601, 6254669}

// legalForms are the abbreviations of companies' legal forms, as the ISO
// 20275 Entity Legal Forms code list (GLEIF, CC0) gives them for the
// United States ("Inc.", "Corp.", "Co.", "LLC", "LLP"), the United Kingdom
// ("Ltd", "PLC") and Germany ("GmbH").
var legalForms = set("inc", "corp", "ltd", "co", "plc", "llc", "llp", "gmbh")

// connectors may join the words of one name: the prepositions, the
// coordinator "and" and the article "the" inside an organisation's name
// ("Ministry of Foreign Affairs", "Campaign for Nuclear Disarmament",
// "Committee against Torture": closed classes, CGEL ch. 7, ch. 15, ch. 5),
// and the particles of personal names in the European languages and in
// Arabic ("de", "van", "von", "der", "bin", "ibn", "al": The Chicago Manual
// of Style, 17th ed. 2017, §8.5 names with particles, and its sections on
// names in other languages, Arabic among them).
var connectors = set("of", "for", "de", "del", "della", "di", "da", "du", "des", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "and", "&", "the", "against", "on")

// personPronouns are the third person singular personal pronouns of
// masculine and feminine gender, in the nominative, accusative and
// genitive (a closed class: CGEL ch. 5, pronouns, and ch. 17 Deixis and
// anaphora). They resolve to the most recent plausible person.
var personPronouns = set("he", "she", "him", "her", "his")

// abbrevKind tells what an abbreviation written in capitals names, by
// WordNet: Place for a place ("US", "U.K.", "USSR": a form WordNet files
// under noun.location), Organization for an international organisation of
// states ("UN", "EU", "NATO": a noun.group form under WordNet's
// international organization, 08294696), "" otherwise. Such a short form
// modifies a noun as a demonym does ("US officials", "UN envoy"), where
// the lexicon knows most demonyms as adjectives. Periods are left out
// ("U.N." is "UN"); the form must be two to four capital letters.
func abbrevKind(w string) string {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) < 2 || len(w) > 4 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return ""
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return ""
		}
	}
	lx := lexicon.Default()
	kind := ""
	for _, s := range lx.Senses(w) {
		switch {
		case s.POS == lexicon.Noun && s.Lex == lexicon.NounLocation:
			return Place
		case s.POS == lexicon.Noun && s.Lex == lexicon.NounGroup && lx.SynsetUnder(s.Synset, lexicon.Noun, intlOrg, 1):
			kind = Organization
		}
	}
	return kind
}

// intlOrg is WordNet 3.0's noun synset international organization,
// international organisation, global organization (08294696).
var intlOrg = []uint32{8294696}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// withWords returns a new set holding the words of m and ws.
func withWords(m map[string]bool, ws ...string) map[string]bool {
	out := set(ws...)
	for w := range m {
		out[w] = true
	}
	return out
}

func lower(s string) string { return strings.ToLower(s) }

// apStateAbbrevs are the abbreviations of U.S. state names that the
// Associated Press Stylebook ("state names") writes after a city's name
// and in datelines ("Salem, Ore.", "N.Y."), lower-cased without their
// last period.
var apStateAbbrevs = set("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
	"md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore",
	"pa", "r.i", "s.c", "s.d", "tenn", "vt", "va", "wash", "w.va", "wis", "wyo")

// IsStateAbbrev reports whether a word, with or without its last period
// and in any case, is the AP Stylebook's abbreviation of a U.S. state's
// name ("Ore.", "N.Y.").
func IsStateAbbrev(w string) bool { return apStateAbbrevs[lower(strings.TrimSuffix(w, "."))] }

// stateAbbrev are the one-word abbreviations of apStateAbbrevs but those
// that are also common first names or words ("Del.", "La.", "Mass.",
// "Miss.", "Mo.", "Pa.", "Wash.", "Ind.", "Ga.", "Ark.", "Ill."). A word
// of these speaks for no one.
var stateAbbrev = func() map[string]bool {
	common := set("del", "la", "mass", "miss", "mo", "pa", "wash", "ind", "ga", "ark", "ill")
	m := map[string]bool{}
	for w := range apStateAbbrevs {
		if !strings.Contains(w, ".") && !common[w] {
			m[w] = true
		}
	}
	return m
}()

// subordinateWords are the words that make a title the second of an
// office when written before its head ("Deputy Attorney General",
// "Assistant Police Chief", "Vice President", "Lieutenant Governor"):
// the holder stands in for the head of the office, and is not it.
var subordinateWords = map[string]bool{"deputy": true, "assistant": true, "associate": true, "vice": true, "lieutenant": true}

// SubordinateWord reports whether a lower-case word makes the title after
// it the second of an office ("deputy", "assistant", "vice").
func SubordinateWord(w string) bool { return subordinateWords[w] }

// TitleRole reads the office a title written with a name names: its head,
// the last title word before any "of" phrase, written out ("Police Capt."
// → "captain", "Chief of Police" → "chief"), whether a word before the
// head makes it the office's second ("Deputy Police Chief",
// "Lt. Gov."), and the title's words written out. The head is "" when
// the title has no title word ("Government").
func TitleRole(title string) (head string, subordinate bool, words []string) {
	for _, w := range strings.Fields(lower(title)) {
		w = strings.Trim(w, namePunct)
		if w == "of" {
			break
		}
		if full, ok := abbrevOf[w]; ok {
			words = append(words, strings.Fields(full)...)
			continue
		}
		words = append(words, w)
	}
	at := -1
	for i, w := range words {
		if isTitleWord(w) {
			at = i
		}
	}
	if at < 0 {
		return "", false, words
	}
	for _, w := range words[:at] {
		subordinate = subordinate || subordinateWords[w]
	}
	return words[at], subordinate, words
}
