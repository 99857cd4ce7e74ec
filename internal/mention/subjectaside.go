package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// subjectBeforeAside gives q, whose source phrase as read is the predicate
// of its clause ("Doe, who lost the vote last week, issued a statement
// saying …": the window before the cue opens with the verb "issued" right
// after the comma that closes an aside), the clause's subject: the person
// or organisation that opens the sentence and that the aside follows, set
// off by a comma. A supplementary relative clause or an apposition between
// a subject and its verb is an aside (Quirk et al. 1985, §17.65; CGEL
// ch. 12 §4), so the subject before it is the subject of the verb after
// it, and of the participle of saying that verb's clause carries (CGEL
// ch. 14 §9). i is the cue's token, cs the clause start as read (a byte
// offset in the sentence).
func (a *Analysis) subjectBeforeAside(si int, toks []text.Token, i, cs int, q *Quote) {
	if q.How != "nominal" {
		return
	}
	// the word after the last comma before the cue
	k := -1
	for j := i - 1; j > 0 && toks[j].Start >= cs; j-- {
		if toks[j].Text == "," {
			k = j + 1
			break
		}
	}
	if k < 2 || k >= i || !mainVerbAt(toks, k) {
		return
	}
	s := a.Sentences[si]
	for _, m := range a.Mentions {
		if m.Sentence != si || m.Start >= cs {
			continue
		}
		// the first name of the sentence, in its first clause, with a
		// comma right after it
		if clauseStart(toks, firstTokenFrom(toks, m.Start)) != toks[0].Start || !strings.HasPrefix(strings.TrimSpace(s.Text[m.End:]), ",") {
			return
		}
		e := a.Entities[m.Entity]
		if !CanSpeak(e.Name, e.Type, e.Mentions) || isPossessor(s.Text, m) || isPrepObject(s.Text, m.Start) || !a.speaksAsSubject(m.Entity) {
			return
		}
		a.speakerFrom(q, m)
		return
	}
}

// firstTokenFrom returns the index of the first token that starts at or after byte
// offset off of its sentence, or len(toks).
func firstTokenFrom(toks []text.Token, off int) int {
	for j, t := range toks {
		if t.Start >= off {
			return j
		}
	}
	return len(toks)
}

// asideClauseStart widens the clause start cs of the cue at token i over
// an adverbial clause set off by commas between a subject and its verb
// ("Dana Roe, when asked about the fee, said …", "The board, although
// it met twice, said …"): a subordinate clause inside two commas right
// before the verb is a parenthetical adjunct of the main clause (Quirk et
// al. 1985 §15.21, §17.65, interpolated clauses; CGEL ch. 8 §20), so the
// clause's subject stands before its opening comma. It returns cs
// unchanged unless the clause start as read is such a subordinator right
// after a comma, the cue comes right after the closing comma, or after
// the auxiliaries of its verb phrase only ("The board, while still wary,
// has warned …": auxiliaryForms; Quirk et al. 1985 §3.22), and no comma
// falls between them. end is the byte offset where the subject's
// phrase ends: the opening comma when the clause start moved (no word of
// the interpolated clause is the speaker's: "A lawyer for the family,
// when asked about Roe, said …"), else the cue's start. A coordinator
// before the opening comma ("The board met Roe and, when asked, said
// …") leaves cs: the subject is the first conjunct's, not the words
// before the comma.
func asideClauseStart(toks []text.Token, cs, i int) (start, end int) {
	end = toks[i].Start
	j := firstTokenFrom(toks, cs)
	if j > 0 && subordinators[toks[j-1].Lower] {
		j-- // clauseStart stops after "when", "while", "because", "although"
	}
	c := i - 1
	for c > j && auxiliaryForms[toks[c].Lower] {
		c-- // "The skippers, while still wary, have warned …": the verb's auxiliaries after the closing comma
	}
	if j < 3 || j >= c-1 || toks[c].Text != "," || toks[j-1].Text != "," || !subordinators[toks[j].Lower] || coordinators[toks[j-2].Lower] || toks[j-2].Lower == "or" {
		return cs, end
	}
	for k := j + 1; k < c; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Text == ":" {
			return cs, end
		}
	}
	// the subject: the clause that ends at the opening comma
	return clauseStart(toks, j-1), toks[j-1].Start
}

// auxiliaryForms are the finite and non-finite forms of the primary and
// modal auxiliaries (Quirk et al. 1985 §3.21-3.22), with "not", that may
// stand between a subject and the lexical verb of its verb phrase.
var auxiliaryForms = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having",
	"will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does", "did", "not")
