package mention

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Attribution cues come from WordNet, not from a list of examples: the
// table cueverbs.txt (written by go run ./internal/mention/cuegen from
// WordNet 3.0) gives, for each verb with a sense in verb.communication,
// verb.cognition or verb.emotion, the share of its use in each file — its
// senses weighted by WordNet's tagged-corpus counts, so that "add" counts
// as a verb of saying although most of its rare senses are not. A verb used
// mostly in verb.communication or verb.cognition ("say", "warn", "believe",
// "admit", "plan") is a strong cue, which may take a clause, a
// to-infinitive, a prepositional object or a plain object as its content;
// a verb with at least a quarter of its use there or in verb.emotion
// ("want", "hope", "fear", "support") is a weak cue, which needs a "that"
// clause, a to-infinitive or a determined object. Nouns of
// noun.communication or noun.cognition derived from such verbs
// ("statement", "announcement", "claim", "belief") are the nominal cues:
// "his claim that …", "in a statement, …".

// Cue strengths.
const (
	cueNone = iota
	cueWeak
	cueStrong
)

//go:embed cueverbs.txt
var cueVerbsTxt string

// verbUse is a verb's share of use (percent) in verb.communication,
// verb.cognition and verb.emotion, and the frames of those senses.
type verbUse struct {
	comm, cog, emo int
	frames         string
}

var (
	cueVerbsOnce sync.Once
	cueVerbs     map[string]verbUse
)

// useOf returns the table row of a verb's base form (zero when none).
func useOf(base string) verbUse {
	cueVerbsOnce.Do(func() {
		cueVerbs = make(map[string]verbUse, 4096)
		for _, line := range strings.Split(cueVerbsTxt, "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 5 || strings.HasPrefix(line, "#") {
				continue
			}
			c, _ := strconv.Atoi(f[1])
			g, _ := strconv.Atoi(f[2])
			e, _ := strconv.Atoi(f[3])
			cueVerbs[f[0]] = verbUse{c, g, e, f[4]}
		}
	})
	return cueVerbs[base]
}

var cueCache lexicon.WordMemo[int] // base form → strength

// cueStrength classifies a verb's base form as an attribution cue, by its
// use (the table) or by its count of senses (the embedded lexicon), the
// stronger of the two: "find" and "show" have many senses of thinking and
// telling, few of them common.
func cueStrength(base string) int {
	if auxiliaries[base] {
		return cueNone
	}
	if v, ok := cueCache.Load(base); ok {
		return v
	}
	c := cueNone
	u := useOf(base)
	switch {
	case u.comm+u.cog >= 50:
		c = cueStrong
	case u.comm+u.cog+u.emo >= 25:
		c = cueWeak
	}
	n, comm, _ := verbSenseCounts(base)
	switch {
	case n > 0 && 2*comm >= n:
		c = cueStrong
	case n > 0 && 4*comm >= n:
		// Counted senses of emotion do not make a cue: a verb of the body
		// with one sense of feeling ("wound": injure, hurt the feelings of)
		// is not a verb of saying; the weighted use above already makes
		// "fear" and "hope" weak cues.
		c = max(c, cueWeak)
	}
	cueCache.Store(base, c)
	return c
}

// verbSenseCounts counts a verb's senses in the embedded lexicon, those of
// them in verb.communication or verb.cognition, and gives the rank (in
// WordNet's order, commonest first) of its commonest sense of saying,
// thinking or feeling (255 when none).
func verbSenseCounts(base string) (n, comm, first int) {
	first = 255
	for _, s := range lexicon.Default().Senses(base) {
		if s.POS != lexicon.Verb {
			continue
		}
		n++
		switch s.Lex {
		case lexicon.VerbCommunication, lexicon.VerbCognition:
			comm++
			first = min(first, int(s.Rank))
		case lexicon.VerbEmotion:
			first = min(first, int(s.Rank))
		}
	}
	return n, comm, first
}

// rareCueSenses reports a tie that WordNet's sense order breaks against a
// cue: half the verb's senses are of saying or thinking, its use is no
// more than half there, and all those senses are in the rarer half of its
// senses (WordNet orders a word's senses by their frequency in its tagged
// corpora): "chair" (preside; its rarer sense "moderate" is of
// communication), not "show" (half its senses, "prove" among its
// commonest). Its present tense is no cue of an untight attribution
// after a name ("<Name> chairs the board", a standing role), though its
// past may report what was said and it may still report a quotation.
func rareCueSenses(base string) bool {
	u := useOf(base)
	n, comm, first := verbSenseCounts(base)
	return n > 0 && 2*comm == n && 2*first >= n && u.comm+u.cog <= 50
}

