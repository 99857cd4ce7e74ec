package compare

import (
	"github.com/corroborate/corroborate/internal/text"
)

// premise reports whether the "if" or "unless" at token j opens a condition
// that is the premise of another statement rather than a doubt of its
// holder's (Quirk et al. 1985 §15.33–15.36). A direct condition says under
// what circumstances its main clause holds, and takes no position on
// whether they hold: one fronted before its main clause ("If the dam
// fails, the town floods", "even if the vote is close, …"), or one after a
// main clause that carries a modal or a future ("the town will flood if
// the dam fails", "she would have come if …"). A hypothetical condition
// ("if I were") says its holder takes it to be false.
// What is left — a condition after a main clause in the plain present or
// past ("she apologised if the leak was linked to her visit", "was
// sorry if …") — bears on the speech act itself (the indirect condition of
// §15.36): the speaker does not know whether it is so, and doubts it.
func premise(toks []text.Token, j int) bool {
	low := func(k int) string { return toks[k].Lower }
	k := j - 1
	for k >= 0 && (isDoubleMark(toks[k].Text) || toks[k].Text == "‘" || toks[k].Text == "'") {
		k-- // a quotation that opens with the condition: what is before the mark
	}
	if k >= 0 && (low(k) == "even" || low(k) == "as" || low(k) == "only") {
		return true // "even if" concedes, "as if" compares, "only if" sets a premise
	}
	if k < 0 || isPunct(toks[k].Text) || clauseBreaks[low(k)] || low(k) == "then" {
		return true // fronted: its main clause follows
	}
	// The main clause before it, back to the nearest punctuation: a modal or
	// a future makes the condition its premise.
	for m := k; m >= 0; m-- {
		w := low(m)
		if st := negContraction(w); st != "" {
			w = st
		}
		if modals[w] || w == "going" && m+1 < len(toks) && low(m+1) == "to" {
			return true
		}
		if isPunct(toks[m].Text) && !isDoubleMark(toks[m].Text) {
			break
		}
	}
	return hypothetical(toks, j)
}

// hypothetical reports whether the condition opened at token j is
// hypothetical (Quirk et al. 1985 §15.35): a past subjunctive "were" after
// a singular pronoun ("if I were", "if it were"). A past perfect is not
// enough on its own: reported speech moves an open "has confused" back to
// "had confused" (§14.31), and a hypothetical past perfect has its
// "would have" in the main clause, which premise reads.
func hypothetical(toks []text.Token, j int) bool {
	for m := j + 2; m < len(toks) && m <= j+8; m++ {
		w := toks[m].Lower
		if isPunct(toks[m].Text) || clauseBreaks[w] {
			return false
		}
		if w == "were" {
			switch toks[m-1].Lower {
			case "i", "he", "she", "it":
				return true
			}
		}
	}
	return false
}
