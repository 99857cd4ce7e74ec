package mention

import (
	"strings"
	"testing"
)

// TestHeadlineWordsEndNames: in a title-case headline that capitalises
// every word, an adverb ("Just"), a verb or a conjunction, determiner or
// preposition ("And", "Between") is a word of the clause, no part of a
// name; "of" still joins one ("Bank of Tarnhold"); the subject before
// "Just Said" speaks.
func TestHeadlineWordsEndNames(t *testing.T) {
	a := analyze("Dana Whitlow Just Said Something Odd About Bank of Tarnhold\n\nThe bank opened a branch in the harbour on Monday.")
	b := analyze("Bridge Vote Splits Dana Whitlow And Ines Brand\n\nThe council met on Monday.")
	names := map[string]bool{}
	for _, x := range []*Analysis{a, b} {
		for _, e := range x.Entities {
			names[e.Name] = true
		}
	}
	for _, want := range []string{"Dana Whitlow", "Bank of Tarnhold", "Ines Brand"} {
		if !names[want] {
			t.Errorf("no entity %q in %v", want, names)
		}
	}
	for n := range names {
		if strings.Contains(n, "Just") || strings.Contains(n, " And ") {
			t.Errorf("entity %q runs over a headline's clause word", n)
		}
	}
	// the adverb stands between the headline's subject and its verb
	if got, ok := quoteSpeaker(a, "Something Odd About Bank of Tarnhold"); !ok || got != "Dana Whitlow" {
		t.Errorf("headline quote: speaker %q (found %v), want Dana Whitlow", got, ok)
	}
}

// TestGroupNames: a quantifier alone, a plural of a common noun of persons
// capitalised only at a sentence start, a demonym's or a people's plural
// (after "The" too) and such a plural after a quantifier name people with
// no name; a party the article writes capitalised and a person's name do
// not.
func TestGroupNames(t *testing.T) {
	a := analyze("Friends said the boy loved boats. Others say the pier was unsafe. " +
		"Dana Whitlow said she would appeal, and the Democrats in the council voted against the plan. The pier was built near Tarnhold.")
	for name, want := range map[string]bool{
		"Friends": true, "Others": true, "Many Democrats": true, "Peruvians": true, "Some Residents": true,
		"Democrats": false, "Dana Whitlow": false, "Whitlow": false, "Acme": false,
		"The Peruvians": true, "Basques": true, "Methodists": true, "The Democrats": false, "Williams": false,
		"Brooklynites": true, "Tarnholders": true, "Sanders": false, "Twilighters": false,
	} {
		if got := a.GroupName(name); got != want {
			t.Errorf("GroupName(%q) = %v, want %v", name, got, want)
		}
	}
	if b := analyze("The fans of Friends said the show was funny. Friends said the boy loved boats."); b.GroupName("Friends") {
		t.Error("GroupName(Friends) = true where the article writes the word capitalised inside a sentence")
	}
}

// TestTitleGenderKeepsShortFormsApart: a surname with a title of one
// gender ("Mrs. Pardoe") is not the short form of a full name whose first
// name is of the other ("Bill Pardoe"), though it is the one full name
// with that surname; a surname the article also gives a person WordNet
// knows ("Clinton") does not hide the first name's gender.
func TestTitleGenderKeepsShortFormsApart(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Mrs. Pardoe said the ferry would run again in May. Bill Pardoe said he agreed with the plan.", "the ferry would run again in May", "Pardoe"},
		{"Mrs. Clinton said the ferry would run again in May. Bill Clinton said he agreed with the plan.", "the ferry would run again in May", "Clinton"},
		{"Mr. Pardoe said the ferry would run again in May. Bill Pardoe said he agreed with the plan.", "the ferry would run again in May", "Bill Pardoe"},
	} {
		wantSpeaker(t, c.want, c.body, c.quote, c.want)
	}
}
