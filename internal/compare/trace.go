package compare

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/logit"
	"github.com/corroborate/corroborate/internal/mention"
)

// TraceValue says where the chain from two stated values to one
// discrepancy stops: the value at byte offset off of article di's text and
// the value at offset offj of article dj (indexes of in.Docs). The steps,
// in order: "not read" (no typed value there), "dropped" (read, but no fact:
// a conversion, a rank, a need, a page stamp), "no slot" (slotScore 0, with
// the evidence it weighed), "no pair" (each value's best match in the other
// article is another value), "agree" (the values are compatible), "joined
// elsewhere or suppressed" (a mutual best match that yields no discrepancy
// with both values), "reported". It is a diagnostic of the evaluation
// tools (eval plant -v) and changes nothing.
func TraceValue(in Input, di, off, dj, offj int) string {
	c := newComparer(in)
	c.withFar = true
	facts := c.valueFacts()
	fi, wi := c.traceFind(facts, di, off)
	fj, wj := c.traceFind(facts, dj, offj)
	switch {
	case wi == "":
		return "not read: no value at the changed figure"
	case fi < 0:
		return "dropped: " + wi + " read, no fact"
	case wj == "":
		return "not read: no value at the other article's figure"
	case fj < 0:
		return "dropped: other " + wj + " read, no fact"
	}
	f, g := &facts[fi], &facts[fj]
	s := c.slotScore(f, g)
	if s == 0 {
		return "no slot: " + c.slotWhy(f, g) + c.timesWhy(f, g) + c.modelWhy(facts, fi, fj, c.modelMade(facts))
	}
	bi, si := c.traceBest(facts, fi, dj)
	bj, sj := c.traceBest(facts, fj, di)
	if bi != fj || bj != fi {
		return fmt.Sprintf("no pair: score %.2f; best of %q there %q (%.2f), best of %q here %q (%.2f)", s,
			f.v.Text, facts[bi].v.Text, si, g.v.Text, facts[bj].v.Text, sj)
	}
	if sameValue(f.v, g.v) {
		return fmt.Sprintf("agree: %q and %q are compatible", f.v.Text, g.v.Text)
	}
	for _, d := range newComparer(in).valueDiscrepancies() {
		var has [2]bool
		for _, v := range d.Values {
			w := fmt.Sprint(v.Value)
			has[0] = has[0] || w == written(f.v)
			has[1] = has[1] || w == written(g.v)
		}
		if has[0] && has[1] {
			return fmt.Sprintf("reported (score %.2f)", s)
		}
	}
	return fmt.Sprintf("joined elsewhere or suppressed: mutual best (score %.2f), no discrepancy with both", s)
}

// traceFind returns the fact of doc di whose value spans article offset
// off (-1 when none) and the type of the value read there ("" when none).
func (c *comparer) traceFind(facts []fact, di, off int) (int, string) {
	docs, _ := c.threadDocs()
	if di < 0 || di >= len(docs) {
		return -1, ""
	}
	a := docs[di].Analysis
	read := ""
	for _, v := range mention.Values(a) {
		st := a.Sentences[v.Sentence].Start
		if st+v.Start <= off && off < st+v.End {
			read = v.Type + " " + fmt.Sprintf("%q", v.Text)
			for k := range facts {
				if facts[k].doc == di && facts[k].v.Sentence == v.Sentence && facts[k].v.Start == v.Start {
					return k, read
				}
			}
		}
	}
	return -1, read
}

// traceBest is fact i's best match in doc d, as valueDiscrepancies finds it.
func (c *comparer) traceBest(facts []fact, i, d int) (int, float64) {
	best, score := -1, 0.0
	for j := range facts {
		if facts[j].doc != d || slotFamily(facts[j].v.Type) != slotFamily(facts[i].v.Type) {
			continue
		}
		if s := c.slotScore(&facts[i], &facts[j]); s > score {
			best, score = j, s
		}
	}
	if best < 0 {
		return i, 0
	}
	return best, score
}

