package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// TestOnlyDaysOfHarm: two articles that each give one day to the harm they
// tell, by two verbs of harm and no shared word, disagree on the day of
// one attack; an article that dates harms on two days, a verb of no harm,
// or two sentences about two named people give no such day.
func TestOnlyDaysOfHarm(t *testing.T) {
	found := []dayFound{
		{"wounded and shot",
			[]string{
				"Gunfire at a party\n\nThree guests were wounded at a birthday party in Elm County Saturday.",
				"Gunfire at a party\n\nNone of them seemed badly hurt after being shot early Friday at a lodge hall, deputies said.\n\nA suspect was arrested on Monday.",
			},
			"Saturday/early Friday"},
		{"a wound suffered and a shooting",
			[]string{
				"Boy hurt\n\nA 6-year-old boy suffered a gunshot wound to the leg Tuesday morning, deputies said.",
				"Boy hurt\n\nA young boy was shot once in the leg near Elm Park on Thursday morning.",
			},
			"Tuesday morning/on Thursday morning"},
		{"a killing and a shooting told by its noun",
			[]string{
				"Girl dies\n\nA bus driver's daughter was killed Tuesday afternoon near the old mill.",
				"Girl dies\n\nDetectives made an arrest in the fatal shooting Sunday of a 9-year-old girl.",
			},
			"Tuesday afternoon/Sunday"},
		{"shots fired and people shot",
			[]string{
				"Shots at a fair\n\nFour people were shot, one fatally, during an attack at the county fair early Tuesday, deputies said.",
				"Shots at a fair\n\nA woman was killed and three more people were hurt when two men opened fire outside the county fair early Friday.",
			},
			"early Tuesday/early Friday"},
		{"a killing told by a noun of no verb",
			[]string{
				"Farmer dies\n\nA farmer was killed at his farmhouse outside Elm late Thursday, deputies said.",
				"Farmer dies\n\nA neighbour found the victim of the Saturday homicide at a farmhouse outside Elm.",
			},
			"late Thursday/Saturday"},
		{"a killing and the shots that did it",
			[]string{
				"Robber killed\n\nA guard who shot and killed a robber outside a pharmacy Thursday also hit a second man, deputies said.",
				"Robber killed\n\nDeputies said a pharmacy guard opened fire on Saturday morning on two robbers.",
			},
			"Thursday/on Saturday morning"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"an article with harms on two days",
			[]string{
				"Gunfire at a party\n\nThree guests were wounded at a birthday party in Elm County Saturday.",
				"Gunfire at a party\n\nNone of them seemed badly hurt after being shot early Friday at a lodge hall, deputies said.\n\nAnother man was stabbed on Monday.",
			}},
		{"a verb of no harm",
			[]string{
				"Gunfire at a party\n\nThree guests were questioned at a birthday party in Elm County Saturday.",
				"Gunfire at a party\n\nNone of them seemed badly hurt after being shot early Friday at a lodge hall, deputies said.",
			}},
		{"two named people",
			[]string{
				"Two hurt\n\nTomas Arveld was wounded at a birthday party in Elm County Saturday.",
				"Two hurt\n\nPolice said Ivo Brenn was shot early Friday at a lodge hall.",
			}},
	}
	expectNoDays(t, none)
}

// TestHarmDoneVerb: a verb of harm by its commonest senses, not by a rare
// sense of killing.
func TestHarmDoneVerb(t *testing.T) {
	c := newComparer(Input{})
	for w, want := range map[string]bool{"shoot": true, "wound": true, "stab": true, "murder": true, "injure": true, "open fire": true, "fire": false,
		"dispatch": false, "remove": false, "question": false, "arrest": false} {
		if got := c.harmDoneVerb(w); got != want {
			t.Errorf("%s: got %v, want %v", w, got, want)
		}
	}
}

// TestNounVerbs: a noun's verbs are those WordNet derives it from, else
// "kill" for a noun of killing derived from no verb, else those of the act
// right above it; none for another noun derived from no verb.
func TestNounVerbs(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ noun, want string }{
		{"homicide", "kill"}, {"manslaughter", "kill"}, {"shooting", "shoot"}, {"accident", ""}, {"weather", ""},
		{"gunfire", "shoot"}, {"gunshot", "shoot"}, // kinds of shooting
	} {
		got := strings.Join(c.nounVerbs(tc.noun), ",")
		if !strings.HasPrefix(got, tc.want) || tc.want == "" && got != "" {
			t.Errorf("%s: got %q, want %q", tc.noun, got, tc.want)
		}
	}
}

