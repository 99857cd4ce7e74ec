package mention

import "testing"

// TestRoleSubject: a "he" or "she" goes back to the subject of the
// sentence before it when that subject is a title alone ("the admiral
// smiled"): the one person the article gives the title, not a name
// written further back. A name that only premodifies a noun ("the Marconi
// papers") is no subject: the pronoun goes back past its sentence.
func TestRoleSubject(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"title subject after a fronted participle",
			"Adm. Tomas Holm leads the northern fleet from a base near the coast. Gen. Arno Vick, the chief of the defence staff, asked Admiral Holm last week whether the fleet would sail. Pressed again on Monday, the admiral smiled. “We sail when the ice breaks,” he said.",
			"We sail when the ice breaks", "Tomas Holm"},
		{"title subject with a modifier",
			"Sen. Ada Lund wrote the harbour bill. Mayor Lena Ostrova met her on Friday to talk about the ferries. Later the junior senator laughed. “They kept the boats running,” she said.",
			"They kept the boats running", "Ada Lund"},
		{"name premodifying a noun",
			"Gus Marconi owns three papers in the valley. Ivo Brandt, who runs a small media firm in Tarnby, has fought him for years. The Marconi papers have buried the flood story, he said, by printing “only the mayor's side.”",
			"only the mayor's side.", "Ivo Brandt"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}

// TestRoleSubjectGuards: what the title subject must not do. A title
// whose holder the pronoun does not fit (a woman for "he") leaves the
// pronoun to the names; a title after a finite verb is the subject of a
// content clause, not of the sentence; a modifier other than a title's
// ("the other senator") may mean a holder the article has not named; a
// title two people hold in the article names neither; a name followed by its verb is still the subject.
func TestRoleSubjectGuards(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"title holder of the other gender",
			"Adm. Greta Holm leads the northern fleet from a base near the coast. Gen. Arno Vick, the chief of the defence staff, asked Admiral Holm last week whether the fleet would sail. Pressed again on Monday, the admiral smiled. “We sail when the ice breaks,” he said.",
			"We sail when the ice breaks", "Arno Vick"},
		{"title inside a content clause",
			"Adm. Tomas Holm leads the northern fleet. Gen. Arno Vick said on Monday that the admiral waited too long. “The ice will not wait,” he said.",
			"The ice will not wait", "Arno Vick"},
		{"title with a modifier that tells another holder",
			"Sen. Ivo Marsh wrote the harbour bill. Gov. Tom Berg met him on Friday to talk about the ferries. Later the other senator laughed. “The boats can wait,” he said.",
			"The boats can wait", "Tom Berg"},
		{"title held by two people",
			"Adm. Tomas Holm leads the northern fleet and Adm. Pavel Ruud the southern one. Gen. Arno Vick asked Admiral Holm last week whether the fleet would sail. Pressed again on Monday, the admiral smiled. “We sail when the ice breaks,” he said.",
			"We sail when the ice breaks", "Arno Vick"},
		{"name followed by its verb",
			"Gus Marconi owns three papers in the valley. Ivo Brandt, who runs a small media firm in Tarnby, has fought him for years. Marconi dismissed the criticism on Monday. “Readers decide what they buy,” he said.",
			"Readers decide what they buy", "Gus Marconi"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}

// TestApposedListThey: an unresolved "they" goes back to a plural noun of
// persons with a list of names set in apposition to it ("four
// geographers — A, B and C — mapped …") and speaks through the list's
// first name, as a list subject does; a later "they" after a stretch on
// other things goes on with it.
func TestApposedListThey(t *testing.T) {
	body := "In a survey last spring, four geographers -- Ada Lund at Tarn College, Ivo Marsh at the Harbor Institute and Tom Berg at Kell University -- mapped the old harbor. They went through twenty years of shipping records and concluded that the promised recovery never came. Wages in the port towns stayed low. Many shops on the quay closed. Across the region, new jobs were scarce. Worse still, they found that rents rose by a third."
	for _, c := range []struct{ name, quote, want string }{
		{"group with apposed names", "the promised recovery never came", "Ada Lund"},
		{"chain of they", "rents rose by a third", "Ada Lund"},
	} {
		wantSpeaker(t, c.name, body, c.quote, c.want)
	}
}

// TestApposedListTheyGuards: a group of persons opening a later sentence
// takes the "they" instead; names apposed to a plural that names no
// persons (places) give it no one; the list's noun must open the clause,
// not follow its verb.
func TestApposedListTheyGuards(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"a nearer group",
			"In a survey last spring, four geographers -- Ada Lund at Tarn College, Ivo Marsh at the Harbor Institute and Tom Berg at Kell University -- mapped the old harbor. Dock workers disagreed with the study on Monday. The port is busier than ever, they said.",
			"The port is busier than ever", ""},
		{"names of places",
			"Three ports -- Tarnby, Kell and Lund Harbor -- lost ships to the storm. The damage was worse than feared, they said.",
			"The damage was worse than feared", ""},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}