// slotWhy lists the evidence slotScore weighed for two values it did not
// join.
func (c *comparer) slotWhy(f, g *fact) string {
	switch {
	case !c.countsComparable(f, g):
		return fmt.Sprintf("not comparable (%s %q unit %q event %q / unit %q event %q)", f.v.Type, f.v.Text, f.v.Unit, f.v.Event, g.v.Unit, g.v.Event)
	case distinctFacts(f, g):
		return fmt.Sprintf("distinct facts (reported %v/%v, owners %v/%v, background %q/%q, person %q/%q%s; %s)", f.reported, g.reported, f.owners, g.owners, f.bg, g.bg, f.person, g.person, ageWhy(f, g), distinctWhy(f, g))
	case vetoed(f, g):
		return fmt.Sprintf("vetoed (person %q/%q%s)", f.person, g.person, ageWhy(f, g))
	case c.datesOfTwoThings(f, g):
		return fmt.Sprintf("two dated things (%q/%q; %s)", f.head, g.head, c.datesWhy(f, g))
	}
	var parts []string
	// sim as slotScore weighs it: one shared word says nothing
	// (sharedOverlap); the plain overlap beside it.
	parts = append(parts, fmt.Sprintf("sim %.2f (overlap %.2f) jac %.2f words %d/%d", sharedOverlap(f.words, g.words), lexicon.Overlap(f.words, g.words),
		jaccard(f.words, g.words), len(f.words), len(g.words)))
	parts = append(parts, fmt.Sprintf("verb %v actors %d", sharedVerb(f, g), sharedNames(f.actors, g.actors)))
	parts = append(parts, fmt.Sprintf("noun %q/%q event %q/%q head %q/%q", f.v.Noun, g.v.Noun, f.v.Event, g.v.Event, f.head, g.head))
	parts = append(parts, fmt.Sprintf("unique %v/%v sameType %d/%d", f.unique, g.unique, f.sameType, g.sameType))
	if gs := c.slotGuards(f, g); gs != "" {
		parts = append(parts, "guards "+gs)
	}
	if ordersApart(f.v, g.v) {
		parts = append(parts, "over 5x apart")
	}
	if f.v.Type == mention.VCount && (f.v.Event == "" || g.v.Event == "") {
		parts = append(parts, fmt.Sprintf("events differ %v shared event word %v", eventsDiffer(f.verbs, g.verbs), eventWordShared(f, g)))
	}
	return strings.Join(parts, "; ")
}

// slotGuards names the guards of slotScore that hold for two values and
// that slotWhy's other parts do not show ("" when none): two events of
// two leads (eventgate.go), a far thread (farthread.go), a day of a state,
// a deadline beside a moment, two stretches of time, two counts of two
// events (possession.go), two acts counted (guards9.go), two predicates
// (predicates.go), a bracketed conversion
// beside a plain figure, two units of time (durations.go). Without them a pair
// printed with high similarity and no reason would read as a threshold
// missed.
func (c *comparer) slotGuards(f, g *fact) string {
	return strings.Join(guardsOn([]namedGuard{
		{"two events", c.twoEvents(f, g)}, {"far apart", c.farApart(f, g)},
		{"state", isDayOrClock(f.v.Type) && (c.stateVerb(f.head) || c.stateVerb(g.head))},
		{"deadline", f.deadline != g.deadline && !c.sameVerb(f.head, g.head)}, {"stretch", f.stretch != g.stretch},
		{"events clash", c.countEventsClash(f, g)}, {"two acts", f.v.Type == mention.VCount && c.twoActs(f, g)},
		{"two predicates", c.twoPredicates(f, g)}, {"two measures", c.twoMeasures(f, g)},
		{"converted/plain", f.converted() != g.converted()}, {"units of time", unitsOfTimeDiffer(f.v, g.v)},
	}), ", ")
}

// namedGuard is a guard of the slot search and whether it holds for a
// pair of values.
type namedGuard struct {
	name string
	on   bool
}

// guardsOn names the guards that hold.
func guardsOn(gs []namedGuard) []string {
	var out []string
	for _, x := range gs {
		if x.on {
			out = append(out, x.name)
		}
	}
	return out
}

// distinctWhy names the guards of distinctFacts that hold for two values.
func distinctWhy(f, g *fact) string {
	out := guardsOn([]namedGuard{
		{"reported", f.v.Type != mention.VYear && f.v.Type != mention.VMonth && (f.reported || g.reported)},
		{"owners", ownersDiffer(f, g)}, {"joint", jointApart(f, g)}, {"possessors", possessorsDiffer(f, g)},
		{"containers", containersDiffer(f, g)}, {"background", bgDiffer(f, g)},
		{"people's days", twoPeoplesDays(f, g)}, {"months apart", monthsApart(f, g)}, {"frame", f.frame != g.frame},
		{"scenes", twoScenes(f, g)}, {"unnamed people", twoUnnamedPeoples(f, g)}, {"sums", twoSums(f, g)},
		{"happenings apart", happeningsApart(f, g)}, {"round-up", roundupApart(f, g)}, {"later member", laterMemberApart(f, g)},
		{"two people", f.v.Type == mention.VAge && f.person != "" && g.person != "" && !samePerson(f.person, g.person) && !agesOfOnePerson(f, g)},
		{"orders apart", ordersApart(f.v, g.v)}, {"series", seriesDiffer(f, g)}, {"among", f.among != g.among},
		{"voices", voicesDiffer(f.voice, g.voice)}, {"grade", f.grade != g.grade && f.v.Event == g.v.Event},
	})
	if len(out) == 0 {
		return "other guard"
	}
	return strings.Join(out, ", ")
}

