package mention

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestAgePersonNoun: an age's noun is the head after "N-year-old" when it
// is a person noun, or none: not a name part, a noun past the person
// ("cousin late last night": left "" for now, see personNounAfter),
// or a word that names no person.
func TestAgePersonNoun(t *testing.T) {
	checkAgeNouns(t, map[string]string{
		"A 17-year-old high school student was hurt.":              "student",
		"Doe hit his 12-year-old cousin late last night.":          "",
		"Police named the 23-year-old Jon Doe Jr as the driver.":   "",
		"The 37-year old Page was arrested in Tarnby.":             "",
		"A 30-year-old was found outside the bar.":                 "",
		"A 40-year-old man was found unconscious in Tarnby.":       "man",
		"Roe, a 52-year-old run of bad luck behind him, resigned.": "",
		"The 16-year-old boy's father called police.":              "boy",
	})
}

// TestPredicativeAgeNoun: an age that is the complement of "be" to a
// definite subject is the subject's person ("the victim was 17 years
// old"), by its sex word when the subject has one ("the male victim",
// "the female involved"); a plural or a subject that is no person gives
// no noun.
func TestPredicativeAgeNoun(t *testing.T) {
	checkAgeNouns(t, map[string]string{
		"The male victim is 24 years old.":                   "male",
		"Wardens said the female involved was 19 years old.": "female",
		"Rangers said the victim was a 38-year-old.":         "victim",
		"The young man was 19 years old when he left.":       "man",
		"The victims were 17 years old.":                     "",
		"The boat was 40 years old.":                         "",
		"The aunt of the victim was 52 years old.":           "",
	})
}

// TestBareAge: a bare figure that is the complement of "be" to a definite
// singular subject naming a person is that person's age; not a figure of
// a subject that is no person, nor of a plural, nor one a unit follows.
func TestBareAge(t *testing.T) {
	for s, want := range map[string][]string{
		"The rider was 14, the harbour master said, and the skipper was 61.": {"14 rider", "61 skipper"},
		"The boy was 9 when his father left.":                                {"9 boy"},
		"The score was 21, the coach said.":                                  nil,
		"The victims were 14 and 15.":                                        nil,
		"The man was 6 and a half feet tall.":                                nil,
	} {
		if got := ageTexts(s); !slices.Equal(got, want) {
			t.Errorf("%q: ages %q, want %q", s, got, want)
		}
	}
}

// TestSuspendedAges: a list of ages with suspended hyphens gives each
// figure as an age of the last one's noun; "N- or M-year-old" is one
// person's age given either way.
func TestSuspendedAges(t *testing.T) {
	for s, want := range map[string][]string{
		"Wardens said the 15- and 17-year-old boys were hurt.": {"15 boy", "17-year-old boy"},
		"The sisters are 11-, 13-, and 15-years-old.":          {"11 ", "13 ", "15-years-old "},
		"A 15- or 16-year-old boy ran off.":                    {"16-year-old boy"},
	} {
		if got := ageTexts(s); !slices.Equal(got, want) {
			t.Errorf("%q: ages %q, want %q", s, got, want)
		}
	}
}

// ageTexts lists the ages of a sentence as "TEXT NOUN".
func ageTexts(s string) []string {
	var out []string
	for _, v := range Values(Analyze(s, dates.Date{}, 0)) {
		if v.Type == VAge {
			out = append(out, v.Text+" "+v.Noun)
		}
	}
	return out
}

// checkAgeNouns checks that each sentence gives one age, with the noun
// wanted.
func checkAgeNouns(t *testing.T, cases map[string]string) {
	t.Helper()
	for s, want := range cases {
		got, n := "", 0
		for _, v := range Values(Analyze(s, dates.Date{}, 0)) {
			if v.Type == VAge {
				got, n = v.Noun, n+1
			}
		}
		if n != 1 || got != want {
			t.Errorf("%q: %d ages, noun %q, want %q", s, n, got, want)
		}
	}
}
