package mention

import "testing"

// TestCueOnlySpeakers: a cue read without a source phrase of its own is
// given the person or organisation its clause names as subject; a
// nominative pronoun after a fronted adjunct is a source phrase itself; a relative clause set off by commas
// before the cue is an aside whose names do not speak; a clause after an
// inverted cue is its content, not its subject.
func TestCueOnlySpeakers(t *testing.T) {
	body := "Councillor Petra Lind chaired the harbour meeting on Friday. " +
		"By the spring she was warning that the ferry timetable was too thin. " +
		"Odile Marchetti, who ran the boatyard at Kelby Reach for a decade, said the slipway needed work. " +
		"The rowing club, which Marchetti joined, said the regatta would go ahead. " +
		"The drizzle kept falling on the quay."
	a := analyze(body)
	wants := map[string]speakerWant{
		"the ferry timetable was too thin": {"Petra Lind", "she", "pronoun"}, // "she" is a subject by its form
		"the slipway needed work":          {"Odile Marchetti", "Odile Marchetti", "named"},
		"the regatta would go ahead":       {"", "The rowing club", "nominal"},
	}
	got := checkSpeakers(t, a, wants)
	if _, ok := got["Odile Marchetti, who ran the boatyard at Kelby Reach for a decade"]; ok {
		t.Errorf("the speaker's phrase was read as content")
	}
}

// TestIntroPhraseSubject: the -ing cue of an adverbial phrase that opens
// its sentence takes the main clause's subject as its speaker, and its
// content ends with the phrase; a lone preposition is no source.
func TestIntroPhraseSubject(t *testing.T) {
	body := "Greta Oduya runs the tannery museum in Wexmoor. " +
		"After announcing the closure of the old dye house, Oduya argued that visitors would return by summer. " +
		"Her deputy, Bram Kettle, spoke next. " +
		"Since criticising the canal budget, he has kept away from the council."
	a := analyze(body)
	wants := map[string]speakerWant{
		"the closure of the old dye house": {"Greta Oduya", "Oduya", "subject"},
		"visitors would return by summer":  {"Greta Oduya", "Oduya", "named"},
		"the canal budget":                 {"Bram Kettle", "he", "subject"},
	}
	checkSpeakers(t, a, wants)
	for _, np := range []string{"Since", "After", "By"} {
		if nominalSource(np) {
			t.Errorf("nominalSource(%q) = true, want false", np)
		}
	}
	if !nominalSource("Officials") {
		t.Errorf("nominalSource(%q) = false, want true", "Officials")
	}
}

// speakerWant is the speaker a statement should have: its story name, as
// written, and how it was found.
type speakerWant struct{ speaker, as, how string }

// checkSpeakers checks the statements of a against wants (by their text)
// and returns the statements by text.
func checkSpeakers(t *testing.T, a *Analysis, wants map[string]speakerWant) map[string]Quote {
	t.Helper()
	got := quotesByText(a)
	for text, w := range wants {
		q, ok := got[text]
		if !ok {
			t.Errorf("no statement %q; got %v", text, keysOf(got))
			continue
		}
		if q.Speaker != w.speaker || q.SpeakerText != w.as || q.How != w.how {
			t.Errorf("%q: speaker %q as %q how %q, want %q %q %q", text, q.Speaker, q.SpeakerText, q.How, w.speaker, w.as, w.how)
		}
	}
	return got
}

// TestAsideIsNoStatement: a name with a relative clause set off by commas
// is the subject of the verb after it, not a statement that the verb
// reports in inversion; a participle after a quotation attributes nothing
// to it and takes the sentence's subject.
func TestAsideIsNoStatement(t *testing.T) {
	body := "Ines Varga runs the river trust. " +
		"Varga, who took over the trust in the spring, thanked Paul Brand for the loan of his barge. " +
		"The weir will be rebuilt before the floods, said Brand. " +
		"Varga had insisted that the trust was “close to broke,” claiming that donors had drifted away."
	a := analyze(body)
	got := quotesByText(a)
	if _, ok := got["Varga, who took over the trust in the spring"]; ok {
		t.Errorf("a name with its aside was read as a statement; got %v", keysOf(got))
	}
	wants := map[string]string{
		"The weir will be rebuilt before the floods": "Paul Brand",
		"close to broke":          "Ines Varga",
		"donors had drifted away": "Ines Varga",
	}
	for text, spk := range wants {
		q, ok := got[text]
		if !ok {
			t.Errorf("no statement %q; got %v", text, keysOf(got))
			continue
		}
		if q.Speaker != spk || q.Cue == "claiming" && q.Direct {
			t.Errorf("%q: speaker %q cue %q, want %q", text, q.Speaker, q.Cue, spk)
		}
	}
	toks := a.Tokens[1]
	for c, tk := range toks {
		if tk.Text == "," && c > 2 && clauseBefore(toks, c) {
			t.Errorf("clauseBefore(%q, %d) = true, want false", a.Sentences[1].Text, c)
		}
	}
}

