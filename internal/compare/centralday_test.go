package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// TestCentralDays: two articles that date the story's central act (an
// attack told by any verb or noun of harm) in sentences worded apart, the
// act read from the weekday's clause, disagree on its day; a later act, a
// bound of time, a noun modifying another and a second happening give no
// central day.
func TestCentralDays(t *testing.T) {
	found := []dayFound{
		{"gunfire as the subject of its verb",
			[]string{
				"Trouble on the ferry\n\nPassengers screamed after gunfire erupted on the car deck of the ferry Thursday evening.",
				"Trouble on the ferry\n\nA ferry mate shot two deckhands in the galley of the night boat to Orvel shortly before midnight Saturday during a quarrel over wages.",
			},
			"Thursday evening/Saturday"},
		{"a clause of simultaneity after a noun of the act",
			[]string{
				"Stabbing behind the hall\n\nThe stabbing happened while two bands were loading their vans behind the Orvel town hall on Monday.",
				"Stabbing behind the hall\n\nA drummer was stabbed behind the town hall on Wednesday morning.",
			},
			"on Monday/on Wednesday morning"},
		{"the day of a noun of the act in a clause of a present state",
			[]string{
				"Stabbing at the pier\n\nThe ticket clerk on the pier is dead after a stabbing on the boardwalk Monday evening.",
				"Stabbing at the pier\n\nA ferry porter bled to death beside the ticket booth after he was knifed late Wednesday.",
			},
			"Monday evening/late Wednesday"},
		{"the act told by its general noun, an attack",
			[]string{
				"Trouble at the market\n\nTwo bakers were hurt in an attack at the bakery on Sunday. The elder, a 52-year-old, was stabbed in the arm.",
				"Trouble at the market\n\nA stall holder stabbed two bakers late Tuesday, the market warden said.",
			},
			"on Sunday/late Tuesday"},
		{"shots heard ringing out: the object of a verb of perception and its bare infinitive",
			[]string{
				"Boy hurt on Birch Lane\n\nA boy of nine is in hospital and his uncle is dead after both were shot outside their house in Orvel.\n\nIt happened on Birch Lane as neighbours said they heard three shots ring out behind the fish market on a quiet Sunday afternoon.",
				"Boy hurt on Birch Lane\n\nPolice said Tuesday that the uncle of a boy of nine died two days after gunmen shot him outside a house in Orvel.\n\nThe boy was hit Saturday when two men drove up in a grey van and opened fire.",
			},
			"date:Sunday afternoon/Saturday"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"an arrest after the attack",
			[]string{
				"Shots at the mill\n\nA mill hand was arrested Tuesday after a guard was shot near the old mill on Birch Lane.",
				"Shots at the mill\n\nDogs began to bark after gunfire erupted near the old mill Saturday evening.",
			}},
		{"a bound of time",
			[]string{
				"Shots at the mill\n\nThe road by the old mill has stayed closed since Tuesday, when gunfire wounded a guard.",
				"Shots at the mill\n\nDogs began to bark after gunfire erupted near the old mill Saturday evening.",
			}},
		{"a second happening",
			[]string{
				"Shots at the mill\n\nA guard was shot near the mill Saturday evening.\n\nTwo days later another guard was shot near the gate on Monday.",
				"Shots at the mill\n\nA watchman was wounded Saturday night near the old mill.",
			}},
	}
	expectNoDays(t, none)
}

