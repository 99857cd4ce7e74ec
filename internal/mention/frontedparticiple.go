package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// frontedParticiple reads a sentence that opens with the -ing form of a
// reporting verb (reportingVerb: WordNet's verb.communication and
// verb.cognition by use) that takes a "that" clause in WordNet's sentence
// frames (a proposition, not an audience: "Addressing the gala" and
// "Smiling broadly" report nothing) and whose clause ends at a comma before the main
// clause: "Conceding that the vote was lost, the mayor called …",
// "Noting he had trained as an engineer, Doe said …". The participle's
// understood subject is the main clause's subject (Quirk §15.58,
// nonfinite adverbial clauses: the attachment rule), which speaks; its
// content runs from the word after the participle (after its "that", as a
// cue's content does) to the first comma followed by neither a relative
// word nor a verb. A participle followed by a preposition ("Speaking to
// reporters, …") says where or to whom, not what: no content.
func (a *Analysis) frontedParticiple(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	if len(toks) < 6 || !toks[0].IsWord() {
		return Quote{}, false
	}
	lw := toks[0].Lower
	b := lexicon.Default().Base(lw, lexicon.Verb)
	if !strings.HasSuffix(lw, "ing") || b == lw || !reportingVerb(b) || !strings.Contains(useOf(b).frames, "c") {
		return Quote{}, false
	}
	nx := toks[1].Lower
	if !toks[1].IsWord() || lexicon.IsIndexStopword(nx) && nx != "that" && !determiners[nx] && subjectPronoun(toks[1].Text) == "" {
		return Quote{}, false
	}
	from := 1 // the content, after a "that" as a cue's content is
	if nx == "that" {
		from = 2
	}
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].Text != "," || opensNoSubject(toks, k+1) {
			continue // "Conceding that the port, which …, had erred, she …": a comma inside the clause
		}
		for j := k + 2; j < len(toks) && j <= k+8 && toks[j].Text != ","; j++ {
			if !mainVerbAt(toks, j) {
				continue
			}
			if beForms[toks[j].Lower] {
				break // "Counting its votes, the party is …": a state, no act
			}
			if from == 1 && !finiteClause(toks, k) {
				return Quote{}, false // "Knowing the risks, …": an object, no statement
			}
			q := Quote{Cue: toks[0].Text, Entity: -1, Sentence: si, Start: s.Start + toks[from].Start, End: s.Start + toks[k].Start}
			q.Text = strings.TrimSpace(s.Text[toks[from].Start:toks[k].Start])
			sq := Quote{Entity: -1}
			a.resolveSpeaker(si, toks[k+1].Start, toks[j].Start, &sq)
			switch {
			case sq.Entity >= 0 && (sq.How == "named" || sq.How == "role") && a.speaksAsSubject(sq.Entity):
				q.SpeakerText, q.How, q.Entity, q.Speaker = sq.SpeakerText, "subject", sq.Entity, sq.Speaker
			case sq.How == "pronoun":
				q.SpeakerText, q.How = sq.SpeakerText, "pronoun"
			default:
				q.SpeakerText, q.How = strings.TrimSpace(s.Text[toks[k+1].Start:toks[j].Start]), "subject"
			}
			return q, wordCount(q.Text) >= 2
		}
	}
	return Quote{}, false
}

// finiteClause reports whether the words between the participle and the
// comma at k make a clause without "that" — a subject and then a finite
// verb ("Noting he had trained …", "Saying the plan was sound, …") — and
// not a noun phrase, the participle's object ("Knowing the risks of the
// crossing, …"). The subject opens as a content clause does
// (startsClause); a relative word before any finite verb ("the storms
// that had …") makes the verb the noun phrase's own, and a past form
// before "by" is a passive participle ("the damage caused by …").
func finiteClause(toks []text.Token, k int) bool {
	if !startsClause(toks[1]) {
		return false
	}
	for m := 2; m < k; m++ {
		lw := toks[m].Lower
		if relativePronouns[lw] || whWords[lw] {
			return false
		}
		if mainVerbAt(toks, m) {
			return m+1 >= k || toks[m+1].Lower != "by"
		}
	}
	return false
}

// opensNoSubject reports whether token j, after a comma, cannot open the
// main clause's subject: a relative word ("which owns the port") or a verb
// ("had erred") goes on the fronted clause.
func opensNoSubject(toks []text.Token, j int) bool {
	return relativePronouns[toks[j].Lower] || whWords[toks[j].Lower] || mainVerbAt(toks, j)
}

// withFronted puts a fronted participle's statement first and drops the
// readings of cues inside its clause: the clause is one statement, its
// subject the main clause's (PolNeAR's univocal reading).
func withFronted(fq Quote, out []Quote) []Quote {
	kept := []Quote{fq}
	for _, q := range out {
		if q.Start >= fq.End {
			kept = append(kept, q)
		}
	}
	return kept
}

// mainVerbAt reports whether token j is a finite verb (finiteVerbAt) or
// the irregular past of one in WordNet's exception lists ("said", "told").
func mainVerbAt(toks []text.Token, j int) bool {
	if finiteVerbAt(toks, j) {
		return true
	}
	_, ok := lexicon.Default().Irregular(toks[j].Lower, lexicon.Verb)
	return ok && !toks[j].IsCapitalized()
}

// prepParticipleSubject gives a cue that is the -ing form after a
// preposition opening its sentence ("In describing the plan, Doe said
// …", "Instead of calling himself a moderate, Doe said …", "By accusing
// Roe of …, the group …") the subject of the main clause after the
// phrase's comma, when the cue has no source phrase of its own: the
// understood subject of a fronted nonfinite clause is the main clause's
// (Quirk et al. 1985 §15.58, the attachment rule).
func (a *Analysis) prepParticipleSubject(si int, toks []text.Token, i int, q *Quote) {
	if q.SpeakerText != "" || i == 0 || !strings.HasSuffix(toks[i].Lower, "ing") || !prepositionsOnly(toks[:i]) {
		return
	}
	for k := i + 1; k+2 < len(toks); k++ {
		if toks[k].Text != "," {
			continue
		}
		if opensNoSubject(toks, k+1) {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+8 && toks[j].Text != ","; j++ {
			if !mainVerbAt(toks, j) {
				continue
			}
			sq := Quote{Entity: -1}
			a.resolveSpeaker(si, toks[k+1].Start, toks[j].Start, &sq)
			if sq.Entity >= 0 && (sq.How == "named" || sq.How == "role") && a.speaksAsSubject(sq.Entity) || sq.How == "pronoun" {
				q.SpeakerText, q.How, q.Entity, q.Speaker = sq.SpeakerText, sq.How, sq.Entity, sq.Speaker
			}
			return
		}
		return
	}
}

// prepositionsOnly reports whether the tokens opening a sentence are one
// or two prepositions ("In", "By", "Instead of", "After"), the opening of
// a prepositional phrase whose complement is an -ing clause.
func prepositionsOnly(toks []text.Token) bool {
	if len(toks) == 0 || len(toks) > 2 {
		return false
	}
	for n, t := range toks {
		lw := t.Lower
		if lw == "as" || lw == "if" || lw == "than" || lw == "like" {
			return false // "As if addressing …": a likeness, not the act
		}
		if tag, ok := lexicon.ClosedClass(lw); !ok || tag != "IN" {
			if !(n == 0 && lw == "instead" && len(toks) == 2) {
				return false
			}
		}
	}
	return true
}