// TestPronounFarBack: "she" with no fitting person in the last sentences
// refers to the woman named last, however far back; a man named later
// does not take it.
func TestPronounFarBack(t *testing.T) {
	body := "Marta Quill opened the seed library in a disused tram depot. " +
		"The shelves hold beans, squash and forty kinds of tomato. " +
		"Packets are lent in spring and returned in autumn. " +
		"Borrowers write the harvest on a card. " +
		"The cards fill three wooden drawers. " +
		"A leak in the roof was patched in March. " +
		"The depot still has its old rails. " +
		"Rain gets in through a broken skylight. " +
		"Volunteers sort the returns on Thursdays. " +
		"The drawers are labelled by hand. " +
		"Karel Dunst repaired the skylight. " +
		"“We lend more seeds than we lose,” she said."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Text == "We lend more seeds than we lose" {
			if q.Speaker != "Marta Quill" {
				t.Errorf("speaker %q as %q how %q, want Marta Quill", q.Speaker, q.SpeakerText, q.How)
			}
			return
		}
	}
	t.Errorf("quote not found")
}

// TestCoordinatedCueSharesSubject: a cue coordinated with the cue of a
// statement whose content ended before the conjunction ("… admitted that
// …, but said …") has that cue's speaker, though an opening phrase with
// quotation marks hides the clause's subject.
func TestCoordinatedCueSharesSubject(t *testing.T) {
	body := "Imelda Vorst runs the lighthouse trust in Carrow. " +
		"Speaking on the radio show “Coast Hour,” Vorst admitted that the lamp had failed twice, but said the new lens would arrive in May."
	checkSpeakers(t, analyze(body), map[string]speakerWant{
		"the lamp had failed twice":        {"Imelda Vorst", "Vorst", "named"},
		"the new lens would arrive in May": {"Imelda Vorst", "Vorst", "named"},
	})
}

// TestAsideBeforeDirectQuote: in "Name, who …, told reporters: “…”" the
// name the aside is said of speaks the quote, not the aside's verb phrase;
// the quote keeps its quotation marks.
func TestAsideBeforeDirectQuote(t *testing.T) {
	body := "Ugo Ferrant, who runs the tram depot in Belmoor, told reporters: “The trams will run late all week.” " +
		"Nadia Holm, who has lent money to the depot, said of the delay “It is a scandal.”"
	a := analyze(body)
	wants := map[string]string{
		"The trams will run late all week.": "Ugo Ferrant",
		"It is a scandal.":                  "Nadia Holm",
	}
	for _, q := range a.Quotes {
		if spk, ok := wants[q.Text]; ok {
			if q.Speaker != spk || !q.Direct {
				t.Errorf("%q: speaker %q as %q direct %v, want %q direct", q.Text, q.Speaker, q.SpeakerText, q.Direct, spk)
			}
			delete(wants, q.Text)
		}
	}
	for text := range wants {
		t.Errorf("no quote %q in %+v", text, a.Quotes)
	}
}

// TestCapitalisedPluralSubject: a base-form cue after a capitalised plural
// whose singular is a WordNet noun of persons ("Islanders fear that …") is
// read as after a lower-case plural; a name ending in -s before a noun
// ("The Texas plan to …") is no subject. Invented sentences.
func TestCapitalisedPluralSubject(t *testing.T) {
	a := analyze("Islanders fear that the ferry will stop. The Texas plan to widen the harbour road stalled.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the ferry will stop": {"", "Islanders", "nominal"},
	})
	for _, q := range a.Quotes {
		if q.Sentence == 1 {
			t.Errorf("statement %q (cue %q) in a sentence with no cue", q.Text, q.Cue)
		}
	}
}

// TestIrregularPastSharesSubject: a cue coordinated after a clause whose
// verb is an irregular past ("shot back", "took", "began": WordNet's
// exception list, no "-ed") right after a name has that clause's subject;
// one inside a relative clause ("whose only win on Sunday came …") is the
// relative clause's.
func TestIrregularPastSharesSubject(t *testing.T) {
	body := "Oskar Lindqvist chairs the harbour board in Vellby. " +
		"Lindqvist shot back at his critics on Friday, but claimed that the new quay would open in June. " +
		"Marta Ekholm runs the ferry line. " +
		"Ekholm took questions for an hour, and said that the fares would fall. " +
		"Councillor Pavel Drost, whose only win on Sunday came in Orrby, did not attack Ekholm but argued that the vote was rushed."
	checkSpeakers(t, analyze(body), map[string]speakerWant{
		"the vote was rushed":             {"Pavel Drost", "Councillor Pavel Drost", "named"},
		"the new quay would open in June": {"Oskar Lindqvist", "Lindqvist", "named"},
		"the fares would fall":            {"Marta Ekholm", "Ekholm", "named"},
	})
}