// TestClauseAct: the act a weekday's clause gives it, read back from it.
func TestClauseAct(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []struct {
		sent, day string
		want      bool
	}{
		{"Gunfire erupted Tuesday near the school.", "Tuesday", true},
		{"A clerk shot a robber behind the counter of a small shop on Elm Street around noon Friday.", "Friday", true},
		{"A nurse was arrested over the stabbing of a neighbour in Elm on Monday.", "Monday", true},
		{"A cook was released from hospital Monday, a week after he was shot.", "Monday", false},
		{"A courier collapsed and died at the scene on Monday.", "Monday", true},
		{"A chaplain sat with the shooting victim at the clinic on Monday.", "Monday", false},
		{"Police searched the house until Monday.", "Monday", false},
		{"Detectives arrested a suspect after Friday's shooting.", "Friday", true},
		{"The stabbing happened while two bands were loading their vans on Monday.", "Monday", true},
		{"On Friday, a sniper opened fire on a ferry.", "Friday", true},
		{"On Friday, deputies arrested a gunman.", "Friday", false},
		{"Friday, May 3, 2019\n\nA sniper opened fire on a ferry.", "Friday", false},
		{"Gunman kills two\n\nA vigil turned into a march Monday night.", "Monday", false},
		// A "when" clause after the day tells what happened then.
		{"A baker was alone at the counter late Sunday when a stranger fired two shots through the window.", "Sunday", true},
		{"A ferryman was at the helm on Sunday night, when gunfire broke out below deck.", "Sunday", true},
		{"A roofer was arrested Sunday when he went back to the site of the stabbing.", "Sunday", false},
		{"A roofer was arrested Sunday when he came home.", "Sunday", false},
		// A death coordinated with the harm that caused it.
		{"Three hikers were stabbed and one of them died late Thursday near the ridge.", "Thursday", true},
		{"A hiker was stabbed last month and died Thursday.", "Thursday", false},
		{"A hiker was found and questioned on Thursday.", "Thursday", false},
		// A place, an address or an age set off by commas before the day.
		{"Two ferry hands were knifed behind the chandlery, on Quay Row, Thursday.", "Thursday", true},
		{"Roe was jailed over the stabbing of the grocer, Ann Doe, on Monday.", "Monday", true},
		{"A porter who was stabbed in May was honoured at the pier, in Port Elby, on Thursday.", "Thursday", false},
		{"A porter was stabbed on the ferry ramp, the busiest in the port, on Thursday.", "Thursday", false},
		// "once" after its verb is the adverb, not a subordinator.
		{"A drover was stabbed once with a pitchfork at the fair on Thursday.", "Thursday", true},
		{"The ferry left once the guard had been questioned Thursday.", "Thursday", false},
		// A relative pronoun standing for a noun of the act.
		{"The fair closed early after a stabbing that put a juggler in hospital late Tuesday.", "Tuesday", true},
		{"A cook was questioned about a stabbing that was reported to harbour police Tuesday night.", "Tuesday", true},
		{"A stabbing that police reviewed on Tuesday had been reported in May.", "Tuesday", false},
		{"Footage of the stabbing of a porter on the quay was released Tuesday.", "Tuesday", false},
		// "following" as a preposition, as "after"; a verb after "be".
		{"A roofer is charged with stabbing a tiler following a row over wages at the depot on Friday.", "Friday", true},
		{"A tiler who was stabbed in May was following the van on Friday.", "Friday", false},
		{"A tiler who was stabbed in May was not following the van on Friday.", "Friday", false},
		{"A tiler who was stabbed in May was reportedly following the van on Friday.", "Friday", false},
		// A noun of attack names the attack; a compound such as "heart
		// attack" names something else.
		{"Two bakers were hurt in an attack at the bakery on Sunday.", "Sunday", true},
		{"A ferryman suffered a heart attack on the pier on Sunday.", "Sunday", false},
		// A weekday premodifying a noun of the act past a part of the day
		// or adjectives ("Friday's fatal stabbing", "the Sunday night
		// stabbing"); not past a numeral or a word of a second happening.
		{"Detectives questioned a drover about Friday's fatal stabbing near the quay.", "Friday", true},
		{"Detectives arrested a drover after the Sunday night stabbing at the fair.", "Sunday", true},
		{"A roofer was jailed over the Thursday double stabbing on Quay Row.", "Thursday", true},
		{"A roofer was jailed over the Thursday drive-by stabbing on Quay Row.", "Thursday", true},
		{"Detectives were called to Friday's second stabbing at the fair.", "Friday", false},
		{"Harbour police logged Monday two stabbings on the quay.", "Monday", false},
		{"A roofer was jailed on Thursday night near the stabbing site.", "Thursday", false},
		// An adjective of contrast sets the act apart from the story's
		// ("Friday's unrelated stabbing"): another act, another day.
		{"Detectives linked a drover to Friday's unrelated stabbing near the quay.", "Friday", false},
		{"Detectives linked a drover to Friday's separate stabbing near the quay.", "Friday", false},
		{"Detectives questioned a drover about Saturday's other stabbing at the fair.", "Saturday", false},
		{"Detectives questioned a drover about Friday's brutal late-night stabbing near the quay.", "Friday", true},
		// The object of a verb of perception and the bare infinitive after
		// it are one clause ("heard three shots ring out"): the noun is
		// that clause's subject, no premodifier of the word after it.
		{"Two dockers heard three shots ring out behind the fish market on Sunday.", "Sunday", true},
		{"Walkers heard several shots echo across the reservoir late Sunday.", "Sunday", true},
		{"Two dockers saw the shooting suspect flee the fish market on Sunday.", "Sunday", false},
		{"Two dockers said the shots echo in their dreams each Sunday.", "Sunday", false},
		// Perceived in a record of it, the happening is older than the
		// perceiving: the day dates the hearing.
		{"The jury heard shots ring out Tuesday in a recording of the emergency call.", "Tuesday", false},
		{"Residents heard gunshots ring out on the estate on Tuesday.", "Tuesday", true},
	}
	for _, tc := range cases {
		toks := text.Tokens(tc.sent)
		at := -1
		for k, tk := range toks {
			if strings.HasPrefix(tk.Text, tc.day) {
				at = k
			}
		}
		if got := c.clauseAct(tc.sent, toks, at, at+1, centralAttack); got != tc.want {
			t.Errorf("clauseAct(%q, %q) = %v, want %v", tc.sent, tc.day, got, tc.want)
		}
	}
}

