package mention

import "testing"

// TestGivenNameOpensName: a given name of the first-name lists opens a
// person's name though it is also a function word or a month ("Don",
// "Will"), and the surname after it may be a month ("May"); a run with a
// lower-case word in it ("… Council on Wednesday") is no such name.
func TestGivenNameOpensName(t *testing.T) {
	for name, want := range map[string]bool{
		"Don Lund":                  true,
		"Will Okafor":               true,
		"Ada May":                   true,
		"Lisbet Tarn May":           true,
		"Paul Council on Wednesday": false,
		"In March":                  false,
		"Monday":                    false,
	} {
		if got := PlausibleSpeaker(name); got != want {
			t.Errorf("PlausibleSpeaker(%q) = %v, want %v", name, got, want)
		}
	}
}
