package story

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestAbbreviatedTitleSpeaker: an abbreviation WordNet lists for a noun of
// persons ("CEO", "GP", "MVP") is a title or a role, no name: alone, or
// after a name whose role it is, it is one unnamed person. Session 52
// (names2); invented sentences.
func TestAbbreviatedTitleSpeaker(t *testing.T) {
	checkSpeakerKinds(t, "The Kelby Harbour Trust will sell the pier. The CEO said the board had agreed to the sale. "+
		"A GP in Kelby said the clinic was full by noon. "+
		"After the final, the MVP said the team had played its best game.", map[string][2]string{
		"the board had agreed": {"CEO", mention.KindUnnamed},
		"the clinic was full":  {"GP", mention.KindUnnamed},
		"the team had played":  {"MVP", mention.KindUnnamed},
	})
	// guards: an acronym of a body stays an organisation; a title before
	// the name leaves the person
	checkSpeakerKinds(t, "The KHTA said the figures were sound. Acme CEO Tomas Brenn said the audit was fair.", map[string][2]string{
		"the figures were sound": {"KHTA", mention.KindOrganization},
		"the audit was fair":     {"Tomas Brenn", mention.KindPerson},
	})
}

// TestDemonymCompoundGroup: a compound or a phrase whose head is the
// plural of a demonym names many people, no body ("Greek-Americans said",
// "Rural Norwegians said"); a place before the plural names a team or a
// body and stays an organisation. Session 52 (names2); invented sentences.
func TestDemonymCompoundGroup(t *testing.T) {
	checkSpeakerKinds(t, "The toll vote was held on Monday. Greek-Americans said the vote was rushed. "+
		"Later, Korean-Americans told the board the toll was too high. Rural Norwegians said the plan was unfair. "+
		"The Oslo Americans said the game would go ahead.", map[string][2]string{
		"the vote was rushed":     {"Greek-Americans", mention.KindGroup},
		"the board the toll was":  {"Korean-Americans", mention.KindGroup},
		"the plan was unfair":     {"Rural Norwegians", mention.KindGroup},
		"the game would go ahead": {"Oslo Americans", mention.KindOrganization},
	})
}

// TestIntercappedOutletName: one word written with capitals inside, as
// firms and outlets join words ("HarborPoll", "FerryPost", "KelbyPD"), is an
// organisation's name when no entity type explains it; a surname with a
// particle ("McBrenn", "LaFleur", "MacTavish"), a given name so written
// ("DeAndre") and a given name joined to a surname stay persons. Session
// 52 (names2); invented sentences.
func TestIntercappedOutletName(t *testing.T) {
	checkSpeakerKinds(t, "The vote on the pier was held on Monday. HarborPoll said the poll was sound. FerryPost reported the gap on Monday. "+
		"KelbyPD said the road was closed.", map[string][2]string{
		"the poll was sound":  {"HarborPoll", mention.KindOrganization},
		"the gap on Monday":   {"FerryPost", mention.KindOrganization},
		"the road was closed": {"KelbyPD", mention.KindOrganization},
	})
	checkSpeakerKinds(t, "The vote on the pier was held on Monday. DeAndre said he would vote. \"It was close,\" said McBrenn. "+
		"LaFleur told reporters the vote was fair. MacTavish said the count was slow. BobÃ said the boat was late.", map[string][2]string{
		"he would vote":      {"DeAndre", mention.KindPerson},
		"It was close":       {"McBrenn", mention.KindPerson},
		"reporters the vote": {"LaFleur", mention.KindPerson},
		"the count was slow": {"MacTavish", mention.KindPerson},
		"the boat was late":  {"BobÃ", mention.KindPerson},
	})
}

// TestAbbreviationNamesAndTeams (readC, session 52): an abbreviated title
// after a person's name is that person's post-nominal title ("Ida Moss
// MP", "Dr Tarquin Volk MP"), who stays a named person; a demonym's
// plural after a town's name WordNet lacks is a team ("The
// Kelby-Americans"), no group; surnames with particles joined or written
// in capitals ("DeLaCruz", "TenBrink", "OBrien", "McBRENN") stay persons.
// Invented sentences.
func TestAbbreviationNamesAndTeams(t *testing.T) {
	checkSpeakerKinds(t, "The bridge vote was held on Monday. \"We will rebuild it,\" said Ida Moss MP. "+
		"The ferry match was played on Sunday. The Kelby-Americans said the referee was unfair.", map[string][2]string{
		"We will rebuild it":     {"Ida Moss MP", mention.KindPerson},
		"the referee was unfair": {"The Kelby-Americans", mention.KindOrganization},
	})
	checkSpeakerKinds(t, "The quay vote was held on Monday. Dr Tarquin Volk MP said the quay would be widened.", map[string][2]string{
		"the quay would be": {"Tarquin Volk MP", mention.KindPerson},
	})
	checkSpeakerKinds(t, "The bout in Kelby was held on Saturday. DeLaCruz said he had trained for a year. "+
		"TenBrink said the ring was too small. OBrien told reporters the crowd was loud. McBRENN said the lights failed twice.", map[string][2]string{
		"he had trained for":  {"DeLaCruz", mention.KindPerson},
		"the ring was too":    {"TenBrink", mention.KindPerson},
		"reporters the crowd": {"OBrien", mention.KindPerson},
		"the lights failed":   {"McBRENN", mention.KindPerson},
	})
	// guards: an abbreviated title after a common word is still a role;
	// an intercapped name with a word before its last part is a firm's
	checkSpeakerKinds(t, "The mill on Cray Road was sold on Friday. The Acme CFO said the price was fair. "+
		"MadeInKelby said the looms would be moved.", map[string][2]string{
		"the price was fair": {"Acme CFO", mention.KindUnnamed},
		"the looms would be": {"MadeInKelby", mention.KindOrganization},
	})
}
