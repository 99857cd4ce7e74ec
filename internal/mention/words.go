package mention

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// This file holds general English word lists that the language stages use:
// titles and roles, the head words of organisation names and function
// words (reporting verbs come from WordNet: cues.go). They describe the language of news, not any story.

// titleWords are words of titles and roles written before a name.
var titleWords = set("president", "vice", "prime", "minister", "premier", "pm", "deputy", "secretary", "secretary-general",
	"ambassador", "envoy", "general", "gen", "gen.", "major", "maj", "maj.", "lieutenant", "lt", "lt.", "brigadier", "colonel",
	"col", "col.", "captain", "capt", "capt.", "commander", "cmdr", "chief", "admiral", "adm", "adm.", "sergeant", "sgt", "sgt.",
	"governor", "gov", "gov.", "mayor", "senator", "sen", "sen.", "representative", "rep", "rep.", "congressman", "congresswoman",
	"king", "queen", "prince", "princess", "sheikh", "sheik", "emir", "sultan", "pope", "cardinal", "bishop", "archbishop", "imam",
	"ayatollah", "rabbi", "chancellor", "spokesman", "spokeswoman", "spokesperson", "director", "director-general", "chairman",
	"chairwoman", "chair", "ceo", "judge", "justice", "attorney", "prosecutor", "inspector", "officer", "dr", "dr.", "mr", "mr.",
	"mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor", "lord", "sir", "dame", "speaker", "leader", "head", "foreign",
	"defense", "defence", "interior", "finance", "health", "justice", "state", "army", "staff", "joint", "supreme", "senior",
	"former", "acting", "interim", "top", "special", "rear", "field", "marshal", "private", "corporal", "detective", "constable",
	"superintendent", "sheriff", "coach", "manager", "founder", "co-founder", "executive", "officer", "counsel", "advisor", "adviser",
	"president-elect", "first", "lady", "crown", "mp", "mep", "mk", "chief-of-staff", "coordinator", "representative", "delegate",
	"commissioner", "assemblyman", "councillor", "councilor", "alderman", "premier")

// titleHeads are title words that can stand for a person on their own
// ("the premier", "the ambassador").
var titleHeads = set("president", "minister", "premier", "pm", "secretary", "ambassador", "envoy", "general", "commander", "chief",
	"admiral", "governor", "mayor", "senator", "king", "queen", "prince", "sheikh", "emir", "pope", "chancellor", "spokesman",
	"spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "judge", "prosecutor", "leader", "head", "colonel",
	"captain", "lieutenant", "sergeant", "commissioner", "coordinator", "speaker", "official", "officer")

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
		return v.(bool)
	}
	lx := lexicon.Default()
	ok := false
	// A plural ends a name only when its singular is no place's head:
	// "Forces", "Nations", but not "States" ("United States").
	if b := lx.Base(w, lexicon.Noun); lx.Has(b, lexicon.Noun) && (b == w || !placeHeads[b]) {
		ok = lx.Under(b, lexicon.Noun, orgAnchors, 8)
	}
	orgHeadCache.Store(w, ok)
	return ok
}

var orgHeadCache sync.Map // word → bool

// orgAnchors are WordNet 3.0 noun synsets (offsets): organization
// (08008335), body "a group of persons associated by some common tie or
// occupation" (07965085), assembly (08163792: legislatures, courts), social
// movement (08464601) and medium, the means of mass communication
// (06254669).
var orgAnchors = []uint32{8008335, 7965085, 8163792, 8464601, 6254669}

// legalForms are the abbreviations of companies' legal forms.
var legalForms = set("inc", "corp", "ltd", "co", "plc", "llc", "llp", "gmbh")

// placeHeads are words that end place names.
var placeHeads = set("province", "governorate", "city", "county", "district", "region", "state", "island", "islands", "river",
	"valley", "mountains", "mountain", "desert", "sea", "ocean", "bay", "gulf", "street", "square", "airport", "port", "border",
	"strip", "bank", "peninsula", "kingdom", "republic", "emirates", "territory", "territories", "village", "town", "capital")

// stopCaps are capitalised words that do not start a name.
var stopCaps = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "during",
	"in", "on", "at", "while", "when", "after", "following", "despite", "according", "but", "and", "however",
	"today", "yesterday", "tomorrow", "will", "it", "he", "she", "they", "we", "i", "you", "there", "here", "as", "if", "for", "of",
	"with", "by", "from", "to", "since", "until", "before", "also", "meanwhile", "moreover", "photo", "image", "picture", "video",
	"read", "more", "related", "update", "updated", "breaking", "exclusive", "watch", "listen", "share", "so", "yet", "still", "all",
	"some", "many", "most", "several", "both", "each", "every", "no", "not", "other", "another", "such", "what", "who", "why", "how",
	"where", "which", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "said", "says",
	"unlike", "like", "although", "though", "because", "even", "now", "then", "once")

// connectors may join the words of one name ("Ministry of Foreign Affairs").
var connectors = set("of", "for", "de", "del", "della", "di", "da", "du", "des", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "and", "the", "against", "on")

// pronouns resolve to the most recent plausible entity.
var personPronouns = set("he", "she", "him", "her", "his")

// demonyms that are written in capitals but name no entity on their own
// when they modify a noun; the lexicon recognises most of them as
// adjectives, these are the short forms it does not.
var countryAbbrev = set("us", "u.s.", "u.s", "uk", "u.k.", "un", "u.n.", "eu", "uae", "usa", "ussr")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func lower(s string) string { return strings.ToLower(s) }
