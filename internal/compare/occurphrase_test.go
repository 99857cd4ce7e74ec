package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for this test (no data set's wording). A verb of
// occurring that wants an event noun for subject (a passive "held", a head
// read past its postmodifying phrases) takes a noun whose first WordNet
// sense is an act or event, though most of its senses are not ("vote"):
// "a vote on the package will be held Monday" dates the vote, as "to be
// voted on Thursday" does. A person is still none ("the driver of the van
// was held").
func TestOccurrenceEventHead(t *testing.T) {
	found := []struct {
		name string
		docs []string
		want string
	}{
		{"a held event read past its postmodifying phrase",
			[]string{
				"Budget vote\n\nAfter two days of marches in the capital of Norvania, union members gathered outside the assembly, where a vote on the austerity package will be held Monday.",
				"Budget vote\n\nAfter two days of marches in the capital of Norvania, union members gathered outside the assembly, where deputies were getting ready for the austerity package to be voted on Thursday.",
			},
			"date:Monday/on Thursday"},
		{"a held vote, an event noun by its first sense",
			[]string{
				"Ballot\n\nThe vote was held on Sunday across the Ardell islands, the council said.",
				"Ballot\n\nTuesday's vote across the Ardell islands drew few voters, the council said.",
			},
			"date:on Sunday/Tuesday"},
		{"a verb of occurring read past the phrase on its subject",
			[]string{
				"Mill fire\n\nThe explosion at the old Brennick mill occurred late Thursday as workers left the site.",
				"Mill fire\n\nA boiler exploded at the old Brennick mill late Saturday as workers left the site.",
			},
			"date:late Thursday/late Saturday"},
	}
	for _, c := range found {
		if got := kinds(runDated(c.docs...).Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct {
		name string
		docs []string
	}{
		{"an event held and the same event put off",
			[]string{
				"Budget\n\nA vote on the Velmar budget will be held Monday, the speaker said.",
				"Budget\n\nA vote on the Velmar budget was delayed Thursday, the speaker said.",
			}},
		{"a person held by a phrase is detained, no event",
			[]string{
				"Depot\n\nThe driver of the van was held on Sunday at the depot on Elm Road.",
				"Depot\n\nThe driver of the van was questioned on Tuesday at the depot on Elm Road.",
			}},
		{"a phrase's search stops at a relative word",
			[]string{
				"Port\n\nDockers marched on the harbour office where the review of the contracts will be held Monday.",
				"Port\n\nDockers marched on the harbour office on Thursday, where the review of the contracts is due.",
			}},
		{"two events of one place",
			[]string{
				"Mill\n\nThe explosion at the old Brennick mill occurred Thursday, the county said.",
				"Mill\n\nThe flood at the old Brennick mill happened Saturday, the county said.",
			}},
	}
	for _, c := range none {
		if got := kinds(runDated(c.docs...).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no day conflict", c.name, got)
		}
	}
}

// Sentences written for this test. A passive "held" with a particle after
// it is a phrasal verb (WordNet's hold back, hold up: restrain, delay), and
// a happening of nature held is contained, not organised: neither dates
// the event its subject names ("the blaze near Orrin Vale was held back
// Monday" is no outbreak on Monday). A held vote still dates the vote.
func TestOccurrenceHeldOrganised(t *testing.T) {
	if got := kinds(runDated(
		"Levy\n\nThe vote on the Kessing dock levy was held Monday, the clerk said.",
		"Levy\n\nAldermen voted on the Kessing dock levy on Wednesday, the clerk said.",
	).Discrepancies); !strings.Contains(got, "date:") {
		t.Errorf("a held vote: got %q, want a day conflict", got)
	}
	none := []struct {
		name string
		docs []string
	}{
		{"a fire held back is restrained, no outbreak",
			[]string{
				"Blaze\n\nThe fire was held back Monday by crews near Orrin Vale. Some 30 farms were cleared. Captain Jory Hale said the wind had dropped.",
				"Blaze\n\nThe fire near Orrin Vale broke out on Friday in dry scrub, Captain Jory Hale said. Some 30 farms were cleared. Crews stayed out all night.",
			}},
		{"a fire held at a ridge is contained, not organised",
			[]string{
				"Blaze\n\nThe fire near the hamlet of Orrin Vale was held Monday at the ridge by crews. Some 30 farms were cleared. Captain Jory Hale said the wind had dropped.",
				"Blaze\n\nThe fire near Orrin Vale broke out on Friday in dry scrub, Captain Jory Hale said. Some 30 farms were cleared. Crews stayed out all night.",
			}},
		{"a vote held up is delayed, not taken",
			[]string{
				"Levy\n\nThe vote on the Kessing dock levy was held up Monday by a dispute over the rules, the clerk said. Alderman Bea Torsk called it a farce.",
				"Levy\n\nThe vote on the Kessing dock levy was held Wednesday after a week of quarrels, the clerk said. Alderman Bea Torsk was pleased.",
			}},
	}
	for _, c := range none {
		if got := kinds(runDated(c.docs...).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no day conflict", c.name, got)
		}
	}
}

// Sentences written for this test. The subject of a verb of occurring is
// its head read past the prepositional phrases that postmodify it, whatever
// noun the head is ("the leak at the old refinery occurred" is the leak's,
// not the refinery's; "the stabbing near the 300 block of", whose
// "block" has an act sense), so that another article's verb dates the same happening.
func TestOccurrenceOuterHead(t *testing.T) {
	found := []struct {
		name string
		docs []string
		want string
	}{
		{"a head WordNet files as no event, read past its phrase",
			[]string{
				"Refinery\n\nThe leak at the old Harwell refinery occurred late Thursday, a spokesman for the firm said.",
				"Refinery\n\nGas leaked at the old Harwell refinery late Saturday, a spokesman for the firm said.",
			},
			"date:late Thursday/late Saturday"},
		{"an event head past a phrase whose noun has an act sense",
			[]string{
				"Lane\n\nThe stabbing near the 300 block of Wendle Lane happened late Friday, police said.",
				"Lane\n\nA man was stabbed near the 300 block of Wendle Lane late Saturday, police said.",
			},
			"date:late Friday/late Saturday"},
		{"the subject of a clause after a verb and a conjunction",
			[]string{
				"Refinery\n\nWorkers fled after a leak at the old Harwell refinery occurred late Thursday.",
				"Refinery\n\nGas leaked at the old Harwell refinery late Saturday, a spokesman for the firm said.",
			},
			"date:late Thursday/late Saturday"},
		{"a determiner after a name opens the subject",
			[]string{
				"Park\n\nHours after the concert at Linden Park the stabbing happened late Friday, police said.",
				"Park\n\nA man was stabbed near Linden Park late Saturday, police said.",
			},
			"date:late Friday/late Saturday"},
	}
	for _, c := range found {
		if got := kinds(runDated(c.docs...).Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// Sentences written for this test: where postmodifiedSubject ends the
// subject, and which head it reads.
func TestPostmodifiedSubject(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	rows := []struct {
		sentence, verb, want string
		event                bool
	}{
		{"The shooting near the 1200 block of Dale Street happened late.", "happened", "shooting", false},
		{"The vigil for the victim of the shooting took place at dusk.", "took", "vigil", true},
		{"The leak at the old refinery occurred at dawn.", "occurred", "leak", false},
		{"Officials said the fighting in the old quarter broke out at dawn.", "broke", "fighting", true},
		{"Crews kept fighting after the fire at the mill broke out.", "broke", "fire", false},
		// guards
		{"Workers fled after a leak at the refinery occurred at dawn.", "occurred", "leak", false},
		{"Hours after the concert at Linden Park the stabbing happened.", "happened", "", false},
		{"Hours after the concert at the park the stabbing happened.", "happened", "", false},
		{"Smoke rose over the end of the lane.It happened at dawn.", "happened", "", false},
		{"The driver of the van was held at the depot.", "was", "driver", false},
		{"The hearing on the contracts will be held at noon.", "be", "hearing", true},
		{"Crews arrived two hours after the leak at the mill occurred.", "occurred", "leak", false},
		{"Crews arrived two hours after the leak occurred.", "occurred", "", false},
		{"Ash fell over the town before the blaze at the depot broke out.", "broke", "blaze", false},
		{"The vigil after the shooting at the mall took place at dusk.", "took", "vigil", true},
		{"Police shut a road near Pellam. The leak at the old mill occurred at dawn.", "occurred", "leak", false},
		{"Two days after the march in the square unrest broke out.", "broke", "", false},
	}
	for _, r := range rows {
		toks := text.Tokens(r.sentence)
		j := -1
		for i, tk := range toks {
			if tk.Text == r.verb {
				j = i
			}
		}
		held := r.verb == "was" || r.verb == "be"
		h, ev := c.postmodifiedSubject(toks, j, held)
		got := ""
		if h >= 0 {
			got = toks[h].Lower
		}
		if got != r.want || h >= 0 && ev != r.event {
			t.Errorf("%q: got %q (event %v), want %q (event %v)", r.sentence, got, ev, r.want, r.event)
		}
	}
}

// Sentences written for this test. "after" and "before" open a clause of
// time as well as a phrase (Quirk et al. 1985 §14.12): after a noun of time
// that measures it ("an hour after", "two days after") or after a noun in
// another preposition's phrase ("in the flat before", "to the yard after")
// the clause's subject opens after the word, and the noun before it is no
// subject's head; a sentence's determiner after a full stop opens the subject.
func TestOccurrenceClauseOfTime(t *testing.T) {
	found := []struct {
		name string
		docs []string
	}{
		{"a noun of time measures the clause",
			[]string{
				"Tavern\n\nDeputies got there an hour after the shooting happened late Tuesday, the sheriff said.",
				"Tavern\n\nThe shooting happened late Monday, the sheriff said.",
			}},
		{"a number and a noun of time",
			[]string{
				"Barn\n\nCrews were still at work two days after the fire broke out Tuesday, the county said.",
				"Barn\n\nThe fire broke out Wednesday, the county said.",
			}},
		{"a noun in a verb's adjunct before the clause",
			[]string{
				"Ridge\n\nHikers saw ash over the ridge before the fire broke out late Tuesday, rangers said.",
				"Ridge\n\nThe fire broke out late Monday, rangers said.",
			}},
		{"the clause's subject postmodified",
			[]string{
				"Yard\n\nCrews were sent to the yard after the blaze at the Pellam lumber mill broke out late Tuesday, the county said.",
				"Yard\n\nThe blaze at the Pellam lumber mill broke out late Monday, the county said.",
			}},
	}
	for _, c := range found {
		if got := kinds(runDated(c.docs...).Discrepancies); !strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want a date", c.name, got)
		}
	}
	none := []struct {
		name string
		docs []string
	}{
		{"the noun in the adjunct is not dated",
			[]string{
				"Flat\n\nNeighbours heard a bitter quarrel in the flat before the stabbing happened late Friday, police said.",
				"Flat\n\nA bitter quarrel broke out in the flat late Thursday, police said.",
			}},
		{"a fronted clause of time with no comma",
			[]string{
				"Square\n\nHours after the march in the square unrest broke out Sunday, police said.",
				"Square\n\nThe march in the square took place Saturday, police said.",
			}},
	}
	for _, c := range none {
		if got := kinds(runDated(c.docs...).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no date", c.name, got)
		}
	}
}
