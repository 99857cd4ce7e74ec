package compare

import "github.com/corroborate/corroborate/internal/mention"

// This file keeps apart the clock times of an article that tells of
// several happenings of one kind: a round-up ("a man was shot about 4:30
// p.m. …; about 9:10 p.m., a woman was shot …") gives one verb two
// moments, so which of its happenings another article's time belongs to
// is said only by who they happened to.

// markRoundups sets roundup for every clock time whose article gives the
// same verb (its head, the verb the time dates) another clock time that is
// not the same moment: the article tells of two or more happenings of that
// verb, or contradicts itself. An article tells one happening at one
// moment; two moments of one verb are two happenings.
func markRoundups(facts []fact) {
	type key struct {
		doc  int
		head string
	}
	times := map[key][]*fact{}
	for i := range facts {
		f := &facts[i]
		if f.v.Type == mention.VClock && f.head != "" && !f.reported {
			k := key{f.doc, f.head}
			times[k] = append(times[k], f)
		}
	}
	for i := range facts {
		f := &facts[i]
		if f.v.Type != mention.VClock || f.head == "" || f.reported {
			continue
		}
		for _, g := range times[key{f.doc, f.head}] {
			if !sameValue(g.v, f.v) && !zoneConversion(f, g) {
				f.roundup = true
				break
			}
		}
	}
}

// zoneConversion reports whether one of two clock times of a sentence is
// the writer's bracketed conversion of the other into another zone ("at
// 6 p.m. local time (1400 GMT)", bracketConversion): an appositive
// restatement of one moment (Quirk et al. 1985 §17.65ff), not a second
// moment of the verb.
func zoneConversion(f, g *fact) bool {
	if f.sent != g.sent {
		return false
	}
	return f.source != nil && sameValue(*f.source, g.v) || g.source != nil && sameValue(*g.source, f.v)
}

// roundupApart reports whether two clock times are of two happenings by
// the round-up rule: one of them is a time of a round-up's verb
// (markRoundups) and the two sentences name no person in common. A round-up's
// time is one of several moments of its verb; another article's time of
// that verb is the same happening's only when both say whose it is.
func roundupApart(f, g *fact) bool {
	if f.v.Type != mention.VClock || g.v.Type != mention.VClock || !f.roundup && !g.roundup {
		return false
	}
	return !sharePerson(f, g)
}

// sharePerson reports whether the sentences of two day or clock facts name
// one person (their people and the persons they date).
func sharePerson(f, g *fact) bool {
	for _, xs := range [][]string{f.people, f.ownerPeople} {
		for _, x := range xs {
			if anySamePerson(g.people, x) || anySamePerson(g.ownerPeople, x) {
				return true
			}
		}
	}
	return false
}
