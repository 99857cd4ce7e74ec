package mention

import "strings"

// freeRelativeSubject returns "he" or "she" when a speaker window ends in
// that pronoun after "what" or "whatever" ("… over what he", "what she
// once"), else "". A free relative is a noun phrase whose own clause has
// a subject (Quirk et al. 1985, §15.8; CGEL ch. 12 §6): in "Roe drew fire
// from Doe over what he saw as a sham" the verb "saw" is said by "he",
// whoever the clause around it is about. "We" and "I" are left as they
// were ("What we have learned:" is the writer's), and "they" too.
func freeRelativeSubject(window string) string {
	ws := strings.Fields(lower(lastNP(window)))
	n := len(ws)
	if n < 2 || ws[n-2] != "what" && ws[n-2] != "whatever" {
		return ""
	}
	switch p := contractedPronoun(strings.Trim(ws[n-1], ",.")); p {
	case "he", "she":
		return p
	}
	return ""
}

// freeRelativeSpeaker gives q the pronoun that freeRelativeSubject finds
// at the end of the speaker window of sentence si (from, to) as its
// speaker, resolved as any pronoun, and reports whether it did: "Roe came
// under fire from Doe over what he saw as …" is said by "he", not by the
// name of the clause around it. Only a name is replaced: a reading whose
// window names no one stays so, for a free relative inside another's
// statement is mostly a word of that statement; and only a name the
// pronoun does not fit (a person of the other gender, an organisation),
// for a person it fits is its antecedent.
func (a *Analysis) freeRelativeSpeaker(si, from, to int, window string, q *Quote) bool {
	p := freeRelativeSubject(window)
	if p == "" {
		return false
	}
	best := a.namedSpeaker(si, from, to, window)
	if best < 0 || a.mentionFits(p, a.Mentions[best]) || mentionGender(a.Mentions[best]) == pronounGender(p) {
		// "Doe defended what he called …": a name the pronoun fits
		// (or whose given name tells the pronoun's gender, however the
		// entity stage typed it) is the subject it stands for; read as
		// a pronoun, the clause would go to the sentence's first
		// subject ("Roe said …, while Doe defended what he called …")
		return false
	}
	q.SpeakerText, q.How = p, "pronoun"
	if ei := a.recentEntity(si, from, p); ei >= 0 {
		q.Entity, q.Speaker = ei, a.Entities[ei].Name
	}
	return true
}
