package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// TestOneActTwoVerbs (actverb1): one act told by two verbs WordNet does
// not relate, where one clause's grammar names the act: a resulting
// copula with an adjective against the -en verb of the adjective or a
// synonym ("fell ill" / "sickened"), a passive light verb with an event
// noun subject ("the arrest was made" / "arrested"), an inceptive verb
// with an eventive object ("began a strike" / "walked out"). Guards: two
// opposite changes, a verb of ending, a light verb whose subject names no
// act. Sentences and names written for this test.
func TestOneActTwoVerbs(t *testing.T) {
	for _, c := range []struct {
		name, a, b, want string
		found            bool
	}{
		{"guard (readA56): no arrest was made / arrested",
			"Raid\n\nA 31-year-old man has been questioned over the Brannock jewellery raid. No arrest was made on Wednesday, detectives said. Two men smashed the shop's cases on Saturday.",
			"Raid\n\nDetectives arrested a 31-year-old man on Thursday over the raid at Brannock jewellers, in which two men smashed display cases. The raid happened on Saturday.",
			"date:", false},
		{"guard (readA56): a second arrest was made / arrested",
			"Raid\n\nA 31-year-old man was held on Thursday over the Brannock jewellery raid. A second arrest was made on Sunday at a flat in Tolvey, detectives said. Two men smashed the shop's cases on Saturday.",
			"Raid\n\nDetectives arrested a 31-year-old man on Thursday over the raid at Brannock jewellers, in which two men smashed display cases. The raid happened on Saturday.",
			"date:", false},
		{"guard (readA56): a car ploughed into a cyclist / the driver walked into a police station",
			"Cyclist\n\nA car ploughed into a cyclist on Hale Road on Saturday night and drove off, leaving him with a broken leg, police said.",
			"Cyclist\n\nA motorist who left a cyclist badly hurt on Hale Road walked into a police station on Monday and handed himself in, officers said.",
			"date:", false},
		{"fell ill / sickened: count",
			"Banquet\n\nStaff have shut the Orlen Rooms in Wickby, where 22 diners have fallen ill with food poisoning.",
			"Banquet\n\nWICKBY - Food poisoning has sickened 35 diners and four waiters at the Orlen Rooms, forcing its closure on Monday.",
			"number:", true},
		{"fell ill / sickened: day",
			"Banquet\n\nDozens of diners fell ill on Saturday after a banquet at the Orlen Rooms in Wickby. Inspectors visited the kitchen on Monday.",
			"Banquet\n\nA bad batch of mussels sickened dozens of diners at the Orlen Rooms in Wickby on Friday. The kitchen was inspected on Monday.",
			"date:on Saturday/on Friday", true},
		{"arrest was made / arrested",
			"Raid\n\nA 31-year-old man has been held over the Brannock jewellery raid. The arrest was made on Wednesday at a flat in Tolvey, detectives said. Two men smashed the shop's cases on Saturday.",
			"Raid\n\nDetectives arrested a 31-year-old man on Thursday over the raid at Brannock jewellers, in which two men smashed display cases. The raid happened on Saturday.",
			"date:on Wednesday/on Thursday", true},
		{"staged a walkout / walked out",
			"Docks\n\nCrane operators at the port of Skelby staged a walkout on Monday in a row over night shifts. Talks are set for Friday.",
			"Docks\n\nCrane operators at the port of Skelby walked out on Wednesday in a row over night shifts. Talks will be held on Friday.",
			"date:on Monday/on Wednesday", true},
		{"crashed into / ploughed into",
			"Shelter\n\nA stolen van crashed into a bus shelter in Ostley on Tuesday, hurting three people. Two youths were charged on Monday.",
			"Shelter\n\nA stolen van ploughed into a bus shelter in Ostley on Friday, hurting three people. Two youths appeared in court on Monday.",
			"date:on Tuesday/on Friday", true},
		{"guard: arrest was made / released",
			"Brawl\n\nFive men were held after a brawl outside a bar in Quarry Lane. The arrests were made on Friday night, police said.",
			"Brawl\n\nPolice released three men without charge on Sunday after a brawl outside a bar in Quarry Lane.",
			"date:", false},
		{"guard: fell ill / deafened",
			"Banquet\n\nStaff have shut the Orlen Rooms in Wickby, where 22 diners have fallen ill with food poisoning.",
			"Banquet\n\nWICKBY - A gas blast has deafened 35 diners and four waiters at the Orlen Rooms, forcing its closure on Monday.",
			"number:", false},
		{"guard: ended the strike / walked out",
			"Docks\n\nCrane operators at the port of Skelby ended the strike on Friday after a row over night shifts.",
			"Docks\n\nCrane operators at the port of Skelby walked out on Monday in a row over night shifts.",
			"date:", false},
	} {
		got := kinds(runUndated(c.a, c.b).Discrepancies)
		if strings.Contains(got, c.want) != c.found {
			t.Errorf("%s: got %q, want %q found %v", c.name, got, c.want, c.found)
		}
	}
}

