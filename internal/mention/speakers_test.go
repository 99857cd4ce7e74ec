package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

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
		"“Who covers the repair bill?” Moreau told the board at the hearing.\n\n" +
		"The bridge will reopen within a month, said Paul Okoro, a spokesman for the roads authority."
	a := analyze(body)
	want := map[string]string{
		"They are open to new ideas":            "Jenna Moreau",
		"Who covers the repair bill?":           "Jenna Moreau",
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
		{"I've", ""}, {"They’re", ""}, {"Ore. – Firefighters", ""}, {"N.M. (AP) — Deputies", ""}, {"Ohio (AP) -- Searchers", ""},
		{"Rep. Lena Voss - who", "Lena Voss"},
		{"Four", ""}, {"Nine at the Quayside", ""}, {"Dorset County officials", "Dorset County officials"},
		{"Kestrel Labs engineers", "Kestrel Labs"}, {"Dorset County Council", "Dorset County Council"},
		// a courtesy title before a surname that is also a title
		{"Mr. King", "King"}, {"Ms. Bishop", "Bishop"}, {"Mrs. Judge", "Judge"}, {"Mr. Doe", "Doe"},
		// "the X" inside a sentence: a title, a name; not a demonym
		{"the Times", "The Times"}, {"the Harbor Gazette", "Harbor Gazette"}, {"the French", ""},
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
		"Morning Harbour Live": true, "State of the River": true, "The Dana Kessler Hour": true,
		"We are going to win": false, "We met on Sunday": false, "Stalinist": false, "Stand With Us!": false, "Yes, We Will.": false,
	} {
		if got := titleLike(s); got != want {
			t.Errorf("titleLike(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestReportingAndOrgHeadsFromWordNet(t *testing.T) {
	for w, want := range map[string]bool{"say": true, "add": true, "note": true, "admit": true, "believe": true,
		"investigate": false, "group": false, "run": false, "have": false} {
		if got := reportingVerb(w); got != want {
			t.Errorf("reportingVerb(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"ministry": true, "committee": true, "parliament": true, "forces": true, "inc.": true,
		"press": true, "states": false, "crowd": false, "people": false, "river": false} {
		if got := isOrgHead(w); got != want {
			t.Errorf("isOrgHead(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCanSpeakCommonWords(t *testing.T) {
	tests := []struct {
		name, typ string
		mentions  int
		want      bool
	}{
		{"Plumbers", Organization, 2, false}, {"Lawyers", Other, 3, false}, {"Peruvians", Person, 2, false},
		{"Democrats", Organization, 1, true}, {"Sincerity", Person, 3, false}, {"Republican", Person, 3, false},
		{"Trump", Person, 2, true}, {"Trump", Person, 1, false}, {"Lima", Organization, 3, false}, {"Congress", Organization, 2, true},
	}
	for _, tt := range tests {
		if got := CanSpeak(tt.name, tt.typ, tt.mentions); got != tt.want {
			t.Errorf("CanSpeak(%q, %s, %d) = %v, want %v", tt.name, tt.typ, tt.mentions, got, tt.want)
		}
	}
}

func TestReportedSpeechForms(t *testing.T) {
	body := "Mayor Sam Okafor announced the budget on Monday. According to a city audit, the fund lost two million dollars last year. " +
		"Okafor said she'd veto any new tax, and she warned the council against delays. " +
		"Okafor later said her office would publish the figures. He’s expected to reply, Tom Reyes said the plan was flawed."
	a := analyze(body)
	want := map[string]string{
		"the fund lost two million dollars last year": "",
		"she'd veto any new tax":                      "Sam Okafor",
		"the council against delays":                  "Sam Okafor",
	}
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
	}
	for text, spk := range want {
		s, ok := got[text]
		if !ok {
			t.Errorf("no quote %q; have %v", text, got)
			continue
		}
		if spk != "" && s != spk {
			t.Errorf("quote %q: speaker %q, want %q", text, s, spk)
		}
	}
	if g := a.Entities[entityIndex(a, "Sam Okafor")].Gender(); g != 'f' {
		t.Errorf("Sam Okafor gender %q, want f (her, she)", g)
	}
}

func entityIndex(a *Analysis, name string) int {
	for i := range a.Entities {
		if a.Entities[i].Name == name {
			return i
		}
	}
	return -1
}

// The hand lists of clause openers, cue prepositions and statement words
// are gone: the grammar's closed classes, NLTK's stopwords and WordNet
// decide instead.
func TestCueFormsFromLexicon(t *testing.T) {
	body := "Senator Maria Lopez spoke about the budget on Tuesday. Lopez called for a new audit of the fund. " +
		"Her office said there was no delay. The statement added that the audit would start in May."
	a := analyze(body)
	want := map[string]string{
		"the budget on Tuesday":        "Maria Lopez",
		"a new audit of the fund":      "Maria Lopez",
		"there was no delay":           "Maria Lopez",
		"the audit would start in May": "",
	}
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
	}
	for text, spk := range want {
		s, ok := got[text]
		if !ok {
			t.Errorf("no quote %q; have %v", text, got)
			continue
		}
		if spk != "" && s != spk {
			t.Errorf("quote %q: speaker %q, want %q", text, s, spk)
		}
	}
	toks := text.Tokens("said In the end")
	if startsClause(toks[1]) {
		t.Errorf("startsClause(In) = true: a preposition opens no clause")
	}
	if toks := text.Tokens("said there was"); !startsClause(toks[1]) {
		t.Errorf("startsClause(there) = false")
	}
}

// TestCueWithoutSource: a reporting cue whose attribution names no source
// is still an attribution, with its clause's subject as written for a
// source phrase when there is one, else unnamed; neither names a speaker.
func TestCueWithoutSource(t *testing.T) {
	body := "The old rivalry in the valley turns to insisting that the levy be scrapped. " +
		"Later that week the pressure began warning that the ferry timetable was too thin. " +
		"Tomasz Ilves said the lighthouse would reopen in April. " +
		"Harbour pilots must know that the channel is silting up. " +
		"The ferry board announced on Monday that Lisbon had agreed with the plan for a new roster."
	a := analyze(body)
	wants := map[string]speakerWant{
		"the levy be scrapped":                 {"", "The old rivalry in the valley", "subject"},
		"the ferry timetable was too thin":     {"", "", "unnamed"},
		"the lighthouse would reopen in April": {"Tomasz Ilves", "Tomasz Ilves", "named"},
		// a modal between the source and its cue
		"the channel is silting up": {"", "Harbour pilots", "nominal"},
		// the subject of the clause that reports the cue is not its
		// source; a national capital that agreed speaks for its
		// government (GovernmentSource, session 33)
		"the plan for a new roster": {"Lisbon", "Lisbon", "named"},
	}
	got := checkSpeakers(t, a, wants)
	for text, w := range wants {
		q, ok := got[text]
		if !ok {
			continue
		}
		if q.CueOnly() != (w.how == "subject" || w.how == "unnamed") || q.CueOnly() && a.WrittenName(q) != "" {
			t.Errorf("%q: CueOnly() = %v, WrittenName() = %q", text, q.CueOnly(), a.WrittenName(q))
		}
	}
}

func keysOf(m map[string]Quote) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestNoCueInNounPhrase: a participle after an article or a possessive is
// a modifier in a noun phrase, not a reporting verb.
func TestNoCueInNounPhrase(t *testing.T) {
	body := "Until the recount, Odile Marchetti was the acknowledged favourite of the dockworkers. " +
		"Harbour pilots criticised the council's repeated delays over the new breakwater. " +
		"He's said the breakwater will cost too much."
	a := analyze(body)
	var cues []string
	for _, q := range a.Quotes {
		cues = append(cues, q.Cue)
		if q.Cue == "acknowledged" || q.Cue == "repeated" {
			t.Errorf("a modifier read as a cue: %q in %q", q.Cue, q.Text)
		}
	}
	if len(cues) != 2 {
		t.Errorf("cues %q, want criticised and said", cues)
	}
}

// TestAccordingToAbbreviation: the source after "according to" runs past
// the period of an abbreviation.
func TestAccordingToAbbreviation(t *testing.T) {
	body := "The crossing will close for two weeks in March, according to a U.S. Coast Guard spokeswoman at the pier."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Cue == "according to" {
			if q.SpeakerText != "a U.S. Coast Guard spokeswoman at the pier" {
				t.Errorf("according to: source %q", q.SpeakerText)
			}
			return
		}
	}
	t.Errorf("no according-to statement in %v", a.Quotes)
}

// TestWithPartner: "with" after a verb of saying marks its partner ("agreed
// with the crews", "spoke with reporters"), not what was said; its object is
// the content only when it names a proposition (WordNet noun.communication
// or noun.cognition, no person or group sense): "agreed with the plan".
func TestWithPartner(t *testing.T) {
	tests := []struct {
		body, content string // content "" = no attribution at all
	}{
		{"Lisbon had agreed with the crews to a new roster.", ""},
		{"Mayor Jane Roe agreed with Ostrava on Monday.", ""},
		{"Jane Roe spoke with reporters outside the town hall.", ""},
		{"Jane Roe agreed with the union after a long night.", ""},
		{"Jane Roe agreed with the plan for a new roster.", "the plan for a new roster"},
		{"Jane Roe disagreed with her rival's assessment of the harbour.", "her rival's assessment of the harbour"},
		{"Jane Roe agreed with the new plan announced by the port.", "the new plan announced by the port"},
		{"Port officials concurred with the auditor's findings and recommendations on dredging.", "the auditor's findings and recommendations on dredging"},
		{"Jane Roe agreed with the crews and the pilots.", ""},
		{"Jane Roe agreed with that specific point.", "that specific point"},
		{"Jane Roe agreed with the Ardian statement on tariffs.", "the Ardian statement on tariffs"},
		{"Jane Roe agreed with the Ardian Navy.", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Text)
		}
		if tt.content == "" {
			if len(got) != 0 {
				t.Errorf("%q: quotes %q, want none", tt.body, got)
			}
			continue
		}
		if len(got) != 1 || got[0] != tt.content {
			t.Errorf("%q: quotes %q, want [%q]", tt.body, got, tt.content)
		}
	}
}