// ageWhy is, for two ages, what the age guards weigh besides the person:
// act, role, whether it is its article's only age of that role, its only
// age told dead and its only age told hurt (hurtOnly), the sex of its
// noun, the silent people its article names; "" for other values.
func ageWhy(f, g *fact) string {
	if f.v.Type != mention.VAge {
		return ""
	}
	return fmt.Sprintf(", act %q/%q role %q/%q only %v/%v dead %v/%v hurt %v/%v sex %d/%d people %v/%v two %v/%v many %v/%v", f.ageAct, g.ageAct, f.ageRole, g.ageRole,
		f.roleOnly, g.roleOnly, f.deadOnly, g.deadOnly, f.hurtOnly, g.hurtOnly, f.ageSex, g.ageSex, f.rolePeople, g.rolePeople, f.twoOfNoun, g.twoOfNoun, f.roleMany, g.roleMany)
}

// timesWhy shows how two times were read: each one's head verb, whether
// it was read before the time, whether the time dates a statement, the
// other happenings it dates, and whether it is its article's only
// weekday or its verb's only day, and whether it is its article's central day
// ("" for other values).
func (c *comparer) timesWhy(f, g *fact) string {
	if !isTime(f.v.Type) && f.v.Type != mention.VClock {
		return ""
	}
	one := func(x *fact) string {
		return fmt.Sprintf("%q before %v reported %v alts %v only %v/%v main %q central %v", x.head, x.headBefore, x.reported, c.datedAlts(x), x.onlyDay, x.onlyVerbDay, x.mainEvent, x.centralDay)
	}
	return "; times " + one(f) + " | " + one(g)
}

// datesWhy names the guard of datesOfTwoThings that holds for two times.
func (c *comparer) datesWhy(f, g *fact) string {
	switch {
	case c.twoDatedKinds(f, g):
		return "kinds"
	case c.possessiveElsewhere(f, g) || c.possessiveElsewhere(g, f):
		return "possessive"
	case c.twoSubjectEvents(f, g):
		return fmt.Sprintf("subject events %q/%q", f.subjEvent, g.subjEvent)
	case c.twoQualifiedNouns(f, g):
		return "qualified nouns"
	}
	return "happenings"
}

// modelMade is the pairs the same-fact model makes of facts (modelSlots,
// on the rules' best counterparts), with their probabilities.
func (c *comparer) modelMade(facts []fact) map[[2]int]float64 {
	best, bestScore := c.ruleBest(facts)
	return c.modelSlots(facts, best, bestScore)
}

// modelWhy says what the same-fact model made of two facts no slot joins:
// whether it paired them itself (in made, modelMade's pairs:
// "model-paired"), else whether the pair was its candidate (a rule pairs
// neither with a value of the other's article, and the hard guards pass)
// and its probability, else every hard guard that stops it, in the order
// they are tried (modelGuardsOn: guards stack, and lifting the first only
// shows the next).
func (c *comparer) modelWhy(facts []fact, fi, fj int, made map[[2]int]float64) string {
	i, j := min(fi, fj), max(fi, fj)
	if p, ok := made[[2]int{i, j}]; ok {
		return fmt.Sprintf("; model-paired p=%.3f", p)
	}
	best, _ := c.ruleBest(facts)
	for _, p := range c.unslottedPairs(facts, best) {
		if p.i == i && p.j == j {
			return fmt.Sprintf("; model p=%.3f", logit.Prob(sameFactWeights[:], p.x[:]))
		}
	}
	switch {
	case hasKey(best[fi], facts[fj].doc):
		return "; model: changed value rule-paired there"
	case hasKey(best[fj], facts[fi].doc):
		return "; model: other value rule-paired here"
	}
	if on := c.modelGuardsOn(&facts[fi], &facts[fj]); len(on) > 0 {
		return "; model: guarded " + strings.Join(on, ", ")
	}
	return "; model: no candidate"
}

// hasKey reports whether map m holds key k.
func hasKey(m map[int]int, k int) bool {
	_, ok := m[k]
	return ok
}
