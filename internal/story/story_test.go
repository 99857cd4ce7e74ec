package story

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

func TestSameEntity(t *testing.T) {
	lx := lexicon.Default()
	e := func(name, typ string, acr ...string) mention.ArticleEntity {
		return mention.ArticleEntity{Name: name, Type: typ, Aliases: []string{name}, Acronyms: acr}
	}
	tests := []struct {
		a, b mention.ArticleEntity
		want bool
	}{
		{e("Marta L. Wisniewska", "person"), e("Marta Wisniewska", "person"), true},
		{e("Dana C. Whitlow", "person"), e("Dana C Whitlow", "person"), true},
		{e("Yusuf Kamal’ al-Rashidi", "person"), e("Yusuf Kamal Al-Rashidi", "person"), true},
		{e("Anna Kowalski", "person"), e("Piotr Kowalski", "person"), false},
		{e("John A. Smith", "person"), e("John B. Smith", "person"), false},
		{e("Higher Education Commission", "organization"), e("High Education Committee", "organization"), true},
		{e("High-Level Education Committee", "organization"), e("High Education Committee", "organization"), true},
		{e("Supreme Court", "organization"), e("Supreme Council", "organization"), false},
		{e("World Health Organization", "organization", "WHO"), e("WHO", "organization"), true},
		{e("Paris", "place"), e("Paris", "person"), false},
		// a first name's initial or clipped form, and a person an
		// article typed an organisation
		{e("W. Jon Pardee", "person"), e("William Jon Pardee", "person"), true},
		{e("Fred Olander", "person"), e("Frederick C. Olander", "person"), true},
		{e("Dan Olander", "person"), e("Danielle Olander", "person"), false},
		{e("Al Olander", "person"), e("Alan Olander", "person"), false},
		{e("W. Jon Pardee", "organization"), e("William Jon Pardee", "person"), true},
		{e("Pardee Holdings", "organization"), e("William Pardee", "person"), false},
	}
	for _, tt := range tests {
		if got := SameEntity(lx, tt.a, tt.b); got != tt.want {
			t.Errorf("SameEntity(%q, %q) = %v, want %v", tt.a.Name, tt.b.Name, got, tt.want)
		}
	}
}

