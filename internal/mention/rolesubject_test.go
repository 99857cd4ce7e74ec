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
		{"title subject with a modifier the holder's title carries",
			"Vice President Ada Lund wrote the harbour bill. Mayor Lena Ostrova met her on Friday to talk about the ferries. Later the vice president laughed. “They kept the boats running,” she said.",
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
// persons with a list of names set in apposition to it ("two
// surveyors — A and B — wrote …") and speaks through the list's
// first name, as a list subject does; a later "they" after a stretch on
// other things goes on with it.
func TestApposedListThey(t *testing.T) {
	body := "After the vote, two surveyors -- Greta Holm of Kell and Jonas Falk -- wrote to the port board. They had watched the new dredger for a month and warned that the channel was silting up again. Ferries ran late twice last week. A cargo ship touched bottom on Friday. Over the winter, tides were low. Even so, they argued that the tugs could cope until spring."
	for _, c := range []struct{ name, quote, want string }{
		{"group with apposed names", "the channel was silting up again", "Greta Holm"},
		{"chain of they", "the tugs could cope until spring", "Greta Holm"},
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
			"After the vote, two surveyors -- Greta Holm of Kell and Jonas Falk -- wrote to the port board. Dock workers disagreed with the letter on Monday. The port is busier than ever, they said.",
			"The port is busier than ever", ""},
		{"names of places",
			"Three ports -- Tarnby, Kell and Lund Harbor -- lost ships to the storm. The damage was worse than feared, they said.",
			"The damage was worse than feared", ""},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}

// TestRoleSubjectOtherHolder (review, session 48): the title phrase names
// the article's holder only when it opens the main clause, is a title
// and its verb (not an adjective and a plural noun), gives the holder's
// office with the same modifiers, and the holder was named before it and
// is the only person the article gives the title, in an apposition too.
func TestRoleSubjectOtherHolder(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"an adjective and a plural noun",
			"Gen. Arno Vick has put the army on alert. Ivo Marsh, who leads the rail union, wants higher wages. The general strikes spread to the ports on Tuesday. “Nothing moves until we are paid,” he said.",
			"Nothing moves until we are paid", "Ivo Marsh"},
		{"a second holder given the title in an apposition",
			"Sen. Tom Berg wrote the harbour bill. Ivo Marsh, a senator from the coast, has fought it for a year. On Monday the senator laughed at the bill. “It helps three firms,” he said.",
			"It helps three firms", "Ivo Marsh"},
		{"a title in an adverbial clause",
			"Gov. Tom Berg has refused to raise rail wages. Ivo Marsh has led the rail union for ten years. Hundreds of workers stood outside in the rain as the governor arrived. “We are tired of waiting,” he said.",
			"We are tired of waiting", "Ivo Marsh"},
		{"a title in the content of say",
			"Adm. Tomas Holm leads the northern fleet. Gen. Arno Vick, the chief of the defence staff, wants the fleet to sail in May. Critics say the admiral waited too long. “The ice will not wait,” he said.",
			"The ice will not wait", "Arno Vick"},
		{"a holder named only after the phrase",
			"Ivo Marsh has run the Kell youth club for twenty years. Its football team lost the county final 2-0 on Sunday. The coach smiled anyway. “The boys played their hearts out,” he said. Next season Kell meets Tarnby again. Coach Tom Berg of Tarnby has won the cup three years running.",
			"The boys played their hearts out", "Ivo Marsh"},
		{"a name before a noun of no person in an earlier sentence",
			"Mayor Tom Berg faces Ivo Marsh in the June race. Marsh has led in every poll since March. The Berg campaign ran a new television ad on Monday. “Voters know who fixed the roads,” he said.",
			"Voters know who fixed the roads", "Tom Berg"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
	for _, c := range []struct{ name, body, quote, not string }{
		{"the president is not the vice president",
			"Vice President Ivo Marsh toured the flooded towns on Friday. Senator Tom Berg, who chairs the budget panel, wants more aid for the farms. The president arrived in the valley on Monday. “This money reaches every town,” he said.",
			"This money reaches every town", "Ivo Marsh"},
		{"the prime minister is not the deputy prime minister",
			"Deputy Prime Minister Ivo Marsh toured the flooded towns on Friday. Tom Berg, who chairs the budget panel, wants more aid for the farms. The prime minister arrived in the valley on Monday. “This money reaches every town,” he said.",
			"This money reaches every town", "Ivo Marsh"},
		{"the second officer is not the officer named",
			"Officer Tom Berg stopped the van on Route 9 shortly after midnight. Ivo Marsh, the driver, ran into the woods. The second officer fired once. “I saw a gun in his hand,” he said.",
			"I saw a gun in his hand", "Tom Berg"},
	} {
		a := analyze(c.body)
		if got, found := quoteSpeaker(a, c.quote); !found || got == c.not {
			t.Errorf("%s: speaker of %q = %q (found %v), want someone else", c.name, c.quote, got, found)
		}
	}
}

// TestApposedListUndergoers (review, session 48): names apposed to a
// group whose clause is passive or whose verb is one of undergoing
// ("died") are the victims or the accused: a later "they" does not speak
// through them, nor does a "they" that goes on from it.
func TestApposedListUndergoers(t *testing.T) {
	body := "Three hikers -- Ada Lund of Kell, Ivo Marsh of Tarnby and Pavel Ruud -- died when a footbridge fell into the gorge on Sunday. The bridge had been shut for repairs since March. A warning sign had blown away in a storm. The deaths were avoidable, they said in a statement on Monday. The park has been closed. The case was handed to state investigators on Tuesday. The bridge's cables had rusted through, they said."
	for _, c := range []struct{ name, body, quote, want string }{
		{"a verb of undergoing", body, "The deaths were avoidable", ""},
		{"a they that goes on", body, "The bridge's cables had rusted through", ""},
		{"a passive",
			"Four men -- Jonas Falk of Kell, Ivo Marsh of Tarnby and Pavel Ruud -- were charged with fraud on Tuesday. The scheme cost pensioners about 3 million dollars. Savings of a lifetime were lost. More arrests are likely, they said.",
			"More arrests are likely", ""},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}
