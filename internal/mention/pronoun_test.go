package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestPronounAntecedents: a name inside a direct quote is no antecedent of
// the narrative's next "he"; a participle after a comma takes the
// sentence's subject pronoun; a name that opens with a first name is a
// person even when its surname is a common word or a place, also after a
// title with a place before it.
func TestPronounAntecedents(t *testing.T) {
	body := "“We cannot wait any longer for the ferry to be repaired. Mayor Lena Ostrova has promised a new one twice,” said Victor Hale, who leads the harbour union.\n\n" +
		"He argued the town council should buy a second boat before the winter storms arrive.\n\n" +
		"Ohio Gov. Mark Baker said the plan was sound. Ruth Kovac spoke next. She praised the vote on Monday, describing the boat as a lifeline for the islands.\n\n" +
		"Dennis Stone warned that the budget would run out by the end of the year."
	a := analyze(body)
	want := map[string]string{
		"the town council should buy a second boat before the winter storms arrive": "Victor Hale",
		"the boat as a lifeline for the islands":                                    "Ruth Kovac",
		"the plan was sound":                                                        "Mark Baker",
		"the budget would run out by the end of the year":                           "Dennis Stone",
	}
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
	}
	for text, spk := range want {
		if s, ok := got[text]; !ok {
			t.Errorf("no quote %q; got %v", text, got)
		} else if s != spk {
			t.Errorf("speaker of %q = %q, want %q", text, s, spk)
		}
	}
	for _, e := range a.Entities {
		if (e.Name == "Mark Baker" || e.Name == "Dennis Stone") && e.Type != Person {
			t.Errorf("%q typed %s, want a person", e.Name, e.Type)
		}
	}
}

// TestPluralNounNotCue: an -s form that is a plural noun where it stands
// is no cue verb; the verb of a name is.
func TestPluralNounNotCue(t *testing.T) {
	for s, want := range map[string]bool{
		"Other states have passed similar laws":   true,
		"The governor said ten states backed it":  true, // after a numeral
		"Ten states will hold primaries in March": true,
		"Lund states that the plan will fail":     false,
		"Her promises to cut taxes were popular":  false,
	} {
		toks := text.Tokens(s)
		i := 1
		for ; i < len(toks) && !strings.HasSuffix(toks[i].Text, "s"); i++ {
		}
		if got := pluralNounAt(toks, i); got != want {
			t.Errorf("pluralNounAt(%q, %q) = %v, want %v", s, toks[i].Text, got, want)
		}
	}
}

// TestNamesOpenedByCommonWord: a word that is also a function word or an
// adjective ("New") opens a name WordNet knows ("New York") and stays in
// the names built on it.
func TestNamesOpenedByCommonWord(t *testing.T) {
	for phrase, want := range map[string]string{
		"the New York Post":        "New York Post",
		"The New York businessman": "",
		"New rules":                "",
	} {
		if got := SpeakerName(phrase); got != want {
			t.Errorf("SpeakerName(%q) = %q, want %q", phrase, got, want)
		}
	}
	a := analyze("He cited a recent New York Tribune story. New Jersey Transit workers met on Monday.")
	names := map[string]bool{}
	for _, e := range a.Entities {
		names[e.Name] = true
	}
	if !names["New York Tribune"] || !names["New Jersey Transit"] {
		t.Errorf("entities %v, want New York Tribune and New Jersey Transit", names)
	}
}

// TestNumberAndNestedCues: "she" does not refer to a plural of persons;
// a cue verb inside a quotation opens no statement of its own.
func TestNumberAndNestedCues(t *testing.T) {
	body := "The Democrats met after Maria Lindqvist spoke. She said the vote would be close. " +
		"''Because they're worried,'' Mr. Hale said at the rally."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Text == "the vote would be close" && q.Speaker != "Maria Lindqvist" {
			t.Errorf("speaker of %q = %q, want Maria Lindqvist", q.Text, q.Speaker)
		}
		if q.Cue == "worried" {
			t.Errorf("a cue inside a quotation gave %q", q.Text)
		}
	}
	if !pluralOfPersons("Ohio Republicans") || pluralOfPersons("Ken Masters") || pluralOfPersons("Sanders") {
		t.Error("pluralOfPersons: want Ohio Republicans plural, Ken Masters and Sanders not")
	}
}

// TestPronounAfterPrepositionObject: "Questions went to Jane Doe. She
// said …": with no fitting person named as a subject before, the one person
// named in the sentence before as a preposition's object is the referent.
func TestPronounAfterPrepositionObject(t *testing.T) {
	body := "The ferry depot reopened on Monday after the flood. Questions went to Marta Olsen, the depot's manager. She said the boats would sail by Friday."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Text == "the boats would sail by Friday" {
			if q.Speaker != "Marta Olsen" {
				t.Errorf("speaker %q, want Marta Olsen", q.Speaker)
			}
			return
		}
	}
	t.Errorf("no statement; got %+v", a.Quotes)
}

// TestInvertedSubjectAfterModifier: an inverted attribution after the
// content names its speaker after a lower-case modifier or role noun ("said
// former Rep. Jane Doe", "said police Sgt. Jane Doe", "said pollster Jane
// Doe"); "said that Doe …" stays a forward cue.
func TestInvertedSubjectAfterModifier(t *testing.T) {
	body := "The levee will hold through the winter, said former Rep. Nils Arden. " +
		"The road will close on Monday, said police Sgt. Ada Crane. " +
		"The count will take a week, said pollster Ivo Dahl."
	checkSpeakers(t, analyze(body), map[string]speakerWant{
		"The levee will hold through the winter": {"Nils Arden", "Rep. Nils Arden", "named"},
		"The road will close on Monday":          {"Ada Crane", "Sgt. Ada Crane", "named"},
		"The count will take a week":             {"Ivo Dahl", "Ivo Dahl", "named"},
	})
	toks := text.Tokens("that Mr. Arden would win")
	if invertedSubject(toks) {
		t.Errorf("“said that Mr. Arden …” read as an inverted subject")
	}
}
