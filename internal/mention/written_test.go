package mention

import "testing"

// TestWrittenName: a common word, a nationality or a place that modifies
// a noun of persons or of an organised group gives the group as the
// speaker; one that modifies a thing names no speaker; another proper
// name and a name followed by a capitalised name are kept, and a
// possessor too, but not of kin ("Quillby's aunt": the aunt speaks).
func TestWrittenName(t *testing.T) {
	for _, c := range []struct{ phrase, want string }{
		{"Chapel officials", "Chapel officials"},
		{"The Greek government", "Greek government"},
		{"Medical personnel", "Medical personnel"},
		{"A Linden resident", "Linden resident"},
		{"Public records", ""},
		{"Initial reports", ""},
		{"Surveillance video", ""},
		{"State records", ""},
		{"The Lisbon protest", ""},
		{"an Acmetronics report", "Acmetronics"},
		{"Quillby's aunt", ""},
		{"Quillby's family", ""},
		{"Quillby's spokesman", "Quillby"},
		{"Quillby's lawyer", "Quillby"},
		{"Acmetronics spokesman Dara Venn", "Acmetronics"},
		{"Dara Venn", "Dara Venn"},
		{"Protest groups", "Protest groups"},
		{"The Ledger, citing its own files,", "The Ledger"},
	} {
		a := &Analysis{}
		if got := a.WrittenName(Quote{SpeakerText: c.phrase, How: "nominal"}); got != c.want {
			t.Errorf("writtenName(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
}

// TestCommonWordSpeaker: a common word opening a sentence ("Dispatch",
// "History") names no speaker unless the article writes it as a name
// elsewhere (after a first name, or inside a sentence).
func TestCommonWordSpeaker(t *testing.T) {
	body := "Dispatch said more cars were sent to the school.\n\n" +
		"History will remember this game, the coach said.\n\n" +
		"Police said the bridge would stay shut until Friday.\n\n" +
		"The Granite network of gauges said the tremor came at dawn.\n\n" +
		"Ada Frost and Tom Frost came to the hearing. Frost said she had kept the notes for years.\n\n" +
		"Voters like Harbor. The Harbor campaign on Monday said it had raised more money.\n\n" +
		"Testimony in the long trial showed the driver had not slept for two days."
	a := analyze(body)
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.SpeakerText] = a.WrittenName(q)
	}
	for st, want := range map[string]string{"Dispatch": "", "History": "", "Police": "Police", "Frost": "Frost", "The Harbor campaign": "The Harbor", "The Granite network of gauges": "", "Testimony in the long trial": ""} {
		if g, ok := got[st]; !ok || g != want {
			t.Errorf("written name of %q = %q (read %v), want %q (all %v)", st, g, ok, want, got)
		}
	}
}
