package compare

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// predication is the cached name of a proposition (see Cache).
type predication = proposition

func isTitleCase(toks []text.Token) bool {
	caps, words := 0, 0
	for _, t := range toks {
		if t.IsWord() && len(t.Text) > 3 {
			words++
			if t.IsCapitalized() {
				caps++
			}
		}
	}
	return words > 2 && caps*10 >= words*7
}

// aliasIndex maps story aliases to canonical names for reading headlines.
func (c *comparer) aliasIndex() map[string]string {
	m := map[string]string{}
	for _, e := range c.in.Merged.Entities {
		for _, a := range e.Aliases {
			if len(a) > 2 {
				m[a] = e.Name
			}
		}
		m[e.Name] = e.Name
	}
	return m
}

func (c *comparer) predications() []predication {
	if c.in.Cache == nil {
		return c.predicationsOf(c.in.Docs)
	}
	c.in.Cache.mu.Lock()
	p, ok := c.in.Cache.preds[c.in.Merged]
	c.in.Cache.mu.Unlock()
	if ok {
		return p
	}
	p = c.predicationsOf(c.in.Docs)
	c.in.Cache.mu.Lock()
	c.in.Cache.preds[c.in.Merged] = p
	c.in.Cache.mu.Unlock()
	return p
}

func (c *comparer) predicationsOf(docs []story.Doc) []predication {
	var out []predication
	aliases := c.aliasIndex()
	for di, d := range docs {
		a := d.Analysis
		holderOwn := c.ownVoiceHolderOf(docs, di)
		for si, s := range a.Sentences {
			toks := a.Tokens[si]
			entityAt := func(j int) string {
				for _, m := range a.Mentions {
					if m.Sentence == si && m.End >= toks[j].End && m.Start <= toks[j].Start && m.End <= toks[j].End+1 {
						if t := a.Entities[m.Entity].Type; t == mention.Organization || t == mention.Other || t == mention.Person || t == mention.Place {
							return c.in.Merged.Name(di, m.Entity)
						}
					}
				}
				return ""
			}
			r := c.reader(toks, entityAt, false)
			r.antecedent = c.antecedentAt(di, si)
			for _, p := range r.read() {
				p = c.demandRole(p)
				p = c.governmentHead(p)
				p = c.resolveClassNoun(di, p)
				p.doc, p.sentence = di, s.Text
				holder := c.holderIn(di, s.Start+p.pos, holderOwn, !p.reported)
				p.holder, p.own = holder, holder == holderOwn && holder != ""
				p = c.asideHeld(p, di, s.Start, holderOwn) // "X said …, which Y won by 212 votes": the writer's
				if p.own && p.reported {
					continue // "X allegedly did Y": the outlet reports others' claim
				}
				if p.pron != "" {
					if p.subject = c.pronounSubject(di, si, s.Start+p.pronAt, p); p.subject == "" {
						continue
					}
				}
				if p.pron == "" && p.verbText != "" && pluralForms[strings.ToLower(strings.Fields(p.verbText)[0])] && c.personEntity(p.subject) {
					continue // "… and Tom Okafor were injured": one person of a coordination, read as the subject (no concord)
				}
				if p.ownAct {
					out = c.appendOwnAct(out, p) // "<Name> denied starting the fire": held by <Name>
					continue
				}
				if p.demandBy != "" || p.demandByPron != "" {
					out = c.appendDemand(out, di, si, s.Start, p) // "<Y> urged <X> to resign": held by <Y>
					continue
				}
				if !p.own && p.pron == "" && c.namesItself(di, s.Start+p.pos, p) {
					continue // "X will return, Y announced" credited to X
				}
				if h := c.innerReporter(di, si, p); h != "" {
					p.holder = h // "X said some colleagues said she had …": the colleagues hold it
				}
				introApplied := false
				if (p.own || p.holder == "") && p.introVerb != "" {
					// "she apologised if the invoice was …", "officials
					// believe the boiler had failed": the subject of the verb
					// that governs the clause holds it — also inside a report
					// whose speaker has no name ("Lind apologised if the pump
					// failed, a statement said"): the governing verb is the
					// innermost report around the clause.
					h := c.governingSpeaker(di, si, p.introVerb)
					if h == "" && p.introHolder != "" && (c.personOrOrg(p.introHolder) || c.namedHolder(p.introHolder) != "") {
						h = p.introHolder
						if !c.personOrOrg(h) {
							h = c.namedHolder(h) // "Officials believe": a plural noun of persons
						}
						var ok bool
						if p, ok = c.verbPolarity(c.lx.Base(p.introVerb, lexicon.Verb), p); !ok {
							continue
						}
						introApplied = true
					}
					if h != "" && (p.pron != "" || !sameHolder(h, p.subject)) {
						// Nobody reports their own words by their own name:
						// "X said Doe appeared to …" read Doe as the speaker.
						p.holder, p.own = h, false
					}
					if h == "" && c.thinkingVerb(p.introVerb) {
						// "some residents don't believe the boy had a
						// gun": someone's belief or words the story cannot
						// name a holder for; the outlet does not state it.
						continue
					}
				}
				if c.plannerHolds(p) {
					p.holder, p.own = p.subject, false // "<X> hopes to host the games": <X>'s intention
				}
				if p.own && p.regarded {
					// "The shed is being investigated as arson": the
					// classification of whoever investigates, treats or
					// describes it (the passive's agent, unnamed), not a
					// claim the outlet makes; no one named holds it.
					continue
				}
				if r := c.roleName(p.holder); r != "" && !p.own {
					p.holder = r // "the fire chief said …": the story's fire chief
				}
				if p, ok := c.reportPolarity(di, s.Start+p.pos, p, !introApplied); ok {
					out = append(out, p)
					for _, co := range c.coSpeakers(di, si, p) {
						p.holder = co // "said <A> and <B>": A says it too
						out = append(out, p)
					}
					if p.holder == holder {
						for _, m := range c.groupMembers(di, s.Start+p.pos, holder) {
							p.holder = m // "<group>, including <A>, said": A says it too
							out = append(out, p)
						}
					}
				}
			}
		}
		if t := d.Article.Title; t != nil {
			out = append(out, c.headlinePredications(di, *t, holderOwn, aliases)...)
		}
	}
	return out
}

// headlinePredications reads the propositions of article di's headline t:
// the outlet's own (holderOwn), or a speaker's the headline names before or
// after a reporting verb.
func (c *comparer) headlinePredications(di int, t, holderOwn string, aliases map[string]string) []predication {
	var out []predication
	toks := text.Tokens(t)
	entityAt := func(j int) string { return aliasEndingAt(t, toks, j, aliases) }
	holder, hv, hstart := c.headlineSpeaker(t, toks, aliases)
	r := c.reader(toks, entityAt, true)
	for _, p := range r.read() {
		p.doc, p.sentence, p.holder, p.headline = di, t, holderOwn, true
		if holder != "" && headlineSpeaks(toks, p.pos, hv, hstart) {
			p.holder = holder
		}
		p.own = p.holder == holderOwn
		if p.own && p.reported {
			continue
		}
		out = append(out, p)
	}
	return out
}

