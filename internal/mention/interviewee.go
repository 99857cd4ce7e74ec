package mention

import "strings"

// interviewee returns the person who answers in a question-and-answer
// interview when sentence si lies in an answer: the paragraphs of such an
// article open with "Q:" and "A:", and an answer runs from an "A:"
// paragraph to the next "Q:" one. The one who answers is the person the
// introduction before the first question names most often (the first
// named on a tie). Else -1. "I" and "we" in an answer are that person's.
func (a *Analysis) interviewee(si int) int {
	if si < 0 || si >= len(a.Sentences) {
		return -1
	}
	firstQ, inAnswer := -1, false
	for k := 0; k <= si; k++ {
		if k > 0 && a.Sentences[k].Para == a.Sentences[k-1].Para {
			continue // only a paragraph's first sentence carries the label
		}
		switch qaLabel(a.Sentences[k].Text) {
		case 'Q':
			if firstQ < 0 {
				firstQ = k
			}
			inAnswer = false
		case 'A':
			inAnswer = firstQ >= 0
		}
	}
	if !inAnswer {
		return -1
	}
	return a.mostNamedPerson(firstQ)
}

// firstPersonInterviewee is interviewee for the pronoun p of a quote in
// sentence si when p is "i" or "we" (the speaker of an answer), else -1;
// it reads the paragraphs only for those pronouns.
func (a *Analysis) firstPersonInterviewee(si int, p string) int {
	if p != "i" && p != "we" {
		return -1
	}
	return a.interviewee(si)
}

// qaLabel returns 'Q' or 'A' when a paragraph opens with that letter and
// a colon ("Q: Why now?"), else 0.
func qaLabel(s string) byte {
	s = strings.TrimSpace(s)
	if len(s) < 3 || s[1] != ':' || s[0] != 'Q' && s[0] != 'A' {
		return 0
	}
	return s[0]
}

// mostNamedPerson returns the person entity named most often outside
// quotations in the sentences before sentence end, the first named on a
// tie, or -1.
func (a *Analysis) mostNamedPerson(end int) int {
	count := map[int]int{}
	best := -1
	for _, m := range a.Mentions {
		if m.Sentence >= end || a.Entities[m.Entity].Type != Person || a.inQuoted(a.Sentences[m.Sentence].Start+m.Start) {
			continue
		}
		count[m.Entity]++
		if best < 0 || count[m.Entity] > count[best] {
			best = m.Entity
		}
	}
	return best
}