// speechVerb reports whether a cue verb is used more in verb.communication
// than in verb.cognition: a verb of saying ("announce", "criticize",
// "call"), whose plain object can be what was said. A verb of thinking
// ("know", "investigate") states its content only as a clause.
func speechVerb(base string) bool {
	u := useOf(base)
	return u.comm > 0 && u.comm >= u.cog
}

// reportingVerb reports whether a verb's base form reports speech or
// thought in the tight constructions of quotations ("…,” she added",
// "Doe said: “…”"): a strong cue, or a verb a quarter of whose use is in
// verb.communication ("add", "note", "write"). A verb of thinking must take
// "that" in WordNet's sentence frames ("believe", "expect"; not "group",
// "study"), and a verb whose senses take "whether" but never "that"
// ("investigate", "inquire") asks rather than tells.
//
// The answer depends on the verb alone (the table and the embedded
// lexicon), and only a verb of the table can have it (a verb without a
// row has no frames and no use of saying): the verbs that have it are
// worked out once (reportingVerbs), as this is asked of most verbs of
// every sentence (compare's lightVerb).
func reportingVerb(base string) bool {
	reportingOnce.Do(func() {
		useOf("") // the table, read once
		reportingVerbs = make(map[string]bool, 1024)
		for b := range cueVerbs {
			if reportingVerbOf(b) {
				reportingVerbs[b] = true
			}
		}
	})
	return reportingVerbs[base]
}

var (
	reportingOnce  sync.Once
	reportingVerbs map[string]bool
)

// reportingVerbOf is reportingVerb, worked out.
func reportingVerbOf(base string) bool {
	u := useOf(base)
	that := strings.Contains(u.frames, "c")
	if strings.Contains(u.frames, "w") && !that || !speechVerb(base) && !that {
		return false
	}
	return cueStrength(base) == cueStrong || u.comm >= 25 && !auxiliaries[base]
}

// IsReportingVerb reports whether a verb's base form reports speech or
// thought (WordNet's verb.communication and verb.cognition, by use).
func IsReportingVerb(base string) bool { return reportingVerb(base) }

