package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// lightVerb reports whether a verb's base form tells no event apart from
// another, so that sharing it or not says nothing about two sentences:
//   - the primary verbs be, have, do (CGEL ch. 3 §2);
//   - the light verbs of "take a walk", "give a speech", "make a
//     decision" (Jespersen, A Modern English Grammar VI, 1942, §6.4: have,
//     give, take, make, do), and "get", the catenative of the get-passive
//     (CGEL ch. 14 §3);
//   - the deictic verbs of motion "come" and "go" (CGEL ch. 17 §9);
//   - a verb of saying or thinking (mention.IsReportingVerb, from WordNet:
//     "say", "tell", "add", "note").
//
// WordNet's stative verbs are not among them: "hold" and "end" are
// filed there, and "the vote was held" dates an event.
func lightVerb(b string) bool {
	switch b {
	case "be", "have", "do", "give", "take", "make", "get", "come", "go":
		return true
	}
	return mention.IsReportingVerb(b)
}

// sayOrThinkVerb reports whether a verb (base form) has a sense in
// WordNet's verb.communication or verb.cognition ("tell", "write",
// "believe", "suspect"): a verb that may introduce someone's words or
// thought.
func sayOrThinkVerb(lx *lexicon.Lexicon, b string) bool {
	return lx.HasLex(b, lexicon.Verb, lexicon.VerbCommunication) || lx.HasLex(b, lexicon.Verb, lexicon.VerbCognition)
}

// mostlySayOrThink reports whether a verb's most frequent WordNet sense
// (lexicon.FirstSense) is one of saying or thinking: "say", "believe",
// "know", not "find", "strike" or "feel", which have such a sense among
// others.
func mostlySayOrThink(lx *lexicon.Lexicon, b string) bool {
	fs, ok := lx.FirstSense(b, lexicon.Verb)
	return ok && (fs.Lex == lexicon.VerbCommunication || fs.Lex == lexicon.VerbCognition)
}

// irregularBase returns the base form of an irregular past form of a verb
// ("met", "held", "took", "began": WordNet's verb exception list, by
// lexicon.Irregular) and whether lw is one.
func irregularBase(lw string) (string, bool) {
	return lexicon.Default().Irregular(lw, lexicon.Verb)
}

// generalNoun reports whether a noun (base form) is too general to
// identify a fact by itself: the general nouns of Halliday & Hasan,
// Cohesion in English (1976, §6.4: "people", "person", "man", "woman",
// "child", "boy", "girl", "creature", "thing", "object", "stuff",
// "business", "affair", "matter", "move", "place", "question", "idea"),
// the quantificational and type nouns of CGEL ch. 5 §3.3 ("lot",
// "number", "deal", "couple", "part", "kind", "sort", "type"), the
// pronoun-like "one" and "other" (CGEL ch. 5 §9), and a noun of a length
// of time ("year", "day": lexicon.LengthOfTime).
func generalNoun(n string) bool {
	return generalNouns[n] || n != "" && lexicon.Default().LengthOfTime(n)
}

var generalNouns = map[string]bool{"people": true, "person": true, "man": true, "woman": true, "child": true, "boy": true,
	"girl": true, "creature": true, "thing": true, "object": true, "stuff": true, "business": true, "affair": true,
	"matter": true, "move": true, "place": true, "question": true, "idea": true, "lot": true, "number": true, "deal": true,
	"couple": true, "part": true, "kind": true, "sort": true, "type": true, "one": true, "other": true}
