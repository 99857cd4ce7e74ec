package mention

import "testing"

// TestSubjectThroughAside: a cue after the comma that closes a
// participial or relative aside takes the subject before the aside, read
// alone: a description of a person as written, not a pronoun or a name
// inside the aside. Guards: a description that is the verb's object, a
// description inside a quotation, a group whose aside names its leader,
// a document's head. Invented sentences.
func TestSubjectThroughAside(t *testing.T) {
	body := "Mayor Tomas Grell spoke to the harbour board on Tuesday. " +
		"A harbour official, speaking on condition of anonymity because he was not cleared to talk, said the cranes would be sold. " +
		"A senior adviser, asked about the plan on Friday, said the ferry would run. " +
		"A lawyer, acting for Grell, said the lease was void. " +
		"One former dock clerk, who asked not to be named, said the ledgers were burned. " +
		"The mayor, asked about the tolls, said they would rise. " +
		"Grell told the senator, speaking after the vote, that the docks would close. " +
		"The pilots, led by Vera Onn, said the channel was too shallow. " +
		"“The senator, speaking for himself, said the bridge was sound,” said Ida Marr."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"the cranes would be sold":    {"", "A harbour official", "nominal"},
		"the ferry would run":         {"", "A senior adviser", "nominal"},
		"the lease was void":          {"", "A lawyer", "nominal"},
		"the ledgers were burned":     {"", "One former dock clerk", "nominal"},
		"they would rise":             {"Tomas Grell", "The mayor", "role"},
		"the channel was too shallow": {"Vera Onn", "Vera Onn", "named"},
		"The senator, speaking for himself, said the bridge was sound": {"Ida Marr", "Ida Marr", "named"},
	})
	for _, q := range a.Quotes {
		if q.SpeakerText == "the senator" || q.SpeakerText == "The senator" {
			t.Errorf("%q: the object or a quoted description is no speaker (as %q)", q.Text, q.SpeakerText)
		}
	}
}

// TestRoleInComplement: a title in the complement of a noun of persons
// ("an aide to the mayor", "the wife of the mayor") names another person
// than the phrase's head, so the phrase is not that titled person; a
// title's own "of" ("the secretary of state") stays the title.
func TestRoleInComplement(t *testing.T) {
	body := "Mayor Tomas Grell spoke to the harbour board on Tuesday. " +
		"An aide to the mayor said the budget was short. " +
		"The wife of the mayor told reporters that the gala would go ahead. " +
		"The mayor said the tolls would rise. " +
		"An aide to the mayor told reporters that the clerks were not expecting to see the levy pass."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"the budget was short":    {"", "An aide to the mayor", "nominal"},
		"the gala would go ahead": {"", "The wife of the mayor", "nominal"},
		"the tolls would rise":    {"Tomas Grell", "The mayor", "role"},
	})
	// the guard changes who spoke, not what was read: a report nested in
	// the content stays out as it was under the title's reading (nests)
	for _, q := range a.Quotes {
		if q.Cue == "expecting" {
			t.Errorf("nested report %q read under a reading the guard changed", q.Text)
		}
	}
}