// auxiliaries and copulas never introduce an attribution, whatever senses
// WordNet gives them: the auxiliary and modal verbs of English (a closed
// class: CGEL ch. 3, the verb, auxiliaries and modals) and the
// catenatives "get" and "let" of the get-passive and the let-imperative
// (CGEL ch. 14).
var auxiliaries = set("be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "get", "let")

// cueVerb tells whether token i is an inflected attribution verb (or a base
// form after an auxiliary or a plural subject) and returns its base and
// strength.
func cueVerb(toks []text.Token, i int) (string, int) {
	t := toks[i]
	if !t.IsWord() || startsUpper(t.Text) {
		return "", cueNone
	}
	lw := t.Lower
	lx := lexicon.Default()
	b := t.Base(lexicon.Verb)
	// The strength is remembered a base form (cueCache); a word of no
	// strength is no cue whatever its context, so it is asked first and
	// the context (baseVerbAtAny's plural subjects) only of a cue.
	st := cueStrength(b)
	if st == cueNone {
		return "", cueNone
	}
	if b == lw {
		// a base form: only after an auxiliary or a subject ("would say")
		if _, ok := baseVerbAtAny(toks, i); !ok || !lx.Has(lw, lexicon.Verb) {
			return "", cueNone
		}
	}
	if i > 0 && nounContext[toks[i-1].Lower] {
		return "", cueNone // "the plans", "his claims": a noun
	}
	if _, poss := stripPossessive(toks[i-1].Text); poss {
		return "", cueNone // "Lund's speech"
	}
	if strings.HasSuffix(lw, "s") && i+1 < len(toks) {
		switch toks[i+1].Lower {
		case "are", "were", "have", "had", "do", "did":
			return "", cueNone // "the remarks were": a plural noun
		}
	}
	return b, st
}

// baseVerbAtAny accepts a base form after an auxiliary, a subject pronoun or
// a plural noun: "would say", "they believe", "officials fear". A
// capitalised plural counts when its singular is a WordNet noun of persons
// ("Democrats fear", "Voters prefer", "Economists expect"): a name ending in
// -s ("Texas", "Brooks") or a plural that is no person ("Olympics") still
// premodifies a noun ("Texas support").
func baseVerbAtAny(toks []text.Token, i int) (string, bool) {
	if i == 0 {
		return "", false
	}
	lw := toks[i].Lower
	prev := toks[i-1].Lower
	switch prev {
	case "will", "would", "did", "does", "do", "can", "could", "may", "might", "should", "must", "they", "we", "i", "you", "also", "not", "n't", "never", "still":
		return lw, true
	}
	if strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && len(prev) > 3 && (!toks[i-1].IsCapitalized() || personPlural(prev)) {
		return lw, true
	}
	if pluralSubjectBefore(toks, i) && reportingVerb(lw) && clauseVerb(lw) && !nounMostly(lw) {
		// a verb of saying that is no likelier a noun ("say", "show";
		// not "five state primaries", "a claim over")
		return lw, true
	}
	return "", false
}

// nounOftenToo reports whether WordNet gives a plain-form verb noun senses
// at least a third as many as its verb senses ("show", "forecast"; not
// "say", "think"): the noun is no rare reading of the word.
func nounOftenToo(w string) bool {
	n, v := nounVerbSenses(w)
	return n > 0 && 3*n >= v
}

// nounQuantity is WordNet's lexicographer file noun.quantity.
const nounQuantity = 23

// pluralSubjectBefore reports whether the words right before token i end a
// plural subject that a verb in its plain form agrees with (Quirk et al.
// 1985 §10.34, coordinated subjects; §10.35): two names joined by "and"
// ("Jane Doe and John Roe say"), a plural noun with the locative "there"
// or a relative pronoun after it ("officials there say", "groups that
// warn"), a plural noun that opens the sentence ("Findings show"), a
// quantifier, a numeral or a percentage ("many fear", "26 percent say"),
// or a fraction ("a third say": WordNet's noun.quantity first).
func pluralSubjectBefore(toks []text.Token, i int) bool {
	if i >= 2 && (placeAdverb(toks[i-1].Lower) || relativeWords[toks[i-1].Lower] && toks[i-1].Lower != "whose") {
		// "officials there say", "residents here say", "businesses that warn", "people who
		// believe": a relative pronoun subject agrees with its plural
		// antecedent (§10.37)
		return PluralNoun(toks[i-2].Lower) && (i == 2 || !toks[i-2].IsCapitalized())
	}
	if i == 1 {
		return PluralNoun(toks[0].Lower) // "Findings show …": a sentence's first word
	}
	if p := toks[i-1]; pluralHead(p) || p.Lower == "percent" || p.Lower == "%" || p.IsNumber() && p.Lower != "1" {
		// "many fear", "26 percent say", "four in 10 want": a quantifier,
		// a numeral or a percentage heads a plural subject (§10.35)
		return true
	}
	if s, ok := lexicon.Default().TopSense(toks[i-1].Lower, lexicon.Noun); ok && s.Lex == nounQuantity && i >= 2 && toks[i-2].Lower == "a" {
		// "a third say", "a quarter believe": a fraction (§10.35); an
		// ordinal ("third" is an adjective too) is a postdeterminer
		// before a noun that is no rare reading of the word after it
		// ("a third show": §5.23)
		return !lexicon.Default().Has(toks[i-1].Lower, lexicon.Adj) || !nounOftenToo(toks[i].Lower)
	}
	j := i - 1
	for j > 0 && toks[j].IsCapitalized() && isNameToken(toks[j]) {
		j--
	}
	return j < i-1 && j > 0 && toks[j].Lower == "and" && toks[j-1].IsCapitalized() && isNameToken(toks[j-1])
}

// personPlural reports whether a lower-cased word is the regular plural of
// a common noun of persons in WordNet (noun.person): "democrats", "voters".
func personPlural(w string) bool {
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Noun)
	return b != w && lx.HasLex(b, lexicon.Noun, lexicon.NounPerson)
}

// determiners open a noun phrase: the determinatives and the genitive
// pronouns in determiner function (a closed class: CGEL ch. 5, the
// determinative and the determiner function).
var determiners = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many",
	"such", "no", "any", "each", "every", "other", "whose", "several", "both", "all", "more", "most", "few")

// prepContent reports whether token k opens the prepositional content of
// a verb of saying ("warned of …", "spoke about …", "called for …"):
// WordNet gives one of the verb's senses of saying a prepositional frame
// ("Somebody ----s PP", "… on something", "… somebody of something") or
// files the verb with that word as a phrasal verb of saying or thinking
// ("call_for", "talk_about"), and token k is a function
// word (NLTK's stopword corpus, lexicon.IsIndexStopword) other than a
// pronoun, a determiner or "to" (an infinitive, read apart), followed by a
// word. No list of prepositions drawn from examples.
func prepContent(b string, toks []text.Token, k int) bool {
	nx := toks[k].Lower
	if nx == "to" || !lexicon.IsIndexStopword(nx) || IsPronoun(nx) || determiners[nx] {
		return false
	}
	lx := lexicon.Default()
	phrasal := lx.HasLex(b+"_"+nx, lexicon.Verb, lexicon.VerbCommunication) || lx.HasLex(b+"_"+nx, lexicon.Verb, lexicon.VerbCognition)
	if !phrasal && !strings.Contains(useOf(b).frames, "p") {
		return false
	}
	if k+1 >= len(toks) || !toks[k+1].IsWord() {
		return false
	}
	// "with" marks the verb's partner, not what was said: "agreed with
	// the crews", "spoke with reporters" (CGEL ch. 7: with + NP as
	// co-participant of a reciprocal verb). Its object is the content only
	// when it names a proposition: "agreed with the plan", "disagreed
	// with his view".
	if nx == "with" {
		return propositionNP(toks, k+1)
	}
	return true
}

