package compare

import "testing"

// Sentences written for these tests (no data set's wording).

// TestGeneralDayOfHarm: "It happened <day>", "the incident occurred
// <day>", "an incident <day>" and "responded <day> to a report of a
// victim" date the harm another article dates, when each day is the only
// weekday its article names; an arrest, a hearing or a response to no
// harm is no such harm.
func TestGeneralDayOfHarm(t *testing.T) {
	found := []dayFound{
		{"a pronoun and a shooting",
			[]string{
				"Boy hurt in shooting\n\nA 12-year-old was wounded in an accidental shooting Tuesday night.",
				"Boy hurt in shooting\n\nA man faces charges after police say he accidentally shot his young nephew.\n\nIt happened Saturday around 7:30 p.m. near a gas station on Elm Road.",
			},
			"Tuesday night/Saturday"},
		{"a general noun and a killing",
			[]string{
				"Clerk killed in store\n\nA store clerk was stabbed to death Monday in the north end of the city.",
				"Clerk killed in store\n\nDetectives are looking for a man in a grey hoodie.\n\nThe incident occurred Thursday near closing time, officers said.",
			},
			"Monday/Thursday"},
		{"a pronoun glued to the sentence before it",
			[]string{
				"Boy hurt in shooting\n\nA 12-year-old was wounded in an accidental shooting Tuesday night.",
				"Boy hurt in shooting\n\nA man faces charges after police say he accidentally shot his young nephew at a cabin.It happened Saturday around 7:30 p.m. near a gas station on Elm Road.",
			},
			"Tuesday night/Saturday"},
		{"the harm's article names another day for another deed",
			[]string{
				"Boy hurt in shooting\n\nA 12-year-old was wounded in an accidental shooting Tuesday night.\n\nHis uncle was charged on Thursday.",
				"Boy hurt in shooting\n\nA man faces charges after police say he accidentally shot his young nephew.\n\nIt happened Saturday around 7:30 p.m. near a gas station on Elm Road.",
			},
			"Tuesday night/Saturday"},
		{"a general noun the day modifies",
			[]string{
				"Girl hurt in shooting\n\nA 3-year-old girl was shot in the arm on Elm Road on Sunday evening.",
				"Girl hurt in shooting\n\nThe father of a girl shot during a roadside incident Thursday said she is recovering.",
			},
			"on Sunday evening/Thursday"},
		{"a response to a report of a victim",
			[]string{
				"Man hurt outside bakery\n\nA man was shot in the leg outside a bakery on Elm Road on Friday afternoon.",
				"Man hurt outside bakery\n\nOfficers responded to Elm Road around 4 p.m. Sunday to a report of a gunshot victim.",
			},
			"on Friday afternoon/Sunday"},
		{"a response past a place's name and a clock time",
			[]string{
				"Man hurt outside bakery\n\nA man was shot in the leg outside a bakery on Elm Road on Friday afternoon.",
				"Man hurt outside bakery\n\nOfficers responded to the 900 block of North Elm Road around 4 p.m. Sunday to a report of a gunshot victim.",
			},
			"on Friday afternoon/Sunday"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"an arrest is no harm",
			[]string{
				"Boy hurt in shooting\n\nThe boy's uncle was arrested Tuesday night at his home.",
				"Boy hurt in shooting\n\nA man faces charges after police say he accidentally shot his young nephew.\n\nIt happened Saturday around 7:30 p.m. near a gas station on Elm Road.",
			}},
		{"the pronoun's article names two days",
			[]string{
				"Boy hurt in shooting\n\nA 12-year-old was wounded in an accidental shooting Tuesday night.",
				"Boy hurt in shooting\n\nA man faces charges after police say he accidentally shot his young nephew.\n\nIt happened Saturday around 7:30 p.m. near a gas station on Elm Road.\n\nHe was booked into jail on Sunday.",
			}},
		{"a day ahead is no deed",
			[]string{
				"Boy hurt in shooting\n\nA 12-year-old will be honoured at a school assembly Tuesday night.",
				"Boy hurt in shooting\n\nA man faces charges after police say he accidentally shot his young nephew.\n\nIt happened Saturday around 7:30 p.m. near a gas station on Elm Road.",
			}},
		{"a response to a harm and the arrest of one person named in both",
			[]string{
				"Woman charged over stabbing\n\nPolice arrested Ada Roe, 44, and charged her with assault.\n\nOfficers responded to a flat on Elm Road on Sunday to a report of a stabbing victim, and detectives later learned that Roe stabbed the man.",
				"Woman charged over stabbing\n\nAda Roe, 44, was arrested Wednesday and charged with assault.",
			}},
		{"a response to no harm",
			[]string{
				"Man hurt outside bakery\n\nA man was shot in the leg outside a bakery on Elm Road on Friday afternoon.",
				"Man hurt outside bakery\n\nThe bakery's owner responded on Sunday to a request for comment.",
			}},
	}
	expectNoDays(t, none)
}