func TestEventText(t *testing.T) {
	ref := dates.Date{Year: 2024, Month: 3, Day: 1}
	tests := []struct{ sentence, want string }{
		{"On January 25, the ministry announced the new committee.", "the ministry announced the new committee"},
		{"The minister met the envoy in Vienna on Sunday.", "The minister met the envoy in Vienna"},
		{"A cyclist was hurt Thursday evening near the old mill.", "A cyclist was hurt near the old mill"},
		{"Tuesday night's vote on the levy drew a crowd.", "vote on the levy drew a crowd"},
		// Sentences a scraper glued together (no space after the stop):
		// the event is told by the part holding the date.
		{"The orchard flooded at dawn, growers said.On Feb. 2, volunteers stacked sandbags along the canal.", "volunteers stacked sandbags along the canal"},
		{"A ferry ran aground near the pier on Sunday.Nobody was hurt, the harbour master said.", "A ferry ran aground near the pier"},
		{"Crews cleared the road by noon.“We worked through the night,” a foreman said on Monday, standing by the truck.", "“We worked through the night,” a foreman said"},
	}
	for _, tt := range tests {
		ts := mention.Times(tt.sentence, ref, 1)
		if len(ts) != 1 {
			t.Fatalf("Times(%q) = %v", tt.sentence, ts)
		}
		if got := EventText(tt.sentence, ts[0]); got != tt.want {
			t.Errorf("EventText(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestShortFormsJoinFullNames(t *testing.T) {
	doc := func(id string, ents ...mention.ArticleEntity) Doc {
		return Doc{Article: &corroborate.Article{ID: id}, Analysis: &mention.Analysis{Entities: ents}}
	}
	e := func(name, typ string) mention.ArticleEntity {
		return mention.ArticleEntity{Name: name, Type: typ, Aliases: []string{name}, Mentions: 1}
	}
	m := MergeEntities([]Doc{
		doc("a", e("Martin Okafor", mention.Other), e("Paul Lindqvist", mention.Person)),
		doc("b", e("Okafor", mention.Other), e("Lindqvist", mention.Organization)),
		doc("c", e("Anna Kowalski", mention.Person), e("Piotr Kowalski", mention.Person), e("Kowalski", mention.Person)),
		doc("d", e("Greta Van Hoorn", mention.Person), e("Van Hoorn", mention.Person), e("Dana Whitlow", mention.Person), e("Dana", mention.Other)),
		doc("e", e("Marek Lind", mention.Person), e("Marek Sowa", mention.Person), e("Marek", mention.Person), e("Lucas", mention.Person), e("Lucas Brand", mention.Person), e("Ines Lucas", mention.Person)),
	})
	if m.Name(1, 0) != "Martin Okafor" {
		t.Errorf("Okafor merged into %q", m.Name(1, 0))
	}
	if m.Name(1, 1) != "Paul Lindqvist" {
		t.Errorf("Lindqvist merged into %q", m.Name(1, 1))
	}
	if m.Name(2, 2) != "Kowalski" {
		t.Errorf("a surname two people share was merged into %q", m.Name(2, 2))
	}
	if m.Name(3, 1) != "Greta Van Hoorn" {
		t.Errorf("Van Hoorn merged into %q", m.Name(3, 1))
	}
	if m.Name(3, 3) != "Dana Whitlow" {
		t.Errorf("a first name alone merged into %q", m.Name(3, 3))
	}
	if m.Name(4, 2) != "Marek" {
		t.Errorf("a first name two people share was merged into %q", m.Name(4, 2))
	}
	if m.Name(4, 3) != "Ines Lucas" {
		t.Errorf("a word that is one person's last name and another's first name merged into %q, want the last name's", m.Name(4, 3))
	}
	if got := m.PersonNamed("Van Hoorn"); got != "Greta Van Hoorn" {
		t.Errorf("PersonNamed(Van Hoorn) = %q", got)
	}
	two := &Merged{Entities: []Entity{
		{Entity: corroborate.Entity{Name: "Anna Kowalski", Type: mention.Person, Aliases: []string{"Anna Kowalski", "Kowalski"}}},
		{Entity: corroborate.Entity{Name: "Piotr Kowalski", Type: mention.Person, Aliases: []string{"Piotr Kowalski", "Kowalski"}}},
	}}
	if got := two.PersonNamed("Kowalski"); got != "" {
		t.Errorf("PersonNamed(Kowalski) = %q, want none: two people have it", got)
	}
}

func TestCompoundModifiersInOrganisationNames(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Top-Level Trade Council", "Regional Top Trade Council", true},
		{"Long-Range Planning Office", "Federal Long Planning Office", true},
		{"Top-Level Trade Council", "Regional Trade Council", false},
	} {
		if got := sameOrg(lx, c.a, c.b); got != c.same {
			t.Errorf("sameOrg(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// TestOnTimelinePlaylist checks that the entries of a video playlist (a
// clip's length, then its title) stay off the timeline, and that a clock
// time opening a sentence, or a lone clip line, does not. Invented text.
func TestOnTimelinePlaylist(t *testing.T) {
	ref := dates.Date{Year: 2024, Month: 3, Day: 1}
	dated := func(body string) []string { return onTimelineOf(body, ref) }
	playlist := "A barn burned near the river on Tuesday.\n\n2:14 Volunteers rebuild a bridge washed out in 2019\n\n0:58 Choir sings at the harvest fair\n\n3:05 Council debates the new bus depot"
	if got := dated(playlist); strings.Join(got, "|") != "on Tuesday" {
		t.Errorf("playlist: on the timeline %q, want only %q", got, "on Tuesday")
	}
	lone := "A barn burned near the river on Tuesday.\n\n2:14 Volunteers rebuild a bridge washed out in 2019"
	if got := dated(lone); strings.Join(got, "|") != "on Tuesday|in 2019" {
		t.Errorf("one clip line: on the timeline %q", got)
	}
	if clipTitle("7:30 p.m. Tuesday, the crowd left.") || clipTitle("7:30 PM Police arrived.") || !clipTitle("7:30 Police arrive at the scene") {
		t.Error("clipTitle: a clock time of the day is no clip length")
	}
}

// TestPrintedTwice checks that a caption or teaser printed twice in a row
// stays off the timeline while prose does not. Invented text.
func TestPrintedTwice(t *testing.T) {
	ref := dates.Date{Year: 2024, Month: 3, Day: 1}
	onTimeline := func(body string) []string { return onTimelineOf(body, ref) }
	tests := []struct{ body, want string }{
		{"A barn burned near the river on Tuesday.\n\nCaption Ice on the bypass Nine trucks slid off the bypass on Sunday morning Nine trucks slid off the bypass on Sunday morning Caption Library opens", "on Tuesday"},
		{"A barn burned near the river on Tuesday.\n\nCaption Market reopens The town market reopened in its old hall last month. The town market reopened in its old hall last month.", "on Tuesday"},
		{"A barn burned near the river on Tuesday. The town market reopened in its old hall last month.", "on Tuesday|last month"},
	}
	for _, tt := range tests {
		if got := strings.Join(onTimeline(tt.body), "|"); got != tt.want {
			t.Errorf("%q: on the timeline %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestOnTimelineLeavesAttributes: a date that describes a thing or a
// person (a model year, a date of birth) dates no event of the timeline.
// The sentences are invented.
func TestOnTimelineLeavesAttributes(t *testing.T) {
	ref := dates.Date{Year: 2024, Month: 3, Day: 1}
	tests := []struct {
		sentence, expr string
		want           bool
	}{
		{"Witnesses saw a dented 2009 Nimbus Roadster leave the lot.", "2009", false},
		{"The driver, Lee Marsh (DOB: 03/22/1984), was cited.", "03/22/1984", false},
		{"The depot reopened on January 9, 2024 after repairs.", "January 9, 2024", true},
	}
	for _, tt := range tests {
		a := mention.Analyze(tt.sentence, ref, 1)
		found := false
		for si, ts := range a.Times {
			for _, x := range ts {
				if x.Expression != tt.expr {
					continue
				}
				found = true
				if got := OnTimeline(Doc{Analysis: a}, si, x); got != tt.want {
					t.Errorf("OnTimeline(%q, %q) = %v, want %v", tt.sentence, tt.expr, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("Analyze(%q): no %q", tt.sentence, tt.expr)
		}
	}
}

// onTimelineOf lists the time expressions of an article body, published on
// ref, that OnTimeline keeps.
func onTimelineOf(body string, ref dates.Date) []string {
	a := mention.Analyze(body, ref, 1)
	pub := ref.String()
	d := Doc{Article: &corroborate.Article{ID: "x", Published: &pub}, Analysis: a}
	var out []string
	for si, ts := range a.Times {
		for _, tm := range ts {
			if OnTimeline(d, si, tm) {
				out = append(out, tm.Expression)
			}
		}
	}
	return out
}

// TestShortFormsKeepOrganisations: an organisation's name that is the
// last words or the first name of a person's full name ("Van Hoorn" a
// firm, "Dana" a company) is no short form of that person. Invented
// names.
func TestShortFormsKeepOrganisations(t *testing.T) {
	doc := func(id string, ents ...mention.ArticleEntity) Doc {
		return Doc{Article: &corroborate.Article{ID: id}, Analysis: &mention.Analysis{Entities: ents}}
	}
	e := func(name, typ string) mention.ArticleEntity {
		return mention.ArticleEntity{Name: name, Type: typ, Aliases: []string{name}, Mentions: 1}
	}
	m := MergeEntities([]Doc{
		doc("a", e("Greta Van Hoorn", mention.Person), e("Dana Whitlow", mention.Person)),
		doc("b", e("Van Hoorn", mention.Organization), e("Dana", mention.Organization)),
	})
	if got := m.Name(1, 0); got != "Van Hoorn" {
		t.Errorf("an organisation of two words merged into %q", got)
	}
	if got := m.Name(1, 1); got != "Dana" {
		t.Errorf("an organisation named by a first name merged into %q", got)
	}
}

// TestShortFormKeepsTitleGender: a story does not join a surname whose
// title gives one gender ("Mrs. Pardoe") to the one full name of the other
// ("Bill Pardoe"), and still joins it to a full name of its own gender.
func TestShortFormKeepsTitleGender(t *testing.T) {
	doc := func(id string, ents ...mention.ArticleEntity) Doc {
		return Doc{Article: &corroborate.Article{ID: id}, Analysis: &mention.Analysis{Entities: ents}}
	}
	e := func(name string, titles ...string) mention.ArticleEntity {
		return mention.ArticleEntity{Name: name, Type: mention.Person, Aliases: []string{name}, Titles: titles, Mentions: 1}
	}
	m := MergeEntities([]Doc{doc("a", e("Bill Pardoe")), doc("b", e("Pardoe", "Mrs."))})
	if got := m.Name(1, 0); got != "Pardoe" {
		t.Errorf("Mrs. Pardoe merged into %q", got)
	}
	m = MergeEntities([]Doc{doc("a", e("Ann Pardoe")), doc("b", e("Pardoe", "Mrs."))})
	if got := m.Name(1, 0); got != "Ann Pardoe" {
		t.Errorf("Mrs. Pardoe merged into %q, want Ann Pardoe", got)
	}
}

// TestCommonWordSpeakers: a speaker that is a common noun phrase opening
// its sentence is a group ("Farm unions say …"; GroupName's common
// phrase), and one common noun of a person capitalised to open its
// sentence is a role, no name ("Nurse said …"), as is a common noun
// phrase with a singular head ("Hospital spokeswoman said"); a person stays a named
// person. The sentences are invented.
func TestCommonWordSpeakers(t *testing.T) {
	body := "The ward was quiet on Monday. Nurse said the boy was calm. Farm unions say the new levy is unfair. Jane Roe said the talks would go on. " +
		"Hospital spokeswoman said the ward would reopen."
	checkSpeakerKinds(t, body, map[string][2]string{"the boy was calm": {"Nurse", mention.KindUnnamed},
		"the new levy": {"Farm unions", mention.KindGroup}, "the talks would go on": {"Jane Roe", mention.KindPerson},
		"the ward would reopen": {"Hospital spokeswoman", mention.KindUnnamed}})
}

// TestGovernmentSpeaker: a country that says something ("Norway insists
// …") is the speaker of its statement, a group (its government) that
// never counts as a name; a person stays a named person. The sentences
// are invented.
func TestGovernmentSpeaker(t *testing.T) {
	body := "The talks resumed on Monday. Norway insists it has no record of the missing trawler. Jane Roe said the talks would go on."
	checkSpeakerKinds(t, body, map[string][2]string{"it has no record": {"Norway", mention.KindGroup}, "the talks would go on": {"Jane Roe", mention.KindPerson}})
}

// TestLegalTextSpeaker: a speaker named by the title of a legal text
// ("the Harbour Levy Act", "the Constitution") is a document, not an
// organisation (mention.DocumentName); a body whose name ends in another
// common noun stays an organisation, a person a person. Session 51; the
// sentences are invented.
func TestLegalTextSpeaker(t *testing.T) {
	body := "The ferry levy rose again on Monday. The Harbour Levy Act requires that every berth pays the toll. " +
		"The Constitution says that the island council sets its own taxes. " +
		"The Harbour Trust said the levy would fund a new pier. Jane Roe said the pier was long overdue."
	checkSpeakerKinds(t, body, map[string][2]string{
		"every berth pays":    {"Harbour Levy Act", mention.KindDocument},
		"the island council":  {"The Constitution", mention.KindDocument},
		"the levy would fund": {"Harbour Trust", mention.KindOrganization},
		"the pier was long":   {"Jane Roe", mention.KindPerson},
	})
}

// checkSpeakerKinds assembles a story of one article of body and checks
// the speaker and its kind of each statement that opens with a key of
// want.
func checkSpeakerKinds(t *testing.T, body string, want map[string][2]string) {
	t.Helper()
	ref := dates.Date{Year: 2024, Month: 3, Day: 1}
	st := &corroborate.Story{}
	Assemble(st, []Doc{{Article: &corroborate.Article{ID: "x"}, Analysis: mention.Analyze(body, ref, 1)}})
	for _, q := range st.Quotes {
		for prefix, w := range want {
			if !strings.HasPrefix(q.Text, prefix) {
				continue
			}
			if q.Speaker == nil || *q.Speaker != w[0] || q.SpeakerKind != w[1] {
				t.Errorf("%q: speaker %v (%s), want %s (%s)", q.Text, q.Speaker, q.SpeakerKind, w[0], w[1])
			}
			delete(want, prefix)
		}
	}
	if len(want) > 0 {
		t.Errorf("statements not read: %v", want)
	}
}

// TestNumberedOutletAndBareTitle: a station named with its channel number
// speaks as an organisation under that whole name ("Tovana 12 reported",
// "4 NEWS has learned"), and a title of office with no name after it
// ("Harbor Police Chief says") is one unnamed person; a person with an
// age set off by commas stays a named person. Session 47; the sentences
// are invented.
func TestNumberedOutletAndBareTitle(t *testing.T) {
	body := "The mill on Cray Road closed on Monday. Tovana 12 reported that forty workers lost their jobs. " +
		"4 NEWS has learned that the owner sold the land. Harbor Police Chief says the gate was left open. " +
		"Dana Orlo, 34, said the mill had lost money for years."
	checkSpeakerKinds(t, body, map[string][2]string{
		"forty workers":          {"Tovana 12", mention.KindOrganization},
		"the owner sold":         {"4 NEWS", mention.KindOrganization},
		"the gate was left open": {"Harbor Police Chief", mention.KindUnnamed},
		"the mill had lost":      {"Dana Orlo", mention.KindPerson},
	})
}
