package mention

import "strings"

// This file holds general English word lists that the language stages use:
// titles and roles, the head words of organisation names, reporting verbs,
// and function words. They describe the language of news, not any story.

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
// name: a general English head noun of organisations (orgHeads) or a
// company's legal form. No outlet's name is listed ("Times", "Herald",
// "Reuters" were): an outlet is an organisation by context. Taking every
// WordNet noun.group noun instead was measured and rejected: "class",
// "family", "crowd" and the like then end names, and the seed articles'
// stories no longer form as the gold reading has them.
func isOrgHead(w string) bool {
	return orgHeads[w] || legalForms[strings.TrimSuffix(w, ".")]
}

// legalForms are the abbreviations of companies' legal forms.
var legalForms = set("inc", "corp", "ltd", "co", "plc", "llc", "llp", "gmbh")

// orgHeads are general English head nouns of organisations' names.
var orgHeads = set("ministry", "command", "commission", "committee", "council", "coalition", "forces", "force", "army", "navy",
	"party", "agency", "service", "services", "office", "department", "group", "organization", "organisation", "union", "bank",
	"university", "college", "school", "court", "parliament", "government", "embassy", "consulate", "police", "association",
	"foundation", "institute", "corporation", "company", "network", "front", "movement", "brigade", "brigades", "battalion",
	"mobilization", "mobilisation", "authority", "administration", "assembly", "senate", "congress", "cabinet", "board", "bureau",
	"center", "centre", "program", "programme", "fund", "alliance", "league", "federation", "inc", "inc.", "corp", "corp.", "ltd",
	"ltd.", "co", "co.", "news", "press", "radio", "tv", "television", "channel", "club", "team", "fc", "state",
	"guard", "guards", "militia", "regime", "directorate", "secretariat", "tribunal", "nations", "community", "monitor", "observatory",
	"mission", "corps", "airlines", "airways", "group", "holdings", "partners",
	"magazine", "network", "broadcasting", "media", "agency",
	"organization", "movement", "council", "security", "intelligence", "unit", "units", "cell", "cells")

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

// reportingVerbs are verbs that introduce speech, given by base form.
var reportingVerbs = set("say", "tell", "state", "declare", "announce", "add", "note", "stress", "affirm", "reaffirm", "confirm",
	"explain", "insist", "claim", "argue", "warn", "emphasize", "emphasise", "underline", "underscore", "reiterate", "acknowledge",
	"admit", "deny", "write", "report", "predict", "suggest", "assert", "comment", "remark", "reply", "respond", "ask", "urge",
	"conclude", "tweet", "testify", "vow", "pledge", "promise", "threaten", "allege", "maintain", "contend", "observe",
	"mention", "disclose", "reveal", "caution", "recall", "concede", "complain", "boast", "demand", "accuse", "praise", "welcome",
	"highlight", "describe", "estimate", "believe", "think", "charge", "counter", "point", "agree", "indicate", "signal", "hint",
	"proclaim", "assure", "inform", "brief", "notify", "quote", "cite", "hail", "slam", "blast", "criticize", "criticise", "condemn",
	"lament", "plead", "pray", "shout", "scream", "whisper", "joke", "muse", "wonder", "speculate", "surmise", "fear", "hope", "expect",
	"project", "forecast", "calculate", "question", "dispute", "reject", "dismiss", "rebut", "refute", "retort", "quip", "elaborate",
	"specify", "clarify", "recount", "narrate", "relate", "remind", "advise", "recommend", "propose", "announce", "communicate",
	"declare", "deplore", "decry", "denounce", "lambaste", "applaud", "commend", "thank", "apologize", "apologise", "concur",
	"show", "find", "illustrate", "demonstrate", "conclude", "acknowledge", "argue", "stress")

// IsReportingVerb reports whether a base form is a reporting verb.
func IsReportingVerb(base string) bool { return reportingVerbs[base] }

// saidForms are irregular inflections of reporting verbs.
var saidForms = map[string]string{"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
	"wrote": "write", "writes": "write", "written": "write", "thought": "think", "believes": "believe", "made": "make"}

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
