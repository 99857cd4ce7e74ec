package mention

import "testing"

// TestNotNameWords: a pronoun contracted with a verb, two sentences run
// together without a space and a clause opened by a verb form are no
// speaker's name; names that look a little
// like them are.
func TestNotNameWords(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"We're", false}, {"They’ll", false}, {"We’ve", false},
		{"Tenn.It", false}, {"Oak Lane.Officers", false}, {"LLC", false}, {"L", false}, {"OHIO-Shortly", false}, {"OHIO-The", false}, {"Dara Lee-the BBC", false}, {"Hewlett-Packard", true}, {"Al-Rashidi", true}, {"NBC-Universal", true},
		{"Choosing Vexcorp", false}, {"Considering Dara Venn", false}, {"Associated Press", true}, {"Allied Pilots Association", true},
		{"Dara O'Neal", true}, {"Lou D'Amato", true}, {"J.R. Tolliver", true},
		{"Somerset Council", true}, {"Anyon Labs", true}, {"Reading Borough Council", true},
		// an indefinite pronoun, an adverb in -ly of a WordNet adjective
		{"Anyone", false}, {"Everybody", false}, {"Preliminarily", false}, {"Fatefully", false},
		{"Kelly", true}, {"Beverly", true}, {"Noonan", true}, {"Anyon", true},
		// a sentence run into the next one's acronym (session 47); a degree,
		// a suffix and initials are no run-on
		{"Pia Quill.NBC News", false}, {"Ohio.FBI", false},
		{"Dara Venn Ph.D.", true}, {"Lou Marr Jr.", true}, {"J.R.R. Quennell", true}, {"Vexcorp Inc.", true},
	} {
		if got := PlausibleSpeaker(c.name); got != c.want {
			t.Errorf("PlausibleSpeaker(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	if CanSpeak("We're", Organization, 3) {
		t.Error("CanSpeak: a contracted pronoun spoke")
	}
}

// TestVerbFormOpensNoName: a verb form that is no noun or adjective,
// opening a sentence, is not part of the name after it, unless a comma
// sets the name off as its object.
func TestVerbFormOpensNoName(t *testing.T) {
	a := analyze("Considering Vexcorp recently bought the studio, a change seems likely.\n\n" +
		"Citing Quorra Daily, the station said the deal was off.")
	names := map[string]bool{}
	for _, e := range a.Entities {
		names[e.Name] = true
	}
	if !names["Vexcorp"] || names["Considering Vexcorp"] {
		t.Errorf("entities %v: want Vexcorp without the verb form", names)
	}
	for _, q := range a.Quotes {
		if q.Speaker == "Quorra Daily" || q.Speaker == "Citing Quorra Daily" {
			t.Errorf("the object of a sentence-opening verb form spoke: %+v", q)
		}
	}
}

// TestModifiedName: a name followed by the common noun heading its phrase
// gives way to the phrase when the noun names persons or an organised
// group; before a thing, a place or a location name names no speaker; a
// name followed by a verb or by a capitalised name is no modifier.
func TestModifiedName(t *testing.T) {
	body := "Tarnville police are investigating the shooting.\n\n" +
		"The Brimley city council approved a settlement, the mayor said.\n\n" +
		"Pell County jail records show the man was held on bond.\n\n" +
		"Dara Venn said the car was stolen.\n\n" +
		"Vexcorp spokesman Lou Marr said the plant would close.\n\n" +
		"A Brimley woman told reporters the shots woke her.\n\n" +
		"Nobody was injured when the old barn burned down, according to the Tarn fire chief, Jo Lindqvist.\n\n" +
		"Turnout rose sharply in every district this year, according to a Quorra Post analysis of county filings."
	a := analyze(body)
	got := map[string]string{}
	for _, q := range a.Quotes {
		n, ok := a.ModifiedName(q)
		if !ok {
			n = "(none)"
		}
		got[q.SpeakerText] = n
	}
	for st, want := range map[string]string{"Tarnville": "Tarnville police", "The Brimley city council": "Brimley city council",
		"Pell County jail records": "", "Dara Venn": "(none)", "Lou Marr": "(none)", "A Brimley woman": "Brimley woman", "the Tarn fire chief": "Jo Lindqvist", "a Quorra Post analysis of county filings": "Quorra Post"} {
		if g, ok := got[st]; !ok || g != want {
			t.Errorf("ModifiedName of %q = %q (read %v), want %q (all %v)", st, g, ok, want, got)
		}
	}
}

// TestOfficeOfRole: a role's possessive before an organisation's head
// ("Sheriff's Office") is one name; a person's possessive before it
// ("Venn's Office") is not.
func TestOfficeOfRole(t *testing.T) {
	a := analyze("The Pell County Sheriff's Office said the deputy was hurt in the crash.\n\n" +
		"Venn's Office said she would not resign before the vote.")
	names := map[string]bool{}
	for _, e := range a.Entities {
		names[e.Name] = true
	}
	if !names["Pell County Sheriff's Office"] || names["Venn's Office"] {
		t.Errorf("entities %v: want the sheriff's office as one name and Venn apart", names)
	}
}

// TestAccordingToNamedSource: the name after "according to" is a named
// source, not a preposition's object.
func TestAccordingToNamedSource(t *testing.T) {
	a := analyze("The bridge stayed closed for most of the week, according to the Quorra Harbour Authority.")
	if len(a.Quotes) != 1 || a.Quotes[0].Entity < 0 || a.Quotes[0].How != "named" {
		t.Fatalf("quotes %+v: want one named source", a.Quotes)
	}
}
