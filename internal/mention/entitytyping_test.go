package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// entityIn reads body and returns its entity written name, reporting a
// missing one as an error.
func entityIn(t *testing.T, body, name string) (ArticleEntity, bool) {
	t.Helper()
	a := analyze(body)
	e, ok := entityByName(a, name)
	if !ok {
		t.Errorf("%q: no entity %q; got %+v", body, name, a.Entities)
	}
	return e, ok
}

// entityByName returns the article entity whose canonical name is name.
func entityByName(a *Analysis, name string) (ArticleEntity, bool) {
	for _, e := range a.Entities {
		if e.Name == name {
			return e, true
		}
	}
	return ArticleEntity{}, false
}

// TestDoctorIsTitle: "Dr." is a title before a name (AP Stylebook; the
// holder of a doctorate in WordNet, which writes it capitalised): the
// person is named without it, typed a person and carries it as a title.
func TestDoctorIsTitle(t *testing.T) {
	a := analyze("Forensic psychiatrist Dr. Ilsa Brakmoor testified on Monday. " +
		"Brakmoor said the defendant understood the charges.")
	e, ok := entityByName(a, "Ilsa Brakmoor")
	if !ok {
		t.Fatalf("no entity Ilsa Brakmoor; got %+v", a.Entities)
	}
	if e.Type != Person || len(e.Titles) != 1 || e.Titles[0] != "Dr." {
		t.Errorf("Ilsa Brakmoor: type %q titles %q, want person with title Dr.", e.Type, e.Titles)
	}
	if !isTitleWord("dr.") || !isTitleWord("msgr") {
		t.Error(`"Dr." and "Msgr." are no title words`)
	}
}

// TestDatelineNeedsPlace: a name opening an article and followed by a
// comma is a dateline's place only when a capitalised word (the state
// or country) follows the comma; ", who" or an age opens an aside about
// a person.
func TestDatelineNeedsPlace(t *testing.T) {
	for _, c := range []struct {
		body, name, want string
	}{
		{"Quarneby, who joined the club in May, scored twice on Friday. Quarneby said the team was tired.", "Quarneby", Person},
		{"Quarneby, 24, scored twice on Friday. Quarneby said the team was tired.", "Quarneby", Other},
		{"QUARNEBY, Ohio — The town council voted on Friday to close the bridge.", "QUARNEBY", Place},
		{"Quarneby — The town council voted on Friday to close the bridge.", "Quarneby", Place},
	} {
		e, ok := entityIn(t, c.body, c.name)
		if !ok {
			continue
		}
		if e.Type == Place && c.want != Place || c.want == Place && e.Type != Place {
			t.Errorf("%q: %s typed %q, want %q", c.body, c.name, e.Type, c.want)
		}
	}
}

// TestOwnerOfSpeakerDoesNotSpeak: a possessive name before the person it
// owns ("Lund's mother said") names no speaker; a possessive before its
// spokesman or its statement still does.
func TestOwnerOfSpeakerDoesNotSpeak(t *testing.T) {
	for _, c := range []struct {
		np   string
		want bool
	}{
		{"Lund's mother", true},
		{"Lund’s lawyer", true},
		{"the Joneses’ neighbour", true},
		{"Lund's spokesman", false},
		{"Lund's statement", false},
		{"Lund", false},
		{"Ms. Lund", false},
	} {
		if got := ownerOfSpeaker(c.np); got != c.want {
			t.Errorf("ownerOfSpeaker(%q) = %v, want %v", c.np, got, c.want)
		}
	}
	a := analyze("Toma Lund was hurt in the crash on Saturday. Lund's mother said he was a careful driver.")
	for _, q := range a.Quotes {
		if q.Speaker == "Toma Lund" {
			t.Errorf("statement %q: speaker %q (as %q), want none: the mother speaks", q.Text, q.Speaker, q.SpeakerText)
		}
	}
}

// TestSurnameHeadsAndOutlets: a given name before a surname that also
// heads place or organisation names is a person's name, and so is a name
// set off after a noun of persons; a name headed by a place noun that
// reports is a body, not a place; "and" after a person named with her
// organisation does not join the next organisation to the person.
func TestSurnameHeadsAndOutlets(t *testing.T) {
	for _, c := range []struct {
		body, name, want string
	}{
		{"Darrell Hill was hurt in the crash on Friday.", "Darrell Hill", Person},
		{"Dayna Gray was hurt in the crash on Friday.", "Dayna Gray", Person},
		{"The girl's aunt, Quenisha Hill, described her as kind.", "Quenisha Hill", Person},
		{"The Harbor Post reported that the road was closed.", "Harbor Post", Organization},
		{"The road was closed, according to the Harbor Post.", "Harbor Post", Organization},
		{"The family moved to Harbor Post in May.", "Harbor Post", Place},
		{"They went to Lincoln Park on Friday.", "Lincoln Park", Place},
		{"Harbour Police Department Capt. Ada Quell and Tarn State Police said the road was closed.", "Ada Quell", Person},
		{"The Department of Health and Human Services said the road was closed.", "Department of Health and Human Services", Organization},
	} {
		e, ok := entityIn(t, c.body, c.name)
		if !ok {
			continue
		}
		if e.Type != c.want {
			t.Errorf("%q: %s typed %q, want %q", c.body, c.name, e.Type, c.want)
		}
	}
}

// TestDescribedPersonBeforeName: a closed compound whose head is a noun
// of persons ("Moviemaker") describes the person named after it, a noun
// of persons before a given name goes with the title before it ("Senior
// Trooper"), and a surname that is also a title word ends a person's
// name, so no "of" phrase joins it.
func TestDescribedPersonBeforeName(t *testing.T) {
	for _, c := range []struct {
		body, name string
	}{
		{"Moviemaker Gary Quell said he would not return.", "Gary Quell"},
		{"The victims were named as Senior Trooper Tomas Quell of the Tarn State Police.", "Tomas Quell"},
		{"The victims were named as Officer William Hakim of the Tarn State Police.", "William Hakim"},
	} {
		a := analyze(c.body)
		if _, ok := entityByName(a, c.name); !ok {
			t.Errorf("%q: no entity %q; got %+v", c.body, c.name, a.Entities)
		}
	}
	if !compoundPersonNoun(lexicon.Default(), "moviemaker") || compoundPersonNoun(lexicon.Default(), "maker") || compoundPersonNoun(lexicon.Default(), "lindqvist") {
		t.Error("compoundPersonNoun: moviemaker is a compound of persons; maker is a word of its own; lindqvist is no compound")
	}
}
