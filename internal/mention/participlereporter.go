package mention

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// insertedReporter gives q, a participle that goes on with the reporting
// verb at token r ("…, a spokesman said, adding …"), the subject of that
// verb when the verb and its subject are a reporting clause set off by a
// comma inside the sentence ("The plan will fail, an aide said, adding
// …"): the participle's understood subject is the reporting clause's
// subject (CGEL ch. 14 §9), not the subject of the sentence before the
// comma, which is part of what is reported. The subject is a short
// phrase with no finite verb between the comma and the verb; nothing
// changes when it names no speaker.
func (a *Analysis) insertedReporter(si int, toks []text.Token, r int, q *Quote) {
	c := r - 1
	for c >= 0 && toks[c].Text != "," {
		if finiteVerbAt(toks, c) {
			return
		}
		c--
	}
	if c < 1 || r-c-1 < 1 || r-c-1 > 8 {
		return
	}
	sq := Quote{Entity: -1}
	a.resolveSpeaker(si, toks[c+1].Start, toks[r].Start, &sq)
	if sq.SpeakerText == "" {
		return
	}
	q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = sq.Entity, sq.Speaker, sq.SpeakerText, sq.How, sq.role
}

// afterDash reports whether token i follows a dash that sets off what
// comes after it from a clause before ("X dismissed the claim — saying
// …"): a participle there, like one after a comma, is a supplement whose
// understood subject is the main clause's (Quirk et al. 1985, §15.59).
func afterDash(toks []text.Token, i int) bool {
	if i < 2 {
		return false
	}
	return isDashToken(toks[i-1].Text) || toks[i-1].Text == "―"
}

// listedVerb reports whether the finite verb at token i follows a comma
// as the next verb phrase of a list whose first phrase has its subject
// before it ("Doe praised the plan, denounced the levy and …"): a
// finite verb stands before the comma outside an aside, and no subject
// nor auxiliary follows the verb (not "…, said Doe", not "…, comments
// were": a plural noun). Coordinated verb phrases share
// their subject (CGEL ch. 15 §4).
func listedVerb(toks []text.Token, i int) bool {
	if i < 3 || !afterComma(toks, i) || !finiteVerbAt(toks, i) && !pastAfterComma(toks, i) || i+1 < len(toks) && (invertedSubject(toks[i+1:]) || auxiliaries[lexicon.Default().Base(toks[i+1].Lower, lexicon.Verb)]) {
		return false // "…, comments were echoed": a noun before its verb
	}
	c := i - 1
	for c > 0 && toks[c].Text != "," {
		c--
	}
	return clauseBefore(toks, c)
}

// pastAfterComma reports whether token i, right after a comma, is a
// verb's past form in "-ed" that no agent phrase follows ("…, denounced
// the levy"; not "…, drafted by the board,": a participle).
func pastAfterComma(toks []text.Token, i int) bool {
	lw := toks[i].Lower
	if toks[i-1].Text != "," || toks[i].IsCapitalized() || !strings.HasSuffix(lw, "ed") || i+1 < len(toks) && toks[i+1].Lower == "by" {
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(lw, lexicon.Verb)
	return b != lw && lx.Has(b, lexicon.Verb)
}

// datedLineRe matches a dateline that gives the day after its place and
// the agency in brackets before its dash ("VELM, Mar 14 (Tarnow Press)
// - "), a form datelineRe leaves out.
var datedLineRe = regexp.MustCompile(`^\s*[A-Z][A-Z.'’\-]{2,}(?: [A-Z][A-Z.'’\-]*)*, [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?\s*\([^()]{1,40}\)\s*(?:—|―|–|--|-)\s*`)

// openingDatelineLen returns the length of a dateline opening s, with or
// without a day after the place (datelineLen, datedLineRe), or 0.
func openingDatelineLen(s string) int {
	if n := datelineLen(s); n > 0 {
		return n
	}
	return len(datedLineRe.FindString(s))
}
