package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

const base = `Ministers meet over flood aid

Interior Minister Sofia Marin met aid agency chief Daniel Okafor in Rivertown on Monday to discuss help for the flooded north, the ministry said.

At least 12 people were killed and 40 injured when the river burst its banks last week, police said.

“The flood is no longer a threat to the city,” Marin said after the meeting.

Okafor said that the danger remains for villages downstream. “We need more boats and helicopters for the villages,” Okafor said.

More than 3,000 residents were evacuated, according to the regional government.`

func doc(id, text string, pub dates.Date) story.Doc {
	p := pub.String()
	a := &corroborate.Article{ID: id, Text: text, Published: &p, Title: corroborate.Ptr(strings.SplitN(text, "\n", 2)[0])}
	body := strings.SplitN(text, "\n\n", 2)[1]
	a.Text = body
	return story.Doc{Article: a, Analysis: mention.Analyze(body, pub, 0.9)}
}

func run(docs ...story.Doc) Result {
	st := &corroborate.Story{}
	m := story.Assemble(st, docs)
	return Compare(Input{Docs: docs, Merged: m})
}

func kinds(ds []corroborate.Discrepancy) string {
	var out []string
	for _, d := range ds {
		var vs []string
		for _, v := range d.Values {
			vs = append(vs, fmt.Sprint(v.Value))
		}
		out = append(out, d.Kind+":"+strings.Join(vs, "/"))
	}
	return strings.Join(out, " ")
}

var day = dates.Date{Year: 2023, Month: 5, Day: 10} // a Wednesday

// TestControlledChanges changes one fact in a copy of an article: that fact
// must be found, and nothing else.
func TestControlledChanges(t *testing.T) {
	tests := []struct {
		name, from, to string
		want           string
	}{
		{"toll", "At least 12 people were killed", "At least 15 people were killed", "number:at least 12/at least 15"},
		{"injured", "and 40 injured", "and 55 injured", "number:40/55"},
		{"day", "in Rivertown on Monday", "in Rivertown on Tuesday", "date:on Monday/on Tuesday"},
		{"speaker", "“We need more boats and helicopters for the villages,” Okafor said.", "“We need more boats and helicopters for the villages,” Marin said.", "speaker:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed := strings.Replace(base, tt.from, tt.to, 1)
			if changed == base {
				t.Fatal("nothing changed")
			}
			r := run(doc("a", base, day), doc("b", changed, day))
			got := kinds(r.Discrepancies)
			if len(r.Discrepancies) != 1 || !strings.HasPrefix(got, tt.want) {
				t.Errorf("discrepancies = %q, want exactly %q", got, tt.want)
			}
		})
	}
	// No change: nothing to report, and the facts are consensus.
	r := run(doc("a", base, day), doc("b", base, day))
	if len(r.Discrepancies) != 0 {
		t.Errorf("identical reports: %q", kinds(r.Discrepancies))
	}
	found := false
	for _, c := range r.Consensus {
		if strings.Contains(c.Fact, "12") && c.Origins == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("the toll both carry is not consensus: %+v", r.Consensus)
	}
}

func TestQualifiersAndUpdates(t *testing.T) {
	a := "Heat wave\n\nOver 500 people were arrested during the protests on Monday, police said."
	b := "Heat wave\n\n500 people were arrested during the protests on Monday, police said."
	if r := run(doc("a", a, day), doc("b", b, day)); len(r.Discrepancies) != 0 {
		t.Errorf("“over 500” and “500” agree: %q", kinds(r.Discrepancies))
	}
	c := "Heat wave\n\nAt least 500 people were arrested during the protests on Monday, police said."
	d := "Heat wave\n\nAt least 450 people were arrested during the protests on Monday, police said."
	if r := run(doc("c", c, day), doc("d", d, day)); len(r.Discrepancies) != 1 {
		t.Errorf("“at least 500” and “at least 450” differ: %q", kinds(r.Discrepancies))
	}
	early := "Bus crash\n\nAt least 8 people were killed when a bus crashed on Monday, police said."
	later := "Bus crash\n\nThe death toll rose to 11 people killed in Monday's bus crash, police said."
	r := run(doc("e", early, day), doc("f", later, dates.Date{Year: 2023, Month: 5, Day: 11}))
	if len(r.Discrepancies) != 0 {
		t.Errorf("a toll that rose later is an update, not a contradiction: %q", kinds(r.Discrepancies))
	}
}

