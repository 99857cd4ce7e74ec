package story

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestPartitiveSpeaker: a partitive subject whose first word is
// capitalised only because it opens the sentence ("Large majorities of
// islanders", "Hundreds of the island's fishermen") names no one by that
// word: the of-phrase says who spoke, a group (mention.partitiveHead);
// a quantifier on its own is a group too ("Nearly half"); a named
// person's statement after them keeps its speaker. Session 53; the
// sentences are invented.
func TestPartitiveSpeaker(t *testing.T) {
	body := "The harbour board met on Monday in Selvik. Large majorities of islanders said the new fares were unfair. " +
		"Hundreds of the island's fishermen said the pier was sinking. Nearly half said the winter timetable was too thin. " +
		"Ines Brandt, who runs the bakery, said the quay was too short."
	checkSpeakerKinds(t, body, map[string][2]string{
		"the new fares":        {"Large majorities of islanders", mention.KindGroup},
		"the pier was":         {"Hundreds of the island's fishermen", mention.KindGroup},
		"the winter timetable": {"Nearly half", mention.KindGroup},
		"the quay was":         {"Ines Brandt", mention.KindPerson},
	})
}
