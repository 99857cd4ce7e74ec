package mention

import (
	"strings"
	"testing"
)

// quoteSpeaker returns the speaker of the quote of a whose text is quote,
// and whether there is one.
func quoteSpeaker(a *Analysis, quote string) (string, bool) {
	for _, q := range a.Quotes {
		if strings.TrimSpace(q.Text) == quote {
			return q.Speaker, true
		}
	}
	return "", false
}

// wantSpeaker analyses body and checks that its quote whose text is quote
// has speaker want; label names the case in a failure.
func wantSpeaker(t *testing.T, label, body, quote, want string) {
	t.Helper()
	a := analyze(body)
	got, found := quoteSpeaker(a, quote)
	if !found {
		var qs []string
		for _, q := range a.Quotes {
			qs = append(qs, q.Text+" → "+q.Speaker)
		}
		t.Errorf("%s: no quote %q; got %q", label, quote, qs)
	} else if got != want {
		t.Errorf("%s: speaker of %q = %q, want %q", label, quote, got, want)
	}
}

// TestAppositionHeadSubject: in "NAME, SUPPLEMENT, CUE" the name speaks,
// not a name inside the supplement, though the supplement holds a
// relative clause, the name carries a party tag, a short quotation closes
// the supplement, or a quote follows; a
// supplement with a verb of its own is a clause ("said that Roe, the
// mayor, warned": Roe warns), and a list of names is no apposition (its
// first name speaks: TestListSubjectFirst).
func TestAppositionHeadSubject(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Harold B. Munt, a former city planner who now teaches harbour law at the Orrin Institute for Ports, said the cut would pass unnoticed.", "the cut would pass unnoticed", "Harold B. Munt"},
		{"Harold B. Munt, a former city planner who worked for Mayor Ellen Voss, said, “The cut would pass unnoticed.”", "The cut would pass unnoticed.", "Harold B. Munt"},
		{"Sen. Harold Munt, R-Ore., a long-shot candidate for governor, said Voss is overselling the gains of the harbour crews.", "Voss is overselling the gains of the harbour crews", "Harold Munt"},
		{"Sen. Harold Munt (R-Ore.), a Tory candidate who has made harbour safety a centrepiece of his campaign, said the ferry firm lied.", "the ferry firm lied", "Harold Munt"},
		{"Harold Munt, a pollster, said that Ellen Voss, the mayor, warned of cuts to the harbour budget.", "cuts to the harbour budget", "Ellen Voss"},
		{"Harold Munt, Ellen Voss and Peter Pell said the cut would pass.", "the cut would pass", "Harold Munt"},
		{"Harold Munt, who called the plan “a farce,” said the harbour would close.", "the harbour would close", "Harold Munt"},
		{"Harold Munt, who has called Ellen Voss's comments ''racially toxic,'' portrayed the mayor as a passing trouble for the port.", "the mayor as a passing trouble for the port", "Harold Munt"},
	} {
		wantSpeaker(t, c.body, c.body, c.quote, c.want)
	}
}

// TestSecondVerbSubject: a cue coordinated with an earlier verb shares
// that verb's subject, not a name written as its object; a participle
// after a pronoun's cue goes on with that pronoun ("…,” he added, noting
// …").
func TestSecondVerbSubject(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Harbour Board chief Harold Munt says he spoke to council leader Ellen Voss and asked her to condemn the strike.", "her to condemn the strike", "Harold Munt"},
		{"Harold Munt met Ellen Voss on Monday and said the strike would end soon.", "the strike would end soon", "Harold Munt"},
		{"Harold Munt said Ellen Voss lost the vote and called for a recount.", "a recount", "Ellen Voss"},
		{"Harold Munt spoke at the harbour on Monday. “The pier will reopen in spring,” he added, noting that Ellen Voss had asked for more time.", "Ellen Voss had asked for more time", "Harold Munt"},
	} {
		wantSpeaker(t, c.body, c.body, c.quote, c.want)
	}
}

// TestRelativeAntecedentSpeaks: "who" after a name stands for that name,
// though the name is the agent after "by".
func TestRelativeAntecedentSpeaks(t *testing.T) {
	a := analyze("Ellen Voss was criticised over the harbour deal by Harold Munt, who cites it as proof of her debts to the shipowners.")
	if got, _ := quoteSpeaker(a, "it as proof of her debts to the shipowners"); got != "Harold Munt" {
		t.Errorf("agent antecedent: speaker %q, want Harold Munt", got)
	}
}