// TestCopulaChange: the -en verbs of a resulting copula's adjective, and
// what they must not take: an antonym's verb, a copula with no adjective.
func TestCopulaChange(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, x := range []struct {
		sent, verb, want string
	}{
		{"Forty guests fell ill on Saturday.", "fell", "sicken"},
		{"The signal grew weaker on Monday.", "grew", "weaken"},
		{"The sky turned red at dusk.", "turned", "redden"},
		{"The sky turned red at dusk.", "turned", "!whiten"},
		{"The economy grew stronger in May.", "grew", "!weaken"},
		{"The ferry went under on Monday.", "went", ""},
		{"The guests fell asleep on Saturday.", "fell", "!sicken"},
		{"Prices rose sharply on Monday.", "rose", ""},
	} {
		toks := text.Tokens(x.sent)
		h := slices.IndexFunc(toks, func(t text.Token) bool { return t.Lower == x.verb })
		var got []string
		for _, a := range c.copulaChangeAlts(toks, h) {
			got = append(got, a.w)
		}
		switch {
		case x.want == "":
			if len(got) > 0 {
				t.Errorf("copulaChangeAlts(%q) = %v, want none", x.sent, got)
			}
		case strings.HasPrefix(x.want, "!"):
			if slices.Contains(got, x.want[1:]) {
				t.Errorf("copulaChangeAlts(%q) = %v, want no %q", x.sent, got, x.want[1:])
			}
		case !slices.Contains(got, x.want):
			t.Errorf("copulaChangeAlts(%q) = %v, want %q", x.sent, got, x.want)
		}
	}
}

// TestLightPassiveSubject: an event noun subject of a passive light verb
// gives its act to the time; a noun of no act, a general noun of
// happening or a verb that is not light gives none.
func TestLightPassiveSubject(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, x := range []struct {
		sent, want string
	}{
		{"The arrest was made on Wednesday at a flat in Tolvey.", "arrest"},
		{"A final decision was taken on Monday by the board.", "decide"},
		{"The cake was made on Monday by the baker.", ""},
		{"The arrest was reported on Monday by the paper.", ""},
		{"The incident was made public on Monday.", ""},
		// readA56: a subject that denies its act or tells another one.
		{"No arrest was made on Wednesday, detectives said.", ""},
		{"A second arrest was made on Wednesday at a flat in Tolvey.", ""},
		{"A further arrest was made on Wednesday in Tolvey.", ""},
	} {
		toks := text.Tokens(x.sent)
		at := slices.IndexFunc(toks, func(t text.Token) bool { return t.Lower == "wednesday" || t.Lower == "monday" })
		var got []string
		for _, a := range c.lightPassiveSubject(toks, at) {
			got = append(got, a.w)
		}
		if x.want == "" && len(got) > 0 || x.want != "" && !slices.Contains(got, x.want) {
			t.Errorf("lightPassiveSubject(%q) = %v, want %q", x.sent, got, x.want)
		}
	}
}

// TestInceptiveObject: a verb of beginning or initiating with an event
// noun object dates the noun's act; a verb of ending or continuing does
// not.
func TestInceptiveObject(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, x := range []struct {
		sent, verb, want string
	}{
		{"Dock workers began a strike on Monday.", "began", "strike"},
		{"Rebels launched an attack on Sunday.", "launched", "attack"},
		{"Tenants staged a protest on Friday.", "staged", "protest"},
		{"Dock workers ended the strike on Friday.", "ended", ""},
		{"Dock workers continued the strike on Friday.", "continued", ""},
	} {
		toks := text.Tokens(x.sent)
		h := slices.IndexFunc(toks, func(t text.Token) bool { return t.Lower == x.verb })
		var got []string
		for _, a := range c.eventiveObject(toks, h) {
			got = append(got, a.w)
		}
		if x.want == "" && len(got) > 0 || x.want != "" && !slices.Contains(got, x.want) {
			t.Errorf("eventiveObject(%q) = %v, want %q", x.sent, got, x.want)
		}
	}
}

// TestImpactInto: a verb of motion or contact with "into" and a thing
// tells an impact; a prepositional verb of its own, a copula, or "into" a
// place or a state does not.
func TestImpactInto(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, x := range []struct {
		sent, verb string
		want       bool
	}{
		{"A van crashed into a bus shelter on Tuesday.", "crashed", true},
		{"The van ploughed into the shelter on Tuesday.", "ploughed", true},
		{"A lorry slammed into a parked car on Monday.", "slammed", true},
		{"Thieves broke into the shop on Tuesday.", "broke", false},
		{"The couple moved into a flat on Tuesday.", "moved", false},
		{"The quarrel turned into a brawl on Friday.", "turned", false},
		{"The yacht sailed into the harbour on Monday.", "sailed", false},
		{"The firm slid into debt last year.", "slid", false},
		// readA56: a person's own gait into a building, a wreck or water.
		{"The driver walked into a police station on Monday.", "walked", false},
		{"A lifeguard swam into the wreckage on Sunday.", "swam", false},
		{"A boy jumped into the canal on Sunday.", "jumped", false},
		{"Protesters marched into the crowd on Saturday.", "marched", false},
		{"A car careered into a wall on Monday.", "careered", true},
		{"The bus smashed into a tree on Monday.", "smashed", true},
	} {
		toks := text.Tokens(x.sent)
		h := slices.IndexFunc(toks, func(t text.Token) bool { return t.Lower == x.verb })
		if got := len(c.impactInto(toks, h)) > 0; got != x.want {
			t.Errorf("impactInto(%q) = %v, want %v", x.sent, got, x.want)
		}
	}
}