// groupMembers names the members of a group speaker that the report
// around byte off of document di gives as examples ("Critics, including
// <A> and <B>, said …": mention.Quote.Members): they made the statement
// too, so each holds what the group holds; none when the report's holder
// is no group's (holder is the name the report was credited to).
func (c *comparer) groupMembers(di, off int, holder string) []string {
	qi := c.quoteAt(di, off)
	if qi < 0 || holder == "" {
		return nil
	}
	var out []string
	for _, e := range c.in.Docs[di].Analysis.Quotes[qi].Members {
		if n := c.in.Merged.Name(di, e); n != "" && n != holder && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// coSpeakers names the people coordinated with a proposition's holder as
// the subject of the report that carries it ("said <A> and <B>", "<A>, <C>
// and <B> said …"): a coordinated subject is each conjoin's (Quirk et al.
// 1985 §13.57, segregatory coordination), so each holds it too. The
// conjoins are people named in the sentence, joined by commas and a final
// "and", one of them a mention of the holder, and the list ends right
// before the report's verb (or its relative: "<A> and <B>, who
// said") or starts right after it, with no verb before it ("Police
// arrested <A> and <B> said …" is no pair); the outlet's own voice has
// none.
func (c *comparer) coSpeakers(di, si int, p proposition) []string {
	if p.own || p.holder == "" {
		return nil
	}
	a := c.in.Docs[di].Analysis
	sentence := a.Sentences[si].Text
	var people []mention.NameMention
	for _, m := range a.Mentions {
		if m.Sentence == si && !m.RoleOnly && m.Entity < len(a.Entities) && a.Entities[m.Entity].Type == mention.Person && m.End <= len(sentence) {
			people = append(people, m)
		}
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Start < people[j].Start })
	// Each of the holder's mentions may be the report's subject; the one
	// in a list that is the subject of a report's verb is ("<B> and <A>
	// met …, and <A> said …" has none: "met" reports nothing; "<B> and
	// <A> said … that X, as <A> has long held" has the first).
	first, last := -1, -1
	for i, m := range people {
		if c.in.Merged.Name(di, m.Entity) != p.holder {
			continue
		}
		f, l := conjoinList(sentence, people, i)
		if f != l && c.reportSubject(sentence, people[f].Start, people[l].End) {
			first, last = f, l
			break
		}
	}
	if first < 0 {
		return nil
	}
	var out []string
	for _, o := range people[first : last+1] {
		if n := c.in.Merged.Name(di, o.Entity); n != "" && n != p.holder && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// conjoinList returns the first and last of the mentions (in order of
// place) in one list with mention at: joined by commas, the last two by
// "and" (", and"), and by no other word. first == last when there is no
// such list.
func conjoinList(sentence string, people []mention.NameMention, at int) (first, last int) {
	join := func(i int) string { // the words between mention i and i+1
		if people[i].End > people[i+1].Start {
			return "overlap"
		}
		return strings.TrimSpace(sentence[people[i].End:people[i+1].Start])
	}
	joins := func(j string) bool { return j == "," || j == "and" || j == ", and" }
	first, last = at, at
	for first > 0 && joins(join(first-1)) {
		first--
	}
	for last+1 < len(people) && joins(join(last)) {
		last++
	}
	for i := first; i < last; i++ {
		if (join(i) == ",") != (i < last-1) {
			return at, at // "and" must join the last two, and only them
		}
	}
	return first, last
}

// reportSubject reports whether the words from start to end of sentence
// are the subject of a report: a report verb ("said", "told") follows
// right after it or after ", who", with no verb before it, or one comes
// right before it ("…," said <A> and <B>).
func (c *comparer) reportSubject(sentence string, start, end int) bool {
	after := text.Tokens(sentence[end:])
	if len(after) > 2 && after[0].Text == "," && (after[1].Lower == "who" || after[1].Lower == "whom") {
		after = after[2:] // "<A> and <B>, who said …": the relative's antecedent
	}
	if len(after) > 0 && c.reportVerbForm(after[0]) {
		before := text.Tokens(sentence[:start])
		return len(before) == 0 || !c.verbForm(before[len(before)-1])
	}
	before := text.Tokens(sentence[:start])
	return len(before) > 0 && c.reportVerbForm(before[len(before)-1])
}

// reportVerbForm reports whether a token is a reporting verb in the past
// or the third person present ("said", "says", "told").
func (c *comparer) reportVerbForm(t text.Token) bool {
	if !t.IsWord() || t.IsCapitalized() || strings.HasSuffix(t.Lower, "ing") {
		return false
	}
	b := c.reportBase(t)
	return b != t.Lower && mention.IsReportingVerb(b)
}

// verbForm reports whether a lower-case token is an inflected verb
// ("arrested", "met"): what follows it is its object, not a subject.
func (c *comparer) verbForm(t text.Token) bool {
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	b := c.reportBase(t)
	return b != t.Lower && c.lx.Has(b, lexicon.Verb) && !c.lx.Has(t.Lower, lexicon.Noun)
}

func (c *comparer) reader(toks []text.Token, entityAt func(int) string, headline bool) *clauseReader {
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = t.Lower
	}
	return &clauseReader{lx: c.lx, toks: toks, low: low, entityAt: entityAt, headline: headline, title: headline && isTitleCase(toks)}
}

var (
	classOnce             sync.Once
	orgClass, personClass []uint32
)

// resolveClassNoun reads a subject named by a class noun ("the group",
// "these organisations", "the person") as the article's most mentioned
// entity of that class: a definite noun phrase whose head is WordNet's
// "organization" or one of its hypernyms (group, social group) refers to an
// organisation named in the article, one whose head is "person" or one of
// its hypernyms (individual, being) to a person. More specific nouns ("the
// company", "the minister") are left as they are: the article may name
// several of them.
func (c *comparer) resolveClassNoun(di int, p proposition) proposition {
	if p.subjNoun == "" {
		return p
	}
	classOnce.Do(func() {
		orgClass = c.lx.SensesIn("organization", lexicon.Noun, lexicon.NounGroup)
		personClass = c.lx.SensesIn("person", lexicon.Noun, nounTops)
	})
	head := c.lx.SynsetIDs(p.subjNoun, lexicon.Noun)
	var want string
	switch {
	case classAbove(c.lx, orgClass, head):
		want = mention.Organization
	case classAbove(c.lx, personClass, head):
		want = mention.Person
	default:
		return p
	}
	a := c.in.Docs[di].Analysis
	best, most := -1, 0
	for ei, e := range a.Entities {
		if e.Type == want && e.Mentions > most {
			best, most = ei, e.Mentions
		}
	}
	if name := c.in.Merged.Name(di, best); name != "" {
		p.subject, p.subjNoun, p.subjText = name, "", ""
	}
	return p
}

// classAbove reports whether one of the synsets head is one of class's
// synsets or a hypernym of one (any number of steps up).
func classAbove(lx *lexicon.Lexicon, class, head []uint32) bool {
	for _, s := range class {
		if lx.SynsetUnder(s, lexicon.Noun, head, maxHypernymDepth) {
			return true
		}
	}
	return false
}

// maxHypernymDepth bounds a walk up WordNet's noun hierarchy; no noun is
// more than 19 steps below "entity" in WordNet 3.0.
const maxHypernymDepth = 20

// holderAt is who holds a statement at a byte offset of an article: the
// speaker of the quote or reported speech around it, else the outlet; ""
// inside a quote whose speaker has no name in the story. Of reports nested
// one in another ("X said that Y told reporters that …"), the innermost
// one around the statement holds it: the report nearest a clause governs
// it. Past what the quote reader kept, a report whose verb comes first in
// the sentence holds its content clause (reportAround).
func (c *comparer) holderAt(di, off int, own string) string {
	return c.holderIn(di, off, own, true)
}

// holderIn is holderAt; with around false, only a reading of the quote
// reader that spans off gives a holder (a clause that names its own
// source, "a proof for <X> that …", is not the outer report's).
func (c *comparer) holderIn(di, off int, own string, around bool) string {
	a := c.in.Docs[di].Analysis
	in := c.quoteAt(di, off)
	if in < 0 {
		var ok bool
		if !around {
			return own
		}
		if in, ok = c.reportAround(di, off); !ok {
			return own
		}
	}
	q := a.Quotes[in]
	if q.Direct && !quoteReaches(a, q, off) {
		return own // a quotation mark left open: the outlet's own words
	}
	if h := c.introducerOf(di, q); h != "" {
		return h
	}
	// "" for someone the story cannot name: see creditQuotes.
	return c.quoteSpeaker(di, q)
}

// introducerOf names who a quotation is put in the mouth of when its
// report is credited to an outer source ("Doe affirmed “…,” according to
// a statement"): the person or organisation named right before a verb of
// saying right before the quotation mark, or in a reporting clause of its
// own between the words and the outer source ("“…,” Doe said, according
// to the Herald"; see commentClauseSpeaker). The outer source reports
// Doe's words; Doe holds them. "" when the report's cue is a verb (its
// subject speaks) or no such name introduces the quotation.
func (c *comparer) introducerOf(di int, q mention.Quote) string {
	f := strings.Fields(strings.ToLower(q.Cue))
	if len(f) == 0 || f[0] != "according" && f[0] != "per" {
		return ""
	}
	a := c.in.Docs[di].Analysis
	if q.Sentence < 0 || q.Sentence >= len(a.Tokens) {
		return ""
	}
	if h := c.commentClauseSpeaker(di, q, f[0]); h != "" {
		return h
	}
	if !q.Direct {
		return ""
	}
	toks, start := a.Tokens[q.Sentence], a.Sentences[q.Sentence].Start
	v := -1
	for j, t := range toks {
		if start+t.End > q.Start {
			break
		}
		if t.IsWord() {
			v = j
		}
	}
	sent := a.Sentences[q.Sentence].Text
	if v < 1 || q.Start-start > len(sent) || strings.Trim(sent[toks[v].End:q.Start-start], " \"“:") != "" || !c.lx.Has(toks[v].Base(lexicon.Verb), lexicon.Verb) || !c.sayingCue(toks[v].Text) {
		return ""
	}
	if m, ok := actorEnding(a, q.Sentence, toks[v-1].End); ok {
		return c.in.Merged.Name(di, m.Entity)
	}
	return ""
}

// actorEnding is the first mention of a person or organisation in
// sentence si of a that ends at offset end (in the sentence, as a token's
// End).
func actorEnding(a *mention.Analysis, si, end int) (mention.NameMention, bool) {
	for _, m := range a.Mentions {
		if m.Sentence == si && m.End == end {
			if t := a.Entities[m.Entity].Type; t == mention.Person || t == mention.Organization {
				return m, true
			}
		}
	}
	return mention.NameMention{}, false
}

// commentClauseSpeaker names the speaker of a reporting clause that
// stands between a report's words and the outer source it is credited
// to: "“…,” Doe said, according to the Herald", "'…,' said Judge Roe, per
// the Herald" (the reporting clause after the words, set off by a comma
// or a quotation mark: Quirk et al. 1985 §15.52; the "according to"
// phrase after it is the outer source). The named person or organisation
// said the words, the outer source reports that they did. cue is the
// outer source's first word ("according", "per"); "" when no such clause
// stands right before it.
func (c *comparer) commentClauseSpeaker(di int, q mention.Quote, cue string) string {
	a := c.in.Docs[di].Analysis
	toks, start := a.Tokens[q.Sentence], a.Sentences[q.Sentence].Start
	ci := -1
	for j, t := range toks {
		if start+t.Start >= q.End && strings.EqualFold(t.Text, cue) {
			ci = j
			break
		}
	}
	if ci < 3 || toks[ci-1].Text != "," {
		return ""
	}
	// The name ending at token end, a person or organisation, and its
	// first token (mentions, as tokens, are offsets in the sentence).
	nameEnding := func(end int) (string, int) {
		if m, ok := actorEnding(a, q.Sentence, toks[end].End); ok {
			for j := end; j >= 0; j-- {
				if toks[j].Start <= m.Start {
					return c.in.Merged.Name(di, m.Entity), j
				}
			}
		}
		return "", -1
	}
	saying := func(k int) bool {
		w := toks[k].Lower
		return toks[k].IsWord() && c.lx.Has(c.lx.Base(w, lexicon.Verb), lexicon.Verb) && c.sayingCue(w)
	}
	// What stands before the clause: a comma or a closing quotation mark,
	// past the words of a title or role before the name ("Circuit Judge",
	// "the prosecutor", "public defender").
	setOff := func(k int) bool {
		for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
			w := toks[k].Lower
			switch {
			case toks[k].Text == "," || isQuoteMark(toks[k].Text):
				return true
			case !toks[k].IsWord():
				return false
			case toks[k].IsCapitalized() || w == "the" || w == "a" || w == "an" || c.lx.Has(w, lexicon.Adj) || firstNounLex(c.lx, w) == int(lexicon.NounPerson):
				continue
			}
			return false
		}
		return false
	}
	v := ci - 2
	if saying(v) {
		// "…, Doe said, according to …"
		if name, first := nameEnding(v - 1); name != "" && setOff(first-1) {
			return name
		}
		return ""
	}
	// "…, said Doe, according to …"
	if name, first := nameEnding(v); name != "" && first > 1 && saying(first-1) && setOff(first-2) {
		return name
	}
	return ""
}

// quoteAt is the index of the innermost report of article di around byte
// offset off (the one that starts last, the shorter of two that start
// together), or -1.
func (c *comparer) quoteAt(di, off int) int {
	a := c.in.Docs[di].Analysis
	in := -1
	for i, q := range a.Quotes {
		if off < q.Start || off >= q.End || in >= 0 && (q.Start < a.Quotes[in].Start || q.Start == a.Quotes[in].Start && q.End >= a.Quotes[in].End) {
			continue // not around off, or not inside the one found (asked first: the cue tests read words)
		}
		if q.CueOnly() || c.infinitiveCue(q) || c.passiveCue(di, q) {
			continue // a cue read without its source leaves the words the outlet's
		}
		in = i
	}
	return in
}

// infinitiveCue reports whether a report was misread from a verb and its
// to-infinitive: the cue is one verb whose most frequent WordNet sense is
// no saying or thinking (mostlySayOrThink: "returning", "moving") and the
// report's words open with "to" ("would not be returning to coach the
// team"). Such a verb takes the infinitive as its complement (Quirk et
// al. 1985 §16.38), it reports nobody's words; the report around it, if
// any, holds the clause.
func (c *comparer) infinitiveCue(q mention.Quote) bool {
	f := strings.Fields(strings.ToLower(q.Cue))
	if q.Direct || len(f) != 1 || !strings.HasPrefix(strings.ToLower(q.Text), "to ") {
		return false
	}
	b := c.lx.Base(f[0], lexicon.Verb)
	return c.lx.Has(b, lexicon.Verb) && !mostlySayOrThink(c.lx, b)
}

// quoteSpeaker names who speaks in a report: its speaker entity, else the
// speaker as written (namedHolder); "" when the report was misread — its
// cue is no word of saying or thinking ("two Ashford police officers" read
// as a report), or what stands as its speaker is a clause, not a noun
// phrase ("Mr. Doe appeared to drop the ladder").
func (c *comparer) quoteSpeaker(di int, q mention.Quote) string {
	if !c.sayingCue(q.Cue) || c.clauseAsSpeaker(q.SpeakerText) {
		return ""
	}
	if c.participleCue(c.in.Docs[di].Analysis.Sentences[q.Sentence].Text, q.SpeakerText, q.Cue) {
		return ""
	}
	if c.describedBefore(di, q) {
		return "" // "… spoke with the injured driver. He said": not the last one named
	}
	if h, ok := c.supplementiveSpeaker(di, q); ok {
		return h // "<A> sued <B>, saying …": A says it
	}
	if ante, ok := c.relativeSpeaker(di, q); ok {
		return ante
	}
	if head, ok := c.openingRelativeSpeaker(di, q); ok {
		return head
	}
	if rest, ok := datelineCut(q.SpeakerText); ok {
		return c.namedHolder(rest) // "ORANGE - Authorities say": the dateline is no speaker
	}
	q.SpeakerText = c.speakerWithHead(di, q)
	if h, ok := c.spokespersonFor(di, q); ok {
		return h // "a spokeswoman for the Transit Authority said": the Authority
	}
	if genitiveSpeaker(q.SpeakerText) {
		return "" // "Okafor's aide said": the possessor does not speak
	}
	if h, ok := c.possessedSpeaker(di, q); ok {
		return h // "his aunts said": the aunts, not he
	}
	if _, kind := c.in.Docs[di].Analysis.UnnamedSource(q); kind == mention.KindDocument {
		return "" // "the leaflet says": a text, not who wrote it
	}
	if name := c.in.Merged.Name(di, q.Entity); name != "" {
		if h, ok := c.premodifierSpeaker(name, q.SpeakerText); ok {
			return h // "Ashford police said": the police, not Ashford
		}
		if a := c.in.Docs[di].Analysis; q.Entity < len(a.Entities) && a.Entities[q.Entity].Type == mention.Place {
			return "" // a place does not speak
		}
		return possessorless(c.writtenPart(gluedName(name), q.SpeakerText))
	}
	return possessorless(c.namedHolder(gluedName(q.SpeakerText)))
}

// possessorless is a speaker's name, or "" when the name is a possessive:
// the name was read out of a speaker named as a possessor's ("the Harbour
// Trust's head warden" gives "Harbour Trust's"); the possessor does not
// speak (genitiveSpeaker), and the name is no one's.
func possessorless(h string) string {
	if genitiveSpeaker(h) {
		return ""
	}
	return h
}

// relativeSpeaker reads a cue whose subject is a relative pronoun set off
// by a comma after a name ("…, Lena Voss, who had long known that …"): the
// name is the speaker (Quirk et al. 1985 §17.22, the antecedent of a
// non-restrictive relative clause), whoever the quote reader chose. ok is
// false when the cue has no such subject; the name is "" when the
// antecedent is no person or organisation the story names.
func (c *comparer) relativeSpeaker(di int, q mention.Quote) (string, bool) {
	a := c.in.Docs[di].Analysis
	f := strings.Fields(q.Cue)
	if len(f) == 0 || q.Sentence < 0 || q.Sentence >= len(a.Tokens) {
		return "", false
	}
	toks := a.Tokens[q.Sentence]
	cue := -1
	for j, t := range toks {
		if t.Text == f[0] {
			cue = j
			break
		}
	}
	// Back over the verb group and adverbs ("who by then had long
	// suspected") to the relative pronoun.
	for i := cue - 1; i >= 2 && i >= cue-6; i-- {
		w := toks[i].Lower
		if isPunct(toks[i].Text) {
			return "", false
		}
		if w != "who" {
			continue
		}
		if toks[i-1].Text != "," {
			return "", false
		}
		for _, m := range a.Mentions {
			if m.Sentence == q.Sentence && m.End == toks[i-2].End {
				if name := c.in.Merged.Name(di, m.Entity); name != "" && c.personOrOrg(name) {
					return name, true
				}
			}
		}
		return "", true
	}
	return "", false
}

// openingRelativeSpeaker reads a cue whose subject is the sentence's
// opening noun phrase postmodified by a relative clause ("A nurse who
// treated the boy for Dr. Lind's clinic told reporters …"): the relative
// clause describes its antecedent (Quirk et al. 1985 §17.9), so a name or
// pronoun inside it is not the speaker; the antecedent is, as described
// ("nurse"). ok is false unless the sentence opens so and the speaker as
// read stands inside the relative clause.
func (c *comparer) openingRelativeSpeaker(di int, q mention.Quote) (string, bool) {
	a := c.in.Docs[di].Analysis
	f := strings.Fields(q.Cue)
	if len(f) == 0 || q.SpeakerText == "" || q.Sentence < 0 || q.Sentence >= len(a.Tokens) {
		return "", false
	}
	toks := a.Tokens[q.Sentence]
	// The cue of this report: the last one before its words, else the
	// first after them ("…, a nurse said").
	from := q.Start - a.Sentences[q.Sentence].Start
	cue := -1
	for j, t := range toks {
		if t.Text == f[0] && (t.Start < from || cue < 0) {
			cue = j
		}
	}
	if cue < 0 {
		return "", false
	}
	// The opening phrase: at most a determiner and three modifiers
	// before its head, then "who"; a noun phrase, no clause ("He was a
	// careful pilot who …": a pronoun and a verb open it).
	if len(toks) == 0 || mention.IsPronoun(toks[0].Text) {
		return "", false
	}
	w := -1
	for i := 1; i < cue && i <= 5; i++ {
		if isPunct(toks[i].Text) || beForms[toks[i].Lower] {
			return "", false
		}
		if strings.EqualFold(toks[i].Text, "who") {
			w = i
			break
		}
	}
	if w < 0 {
		return "", false
	}
	sent := a.Sentences[q.Sentence].Text
	if toks[cue].Start > len(sent) || !strings.Contains(sent[toks[w].End:toks[cue].Start], q.SpeakerText) {
		return "", false
	}
	head := toks[w-1].Lower
	if !toks[w-1].IsWord() || toks[w-1].IsCapitalized() || !isPersonNoun(c.lx, c.lx.Base(head, lexicon.Noun)) {
		return "", false
	}
	start := 0
	if determiners[toks[0].Lower] {
		start = 1
	}
	var words []string
	for _, t := range toks[start:w] {
		words = append(words, t.Text)
	}
	return strings.Join(words, " "), true
}

// thinkingVerb reports whether a word is a verb with a sense in WordNet's
// verb.communication or verb.cognition ("believe", "claims", "doubt").
func (c *comparer) thinkingVerb(w string) bool {
	b := c.lx.Base(strings.ToLower(w), lexicon.Verb)
	return sayOrThinkVerb(c.lx, b)
}

// sayingCue reports whether a report's cue is a word of saying or
// thinking: "according to" or "per", a verb with a sense in WordNet's
// verb.communication or verb.cognition ("said", "believes", "estimated"),
// or a noun in noun.communication or noun.cognition ("in a statement").
// A report carried from an earlier sentence has no cue of its own.
func (c *comparer) sayingCue(cue string) bool {
	f := strings.Fields(strings.ToLower(cue))
	if len(f) == 0 || f[0] == "according" || len(f) == 1 && f[0] == "per" {
		return true
	}
	w := strings.Trim(f[0], ",.:;\"“”")
	if c.personNounMostly(w) {
		return false // "two Ashford police officers": a noun, not a verb
	}
	if c.thinkingVerb(w) {
		return true
	}
	n := c.lx.Base(w, lexicon.Noun)
	return c.lx.HasLex(n, lexicon.Noun, lexicon.NounCommunication) || c.lx.HasLex(n, lexicon.Noun, nounCognition)
}

// personNounMostly reports whether a word form is mostly a noun of persons:
// its first noun sense in WordNet is in noun.person and it has more noun
// senses than verb senses ("officers", "deputies"; not "suspects").
func (c *comparer) personNounMostly(w string) bool {
	nouns, verbs := 0, 0
	first := -1
	for _, s := range c.lx.Senses(c.lx.Base(w, lexicon.Noun)) {
		if s.POS == lexicon.Noun {
			if first < 0 {
				first = int(s.Lex)
			}
			nouns++
		}
	}
	for _, s := range c.lx.Senses(c.lx.Base(w, lexicon.Verb)) {
		if s.POS == lexicon.Verb {
			verbs++
		}
	}
	return first == int(lexicon.NounPerson) && nouns > verbs
}

// clauseAsSpeaker reports whether a speaker as written is a clause: a
// lower-case inflected form of a verb that is no noun or adjective
// ("appeared", "went"), not inside a relative clause that describes the
// speaker ("the man whose shop burned").
func (c *comparer) clauseAsSpeaker(s string) bool {
	for _, w := range strings.Fields(s) {
		lw := strings.Trim(w, ",.:;\"“”()")
		if lw == "" || lw[0] < 'a' || lw[0] > 'z' {
			continue
		}
		if relatives[lw] {
			return false
		}
		b := c.lx.Base(lw, lexicon.Verb)
		if b != lw && c.lx.Has(b, lexicon.Verb) && !c.lx.Has(b, lexicon.Noun) && !c.lx.Has(lw, lexicon.Adj) && !c.lx.Has(lw, lexicon.Noun) {
			return true
		}
	}
	return false
}

// participleCue reports whether a report's cue is a past participle that
// postmodifies the noun phrase a copula links to the speaker as written:
// "<Name> was the first witness called in the trial of …" — "called in"
// is a reduced relative clause of "witness" (Quirk et al. 1985 §17.31),
// passive, so <Name> says nothing. Only where the words between the
// speaker and the cue open with a form of "be" and end with a noun.
func (c *comparer) participleCue(sentence, speaker, cue string) bool {
	f := strings.Fields(strings.ToLower(cue))
	if len(f) == 0 || speaker == "" || !strings.HasSuffix(f[0], "ed") {
		return false
	}
	low := strings.ToLower(sentence)
	i := strings.Index(low, strings.ToLower(speaker))
	if i < 0 {
		return false
	}
	rest := low[i+len(speaker):]
	j := strings.Index(rest, " "+f[0])
	if j < 0 {
		return false
	}
	between := strings.Fields(rest[:j])
	if len(between) < 2 || !beForms[between[0]] {
		return false
	}
	last := between[len(between)-1]
	return last == strings.Trim(last, ",.;:\"“”") && c.lx.Has(c.lx.Base(last, lexicon.Noun), lexicon.Noun) && !c.lx.Has(last, lexicon.Adv)
}

// gluedName is the part of a name after a full stop that joins two words
// without a space ("Monday.Deputies": a sentence boundary the text lost).
func gluedName(s string) string {
	for i := len(s) - 2; i > 0; i-- {
		if s[i] == '.' && s[i+1] >= 'A' && s[i+1] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			return s[i+1:]
		}
	}
	return s
}

