package mention

import "testing"

func TestUnnamedSource(t *testing.T) {
	body := "Aides said the governor would sign the budget on Friday. " +
		"The mayor of the river town met with farmers on Monday. " +
		"A new poll shows most tenants back the rent freeze. " +
		"A senior official said the talks would resume next week. " +
		"If one looks closely, the numbers tell another story. " +
		"Pauline Garrow said the bridge would reopen in June. " +
		"The Ohio Democrat said the vote was close. " +
		"Nearly nine in 10 said the roads were worse."
	a := analyze(body)
	want := map[string][2]string{
		"the governor would sign the budget on Friday": {"Aides", KindGroup},
		"most tenants back the rent freeze":            {"A new poll", KindDocument},
		"the talks would resume next week":             {"A senior official", KindUnnamed},
		"the bridge would reopen in June":              {"", ""},
		"the vote was close":                           {"The Ohio Democrat", KindUnnamed},
		"the roads were worse":                         {"Nearly nine in 10", KindGroup},
	}
	got := map[string][2]string{}
	for _, q := range a.Quotes {
		p, k := a.UnnamedSource(q)
		got[q.Text] = [2]string{p, k}
		if q.Sentence == 4 && p != "" {
			t.Errorf("a fragment gave the source %q (%s)", p, k)
		}
	}
	for text, w := range want {
		g, ok := got[text]
		if !ok {
			t.Errorf("no quote %q; got %v", text, got)
		} else if g != w {
			t.Errorf("UnnamedSource of %q = %q, want %q", text, g, w)
		}
	}
}

func TestHeadKind(t *testing.T) {
	for w, want := range map[string]string{
		"aides": KindGroup, "critics": KindGroup, "sources": KindGroup, "police": KindGroup, "residents": KindGroup,
		"official": KindUnnamed, "source": KindUnnamed, "spokesman": KindUnnamed,
		"report": KindDocument, "poll": KindDocument, "letter": KindDocument, "survey": KindDocument,
		"bridge": "", "river": "",
	} {
		if got := headKind(w); got != want {
			t.Errorf("headKind(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestNameKind(t *testing.T) {
	tests := []struct{ name, typ, want string }{
		{"Pauline Garrow", Person, KindPerson},
		{"Acme Corp", Organization, KindOrganization},
		{"Lyon police", "", KindOrganization},
		{"Tarn County officials", "", KindGroup},
		{"Sen. Garrow", "", KindPerson},
		{"Acme", "", KindOrganization},
		{"Garrow", "", KindPerson},     // a bare surname
		{"Garrow", Other, KindPerson},  // an entity of no type
		{"NTSB", "", KindOrganization}, // an acronym
		{"Tarn-Post", "", KindOrganization},
	}
	for _, tt := range tests {
		if got := NameKind(tt.name, tt.typ); got != tt.want {
			t.Errorf("NameKind(%q, %q) = %q, want %q", tt.name, tt.typ, got, tt.want)
		}
	}
	for k, want := range map[string]bool{KindPerson: true, KindOrganization: true, KindGroup: false, KindUnnamed: false, KindDocument: false} {
		if NamedKind(k) != want {
			t.Errorf("NamedKind(%q) = %v", k, !want)
		}
	}
}

func TestPronounSource(t *testing.T) {
	body := "On Monday, critics said the plan would raise rents. " +
		"They said tenants had not been asked. " +
		"Pauline Garrow said the bridge would reopen in June. " +
		"They said the repairs had cost more than planned."
	a := analyze(body)
	got := map[int]string{}
	for i, q := range a.Quotes {
		if p, k := a.PronounSource(i); p != "" {
			got[q.Sentence] = p + "/" + k
		}
	}
	if got[1] != "critics/"+KindGroup {
		t.Errorf("they after a group: %q, want the group (all %v)", got[1], got)
	}
	if got[3] != "" {
		t.Errorf("they after a named speaker: %q, want none", got[3])
	}
}

// TestPronounSourceIt: sentences written for this test. "It" takes a group
// named in the singular, not a plural group whose phrase ends in a
// singular noun after a preposition, nor a share ("four in 10"); "they"
// reaches back at most three sentences.
func TestPronounSourceIt(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"On Monday, the council said the plan would raise rents. It said tenants had not been asked.", "the council/" + KindGroup},
		{"On Monday, members of the council said the plan would raise rents. It said tenants had not been asked.", ""},
		{"On Monday, four in 10 said the plan would raise rents. It said tenants had not been asked.", ""},
		{"On Monday, critics said the plan would raise rents. The rain fell. The wind blew. The sun set. They said tenants had not been asked.", ""},
	} {
		a := analyze(tc.body)
		got := ""
		for i := range a.Quotes {
			if p, k := a.PronounSource(i); p != "" {
				got = p + "/" + k
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
}
