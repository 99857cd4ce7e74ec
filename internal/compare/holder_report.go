package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// reportAround finds the report whose content holds byte off of article di
// when no reading of the quote reader spans it (quoteAt is -1): a report
// in the same sentence whose speaker and verb of saying come first ("<X>
// says the guild won't allow “…”", "<X> said she was tired and that the
// town should …", "<X> says despite all that, the mayor wasn't …"). A
// verb of saying takes its content clause as object, and that clause, with
// the adverbial clauses and the "and that" clauses coordinated in it, runs
// to the end of the sentence (Quirk et al. 1985 §14.31, §15.33, §13.60);
// the reader may have kept only a quoted part of it (a mixed quotation) or
// the words up to a comma. Of several such reports the one whose verb
// comes last before off governs. The content ends earlier at a semicolon,
// at a comma followed by a coordinator or subordinator of contrast
// ("…, but police said", "…, while critics …": a clause of the writer's,
// §13.5, §15.20). With no such report, a direct quotation after off whose
// reporting clause closes the sentence holds the words of its clause
// before the opening mark (closingReport). Returns the report's index
// and true, or -1 and false.
func (c *comparer) reportAround(di, off int) (int, bool) {
	a := c.in.Docs[di].Analysis
	si := -1
	for k, s := range a.Sentences {
		if s.Start <= off && off < s.End {
			si = k
			break
		}
	}
	if si < 0 {
		return -1, false
	}
	s := a.Sentences[si]
	best, bestCue, after := -1, -1, -1
	for i, q := range a.Quotes {
		if q.Start < s.Start || q.Start >= s.End || q.CueOnly() || c.infinitiveCue(q) || c.passiveCue(di, q) {
			continue
		}
		cue := c.cueBefore(s.Text, q.Cue, q.Start-s.Start)
		if cue < 0 {
			if q.Direct && off < q.Start && q.End-s.Start <= len(s.Text) && q.Start-s.Start <= len(s.Text) && c.closingReport(s.Text[q.End-s.Start:], q.Cue) && !contentBroken(s.Text[off-s.Start:q.Start-s.Start]) && (after < 0 || q.Start < a.Quotes[after].Start) {
				after = i
			}
			continue
		}
		if s.Start+cue > off || cue <= bestCue {
			continue
		}
		if off-s.Start > len(s.Text) || contentBroken(s.Text[cue:off-s.Start]) || clauseCoordinated(s.Text[cue:off-s.Start]) {
			continue
		}
		if f := strings.Fields(strings.ToLower(q.Cue)); negatedCue(s.Text, f[0]) {
			continue // "<X> did not say …": no content of <X>'s runs on
		}
		if frontedSubordinate(s.Text[:cue]) && strings.Contains(s.Text[cue:off-s.Start], ",") {
			continue // "When <X> said …, the council closed …": the main clause is the writer's
		}
		best, bestCue = i, cue
	}
	if best < 0 {
		best = after
	}
	return best, best >= 0
}

// closingReport reports whether the words after a quotation (rest, from
// its end to the end of the sentence) are its reporting clause and nothing
// else of note: a comma or closing mark, then within five words a finite
// verb of saying that is the report's cue ("…,” Boistard said in a
// statement."). In final position the reporting clause follows all the
// reported words (Quirk et al. 1985 §14.29), so words of the same clause
// before an opening mark are the speaker's too ("He was a “respected
// manager,” <X> said": a mixed quotation).
func (c *comparer) closingReport(rest, cue string) bool {
	f := strings.Fields(cue)
	if len(f) == 0 {
		return false
	}
	toks := text.Tokens(rest)
	for j := 0; j < len(toks) && j < 8; j++ {
		if toks[j].Text == f[len(f)-1] {
			return j > 0 && c.reportVerbForm(toks[j])
		}
		if toks[j].Text == ";" || toks[j].Text == "." {
			return false
		}
	}
	return false
}

// cueBefore is the end (byte in sentence) of the last occurrence of a
// report's cue as a verb of saying before byte at of sentence ("says",
// "said", "has said"), -1 when the cue is not a finite verb of saying
// there: a report whose cue follows its words ("…, he said") has its
// content before it.
func (c *comparer) cueBefore(sentence, cue string, at int) int {
	f := strings.Fields(cue)
	if len(f) == 0 || at > len(sentence) {
		return -1
	}
	last := f[len(f)-1]
	toks := text.Tokens(sentence[:at])
	for j := len(toks) - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text != last {
			continue
		}
		if !c.reportVerbForm(t) {
			return -1
		}
		return t.End
	}
	return -1
}