// maxQuoteReach is how many sentences a quotation runs without a mark: news
// quotes one to three sentences at a time ("…. …. …," he said); a
// quotation "running" further had a mark left unpaired.
const maxQuoteReach = 2

// quoteReaches reports whether a direct quote plausibly covers the
// sentence at byte offset off: the sentence is the one that credits it or
// carries a quotation mark, or the last sentence with quotation marks
// before it, in its paragraph and at most maxQuoteReach sentences back,
// ends with a mark that opens a quotation.
func quoteReaches(a *mention.Analysis, q mention.Quote, off int) bool {
	si := -1
	for i, s := range a.Sentences {
		if s.Start <= off && off < s.End {
			si = i
			break
		}
	}
	if si < 0 || si == q.Sentence || lastDoubleMark(a.Sentences[si].Text) != 0 {
		return true
	}
	for k := si - 1; k >= 0 && k >= si-maxQuoteReach && a.Sentences[k].Para == a.Sentences[si].Para; k-- {
		if m := lastDoubleMark(a.Sentences[k].Text); m != 0 {
			return m > 0
		}
	}
	return false
}

// lastDoubleMark tells what the last double quotation mark of a sentence
// does: 1 opens a quotation (“, or a straight mark before a word), -1
// closes one, 0 there is none. Single marks double as apostrophes.
func lastDoubleMark(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch {
		case strings.HasPrefix(s[i:], "“"):
			return 1
		case strings.HasPrefix(s[i:], "”"):
			return -1
		case s[i] == '"':
			if i+1 < len(s) && s[i+1] != ' ' && (i == 0 || s[i-1] == ' ' || s[i-1] == '(') {
				return 1
			}
			return -1
		}
	}
	return 0
}

// namesItself reports whether a proposition's holder is its subject, named
// as the speaker of the quote around it: nobody reports their own words by
// their own name ("Okafor will resign, Okafor said"), so the speaker was
// read wrong. "Okafor will resign, he said" is his own claim.
func (c *comparer) namesItself(di, off int, p proposition) bool {
	if !sameHolder(p.holder, p.subject) {
		return false
	}
	for _, q := range c.in.Docs[di].Analysis.Quotes {
		if q.Start <= off && off < q.End {
			f := strings.Fields(q.SpeakerText)
			return len(f) > 0 && !mention.IsPronoun(strings.ToLower(f[0]))
		}
	}
	return false
}

// aliasEndingAt finds a story alias that ends at token j of a headline.
func aliasEndingAt(s string, toks []text.Token, j int, aliases map[string]string) string {
	end := toks[j].End
	best, bestLen := "", 0
	for a, name := range aliases {
		if end >= len(a) && s[end-len(a):end] == a && (end-len(a) == 0 || s[end-len(a)-1] == ' ') {
			if len(a) > bestLen || len(a) == bestLen && name < best {
				best, bestLen = name, len(a)
			}
		}
	}
	return best
}

// headlineSpeaker finds who speaks in a headline: "X tells …", "X claims …",
// "…: X says".
func (c *comparer) headlineSpeaker(title string, toks []text.Token, aliases map[string]string) (string, int, int) {
	for i, t := range toks {
		lw := t.Lower
		base := c.lx.Base(lw, lexicon.Verb)
		if !(strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ed")) || !mention.IsReportingVerb(base) || i == 0 {
			continue
		}
		// The subject: the words before the verb back to a colon or start.
		start := 0
		for k := i - 1; k >= 0; k-- {
			if toks[k].Text == ":" || toks[k].Text == "," || toks[k].Text == "–" || toks[k].Text == "-" {
				start = k + 1
				break
			}
		}
		if start > i-1 {
			continue
		}
		subj := strings.TrimSpace(title[toks[start].Start:toks[i-1].End])
		if name := aliases[subj]; name != "" {
			return name, i, start
		}
		// The longest alias the subject contains (ties by name: the
		// result must not depend on map order).
		best, bestA := "", ""
		for a, name := range aliases {
			if strings.Contains(subj, a) && c.personOrOrg(name) && (len(a) > len(bestA) || len(a) == len(bestA) && name < best) {
				best, bestA = name, a
			}
		}
		if best != "" {
			return best, i, start
		}
		// A role: "Chilean finance minister", "the French consul in Lagos".
		role := mention.RoleHead(subj)
		for _, e := range c.in.Merged.Entities {
			if e.Type != mention.Person {
				continue
			}
			for _, al := range e.Aliases {
				if r := mention.RoleHead(al); r != "" && role != "" && mention.RolesMatch(r, role) {
					return e.Name, i, start
				}
			}
		}
	}
	return "", -1, -1
}

// headlineSpeaks reports whether a headline's speaker (reporting verb at
// token verb, its phrase starting at token start) holds the proposition at
// byte offset pos: what follows the verb up to a comma ("X says Y is Z"),
// or what precedes the speaker's phrase ("Y is Z: X says").
func headlineSpeaks(toks []text.Token, pos, verb, start int) bool {
	if verb < 0 {
		return false
	}
	if pos > toks[verb].Start {
		for k := verb + 1; k < len(toks) && toks[k].Start < pos; k++ {
			if toks[k].Text == "," || toks[k].Text == ";" {
				return false
			}
		}
		return true
	}
	return start > 0 && pos < toks[start].Start
}

func (c *comparer) personOrOrg(name string) bool {
	for _, e := range c.in.Merged.Entities {
		if e.Name == name {
			return e.Type == mention.Person || e.Type == mention.Organization
		}
	}
	return false
}

// namedHolder reads a speaker the story has no entity for: the leading
// capitalised words of the speaker as written ("Authorities also did" →
// "Authorities"), or a plural person or group noun ("investigators",
// "the authorities"); "" for pronouns and anything else.
func (c *comparer) namedHolder(s string) string {
	f := strings.Fields(s)
	if len(f) > 2 && strings.EqualFold(f[0], "a") && strings.EqualFold(f[1], "few") {
		// "a few" is one determiner, of a small number (Quirk et al. 1985
		// §5.25); "few" alone says hardly any.
		if h := c.describedHolder(f[2:]); h != "" {
			return "a few " + h
		}
		return ""
	}
	if len(f) > 0 && (strings.EqualFold(f[0], "the") || strings.EqualFold(f[0], "a")) {
		f = f[1:]
	}
	if len(f) == 0 || mention.IsPronoun(f[0]) {
		return ""
	}
	var caps []string
	for i, w := range f {
		w = strings.Trim(w, ",.:;")
		if w == "of" && len(caps) > 0 && i+1 < len(f) && f[i+1] != "" && f[i+1][0] >= 'A' && f[i+1][0] <= 'Z' && !strings.ContainsAny(f[i-1], ",.:;") {
			caps = append(caps, w) // "City of Palmer", "Bank of England": one name
			continue
		}
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
			break
		}
		caps = append(caps, w)
		if w != f[i] {
			break // "Palmer," ends the name
		}
	}
	if len(caps) > 0 && len(caps) < len(f) {
		if h, ok := c.premodifierSpeaker(strings.Join(caps, " "), strings.Join(f, " ")); ok {
			return h // "Ashford police"
		}
	}
	if len(caps) == 1 {
		// "Authorities", "Investigators": a plural noun of persons or groups.
		w := strings.ToLower(caps[0])
		if b := c.lx.Base(w, lexicon.Noun); b != w && isPersonNoun(c.lx, b) {
			return w
		}
	}
	if len(caps) > 0 {
		// Only a name speaks ("After", "Despite" open a sentence).
		if name := strings.Join(caps, " "); mention.PlausibleSpeaker(name) {
			return name
		}
		return ""
	}
	if len(f) == 1 {
		w := strings.ToLower(strings.Trim(f[0], ",.:;"))
		if b := c.lx.Base(w, lexicon.Noun); b != w && isPersonNoun(c.lx, b) {
			return w
		}
	}
	return c.describedHolder(f)
}

