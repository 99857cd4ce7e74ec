package mention

import "testing"

// TestPronounsOverruleListGender: the subject pronoun of the clauses a
// person's verbs of saying open ("X said he …"), twice and never the
// other way, overrules the gender the first-name list gives; once is not
// enough, and one pronoun of the list's gender after the name keeps it.
// (Sentences written for this test.)
func TestPronounsOverruleListGender(t *testing.T) {
	cases := []struct {
		name, body, person string
		want               byte
	}{
		{"twice", "Maria Okafor said he would run for the council in May. " +
			"Okafor, a retired pilot, told reporters that he had the votes. Ruth Lane said she doubted it. " +
			"He said the harbour needed a new mayor.", "Maria Okafor", 'm'},
		{"once", "Maria Okafor said he would run for the council in May. " +
			"Okafor spoke at the harbour on Friday.", "Maria Okafor", 'f'},
		{"her after the name", "Maria Okafor said he would run for the council in May. " +
			"Okafor told reporters that he had the votes. Okafor thanked her family.", "Maria Okafor", 'f'},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyze(c.body)
			e := entityNamed(a, c.person)
			if e == nil {
				t.Fatalf("no entity %q", c.person)
			}
			if g := e.Gender(); g != c.want {
				t.Errorf("Gender() = %q, want %q", g, c.want)
			}
		})
	}
}

// TestOverruledGenderSpeaker: "he" goes on with a man whose first name
// the list gives to women once the article's pronouns showed his gender.
// (Sentences written for this test.)
func TestOverruledGenderSpeaker(t *testing.T) {
	body := "Jon Pratt, a farmer, said the flood took his barn. " +
		"Maria Okafor said he would run for the council in May. " +
		"Okafor, a retired pilot, told reporters that he had the votes. " +
		"He said the harbour needed a new mayor."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Text == "the harbour needed a new mayor" && q.Speaker != "Maria Okafor" {
			t.Errorf("speaker of %q = %q, want Maria Okafor", q.Text, q.Speaker)
		}
	}
}
