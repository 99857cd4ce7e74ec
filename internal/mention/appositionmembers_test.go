package mention

import (
	"slices"
	"strings"
	"testing"
)

// TestAppositionMembers: when the subject of a report is a plural noun
// phrase of persons whose apposition, set off by commas before the verb,
// names two or more of them, the speaker stays the nearest name and the
// other names are kept as its members (each spoke). A numeral that does
// not count the names, a list of subjects with no closing comma, a list
// of names alone, a passive, an apposition of places, a fronted adjunct,
// a group in the object of another verb, a single name in apposition and
// a given name that shares the next name's surname get no members ("!": any speaker but that phrase, or no reading).
func TestAppositionMembers(t *testing.T) {
	const opening = "The quarry council met in Selvik on Thursday.\n\n"
	for _, c := range []struct {
		body, quote, want string
		members           []string
	}{
		{"Two masons, Ines Varga and Olaf Brandt, said the old wall would fall soon.", "the old wall would fall soon", "Olaf Brandt", []string{"Ines Varga"}},
		{"Three ferry pilots, Ines Varga, Olaf Brandt and Tomas Reiter, warned that the channel was silting up.", "the channel was silting up", "Ines Varga", []string{"Olaf Brandt", "Tomas Reiter"}},
		{"On Friday, two members of the quarry board from Umbria, Ines Varga and Olaf Brandt, had argued that the toll was unlawful.", "the toll was unlawful", "Olaf Brandt", []string{"Ines Varga"}},
		{"“The toll is far too high,” two council members, Ines Varga and Olaf Brandt, said.", "The toll is far too high", "Olaf Brandt", []string{"Ines Varga"}},
		// a numeral that does not count the names: not all are named
		{"Three masons, Ines Varga and Olaf Brandt, said the old wall would fall soon.", "the old wall would fall soon", "Olaf Brandt", nil},
		// a list of subjects, no closing comma: no apposition, but the
		// names coordinated by "and" are subjects that spoke
		// (coordinatedMembers)
		{"The masons, Ines Varga and Olaf Brandt said the old wall would fall soon.", "the old wall would fall soon", "Olaf Brandt", []string{"Ines Varga"}},
		// all names, no common noun before the list
		{"Ines Varga, Olaf Brandt and Tomas Reiter, said the old wall would fall soon.", "the old wall would fall soon", "Ines Varga", nil},
		// one name in apposition: the person speaks
		{"One of the masons, Olaf Brandt, said the old wall would fall soon.", "the old wall would fall soon", "Olaf Brandt", nil},
		// a given name sharing the next conjoin's surname is no other
		// person of that given name named earlier
		{"Mr. Reiter spoke first. Two historians, David and Jeanne Varga, wrote that the old wall would fall soon. David Reiter disagreed.", "the old wall would fall soon", "Jeanne Varga", nil},
		// a passive: the group is told, it does not tell
		{"Two masons, Ines Varga and Olaf Brandt, were told that the old wall would fall soon.", "the old wall would fall soon", "!Two masons", nil},
		// a fronted adjunct before a list of subjects
		{"On Friday, Ines Varga and Olaf Brandt, said the old wall would fall soon.", "the old wall would fall soon", "!On Friday", nil},
		// places, not persons, in the apposition
		{"Two harbour towns, Selvik and Umbria, said the old wall would fall soon.", "the old wall would fall soon", "!Two harbour towns", nil},
		// the group is the object of another verb
		{"Olaf Brandt thanked two masons, Ines Varga and Tomas Reiter, saying the old wall would be rebuilt.", "the old wall would be rebuilt", "Olaf Brandt", nil},
		{"After the vote, two masons, Ines Varga and Olaf Brandt, were asked whether the old wall would fall soon.", "whether the old wall would fall soon", "!x", nil},
		{"Two masons, Ines Varga and Olaf Brandt, were quoted as saying that the old wall would fall soon.", "the old wall would fall soon", "!x", nil},
		{"Two masons, Ines Varga and Olaf Brandt, were warned by Tomas Reiter that the old wall would fall soon.", "the old wall would fall soon", "!x", nil},
		{"The mayor thanked two masons, Ines Varga and Olaf Brandt, and said the old wall would be rebuilt.", "the old wall would be rebuilt", "The mayor", nil},
		{"The mayor thanked two masons, Ines Varga and Olaf Brandt, saying the old wall would be rebuilt.", "the old wall would be rebuilt", "The mayor", nil},
	} {
		got, members, found := quoteSource(analyze(opening+c.body), c.quote)
		if not, ok := strings.CutPrefix(c.want, "!"); ok {
			if got == not || members != nil {
				t.Errorf("%q: speaker %q members %q, want another speaker and no members", c.body, got, members)
			}
			continue
		}
		if !found {
			t.Errorf("%q: no quote %q", c.body, c.quote)
			continue
		}
		if got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.body, got, c.want)
		}
		if !slices.Equal(members, c.members) {
			t.Errorf("%q: members %q, want %q", c.body, members, c.members)
		}
	}
}