// describedHolder reads a speaker described, not named: a lower-case noun
// phrase whose head is a noun of persons or groups (WordNet noun.person or
// noun.group) — "the police source", "a source with knowledge of the
// talks", "forensic experts" — as the phrase up to its head without the
// determiner ("police source"). Pronouns, indefinites and phrases of more
// than four words before a preposition or a comma are no holder.
func (c *comparer) describedHolder(f []string) string {
	var words []string
	for _, w := range f {
		lw := strings.ToLower(w)
		t := strings.Trim(lw, ",.:;\"“”")
		if t == "" || t != lw && len(words) > 0 && strings.ContainsAny(lw, ",.:;") {
			if t != "" {
				words = append(words, t)
			}
			break
		}
		if prepositionWords[t] || clauseBreaks[t] || relatives[t] || determiners[t] && len(words) > 0 {
			break
		}
		if w[0] >= 'A' && w[0] <= 'Z' && len(words) > 0 {
			return "" // a name inside: left to the name readers
		}
		words = append(words, t)
	}
	if len(words) == 0 || len(words) > 4 || mention.IsPronoun(words[0]) || indefinites[words[0]] {
		return ""
	}
	head := words[len(words)-1]
	b := c.lx.Base(head, lexicon.Noun)
	if !c.lx.Has(b, lexicon.Noun) || !isPersonNoun(c.lx, b) || c.lx.Has(head, lexicon.Verb) && !c.lx.Has(b, lexicon.Noun) {
		return ""
	}
	for _, w := range words[:len(words)-1] {
		if !c.lx.Has(w, lexicon.Adj) && !c.lx.Has(c.lx.Base(w, lexicon.Noun), lexicon.Noun) {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// ownVoiceHolderOf names an article's own voice: its outlet, or "the
// outlet of [n]: <source>" (n its place in the story) when none is known,
// "the outlet of [n]" when the source is only a record's hash.
func (c *comparer) ownVoiceHolderOf(docs []story.Doc, di int) string {
	a := docs[di].Article
	if a.Outlet != nil && *a.Outlet != "" {
		return *a.Outlet
	}
	src := a.Source
	if u, err := url.Parse(src); err == nil && u.Host != "" {
		src = strings.TrimPrefix(u.Host, "www.")
	} else if k := strings.LastIndexAny(src, "/\\"); k >= 0 {
		src = src[k+1:]
	}
	if src == "" {
		src = "unknown source"
	}
	if opaqueID(src) {
		// "kit:3645d305…": a record's hash names no one a reader knows.
		return fmt.Sprintf("the outlet of [%d]", di+1)
	}
	return fmt.Sprintf("the outlet of [%d]: %s", di+1, src)
}

// opaqueID reports whether a source (or what follows the last colon of
// one) is a hash: 16 or more hexadecimal digits and nothing else.
func opaqueID(src string) bool {
	if k := strings.LastIndexByte(src, ':'); k >= 0 {
		src = src[k+1:]
	}
	if len(src) < 16 {
		return false
	}
	for _, r := range src {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}

var (
	cueOnce            sync.Once
	denyAnchors, doubt []uint32
)

// Verbs of denial and of doubt come from WordNet, not from a list: the
// senses of "deny", "refute" and "dispute" (denial) and of "doubt" (doubt)
// in verb.communication and verb.cognition are the anchors, and a verb
// denies (doubts) when most of its own senses in those two files lie at or
// below an anchor, at any depth ("disavow", "repudiate", "rebut",
// "contradict", "gainsay"). A verb with one rare sense there among many
// others ("call", "answer") reports; it does not deny.
const (
	// anchorDepth bounds the walk up WordNet's verb hierarchy (no verb
	// is more than a dozen steps below its root).
	anchorDepth = 20
)

var (
	denialWords = []string{"deny", "refute", "dispute"}
	doubtWords  = []string{"doubt"}
)

// mostlyUnder reports whether a verb has senses in verb.communication or
// verb.cognition and at least half of them lie at or below an anchor.
func mostlyUnder(lx *lexicon.Lexicon, verb string, anchors []uint32) bool {
	n, under := 0, 0
	for _, s := range lx.Senses(verb) {
		if s.POS != lexicon.Verb || s.Lex != lexicon.VerbCommunication && s.Lex != lexicon.VerbCognition {
			continue
		}
		n++
		if lx.SynsetUnder(s.Synset, lexicon.Verb, anchors, anchorDepth) {
			under++
		}
	}
	return under > 0 && 2*under >= n
}

// cuePolarity applies the reporting verb of the quote around a
// proposition: "X denied that …" turns an affirmation into a denial,
// "X doubted that …" into doubt (verbs of denial and doubt: see
// mostlyUnder).
// ok is false when the holder declines to say (a negative implicative cue:
// "declined to say whether …" takes no position).
func (c *comparer) cuePolarity(di, off int, p proposition) (proposition, bool) {
	return c.reportPolarity(di, off, p, false)
}

// reportPolarity is cuePolarity; with nested set (a proposition the
// clause reader read with its introducing verb) it also reads a negated
// verb of believing as a denial (transferredNegation) and applies a verb
// of thinking inside the report to the clause it introduces ("said he
// doubts that …": nestedPolarity).
func (c *comparer) reportPolarity(di, off int, p proposition, nested bool) (proposition, bool) {
	a := c.in.Docs[di].Analysis
	in := -1 // the innermost report around the clause, as holderAt reads it
	for i, q := range a.Quotes {
		if q.Start <= off && off < q.End && q.Cue != "" && (in < 0 || q.Start > a.Quotes[in].Start) {
			in = i
		}
	}
	if in < 0 && !p.reported {
		// A statement past what the quote reader kept, in a report's
		// content (reportAround): the report's verb sets its polarity
		// ("<X> denied that … and that …").
		if j, ok := c.reportAround(di, off); ok {
			in = j
		}
	}
	if in < 0 {
		return p, true
	}
	q := a.Quotes[in]
	f := strings.Fields(strings.ToLower(q.Cue))
	if len(f) == 0 {
		return p, true
	}
	if negatedCue(a.Sentences[q.Sentence].Text, f[0]) {
		// "There is no doubt that …": a negated doubt is no doubt; the
		// clause keeps its polarity. "Did not deny that …" is no denial,
		// and no affirmation either: not disputing a claim is not making
		// it (FactBank reads the source's commitment as underspecified,
		// Saurí and Pustejovsky 2009), so no one takes a position.
		if c.denialVerb(c.lx.Base(f[0], lexicon.Verb)) || c.unsaid(c.lx.Base(f[0], lexicon.Verb)) && cueNegatedNear(a.Sentences[q.Sentence], q.Start, q.End, f[0]) {
			return p, false
		}
		if nested && transferredNegation[c.lx.Base(f[0], lexicon.Verb)] && notBefore(a.Sentences[q.Sentence].Text, f[0]) {
			p.negated, p.denied = !p.negated, true // "does not believe the pump failed"
		}
	} else if c.refusesContent(a.Sentences[q.Sentence].Text, f[0]) {
		p.negated, p.denied = !p.negated, true
	} else {
		var ok bool
		if p, ok = c.verbPolarity(c.lx.Base(f[0], lexicon.Verb), p); !ok {
			return p, false
		}
	}
	if !nested {
		return p, true
	}
	return c.nestedPolarity(a.Sentences[q.Sentence].Text, q.Text, f[0], p)
}

// unsaid reports whether a negated cue verb (base b) leaves its clause
// unsaid: a verb whose first WordNet sense is one of communication ("did
// not say the plant would close", "never claimed that …", "has not
// announced that …"). Negating a verb of saying denies the saying, not
// what would have been said (Quirk et al. 1985 §10.64: the clause is
// non-assertive); no one takes a position on it. Verbs of believing whose
// negation is transferred to the clause (transferredNegation), of doubt
// ("no doubt that …" keeps it) and of denial (denialVerb) are read apart.
func (c *comparer) unsaid(b string) bool {
	if transferredNegation[b] || c.denialVerb(b) || mostlyUnder(c.lx, b, doubt) {
		return false
	}
	s, ok := c.lx.FirstSense(b, lexicon.Verb)
	return ok && s.Lex == lexicon.VerbCommunication
}

// transferredNegation are the verbs of believing whose negation is read
// as negating the clause they introduce: "I don't think he came" says "I
// think he did not come" (transferred negation, Quirk et al. 1985 §14.35,
// which lists these verbs). A factive verb ("did not know that …") is not
// among them: its clause stays true.
var transferredNegation = map[string]bool{"think": true, "believe": true, "suppose": true, "expect": true,
	"imagine": true, "reckon": true, "anticipate": true, "fancy": true}

// nestedPolarity applies the verb that introduces a proposition's clause
// when it stands inside the report (quoted text qt, cue word cue) rather
// than being the report's own cue: "X said he doubts the pump failed", "X
// said she does not believe it failed" — the speaker's position is the
// nested verb's. A verb of saying or thinking only; a negated one as in
// reportPolarity.
func (c *comparer) nestedPolarity(sentence, qt, cue string, p proposition) (proposition, bool) {
	v := p.introVerb
	if v == "" || v == cue || !slices.Contains(strings.Fields(strings.ToLower(qt)), v) {
		return p, true
	}
	b := c.lx.Base(v, lexicon.Verb)
	if !sayOrThinkVerb(c.lx, b) {
		return p, true
	}
	if negatedCue(sentence, v) {
		if c.denialVerb(b) || c.unsaid(b) {
			return p, false
		}
		if transferredNegation[b] && notBefore(sentence, v) {
			p.negated, p.denied = !p.negated, true
		}
		return p, true
	}
	return c.verbPolarity(b, p)
}

// notBefore reports whether a verb is negated by "not" or "n't" in its
// sentence ("does not think", "didn't believe"): the negation that is
// transferred. "Never imagined she would …" is surprise that she did, no
// denial.
func notBefore(sentence, verb string) bool {
	f := strings.Fields(strings.ToLower(sentence))
	for i := 1; i < len(f); i++ {
		if strings.Trim(f[i], ",.;:\"“”") != verb {
			continue
		}
		if prev := f[i-1]; prev == "not" || strings.HasSuffix(prev, "n't") || strings.HasSuffix(prev, "n’t") {
			return true
		}
	}
	return false
}

// refusalVerbs refuse a claim when their object is one ("rejected claims
// that …", "dismissed suggestions that …"): WordNet's first senses of
// "reject" (refuse to accept or acknowledge) and "dismiss" (bar from
// attention or consideration), verbs that deny only through their object.
// A verb at least half of whose senses of communication and cognition are
// senses of these two refuses too ("discounted rumours that …", "spurned
// claims that …"; not "ignored warnings that …": refusalVerb).
var refusalVerbs = map[string]bool{"reject": true, "dismiss": true}

var (
	refusalOnce    sync.Once
	refusalAnchors []uint32
	spurnAnchors   []uint32
)

// spurnWords name, by their senses of communication, the two acts of
// refusing another's words: turning them down (WordNet's "reject, turn
// down, spurn") and brushing them aside (its "dismiss, brush aside, brush
// off, discount"). A verb one step below one of these senses tells the same
// act with a manner ("rebuff", "snub": reject bluntly; "shrug off", "laugh
// off": dismiss lightly), a troponym in Fellbaum's sense (WordNet's verb
// hierarchy, Fellbaum 1998 ch. 3), and refuses as its parent does.
var spurnWords = []string{"turn down", "brush aside"}

// refusalVerb reports whether a verb base is a verb of refusal: one of
// refusalVerbs, or a verb at least half of whose WordNet senses in
// verb.communication and verb.cognition are senses of them or, in
// verb.communication, troponyms of the senses of spurnWords ("rebuffed
// calls to resign", "shrugged off claims that …"). Senses of "reject" as
// disapproval ("deem wrong": "object", "discourage") are no anchors of
// the troponyms.
func (c *comparer) refusalVerb(b string) bool {
	if refusalVerbs[b] {
		return true
	}
	refusalOnce.Do(func() {
		for w := range refusalVerbs {
			refusalAnchors = append(refusalAnchors, c.lx.SensesIn(w, lexicon.Verb, lexicon.VerbCommunication)...)
			refusalAnchors = append(refusalAnchors, c.lx.SensesIn(w, lexicon.Verb, lexicon.VerbCognition)...)
		}
		for _, w := range spurnWords {
			spurnAnchors = append(spurnAnchors, c.lx.SensesIn(w, lexicon.Verb, lexicon.VerbCommunication)...)
		}
	})
	comm := c.lx.SensesIn(b, lexicon.Verb, lexicon.VerbCommunication)
	mine := append(comm, c.lx.SensesIn(b, lexicon.Verb, lexicon.VerbCognition)...)
	n := 0
	for k, s := range mine {
		if slices.Contains(refusalAnchors, s) || k < len(comm) && c.lx.SynsetUnder(s, lexicon.Verb, spurnAnchors, 1) {
			n++
		}
	}
	return len(mine) > 0 && 2*n >= len(mine)
}

// refusesContent reports whether a cue word is a verb of refusal whose
// object is a noun of communication or cognition with a content clause
// ("rejected the claims that …", "dismissed growing speculation that …";
// Quirk et al. 1985 §17.26, appositive that-clauses): the clause is what
// the holder refuses. A relative clause after such a noun ("rejected the
// offer that the union made") is not told apart; its words rarely read
// as a claim (a verb without its object).
func (c *comparer) refusesContent(sentence, cue string) bool {
	if !c.refusalVerb(c.lx.Base(cue, lexicon.Verb)) {
		return false
	}
	f := strings.Fields(strings.ToLower(sentence))
	for i, w := range f {
		if strings.Trim(w, ",.;:\"“”") != cue {
			continue
		}
		// Over a determiner and up to two modifiers to the noun, then "that".
		for k := i + 1; k < len(f) && k <= i+4; k++ {
			n := strings.Trim(f[k], ",.;:\"“”")
			if k+1 < len(f) && f[k+1] == "that" {
				b := c.lx.Base(n, lexicon.Noun)
				return c.lx.HasLex(b, lexicon.Noun, lexicon.NounCommunication) || c.lx.HasLex(b, lexicon.Noun, nounCognition)
			}
			if n != f[k] {
				break // punctuation ends the object
			}
		}
	}
	return false
}

// negatedCue reports whether a cue word stands right after a negator in
// its sentence ("no doubt", "never denied", "did not dispute").
func negatedCue(sentence, cue string) bool {
	f := strings.Fields(strings.ToLower(sentence))
	for i := 1; i < len(f); i++ {
		if strings.Trim(f[i], ",.;:\"“”") != cue {
			continue
		}
		prev := f[i-1]
		if negators[prev] || prev == "without" || strings.HasSuffix(prev, "n't") || i > 1 && negators[f[i-2]] && (prev == "to" || auxiliaries[prev]) {
			return true
		}
	}
	return false
}

// cueNegatedNear reports whether the use of the cue's form nearest the
// reported text (body offsets start, end) is negated. In "she said on
// Monday the jetty was unsafe, something she had not said before" the
// negated "said" is another saying, not the one that reports the clause;
// in "<A> never said the meters were faulty, his office said" the negated
// one is. unsaid reads only a negated cue.
func cueNegatedNear(s text.Sentence, start, end int, cue string) bool {
	low := strings.ToLower(s.Text)
	best, bestD := -1, -1
	for from := 0; ; {
		k := strings.Index(low[from:], cue)
		if k < 0 {
			break
		}
		k += from
		from = k + len(cue)
		if k > 0 && isWordByte(low[k-1]) || from < len(low) && isWordByte(low[from]) {
			continue
		}
		at := s.Start + k
		d := -1
		switch {
		case at+len(cue) <= start:
			d = start - at - len(cue)
		case at >= end:
			d = at - end
		}
		if d >= 0 && (bestD < 0 || d < bestD) {
			best, bestD = k, d
		}
	}
	if best < 0 {
		return negatedCue(s.Text, cue)
	}
	w := strings.Fields(low[:best+len(cue)])
	return negatedCue(strings.Join(w[max(0, len(w)-3):], " "), cue)
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '\''
}

// verbPolarity applies a reporting verb (base form) to what it reports:
// a verb of denial turns it, one of doubt hedges it, a negative
// implicative ("declined to say") takes no position (ok false).
func (c *comparer) verbPolarity(b string, p proposition) (proposition, bool) {
	c.cueAnchors()
	switch {
	case negativeImplicatives[b]:
		return p, false
	case mostlyUnder(c.lx, b, denyAnchors):
		p.negated, p.denied = !p.negated, true
	case mostlyUnder(c.lx, b, doubt):
		p.hedged = true
	}
	return p, true
}

// denialVerb reports whether a verb base is a verb of denial (mostlyUnder
// the senses of denialWords).
func (c *comparer) denialVerb(b string) bool {
	c.cueAnchors()
	return mostlyUnder(c.lx, b, denyAnchors)
}

// cueAnchors reads the WordNet senses of the verbs of denial and doubt
// once.
func (c *comparer) cueAnchors() {
	loadCueAnchors(c.lx)
}

// innerReporter names who holds a clause introduced by a verb of saying
// or thinking inside another's report: in "X said some colleagues said
// she had quarrels" or "X said the suspect thought she was watched" X
// reports what the colleagues said, what the suspect thought (a nested
// source: Saurí and Pustejovsky 2009 read commitment from the innermost
// source). The nested verb is not the report's cue and stands in its
// words; its subject is a name or a plural noun of persons that is not the
// report's speaker nor the clause's subject, and the verb's most frequent
// WordNet sense is one of saying or believing. "" otherwise ("X said he
// thinks …" is X's own view).
func (c *comparer) innerReporter(di, si int, p proposition) string {
	if p.own || p.holder == "" || p.introVerb == "" || p.introHolder == "" {
		return ""
	}
	a := c.in.Docs[di].Analysis
	s := a.Sentences[si]
	in := c.quoteAt(di, s.Start+p.pos)
	if in < 0 {
		return ""
	}
	// The nested verb stands in the report's words, before the clause.
	from := a.Quotes[in].Start - s.Start
	if from < 0 || from > p.pos || p.pos > len(s.Text) || !slices.Contains(strings.Fields(strings.ToLower(s.Text[from:p.pos])), p.introVerb) {
		return ""
	}
	// Mostly a verb of saying or believing ("say", "believe", "know"), not
	// of finding or feeling ("officers found the victim dead").
	if !mostlySayOrThink(c.lx, c.lx.Base(p.introVerb, lexicon.Verb)) {
		return ""
	}
	h := p.introHolder
	if !c.personOrOrg(h) {
		h = c.namedHolder(h)
	}
	if h == "" || sameHolder(h, p.holder) || p.pron == "" && sameHolder(h, p.subject) {
		return ""
	}
	return h
}

// governingSpeaker is the named speaker of a quote in sentence si whose
// reporting verb is verb, or "".
func (c *comparer) governingSpeaker(di, si int, verb string) string {
	for _, q := range c.in.Docs[di].Analysis.Quotes {
		if q.Sentence != si || q.Cue == "" {
			continue
		}
		if f := strings.Fields(strings.ToLower(q.Cue)); f[0] == verb {
			return c.quoteSpeaker(di, q)
		}
	}
	return ""
}

// position is a holder's position on a proposition's claim.
func (p proposition) position() string {
	switch {
	case p.negated:
		return "denies"
	case p.hedged:
		return "doubts"
	}
	return "affirms"
}

// sameSubject reports whether two propositions are about the same thing.
func (c *comparer) sameSubject(a, b proposition) bool {
	return c.sameSubjectKey(c.subjectKeyOf(a), c.subjectKeyOf(b))
}

// subjectKey is what sameSubject reads of a proposition's subject: its
// subjectNoun, or, when it has none, its name normalised
// (mention.NormalizeName). groupClaims works it out once a proposition
// instead of once a pair.
type subjectKey struct{ noun, name string }

func (c *comparer) subjectKeyOf(p proposition) subjectKey {
	if n := c.subjectNoun(p); n != "" {
		if e := c.describedEntity(n); e != "" {
			// "the surgeon" of a story that writes "the surgeon, Dr.
			// Owen Blake": the name (claim_subject.go).
			return subjectKey{name: mention.NormalizeName(e)}
		}
		return subjectKey{noun: n}
	}
	return subjectKey{name: mention.NormalizeName(p.subject)}
}

func (c *comparer) sameSubjectKey(a, b subjectKey) bool {
	if a.noun != "" || b.noun != "" {
		return a.noun != "" && b.noun != "" && (c.lx.Related(a.noun, b.noun, lexicon.Noun) || c.superordinate(a.noun, b.noun) || c.superordinate(b.noun, a.noun))
	}
	// A name's short form is the same subject ("LaRue", "Fred LaRue"; see
	// sameHolder), as a reader of one story takes it.
	return sameNormalizedHolder(a.name, b.name)
}

// subjectNoun is the head noun of a proposition's common-noun subject: its
// subjNoun, or the base of the last word of a subject written in lower
// case, as a pronoun's reporter is ("police said they had …" gives
// "police"); "" for a name.
func (c *comparer) subjectNoun(p proposition) string {
	if p.subjNoun != "" {
		return p.subjNoun
	}
	f := strings.Fields(p.subject)
	if len(f) == 0 || strings.ToLower(p.subject) != p.subject {
		return ""
	}
	return c.lx.Base(f[len(f)-1], lexicon.Noun)
}

// samePredicate reports whether two propositions say the same of their
// subject, in any wording: the same or directly related verb and
// complement; a copula or a verb of being ("makes", "constitutes") with
// complements directly related in WordNet ("bargain", "deal").
func (c *comparer) samePredicate(a, b proposition) bool {
	if a.passive != b.passive || a.modal != b.modal || a.future != b.future {
		return false
	}
	sameComp := c.sameComplement(a, b)
	if a.comp == "" || b.comp == "" {
		return a.comp == b.comp && (a.verb == b.verb || c.lx.Synonyms(a.verb, b.verb, lexicon.Verb))
	}
	// One passive event of one subject, whatever it is tied to: "the
	// vault was opened with a drill" and "the vault was opened from
	// inside" say the vault was opened.
	if a.passive && a.verb == b.verb && !copular[a.verb] {
		return true
	}
	if !sameComp || !c.sameNounComplement(a, b) || !c.sameRestriction(a, b) {
		return false
	}
	if a.verb == b.verb {
		return true
	}
	// A light verb ("have", "take", "make") shares a synset with many
	// others and means what its object makes of it: "has a boat" is not
	// "took the boat out past the breakwater". Only the same light verb says the same.
	// Two being verbs say the same by their commonest senses: "has a gun"
	// is not "wants a gun", though "want" as "lack" is a sense of "be".
	if c.firstSenseBeing(a.verb) && c.firstSenseBeing(b.verb) {
		return true
	}
	return !lightVerb(a.verb) && !lightVerb(b.verb) && directlyRelated(c.lx, a.verb, b.verb, lexicon.Verb)
}

// sameNounComplement reports whether two complements whose head nouns
// agree say the same with what completes them: "the result of a lightning
// strike" and "the result of sabotage" are two claims, "the result of
// sabotage" and "the result of deliberate sabotage" one. Only the noun's own
// complement counts ("of", "between", "among" right after the head: see
// cutAfterHead); one that has it and one that has not say two things ("the
// coach of a junior side", "a good coach").
func (c *comparer) sameNounComplement(a, b proposition) bool {
	if pa, pb := particleObject(a), particleObject(b); pa != "" || pb != "" {
		// "backed away from the pact" and "backed away": one claim,
		// the phrase said or left out; "walked out of the meeting" and
		// "walked out of the hall": two.
		return pa == "" || pb == "" || c.particleObjectsMeet(pa, pb)
	}
	ta, tb := nounComplementText(c.lx, a.compText, a.comp), nounComplementText(c.lx, b.compText, b.comp)
	if ta == "" && tb == "" {
		return true
	}
	if ta == "" || tb == "" {
		return false // "the coach of a junior side" is not "a good coach"
	}
	return c.complementsMeet(c.lx.ContentWords(ta), c.lx.ContentWords(tb))
}

// particleObjectsMeet reports whether the phrases after two phrasal
// verbs' particles name one thing (complementsMeet), but not when each is
// dated by a day of the week or a noun of time and the two share none: "walked out of Tuesday's
// meeting" and "walked out of Friday's meeting" are two walkouts.
func (c *comparer) particleObjectsMeet(pa, pb string) bool {
	ta, tb := c.lx.ContentWords(pa), c.lx.ContentWords(pb)
	times := func(phrase string, ws map[string]bool) map[string]bool {
		out := map[string]bool{}
		for d := range weekdaysIn(phrase) {
			out[strings.ToLower(d)] = true
		}
		for w := range ws {
			if isTimeNoun(c.lx, w) {
				out[w] = true
			}
		}
		return out
	}
	timesA, timesB := times(pa, ta), times(pb, tb)
	if len(timesA) > 0 && len(timesB) > 0 {
		shared := false
		for w := range timesA {
			shared = shared || timesB[w]
		}
		if !shared {
			return false
		}
	}
	return c.complementsMeet(ta, tb)
}

// complementsMeet reports whether two sets of content words share a word:
// the same, of one stem, or nouns directly related in WordNet. An empty set
// meets any.
func (c *comparer) complementsMeet(ta, tb map[string]bool) bool {
	if len(ta) == 0 || len(tb) == 0 {
		return true
	}
	for x := range ta {
		for y := range tb {
			if x == y || sameStem(x, y) || directlyRelated(c.lx, x, y, lexicon.Noun) {
				return true
			}
		}
	}
	return false
}

// sameRestriction reports whether two complements whose heads agree pick
// out one referent when either head is restricted ("the only candidate",
// "the first woman", "the largest donor"; restrictedHead): such a head is
// identified by what follows it (Quirk et al. 1985 §17.10, restrictive
// postmodification; §7.84, superlatives), so "the only candidate to win a
// state" and "the only candidate with a conservative record" are two
// claims. Both need words after the head, and the words must meet.
func (c *comparer) sameRestriction(a, b proposition) bool {
	if !restrictedHead(c.lx, a.compText, a.comp) && !restrictedHead(c.lx, b.compText, b.comp) {
		return true
	}
	ta, tb := c.lx.ContentWords(afterHead(c.lx, a.compText, a.comp)), c.lx.ContentWords(afterHead(c.lx, b.compText, b.comp))
	return len(ta) > 0 && len(tb) > 0 && c.complementsMeet(ta, tb)
}

// restrictiveAdjectives single out one referent of their noun (Quirk et
// al. 1985 §7.37, restrictive adjectives, and the ordinals "first", "last",
// "next"): the noun's postmodifier says which.
var restrictiveAdjectives = map[string]bool{"only": true, "sole": true, "lone": true, "first": true, "last": true,
	"next": true, "same": true}

// restrictedHead reports whether the head of a complement as written has
// a restrictive adjective or a superlative before it ("the only
// candidate", "the biggest donor", "the most senior officer"). "Most" and
// "least" are superlatives after a definite determiner ("the most votes",
// "her most famous role"); without one they are quantifiers ("most
// candidates").
func restrictedHead(lx *lexicon.Lexicon, compText, head string) bool {
	f := strings.Fields(strings.ToLower(compText))
	n := headAt(lx, f, head)
	if n < 0 {
		n = len(f)
	}
	for i, w := range f[:n] {
		w = strings.Trim(w, ",.;:\"“”")
		if (w == "most" || w == "least") && i > 0 && superlativeDeterminer(f[i-1]) {
			return true
		}
		if restrictiveAdjectives[w] || i+1 < len(f) && strings.HasSuffix(w, "est") && lx.Base(w, lexicon.Adj) != w && lx.Has(lx.Base(w, lexicon.Adj), lexicon.Adj) {
			return true
		}
	}
	return false
}

// superlativeDeterminer reports a word that makes the "most" or "least"
// after it a superlative: the definite article, a possessive determiner or
// a genitive ("the board's most senior officer").
func superlativeDeterminer(w string) bool {
	switch w {
	case "the", "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'"))
}

// afterHead is what a complement as written says after its head ("in the
// race" in "the only candidate in the race"), or "".
func afterHead(lx *lexicon.Lexicon, compText, head string) string {
	f := strings.Fields(compText)
	if i := headAt(lx, f, head); i >= 0 {
		return strings.Join(f[i+1:], " ")
	}
	return ""
}

// headAt is the index of the first of a complement's words as written (f)
// that is its head, in any case, punctuation trimmed, a plural read as its
// noun ("candidates," for "candidate"); -1 when the head is not written.
func headAt(lx *lexicon.Lexicon, f []string, head string) int {
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.;:\"“”"))
		if lw == head || lx.Base(lw, lexicon.Noun) == head {
			return i
		}
	}
	return -1
}

