package mention

import "testing"

func TestCueStrength(t *testing.T) {
	tests := []struct {
		base string
		want int
	}{
		{"say", cueStrong}, {"warn", cueStrong}, {"believe", cueStrong}, {"announce", cueStrong},
		{"plan", cueStrong}, {"expect", cueStrong}, {"fear", cueWeak}, {"hope", cueWeak},
		{"get", cueNone}, {"run", cueNone}, {"have", cueNone}, {"go", cueNone}, {"win", cueNone},
	}
	for _, tt := range tests {
		if got := cueStrength(tt.base); got != tt.want {
			t.Errorf("cueStrength(%q) = %d, want %d", tt.base, got, tt.want)
		}
	}
	for w, want := range map[string]bool{"statement": true, "announcement": true, "claim": true, "belief": true, "table": false, "river": false} {
		if got := nominalCue(w); got != want {
			t.Errorf("nominalCue(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestReportedFromLexicon(t *testing.T) {
	body := "Senator Maria Lopez vowed to repeal the new fuel tax next year. " +
		"The governor warned of deep cuts to school budgets. " +
		"Lopez announced her candidacy for the Senate seat on Monday. " +
		"The blaze destroyed three warehouses near the port."
	a := analyze(body)
	want := map[string]string{
		"to repeal the new fuel tax next year":        "Maria Lopez",
		"deep cuts to school budgets":                 "",
		"her candidacy for the Senate seat on Monday": "Maria Lopez",
	}
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
		if q.Sentence == 3 {
			t.Errorf("a sentence with no attribution gave %q", q.Text)
		}
	}
	for text, spk := range want {
		s, ok := got[text]
		if !ok {
			t.Errorf("no quote %q; got %v", text, got)
		} else if spk != "" && s != spk {
			t.Errorf("speaker of %q = %q, want %q", text, s, spk)
		}
	}
}

func TestPronounGender(t *testing.T) {
	body := "Mary Okafor met John Brennan in the capital on Monday. " +
		"She said the talks had gone well."
	a := analyze(body)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Mary Okafor" {
		t.Fatalf("quotes = %+v, want one by Mary Okafor", a.Quotes)
	}
	body = "Mary Okafor met John Brennan in the capital on Monday. " +
		"He said the talks had gone well."
	a = analyze(body)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "John Brennan" {
		t.Fatalf("quotes = %+v, want one by John Brennan", a.Quotes)
	}
	if g := firstNameGender("Mary"); g != 'f' {
		t.Errorf("Mary: %c", g)
	}
	if g := firstNameGender("John"); g != 'm' {
		t.Errorf("John: %c", g)
	}
}

func TestAttributionAfterApposition(t *testing.T) {
	body := "“They are open to new ideas,” Jenna Moreau, the agency’s director of planning, said of the council.\n\n" +
		"“What can we do to help?” Moreau told reporters during the call.\n\n" +
		"The bridge will reopen within a month, said Paul Okoro, a spokesman for the roads authority."
	a := analyze(body)
	want := map[string]string{
		"They are open to new ideas":            "Jenna Moreau",
		"What can we do to help?":               "Jenna Moreau",
		"The bridge will reopen within a month": "Paul Okoro",
	}
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
	}
	for text, spk := range want {
		if got[text] != spk {
			t.Errorf("speaker of %q = %q, want %q (all: %v)", text, got[text], spk, got)
		}
	}
}

func TestSpeakerName(t *testing.T) {
	tests := []struct{ phrase, want string }{
		{"Rep. Jane Doe", "Jane Doe"},
		{"Mr. Sanders", "Sanders"},
		{"The Times", "The Times"},
		{"NATO", "NATO"},
		{"Democrats", "Democrats"},
		{"In", ""}, {"Despite", ""}, {"Amid", ""}, {"Citing", ""}, {"Having", ""},
		{"November", ""}, {"Tuesday", ""}, {"Groups", ""}, {"French", ""},
		{"he", ""}, {"officials", ""},
	}
	for _, tt := range tests {
		if got := SpeakerName(tt.phrase); got != tt.want {
			t.Errorf("SpeakerName(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
	if CanSpeak("Ohio", Place, 5) || !CanSpeak("Sanders", Person, 3) || CanSpeak("Class", Other, 1) {
		t.Error("CanSpeak: a place spoke, a recurring surname did not, or a lone common noun did")
	}
}

func TestTitleLike(t *testing.T) {
	for s, want := range map[string]bool{
		"Good Morning America": true, "State of the Union": true, "The Rachel Maddow Show": true,
		"We are going to win": false, "We met on Sunday": false, "Stalinist": false, "I'm With Her!": false, "Yes, We Can.": false,
	} {
		if got := titleLike(s); got != want {
			t.Errorf("titleLike(%q) = %v, want %v", s, got, want)
		}
	}
}
