package mention

import (
	"strings"
	"testing"
)

// TestReducedClauseCue: the past participle of a reduced adverbial clause
// ("when asked about it, …") ends its content at the comma before the main
// clause: a content of one word is no statement, and the main clause is
// never read into the question. A question put in such a clause is still
// read; an adverb "once" or "soon after" before a finite verb is no
// subordinator.
func TestReducedClauseCue(t *testing.T) {
	for _, c := range []struct {
		body    string
		want    []string // statements read
		notCues []string // cues that must read nothing
	}{
		{"When asked about it, the harbour master said the ferry would run in May.", []string{"the ferry would run in May"}, []string{"asked"}},
		{"When asked for comment, the warden said the cells had been searched.", []string{"the cells had been searched"}, []string{"asked"}},
		{"If told of the delay, Corvin Aldt said, the tenants would leave.", nil, []string{"told"}},
		// guards
		{"When asked whether the ferry would run, the harbour master said it would.", []string{"whether the ferry would run"}, nil},
		{"Corvin Aldt once warned that the old dam could fail.", []string{"the old dam could fail"}, nil},
		{"Clerks soon after alerted the tenants' lawyer, Ines Varga, to the notice.", []string{"the tenants' lawyer, Ines Varga, to the notice"}, nil},
		// "though" as an adverb before a finite verb opens no clause
		{"Tamsin Ederle though said the toll, which the county set last year, would rise again.", []string{"the toll, which the county set last year, would rise again"}, nil},
		// a relative clause set off inside the reduced clause is part of it
		{"When asked whether the barge, which sank in March, would be raised, the port engineer said it would.", []string{"whether the barge, which sank in March, would be raised"}, nil},
		{"Though told of the flaw, Tamsin Ederle said the crane was safe.", []string{"the crane was safe"}, nil},
	} {
		a := analyze(c.body)
		got := quotesByText(a)
		for _, w := range c.want {
			if _, ok := got[w]; !ok {
				t.Errorf("%q: no statement %q; got %v", c.body, w, keysOf(got))
			}
		}
		for _, q := range a.Quotes {
			for _, cue := range c.notCues {
				if strings.HasPrefix(q.Cue, cue) {
					t.Errorf("%q: cue %q read %q", c.body, q.Cue, q.Text)
				}
			}
		}
	}
}

// TestAsideClauseSubject: an adverbial clause set off by commas between a
// subject and its verb of saying leaves the subject the speaker; an
// inverted attribution and a parenthetical "X said" keep theirs.
func TestAsideClauseSubject(t *testing.T) {
	checkPronounCases(t, []pronounCase{
		{name: "when asked", body: "Dalia Fenwright, when asked about the delay, said the bridge would reopen in May.",
			want: map[string]string{"the bridge would reopen in May": "Dalia Fenwright"}},
		{name: "although", body: "Marta Okonjo, although she opposed the plan, said the vote was fair.",
			want: map[string]string{"the vote was fair": "Marta Okonjo"}},
		{name: "surname", body: "Ms. Okonjo, when pressed on the cost, said the council had no choice.",
			want: map[string]string{"the council had no choice": "Okonjo"}},
		// guards
		{name: "inverted", body: "The ferry stopped running, when the storm hit, said Corvin Aldt.",
			want: map[string]string{"The ferry stopped running, when the storm hit": "Corvin Aldt"}},
		{name: "subordinate subject", body: "The plant closed in May, when Corvin Aldt said the owners had run out of money.",
			want: map[string]string{"the owners had run out of money": "Corvin Aldt"}},
	})
	// the aside's words are no part of the subject's phrase, and a finite
	// clause in the aside has a subject of its own, not the speaker
	for _, c := range []struct{ body, text, speaker string }{
		{"A cousin of the tenant, when asked about Orla Breck, said the flat had been empty since June.", "the flat had been empty since June", "A cousin of the tenant"},
		{"The trust, although Orla Breck objected, said the orchard would be sold.", "the orchard would be sold", "The trust"},
	} {
		q, ok := quotesByText(analyze(c.body))[c.text]
		if !ok || q.SpeakerText != c.speaker {
			t.Errorf("%q: speaker of %q = %q, want %q", c.body, c.text, q.SpeakerText, c.speaker)
		}
	}
	// "X met Y and, when asked …, said …": the subject is the first
	// conjunct's, never the object before the opening comma
	a := analyze("The trust met Orla Breck on Friday and, when asked about the rent, said it would not rise.")
	for _, q := range a.Quotes {
		if q.Text == "it would not rise" && q.Speaker == "Orla Breck" {
			t.Errorf("coordinated predicate: %q read as Orla Breck's", q.Text)
		}
	}
}