// nounComplementText is the phrase that completes a complement's head
// noun ("sabotage" in "the result of sabotage"), or "": the words after
// "of", "between" or "among" right after the head.
func nounComplementText(lx *lexicon.Lexicon, compText, head string) string {
	if concreteNoun(lx, head) {
		return ""
	}
	f := strings.Fields(compText)
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.;:\"“”"))
		if lw != head && strings.TrimSuffix(lw, "s") != head {
			continue
		}
		if i+1 < len(f) {
			switch strings.ToLower(f[i+1]) {
			case "of", "between", "among":
				return strings.Join(f[i+2:], " ")
			}
		}
		return ""
	}
	return ""
}

// concreteNouns are WordNet's lexicographer files of things one can point
// at: animal, artifact, body, food, location, object, plant, substance.
var concreteNouns = map[int]bool{5: true, int(lexicon.NounArtifact): true, 8: true, 13: true, int(lexicon.NounLocation): true, 17: true, 20: true, 27: true}

// concreteNoun reports whether a noun's first WordNet sense is a concrete
// thing ("home", "car"): its "of" phrase says whose or which one ("the
// home of her cousin"), an adjunct a holder may leave out; a relational
// noun's "of" phrase (a person, an act, an attribute: "the father of",
// "the result of") completes it.
func concreteNoun(lx *lexicon.Lexicon, n string) bool {
	return concreteNouns[firstNounLex(lx, n)]
}

