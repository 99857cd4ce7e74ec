package mention

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
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