// TestTellsSecond: a word of a second happening with the act tells a second
// happening ("another shooting", "Earlier, ..."); "Earlier:" labelling an
// update's earlier report tells the one happening.
func TestTellsSecond(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []struct {
		sent string
		want bool
	}{
		{"Earlier: a ferry hand was shot on the quay Tuesday night.", false},
		{"Another shooting broke out near the depot hours after the first.", true},
		{"It was the second deadly stabbing on the quay this year.", true},
		{"Earlier, a ferry hand was shot on the quay Tuesday night.", true},
		{"Gunfire rang out again near the depot.", true},
	}
	for _, tc := range cases {
		if got := c.tellsSecond(text.Tokens(tc.sent), centralAttack); got != tc.want {
			t.Errorf("tellsSecond(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// TestNounDatedNow: a weekday after a noun of the act, in a clause of a
// present state, dates the act; in the present progressive, or past a
// verb, it does not.
func TestNounDatedNow(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []struct {
		sent string
		want bool
	}{
		{"The night boat is back in service after a stabbing on its car deck off Port Elby, Maine Friday night.", true},
		{"Roe is charged with stabbing a porter Monday.", true},
		{"Police are investigating a stabbing at the pier Monday.", false},
		{"A cook is at home after he stabbed a porter Monday.", false},
		{"A cook has recovered from the stabbing and returns to work Monday.", false},
	}
	for _, tc := range cases {
		toks := text.Tokens(tc.sent)
		at := -1
		for k, tk := range toks {
			if strings.HasSuffix(tk.Text, "day") {
				at = k
			}
		}
		if got := c.nounDatedNow(toks, at, centralAttack); got != tc.want {
			t.Errorf("nounDatedNow(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// TestAttackNoun: a noun whose commonest sense is the act "attack" names it;
// a noun that shares another sense with it does not.
func TestAttackNoun(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for w, want := range map[string]bool{"attack": true, "attacks": true, "assault": false, "onset": false, "stabbing": false} {
		if got := c.attackNoun(w); got != want {
			t.Errorf("attackNoun(%q) = %v, want %v", w, got, want)
		}
	}
	// The synsets of "attack" are looked up once, not at every call.
	if n := testing.AllocsPerRun(50, func() { c.attackNoun("attacks") }); n != 0 {
		t.Errorf("attackNoun allocates %v times a call, want 0", n)
	}
}