// directlyRelated reports whether two base forms share a WordNet synset of
// part of speech p or one sense is directly below a sense of the other
// ("danger", "threat"; "pose", "constitute"). Siblings are not: "is a
// pilot" and "is a sailor" say different things of a person.
func directlyRelated(lx *lexicon.Lexicon, a, b string, p lexicon.POS) bool {
	for _, x := range lx.Senses(a) {
		if x.POS != p {
			continue
		}
		for _, y := range lx.Senses(b) {
			if y.POS != p {
				continue
			}
			if directSenses(x, y) {
				return true
			}
		}
	}
	return false
}

// directSenses reports whether two senses are one synset or one is
// directly below the other (a hypernym one step up).
func directSenses(x, y lexicon.Sense) bool {
	return x.Synset == y.Synset || slices.Contains(x.Hypernyms, y.Synset) || slices.Contains(y.Hypernyms, x.Synset)
}

var (
	beOnce    sync.Once
	beSynsets []uint32
)

// beingVerb reports whether a verb says what its subject is: a copula, or
// a sense of WordNet's "be" or one directly below it ("constitute",
// "represent", "make", "stay").
func (c *comparer) beingVerb(v string) bool {
	if copular[v] {
		return true
	}
	beOnce.Do(func() { beSynsets = c.lx.SynsetIDs("be", lexicon.Verb) })
	return c.lx.Under(v, lexicon.Verb, beSynsets, 1)
}

// sharedClaim is the proposition every holder of a claim states: the
// best member's, with its complement cut after its head when some member
// or addressing sentence does not carry the rest ("the shed was set on fire
// at the back" and "the shed was set on fire by a tenant" both say the shed
// was set on fire; neither says the other's place or doer).
func (c *comparer) sharedClaim(preds []proposition, cl *claimGroup, best int, addr []addressed) proposition {
	b := preds[best]
	everySays := func(rest map[string]bool) bool {
		return c.everyHolderSays(preds, cl, addr, func(sentence string) bool {
			words := c.lx.ContentWords(sentence)
			for w := range rest {
				if !words[w] {
					return false
				}
			}
			return true
		})
	}
	// A passive's prepositional phrase is an adjunct ("was hit on the
	// shoulder", "was hit by a stone"): one passive event whatever it
	// is tied to (samePredicate). When some holder does not name its head,
	// the event alone is what all state.
	if f := strings.Fields(b.compText); b.passive && len(f) > 0 && prepositionWords[strings.ToLower(f[0])] && !passiveComplementPreps[strings.ToLower(f[0])] {
		if head := c.lx.ContentWords(b.comp); len(head) > 0 && !everySays(head) {
			b.compText, b.comp = "", ""
			return b
		}
	}
	cut, rest := cutAfterHead(c.lx, b.compText, b.comp)
	if rest != nil && !everySays(rest) && !restrictedHead(c.lx, b.compText, b.comp) {
		b.compText = cut
	}
	if at, n := amountApproximator(b.compText); n > 0 {
		f := strings.Fields(b.compText)
		phrase := f[at : at+n+1]
		if !c.everyHolderSays(preds, cl, addr, func(sentence string) bool { return saysWords(sentence, phrase) }) {
			// "more than $1 million" where another holder says "around
			// $1 million": the amount is what all of them state.
			b.compText = strings.Join(slices.Delete(f, at, at+n), " ")
		}
	}
	return b
}

// everyHolderSays reports whether says holds of the sentence of every
// member of a claim and of every sentence that addresses it.
func (c *comparer) everyHolderSays(preds []proposition, cl *claimGroup, addr []addressed, says func(string) bool) bool {
	for _, i := range cl.members {
		if !says(preds[i].sentence) {
			return false
		}
	}
	for _, x := range addr {
		if !says(c.in.Docs[x.doc].Analysis.Sentences[x.sentence].Text) {
			return false
		}
	}
	return true
}

// saysWords reports whether a sentence writes the words of phrase one
// after another, whole, in any case: "around $2" is not said by "around
// $20 million" nor by "around $2.5 million".
func saysWords(sentence string, phrase []string) bool {
	trim := func(w string) string { return strings.ToLower(strings.Trim(w, ",.;:!?\"“”'‘’()")) }
	f := strings.Fields(sentence)
	for i := 0; i+len(phrase) <= len(f); i++ {
		k := 0
		for k < len(phrase) && trim(f[i+k]) == trim(phrase[k]) {
			k++
		}
		if k == len(phrase) && len(phrase) > 0 {
			return true
		}
	}
	return false
}

// amountApproximator finds the approximator or bound of an amount in a
// complement as written ("about", "more than", "up to" before "$1
// million" or "40"; see clauseReader.approximates): the index of its first
// word and its number of words, 0 when there is none.
func amountApproximator(compText string) (int, int) {
	f := strings.Fields(strings.ToLower(compText))
	for i, w := range f {
		n := 0
		switch {
		case (w == "more" || w == "less" || w == "fewer") && i+1 < len(f) && f[i+1] == "than", w == "up" && i+1 < len(f) && f[i+1] == "to":
			n = 2
		case mention.IsApproximator(w):
			n = 1
		}
		if n == 0 || i+n >= len(f) {
			continue
		}
		if num := strings.TrimLeftFunc(f[i+n], func(r rune) bool { return mention.CurrencySymbol(string(r)) }); num != "" && num[0] >= '0' && num[0] <= '9' {
			return i, n
		}
	}
	return 0, 0
}

// passiveComplementPreps open the phrase a passive verb needs to be
// complete ("was connected to", "was accused of"; Quirk et al. 1985 §16.27,
// the prepositional verb): an agent or an adjunct ("by a bullet", "at the
// entrance", "with a drill") may be left out, these may not.
var passiveComplementPreps = map[string]bool{"to": true, "of": true}

// cutAfterHead splits a complement as written after the word whose base is
// its head, at the preposition that opens a phrase after it ("set at the
// entrance" → "set"): the cut phrase and the content words of what is cut,
// nil when nothing follows the head or what follows right after it is the
// head's own complement (Quirk et al. 1985 §17.37, §16.69): "of", "between"
// or "among" after a noun that is not a concrete thing ("the result of", "a
// supporter of", "contrasts between"; not "the home of": concreteNoun), "to", "with" or "about" after an adjective ("close to",
// "concerned about"). A claim cut there says nothing a reader could check
// ("the fire is the result"); a noun's "to" is often an adjunct ("a threat
// to the region" and "a threat to the country" both say "a threat").
func cutAfterHead(lx *lexicon.Lexicon, compText, head string) (string, map[string]bool) {
	f := strings.Fields(compText)
	at := -1
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.;:\"“”"))
		if lw == head || lx.Base(lw, lexicon.Noun) == head || lx.Base(lw, lexicon.Verb) == head || lx.Base(lw, lexicon.Adj) == head {
			at = i
			break
		}
	}
	if at < 0 {
		return compText, nil
	}
	if at+1 < len(f) {
		switch strings.ToLower(f[at+1]) {
		case "of", "between", "among":
			if !concreteNoun(lx, head) {
				return compText, nil // the noun's own complement: "the result of", "a supporter of"
			}
		case "to", "with", "about":
			if lx.Has(head, lexicon.Adj) && !lx.Has(head, lexicon.Noun) {
				return compText, nil // the adjective's: "close to", "concerned about"
			}
		}
	}
	for i := at + 1; i < len(f); i++ {
		if prepositionWords[strings.ToLower(f[i])] {
			rest := lx.ContentWords(strings.Join(f[i:], " "))
			if len(rest) == 0 {
				return compText, nil
			}
			// An adverb that premodifies the phrase cut goes with it
			// ("shot in the arm shortly before noon", "right after";
			// Quirk et al. 1985 §9.56).
			j := i
			for j-1 > at && adverbOnly(lx, strings.ToLower(f[j-1])) {
				j--
			}
			return strings.Join(f[:j], " "), rest
		}
	}
	return compText, nil
}

// adverbOnly reports whether a word is an adverb in WordNet and nothing
// else ("shortly", "just"; not "late", "fast").
func adverbOnly(lx *lexicon.Lexicon, w string) bool {
	return lx.Has(w, lexicon.Adv) && !lx.Has(w, lexicon.Noun) && !lx.Has(w, lexicon.Adj) && !lx.Has(w, lexicon.Verb)
}

// sameComplement reports whether two propositions' complements are one: the
// same head, or heads directly related in WordNet (see samePredicate).
//
// A unique beginner (noun.Tops, first sense: "person", "thing") says
// what its subject is by its modifier ("a good person"; see wellFormed),
// not by its kind, so it is one complement only with itself: "a kind
// person" and "a famous entertainer" say two things, though WordNet puts
// "entertainer" right below "person".
func (c *comparer) sameComplement(a, b proposition) bool {
	if a.comp == b.comp {
		return true
	}
	if a.comp == "" || b.comp == "" {
		return false
	}
	if c.lx.Synonyms(a.comp, b.comp, lexicon.Adj) {
		return true
	}
	if firstNounLex(c.lx, a.comp) == nounTops || firstNounLex(c.lx, b.comp) == nounTops {
		return false
	}
	return directlyRelated(c.lx, a.comp, b.comp, lexicon.Noun)
}

// claimText renders a claim in the affirmative from one of its
// propositions: "the bakery remains a landmark of the town".
func claimText(p proposition) string {
	return tidyPhrase(renderClaim(p))
}

