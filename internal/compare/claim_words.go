package compare

import "strings"

// Closed word classes of English grammar that the clause reader needs
// (Quirk et al., A Comprehensive Grammar of the English Language, 1985:
// auxiliaries and modals §3.21–3.23, copular verbs §16.21, negation §10.54–
// 10.66, determiners §5.10–5.18, prepositions §9.7). They hold for any
// English news; open-class words (nouns, verbs, adjectives) come from
// WordNet.

var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "'s": true, "’s": true, "'re": true, "has": true, "have": true, "had": true, "having": true, "do": true, "does": true,
	"did": true}

// modals and epistemic hedges mark a claim the holder does not state as
// fact (modality): modal verbs, and adverbs of likelihood.
var modals = map[string]bool{"can": true, "could": true, "may": true, "might": true, "must": true, "shall": true,
	"should": true, "will": true, "would": true, "'ll": true, "'d": true, "ought": true}

// futureModals mark the future (Quirk et al. 1985 §4.42: "will", "shall"
// and their contraction): what will be is a prediction, not what is.
var futureModals = map[string]bool{"will": true, "shall": true, "'ll": true}

// deontic modals say what ought to be (obligation, Quirk et al. 1985
// §4.53–4.54): "the minister should resign" claims a duty, not a fact.
var deontic = map[string]bool{"should": true, "must": true, "ought": true}

// semiModals are the semi-auxiliaries of obligation and need before a
// to-infinitive (Quirk et al. 1985 §3.40, §4.54: "need to", "have to",
// "has to"): in the present, "kids need to be careful" claims a duty, as
// "should" does, not that they are careful. A past form ("had to leave")
// usually reports what happened and is read as a statement.
var semiModals = map[string]bool{"need": true, "have": true}

// hedges are the epistemic and evidential markers among the modals and
// adverbs (Palmer, Mood and Modality, 2nd ed. 2001, ch. 2: speculative
// and deductive epistemic modality, reported evidentials; Quirk et al.
// 1985 §8.127, content disjuncts of degree of truth). Their kind decides
// the holder's position, read as FactBank reads a source's commitment
// (Saurí and Pustejovsky, "FactBank: a corpus annotated with event
// factuality", Language Resources and Evaluation 43, 2009): certainty and
// polarity are separate axes, and a possibility or a probability keeps the
// polarity of the clause — "the blaze may have been started on purpose,
// fire officials say" is their suspicion that it was (possible, positive:
// affirms), "the fire was not set" denies. Doubt is the uncommitted value:
// the holder says it is unlikely (unlikely: doubts), or leaves it open ("if",
// "whether", "no indication", read elsewhere). A reported evidential says
// that others say so: the holder takes no position of their own.
var hedges = map[string]hedge{"may": possibility, "might": possibility, "could": possibility, "perhaps": possibility,
	"possibly": possibility, "maybe": possibility, "unlikely": doubtful,
	"likely": probability, "probably": probability, "presumably": probability, "seemingly": probability, "apparently": probability,
	"allegedly": report, "reportedly": report, "supposedly": report, "purportedly": report}

// hedge is a kind of epistemic or evidential marker.
type hedge int

const (
	notHedged hedge = iota
	possibility
	probability
	doubtful
	report
)

// applyHedge marks a proposition with the modality of hedge word w.
func (p *proposition) applyHedge(w string) {
	switch hedges[w] {
	case doubtful:
		p.hedged = true
	case report:
		p.reported = true
	}
}

// copular verbs link a subject to a predicate noun or adjective.
var copular = map[string]bool{"be": true, "become": true, "remain": true, "stay": true, "seem": true, "appear": true,
	"prove": true, "look": true, "sound": true, "turn": true, "grow": true, "get": true}

// negators are the negative words of clause negation.
var negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "none": true, "neither": true, "nor": true,
	"hardly": true, "barely": true, "scarcely": true, "nobody": true, "nothing": true}

// negativeImplicatives are verbs whose complement is false when they are
// true ("failed to stop", "refused to pay", "ceased to exist"):
// Karttunen's negative implicative verbs (Karttunen 1971, "Implicative
// verbs", Language 47).
var negativeImplicatives = map[string]bool{"fail": true, "refuse": true, "decline": true, "cease": true, "neglect": true,
	"stop": true}

// cessatives are the negative implicatives of aspect: "ceased to be",
// "stopped being" say that a state has ended (Quirk et al. 1985 §16.41,
// verbs of ending).
var cessatives = map[string]bool{"cease": true, "stop": true}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "some": true, "any": true,
	"every": true, "each": true, "all": true, "another": true, "such": true, "no": true}

var prepositionWords = map[string]bool{"about": true, "above": true, "across": true, "after": true, "against": true, "along": true,
	"amid": true, "among": true, "around": true, "as": true, "at": true, "before": true, "behind": true, "below": true,
	"beneath": true, "beside": true, "between": true, "beyond": true, "by": true, "despite": true, "during": true, "except": true,
	"for": true, "from": true, "in": true, "inside": true, "into": true, "like": true, "near": true, "of": true, "off": true,
	"on": true, "onto": true, "out": true, "outside": true, "over": true, "past": true, "per": true, "since": true,
	"through": true, "throughout": true, "to": true, "toward": true, "towards": true, "under": true, "until": true, "up": true,
	"upon": true, "via": true, "with": true, "within": true, "without": true}

// participlePrepositions are the prepositions with the form of a
// participle (Quirk et al. 1985 §9.10, marginal prepositions: "following",
// "including", "regarding"): each opens a phrase of its own, a time, a
// part or a topic, never the complement's own words ("killed following a
// shooting" claims the killing, not what followed), so a complement ends
// before one once its noun is read or where it would open; inside a noun
// phrase the word is an adjective ("the pending charges").
var participlePrepositions = map[string]bool{"barring": true, "concerning": true, "considering": true, "excepting": true,
	"excluding": true, "failing": true, "following": true, "including": true, "pending": true, "regarding": true,
	"respecting": true, "touching": true}

// clauseBreaks end a clause: coordinators, subordinators and relatives.
var clauseBreaks = map[string]bool{"and": true, "but": true, "or": true, "so": true, "that": true, "which": true, "who": true,
	"whom": true, "whose": true, "when": true, "where": true, "while": true, "because": true, "if": true, "although": true,
	"though": true, "whether": true, "unless": true, "since": true, "after": true, "before": true, "until": true}

// subjectPronouns and relatives cannot be a claim's subject: the claim
// would not say about what.
var relatives = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true}

func isPunct(s string) bool {
	if s == "" {
		return true
	}
	switch s {
	case "-", "'s", "’s":
		return false
	}
	r := s[0]
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80 && !strings.ContainsAny(s, "“”‘’—–"))
}
