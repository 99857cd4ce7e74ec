package mention

import "testing"

// TestQuotedWordsNoFrame: a verb after a comma whose phrase quotes words
// of its own ("…, called Brenner a “windbag,” and …") is no reporting
// frame set inside a statement; the subject before the aside speaks.
// Invented sentences.
func TestQuotedWordsNoFrame(t *testing.T) {
	body := "Councillor Ada Lund answered Tom Brenner on Monday. " +
		"Lund, appearing on KTRN, called Brenner a “windbag,” and said the levy was fair."
	checkSpeakers(t, analyze(body), map[string]speakerWant{
		"windbag":           {"Ada Lund", "Lund", "named"},
		"the levy was fair": {"Ada Lund", "Lund", "named"},
	})
}

// TestMeasuredOpener: a measure phrase before a preposition or
// subordinator of time ("A week after …", "Shortly before …") opens a
// fronted adjunct as the opener alone does: a name inside it is no
// subject of the main clause. Invented sentences.
func TestMeasuredOpener(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"a week after", "A week after Tom Brenner opened the bridge, Ada Lund said the roads should reopen.", "the roads should reopen", "Ada Lund"},
		{"almost a week after", "Almost a week after Tom Brenner toured the docks, the paper said Ada Lund should resign.", "Ada Lund should resign", ""},
		{"two days before", "Two days before Tom Brenner arrived, the mayor said Ada Lund would chair the board.", "Ada Lund would chair the board", ""},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
	for _, c := range []struct {
		ws   []string
		want int
	}{
		{[]string{"A", "week", "after", "Doe"}, 2},
		{[]string{"Shortly", "before", "the"}, 1},
		{[]string{"Two", "days", "since", "the"}, 2},
		{[]string{"After", "Doe", "left"}, 0},           // the opener alone
		{[]string{"The", "plan", "after", "that"}, 0},   // no noun of time
		{[]string{"A", "week,", "after", "the"}, 0},     // a comma ends the phrase
		{[]string{"Many", "voters", "after", "Doe"}, 0}, // no measure
	} {
		if got := measuredOpenerAt(c.ws); got != c.want {
			t.Errorf("measuredOpenerAt(%q) = %d, want %d", c.ws, got, c.want)
		}
	}
}

// TestContentNameSubject: a verb of saying after "and" that goes on with
// an earlier statement shares that statement's speaker when the name
// before it is a word of the statement's content (an object there), not
// when the name is the content clause's subject or a relative's
// antecedent. Invented sentences.
func TestContentNameSubject(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"object of told", "Ada Lund told KTRN the plan was sound and said it would pass.", "it would pass", "Ada Lund"},
		{"content subject", "Records kept by the port showed that Tom Brenner had signed the lease and added a note of his own.", "a note of his own", "Tom Brenner"},
		{"relative", "Ada Lund questioned the engineer Tom Brenner, who inspected the pier and described the damage.", "the damage", "Tom Brenner"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
}

// TestOfPostmodifiedSubject: an "of" phrase after the head of a definite
// description of a person postmodifies it; the description is still the
// subject a participle after the main clause goes on with. Invented
// sentences.
func TestOfPostmodifiedSubject(t *testing.T) {
	a := analyze("The treasurer of the county of Tarnia sued Tom Brenner in March, arguing the ferry contract was void. " +
		"The chief of police sued Jim Marsh, arguing the permits were forged.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the ferry contract was void": {"", "The treasurer of the county of Tarnia", "nominal"},
		"the permits were forged":     {"", "The chief of police", "nominal"},
	})
}

// TestPossessedApposedSubject: a possessor that opens a sentence whose
// possessed noun of persons a name stands in apposition to ("Lund's deputy,
// Joe Fenn, …") leaves the name its subject, which a later "he" goes on
// with. Invented sentences.
func TestPossessedApposedSubject(t *testing.T) {
	body := "The other members, Sen. Tom Brenner of Tarnia and Gov. Jim Marsh of Lorvia, spoke at the hearing on Monday. " +
		"Ada Lund's deputy, Joe Fenn of Vestia, was the only member who missed it. " +
		"Instead he wrote to the council in a letter in which he promised that the growers would be paid."
	wantSpeaker(t, "apposed", body, "the growers would be paid", "Joe Fenn")
	for _, c := range []struct {
		rest string
		want bool
	}{
		{"’s deputy, Joe Fenn, missed", true},
		{"'s spokesman, Tom Brenner, said", true},
		{"’s plan, which failed, was", false},   // no noun of persons
		{"’s deputy was", false},                // no apposition
		{"’s aide, and the mayor, said", false}, // no name after the comma
	} {
		if got := possessedApposed(c.rest); got != c.want {
			t.Errorf("possessedApposed(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}

// TestFrontedInContentClause: a content clause after "that" may open with
// an adverbial before its subject ("wrote in 2019 that during the
// flood, …"), also when an adjunct parts the cue from "that". Invented
// sentences.
func TestFrontedInContentClause(t *testing.T) {
	body := "Tom Brenner wrote in 2019 that during the flood, the ferry crews had worked without pay."
	wantSpeaker(t, "fronted", body, "during the flood, the ferry crews had worked without pay", "Tom Brenner")
}

// TestSubordinateParticipleAfterQuote: after a closing mark, an -ing
// clause that a subordinator opens ("… before discussing the plans,") is an
// adverbial, no reporting clause, when a reporting verb follows it; that
// verb attributes the quote. Invented sentences.
func TestSubordinateParticipleAfterQuote(t *testing.T) {
	body := "Tom Brenner spoke to the council. “We will wait,” before discussing the plans, he said."
	checkSpeakers(t, analyze(body), map[string]speakerWant{
		"We will wait": {"Tom Brenner", "he", "pronoun"},
	})
}
