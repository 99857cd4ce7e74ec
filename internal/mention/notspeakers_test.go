package mention

import "testing"

// TestNotSpeakers: names that are objects, modifiers or possessions do not
// speak — a name after a preposition or a verb in a speaker phrase, a name
// owned by a possessive pronoun, a possessor of a thing or of another
// person, a common noun of persons capitalised at a sentence start, an
// untyped name with an acronym for "he", "they" for one person, a name in
// quotation marks, the antecedent of "which" further back, a cognition verb
// whose object is a name.
func TestNotSpeakers(t *testing.T) {
	body := "Beekeeper says she cannot save the hives near the orchard.\n\n" +
		"The Harbour Chapel's senior pastor said the fire was set on purpose.\n\n" +
		"The delay suits Ruth Bettany's June deadline for finishing the bridge survey.\n\n" +
		"The Copper Lantern sold more copies than her earlier novels, which might persuade the publisher to order a reprint.\n\n" +
		"WBRX Lakeport reached a second shopkeeper, Martin Brandt, and he said the rent had doubled.\n\n" +
		"Schoolmates planted a cherry tree for Greta Okafor on Monday. They painted a banner bearing the name “Greta” above the pier.\n\n" +
		"Two wardens apprehended Kofi Mensah as he climbed over the depot fence.\n\n" +
		"His loyalty to the club outweighs his Copper Lantern sponsorship."
	a := analyze(body)
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
		switch q.Speaker {
		case "Harbour Chapel", "Ruth Bettany", "Copper Lantern", "WBRX Lakeport", "Greta Okafor", "Beekeeper":
			t.Errorf("%q speaks %q (cue %q)", q.Speaker, q.Text, q.Cue)
		}
		if a.WrittenName(q) == "Beekeeper" {
			t.Errorf("a role at the sentence start is a written name: %+v", q)
		}
		if q.Text == "Greta" {
			t.Errorf("a quoted name is read as speech: %+v", q)
		}
	}
	if s := got["the rent had doubled"]; s != "Martin Brandt" {
		t.Errorf("speaker of %q = %q, want Martin Brandt (all: %v)", "the rent had doubled", s, got)
	}
	for _, q := range a.Quotes {
		if q.Cue == "apprehended" {
			t.Errorf("a name as the object of a cognition verb is read as a clause: %+v", q)
		}
	}
}

// TestSpeakerPhraseObjects: SpeakerName finds no speaker in a phrase whose
// name is the object of a preposition or a verb, and still finds a source
// after "according to" or an affiliation's preposition.
func TestSpeakerPhraseObjects(t *testing.T) {
	for phrase, want := range map[string]string{
		"focused on Harbour Chapel": "", "against Northfield Union": "",
		"according to Northfield Union": "Northfield Union", "a spokesman for Northfield Union": "Northfield Union",
	} {
		if got := SpeakerName(phrase); got != want {
			t.Errorf("SpeakerName(%q) = %q, want %q", phrase, got, want)
		}
	}
	if !possessedSpeaks("’s spokesman") || !possessedSpeaks("’s statement") || possessedSpeaks("’s senior pastor") || possessedSpeaks("’s June deadline for") {
		t.Error("possessedSpeaks: a spokesman or a statement does not speak for its possessor, or a pastor or a date does")
	}
}

// TestDatelineAndSuffixedNames: a dateline in capitals names no speaker;
// a surname finds the full name that ends in a generational suffix.
func TestDatelineAndSuffixedNames(t *testing.T) {
	for p, want := range map[string]string{"NORTHFIELD (AP) — Months after he": "", "NORTHFIELD, Ore. (Wire) - The": "", "NATO said": "NATO"} {
		if got := SpeakerName(p); got != want {
			t.Errorf("SpeakerName(%q) = %q, want %q", p, got, want)
		}
	}
	if got := Surname("Walter P. Ellison Jr."); got != "Ellison" {
		t.Errorf("Surname = %q, want Ellison", got)
	}
	a := analyze("Mayor Walter P. Ellison Jr. said the plan would pass. Ellison added that the vote was close.")
	for _, q := range a.Quotes {
		if q.Speaker != "Walter P. Ellison Jr" {
			t.Errorf("speaker of %q = %q, want Walter P. Ellison Jr", q.Text, q.Speaker)
		}
	}
	if len(a.Quotes) != 2 {
		t.Errorf("quotes = %+v, want 2", a.Quotes)
	}
}

// TestSourcesInClauses: a verb after "and" or a participle after a comma
// takes its clause's subject; a long noun phrase is a source by its head;
// a name deep inside a speaker phrase does not speak.
func TestSourcesInClauses(t *testing.T) {
	body := "The Lakeport skipper weathered three storms and says the coast guard was slow.\n\n" +
		"Meanwhile, he is touring the flooded valley, insisting that the dams will be rebuilt.\n\n" +
		"Late figures from a census of Lakeport dairy farmers showed that herds shrank."
	a := analyze(body)
	want := map[string]string{
		"the coast guard was slow": "The Lakeport skipper",
		"the dams will be rebuilt": "he",
		"herds shrank":             "Late figures from a census of Lakeport dairy farmers",
	}
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.SpeakerText
	}
	for text, spk := range want {
		if got[text] != spk {
			t.Errorf("speaker of %q = %q, want %q (all: %v)", text, got[text], spk, got)
		}
	}
	if n := SpeakerName("lawyers and other advisers retained by the Okafor household"); n != "" {
		t.Errorf("a name deep in the phrase speaks: %q", n)
	}
}

// TestTitleComplements: a title's complement stays in the title before a
// name that opens with a first name, whatever its surname names
// ("Secretary of State Ada Lund", "Deputy Director of Fisheries Nora Quill");
// an auxiliary that opens a question is no part of a name.
func TestTitleComplements(t *testing.T) {
	body := "Secretary of State Ada Lund said the talks went well. Deputy Director of Fisheries Nora Quill told reporters the quota would hold. " +
		"Dana Reyes wrote: “Does Governor Elwood plan to veto the levy?”"
	a := analyze(body)
	names := map[string]bool{}
	for _, m := range a.Mentions {
		names[m.Name] = true
	}
	for _, want := range []string{"Ada Lund", "Nora Quill", "Elwood"} {
		if !names[want] {
			t.Errorf("no mention named %q: %v", want, names)
		}
	}
}

// TestTheyForCoordinatedNames: "they" refers to a speaker named in a
// coordination of persons, never to one person alone.
func TestTheyForCoordinatedNames(t *testing.T) {
	a := analyze("Jane Whitcombe and Robert Alvarado wrote that the plan failed. They said the vote was close.")
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
	}
	s, ok := got["the vote was close"]
	if !ok {
		t.Fatalf("no quote %q after 'they said' (all %v)", "the vote was close", got)
	}
	if s != "Robert Alvarado" && s != "Jane Whitcombe" {
		t.Errorf("speaker of 'they said' = %q, want one of the coordinated names (all %v)", s, got)
	}
	a = analyze("Tomas Elwood wrote that the plan failed. They said the vote was close.")
	for _, q := range a.Quotes {
		if q.Text == "the vote was close" && q.Speaker != "" {
			t.Errorf("'they' refers to one person: %q", q.Speaker)
		}
	}
}