// renderClaim renders a claim token by token (see claimText).
func renderClaim(p proposition) string {
	if p.modal != "" {
		// A duty: "the council should close the bridge".
		subj := p.subject
		if p.subjText != "" {
			subj = p.subjText
		}
		modal := p.modal
		switch {
		case p.modal == "ought":
			modal = "ought to"
		case semiModals[p.modal] && takesBareForm(p):
			modal = p.modal + " to" // "kids need to"
		case semiModals[p.modal]:
			modal = thirdPerson(p.modal) + " to" // "the council has to"
		}
		verb := modal + " " + p.verb
		if p.passive {
			verb = modal + " be " + p.verbText[strings.LastIndex(p.verbText, " ")+1:]
		}
		return strings.TrimSpace(subj + " " + verb + " " + p.compText)
	}
	if p.future {
		// A prediction or a plan stays one: "the bridge will be inspected".
		verb := "will " + p.verb
		if p.passive {
			verb = "will be " + p.verbText[strings.LastIndex(p.verbText, " ")+1:]
		}
		subj := p.subject
		if p.subjText != "" {
			subj = p.subjText
		}
		return strings.TrimSpace(subj + " " + verb + " " + p.compText)
	}
	verb := p.verbText
	if p.subjText != "" && !p.negated && verb != "" && !strings.Contains(" "+strings.ToLower(verb)+" ", " do ") && !strings.Contains(" "+strings.ToLower(verb)+" ", " does ") && !strings.Contains(" "+strings.ToLower(verb)+" ", " did ") && strings.ToLower(verb) != p.verb {
		return strings.TrimSpace(p.subjText + " " + strings.ToLower(verb) + " " + p.compText)
	}
	if verb == "" || strings.Contains(" "+strings.ToLower(verb)+" ", " do ") || strings.Contains(" "+strings.ToLower(verb)+" ", " does ") || strings.Contains(" "+strings.ToLower(verb)+" ", " did ") {
		verb = p.verb // made third person below when the subject is singular
		if p.passive {
			verb = "is " + p.verbText[strings.LastIndex(p.verbText, " ")+1:]
		}
	}
	// A bare form left by a modal ("will host", "would be"), or a
	// gerund left alone ("not accustomed to paying"): the claim is stated
	// in the present.
	plural := p.subjText != "" && (takesBareForm(p) || writtenPlural(p)) // "the men pay", "the men have paid"
	if lv := strings.ToLower(verb); (lv == p.verb || !strings.Contains(lv, " ") && strings.HasSuffix(lv, "ing")) && !p.passive {
		verb = thirdPerson(p.verb)
		if plural {
			verb = p.verb
		}
	} else if strings.HasPrefix(lv, "have ") && !plural {
		verb = "has " + verb[len("have "):]
	}
	subj := p.subject
	if p.subjText != "" {
		subj = p.subjText // the sentence's own words: "the men", not "the man"
	} else {
		verb = firstPersonVerb(p.pron, verb) // "I am" said of a name: "<Name> is"
	}
	out := subj + " " + strings.ToLower(verb)
	if p.compText != "" {
		out += " " + p.compText
	}
	return out
}

// takesBareForm reports whether a proposition's subject takes a verb's bare
// present form: a plural, "I" or "you" pronoun, or a common noun phrase
// whose last word is a plural noun form ("the kids"). Names are taken as
// singular.
func takesBareForm(p proposition) bool {
	switch strings.ToLower(p.pron) {
	case "they", "we", "you", "i":
		return true
	}
	f := strings.Fields(p.subjText)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return last != p.subjNoun && strings.HasSuffix(last, "s")
}

// writtenPlural reports whether a common-noun subject is written in a form
// other than its head's base form ("the men" of "man"): a plural.
func writtenPlural(p proposition) bool {
	f := strings.Fields(p.subjText)
	return len(f) > 0 && p.subjNoun != "" && strings.ToLower(f[len(f)-1]) != p.subjNoun
}

// tidyPhrase writes a phrase read token by token as text: quotation marks
// close up to the words they enclose, and a mark left unpaired (the
// quotation goes on past the phrase) is dropped.
func tidyPhrase(s string) string {
	f := strings.Fields(s)
	n := 0
	for _, w := range f {
		if isDoubleMark(w) {
			n++
		}
	}
	var out []string
	open, seen := false, 0
	for _, w := range f {
		if !isDoubleMark(w) {
			if open && len(out) > 0 && isDoubleMark(out[len(out)-1]) {
				out[len(out)-1] += w
			} else {
				out = append(out, w)
			}
			open = false
			continue
		}
		seen++
		if n%2 == 1 && seen == n {
			continue // unpaired: the last mark
		}
		if seen%2 == 1 {
			out = append(out, "\"")
			open = true
		} else if len(out) > 0 {
			out[len(out)-1] += "\""
		}
	}
	return strings.Join(out, " ")
}

func isDoubleMark(w string) bool {
	switch w {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

func thirdPerson(v string) string {
	switch v {
	case "be":
		return "is"
	case "have":
		return "has"
	}
	if strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") {
		return v + "es"
	}
	if strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])) {
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// sameStatement is the least share of content words (of the longer
// sentence) two sentences have when one is the other carried by a second
// outlet, edited: a wire copy, a quote reprinted.
const sameStatement = 0.7

// distinctHolders counts who holds a claim: members whose sentences are one
// statement carried by several outlets count once, under whichever holder
// (an outlet may credit a reprinted quote to the wrong person), and a
// holder's short name is the holder ("Okafor", "Daniel Okafor").
func (c *comparer) distinctHolders(preds []proposition, cl *claimGroup) int {
	n := len(cl.members)
	group := newSets(n)
	find := group.find
	// The sentences' words without the holders' names: the statement, not
	// who is credited with it.
	names := map[string]bool{}
	for _, i := range cl.members {
		for _, w := range strings.Fields(mention.NormalizeName(preds[i].holder)) {
			names[w] = true
		}
	}
	words := make([]map[string]bool, n)
	for k, i := range cl.members {
		words[k] = c.lx.ContentWords(preds[i].sentence)
		for w := range words[k] {
			if names[w] {
				delete(words[k], w)
			}
		}
	}
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			pa, pb := preds[cl.members[a]], preds[cl.members[b]]
			if sameHolder(pa.holder, pb.holder) || statementShare(words[a], words[b]) >= sameStatement {
				group[find(b)] = find(a)
			}
		}
	}
	roots := map[int]bool{}
	for k, i := range cl.members {
		if preds[i].holder != "" {
			roots[find(k)] = true
		}
	}
	return len(roots)
}

// creditQuotes gives a quote an outlet prints without a speaker the story
// can name (or a claim inside quotation marks the outlet prints in no one's
// name) to the speaker another outlet names for the same words; a claim in
// the outlet's own words beside a quotation stays the outlet's. A quote
// left without a holder takes no position.
func (c *comparer) creditQuotes(preds []proposition, cl *claimGroup) {
	// The words of each member a speaker holds, the speaker's name left
	// out, read once for the group (and again should its holder change).
	var held map[int]heldWords
	for _, i := range cl.members {
		p := preds[i]
		credit := p.holder == ""
		if !credit && p.own {
			// Only here are the sentence's tokens asked.
			toks := text.Tokens(p.sentence)
			credit = (!p.headline || singleQuoted(toks) > 0) && insideQuote(toks, tokenAt(toks, p.pos))
		}
		if !credit {
			continue // the outlet's own words, a quotation beside them or not
		}
		words := c.lx.ContentWords(p.sentence)
		for _, j := range cl.members {
			q := preds[j]
			if q.own || q.holder == "" {
				continue
			}
			hw, ok := held[j]
			if !ok || hw.holder != q.holder {
				hw = heldWords{holder: q.holder, words: c.lx.ContentWords(q.sentence)}
				for _, w := range strings.Fields(mention.NormalizeName(q.holder)) {
					delete(hw.words, w)
				}
				if held == nil {
					held = map[int]heldWords{}
				}
				held[j] = hw
			}
			qw := hw.words
			if statementShare(words, qw) >= sameStatement || containsAll(qw, words) {
				preds[i].holder, preds[i].own = q.holder, false
				break
			}
		}
	}
}

// heldWords are the content words of a member's sentence without its
// holder's name (creditQuotes).
type heldWords struct {
	holder string
	words  map[string]bool
}

// tokenAt is the index of the token at byte offset pos (the last one
// starting at or before it).
func tokenAt(toks []text.Token, pos int) int {
	j := 0
	for i, t := range toks {
		if t.Start <= pos {
			j = i
		}
	}
	return j
}

// tokenFrom is the index of the first token starting at or after byte
// offset pos, or -1 when none does.
func tokenFrom(toks []text.Token, pos int) int {
	for k, t := range toks {
		if t.Start >= pos {
			return k
		}
	}
	return -1
}

// containsAll reports whether every word of small is in big.
func containsAll(big, small map[string]bool) bool {
	if len(small) == 0 {
		return false
	}
	for w := range small {
		if !big[w] {
			return false
		}
	}
	return true
}

// statementShare is the share of the larger set's words both sets have.
func statementShare(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(max(len(a), len(b)))
}

// sameHolder reports whether two holder names name one holder: the same
// name once folded, or one the last words of the other ("Vance Okafor", "Daniel Vance Okafor").
func sameHolder(a, b string) bool {
	return sameNormalizedHolder(mention.NormalizeName(a), mention.NormalizeName(b))
}

// sameNormalizedHolder is sameHolder of two names already normalised.
func sameNormalizedHolder(na, nb string) bool {
	if na == "" || nb == "" {
		return false
	}
	if na == nb || strings.HasSuffix(na, " "+nb) || strings.HasSuffix(nb, " "+na) {
		return true
	}
	// "Van Moor", "VanMoor": one name spelt with or without a space.
	return strings.ReplaceAll(na, " ", "") == strings.ReplaceAll(nb, " ", "")
}

// claimGroup is one claim: the propositions that state it in any wording.
type claimGroup struct {
	members []int
	origins map[string]bool
	head    bool
	// taken: someone other than an outlet states it, or someone
	// denies or doubts it — a position, not only a report.
	taken bool
}

func (cl *claimGroup) add(c *comparer, preds []proposition, i, own int) {
	p := preds[i]
	cl.members = append(cl.members, i)
	if i < own {
		cl.origins[c.origin[p.doc]] = true
	} else {
		cl.origins[fmt.Sprintf("context:%d", i)] = true
	}
	cl.head = cl.head || p.headline && i < own
	cl.taken = cl.taken || !p.own || p.negated || p.hedged
}

// groupClaims groups propositions into claims: the same subject and the
// same predicate in any wording. A holder who says a state of a subject has
// ended in other words too ("is no longer active", "no longer runs
// checkpoints") takes one position: those claims are one, joined to the
// larger.
func (c *comparer) groupClaims(preds []proposition, own int) []*claimGroup {
	var claims []*claimGroup
	keys := make([]subjectKey, len(preds))
	for i := range preds {
		keys[i] = c.subjectKeyOf(preds[i])
	}
	for i, p := range preds {
		var into *claimGroup
		for _, cl := range claims {
			q := preds[cl.members[0]]
			if c.sameSubjectKey(keys[i], keys[cl.members[0]]) && c.samePredicate(p, q) {
				into = cl
				break
			}
		}
		if into == nil {
			into = c.oppositeGroup(preds, keys, claims, i)
		}
		if into == nil {
			into = &claimGroup{origins: map[string]bool{}}
			claims = append(claims, into)
		}
		into.add(c, preds, i, own)
	}
	// Join claims a holder's ceased states link, smaller into larger.
	sort.SliceStable(claims, func(i, j int) bool { return len(claims[i].origins) > len(claims[j].origins) })
	var out []*claimGroup
	for _, cl := range claims {
		var into *claimGroup
		for _, big := range out {
			if c.sameCessation(preds, big, cl) {
				into = big
				break
			}
		}
		if into == nil {
			out = append(out, cl)
			continue
		}
		for _, i := range cl.members {
			into.add(c, preds, i, own)
		}
	}
	return out
}

// bestMember is the member whose words render the claim: an affirming one,
// a sentence before a headline, a speaker's words before an outlet's own
// (an outlet takes a position only on a disputed claim, so a claim in an
// outlet's words would be shown held by speakers who did not say them).
func (c *comparer) bestMember(preds []proposition, cl *claimGroup) int {
	best := cl.members[0]
	for _, i := range cl.members {
		b, p := preds[best], preds[i]
		if p.flipped {
			continue // its words say the opposite of the claim's
		}
		if b.negated != p.negated {
			if b.negated {
				best = i
			}
			continue
		}
		if b.headline && !p.headline || b.headline == p.headline && b.own && !p.own {
			best = i
		}
	}
	return best
}

// positions counts a claim's distinct holders — its members' (one
// statement carried by several outlets counts once) and those of the
// sentences of other shapes that address it — the positions taken, and
// whether a speaker (not an outlet) denies or doubts it. An outlet that
// only reports the claim in its own voice is no position unless someone
// else holds it too.
func (c *comparer) positions(preds []proposition, cl *claimGroup, addr []addressed) (int, map[string]bool, bool) {
	holders := c.distinctHolders(preds, cl)
	pos := map[string]bool{}
	opposed := false
	var names []string
	for _, i := range cl.members {
		p := preds[i]
		pos[p.position()] = true
		opposed = opposed || !p.own && p.holder != "" && (p.negated || p.hedged)
		names = append(names, p.holder)
	}
	for _, x := range addr {
		pos[x.position] = true
		opposed = opposed || !x.own && x.position != "affirms"
		if !slices.ContainsFunc(names, func(n string) bool { return sameHolder(n, x.holder) }) {
			names = append(names, x.holder)
			holders++
		}
	}
	return holders, pos, opposed
}

// speakers counts the distinct holders of a claim other than outlets'
// own voices, in this story's articles.
func (c *comparer) speakers(preds []proposition, cl *claimGroup, own int, addr []addressed) int {
	var names []string
	add := func(h string) {
		if h != "" && !slices.ContainsFunc(names, func(n string) bool { return sameHolder(n, h) }) {
			names = append(names, h)
		}
	}
	for _, i := range cl.members {
		if i < own && !preds[i].own {
			add(preds[i].holder)
		}
	}
	for _, x := range addr {
		if !x.own {
			add(x.holder)
		}
	}
	return len(names)
}

