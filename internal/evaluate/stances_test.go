package evaluate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
)

func TestScoreStances(t *testing.T) {
	ss, err := LoadStanceStories("testdata/stances-fixture.jsonl")
	if err != nil || len(ss) != 1 {
		t.Fatalf("load: %v (%d stories)", err, len(ss))
	}
	s := ss[0]
	labels := map[string]string{"id1": "2_1ecb", "id2": "2_2ecb"}
	sp := func(n string) *string { return &n }
	stances := []corroborate.Stance{
		{Holder: "Budd", Claim: "the flaw is not dangerous", Position: "denies", Article: "id1"},         // right: short name, base forms
		{Holder: "Example Corp.", Claim: "the flaws are dangerous", Position: "affirms", Article: "id2"}, // right: plural
		{Holder: "Example Corp", Claim: "the flaw is dangerous", Position: "denies", Article: "id1"},     // wrong position
		{Holder: "Budd", Claim: "the patch is late", Position: "affirms", Article: "id1"},                // no such claim
		{Holder: "Smith", Claim: "the flaw is dangerous", Position: "affirms", Article: "id1"},           // wrong holder
	}
	quotes := []corroborate.Quote{{Speaker: sp("Christopher Budd")}, {Speaker: sp("Budd")}, {Speaker: sp("Tuesday")}, {Speaker: sp("Example Corp")}, {Speaker: nil},
		{Speaker: sp("Aides"), SpeakerKind: "group"}, {Speaker: sp("the report"), SpeakerKind: "document"}, // no names: not counted
		{Speaker: sp("Engineers"), SpeakerKind: "group", Members: []string{"Budd", "Olaf Brandt"}}} // members count as names
	sc, notes := scoreStances(s, stances, quotes, labels)
	want := StanceScore{Stories: 1, StanceRight: 2, StanceReported: 5, StanceFound: 2, StanceExpected: 3, SpeakerRight: 3, SpeakerNames: 5,
		WrongBy: map[string]int{"position": 1, "claim": 1, "holder": 1}}
	if !reflect.DeepEqual(sc, want) {
		t.Errorf("score = %+v, want %+v\n%v", sc, want, notes)
	}
	// A holder of the claim in other articles only fails at the article.
	far := []corroborate.Stance{{Holder: "Budd", Claim: "the flaw is not dangerous", Position: "denies", Article: "id2"}}
	if sc, _ := scoreStances(s, far, nil, labels); sc.WrongBy["article"] != 1 {
		t.Errorf("wrong by = %v, want article 1", sc.WrongBy)
	}
}

