package compare

import "testing"

// Sentences written for these tests (no data set's wording).

// TestCauseOfDeathUndated: the harm a death is told "of", "from" or "to"
// ("died of her wounds Thursday", "succumbed to his injuries on Friday")
// came before the death: the day dates the death, not the harm, and meets
// no other article's day of the harm; the day of a death in a happening
// ("died Thursday in a shooting") or of the harm itself still conflicts.
func TestCauseOfDeathUndated(t *testing.T) {
	found := []dayFound{
		{"control: the day of the harm itself",
			[]string{
				"Woman dies after shooting\n\nAda Roe was shot in the chest on Elm Road on Tuesday afternoon.",
				"Woman dies after shooting\n\nAda Roe was shot in the chest on Elm Road on Thursday afternoon.",
			},
			"date:"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"died of her wounds",
			[]string{
				"Woman dies after shooting\n\nAda Roe was shot in the chest on Elm Road on Tuesday afternoon.",
				"Woman dies after shooting\n\nAda Roe, who was hit on Elm Road, died of her wounds on Thursday afternoon.",
			}},
		{"succumbed to his injuries",
			[]string{
				"Man dies after stabbing\n\nJon Doe was stabbed outside a bar on Birch Lane on Monday night.",
				"Man dies after stabbing\n\nJon Doe, who was attacked outside a bar on Birch Lane, succumbed to his injuries on Friday.",
			}},
	}
	expectNoDays(t, none)
}
