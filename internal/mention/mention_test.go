package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

func analyze(body string) *Analysis {
	return Analyze(body, dates.Date{Year: 2023, Month: 3, Day: 8}, 0.9)
}

func entityNamed(a *Analysis, name string) *ArticleEntity {
	for i := range a.Entities {
		if a.Entities[i].Name == name {
			return &a.Entities[i]
		}
	}
	return nil
}

func TestEntities(t *testing.T) {
	body := "Finance Minister Clara Oyelaran-Boateng met officials of the World Health Organization (WHO) in Geneva on Monday. " +
		"Oyelaran-Boateng said the WHO would send experts to Accra, Kumasi and Tamale.\n\n" +
		"The minister later told reporters that the visit went well. Brigadier General Tomas R. Vidal, commander of the mission, said troops were ready."
	a := analyze(body)
	tests := []struct {
		name, typ string
		aliases   []string
	}{
		{"Clara Oyelaran-Boateng", Person, []string{"Oyelaran-Boateng"}},
		{"World Health Organization", Organization, []string{"WHO"}},
		{"Geneva", Place, nil},
		{"Tomas R. Vidal", Person, nil},
		{"Accra", Place, nil},
		{"Kumasi", Place, nil},
		{"Tamale", Place, nil},
	}
	for _, tt := range tests {
		e := entityNamed(a, tt.name)
		if e == nil {
			var got []string
			for _, e := range a.Entities {
				got = append(got, e.Name+"/"+e.Type)
			}
			t.Errorf("entity %q not found; have %v", tt.name, got)
			continue
		}
		if e.Type != tt.typ {
			t.Errorf("%s: type %s, want %s", tt.name, e.Type, tt.typ)
		}
		for _, al := range tt.aliases {
			found := false
			for _, x := range e.Aliases {
				if x == al {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: alias %q missing from %q", tt.name, al, e.Aliases)
			}
		}
	}
	// Titles are not part of names; sentence-initial words and weekdays are not entities.
	for _, bad := range []string{"Finance Minister Clara Oyelaran-Boateng", "Monday", "The", "Brigadier General Tomas R. Vidal"} {
		if entityNamed(a, bad) != nil {
			t.Errorf("unexpected entity %q", bad)
		}
	}
}

func TestTwoPeopleSharingASurname(t *testing.T) {
	a := analyze("Anna Kowalski and Piotr Kowalski arrived on Tuesday. Kowalski said nothing.")
	if entityNamed(a, "Anna Kowalski") == nil || entityNamed(a, "Piotr Kowalski") == nil {
		t.Fatalf("both people should be entities: %+v", a.Entities)
	}
	for _, m := range a.Mentions {
		if n := a.Entities[m.Entity].Name; m.Name == "Kowalski" && (n == "Anna Kowalski" || n == "Piotr Kowalski") {
			t.Errorf("the lone surname was resolved to %s although two people share it", a.Entities[m.Entity].Name)
		}
	}
}

func quoteBy(a *Analysis, text string) *Quote {
	for i := range a.Quotes {
		if strings.Contains(a.Quotes[i].Text, text) {
			return &a.Quotes[i]
		}
	}
	return nil
}

// quotesByText returns the statements of a by their text.
func quotesByText(a *Analysis) map[string]Quote {
	got := make(map[string]Quote, len(a.Quotes))
	for _, q := range a.Quotes {
		got[q.Text] = q
	}
	return got
}

func TestQuotes(t *testing.T) {
	body := strings.Join([]string{
		"Governor Maria Lindqvist visited the flooded valley on Friday.",
		"“We will rebuild every bridge,” Lindqvist said. “Nobody will be left behind.”",
		"“The dams held,” said Erik Holm, the regional water director.",
		"The ministry said in a statement that repairs would cost about 40 million euros.",
		"Residents, however, remained sceptical, according to the local council.",
		"Holm told reporters that the rain had stopped.",
		"He described the damage as “worse than 1998” before leaving.",
		"“It was terrible,” he added.",
	}, "\n\n")
	a := analyze(body)
	tests := []struct {
		text, speaker string
		direct        bool
	}{
		{"We will rebuild every bridge", "Maria Lindqvist", true},
		{"The dams held", "Erik Holm", true},
		{"repairs would cost about 40 million euros", "", false},
		{"Residents, however, remained sceptical", "", false},
		{"the rain had stopped", "Erik Holm", false},
		{"worse than 1998", "Erik Holm", true},
		{"It was terrible", "Erik Holm", true},
	}
	for _, tt := range tests {
		q := quoteBy(a, tt.text)
		if q == nil {
			t.Errorf("quote %q not found", tt.text)
			continue
		}
		if q.Speaker != tt.speaker {
			t.Errorf("quote %q: speaker %q (%q), want %q", tt.text, q.Speaker, q.SpeakerText, tt.speaker)
		}
		if q.Direct != tt.direct {
			t.Errorf("quote %q: direct %v, want %v", tt.text, q.Direct, tt.direct)
		}
	}
	// A quote split by its attribution is one statement.
	if q := quoteBy(a, "We will rebuild"); q != nil && !strings.Contains(q.Text, "Nobody will be left behind") {
		t.Errorf("split quote not joined: %q", q.Text)
	}
	// The nominal sources are kept as written.
	if q := quoteBy(a, "repairs would cost"); q != nil && q.SpeakerText != "The ministry" {
		t.Errorf("statement source %q, want The ministry", q.SpeakerText)
	}
	if q := quoteBy(a, "remained sceptical"); q != nil && !strings.Contains(q.SpeakerText, "local council") {
		t.Errorf("according-to source %q", q.SpeakerText)
	}
}

func TestNumbers(t *testing.T) {
	body := strings.Join([]string{
		"At least 12 people were killed and more than 40 injured when the bridge collapsed on Monday, police said.",
		"Rescuers pulled seven survivors from the river.",
		"The 45-year-old driver, who was born in 1978, said it was 5:30 p.m. and that fuel prices had risen 12%.",
		"Between 3,000 and 4,000 residents were rescued.",
		"Hundreds of volunteers joined the search.",
		"It was the second collapse this year.",
	}, " ")
	a := analyze(body)
	type want struct {
		value            float64
		qualifier, event string
		what             string
	}
	wants := []want{
		{12, "at least", "kill", "people"},
		{40, "more than", "injure", ""},
		{7, "", "", "survivors"},
		{3000, "between", "rescue", "residents"},
		{200, "hundreds of", "join", "volunteers"},
	}
	for _, w := range wants {
		var got *Number
		for i := range a.Numbers {
			if a.Numbers[i].Value == w.value {
				got = &a.Numbers[i]
			}
		}
		if got == nil {
			t.Errorf("number %v not found in %+v", w.value, a.Numbers)
			continue
		}
		if got.Qualifier != w.qualifier {
			t.Errorf("%v: qualifier %q, want %q", w.value, got.Qualifier, w.qualifier)
		}
		if w.event != "" && got.Event != w.event {
			t.Errorf("%v: event %q, want %q", w.value, got.Event, w.event)
		}
		if w.what != "" && got.What != w.what {
			t.Errorf("%v: what %q, want %q", w.value, got.What, w.what)
		}
	}
	for _, n := range a.Numbers {
		switch n.Value {
		case 45, 1978, 5, 30, 2, 1:
			t.Errorf("not a count: %+v", n)
		}
		if n.Value == 12 && n.Event != "kill" {
			t.Errorf("percentage taken as a count: %+v", n)
		}
	}
	if n := a.Numbers[0]; n.Source != "police" || n.Date != "2023-03-06" {
		t.Errorf("source/date of the first count = %q/%q, want police/2023-03-06", n.Source, n.Date)
	}
}

// FuzzAnalyze feeds arbitrary text: never panics, and every span lies
// inside its sentence.
func FuzzAnalyze(f *testing.F) {
	f.Add("“Quote,” he said. Mr. X told Y that 5 people died on Monday.")
	f.Add("According to Z, between 3 and 4 were hurt in early March. \"Unclosed")
	f.Fuzz(func(t *testing.T, body string) {
		a := analyze(body)
		for _, q := range a.Quotes {
			if q.Start < 0 || q.End > len(body) || q.Start > q.End || q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
				t.Fatalf("bad quote span %+v", q)
			}
		}
		for _, n := range a.Numbers {
			s := a.Sentences[n.Sentence].Text
			if n.Start < 0 || n.End > len(s) || n.Start > n.End {
				t.Fatalf("bad number span %+v in %q", n, s)
			}
		}
		for si, ts := range a.Times {
			for _, x := range ts {
				if a.Sentences[si].Text[x.Start:x.End] != x.Expression {
					t.Fatalf("bad timex span %+v", x)
				}
			}
		}
		for _, m := range a.Mentions {
			s := a.Sentences[m.Sentence].Text
			if m.Start < 0 || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention span %+v", m)
			}
		}
	})
}