// cueTaken reports whether a speaker (not an outlet) doubts or denies a
// claim by a word that says so: a verb of denial or doubt ("denied that",
// "doubts that"), a condition ("apologised if"), a hedge, or not knowing
// ("no idea why the pump failed"); a clause that is merely negative ("have
// no outlets") is a statement, not a position against another's claim.
func (c *comparer) cueTaken(preds []proposition, cl *claimGroup, own int, addr []addressed) bool {
	for _, i := range cl.members {
		if p := preds[i]; i < own && !p.own && p.holder != "" && (p.hedged || p.denied) {
			return true
		}
	}
	for _, x := range addr {
		if !x.own && x.holder != "" && x.position == "doubts" {
			return true
		}
	}
	return false
}

// claimStances lists who holds a key claim in the story's articles: its
// members, then the sentences of other shapes that address it. An outlet
// holds a position in its own voice only on a disputed claim (someone
// denies or doubts it) or when it denies or doubts it itself: an outlet
// that tells an undisputed event in its own words reports it, it takes no
// position.
func (c *comparer) claimStances(preds []proposition, cl *claimGroup, best, own int, addr []addressed, disputed bool) []corroborate.Stance {
	var out []corroborate.Stance
	text := claimText(c.sharedClaim(preds, cl, best, addr))
	seen := map[string]bool{}
	for _, i := range cl.members {
		if i >= own {
			continue // context only
		}
		p := preds[i]
		key := p.holder + "|" + p.position() + "|" + c.in.Docs[p.doc].Article.ID
		if seen[key] || p.holder == "" || p.own && !disputed && p.position() == "affirms" {
			continue
		}
		seen[key] = true
		seen[p.holder+"|"+c.in.Docs[p.doc].Article.ID] = true
		out = append(out, corroborate.Stance{Holder: c.personalName(p.holder), Claim: text, Position: p.position(), Article: c.in.Docs[p.doc].Article.ID, Sentence: p.sentence})
	}
	for _, x := range addr {
		id := c.in.Docs[x.doc].Article.ID
		if seen[x.holder+"|"+id] || c.heldAs(seen, x.holder, id) || x.own && !disputed && x.position == "affirms" {
			continue
		}
		seen[x.holder+"|"+id] = true
		out = append(out, corroborate.Stance{Holder: c.personalName(x.holder), Claim: text, Position: x.position, Article: id, Sentence: c.in.Docs[x.doc].Analysis.Sentences[x.sentence].Text})
	}
	return out
}

// personalName is a person holder's name without the title or place
// written before it ("Oakdale County Commissioner Renata P. Solis" → "Renata
// P. Solis"): the words after the last one, before the name's last two,
// whose first WordNet noun sense is a person (noun.person: "councilman",
// "editor", "chief"). Organisations and places keep their names.
func (c *comparer) personalName(name string) string {
	if !c.isPerson(name) {
		return name
	}
	f := strings.Fields(name)
	cut := -1
	for i := 0; i < len(f)-2; i++ {
		if firstNounLex(c.lx, strings.ToLower(strings.Trim(f[i], ".,"))) == int(lexicon.NounPerson) {
			cut = i
		}
	}
	if cut < 0 {
		return name
	}
	return strings.Join(f[cut+1:], " ")
}

// isPerson reports whether a name is a story entity that may be a person:
// typed a person, or untyped ("other"), never an organisation or a place.
func (c *comparer) isPerson(name string) bool {
	for _, e := range c.in.Merged.Entities {
		if e.Name == name {
			return e.Type == mention.Person || e.Type == mention.Other
		}
	}
	return false
}

// personEntity reports whether a name is a story entity that may be a
// person (isPerson) and whose last word is no plural noun and does not
// end in "s": a name read together with a plural noun after it, or a name
// in the plural, stands for a group, not for one person.
func (c *comparer) personEntity(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	if last := f[len(f)-1]; c.lx.Base(last, lexicon.Noun) != last || strings.HasSuffix(last, "s") {
		return false // a plural, or a name that may be one ("Others")
	}
	return c.isPerson(name)
}

// heldAs reports whether a holder (or a longer or shorter form of its
// name) already holds a position on the claim in article id.
func (c *comparer) heldAs(seen map[string]bool, holder, id string) bool {
	for k := range seen {
		h, rest, ok := strings.Cut(k, "|")
		if ok && rest == id && sameHolder(h, holder) {
			return true
		}
	}
	return false
}

// sameCessation reports whether one holder says of one subject, in a
// member of each claim, that a state has ended.
func (c *comparer) sameCessation(preds []proposition, a, b *claimGroup) bool {
	for _, i := range a.members {
		p := preds[i]
		if !p.ceased || p.own {
			continue
		}
		for _, j := range b.members {
			q := preds[j]
			if q.ceased && !q.own && sameHolder(p.holder, q.holder) && c.sameSubject(p, q) {
				return true
			}
		}
	}
	return false
}

// disputedInOne reports whether a claim told in one origin only is key
// all the same: a speaker (not an outlet) denies or doubts it there in so
// many words — a member's own negation or hedge ("claims he wasn't the
// shooter", "isn't the one who fired") — and another speaker affirms it
// (a member or a sentence that addresses it). Each member says it with one
// verb, not a light verb other than "be" ("the shooting took place"): a
// looser grouping of one article's sentences is no dispute.
func (c *comparer) disputedInOne(preds []proposition, cl *claimGroup, own int) bool {
	verb := preds[cl.members[0]].verb
	if verb != "be" && lightVerb(verb) {
		return false
	}
	var against string
	for _, i := range cl.members {
		p := preds[i]
		if p.verb != verb {
			return false
		}
		if i < own && !p.own && p.holder != "" && (p.negated || p.hedged) {
			against = p.holder
		}
	}
	if against == "" {
		return false
	}
	for _, i := range cl.members {
		if p := preds[i]; i < own && !p.own && p.holder != "" && p.position() == "affirms" && !sameHolder(p.holder, against) {
			return true
		}
	}
	for _, x := range c.addresses(keyOf(preds[c.bestMember(preds, cl)])) {
		if !x.own && x.holder != "" && x.position == "affirms" && !sameHolder(x.holder, against) {
			return true
		}
	}
	return false
}

// maxKeyClaims is how many key claims a story reports: a reader follows a
// handful of disputed points, not every statement.
const maxKeyClaims = 5

// stances finds the story's key claims — propositions a headline makes or
// two or more origins state — and who affirms, denies or doubts each.
// Claims match across wording through base forms and WordNet.
func (c *comparer) stances() []corroborate.Stance {
	preds := slices.Clone(c.predications()) // holders may be set below
	own := len(preds)
	// Related stories of the same running story help find its key claims.
	for _, ctx := range c.in.Context {
		cc := newComparer(Input{Docs: ctx.Docs, Merged: ctx.Merged, Cache: c.in.Cache})
		for k, p := range cc.predications() {
			p.doc = -1 - k // a copy: the cached slice is not changed
			preds = append(preds, p)
		}
	}
	claims := c.groupClaims(preds, own)
	for _, cl := range claims {
		c.creditQuotes(preds, cl)
	}
	// The key claims: contested ones first (someone denies or doubts what
	// another affirms), then those held by more holders.
	var keys []*claimGroup
	score := map[*claimGroup]int{}
	best := map[*claimGroup]int{}
	addr := map[*claimGroup][]addressed{}
	disputed := map[*claimGroup]bool{}
	for _, cl := range claims {
		if len(cl.origins) < 2 && !cl.head && !c.disputedInOne(preds, cl, own) || !cl.taken {
			continue
		}
		best[cl] = c.bestMember(preds, cl)
		addr[cl] = c.addresses(keyOf(preds[best[cl]]))
		holders, pos, opposed := c.positions(preds, cl, addr[cl])
		// A position, not a statement repeated: two holders (a speaker and
		// an outlet, two speakers), or a speaker who denies or doubts it.
		// One speaker's words carried by several outlets are one statement.
		if holders < 2 && !opposed {
			continue
		}
		// Precision first: a claim is key when two speakers (not outlets'
		// own voices) hold it, when a speaker takes a side against another
		// holder, or when a speaker doubts or denies it in words that say
		// so. A statement one speaker makes, reprinted or told again by
		// an outlet, is a report, not a stance.
		if sp := c.speakers(preds, cl, own, addr[cl]); sp < 2 && !(len(pos) > 1 && sp >= 1) && !c.cueTaken(preds, cl, own, addr[cl]) {
			continue
		}
		disputed[cl] = len(pos) > 1 || !pos["affirms"]
		// An event every holder tells alike is reported, not held: a
		// claim no one denies or doubts is a stance only when it judges
		// its subject (a classification or a cause).
		if !disputed[cl] && !c.judges(preds[best[cl]]) {
			continue
		}
		score[cl] = holders + len(cl.origins)
		if len(pos) > 1 {
			score[cl] += 100
		}
		keys = append(keys, cl)
	}
	sort.SliceStable(keys, func(i, j int) bool { return score[keys[i]] > score[keys[j]] })
	if len(keys) > maxKeyClaims {
		keys = keys[:maxKeyClaims]
	}
	var out []corroborate.Stance
	for _, cl := range keys {
		out = append(out, c.claimStances(preds, cl, best[cl], own, addr[cl], disputed[cl])...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Claim < out[j].Claim })
	return out
}

// judges reports whether a claim judges its subject rather than telling
// an event: a copula, or a verb whose first WordNet sense is one of "be"
// or directly below it ("represent", "constitute"), with a complement
// classifies it ("the fire was arson", "the vote is an important step";
// Quirk et al. 1985 §10.16, subject complements); so does a regarded
// classification ("treated as arson"); a verb of causation names what
// brought something about ("the fire caused the damage"); so do who did a
// physical act (agentOfAct) and what a person wants or fears (stateOfMind).
func (c *comparer) judges(p proposition) bool {
	if p.regarded {
		return true
	}
	if p.comp != "" && !p.passive && c.firstSenseBeing(p.verb) {
		return true
	}
	return c.firstSenseCause(p.verb) || c.agentOfAct(p) || c.stateOfMind(p)
}

// stateOfMind reports whether a claim tells what a person wants, fears or
// feels about something: an active verb whose commonest sense is one of
// emotion (WordNet's verb.emotion: "wants a bigger salary", "fears reprisals"), a
// person as its subject (the experiencer) and no person as its object.
// Such a verb is stative (Quirk et al. 1985 §4.28, verbs of volition and
// emotion): it tells no event a reporter saw, but a state of another's mind
// the source attributes to them, as a classification does. A verb of that
// file whose object is the person who feels ("frightened the staff",
// "angered residents") tells what the subject did to them.
func (c *comparer) stateOfMind(p proposition) bool {
	if p.passive || p.comp == "" {
		return false
	}
	s, ok := c.lx.TopSense(p.verb, lexicon.Verb)
	if !ok || s.Lex != lexicon.VerbEmotion || !c.personSubject(p) {
		return false
	}
	if c.isPerson(p.comp) {
		return false
	}
	n, ok := c.lx.FirstSense(strings.ToLower(p.comp), lexicon.Noun)
	return !ok || n.Lex != lexicon.NounPerson && n.Lex != lexicon.NounGroup
}

// personSubject reports whether a claim's subject is a person: a common
// noun whose commonest sense is one of persons, or a story entity that may
// be a person.
func (c *comparer) personSubject(p proposition) bool {
	if p.subjNoun != "" {
		// The commonest sense, not the lowest synset (firstNounLex): "men"
		// are adult males, though WordNet files the species ("man":
		// noun.animal) first.
		n, ok := c.lx.FirstSense(p.subjNoun, lexicon.Noun)
		return ok && n.Lex == lexicon.NounPerson
	}
	return p.subject != "" && c.isPerson(p.subject)
}

// agentOfAct reports whether a claim names who did a physical act: an
// active verb whose commonest sense is one of contact, competition or the
// body (WordNet's verb.contact, verb.competition, verb.body: "rammed",
// "fired", "stabbed", "wounded") with a person or people as its subject.
func (c *comparer) agentOfAct(p proposition) bool {
	if p.passive || p.comp == "" {
		return false
	}
	s, ok := c.lx.TopSense(p.verb, lexicon.Verb)
	if !ok || s.Lex != lexicon.VerbContact && s.Lex != lexicon.VerbCompetition && s.Lex != lexicon.VerbBody {
		return false
	}
	return c.personSubject(p)
}

// firstSenseCause reports whether a verb's commonest sense is one of
// "cause" ("cause", "induce"); "have" and "make", which share rarer senses
// with it ("had him arrested"), are no verbs of causation in a claim.
func (c *comparer) firstSenseCause(v string) bool {
	s, ok := c.lx.TopSense(v, lexicon.Verb)
	return ok && slices.Contains(c.lx.SynsetIDs("cause", lexicon.Verb), s.Synset)
}

// firstSenseBeing reports whether a verb says what its subject is in its
// commonest sense: a copula, or a verb whose first WordNet sense is one of
// "be" or directly below it. Rarer senses do not count ("want" as "lack",
// "touch" as "adjoin").
func (c *comparer) firstSenseBeing(v string) bool {
	if copular[v] {
		return true
	}
	beOnce.Do(func() { beSynsets = c.lx.SynsetIDs("be", lexicon.Verb) })
	s, ok := c.lx.TopSense(v, lexicon.Verb)
	return ok && c.lx.SynsetUnder(s.Synset, lexicon.Verb, beSynsets, 1)
}