// propositionNP reports whether the noun phrase opening at token j names a
// proposition, not a party: its head (the last noun of its run of
// lower-case content words after determiners and possessives) has a
// noun.communication or noun.cognition sense in WordNet ("statement",
// "view", "plan", "assessment") and no noun.person or noun.group sense
// ("crew", "government", "minister"). A name or a pronoun is a party; a
// name before a noun modifies it ("the Ardian plan"). Of
// coordinated noun phrases ("the findings and recommendations") one that
// names a proposition is enough.
func propositionNP(toks []text.Token, j int) bool {
	lx := lexicon.Default()
	head := ""
	for ; j < len(toks) && toks[j].IsWord(); j++ {
		w := toks[j].Text
		lw := lower(w)
		if _, poss := stripPossessive(w); poss || determiners[lw] || lw == "that" {
			head = "" // a determiner or a possessor: "the inspector's report"
			continue
		}
		if lw == "and" || lw == "or" {
			if head != "" && propositionNoun(head) {
				return true
			}
			head = ""
			continue
		}
		if startsUpper(w) {
			if head != "" {
				break
			}
			continue // a name ("agreed with Madrid") or a modifier ("the Ardian plan")
		}
		if lexicon.IsIndexStopword(lw) || IsPronoun(lw) {
			break
		}
		if !lx.Has(lx.Base(lw, lexicon.Noun), lexicon.Noun) {
			if head != "" {
				break // "the plan announced …"
			}
			continue // a modifier: "the new plan"
		}
		head = lw
	}
	return head != "" && propositionNoun(head)
}

// propositionNoun reports whether a noun has a noun.communication or
// noun.cognition sense and no noun.person or noun.group sense.
func propositionNoun(w string) bool {
	lx := lexicon.Default()
	prop := false
	for _, s := range lx.Senses(lx.Base(w, lexicon.Noun)) {
		if s.POS != lexicon.Noun {
			continue
		}
		switch s.Lex {
		case lexicon.NounPerson, lexicon.NounGroup:
			return false
		case lexicon.NounCommunication, nounCognition:
			prop = true
		}
	}
	return prop
}

// nominalCue reports whether a lower-case noun names an act of saying or
// believing: a noun.communication or noun.cognition sense whose form derives
// from a cue verb ("statement" ← "state", "announcement" ← "announce",
// "claim", "belief" ← "believe", "decision" ← "decide").
func nominalCue(w string) bool {
	lx := lexicon.Default()
	n := lx.Base(w, lexicon.Noun)
	ok := false
	for _, s := range lx.Senses(n) {
		if s.POS == lexicon.Noun && (s.Lex == lexicon.NounCommunication || s.Lex == nounCognition) {
			ok = true
		}
	}
	if !ok {
		return false
	}
	for _, v := range verbStems(n) {
		if cueStrength(v) != cueNone {
			return true
		}
	}
	return false
}

const nounCognition = 9 // WordNet lexicographer file noun.cognition

// verbStems proposes the verbs a noun may derive from by English
// nominalising suffixes, keeping those WordNet knows as verbs.
func verbStems(n string) []string {
	lx := lexicon.Default()
	var out []string
	try := func(v string) {
		if len(v) > 2 && lx.Has(v, lexicon.Verb) {
			out = append(out, v)
		}
	}
	try(n) // zero derivation: "claim", "warning"→ below
	for _, r := range [][2]string{{"ment", ""}, {"ation", "e"}, {"ation", ""}, {"ition", "e"}, {"tion", "e"}, {"ion", "e"}, {"ion", ""},
		{"ance", ""}, {"ence", ""}, {"al", ""}, {"ing", ""}, {"ing", "e"}, {"ief", "ieve"}, {"sion", "de"}, {"ssion", "t"}, {"ial", "y"}, {"y", ""}} {
		if strings.HasSuffix(n, r[0]) {
			try(n[:len(n)-len(r[0])] + r[1])
		}
	}
	return out
}