// contrastBreaks are the coordinators and subordinators of contrast after
// which a comma opens a clause of the writer's (Quirk et al. 1985 §13.5,
// §15.20).
var contrastBreaks = map[string]bool{"but": true, "while": true, "whereas": true, "although": true, "though": true, "yet": true}

// closingMarks are the tokens that close a quotation.
var closingMarks = map[string]bool{"”": true, "\"": true, "''": true, "’": true, "'": true}

// contentBroken reports whether the words between a verb of saying and a
// statement end the verb's content clause before the statement: a
// semicolon, a comma followed by a coordinator or subordinator of
// contrast, or a comma followed by an indefinite noun phrase, an
// apposition that comments on the whole clause before it ("…, a sign for
// the board that …": the writer's comment, not the speaker's words;
// Quirk et al. 1985 §17.65ff).
func contentBroken(between string) bool {
	if strings.Contains(between, ";") {
		return true
	}
	toks := text.Tokens(between)
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].Text != "," {
			continue
		}
		k := j + 1
		for k < len(toks) && closingMarks[toks[k].Text] {
			k++ // ",” but": the comma before a closing mark
		}
		if k < len(toks) && (contrastBreaks[toks[k].Lower] || toks[k].Lower == "a" || toks[k].Lower == "an") {
			return true
		}
	}
	return false
}

// A to-infinitive after its subject's verb of deciding, wanting or
// promising ("<X> hopes to host the games", "<X> vowed to appeal":
// plansAhead) has that subject as its own (subject control, Quirk et al.
// 1985 §16.38): the clause tells <X>'s intention, which the outlet
// reports, so plannerHolds says a person or organisation subject holds a
// proposition the outlet's voice had. An evidential ("reportedly plans
// to") leaves it the outlet's report of others' claim.
func (c *comparer) plannerHolds(p proposition) bool {
	return p.own && p.planned && !p.reported && c.personOrOrg(p.subject)
}

// clauseCoordinated reports whether the words between a verb of saying and
// a statement hold a comma and a coordinator (and, or, nor, so) not
// followed by "that", outside a quotation (whose words are the
// speaker's): the comma before a coordinator sets off a new main clause,
// the writer's ("<X> said the pier was “unsafe,” and the council closed
// it"); coordinated content clauses repeat "that" ("… and that the county
// should …", Quirk et al. 1985 §13.60, §15.33).
func clauseCoordinated(between string) bool {
	toks := text.Tokens(between)
	open := false // inside a quotation: its own words' coordination
	for j := 0; j+1 < len(toks); j++ {
		switch toks[j].Text {
		case "“":
			open = true
		case "”":
			open = false
		case "\"":
			open = !open
		}
		if toks[j].Text != "," || open && !closingMarks[toks[j+1].Text] {
			continue // ",” and": the quotation closes at its comma
		}
		k := j + 1
		for k < len(toks) && closingMarks[toks[k].Text] {
			k++
		}
		if k < len(toks) && mainCoordinators[toks[k].Lower] && (k+1 >= len(toks) || toks[k+1].Lower != "that") {
			return true
		}
	}
	return false
}

// mainCoordinators are the coordinators that, after a comma, open a new
// main clause (Quirk et al. 1985 ch. 13).
var mainCoordinators = map[string]bool{"and": true, "or": true, "nor": true, "so": true}

// clauseSubordinators open an adverbial clause (Quirk et al. 1985
// §14.12); "as" is left out: "As <X> said, …" is a comment clause whose
// matrix clause is <X>'s words (§15.53).
var clauseSubordinators = map[string]bool{"when": true, "whenever": true, "while": true, "because": true, "although": true, "though": true, "if": true, "unless": true, "whereas": true, "after": true, "before": true, "since": true, "once": true, "until": true}

// frontedSubordinate reports whether the words of a sentence up to a verb
// of saying are an adverbial clause still open: the sentence opens with a
// subordinator and no comma has closed its clause before the verb ("If
// <X> says the pier is “unsafe,” the council will …"). The report is in
// the subordinate clause; its content ends where that clause does, at the
// comma before the main clause (Quirk et al. 1985 ch. 15).
func frontedSubordinate(before string) bool {
	toks := text.Tokens(before)
	f := 0
	for f < len(toks) && !toks[f].IsWord() {
		f++
	}
	if f >= len(toks) || !clauseSubordinators[toks[f].Lower] {
		return false
	}
	for _, t := range toks[f:] {
		if t.Text == "," {
			return false
		}
	}
	return true
}
