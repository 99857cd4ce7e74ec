package compare

// The time of one named event (clock2, session 55). A clock time whose
// clause names the event it dates by its subject noun ("the fire broke
// out at 2:10 a.m.", "the collapse came at 8:40 a.m.", "the walkout began
// at 7 a.m.": occurrence.go reads the event the verb of occurring or of
// beginning has for subject) dates that event, a definite noun phrase
// that refers back to the story's happening (Quirk et al. 1985 §5.32,
// anaphoric "the"), not the wording around it. Another article's only
// clock time of the same event, told by its verb ("the bridge collapsed
// at 7:20 a.m.") or by its noun again, is the time of the same moment
// whatever the two sentences say besides (Quirk et al. 1985 §8.55: the
// time adjunct is of its clause's event).

// namedEventClocks reports whether two clock times are the only clock
// times of their articles (unique), neither a deadline ("by 9 p.m."),
// both dating the same event (sameVerb of their heads), and at least one
// names that event by its subject noun (v.Event, set by occurrenceEvent
// for a time of the event its subject names).
func (c *comparer) namedEventClocks(f, g *fact) bool {
	return f.unique && g.unique && !f.deadline && !g.deadline && !f.reported && !g.reported && c.sameVerb(f.head, g.head) &&
		(f.v.Event != "" || g.v.Event != "" || c.oneThingSubjects(f, g)) // clocksubject.go
}