// A near-copy that changes a figure is the most telling discrepancy: it is
// reported, with a note, never hidden because the copy is not independent.
func TestCopyChangingAValueIsReported(t *testing.T) {
	changed := strings.Replace(base, "At least 12 people", "At least 16 people", 1)
	a, b := doc("a", base, day), doc("b", changed, day)
	b.Article.CopyOf = corroborate.Ptr("a")
	r := run(a, b)
	if len(r.Discrepancies) != 1 || !strings.Contains(kinds(r.Discrepancies), "12") || !strings.Contains(kinds(r.Discrepancies), "16") {
		t.Fatalf("the copy's changed toll: %q", kinds(r.Discrepancies))
	}
	if n := r.Discrepancies[0].Note; n != "copy changed at least 12 → at least 16" {
		t.Errorf("note = %q", n)
	}
}

func TestStancesAndFraming(t *testing.T) {
	other := `Flood danger persists, says aid chief

Aid agency chief Daniel Okafor said on Tuesday that the flood remains a threat to villages downstream.

The disastrous response has angered residents, who waited days for help.`
	r := run(doc("a", base, day), doc("b", other, dates.Date{Year: 2023, Month: 5, Day: 11}))
	has := func(holder, pos string) bool {
		for _, s := range r.Stances {
			if strings.Contains(s.Holder, holder) && s.Position == pos && strings.Contains(s.Claim, "threat") {
				return true
			}
		}
		return false
	}
	if !has("Marin", "denies") {
		t.Errorf("Marin denies the threat: %+v", r.Stances)
	}
	if !has("Okafor", "affirms") {
		t.Errorf("Okafor affirms the threat: %+v", r.Stances)
	}
	var own []string
	for _, f := range r.Framing {
		if f.Article == "b" {
			own = f.OwnVoice
			if f.HeadlineVerb == nil || *f.HeadlineVerb != "says" {
				t.Errorf("headline verb %v", f.HeadlineVerb)
			}
		}
	}
	if len(own) != 1 || !strings.Contains(own[0], "disastrous response") {
		t.Errorf("own voice = %q", own)
	}
}

// A holder who says in other words that a state has ended takes the same
// position: "the group no longer runs checkpoints" (the group: the
// article's organisation) denies, with "is no longer active", that it
// remains active. (Sentences written for this test.)
func TestCeasedStateInOtherWords(t *testing.T) {
	a := `Militia no longer active, minister says

Interior Minister Sofia Marin said on Monday that the Red Ridge Militia is no longer active in the province.

Police chief Daniel Okafor said the Red Ridge Militia remains active in villages in the north.`
	b := `Minister meets police chief

Marin said in a statement on Tuesday that the group no longer runs checkpoints in the hills.

The Red Ridge Militia is still active near the farms, Okafor told reporters.`
	r := run(doc("a", a, day), doc("b", b, dates.Date{Year: 2023, Month: 5, Day: 11}))
	var claim string
	for _, s := range r.Stances {
		if strings.Contains(s.Holder, "Marin") && s.Position == "denies" && s.Article == "b" {
			claim = s.Claim
		}
	}
	if !strings.Contains(claim, "Red Ridge Militia") || !strings.Contains(claim, "active") {
		t.Errorf("Marin denies in b, in other words, that the militia is active: %+v", r.Stances)
	}
	for _, s := range r.Stances {
		if strings.Contains(s.Holder, "Okafor") && s.Position != "affirms" {
			t.Errorf("Okafor affirms: %+v", s)
		}
	}
}

// One speaker's words reprinted by several outlets are one statement, not
// two holders' positions, even when one outlet credits them to someone
// else; a claim two speakers make is one.
func TestRepeatedStatementIsOneHolder(t *testing.T) {
	quote := "“The old bridge is a danger to drivers,” %s said on Monday."
	a := "Bridge closed\n\n" + fmt.Sprintf(quote, "engineer Daniel Okafor") + "\n\nThe council met on Monday."
	b := "Bridge shut\n\n" + fmt.Sprintf(quote, "engineer Daniel Okafor") + "\n\nTraffic was diverted."
	c := "Bridge closed to traffic\n\nMayor Sofia Marin spoke to reporters.\n\n" + fmt.Sprintf(quote, "Marin")
	r := run(doc("a", a, day), doc("b", b, day), doc("c", c, day))
	for _, s := range r.Stances {
		if strings.Contains(s.Claim, "bridge") {
			t.Errorf("one statement reprinted is no key claim: %+v", s)
		}
	}
	d := "Bridge row\n\nMayor Sofia Marin said on Tuesday that the old bridge is a danger to drivers and must close."
	r = run(doc("a", a, day), doc("b", b, day), doc("d", d, day))
	n := 0
	for _, s := range r.Stances {
		if strings.Contains(s.Claim, "bridge") && s.Position == "affirms" {
			n++
		}
	}
	if n < 2 {
		t.Errorf("two speakers affirm the danger: %+v", r.Stances)
	}
}

