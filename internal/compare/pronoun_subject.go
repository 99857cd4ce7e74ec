package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// pronounSubject names the subject a clause gives by a personal pronoun,
// p.pron at body offset off of sentence si of article di, or "" when the
// story cannot tell whom it names:
//   - "I" or "we" inside a direct quotation is its speaker ("“We have
//     recovered most of it,” police said");
//   - a pronoun opening the content clause of a report is the reporter when
//     it fits ("Marta Quell said she had resigned", "police said they had
//     recovered …": Quirk et al. 1985 §14.31, the subject of indirect
//     speech keeps the speaker's person shifted to the third);
//   - any other "he" or "she" is the nearest person of that gender named
//     before it (mention.Analysis.Antecedent); "they" and "we" elsewhere
//     name no one a reader could check.
func (c *comparer) pronounSubject(di, si, off int, p proposition) string {
	a := c.in.Docs[di].Analysis
	qi := c.quoteAt(di, off)
	if qi >= 0 && !p.own && p.holder != "" {
		q := a.Quotes[qi]
		switch {
		case q.Direct && (p.pron == "i" || p.pron == "we"):
			if c.holderFits(di, q.Entity, p.holder, p.pron) {
				return p.holder
			}
			return ""
		case !q.Direct && opensReport(a.Sentences[si], q.Start, off):
			if c.holderFits(di, q.Entity, p.holder, p.pron) {
				return p.holder
			}
		}
	}
	if p.pron != "he" && p.pron != "she" || p.own && p.hedged {
		return "" // "… if he needed to": a condition the outlet sets, no claim of its own
	}
	if qi >= 0 && a.Quotes[qi].Direct {
		return "" // "he" inside someone's quotation: whom the speaker means
	}
	e := a.Antecedent(si, off-a.Sentences[si].Start, p.pron)
	if e < 0 {
		return ""
	}
	return c.in.Merged.Name(di, e)
}

// opensReport reports whether the pronoun at body offset off opens the
// content clause that starts at start: nothing but "that" stands between.
func opensReport(s text.Sentence, start, off int) bool {
	if off < start || off-start > 6 || start < s.Start || off-s.Start > len(s.Text) {
		return false
	}
	w := strings.ToLower(strings.TrimSpace(s.Text[start-s.Start : off-s.Start]))
	return w == "" || w == "that"
}

// holderFits reports whether a reporter can be what a pronoun names: its
// entity when the quote reader found one (gender and number checked),
// else a noun of persons or groups as written — singular for "he", "she"
// and "I" ("the fire chief"), plural or a group for "they" and "we"
// ("police", "investigators", "the company").
func (c *comparer) holderFits(di, entity int, holder, pron string) bool {
	a := c.in.Docs[di].Analysis
	if entity >= 0 {
		if pron == "we" {
			pron = "they" // one person's "we" is a group the story may not name
		}
		return a.PronounFits(pron, entity) || pron == "it" && namelessOfGender(&a.Entities[entity])
	}
	f := strings.Fields(strings.ToLower(holder))
	if len(f) == 0 {
		return false
	}
	head := f[len(f)-1]
	base := c.lx.Base(head, lexicon.Noun)
	plural := base != head || c.lx.HasLex(base, lexicon.Noun, lexicon.NounGroup)
	if !isPersonNoun(c.lx, base) {
		return false
	}
	switch pron {
	case "they", "we":
		return plural
	}
	return !plural
}

// antecedentAt returns the resolver of "he" and "she" in sentence si of
// article di: the nearest person of that gender named before the pronoun
// (mention.Analysis.Antecedent), never inside a direct quotation (there
// the pronoun is the speaker's word for someone).
func (c *comparer) antecedentAt(di, si int) func(int) string {
	a := c.in.Docs[di].Analysis
	return func(j int) string {
		t := a.Tokens[si][j]
		off := a.Sentences[si].Start + t.Start
		if qi := c.quoteAt(di, off); qi >= 0 && a.Quotes[qi].Direct {
			return ""
		}
		e := a.Antecedent(si, t.Start, t.Lower)
		if e < 0 {
			return ""
		}
		return c.in.Merged.Name(di, e)
	}
}

// namelessOfGender reports whether a name read as a person's may be an
// organisation's that "it" stands for ("Marsh Water denied that it had
// …"): typed a person only for its shape, it has no title, no gender from
// text or title, and its first word is no given name. "it" never stands
// for a person named so (Quirk et al. 1985 §6.10, personal reference), so
// the report's own "it" says it is no person.
func namelessOfGender(e *mention.ArticleEntity) bool {
	if e.Type != mention.Person && e.Type != mention.Other || len(e.Titles) > 0 || e.Gender() != 0 {
		return false
	}
	f := strings.Fields(e.Name)
	return len(f) >= 2 && !mention.IsFirstName(f[0])
}
