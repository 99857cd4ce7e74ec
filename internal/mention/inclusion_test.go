package mention

import (
	"slices"
	"testing"
)

// TestInclusionSubject: a plural noun phrase of persons postmodified by
// an exemplifying phrase that names some of its members speaks, not the
// last name of the examples ("including", "such as", "like", "among
// them"; set off by commas or dashes, or a list of names whose closing
// comma the writer left out; before or after a quotation); a named subject with "like" keeps its
// reading, and so does an apposition of names (no marker).
func TestInclusionSubject(t *testing.T) {
	const opening = "The quarry council met in Selvik on Thursday.\n\n"
	for _, c := range []struct{ body, quote, want string }{
		{"Several council members, including Ines Varga and Olaf Brandt, criticized the new toll on the bridge.", "the new toll on the bridge", "Several council members"},
		{"Some skippers, such as Olaf Brandt, said the harbour was too shallow for the ferries.", "the harbour was too shallow for the ferries", "Some skippers"},
		{"Critics — among them Olaf Brandt — warned that the kiln would be torn down.", "the kiln would be torn down", "Critics"},
		{"Several masons, including Sens. Ines Varga (Ore.) and Olaf Brandt (Tex.) have since denounced the closing of the quarry road.", "the closing of the quarry road", "Several masons"},
		{"Some skippers, like Olaf Brandt, a ferry pilot from the north shore, said the harbour needed dredging.", "the harbour needed dredging", "Some skippers"},
		{"Olaf Brandt, like Ines Varga, said the kiln should stay open all winter.", "the kiln should stay open all winter", "Olaf Brandt"},
		{"Two masons, Ines Varga and Olaf Brandt, said the old wall would fall soon.", "the old wall would fall soon", "Olaf Brandt"},
		{"“The toll is far too high,” several council members, including Olaf Brandt, said.", "The toll is far too high", "several council members"},
	} {
		got, _, found := quoteSource(analyze(opening+c.body), c.quote)
		if !found {
			t.Errorf("%q: no quote %q", c.body, c.quote)
		} else if got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.body, got, c.want)
		}
	}
}

// TestInclusionMembers: the persons an exemplifying postmodifier names
// are kept as the group speaker's members (they spoke too); a named
// subject has none.
func TestInclusionMembers(t *testing.T) {
	const opening = "The quarry council met in Selvik on Thursday.\n\n"
	for _, c := range []struct {
		body, quote string
		want        []string
	}{
		{"Several council members, including Ines Varga and Olaf Brandt, criticized the new toll on the bridge.", "the new toll on the bridge", []string{"Ines Varga", "Olaf Brandt"}},
		{"Critics — among them Olaf Brandt — warned that the kiln would be torn down.", "the kiln would be torn down", []string{"Olaf Brandt"}},
		{"Several masons, including Ines Varga and Olaf Brandt have since denounced the closing of the quarry road.", "the closing of the quarry road", []string{"Ines Varga", "Olaf Brandt"}},
		{"Olaf Brandt, like Ines Varga, said the kiln should stay open all winter.", "the kiln should stay open all winter", nil},
		// A given name sharing the next name's surname is no member of its own.
		{"Several masons, including David and Jeanne Marlow, criticized the new toll on the bridge.", "the new toll on the bridge", []string{"Jeanne Marlow"}},
		{"Several masons, including Olaf Brandt and Ines Varga, criticized the new toll on the bridge.", "the new toll on the bridge", []string{"Olaf Brandt", "Ines Varga"}},
	} {
		_, got, found := quoteSource(analyze(opening+c.body), c.quote)
		if !found {
			t.Errorf("%q: no quote %q", c.body, c.quote)
		} else if !slices.Equal(got, c.want) {
			t.Errorf("%q: members %q, want %q", c.body, got, c.want)
		}
	}
}

// quoteSource returns the source of the quote whose text is quote (an
// unnamed source's phrase when there is one, else its speaker, as
// quoteSpeaker gives it), the names of its members, and whether such a
// quote was read.
func quoteSource(a *Analysis, quote string) (speaker string, members []string, found bool) {
	for _, q := range a.Quotes {
		if q.Text != quote {
			continue
		}
		found = true
		speaker = q.Speaker
		if p, _ := a.UnnamedSource(q); p != "" {
			speaker = p
		}
		for _, e := range q.Members {
			members = append(members, a.Entities[e].Name)
		}
	}
	return speaker, members, found
}