// A quote printed without its speaker is the speaker's whom another outlet
// names for the same words; what the outlet says others allege is no
// position of its own.
func TestQuoteCreditedAndAllegations(t *testing.T) {
	a := "Bridge closed\n\n“The old bridge is a danger to drivers,” engineer Daniel Okafor said on Monday."
	b := "Bridge shut\n\nThe council met on Monday.\n\n“The old bridge is a danger to drivers.”"
	c := "Bridge row\n\nMayor Sofia Marin said on Tuesday that the old bridge is not a danger to drivers."
	d := "Bridge row goes on\n\nThe old bridge is allegedly a danger to drivers."
	r := run(doc("a", a, day), doc("b", b, day), doc("c", c, day), doc("d", d, day))
	var b2, d2 bool
	for _, s := range r.Stances {
		if s.Article == "b" {
			b2 = true
			if !strings.Contains(s.Holder, "Okafor") {
				t.Errorf("the quote in b is Okafor's: %+v", s)
			}
		}
		d2 = d2 || s.Article == "d"
	}
	if !b2 {
		t.Errorf("b holds a stance through Okafor's quote: %+v", r.Stances)
	}
	if d2 {
		t.Errorf("d reports an allegation, it takes no position: %+v", r.Stances)
	}
}

// A key claim is also held where it is said in another shape: "inspectors
// suspect sabotage" addresses "the outage was sabotage"; a negated
// predicate denies, "if" doubts, and someone's words the quote reader did
// not credit are no outlet's position. (Sentences written for this test.)
func TestClaimAddressedInOtherWords(t *testing.T) {
	a := "Power cut\n\nEngineer Daniel Okafor said the outage was being treated as sabotage."
	b := "Blackout\n\nPolice chief Sofia Marin said the outage was being investigated as sabotage."
	c := "Outage\n\nThe town lost power on Monday, and inspectors suspect sabotage in the outage."
	d := "Outage row\n\nMayor Lena Voss said on Tuesday that the outage was not sabotage."
	e := "Outage inquiry\n\nThe outage hit three towns overnight, and inspectors suspect sabotage."
	f := "Outage cause\n\nOfficials believe the outage was sabotage."
	r := run(doc("a", a, day), doc("b", b, day), doc("c", c, day), doc("d", d, day), doc("e", e, day), doc("f", f, day))
	got := map[string]string{}
	for _, s := range r.Stances {
		if strings.Contains(s.Claim, "sabotage") {
			got[s.Article+" "+s.Holder] = s.Position
		}
	}
	for k, want := range map[string]string{"a Daniel Okafor": "affirms", "b Sofia Marin": "affirms", "d Lena Voss": "denies",
		"e inspectors": "affirms", "f officials": "affirms"} {
		if got[k] != want {
			t.Errorf("%s: %q, want %q (all: %v)", k, got[k], want, got)
		}
	}
	for k := range got {
		if strings.HasPrefix(k, "c the outlet") || strings.HasPrefix(k, "e the outlet") || strings.HasPrefix(k, "f the outlet") {
			t.Errorf("c's clause is the inspectors' view, not the outlet's: %v", got)
		}
	}
}

// A described source speaks ("a police source said"): the holder is the
// description without its determiner, never a hash or an empty name.
func TestDescribedHolder(t *testing.T) {
	c := newComparer(Input{})
	for in, want := range map[string]string{
		"the police source":           "police source",
		"A senior official":           "senior official",
		"sources":                     "sources",
		"he":                          "",
		"the report":                  "",
		"the City of Halbrook":        "City of Halbrook",
		"Okafor, an engineer":         "Okafor",
		"A few historians of the war": "a few historians", // "few" alone says hardly any
	} {
		if got := c.namedHolder(in); got != want {
			t.Errorf("namedHolder(%q) = %q, want %q", in, got, want)
		}
	}
}

// A claim in the outlet's own words beside a quotation stays the outlet's:
// only a claim inside quotation marks is credited to another outlet's
// speaker. (Sentences written for this test.)
func TestOwnWordsBesideAQuote(t *testing.T) {
	a := "Bridge closed\n\nEngineer Daniel Okafor said the old bridge is a danger to drivers."
	b := "Bridge row\n\nThe old bridge is a danger to drivers, and the council called it “a disgrace”."
	c := "Bridge shut\n\nMayor Sofia Marin said on Tuesday that the old bridge is not a danger to drivers."
	r := run(doc("a", a, day), doc("b", b, day), doc("c", c, day))
	for _, s := range r.Stances {
		if s.Article == "b" && strings.Contains(s.Holder, "Okafor") {
			t.Errorf("b's own words are not Okafor's: %+v", s)
		}
	}
}