// TestSecondClauseQuote: a quotation that a second clause with a subject
// of its own and a verb of saying introduces ("…,” Roe said, as Doe added:
// “…”") is that subject's statement, not the first speaker's; a
// participle, a pronoun subject and a next sentence with no attribution
// keep the quotation with the first speaker.
func TestSecondClauseQuote(t *testing.T) {
	checkPronounCases(t, []pronounCase{
		{name: "as added", body: "“We will finish by May,” Dalia Fenwright said, as Ivo Sterne added: “The repairs were overdue.”",
			want: map[string]string{"We will finish by May": "Dalia Fenwright", "The repairs were overdue.": "Ivo Sterne"}},
		{name: "while said", body: "“We will finish by May,” Dalia Fenwright told reporters, while Ivo Sterne said: “The repairs were overdue.”",
			want: map[string]string{"We will finish by May": "Dalia Fenwright", "The repairs were overdue.": "Ivo Sterne"}},
		{name: "and added", body: "“We will finish by May,” Dalia Fenwright told reporters, and Ivo Sterne added, “The repairs were overdue.”",
			want: map[string]string{"We will finish by May": "Dalia Fenwright", "The repairs were overdue.": "Ivo Sterne"}},
		// guards
		{name: "adding", body: "“We will finish by May,” Dalia Fenwright said, adding: “The repairs were overdue.”",
			want: map[string]string{"We will finish by May The repairs were overdue.": "Dalia Fenwright"}},
		{name: "she added", body: "“We will finish by May,” Dalia Fenwright said, and she added: “The repairs were overdue.”",
			want: map[string]string{"We will finish by May The repairs were overdue.": "Dalia Fenwright"}},
		{name: "next sentence", body: "“We will finish by May,” Dalia Fenwright told reporters. “The repairs were overdue.”",
			want: map[string]string{"We will finish by May The repairs were overdue.": "Dalia Fenwright"}},
		// a name read before a cue with no subject of its own is no second speaker
		{name: "object then added", body: "“The lease ends in June,” Orla Breck told Tamsin Ederle, then added: “Nobody asked me first.”",
			want: map[string]string{"The lease ends in June Nobody asked me first.": "Orla Breck"}},
		{name: "she added after a clause", body: "“The lease ends in June,” Orla Breck said, as Tamsin Ederle nodded and she added: “Nobody asked me first.”",
			want: map[string]string{"The lease ends in June Nobody asked me first.": "Orla Breck"}},
		{name: "adverb", body: "“The lease ends in June,” Orla Breck said, as Tamsin Ederle later added: “Nobody asked us first.”",
			want: map[string]string{"The lease ends in June": "Orla Breck", "Nobody asked us first.": "Tamsin Ederle"}},
	})
}

// TestOfficeWordGender: a title of office before a surname ("Justice
// Quenby") is no given name, so the given-name list's gender for the same
// spelling does not turn "she" away; a given name that is a common word
// and no title ("Bill") keeps its gender.
func TestOfficeWordGender(t *testing.T) {
	checkPronounCases(t, []pronounCase{
		{name: "justice", body: "Justice Quenby wrote the opinion for the court on Tuesday. “The statute cannot bear that reading,” she wrote.",
			want: map[string]string{"The statute cannot bear that reading": "Justice Quenby"}},
		// guard
		{name: "given name", body: "Bill Fenwick said the chapel would reopen. “It will be ready,” he said.",
			want: map[string]string{"It will be ready": "Bill Fenwick"}},
	})
}
