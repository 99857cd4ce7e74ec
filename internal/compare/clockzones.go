package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// A clock time given with the writer's bracketed conversion into another
// zone ("polls close at 7 p.m. local time (1500 GMT)") names one moment
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
