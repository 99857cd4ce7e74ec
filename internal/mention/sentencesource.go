package mention

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// sourceOfSentence reports whether q, an attribution that closes its
// sentence ("…, Doe said.", "…, according to the agency."), is the source of
// the whole sentence before it, so that the readings out found inside that
// stretch are words of its content and not statements of their own: q names
// its speaker (a person or an organisation, or a pronoun), and every reading
// of out lies inside q's content with no speaker named ("Her remarks speak
// to the fact that …, said Doe": "speak to" has no source of its own; "Most
// of the votes were cast by mail, while few were counted, according to the
// board"). The reporting clause at the end governs the sentence it follows
// (Quirk et al. 1985, §14.29, the reporting clause in final position); a
// reading with a named source keeps its own ("Roe said the plan failed,
// according to Doe" stays Roe's).
func sourceOfSentence(q Quote, out []Quote) bool {
	if q.Speaker == "" && q.How != "pronoun" {
		return false
	}
	return unnamedBefore(out, q.End)
}

// unnamedBefore reports whether every reading of out ends by offset end
// and has no source of its own: no entity, no pronoun, no noun phrase
// headed by a noun of persons or an organised group ("Authorities suspect
// arson, the paper reports": the authorities suspect).
func unnamedBefore(out []Quote, end int) bool {
	for _, r := range out {
		if r.End > end || r.Speaker != "" || r.How == "pronoun" || r.How == "named" || r.How == "role" || r.How == "carried" || personPhrase(r.SpeakerText) {
			return false
		}
	}
	return true
}

// personPhrase reports whether a source phrase as written is a noun
// phrase headed by a noun of persons or an organised group (personHead:
// "Authorities", "some local officials"), not one that opens with a
// preposition ("aside from the two men").
func personPhrase(p string) bool {
	ws := strings.Fields(p)
	if len(ws) == 0 {
		return false
	}
	if t, ok := lexicon.ClosedClass(lower(ws[0])); ok && t == "IN" {
		return false
	}
	return personHead(lower(strings.Trim(ws[len(ws)-1], ".,;:")))
}

// premodifierSource returns the entity of a name that premodifies the
// head noun of saying ending the window [from, to) of sentence si ("the
// FBI summary", "a new Acme report"): a name before a common noun is its
// modifier (Quirk et al. 1985, §17.108), and a document's modifier name
// is its author. It is the last name in the window with only lower-case
// words after it; -1 when there is none, or the name is a place.
func (a *Analysis) premodifierSource(si, from, to int) int {
	s := a.Sentences[si].Text
	best := -1
	for _, m := range a.Mentions {
		if m.Sentence != si || m.Start < from || m.End > to {
			continue
		}
		rest := strings.Fields(s[m.End:to])
		if len(rest) == 0 || len(rest) > 2 {
			continue
		}
		lowerOnly := true
		for _, w := range rest {
			if !unicode.IsLower([]rune(w)[0]) {
				lowerOnly = false
			}
		}
		if e := a.Entities[m.Entity]; lowerOnly && e.Type != Place && CanSpeak(e.Name, e.Type, e.Mentions) {
			best = m.Entity
		}
	}
	return best
}

