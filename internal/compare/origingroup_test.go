package compare

import (
	"strings"
	"testing"
)

// TestOriginGroup: a count of people restricted by a phrase of origin or
// ties after its noun counts a subset (Quirk et al. 1985, §17.3): it is no
// value of the whole count, nor of another place's count; the same
// place's counts, a count that is a verb's object with a phrase that
// may be the verb's complement, and a count "from" a name that premodifies
// a noun of happening (the happening, no origin) are still compared.
// Sentences invented.
func TestOriginGroup(t *testing.T) {
	cases := []struct {
		name, a, b string
		conflict   bool
	}{
		{"the whole and those from a town",
			"Eleven pilgrims were hurt when a coach left the road near Stanbury Cross on Sunday, the fire service said.",
			"Three pilgrims from Wellmere were hurt when a coach left the road near Stanbury Cross on Sunday.", false},
		{"the whole and those with ties to a town",
			"Eleven pilgrims were hurt when a coach left the road near Stanbury Cross on Sunday, the fire service said.",
			"Three pilgrims with ties to Wellmere were hurt when a coach left the road near Stanbury Cross.", false},
		{"the whole and those with a town's roots",
			"Eleven pilgrims were hurt when a coach left the road near Stanbury Cross on Sunday, the fire service said.",
			"Three pilgrims with Wellmere roots were hurt when a coach left the road near Stanbury Cross.", false},
		{"two towns",
			"Three pilgrims from Wellmere were hurt when a coach left the road near Stanbury Cross on Sunday.",
			"Five pilgrims from Oxley were hurt when a coach left the road near Stanbury Cross on Sunday.", false},
		{"one town told twice",
			"Three pilgrims from Wellmere were hurt when a coach left the road near Stanbury Cross on Sunday.",
			"Five pilgrims from Wellmere were hurt when a coach left the road near Stanbury Cross on Sunday.", true},
		{"a name before a noun of happening names the happening",
			"Five victims of the Harrow Lane fire remained in hospital on Sunday, the health board said.",
			"Three victims from the Harrow Lane fire remained in hospital on Sunday.", true},
		{"a day's happening",
			"Five victims of Tuesday's fire on Harrow Lane remained in hospital on Sunday, the health board said.",
			"Three victims from Tuesday's fire on Harrow Lane remained in hospital on Sunday.", true},
		{"after a form of be, no object",
			"Eleven pilgrims were injured when a coach left the road near Stanbury Cross on Sunday, the fire service said.",
			"There were three pilgrims from Wellmere injured when a coach left the road near Stanbury Cross.", false},
		{"after a reporting verb, the subject of its clause",
			"Eleven pilgrims were hurt when a coach left the road near Stanbury Cross on Sunday, the fire service said.",
			"The fire service said three pilgrims from Wellmere were hurt when a coach left the road near Stanbury Cross.", false},
		{"two towns of one prefix",
			"Three pilgrims from McArdlow were hurt when a coach left the road near Stanbury Cross on Sunday.",
			"Five pilgrims from McKeevan were hurt when a coach left the road near Stanbury Cross on Sunday.", false},
		{"a participle after a bare name is no noun it premodifies",
			"Eleven pilgrims were hurt when a coach left the road near Stanbury Cross on Sunday, the fire service said.",
			"Three pilgrims from Wellmere hurt when a coach left the road near Stanbury Cross on Sunday were still in hospital.", false},
		{"a verb's object",
			"Lifeboat crews pulled four anglers from Greyholm Reservoir after their boat capsized on Sunday.",
			"Lifeboat crews pulled six anglers to safety after their boat capsized on the reservoir on Sunday.", true},
	}
	for _, c := range cases {
		got := kinds(runDated("Coach\n\n"+c.a, "Coach\n\n"+c.b).Discrepancies)
		if strings.Contains(got, "number:") != c.conflict {
			t.Errorf("%s: got %q, want a conflict of counts %v", c.name, got, c.conflict)
		}
	}
}
