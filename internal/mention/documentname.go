package mention

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
)

var (
	legalDocOnce  sync.Once
	legalDocHeads map[string]bool
)

// legalDocumentHead reports whether a lower-case word's most frequent
// noun sense lies within three hypernym steps under WordNet's "legal
// document, legal instrument, official document, instrument" (06479665):
// "act" (a statute), "constitution", "treaty", "warrant", "charter".
func legalDocumentHead(w string) bool {
	legalDocOnce.Do(func() {
		lx := lexicon.Default()
		legalDocHeads = map[string]bool{}
		if ids := lx.SynsetIDs("legal document", lexicon.Noun); len(ids) > 0 {
			for _, n := range lx.NounsUnder(ids[:1], 3) {
				if !strings.Contains(n, " ") {
					legalDocHeads[n] = true
				}
			}
		}
	})
	return legalDocHeads[w]
}

// DocumentName reports whether a speaker's name is the title of a legal
// text, not a person or a body: its last word is a capitalised common noun
// whose most frequent sense is a legal document (legalDocumentHead: "the
// Espionage Act", "the Constitution", "the Harbour Treaty"). A law's title
// names the text by its head noun, as "the report" does (Quirk et al.
// 1985, §17.92, proper names with a common noun head); such a text is a
// document source. A first name at the end ("Buffalo Bill") and an
// acronym stay names.
func DocumentName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], namePunct)
	return startsUpper(last) && !isAcronym(last) && !IsFirstName(last) && legalDocumentHead(lower(last))
}
