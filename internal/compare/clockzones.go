package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// A clock time given with the writer's bracketed conversion into another
// zone ("ballot boxes shut at 7 p.m. local time (1500 GMT)") names one moment
// twice: the conversion is an appositive restatement of the time (Quirk
// et al. 1985 §17.65ff, apposition), not a second moment of its verb
// (markRoundups, zoneConversion). Two articles that each time one verb so
// and agree on the converted time speak of one moment, whatever their
// other wording ("voting ends at …" / "stations were closed at …"): the
// times in the first zone are one fact's values (clockZoneSlot), as the
// members of two coordinated alternatives are by place
// (alternativesSlot).

// zonePartner returns the other time of a clock time's pair of a time and
// its bracketed conversion: the time it converts (source), or the clock
// time in brackets right after it in another zone; ok is false when the
// time is in no such pair.
func zonePartner(f *fact) (mention.Value, bool) {
	if f.v.Type != mention.VClock {
		return mention.Value{}, false
	}
	if f.source != nil {
		return *f.source, true
	}
	for _, o := range f.others {
		if o.Type != mention.VClock || o.Sentence != f.v.Sentence || o.Unit == f.v.Unit || o.Start < f.v.End || o.Start > len(f.sent) {
			continue
		}
		if strings.TrimSpace(f.sent[f.v.End:o.Start]) == "(" {
			return o, true
		}
	}
	return mention.Value{}, false
}

// clockZoneSlot reports whether two clock times of one verb (sameVerb),
// each in a zone with its bracketed conversion into another, are one
// moment's times: the two are in one zone, and their conversions are in
// one zone and agree (sameValue). Statements and deadlines are left out.
func (c *comparer) clockZoneSlot(f, g *fact) bool {
	if f.reported || g.reported || f.deadline || g.deadline || f.v.Unit != g.v.Unit || f.v.Unit == "" || !c.sameVerb(f.head, g.head) {
		return false
	}
	pf, okf := zonePartner(f)
	pg, okg := zonePartner(g)
	return okf && okg && pf.Unit == pg.Unit && pf.Unit != f.v.Unit && sameValue(pf, pg)
}

// localTimesApart reports whether two clock times are told in the local
// time of two places (placeRelative, placesApart): two zones, whose
// times are no one fact's values however alike the sentences read.
func localTimesApart(f, g *fact) bool {
	return placeRelative(f.v.Unit) && placeRelative(g.v.Unit) && placesApart(f, g)
}

// placeRelative reports whether a clock time's unit names no zone of its
// own but the time of the place spoken of ("local time"): a place deictic
// (Levinson 1983 ch. 2.2.3, place deixis; Fillmore 1975), one zone in two
// sentences only when they speak of one place. Polls that close "at 8 p.m.
// local time (1700 GMT)" in one province and "at 7 p.m. local time (1700
// GMT)" in another close at one moment in two zones.
func placeRelative(unit string) bool { return unit == "local time" }

// placesApart reports whether each of two sentences names a place the
// other does not (placeWords).
func placesApart(f, g *fact) bool {
	pf, pg := placeWords(f), placeWords(g)
	return holdsOther(pf, pg) && holdsOther(pg, pf)
}

// holdsOther reports whether a holds a word b lacks.
func holdsOther(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return true
		}
	}
	return false
}

// placeWords are the words of a sentence that may name where its
// happening is: the capitalised words of a name after a preposition of
// place ("in Dorrin", "across Marrow", "the province of Quill"; Quirk et
// al. 1985 §9.15ff), values ("GMT", "Monday") and persons' name words
// aside, and the compass words ("in the far west"). A name in another
// role ("the Election Commission said", "Reuters reported") says who, not
// where.
func placeWords(f *fact) map[string]bool {
	out := map[string]bool{}
	toks := f.tokens()
	inPlace := false
	for k, t := range toks {
		w := strings.TrimSuffix(strings.TrimSuffix(t.Lower, "'s"), "’s")
		if inValue(f, t.Start, t.End) {
			inPlace = false
			continue
		}
		switch {
		case compassWords[w] && len(w) > 1 && w != "side" && w != "the":
			out[w] = true
		case k > 0 && t.IsCapitalized():
			if !inPlace && placePrepositions[toks[k-1].Lower] {
				inPlace = true
			}
			if inPlace && !f.names[w] {
				out[w] = true
			}
			continue
		}
		inPlace = false
	}
	return out
}

// placePrepositions open a phrase of place (Quirk et al. 1985 §9.15ff),
// with "of" of a place's name after its kind ("the province of Quill").
var placePrepositions = map[string]bool{"in": true, "at": true, "across": true, "near": true, "throughout": true,
	"outside": true, "inside": true, "around": true, "of": true}

// inValue reports whether the text between byte offsets from and to of
// f's sentence lies inside one of its values.
func inValue(f *fact, from, to int) bool {
	if f.v.Start <= from && to <= f.v.End {
		return true
	}
	for _, o := range f.others {
		if o.Sentence == f.v.Sentence && o.Start <= from && to <= o.End {
			return true
		}
	}
	return false
}