// verbAndDay tokenizes a sentence and finds its verb (written as verb) and
// its weekday, the last token ending in "day".
func verbAndDay(sentence, verb string) (toks []text.Token, h, at int) {
	toks = text.Tokens(sentence)
	h, at = -1, -1
	for k, tk := range toks {
		if tk.Text == verb {
			h = k
		}
		if strings.HasSuffix(tk.Text, "day") {
			at = k
		}
	}
	return toks, h, at
}

// TestHarmBeside: a verb of undergoing injuries with a harm for object
// tells that harm (undergoneHarm; another object, or another verb, tells
// none); a death at the scene tells the
// killing, and an accusation the harm its gerund names; a death elsewhere,
// an accusation of no harm, or a gerund after another verb tell none.
func TestHarmBeside(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, verb, want string }{
		{"The driver suffered a gunshot wound to the chest Tuesday.", "suffered", "wound"},
		{"Two officers sustained minor injuries Friday.", "sustained", "injure"},
		{"The club suffered a heavy defeat Friday.", "suffered", ""},
		{"The driver described a gunshot wound Tuesday.", "described", ""},
		{"A young man died Friday night at the scene, deputies said.", "died", "kill"},
		{"A young man died at the scene on Friday night.", "died", "kill"},
		{"A young man died at the hospital on Friday night.", "died", ""},
		{"A young man died Friday night, and neighbours gathered at the scene.", "died", ""},
		{"Police are looking for a man accused of stabbing his brother Tuesday.", "accused", "stab"},
		{"Police are looking for a man accused of stealing a truck Tuesday.", "accused", ""},
		{"Wardens detained a man on suspicion of shooting a deer Tuesday.", "detained", ""},
	} {
		toks, h, at := verbAndDay(tc.sentence, tc.verb)
		if got := c.harmBeside(toks, h, at); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestGerundVerb: an event noun is read as a form of a verb when it is
// that verb's -ing form or WordNet derives it from that verb; "wound" is
// no form of "wind".
func TestGerundVerb(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ noun, want string }{
		{"shooting", "shoot"}, {"attacks", "attack"}, {"wound", ""}, {"accident", ""},
	} {
		if got, _ := c.gerundVerb(tc.noun); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.noun, got, tc.want)
		}
	}
	if got := c.happeningOf("wound"); len(got) != 1 || got[0].w != "wound" {
		t.Errorf("happeningOf(wound): got %v, want wound", got)
	}
}

// TestAttackNounVerb: a noun of killing or shooting and a verb of harm may
// tell one attack; a noun of no harm or a verb of no harm do not.
func TestAttackNounVerb(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		noun, verb string
		want       bool
	}{
		{"homicide", "wound", true}, {"gunfire", "kill", true}, {"shooting", "injure", true},
		{"accident", "wound", false}, {"homicide", "arrest", false},
	} {
		n, v := datedAlt{tc.noun, lexicon.Noun}, datedAlt{tc.verb, lexicon.Verb}
		if got := c.attackNounVerb(n, v); got != tc.want || c.attackNounVerb(v, n) != tc.want {
			t.Errorf("%s/%s: got %v, want %v", tc.noun, tc.verb, got, tc.want)
		}
	}
}

// TestFileActVerbs: the verbs an act synset takes (derivedActVerbs) do not
// depend on the order the lexicon's forms come in, which is its hash
// table's and changes from run to run: the form whose sense the synset is
// most often wins, then the first form in alphabetical order. Made-up
// forms and synsets.
func TestFileActVerbs(t *testing.T) {
	type form struct {
		word  string
		rank  uint8
		verbs []string
	}
	for _, c := range []struct {
		name  string
		forms []form
		want  []string
	}{
		{"the same rank: the first form in alphabetical order",
			[]form{{"postponement", 0, []string{"postpone"}}, {"deferral", 0, []string{"defer"}}}, []string{"defer"}},
		{"the form whose sense it is most often",
			[]form{{"ambush", 2, []string{"ambush"}}, {"zapping", 0, []string{"zap"}}, {"blitz", 1, []string{"blitz"}}}, []string{"zap"}},
	} {
		for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {1, 2, 0}} {
			chosen := map[uint32]actVerbChoice{}
			for _, i := range order {
				if i >= len(c.forms) {
					continue
				}
				f := c.forms[i]
				senses := []lexicon.Sense{{POS: lexicon.Verb, Synset: 100}, {POS: lexicon.Noun, Lex: lexicon.NounAct, Synset: 100, Rank: f.rank}}
				fileActVerbs(chosen, f.word, senses, f.verbs)
			}
			if got := chosen[100].verbs; !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s, forms in the order %v: %v, want %v", c.name, order, got, c.want)
			}
		}
	}
}
