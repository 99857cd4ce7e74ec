package compare

import (
	"slices"
	"strings"
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// TestGluedReport: a reporting verb glued to a name by a lost space.
func TestGluedReport(t *testing.T) {
	for w, want := range map[string]bool{"Tammsaid": true, "Pellsays": true, "Said": false, "Tamm": false, "said": false} {
		if got := gluedReport(w); got != want {
			t.Errorf("gluedReport(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCommonWords: a name of common nouns only is no person's.
func TestCommonWords(t *testing.T) {
	for name, want := range map[string]bool{"Crime Stoppers": true, "Action News": true, "Rose Baker": false, "Ivo Tamm": false} {
		if got := commonWords(strings.Fields(name)); got != want {
			t.Errorf("commonWords(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPersonLike: a name typed as a person reads as a place after a
// preposition of place or "the", or with a street suffix. Sentences
// written for this test.
func TestPersonLike(t *testing.T) {
	body := "Warden Ivo Tamm found the boat. The porter lived on Quarry Drive near Ellory. Ana Pell told the Marsh Ledger about it."
	a := mention.Analyze(body, dates.Date{Year: 2022, Month: 3, Day: 9}, 1)
	got := map[string]bool{}
	for _, m := range a.Mentions {
		got[m.Name] = personLike(a, m)
	}
	for name, want := range map[string]bool{"Ivo Tamm": true, "Ana Pell": true, "Quarry Drive": false, "Ellory": false, "Marsh Ledger": false} {
		if v, ok := got[name]; !ok || v != want {
			t.Errorf("personLike(%q) = %v, want %v", name, v, want)
		}
	}
}

// TestPersonLikeNoPerson: a one-word name in capitals (a dateline), a
// street's name before its noun, and a body's name of a place and common
// nouns read as no person; a full name and a surname after it stay
// people. Sentences written for this test.
func TestPersonLikeNoPerson(t *testing.T) {
	body := "BRAMLEY (KXYZ) - A ferry mate named Ivo Tamm was hurt when a winch snapped at the quay. " +
		"Fresh divers searched the hull overnight. " +
		"Tamm was later moved to a clinic at Orchard and Pelham streets. " +
		"Anyone who saw the crane fall may phone Bramley Dock Watch."
	a := mention.Analyze(body, dates.Date{Year: 2022, Month: 3, Day: 9}, 1)
	got := map[string]bool{}
	for _, m := range a.Mentions {
		got[m.Name] = got[m.Name] || personLike(a, m)
	}
	for name, want := range map[string]bool{"Ivo Tamm": true, "Tamm": true, "BRAMLEY": false, "Pelham": false, "Bramley Dock Watch": false} {
		if v, ok := got[name]; !ok || v != want {
			t.Errorf("personLike(%q) = %v (mention %v), want %v", name, v, ok, want)
		}
	}
}

// TestCapitalOnlyOpening: a sentence's opening adjective or adverb
// capitalised is no name; a first name or a surname of no such word is.
func TestCapitalOnlyOpening(t *testing.T) {
	for w, want := range map[string]bool{"Further": true, "Fresh": true, "Rose": false, "Tamm": false} {
		if got := capitalOnlyOpening(w); got != want {
			t.Errorf("capitalOnlyOpening(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"BRAMLEY": true, "KXYZ": true, "Tamm": false, "A": false} {
		if got := allCapitals(w); got != want {
			t.Errorf("allCapitals(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSilentPeopleSourcesAndCredits: a name that is the subject of a verb
// of saying (after it, or inverted after the statement's comma, over a
// title) speaks, whatever the quote reader gave the words to; a name set
// off as a photograph's credit (by a slash before an outlet, or after
// "Photo credit:" or "Photo by") is no one the article tells of. A name
// reported about ("police said <Name> was") or shown ("a photo of <Name>")
// stays. Articles written for
// this test.
func TestSilentPeopleSourcesAndCredits(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"A 14-year-old angler was cut on Elm Street on Friday night. ( Dana Kors / Marlow Tribune )", nil},
		{"A 14-year-old angler was cut on Elm Street on Friday night.\n\nPhoto credit: Ana Pell", nil},
		{"A 14-year-old angler was cut on Elm Street on Friday night.\n\nPhoto by Ana Pell", nil},
		{"A 14-year-old angler was cut on Elm Street on Friday night.\n\nDana Kors/Marlow Tribune via Tarn Wire", nil},
		{"A 14-year-old angler was cut on Elm Street on Friday night.\n\nTarn Wire Photo/Dana Kors", nil},
		{"A 14-year-old angler was cut on Elm Street. He sustained a cut to his arm, Sgt. Ivo Tamm said.", nil},
		{"A 14-year-old angler was cut on Elm Street. He sustained a cut to his arm, said Sgt. Ivo Tamm.", nil},
		{"Police said Ivo Tamm, 19, was hurt on Elm Street on Friday night.", []string{"Ivo Tamm"}},
		{"A photo of Ivo Tamm hangs in the hall where the 19-year-old was cut.", []string{"Ivo Tamm"}},
		{"Ivo Tamm, 19, was hurt on Elm Street on Friday night. His neighbour Ana Pell found him in the yard.", []string{"Ivo Tamm", "Ana Pell"}},
		{"Ivo Tamm, 19, was hurt on Elm Street on Friday night. Ana Pell has moved to Elm Street.", []string{"Ivo Tamm", "Ana Pell"}},
	} {
		d := doc("a", "Pier\n\n"+tc.body, day)
		c := newComparer(Input{Docs: []story.Doc{d}, Merged: story.Assemble(&corroborate.Story{}, []story.Doc{d})})
		if got := c.silentPeople()[0]; !slices.Equal(got, tc.want) {
			t.Errorf("%q: silent people %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestCreditedNameSlash: a name beside a slash credits a photograph in
// brackets, after a credit word and the slash, or in a line of names
// alone; a slash in a sentence that pairs two names credits neither.
// (Sentences written for this test.)
func TestCreditedNameSlash(t *testing.T) {
	for _, tc := range []struct {
		sentence, name string
		want           bool
	}{
		{"The pier was closed. ( Dana Kors / Marlow Tribune )", "Dana Kors", true},
		{"Dana Kors/Marlow Tribune via Tarn Wire", "Dana Kors", true},
		{"Tarn Wire Photo/Dana Kors", "Dana Kors", true},
		{"His coach named the Ana Pell/Dana Kors pair for the race.", "Dana Kors", false},
		{"His coach named the Ana Pell/Dana Kors pair for the race.", "Ana Pell", false},
		{"Ana Pell/Dana Kors Ticket Wins", "Ana Pell", false}, // a title-case headline: "Wins" its verb
		{"Ana Pell/Dana Kors Ticket Wins", "Dana Kors", false},
		{"Dana Kors/Tarn Images", "Dana Kors", true}, // "Images": a noun in a name
		{"Dana Kors/Tarn Times", "Dana Kors", true},
		{"Dana Kors/United Tarn Wire", "Dana Kors", true}, // a participle that is an adjective
		{"Drew Kors/Marlow Tribune", "Drew Kors", true},   // a given name that is a verb's past
		{"Ana Burns/Marlow Tribune", "Ana Burns", true},   // a surname next to the slash that is a verb's -s form
		{"Marlow Tribune/Ana Burns", "Ana Burns", true},
		{"Drew Kors/Marlow Tribune", "Marlow Tribune", true}, // the given name opens the name across the slash
		{"Marlow Tribune/Ana Burns", "Marlow Tribune", true},
		{"Court Frees Dana Kors/Ana Lee", "Dana Kors", false},          // a verb outside both names
		{"Dana Kors/Ana Lee Rally Drew Thousands", "Dana Kors", false}, // a given name that is the line's verb
	} {
		toks := text.Tokens(tc.sentence)
		at := strings.Index(tc.sentence, tc.name)
		m := mention.NameMention{Text: tc.name, Start: at, End: at + len(tc.name)}
		if got := creditedName(toks, m); got != tc.want {
			t.Errorf("creditedName(%q, %q) = %v, want %v", tc.sentence, tc.name, got, tc.want)
		}
	}
}
