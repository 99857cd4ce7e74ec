package mention

// Antecedent returns the article entity a third-person pronoun at byte
// offset off of sentence si most likely refers to — the nearest entity
// mentioned before it, within six sentences and outside quotations, that
// the pronoun can name (person and gender for "he"/"she", an organisation
// or group for "they"/"it") — or -1.
func (a *Analysis) Antecedent(si, off int, pronoun string) int {
	return a.recentEntity(si, off, pronoun)
}

// PronounFits reports whether a pronoun can refer to article entity e: a
// person of that gender for "he"/"she", one person for "I", an
// organisation or people for "they".
func (a *Analysis) PronounFits(pronoun string, e int) bool {
	if e < 0 || e >= len(a.Entities) {
		return false
	}
	return pronounFits(pronoun, &a.Entities[e])
}