func TestNamesMatch(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Budd", "Christopher Budd", true},
		{"THR", "The Hollywood Reporter", true},
		{"Yusuf Kamal’ al-Rashidi", "Rashidi", true},
		{"Tuesday", "Christopher Budd", false},
		{"AP", "The Hollywood Reporter", false},
		{"sources", "a source", true},          // a group and one of its members
		{"one witness", "witnesses", true},     // lower-case nouns by base form
		{"one witness", "one official", false}, // "one" identifies no one
		{"Williams", "Tom William", false},     // a name keeps its form
		{"the F.B.I.", "Federal Bureau of Investigation", true},
		{"parents", "the parent company", false},     // a longer phrase names something else
		{"residents", "a resident's lawyer", false},  // a possessive: the lawyer
		{"two officers", "an officer", true},         // a numeral before the head
		{"voters", "registered voter groups", false}, // not one head noun
	} {
		if got := namesMatch(c.a, c.b); got != c.want {
			t.Errorf("namesMatch(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// A claim that labels one member apart from its group keeps them apart.
	split := []LabelHolder{{Holder: "one witness"}, {Holder: "witnesses"}}
	for _, c := range []struct {
		holders []LabelHolder
		a, b    string
		want    bool
	}{
		{split, "witnesses", "a witness", false},
		{split, "one witness", "a witness", true},
		{split, "witnesses", "witnesses", true},
		{split[1:], "witnesses", "a witness", true},
	} {
		if got := namesMatchIn(c.holders, c.a, c.b); got != c.want {
			t.Errorf("namesMatchIn(%d holders, %q, %q) = %v, want %v", len(c.holders), c.a, c.b, got, c.want)
		}
	}
}

func TestDescribedIn(t *testing.T) {
	const said = "The harbour master says the pier \"is unsafe.\""
	for _, c := range []struct {
		holder, sentence, evidence string
		want                       bool
	}{
		{"the harbour master", said, said, true},
		{"the harbour master", said + " He left.", said, true}, // the engine's sentence holds the evidence
		{"harbour master", "", "On Monday, the harbour master said the pier was unsafe.", true},
		{"the treasurer", "", "According to the club's treasurer, the accounts were sound.", true},
		{"the treasurer", "", "Tom Vale and the treasurer said the accounts were sound.", true}, // a coordinated subject
		{"an aide", "", "The coach told an aide the pitch was flooded.", false},                 // an object, not a speaker
		{"the harbour master", "", "The pier is unsafe, Tom Vale said.", false},                 // not written there
		{"Tom Vale", "", "Tom Vale said the pier is unsafe.", false},                            // a name: namesMatch's
		{"the harbour master", "", "", false},
		{"an aide", "", "Tom Vale, aided by an aidee, said the pier was unsafe.", false},                                        // no word boundary
		{"the master", "", "Masterfully, Tom Vale said the pier was unsafe.", false},                                            // no word boundary
		{"the captain", "", "Tom Vale said that the captain was wrong.", false},                                                 // "that" opens the reported clause
		{"police", "", "Tom Vale said the pier was unsafe, but police disagreed.", false},                                       // another clause's subject
		{"the treasurer", "", "Tom Vale praised the accounts and the treasurer said so.", false},                                // clauses joined, not subjects
		{"the victim", "", "The victim's mother, Ann Vale, said the pier was unsafe.", false},                                   // a possessive, not the holder
		{"a spokeswoman", "A spokeswoman said the pier was shut.", "Tom Vale, a spokeswoman, said the pier was unsafe.", false}, // another sentence
	} {
		sentence := c.sentence
		if sentence == "" {
			sentence = c.evidence
		}
		if got := describedIn(c.holder, sentence, c.evidence); got != c.want {
			t.Errorf("describedIn(%q, %q, %q) = %v, want %v", c.holder, sentence, c.evidence, got, c.want)
		}
	}
}

func TestStanceGroup(t *testing.T) {
	for _, c := range []struct {
		s    StanceStory
		want string
	}{
		{StanceStory{Story: "2a", Docs: []string{"2_1ecb", "2_3ecbplus"}}, string(HalfOf("2"))},
		{StanceStory{Story: "seeds", Docs: []string{"000", "001"}}, "seeds"},
	} {
		if g := stanceGroup(c.s); g != c.want {
			t.Errorf("%s: group %q, want %q", c.s.Story, g, c.want)
		}
	}
}

func TestClaimMatches(t *testing.T) {
	for _, c := range []struct {
		keywords []string
		claim    string
		want     bool
	}{
		{[]string{"Marlow", "danger"}, "Marlow remains a danger to the region", true},
		{[]string{"Marlow", "danger"}, "Marlow is defeated", false},
		{[]string{"fire", "arson"}, "the blaze was arson", true},
		{[]string{"fire", "arson"}, "the blaze was an accident", false},
		{[]string{"fire", "investigate"}, "the fire is being investigated", true},
		// The words of one name count once: the subject alone is no claim.
		{[]string{"Ada", "Brenner", "resign", "post"}, "Ada Brenner wants a bigger salary", false},
		{[]string{"Ada", "Brenner", "resign", "post"}, "Ada Brenner will resign her post", true},
		{[]string{"Brenner", "Okafor", "met"}, "Brenner and Okafor argued", true},
		// A name's word matches only as written, not by a sense of it.
		{[]string{"Ada", "Brenner", "Rush", "Hour"}, "Ada Brenner hurried home", false},
		{[]string{"Ada", "Brenner", "Rush", "Hour"}, "Ada Brenner will film Rush Hour", true},
		// A name's word still matches its own forms (a stem shared).
		{[]string{"Iceland", "strike"}, "the Icelandic strike closed the port", true},
		// A hyphenated word is one hit, counted once, whatever a map's order.
		{[]string{"government", "resign"}, "the government praised the pro-government press", false},
	} {
		for range 50 { // claimUnits reads a map: the answer must not depend on its order
			if got := claimMatches(lexicon.Default(), c.keywords, c.claim); got != c.want {
				t.Errorf("%v ~ %q = %v, want %v", c.keywords, c.claim, got, c.want)
				break
			}
		}
	}
}

// A claim in the opposite words of a labelled one (one keyword replaced by a
// WordNet antonym) matches it with the position turned; a claim the
// keywords match as they are is no opposite.
func TestOppositeClaimMatches(t *testing.T) {
	for _, c := range []struct {
		keywords []string
		claim    string
		want     bool
	}{
		{[]string{"ferry", "unsafe"}, "the ferry was safe", true},
		{[]string{"club", "lose", "appeal"}, "the club won the appeal", true},
		{[]string{"ferry", "unsafe"}, "the ferry was late", false},
		{[]string{"ferry", "unsafe"}, "the bridge was safe", false},
	} {
		if got := oppositeClaimMatches(lexicon.Default(), c.keywords, c.claim); got != c.want {
			t.Errorf("%v ~ opposite %q = %v, want %v", c.keywords, c.claim, got, c.want)
		}
	}
	s := StanceStory{Story: "901a", Claims: []LabelledClaim{{Claim: "the ferry is unsafe", Keywords: []string{"ferry", "unsafe"},
		Holders: []LabelHolder{{Holder: "Gull Line", Position: "denies", Docs: []string{"d1"}}}}}}
	x := corroborate.Stance{Claim: "the ferry was safe", Holder: "Gull Line", Position: "affirms", Article: "a1"}
	if sc, _ := scoreStances(s, []corroborate.Stance{x}, nil, map[string]string{"a1": "d1"}); sc.StanceRight != 1 {
		t.Errorf("an opposite claim affirmed: %+v, want the labelled denial matched", sc)
	}
	x.Position = "denies"
	if sc, _ := scoreStances(s, []corroborate.Stance{x}, nil, map[string]string{"a1": "d1"}); sc.StanceRight != 0 {
		t.Errorf("an opposite claim denied: %+v, want no match", sc)
	}
}

// A half not asked for is neither read nor printed: its articles are not
// even looked up (here they are missing from the kit, an error if read).
func TestRunStancesHalves(t *testing.T) {
	f := filepath.Join(t.TempDir(), "labels.jsonl")
	line := `{"story": "3b", "docs": ["3_1ecb"], "claims": []}` + "\n"
	if err := os.WriteFile(f, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	if HalfOf(ECBTopic("3b")) != Holdout {
		t.Fatal("fixture: story 3b must be in the holdout half")
	}
	var out strings.Builder
	if err := RunStances(context.Background(), &out, []string{f}, t.TempDir(), map[string]string{}, []Half{Tune}, "", false); err != nil {
		t.Fatalf("tune only: %v", err)
	}
	if strings.Contains(out.String(), "holdout") {
		t.Errorf("tune only printed the holdout half:\n%s", out.String())
	}
	if err := RunStances(context.Background(), &out, []string{f}, t.TempDir(), map[string]string{}, nil, "", false); err == nil {
		t.Errorf("both halves: want an error for the missing holdout article")
	}
}

// With a part, a tune story of the other part is neither read nor printed,
// and the line is named by its part.
func TestRunStancesPart(t *testing.T) {
	f := filepath.Join(t.TempDir(), "labels.jsonl")
	var lines strings.Builder
	stories := map[string]string{}
	for topic := 1; topic < 60 && len(stories) < 2; topic++ {
		tp := fmt.Sprint(topic)
		if HalfOf(tp) != Tune {
			continue
		}
		if _, ok := stories[PartOf(tp)]; !ok {
			stories[PartOf(tp)] = tp
		}
	}
	if len(stories) != 2 {
		t.Fatal("fixture: no tune topic of each part")
	}
	// Part a's story has no articles (it scores nothing); part b's names an
	// article the kit lacks, an error if read.
	fmt.Fprintf(&lines, `{"story": "%sa", "docs": [], "claims": []}`+"\n", stories["a"])
	fmt.Fprintf(&lines, `{"story": "%sa", "docs": ["%s_1ecb"], "claims": []}`+"\n", stories["b"], stories["b"])
	if err := os.WriteFile(f, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := RunStances(context.Background(), &out, []string{f}, t.TempDir(), map[string]string{}, []Half{Tune}, "a", false); err != nil {
		t.Fatalf("part a: %v", err)
	}
	if !strings.Contains(out.String(), " tune-a ") || strings.Contains(out.String(), "tune-b") {
		t.Errorf("part a printed:\n%s", out.String())
	}
	if err := RunStances(context.Background(), &out, []string{f}, t.TempDir(), map[string]string{}, []Half{Tune}, "b", false); err == nil {
		t.Errorf("part b: want an error for the missing article")
	}
}