// reportsNested reports whether q, an attribution that closes its sentence
// ("…, the paper reported."), reports the statements out read before it
// with sources of their own ("Doe told aides the plan failed, the paper
// reported"): q names its source, its verb is first of all a verb of
// saying (sayingFirst: "reported", "said", "wrote"; not "opposed"), its
// verb is the first or the last word of the clause that closes sentence
// s, and every reading of out opens inside q's content. Such a report is
// a nested attribution (the PARC scheme, Pareti 2016: the outer source's
// content holds the inner attribution whole; PolNeAR, univocal, annotates
// the outer one), so q is read as well as the statements inside it.
func reportsNested(q Quote, out []Quote, s text.Sentence) bool {
	if len(out) == 0 || q.Speaker == "" && q.How != "pronoun" || !sayingFirst(q.Cue) || q.End < s.Start || q.End > s.End {
		return false
	}
	// the reporting clause closes the sentence: its verb is its first or
	// its last word (", the paper reported.", ", said Doe."), and it is no
	// relative or adverbial clause (", which Doe opposed", ", as it was
	// called")
	ws := strings.Fields(strings.Trim(s.Text[q.End-s.Start:], sentenceClose+","))
	if len(ws) == 0 || ws[0] != q.Cue && ws[len(ws)-1] != q.Cue || clauseBreakWords[lower(ws[0])] || adverbialSubordinators[lower(ws[0])] {
		return false
	}
	// a verb first is inverted after its content only before a subject
	// that is no pronoun (", said Doe", not ", ensures her support": a
	// reporting clause inverts with a pronoun subject only in archaic
	// style, Quirk et al. 1985 §14.29)
	if ws[0] == q.Cue && ws[len(ws)-1] != q.Cue && pronounOpens(q.SpeakerText) {
		return false
	}
	// the inner readings name their sources: one whose subject is a
	// pronoun ("He refused …, Deputy Doe said") stays as it was, for the
	// closing source would be the nearest antecedent of that pronoun
	for _, r := range out {
		if r.Start < q.Start || r.Start >= q.End || r.How == "pronoun" {
			return false
		}
	}
	return true
}

// clipTo ends the readings of out that run past offset end (into the
// reporting clause that closes sentence s) at end, their content without
// that clause and the comma before it.
func clipTo(out []Quote, end int, s text.Sentence) []Quote {
	for k := range out {
		r := &out[k]
		if r.End <= end || end < s.Start || r.End > s.End {
			continue
		}
		tail := strings.TrimRight(s.Text[end-s.Start:r.End-s.Start], sentenceClose)
		t := strings.TrimRight(r.Text, sentenceClose)
		if !strings.HasSuffix(t, tail) {
			continue
		}
		r.Text = strings.TrimRight(strings.TrimSuffix(t, tail), " ,")
		r.End = end
	}
	return out
}

// sentenceClose is what may close a sentence after its last word: spaces,
// its end punctuation and closing quotation marks.
const sentenceClose = " .!?\"”’'"

// sayingOnly keeps the readings of out whose cue is first of all a verb
// of saying (sayingFirst: "told", "said"), dropping those of other verbs
// ("plans", "discovered") that a report closing the sentence holds: what
// the report relates, not a statement of its own.
func sayingOnly(out []Quote) []Quote {
	kept := out[:0]
	for _, r := range out {
		if sayingFirst(r.Cue) {
			kept = append(kept, r)
		}
	}
	return kept
}

// pronounOpens reports whether a source phrase opens with a personal
// pronoun or a possessive determiner ("he", "her support", "their aides").
func pronounOpens(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return false
	}
	w := lower(strings.Trim(ws[0], namePunct))
	return subjectPronouns[w] || objPronouns[w] || possessiveDeterminers[w]
}

// invertedPronoun reports whether the phrase after a verb that closes its
// sentence cannot be the subject of an inverted reporting clause: a
// personal pronoun (", told him"; ", said he" is archaic: Quirk et al.
// 1985 §14.29) or a possessive determiner before a noun that names no
// person or group (", ensures her support"; ", said his lawyer" and ",
// said her office" stay: WordNet has a sense of persons or of a group).
func invertedPronoun(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return false
	}
	w := lower(strings.Trim(ws[0], namePunct))
	if len(ws) == 1 || !possessiveDeterminers[w] {
		return subjectPronouns[w] || objPronouns[w]
	}
	lx := lexicon.Default()
	h := lx.Base(lower(strings.Trim(ws[len(ws)-1], namePunct)), lexicon.Noun)
	return !lx.HasLex(h, lexicon.Noun, lexicon.NounPerson) && !lx.HasLex(h, lexicon.Noun, lexicon.NounGroup)
}

// possessiveDeterminers are the determiners of the personal pronouns
// (CGEL ch. 5 §8.2).
var possessiveDeterminers = set("my", "your", "his", "her", "its", "our", "their")
