package mention

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Quote is a statement attributed to a speaker, direct (in quotation
// marks) or reported ("X said that …", "according to X").
type Quote struct {
	// Text is the statement: the words in quotation marks, or the content
	// clause of reported speech.
	Text string
	// Direct reports whether Text was in quotation marks.
	Direct bool
	// Cue is the reporting verb or phrase as written ("said", "according to").
	Cue string
	// Speaker is the canonical name of the resolved speaker, or "".
	Speaker string
	// SpeakerText is the speaker as written ("he", "the premier", "NATO").
	SpeakerText string
	// Entity is the index of the speaker's article entity, or -1.
	Entity int
	// How says how the speaker was found: "named" (a name in the
	// attribution), "role" ("the premier"), "pronoun", "carried" (the
	// previous speaker of a quote paragraph), "statement", "nominal",
	// "subject" (a cue with no source phrase of its own, given its
	// clause's subject as written, no speaker) or "unnamed" (a cue whose
	// source the sentence does not give).
	How string
	// Sentence is the index of the sentence that carries the attribution.
	Sentence int
	// Start and End are byte offsets of Text in the article body.
	Start, End int
	// marked says Text was in quotation marks of any kind, two apostrophes
	// included (such a quote is not Direct: see quoteSpans).
	marked bool
	// closes says the reading is an attribution that closes its sentence
	// ("…, the paper reported.", "…, according to X."): its content is
	// the whole clause before it, a direct quote with its own speaker
	// included (a nested report).
	closes bool
	// role says SpeakerText is a common noun of persons capitalised only
	// because it opens its sentence ("Beekeeper warns"): no name.
	role bool
	// nests says a reading whose source subjectThroughAside read again
	// keeps the reading it had for the test of reports nested in its
	// content (reportedInside): a name or pronoun read before.
	nests bool
	// cueAt is the body offset of a cue read apart from its content
	// (evidentialFrame), for the test of nesting in another statement.
	cueAt int
	// Account says the statement is an account of events the outlet
	// credits to a source after it, read only by the wide trailing
	// attribution (withAccounts: "The man fled, police said", "…, police
	// say") in a sentence no other reading took.
	Account bool
	// Members are the article entities of the persons an exemplifying
	// postmodifier names in a group speaker ("Critics, including Doe and
	// Roe, said …": Doe and Roe; inclusionSubject): they made the
	// statement too, but the group answers for the attribution. With a
	// named speaker, they are the other persons an apposition names with
	// it ("Two surveyors, Doe and Roe, said …": speaker Roe, members Doe;
	// appositionMembers).
	Members []int
	// group is the noun phrase of people a "they" speaker stands for
	// when no name does (preferGroupSubject: "Aides …. They said").
	group string
	// listed says a "they" speaker was resolved to the first of the names
	// apposed to a group (listAntecedent): a later "they" goes on with it.
	listed bool
}

// CueOnly reports whether the statement was read from a reporting cue
// alone, with no source phrase of its own before it ("subject" or
// "unnamed"): a weaker reading than an attribution that names its source.
func (q Quote) CueOnly() bool { return q.How == "subject" || q.How == "unnamed" }

// qspan is a quoted stretch of the body.
type qspan struct {
	start, end  int  // content offsets (inside the marks)
	open, close int  // offsets of the marks
	apos        bool // marked by two apostrophes ('')
}

// quoteSpans finds the quoted stretches of the body. Curly quotes pair by
// direction; straight quotes pair by order within a paragraph. A quote left
// open at the end of a paragraph continues when the next paragraph opens
// with a quotation mark (the news convention for long quotes).
func quoteSpans(body string) []qspan {
	var out []qspan
	paras := text.Paragraphs(body)
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		seg := body[p[0]:p[1]]
		openAt := -1
		straight := false
		aposAt := -1
		innerAt := -1 // two apostrophes opening a quote inside a double one
		for i := 0; i < len(seg); i++ {
			r := rune(seg[i])
			abs := p[0] + i
			if strings.HasPrefix(seg[i:], "''") {
				// Two apostrophes, a typewriter habit of some archives,
				// mark a quote of their own kind: read like a quotation
				// (its attribution, its continuation) but not Direct,
				// as double marks alone make a direct quote.
				if aposAt < 0 && openAt < 0 && !isClosingPosition(seg, i) {
					aposAt = abs
				} else if openAt >= 0 && (!isClosingPosition(seg, i) || abs == openAt+markLen(body, openAt)) {
					// "He said ''no'' twice", "''No,'' he told me": a
					// quote inside the double one, whose closing
					// apostrophes close it, not the double quote (Quirk et
					// al. 1985 App. III.9, quotes within quotes).
					innerAt = abs
				} else if innerAt >= 0 && openAt >= 0 && isClosingPosition(seg, i) {
					innerAt = -1
				} else if aposAt >= 0 && isClosingPosition(seg, i) {
					out = append(out, qspan{start: aposAt + 2, end: abs, open: aposAt, close: abs, apos: true})
					aposAt = -1
				} else if openAt >= 0 && aposAt < 0 && isClosingPosition(seg, i) && closesAfter(seg, i+2) {
					// A double opening mark closed by two apostrophes
					// ('had suffered "severe burns to his arms'' before
					// …'): the typewriter's closing mark for the double
					// one, as a curly closing mark closes a straight
					// opening one. Left open, the quote ran on to the
					// paragraph's end and held its narration.
					out = append(out, qspan{start: openAt + markLen(body, openAt), end: abs, open: openAt, close: abs})
					openAt = -1
				}
				i++
				continue
			}
			switch {
			case strings.HasPrefix(seg[i:], "“"):
				if openAt < 0 {
					openAt, straight, innerAt = abs, false, -1
				} else if !straight && isClosingPosition(seg, i) && closesAfter(seg, i+len("“")) {
					// "“It's unusual,“ said X": an opening mark typed for
					// the closing one
					out = append(out, qspan{start: openAt + markLen(body, openAt), end: abs, open: openAt, close: abs})
					openAt = -1
				}
			case strings.HasPrefix(seg[i:], "”"):
				// A straight opening mark closed by a curly one ("…tell
				// you,” he said) closes too.
				if openAt >= 0 {
					out = append(out, qspan{start: openAt + markLen(body, openAt), end: abs, open: openAt, close: abs})
					openAt = -1
				}
			case r == '"' && openAt >= 0 && !straight && isClosingPosition(seg, i):
				// a curly opening mark closed by a straight one
				out = append(out, qspan{start: openAt + markLen(body, openAt), end: abs, open: openAt, close: abs})
				openAt = -1
			case r == '"':
				// Only double quotation marks quote. Two apostrophes ('')
				// — a typewriter habit of some archives — are not a mark
				// anywhere here: such quotes are read as reported speech.
				w := 1
				if openAt < 0 && strayCloser(seg, i) {
					// Closes a quote this paragraph never opened (one
					// carried over a paragraph break that the next
					// paragraph did not reopen with a mark, or an opening
					// mark lost in extraction): it opens nothing, or
					// every later mark of the paragraph would pair the
					// wrong way round and quote the narration between.
					continue
				}
				if openAt < 0 {
					openAt, straight, innerAt = abs, true, -1
				} else if straight || isClosingPosition(seg, i) {
					out = append(out, qspan{start: openAt + markLen(body, openAt), end: abs, open: openAt, close: abs})
					openAt = -1
				}
				i += w - 1
			}
		}
		if openAt >= 0 {
			// Open at the paragraph's end: a continued quote if the next
			// paragraph opens with a mark, else up to the paragraph's end.
			end := p[1]
			if pi+1 < len(paras) {
				next := body[paras[pi+1][0]:paras[pi+1][1]]
				if strings.HasPrefix(next, "“") || strings.HasPrefix(next, "\"") {
					out = append(out, qspan{start: openAt + markLen(body, openAt), end: end, open: openAt, close: end})
					continue
				}
			}
			if end-openAt > 20 {
				out = append(out, qspan{start: openAt + markLen(body, openAt), end: end, open: openAt, close: end})
			}
		}
	}
	return out
}

func markLen(body string, at int) int {
	switch {
	case strings.HasPrefix(body[at:], "''"):
		return 2
	case strings.HasPrefix(body[at:], "“"), strings.HasPrefix(body[at:], "”"):
		return len("“")
	}
	return 1
}

// closesAfter reports whether the text after a mark at i ends a quote:
// the paragraph's end, a space or a punctuation mark.
func closesAfter(seg string, i int) bool {
	return i >= len(seg) || seg[i] == ' ' || seg[i] == ',' || seg[i] == '.' || seg[i] == '\n'
}

// isClosingPosition reports whether a straight quote at i closes (follows a
// non-space) rather than opens.
func isClosingPosition(seg string, i int) bool {
	return i > 0 && !unicode.IsSpace(rune(seg[i-1]))
}

// strayCloser reports whether a straight double mark at i can only close a
// quote: it follows a non-space (isClosingPosition) and a space, a line
// break, a comma, a full stop or the paragraph's end follows it
// (closesAfter), or a semicolon, a colon, a closing bracket, "?" or "!"
// (closingPunct). An opening mark stands directly before the first quoted
// word, a closing one directly after the last (the marks enclose the words
// quoted, with no space inside), so a mark between a word and a space or a
// mark of punctuation opens nothing.
func strayCloser(seg string, i int) bool {
	return isClosingPosition(seg, i) && (closesAfter(seg, i+1) || i+1 < len(seg) && strings.IndexByte(closingPunct, seg[i+1]) >= 0)
}

// closingPunct are marks of punctuation that follow a closing quotation
// mark and never the opening one (Quirk et al. 1985, App. III.9, the
// placing of quotation marks): 'called it "unsafe"; the board', 'the
// "sale")', 'did she say "never"?'.
const closingPunct = ";:)]?!"

// sentenceAt returns the index of the sentence containing body offset off.
func sentenceAt(sents []text.Sentence, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if i >= len(sents) {
		return len(sents) - 1
	}
	return i
}

// verbForm tells whether a token is a reporting verb and returns its base.
func verbForm(w string) (string, bool) {
	if startsUpper(w) {
		return "", false // a name ("State", "Says") or a sentence start handled by callers
	}
	lw := lower(w)
	b := lexicon.Default().Base(lw, lexicon.Verb)
	if b == lw {
		return "", false // base forms need an auxiliary: see baseVerbAt
	}
	return b, reportingVerb(b)
}

// tokenVerbForm is verbForm of a token's text, with the base form kept
// with the token (text.Token.Base).
func tokenVerbForm(t text.Token) (string, bool) {
	if startsUpper(t.Text) {
		return "", false
	}
	b := t.Base(lexicon.Verb)
	if b == t.Lower {
		return "", false
	}
	return b, reportingVerb(b)
}

// RestoreQuoted sets what Quotes keeps of a text besides the quotes it
// returns, the quoted stretches (pronoun and speaker look-ups skip names
// inside them), on an analysis restored from a stored form that keeps the
// quotes only: body is the text it was read from.
func (a *Analysis) RestoreQuoted(body string) { a.quoted = quoteSpans(body) }

// Quotes finds direct and reported statements and resolves their speakers.
func Quotes(body string, a *Analysis) []Quote {
	var out []Quote
	spans := quoteSpans(body)
	a.quoted = spans
	a.inferGenders()
	covered := make([]bool, len(a.Sentences)) // sentences whose attribution a direct quote used
	lastSpeaker := -1
	lastSpeakerText, lastSpeakerName := "", ""
	lastPara := -10
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		content := strings.TrimSpace(body[sp.start:sp.end])
		if wordCount(content) == 0 {
			continue
		}
		si := sentenceAt(a.Sentences, sp.open)
		ei := sentenceAt(a.Sentences, max(sp.close-1, sp.open))
		if titleLike(content) {
			continue // "Good Morning America", "State of the Union": a title, not speech
		}
		q := Quote{Text: trimQuote(content), Direct: !sp.apos, Entity: -1, Sentence: si, Start: sp.start, End: sp.end, marked: true}
		// Attribution after the quote, in the sentence where it closes.
		found := false
		if a.saidBefore(sp, si) && a.attributeBefore(body, sp, si, &q) {
			// "Doe said, “…,” when asked …": the verb right before the
			// quote introduces it; words after it are another clause's.
			found = true
			covered[si] = true
		} else if ok := a.attributeAfter(body, sp, ei, &q); ok {
			found = true
			covered[q.Sentence] = true
			// "“A,” he said. “B.”": the next quote continues the statement.
			for k+1 < len(spans) {
				nx := spans[k+1]
				gap := strings.TrimSpace(body[sp.close:nx.open])
				nsi := sentenceAt(a.Sentences, nx.open)
				if nsi > q.Sentence+1 || len(gap) > 80 || strings.Contains(gap, "\n") || a.Sentences[nsi].Para != a.Sentences[q.Sentence].Para {
					break
				}
				if !a.gapIsAttribution(gap) || a.ownAttribution(body, nx) || titleLike(strings.TrimSpace(body[nx.start:nx.end])) {
					break // "“A,” he said. “B,” she replied.": two statements
				}
				if nsi > q.Sentence && a.saidBefore(nx, nsi) {
					break // "“A,” Roe said. Doe said, “B.”": the next sentence introduces its own quote
				}
				if a.otherIntroduces(body, nx, nsi, q) {
					break // "“A,” Roe said, as Doe added: “B.”": a second clause introduces its own speaker's quote
				}
				q.Text += " " + trimQuote(strings.TrimSpace(body[nx.start:nx.end]))
				q.End = nx.end
				k++
				sp = nx
			}
		} else if ok := a.attributeBefore(body, sp, si, &q); ok {
			found = true
			covered[si] = true
		}
		if !found && (a.colonSpeaker(si, sp, &q) || a.signOffSpeaker(body, sp, &q) || a.inlineSpeaker(body, sp, &q)) {
			found = true
			covered[si] = true
		}
		para := a.Sentences[si].Para
		// "Cruz continued:" — the sentence before the quote ends with a
		// colon and names who speaks.
		if !found && si > 0 && a.colonBefore(body, sp, si, &q) {
			found = true
		}
		if !found {
			// A quote with no attribution of its own: a short scare quote
			// inside a sentence stays unattributed and is dropped; a whole
			// paragraph in quotes continues the previous speaker.
			sentText := a.Sentences[si].Text
			whole := wordCount(content) >= 0.6*float64(wordCount(sentText)) && wordCount(content) >= 6
			if !whole {
				continue
			}
			if n := len(out) - 1; n >= 0 && a.continuesQuote(body, out[n], sp) {
				// "“A,” she said, after a pause. “B.”" or a paragraph of
				// quotation right after the speaker's: one statement.
				out[n].Text += " " + q.Text
				out[n].End = sp.end
				continue
			}
			if a.creditLineSpeaker(body, sp, &q) {
				// a pull quote that continues no quotation: its credit
				// line names who spoke
				covered[q.Sentence] = true
			} else if lastSpeaker >= 0 || lastSpeakerText != "" {
				if para-lastPara <= 2 {
					q.Entity, q.SpeakerText, q.Speaker, q.Cue, q.How = lastSpeaker, lastSpeakerText, lastSpeakerName, "", "carried"
				}
			}
		}
		if q.Speaker != "" || q.SpeakerText != "" {
			lastSpeaker, lastSpeakerText, lastSpeakerName, lastPara = q.Entity, q.SpeakerText, q.Speaker, para
		}
		out = append(out, q)
	}
	out = a.withReported(out, covered)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	a.boundObjects(out)
	a.carryReported(out)
	a.resolvePronouns(out)
	return a.withAccounts(out)
}

// withReported adds to the direct quotes out the reported speech of every
// sentence, also of sentences whose attribution a direct quote took
// (covered: "X called Y “crazy” and said …"), where it does not repeat a
// direct quote.
func (a *Analysis) withReported(out []Quote, covered []bool) []Quote {
	for si, s := range a.Sentences {
		rs := a.reported(si, s)
		quotedInStatement(out, rs, s)
		for _, q := range rs {
			if reportsQuote(out, q) {
				out = append(out, q)
				continue
			}
			if overlapsDirect(out, q) || covered[si] && (touchesDirect(out, q) || directCue(out, si, q.Cue)) {
				continue
			}
			out = append(out, q)
		}
	}
	return out
}

// colonBefore reads the speaker of a quote that opens its sentence right
// after a sentence ending with a colon ("Cruz continued:"): the subject
// before that sentence's last reporting verb, the one that introduces the
// quote ("Doe, who backed Roe and Poe, said that on the bill:" — Doe, not
// a name after the verb), or anywhere in it when it has no such verb.
func (a *Analysis) colonBefore(body string, sp qspan, si int, q *Quote) bool {
	prev := a.Sentences[si-1]
	if !strings.HasSuffix(strings.TrimSpace(prev.Text), ":") || strings.TrimSpace(body[a.Sentences[si].Start:sp.open]) != "" {
		return false
	}
	toks := a.Tokens[si-1]
	to, cue := len(prev.Text), ""
	for k, t := range toks {
		if _, ok := tokenVerbForm(t); ok && k > 0 {
			to, cue = t.Start, t.Text
		}
	}
	a.resolveSpeaker(si-1, 0, to, q)
	if q.SpeakerText == "" && to < len(prev.Text) {
		a.resolveSpeaker(si-1, 0, len(prev.Text), q)
	}
	if q.SpeakerText == "" {
		return false
	}
	q.Sentence = si - 1
	if len(toks) > 1 && cue != "" {
		q.Cue = cue
	}
	return true
}

// ownAttribution reports whether a quoted stretch has an attribution of
// its own after its closing mark.
func (a *Analysis) ownAttribution(body string, sp qspan) bool {
	var scratch Quote
	return a.attributeAfter(body, sp, sentenceAt(a.Sentences, max(sp.close-1, sp.open)), &scratch)
}

// closesSentence reports whether nothing but punctuation follows a quoted
// stretch in its sentence: a quote with words after it ("“…,” tweeted
// Doe") has an attribution the rules may not read.
func (a *Analysis) closesSentence(body string, sp qspan) bool {
	s := a.Sentences[sentenceAt(a.Sentences, max(sp.close-1, sp.open))]
	if sp.close >= s.End {
		return true
	}
	rest := body[min(sp.close+markLen(body, sp.close), s.End):s.End]
	return strings.TrimFunc(rest, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) == ""
}

// continuesQuote reports whether an unattributed quoted stretch goes on
// with the statement of the previous direct quote: it opens in the same
// paragraph or the next, and the text between them is only the rest of
// the sentence that attributes the previous quote (or the previous quote's
// own sentences).
func (a *Analysis) continuesQuote(body string, prev Quote, sp qspan) bool {
	if !prev.marked || prev.Direct == sp.apos || prev.End > sp.open || prev.Speaker == "" && prev.SpeakerText == "" || !a.closesSentence(body, sp) {
		return false
	}
	pi := sentenceAt(a.Sentences, max(prev.End-1, prev.Start))
	ni := sentenceAt(a.Sentences, sp.open)
	if d := a.Sentences[ni].Para - a.Sentences[pi].Para; d < 0 || d > 1 {
		return false
	}
	if ni > max(pi, prev.Sentence)+1 {
		return false // a sentence of narration between them
	}
	// Nothing but the opening mark's sentence start before the quote.
	return strings.TrimSpace(a.Sentences[ni].Text[:max(0, min(sp.open-a.Sentences[ni].Start, len(a.Sentences[ni].Text)))]) == ""
}

// resolvePronouns gives pronoun speakers, in text order, the person or
// organisation they most likely refer to: the previous named speaker when
// it spoke shortly before and the pronoun fits, unless a fitting subject was
// named after that speaker spoke (the nearest such subject then).
func (a *Analysis) resolvePronouns(out []Quote) {
	prev := -1
	for i := range out {
		q := &out[i]
		if q.How == "unnamed" || q.CueOnly() && pronounIn(q.SpeakerText) == "" {
			continue // its source phrase names nobody
		}
		if p := pronounIn(q.SpeakerText); p != "" {
			q.SpeakerText = p
			subj, subjSent := a.recentSubject(out, q, p)
			spk := a.lastFittingSpeaker(out[:i], q.Sentence, p)
			switch {
			case subj >= 0 && (spk < 0 || subjSent > out[spk].Sentence || subjSent == out[spk].Sentence && a.relativeReading(out[spk]) && subj != out[spk].Entity):
				q.Entity, q.Speaker = subj, a.Entities[subj].Name
			case spk >= 0 && (p != "they" && p != "we" || q.Entity < 0 || untypedGroupSpeaker(out[spk], &a.Entities[out[spk].Entity], p, q.Sentence)):
				// The most recent speaker the pronoun fits goes on speaking.
				q.Entity, q.Speaker = out[spk].Entity, out[spk].Speaker
				q.listed = p == "they" && out[spk].listed
			case spk < 0 && (p == "they" || p == "it") && q.Entity >= 0 && a.Entities[q.Entity].Type == Organization:
				// "they"/"it" for an organisation that neither spoke nor
				// was a subject lately: more often people or a thing.
				q.Entity, q.Speaker = -1, ""
			}
			if p == "it" {
				a.itAfterDescription(out, q, subj, subjSent, spk)
			}
			if p == "they" {
				a.preferGroupSubject(q)
				a.preferCoordination(q)
				if q.Entity < 0 && q.group == "" {
					if e := a.listAntecedent(*q); e >= 0 {
						q.Entity, q.Speaker, q.listed = e, a.Entities[e].Name, true
					}
				}
			}
			if e := a.firstPersonInterviewee(q.Sentence, p); e >= 0 {
				q.Entity, q.Speaker = e, a.Entities[e].Name
			}
			if e := a.continuedSpeaker(out, i, p); subj < 0 && spk < 0 && e >= 0 {
				q.Entity, q.Speaker = e, a.Entities[e].Name
				a.Entities[e].textGender = pronounGender(p)
			}
			if e := a.weakSubjectBefore(out, i, p, q.Entity); e >= 0 {
				q.Entity, q.Speaker = e, a.Entities[e].Name
				a.Entities[e].textGender = pronounGender(p)
			}
			if q.Entity < 0 && (p == "he" || p == "she") {
				// no fitting person lately: the nearest one named before,
				// however far back ("she" after a long stretch on others)
				q.Entity = a.earlierPerson(q.Sentence, p)
				if q.Entity < 0 || a.lastNamedBefore(q.Entity, q.Sentence) < q.Sentence-1 {
					// "Questions went to Jane Doe. She said …": with no
					// fitting person as a subject anywhere before, or
					// only one last named further back than the sentence
					// before, the one named in the sentence before the
					// quotation, though as the object of a preposition.
					if e := a.prepObjectPerson(min(q.Sentence, sentenceAt(a.Sentences, q.Start)), p); e >= 0 || q.Entity < 0 {
						q.Entity = e
					}
				}
				if q.Entity >= 0 {
					q.Speaker = a.Entities[q.Entity].Name
				}
			}
			// "he" or "she" tells the gender of a person whose name did
			// not: a later pronoun of the other gender looks further back.
			if q.Entity >= 0 && a.Entities[q.Entity].Gender() == 0 && (p == "he" || p == "she") {
				a.Entities[q.Entity].textGender = pronounGender(p)
			}
		}
		if q.Entity >= 0 && pronounIn(q.SpeakerText) == "" {
			prev = i
		} else if q.Entity >= 0 && prev >= 0 && q.Entity == out[prev].Entity {
			prev = i
		}
	}
}

// earlierPerson returns the person that pronoun p fits whose name was last
// written, outside quotations and not as the object of a preposition,
// before sentence si, however far back, or -1. In that last sentence a
// possessor inside it ("served as Roe's aide") gives way to another
// fitting name.
func (a *Analysis) earlierPerson(si int, p string) int {
	best, bs, bo, bposs := -1, -1, -1, false
	for _, m := range a.Mentions {
		if m.Sentence >= si || m.Sentence < bs {
			continue
		}
		if a.inQuoted(a.Sentences[m.Sentence].Start+m.Start) || a.Entities[m.Entity].Type != Person || !a.mentionFits(p, m) || isPrepObject(a.Sentences[m.Sentence].Text, m.Start) {
			continue
		}
		// a possessor inside its sentence ("served as Roe's aide") is
		// no subject: another fitting name of the sentence goes first
		s := a.Sentences[m.Sentence].Text
		poss := isPossessor(s, m) && !opensSentence(s, m.Start)
		if m.Sentence == bs && (m.Start < bo || poss && !bposs) && !(bposs && !poss) {
			continue
		}
		best, bs, bo, bposs = m.Entity, m.Sentence, m.Start, poss
	}
	return best
}

// lastNamedBefore returns the last sentence before si that names entity
// e, or -1.
func (a *Analysis) lastNamedBefore(e, si int) int {
	last := -1
	for _, m := range a.Mentions {
		if m.Entity == e && m.Sentence < si {
			last = max(last, m.Sentence)
		}
	}
	return last
}

// prepObjectPerson returns the one person that pronoun p fits named in
// the sentence before si outside quotations (as the object of a
// preposition too), or -1 when none or several are.
func (a *Analysis) prepObjectPerson(si int, p string) int {
	found := -1
	for _, m := range a.Mentions {
		if m.Sentence != si-1 || a.inQuoted(a.Sentences[m.Sentence].Start+m.Start) || a.Entities[m.Entity].Type != Person || !a.mentionFits(p, m) {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	return found
}

// lastFittingSpeaker returns the index of the most recent quote, at most
// eight sentences before sentence si, whose speaker is a person or an
// organisation the pronoun fits, or -1.
func (a *Analysis) lastFittingSpeaker(before []Quote, si int, p string) int {
	for k := len(before) - 1; k >= 0; k-- {
		b := before[k]
		if b.Sentence < si-8 {
			break
		}
		if b.Entity >= 0 && b.Entity < len(a.Entities) && (a.speakerFits(p, b) || p == "they" && (a.coordinated(b) || b.listed) || untypedGroupSpeaker(b, &a.Entities[b.Entity], p, si) || untypedNamedSpeaker(b, &a.Entities[b.Entity], p) && !a.modifiesHead(b)) && !nestedIn(before, k) {
			return k
		}
	}
	return -1
}

// untypedGroupSpeaker reports whether "they" or "it" in sentence si may
// go on with the speech of a quote whose source is a name the entity
// stage left untyped, named as the speaker in that sentence or the one
// before it: for "they" the plural of a noun of persons ("Conservatives
// argue …. They say …"; pluralOfPersons), for "it" a name shaped like no
// person's and no plural of persons ("Zentrix said …. It added …").
func untypedGroupSpeaker(q Quote, e *ArticleEntity, p string, si int) bool {
	if q.How != "named" || q.Sentence < si-1 || e.Type != Other {
		return false
	}
	switch p {
	case "they":
		return pluralOfPersons(e.Name)
	case "it":
		return !pluralOfPersons(e.Name) && !otherPersonShaped(e.Name) && loneFirstName(e) == 0
	}
	return false
}

// continuedSpeaker returns the entity of the quote right before out[i]
// when "he" or "she" goes on with it though its name's gender is the
// other one by the weaker list alone: "Lindsey Moss said, “…” He
// continued, “…”" — the pronoun tells the gender the name did not. Both
// are quotations; the one before names its speaker and ends in the
// sentence before or the pronoun's own. Else -1.
func (a *Analysis) continuedSpeaker(out []Quote, i int, p string) int {
	if i == 0 || p != "he" && p != "she" {
		return -1
	}
	b := out[i-1]
	if !b.marked || !out[i].marked || b.How != "named" || b.Entity < 0 || max(b.Sentence, sentenceAt(a.Sentences, max(b.End-1, b.Start))) < out[i].Sentence-1 || !a.Entities[b.Entity].weaklyGendered() {
		return -1
	}
	return b.Entity
}

// untypedNamedSpeaker reports whether "he" or "she" may go on with the
// speech of a quote whose source is written as a one-word name the entity
// stage left untyped ("Okafor said …" with no first name anywhere in the
// article): a name of letters only that no dictionary knows as a common
// word, no plural of persons ("Democrats") that speaks and that no
// pronoun of the article gave the other gender, is a person.
func untypedNamedSpeaker(q Quote, e *ArticleEntity, p string) bool {
	if q.How != "named" || e.Type != Other || len(strings.Fields(e.Name)) != 1 || strings.ContainsAny(e.Name, "-.0123456789") || lexicon.Default().IsCommon(lower(e.Name)) || isAcronym(e.Name) || pluralOfPersons(e.Name) {
		return false
	}
	want := pronounGender(p)
	return want != 0 && (e.textGender == 0 || e.textGender == want)
}

// modifiesHead reports whether a quote's name only modifies the common
// noun that heads its source phrase ("Tarnby police shot …": the police
// spoke, ModifiedName), so the name is no person who goes on speaking.
func (a *Analysis) modifiesHead(q Quote) bool {
	_, ok := a.ModifiedName(q)
	return ok
}

// nestedIn reports whether quote k of qs is told inside the statement of
// another named speaker of its sentence ("Doe pointed out that Roe had
// reported that …"): the one cited within another's words is not who
// goes on speaking; the one citing is.
func nestedIn(qs []Quote, k int) bool {
	b := qs[k]
	for j, c := range qs {
		if j != k && c.Sentence == b.Sentence && c.Entity >= 0 && c.Entity != b.Entity && c.Start <= b.Start && b.End <= c.End && c.End-c.Start > b.End-b.Start {
			return true
		}
	}
	return false
}

// coordinated reports whether a quote's named speaker was written in a
// coordination of names ("Jane Doe and John Roe said"): "they" then
// refers to them, though one person is no "they".
func (a *Analysis) coordinated(q Quote) bool {
	if q.How != "named" || a.Entities[q.Entity].Type == Organization {
		return false
	}
	s := a.Sentences[q.Sentence].Text
	i := strings.Index(s, q.SpeakerText)
	if i < 0 {
		return false
	}
	before, after := strings.TrimSpace(s[:i]), s[i+len(q.SpeakerText):]
	return strings.HasSuffix(before, " and") && len(before) > 4 && startsUpper(lastWord(before[:len(before)-4])) ||
		strings.HasPrefix(after, " and ") && startsUpper(strings.TrimSpace(after[5:]))
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// recentSubject finds the nearest person or organisation that a pronoun
// fits and that was named as a subject — the first name of its sentence
// that is not the object of a preposition — in the three sentences before
// the quote, or before the quote's content in its own sentence. A name
// inside a direct quote is the quoted speaker's word, not the narrative's
// subject. In a sentence before the quote's, a name inside an adverbial
// that opens it (frontedClose: "Making her way around Chez Lund, Doe …")
// is no subject either; it is taken only when the main clause names no
// one before its verb. For "he" or "she", a title alone opening a
// sentence before the quote's ("the admiral smiled": roleSubject) is its
// holder, ahead of names after it, and a name that only premodifies a
// noun ("the Doe papers": nameModifiesNoun) is no subject.
func (a *Analysis) recentSubject(out []Quote, q *Quote, p string) (ent, sent int) {
	ent, sent = -1, -1
	low := q.Sentence - 3
	for k := q.Sentence; k >= 0 && k >= low && ent < 0; k-- {
		if k < q.Sentence && low > q.Sentence-6 && opensWithPronoun(a.Tokens[k], p) {
			low-- // "Roe grew up in Tarnby. But he has …. His office …. He said …": the chain keeps Roe the subject
		}
		adjunct, main, adjEnd, objStart, objEnd := -1, false, -1, -1, -1
		roleEnt, roleAt := -1, -1
		if k < q.Sentence {
			adjEnd = a.frontedClose(k)
			roleEnt, roleAt = a.roleSubject(k, p)
		}
		for _, m := range a.Mentions {
			if m.Sentence != k || k == q.Sentence && a.Sentences[k].Start+m.End > q.Start || insideDirect(out, a.Sentences[k].Start+m.Start) || a.inQuoted(a.Sentences[k].Start+m.Start) {
				continue
			}
			e := &a.Entities[m.Entity]
			if e.Type != Place && coordinatedObject(a.Sentences[k].Text, m.Start) {
				objStart, objEnd = m.Start, m.End
			}
			if objEnd >= 0 && m.Start > objEnd && coordinatorOnly(a.Sentences[k].Text[objEnd:m.Start]) && !clauseAfterConjoin(a.Tokens[k], objStart, m.End) {
				objEnd = m.End
				continue // "a match between Doe and Roe": the second conjoin is the preposition's object too
			}
			if e.Type == Place || isPrepObject(a.Sentences[k].Text, m.Start) || !CanSpeak(e.Name, e.Type, e.Mentions) {
				continue // "Asked twice, Doe said": a verb form or a day is no subject
			}
			if m.Start < adjEnd {
				// "Making her way around Cafe Roe, Doe thanked …": a name
				// inside an adverbial before the subject is none; it is
				// read only when the main clause names no subject.
				if adjunct < 0 && a.mentionFits(p, m) {
					adjunct = m.Entity
				}
				continue
			}
			if adjEnd >= 0 && finiteBetween(a.Tokens[k], adjEnd, m.Start) {
				break // "When Doe left, the board thanked Roe": an object
			}
			if roleEnt >= 0 && m.Start > roleAt {
				break // "Pressed again, the admiral smiled at Roe": the title's holder is the subject
			}
			main = true
			if (p == "he" || p == "she") && (k == q.Sentence || a.modifiesPersonNoun(k, m)) && a.nameModifiesNoun(k, m) {
				break // "The Doe papers buried it, he said", "A Doe aide laughed": the noun heads the subject
			}
			if pronounSubjectBefore(a.Tokens[k], m.Start, p) {
				break // "He faulted Roe …": the name is an object; the subject is the pronoun's referent, named earlier
			}
			if isPossessor(a.Sentences[k].Text, m) && !opensSentence(a.Sentences[k].Text, m.Start) {
				break // "the senator dismissed Roe's plan": a possessor after the subject is no subject
			}
			if isPossessor(a.Sentences[k].Text, m) && possessedApposed(a.Sentences[k].Text[m.End:]) {
				main = false
				continue // "Roe's deputy, Jo Doe, missed …": the person in apposition is the subject
			}
			if a.mentionFits(p, m) || p == "they" && e.Type == Person && opensSentence(a.Sentences[k].Text, m.Start) && nameCoordinated(a.Sentences[k].Text[m.End:]) {
				ent, sent = m.Entity, k
			}
			break // only the sentence's first name is its subject
		}
		if ent < 0 && !main && roleEnt >= 0 {
			ent, sent = roleEnt, k
		}
		if ent < 0 && !main && adjunct >= 0 {
			ent, sent = adjunct, k
		}
	}
	return ent, sent
}

// coordinatedObject reports whether the name at byte offset start of
// sentence s is the object of a preposition that may take conjoined
// objects as one complement ("between Doe and Roe", "with Doe and Roe";
// Quirk et al. 1985 §9.3, §13.63). "of" is left out: after a name it
// postmodifies that name, and the name after "and" may head a conjoin of
// the larger noun phrase ("Sen. Doe of Tarn and Gov. Roe").
func coordinatedObject(s string, start int) bool {
	if !isPrepObject(s, start) {
		return false
	}
	before := strings.Fields(lower(strings.TrimSpace(s[:start])))
	for len(before) > 0 && determiners[before[len(before)-1]] {
		before = before[:len(before)-1]
	}
	if len(before) == 0 {
		return false
	}
	switch strings.Trim(before[len(before)-1], ",") {
	case "with", "to", "by", "from", "for", "against", "about", "between":
		return true
	}
	return false
}

// clauseAfterConjoin reports whether the name ending at byte end, after
// "and" and a preposition's object starting at objStart, opens a clause of
// its own: a finite verb comes before the preposition and right after the
// name ("was awarded to Doe and Roe resigned"), so Roe is a subject.
func clauseAfterConjoin(toks []text.Token, objStart, end int) bool {
	if !finiteBetween(toks, -1, objStart) {
		return false
	}
	for j, t := range toks {
		if t.Start >= end {
			return finiteVerbAt(toks, j) || irregularPastAt(toks, j)
		}
	}
	return false
}

// coordinatorOnly reports whether the text between two names is only a
// coordinator ("and", "or"), perhaps with a determiner after it: the
// second name is a conjoin of the first. A comma before the coordinator
// ends the phrase: "met with Doe, and Roe left" coordinates clauses
// (Quirk et al. 1985 §13.5), and Roe is the second one's subject.
func coordinatorOnly(between string) bool {
	ws := strings.Fields(lower(between))
	if len(ws) == 0 || ws[0] != "and" && ws[0] != "or" {
		return false
	}
	for _, w := range ws[1:] {
		if !determiners[w] {
			return false
		}
	}
	return true
}

// pronounGender returns the gender "he" ('m') or "she" ('f') tells, else 0.
func pronounGender(p string) byte {
	switch p {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// nameCoordinated reports whether the text after a name joins others to
// it ("Doe and Roe", "Doe, along with Roe and Lund,"): a later "they"
// stands for them all, and the first named speaks for them.
func nameCoordinated(after string) bool {
	for _, c := range []string{" and ", ", along with ", " along with ", ", together with ", " together with ", ", as well as "} {
		if strings.HasPrefix(after, c) {
			return c != " and " || startsUpper(strings.TrimSpace(after[len(c):]))
		}
	}
	return false
}

// opensSentence reports whether byte offset off of sentence s comes
// before any word of it (past opening quotation marks and brackets): a
// name there is the sentence's topic, a possessor too ("Roe's fate is
// unclear, but she said").
func opensSentence(s string, off int) bool {
	return strings.TrimLeft(s[:min(off, len(s))], " \t\n\"“‘'(") == ""
}

// speaksAsSubject reports whether entity ei, the subject of a reporting
// cue's clause, can be the speaker: a person or an organisation (places,
// dates and lone common words do not speak).
func (a *Analysis) speaksAsSubject(ei int) bool {
	e := &a.Entities[ei]
	return (e.Type == Person || e.Type == Organization) && CanSpeak(e.Name, e.Type, e.Mentions)
}

// inQuoted reports whether body offset off lies inside a quoted stretch.
func (a *Analysis) inQuoted(off int) bool {
	for _, sp := range a.quoted {
		if off >= sp.start && off < sp.end {
			return true
		}
	}
	return false
}

// insideDirect reports whether body offset off lies inside a direct quote.
func insideDirect(qs []Quote, off int) bool {
	for _, d := range qs {
		if d.marked && off >= d.Start && off < d.End {
			return true
		}
	}
	return false
}

// titleLike reports whether quoted words are a title or a name rather
// than speech: two to eight words, each capitalised but for short function
// words ("of", "the"), at least two capitalised, no comma or sentence
// punctuation.
func titleLike(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	ws := strings.Fields(s)
	if len(ws) == 1 {
		// one capitalised word that is a first name or no word WordNet
		// knows ("Alex"): a name in quotation marks, not speech
		// ("Stalinist" is a word)
		w := strings.Trim(ws[0], ".,!?’'\"“”")
		lx := lexicon.Default()
		return startsUpper(w) && !lx.IsCommon(lower(w)) && (IsFirstName(w) || len(lx.SensesFold(w)) == 0)
	}
	if len(ws) < 2 || len(ws) > 8 || strings.ContainsAny(s, "!?;:,") || strings.Contains(strings.TrimSuffix(s, "."), ".") {
		return false
	}
	caps := 0
	for _, w := range ws {
		w = strings.Trim(w, ",.’'\"“”")
		if !startsUpper(w) && (connectors[lower(w)] || stopCaps[lower(w)]) && len(w) < 4 {
			continue // "of", "the", "in" inside a title
		}
		if !startsUpper(w) {
			return false
		}
		caps++
	}
	return caps >= 2
}

// pronounIn returns the subject pronoun of a short speaker phrase ("he
// continued," → "he") or the one that opens a longer phrase ("She went
// on to say:" → "she"), or "".
func pronounIn(s string) string {
	ws := strings.Fields(lower(s))
	if len(ws) > 4 {
		// "She went on to say:": a longer phrase whose first word is a
		// subject pronoun has it for its subject
		switch w := contractedPronoun(ws[0]); w {
		case "he", "she", "they", "we", "i":
			return w
		}
	}
	if len(ws) == 0 || len(ws) > 4 {
		return ""
	}
	for _, w := range ws {
		w = contractedPronoun(strings.Trim(w, ",."))
		if personPronouns[w] || w == "they" || w == "it" || w == "i" || w == "we" {
			return w
		}
	}
	return ""
}

// directCue reports whether a direct quote attributed in sentence si used
// the cue that opens a reported statement ("told reporters: “…”").
func directCue(qs []Quote, si int, cue string) bool {
	first := strings.Fields(cue)
	for _, d := range qs {
		if d.marked && d.Sentence == si && len(first) > 0 && strings.HasPrefix(d.Cue, first[0]) {
			return true
		}
	}
	return false
}

// touchesDirect reports whether a reported statement shares any text with
// a direct quote.
func touchesDirect(qs []Quote, q Quote) bool {
	for _, d := range qs {
		if d.marked && q.Start < d.End && q.End > d.Start {
			return true
		}
	}
	return false
}

// reportsQuote reports whether q, a reading that closes its sentence
// (closes) with "according to" or a verb first of all of saying
// (sayingFirst), reports the quotations of qs it overlaps as nested
// attributions: it overlaps one at least, and each lies inside q's
// content and has a named speaker other than q's ("Doe called the levy
// “a tax on the poor”, according to two aides"), so q is read beside
// them.
func reportsQuote(qs []Quote, q Quote) bool {
	if !q.closes || q.SpeakerText == "" || !sayingFirst(q.Cue) && !strings.EqualFold(q.Cue, "according to") {
		return false
	}
	n := 0
	for _, d := range qs {
		if !d.marked || q.Start >= d.End || q.End <= d.Start {
			continue
		}
		if d.Start < q.Start || d.End > q.End+1 || d.Speaker == "" || d.Speaker == q.Speaker {
			return false
		}
		n++
	}
	return n > 0
}

func overlapsDirect(qs []Quote, q Quote) bool {
	for _, d := range qs {
		if d.marked && q.Start < d.End && q.End > d.Start && (d.End-d.Start) > (q.End-q.Start)/2 {
			return true
		}
	}
	return false
}

func trimQuote(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ",")
	return strings.TrimSpace(s)
}

func wordCount(s string) float64 {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return float64(n)
}

// gapIsAttribution reports whether the text between two quotes is only an
// attribution (", he said." / "Hashimi added.").
func (a *Analysis) gapIsAttribution(gap string) bool {
	toks := text.Tokens(gap)
	if len(toks) == 0 || len(toks) > 14 {
		return false
	}
	for _, t := range toks {
		if _, ok := tokenVerbForm(t); ok {
			return true
		}
	}
	return false
}

// attributeAfter looks for "…,” SPEAKER VERB" or "…,” VERB SPEAKER" after
// the closing mark, within the sentence.
func (a *Analysis) attributeAfter(body string, sp qspan, si int, q *Quote) bool {
	s := a.Sentences[si]
	from := sp.close - s.Start + markLen(body, sp.close)
	if from < 0 {
		return false
	}
	for from < len(s.Text) && (s.Text[from] == 0x9d || s.Text[from] == 0x80 || s.Text[from] == 0xe2) {
		from++ // rest of a multi-byte closing mark
	}
	if strings.TrimSpace(s.Text[min(from, len(s.Text)):]) == "" {
		// "“… help?” Renteria told reporters.": the sentence ended with the
		// quote's question or exclamation mark; the attribution follows.
		c := strings.TrimRight(body[sp.start:sp.end], " ’'‘")
		if si+1 >= len(a.Sentences) || a.Sentences[si+1].Para != s.Para || !strings.HasSuffix(c, "?") && !strings.HasSuffix(c, "!") {
			return false
		}
		si, s, from = si+1, a.Sentences[si+1], 0
		if toks := a.Tokens[si]; len(toks) < 2 || !toks[0].IsCapitalized() && toks[0].Lower != "he" {
			return false
		}
	}
	rest := s.Text[from:]
	trimmed := strings.TrimLeft(rest, " ,")
	if trimmed == "" || from > 0 && len(rest)-len(trimmed) == 0 && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " ") {
		return false
	}
	base := from + len(rest) - len(trimmed)
	toks := a.tokensFrom(si, base)
	if len(toks) > 0 && (toks[0].Lower == "and" || toks[0].Lower == "but" || toks[0].Lower == "or") {
		return false // "… “crazy” and said …": a clause of its own, not this quote's attribution
	}
	// The verb must come within the first few tokens, or right after an
	// apposition: "…,” Jane Doe, a pollster at the university, said.
	limit, appoFrom, appoTo := 9, -1, -1
	if c, d := appositionAfterName(toks, a.opensSentence(sp)); d > 0 {
		limit, appoFrom, appoTo = d+2, c, d
	}
	for i := 1; i < len(toks) && i < limit; i++ {
		limit += partyTag(toks, i) // "…,” Senate Majority Leader Jane Doe, R-Ky., said": the tag is part of the name
	}
	for i := 0; i < len(toks) && i < limit; i++ {
		t := toks[i]
		if t.Text == "“" || t.Text == "\"" || t.Text == "." && i < 1 {
			return false
		}
		if i > appoFrom && i <= appoTo {
			continue
		}
		if coordinatedClauseAt(toks, i) {
			return false // "“glow,” for instance, and Roe vowed …": a clause of its own
		}
		b, ok := tokenVerbForm(t)
		if !ok && !tightCue(toks, i, b) && !(quoteClosed(body, sp, rest) && finalReportingClause(toks, i, b)) {
			continue
		}
		if i == 0 && strings.HasSuffix(t.Lower, "ing") {
			return false // "…,” claiming that …": a participle goes on with the sentence; it attributes nothing
		}
		if adverbialIngBefore(toks, i, limit) {
			continue // "…” before taking questions, he said": the -ing clause is an adverbial; the reporting verb follows
		}
		if afterQuoteNonFinite(toks, i) {
			return false
		}
		q.Cue = t.Text
		q.Sentence = si
		// Subject before the verb ("he said"), or after it ("said Hashimi").
		// A phrase a preposition opens, set off by a comma before the
		// verb, ends the quoted clause and is no subject ("…''
		// to Mayor Okafor, said Ida Marsh": CGEL ch. 4, a subject is a
		// noun phrase); the finite verb's subject follows it.
		prepTail := i > 1 && toks[i-1].Text == "," && prepositionOpens(toks[0].Text) && !strings.HasSuffix(t.Lower, "ing")
		if i > 0 && !prepTail {
			a.resolveSpeaker(si, toks[0].Start, t.Start, q)
			a.inclusionSubject(si, toks, i, q) // "…,” critics, including Doe, said"
		}
		if q.SpeakerText == "" && i+1 < len(toks) {
			end := toks[len(toks)-1].End
			for j := i + 1; j < len(toks); j++ {
				if toks[j].Text == "," || toks[j].Text == "." || toks[j].Lower == "in" || toks[j].Lower == "on" {
					end = a.appositiveEnd(si, toks[i+1].Start, toks, j)
					break
				}
			}
			a.resolveSpeaker(si, toks[i+1].Start, end, q)
		}
		// "X cited Y as saying": the speaker is Y.
		if b == "cite" || b == "quote" {
			for j := i + 1; j < len(toks) && j < i+8; j++ {
				if toks[j].Lower == "as" && j+1 < len(toks) && toks[j+1].Lower == "saying" {
					a.resolveSpeaker(si, toks[i+1].Start, toks[j].Start, q)
					q.Cue = s.Text[t.Start:toks[j+1].End]
					break
				}
			}
		}
		return true
	}
	return false
}

// adverbialIngBefore reports whether the -ing form at token i of the
// words after a quotation opens, after a subordinator ("before", "while":
// participleSubordinators), an adverbial clause that a finite reporting
// verb follows before token limit ("…” before taking questions, he said"):
// that verb attributes the quotation, not the participle (Quirk et al.
// 1985 §15.58). With no such verb after it the participle is kept.
func adverbialIngBefore(toks []text.Token, i, limit int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].Lower, "ing") || !participleSubordinators[toks[i-1].Lower] {
		return false
	}
	for j := i + 1; j < len(toks) && j < limit; j++ {
		if _, ok := tokenVerbForm(toks[j]); ok && !strings.HasSuffix(toks[j].Lower, "ing") {
			return true
		}
	}
	return false
}

// afterQuoteNonFinite reports whether the verb at token i of the words
// after a quotation is no reporting clause's: a reporting clause that
// follows its quotation opens with its subject or its finite verb (Quirk
// et al. 1985 §14.29, §15.54) and is set beside the quotation, never
// coordinated with it. So a verb right after "and", "or" or "but" goes on
// with the predicate that holds the quotation ("lamented the “idle”
// pier and criticized …"), and a participle after a comma that closes a
// phrase a preposition opens ("… “toll thieves” during the campaign,
// saying …") is a supplementive clause of the sentence's subject.
func afterQuoteNonFinite(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "and", "or", "but":
		return true
	case ",":
		return strings.HasSuffix(toks[i].Lower, "ing") && prepositionOpens(toks[0].Text)
	}
	return false
}

// prepositionOpens reports whether a word is a preposition (Penn
// Treebank "IN" or "TO" of lexicon.ClosedClass) and no subordinator that opens
// a clause with a subject of its own ("to", "for", "with"; not "that",
// "because", "if").
func prepositionOpens(w string) bool {
	lw := lower(w)
	if t, ok := lexicon.ClosedClass(lw); !ok || t != "IN" && t != "TO" {
		return false
	}
	switch lw {
	case "that", "while", "because", "although", "though", "if", "whether", "as", "since", "until", "unless", "albeit", "after", "before", "once", "so", "than", "like", "according":
		return false // subordinators (CGEL ch. 11) and "according to", whose object is a source
	}
	return true
}

// coordinatedClauseAt reports whether token i of the words after a quote
// is a coordinator after a comma (", and", ", but", ", or") that follows
// a word other than a name ("…,” for instance, and Roe vowed"): what
// comes after it is a coordinated clause of its own, and a reporting
// clause after a quotation is set beside it, never joined by a
// coordinator (Quirk et al. 1985, §14.29). After names only ("…,” Doe,
// Roe, and Poe said") or after a series with a comma of its own ("…,” the
// mayor, Doe, and the harbourmaster said") the coordinator joins the
// subject.
func coordinatedClauseAt(toks []text.Token, i int) bool {
	w := toks[i].Lower
	if i < 2 || toks[i-1].Text != "," || w != "and" && w != "but" && w != "or" {
		return false
	}
	for _, t := range toks[:i-1] {
		if t.Text == "," {
			return false // the last item of a series ("A, B, and C")
		}
	}
	for _, t := range toks[:i-1] {
		if t.IsWord() && !t.IsCapitalized() {
			return true
		}
	}
	return false
}

// partyTag returns how many tokens the party-and-state tag of a
// legislator starts at token i (", R-Ky.," or ", D-N.Y.,": a comma, a
// party letter joined by a hyphen to a capitalised state abbreviation,
// its full stop, and the closing comma), or 0 when none starts there.
func partyTag(toks []text.Token, i int) int {
	if toks[i].Text != "," || i+2 >= len(toks) {
		return 0
	}
	w := toks[i+1].Text
	if len(w) < 3 || !strings.ContainsRune("RDI", rune(w[0])) || w[1] != '-' || w[2] < 'A' || w[2] > 'Z' {
		return 0
	}
	for _, r := range w[3:] {
		if !unicode.IsLetter(r) && r != '.' {
			return 0
		}
	}
	j := i + 2
	if toks[j].Text == "." {
		j++
	}
	if j >= len(toks) || toks[j].Text != "," {
		return 0
	}
	return j - i
}

// tightCue reports whether the verb at token i of the words after a
// closing quotation mark closes a short attribution ("…,” he continued.",
// "…,” continued Doe."): in that position a verb with any sense of
// communication in WordNet reports what was quoted, and so does any verb
// with the particle "back" of a reply ("…,” Doe shot back.": CGEL ch. 4,
// particles).
func tightCue(toks []text.Token, i int, base string) bool {
	reply := i > 0 && replyParticle(toks, i)
	if base == "" || i > 3 || useOf(base).comm == 0 && !reply {
		return false
	}
	if i+1 < len(toks) && !reply {
		switch toks[i+1].Text {
		case ".", ",", ":", ";", "!":
		default:
			if i > 0 {
				return false
			}
		}
	}
	for _, t := range toks[:i] {
		if !isNameToken(t) && !personPronouns[contractedPronoun(t.Lower)] && !titleWords[t.Lower] && t.Lower != "they" {
			return false
		}
	}
	return true
}

// finalReportingClause reports whether the verb at token i of the words
// after a quotation, an inflected form (base is its base form), makes with
// the name or personal pronoun before it a reporting clause that ends the
// sentence ("…,” she tweeted.", "…,” Doe laughed."): in the final
// position, subject then verb, the reporting clause may have any verb
// (Quirk et al. 1985 §14.29, §14.31: "she smiled", "he grinned"), not only
// one of saying (tightCue). The verb may take the particle of a reply or
// of a phrasal verb WordNet has ("shot back", "went on") and an adjunct after it (clauseEndsAt: "… with a
// laugh."). The primary verbs and the modals report nothing ("…,” he
// was.").
func finalReportingClause(toks []text.Token, i int, base string) bool {
	if base == "" || i < 1 || i > 3 || auxiliaries[base] || strings.HasSuffix(toks[i].Lower, "ing") {
		return false
	}
	for _, t := range toks[:i] {
		if !isNameToken(t) && !personPronouns[contractedPronoun(t.Lower)] && !titleWords[t.Lower] && t.Lower != "they" {
			return false
		}
	}
	j := i + 1
	if j < len(toks) && (toks[j].Lower == "back" || lexicon.Default().Has(base+"_"+toks[j].Lower, lexicon.Verb)) {
		j++ // "shot back" (a reply: replyParticle), "went on" (WordNet's go_on)
	}
	return clauseEndsAt(toks, j)
}

// clauseEndsAt reports whether a reporting clause ends at token j of the
// words after a quotation: the sentence ends there, or only an adjunct
// follows — a phrase a preposition opens with no verb in it ("with a
// laugh", "on Twitter"), or an adverbial clause after a comma ("…, as if
// he had not heard her": adverbialSubordinators).
func clauseEndsAt(toks []text.Token, j int) bool {
	if j >= len(toks) || toks[j].Text == "." || toks[j].Text == "!" {
		return true
	}
	if toks[j].Text == "," {
		return j+1 < len(toks) && adverbialSubordinators[toks[j+1].Lower]
	}
	if !prepositionOpens(toks[j].Text) {
		return false
	}
	for _, t := range toks[j+1:] {
		if t.Text == "," || t.Text == "“" || t.Text == "\"" {
			return false
		}
		if b := t.Base(lexicon.Verb); b != t.Lower && !strings.HasSuffix(t.Lower, "s") {
			return false // a clause of its own ("… with what he called …")
		}
	}
	return true
}

// quoteClosed reports whether a quotation ends with the comma, question
// mark or exclamation mark that sets it off from a reporting clause after
// it, inside its closing mark or right after it (rest: the sentence's
// words after the mark): "“We won,” she wrote", "“Why?” he asked"; a
// quoted name or title inside a clause has none ("the “Jobs Act” Congress
// passed").
func quoteClosed(body string, sp qspan, rest string) bool {
	c := strings.TrimRight(body[sp.start:sp.end], " ’'‘")
	return strings.HasSuffix(c, ",") || strings.HasSuffix(c, "?") || strings.HasSuffix(c, "!") || strings.HasPrefix(rest, ",")
}

// replyParticle reports whether the verb at token i is followed by "back"
// that ends its clause ("shot back.", "fired back,").
func replyParticle(toks []text.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Lower != "back" {
		return i+2 == len(toks) && toks[i+1].Lower == "back"
	}
	switch toks[i+2].Text {
	case ".", ",", ":", ";", "!":
		return true
	}
	return false
}

// appositiveEnd returns where the subject of an inverted attribution ends
// at token j (a comma or a word that closes it): at the comma, or after
// the person's name right after it when the words before the comma name
// no person ("said the county fire chief, Jane Doe") or name one only as
// the possessor of another person, who speaks for themself ("said Roe's
// chief engineer, Jane Doe": ownerOfSpeaker).
func (a *Analysis) appositiveEnd(si, from int, toks []text.Token, j int) int {
	end := toks[j].Start
	if toks[j].Text != "," || j+1 >= len(toks) {
		return end
	}
	person, after := false, -1
	for _, m := range a.Mentions {
		if m.Sentence != si || a.Entities[m.Entity].Type != Person {
			continue
		}
		if m.Start >= from && m.End <= end && !(isPossessor(a.Sentences[si].Text, m) && ownerOfSpeaker(a.Sentences[si].Text[m.Start:end])) {
			// a possessor whose own person is named after the comma
			// ("said Doe's engineer, Jo Ames") names no speaker here
			person = true
		}
		if m.Start == toks[j+1].Start {
			after = m.End
		}
	}
	if !person && after > 0 {
		return after
	}
	return end
}

// appositionAfterName finds "NAME, APPOSITION, VERB" at the start of an
// attribution: the commas around the apposition (c, d), or (-1, -1). With
// wide (a quotation that opens its sentence, which a final reporting
// clause follows: Quirk et al. 1985 §14.29) the subject may also be a role
// before the name apposed to it, owned or not ("the firm's chief of staff,
// Jane Doe, said": nounPhraseWord), and a full stop followed by a comma
// closes an abbreviation inside the apposition, not the sentence ("…, now
// retired in Dover, Del., said").
func appositionAfterName(toks []text.Token, wide bool) (c, d int) {
	c = -1
	for i := 1; i < len(toks) && i <= 8; i++ {
		if toks[i].Text == "," {
			c = i
			break
		}
		if i > 5 && !wide || !isNameToken(toks[i]) && !titleWords[toks[i].Lower] && !connectors[toks[i].Lower] && !(wide && nounPhraseWord(toks[i])) {
			return -1, -1
		}
	}
	if c < 0 {
		return -1, -1
	}
	for j := c + 1; j < len(toks)-1 && j <= c+30; j++ {
		switch toks[j].Text {
		case "“", "\"", ";":
			return -1, -1
		case ".":
			if !wide || toks[j+1].Text != "," {
				return -1, -1
			}
		case ",":
			if _, ok := tokenVerbForm(toks[j+1]); ok && (isNameToken(toks[c-1]) || wide && (namesOnly(toks[c+1:j]) || nameList(toks[c+1:j]))) {
				return c, j
			}
		}
	}
	return -1, -1
}

// opensSentence reports whether a quotation opens its sentence: only its
// opening mark before it.
func (a *Analysis) opensSentence(sp qspan) bool {
	s := a.Sentences[sentenceAt(a.Sentences, sp.open)]
	return strings.TrimSpace(s.Text[:max(0, min(len(s.Text), sp.open-s.Start))]) == ""
}

// nounPhraseWord reports whether a token may stand in the noun phrase that
// opens a reporting clause after a quotation, before an apposition: a
// name, a title, a connector of names, an article, or a lower-case word
// WordNet has as a noun or adjective that is no reporting verb's form and
// no past or participle ("the firm's chief human resources executive").
func nounPhraseWord(t text.Token) bool {
	if isNameToken(t) || titleWords[t.Lower] || connectors[t.Lower] || t.Lower == "a" || t.Lower == "an" {
		return true
	}
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	if _, closed := lexicon.ClosedClass(t.Lower); closed {
		return false
	}
	if b := t.Base(lexicon.Verb); b != t.Lower && !strings.HasSuffix(t.Lower, "s") {
		return false // a past or a participle: a clause, not a noun phrase ("Doe retired")
	}
	if _, ok := tokenVerbForm(t); ok {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.Lower, "'s"), "’s") // an owner: "the firm's"
	lx := lexicon.Default()
	return lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun) || lx.Has(w, lexicon.Adj)
}

// namesOnly reports whether tokens are all words of a name (an apposition
// that names the person: ", Jane Doe,").
func namesOnly(toks []text.Token) bool {
	for _, t := range toks {
		if !isNameToken(t) {
			return false
		}
	}
	return len(toks) > 0
}

// nameList reports whether tokens are two or more names coordinated: name
// words, commas and a final "and" or "or" (", Jane Doe and John Roe,":
// an apposition that names the members of a plural subject, Quirk et al.
// 1985 §17.65).
func nameList(toks []text.Token) bool {
	if len(toks) < 3 || !isNameToken(toks[0]) || !isNameToken(toks[len(toks)-1]) {
		return false
	}
	and := false
	for k, t := range toks {
		switch {
		case t.Lower == "and" || t.Lower == "or":
			if and || !isNameToken(toks[k-1]) {
				return false
			}
			and = true
		case t.Text == ",":
			if and || !isNameToken(toks[k-1]) {
				return false
			}
		case !isNameToken(t):
			return false
		}
	}
	return and
}

// reportingFrame reports whether token i, the last word before the comma
// or colon that opens a quotation (token last), is an inflected verb right
// after a name or a subject pronoun ("Doe tweeted, “…”", "she blogged:
// “…”"): a reporting clause before direct speech, whatever its verb
// (Quirk et al. 1985, §14.29: the reporting verb need not be one of
// saying). A clause opened by a preposition or subordinator ("Hours after
// Doe resigned, “…”") is an adjunct, no reporting clause.
func reportingFrame(toks []text.Token, i, last int) bool {
	if i != last-1 || i < 1 || toks[last].Text != "," && toks[last].Text != ":" {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].Text != ","; k-- {
		if tag, _ := lexicon.ClosedClass(toks[k].Lower); tag == "IN" || tag == "WRB" {
			return false
		}
	}
	lw := toks[i].Lower
	if !toks[i].IsWord() || toks[i].IsCapitalized() || strings.HasSuffix(lw, "ing") || lexicon.Default().Base(lw, lexicon.Verb) == lw {
		return false
	}
	return isNameToken(toks[i-1]) || subjectPronoun(toks[i-1].Text) != ""
}

// infinitiveFrame reports whether token i, the last word before the comma
// or colon that opens a quotation (token last), is the infinitive of a
// reporting verb after "to" ("He went on to say, “…”", "She was quick to
// add: “…”"): the reporting clause's verb phrase ends in a catenative's
// complement, whose verb reports the quotation (Quirk et al. 1985
// §14.29, §16.52 catenatives); its subject is the clause's.
func infinitiveFrame(toks []text.Token, i, last int) bool {
	if i != last-1 || i < 2 || toks[last].Text != "," && toks[last].Text != ":" || toks[i-1].Lower != "to" {
		return false
	}
	return toks[i].IsWord() && !toks[i].IsCapitalized() && toks[i].Base(lexicon.Verb) == toks[i].Lower && reportingVerb(toks[i].Lower)
}

// catenativeStart returns where the verb phrase that ends in the reporting
// verb at token i starts, for a speaker window from byte offset cs: at the
// finite verb before an infinitive frame ("He went on to say": at "went";
// infinitiveFrame), else at the reporting verb itself.
func catenativeStart(toks []text.Token, cs, i int) int {
	if i < 2 || toks[i-1].Lower != "to" || toks[i].Base(lexicon.Verb) != toks[i].Lower {
		return toks[i].Start
	}
	for k := i - 2; k >= 0 && toks[k].Start >= cs; k-- {
		t := toks[k]
		if !t.IsWord() || t.IsCapitalized() || t.Base(lexicon.Verb) == t.Lower || strings.HasSuffix(t.Lower, "ing") {
			continue
		}
		if _, closed := lexicon.ClosedClass(t.Lower); !closed || auxiliaries[t.Base(lexicon.Verb)] {
			return t.Start // "went", "was"
		}
	}
	return toks[i].Start
}

// attributeBefore looks for "SPEAKER VERB: “…”", "SPEAKER VERB “…”" and
// "SPEAKER VERB that “…”" before the opening mark, in its sentence.
func (a *Analysis) attributeBefore(body string, sp qspan, si int, q *Quote) bool {
	s := a.Sentences[si]
	upto := sp.open - s.Start
	if upto <= 0 || upto > len(s.Text) {
		return false
	}
	toks := a.Tokens[si]
	// Nearest reporting verb before the quote, within 12 tokens.
	last := -1
	for i, t := range toks {
		if t.End > upto {
			break
		}
		last = i
	}
	for i := last; i >= 0 && i >= last-12; i-- {
		if putIt(toks, i) && mannerOnly(toks[i+2:last]) {
			// "As Doe put it, “…”", "Doe put it this way: “…”": the
			// idiom's verb is the cue
		} else if _, ok := tokenVerbForm(toks[i]); (!ok || i > 0 && nounAfter(toks[i-1].Text)) && !reportingFrame(toks, i, last) && !infinitiveFrame(toks, i, last) {
			continue // "called Lund's speech a “farce”": a noun
		}
		q.Sentence = si
		if k, j := mainAfterIntro(toks, i); k >= 0 && j <= last {
			// "After Doe criticised the plan, Roe shot back, “…”": the
			// quote is the main clause's, whose subject speaks.
			q.Cue = toks[j].Text
			a.resolveSpeaker(si, toks[k+1].Start, toks[j].Start, q)
			return q.SpeakerText != ""
		}
		cs := clauseStart(toks, i)
		if infinitiveFrame(toks, i, last) {
			fq := *q
			fq.Cue = toks[i].Text
			if vs := catenativeStart(toks, cs, i); vs > cs {
				a.resolveSpeaker(si, cs, vs, &fq)
			}
			if fq.SpeakerText == "" {
				continue // "…, but went on to say, “…”": the subject is an earlier clause's
			}
			*q = fq
		} else {
			q.Cue = toks[i].Text
			a.resolveSpeaker(si, cs, toks[i].Start, q)
		}
		if rel := relativeAt(toks, cs); rel > 0 && asideRelative(toks, rel, i) && clauseStart(toks, rel) == toks[0].Start {
			// "Doe, who runs the depot, told reporters: “…”": the name
			// the aside is said of, the subject of the sentence's main
			// clause, speaks (as in reported speech: relativeSpeaker).
			// In a clause of its own ("…, when Doe, who lost, called
			// for a “war”") the quote may be part of another's
			// statement, and its reading stays as it was.
			aq := *q
			a.relativeSpeaker(si, toks, cs, i, &aq)
			if aq.SpeakerText != "" {
				*q = aq
			}
		}
		a.headSpeaks(si, toks, i, q)
		a.firstConjunct(si, toks, i, cs, q)
		a.participleSubject(si, toks, i, q)
		a.subjectBeforeAside(si, toks, i, cs, q)
		a.inclusionSubject(si, toks, i, q)
		if q.SpeakerText == "" && i+1 < len(toks) && clauseStart(toks, i) == toks[i].Start {
			// "said Hashimi: “…”"
			a.resolveSpeaker(si, toks[i+1].Start, upto, q)
		}
		return q.SpeakerText != "" || i <= 2
	}
	// "according to X" after the quote in the same sentence.
	if j := strings.Index(lower(s.Text[min(len(s.Text), sp.close-s.Start):]), "according to "); j >= 0 {
		off := sp.close - s.Start + j
		q.Cue = s.Text[off : off+len("according to")]
		q.Sentence = si
		end := len(s.Text)
		for k, r := range s.Text[off+len("according to "):] {
			if r == ',' || r == '.' || r == ';' {
				end = off + len("according to ") + k
				break
			}
		}
		a.accordingSource(si, off+len("according to "), end, q)
		return true
	}
	return false
}

// putIt reports whether token i is a finite form of "put" followed by
// "it": the idiom of WordNet's sense of "put" in verb.communication,
// "formulate in a particular style or language" ("I wouldn't put it that
// way"), which reports words as a verb of saying does ("As Doe put it,
// “…”", "Doe put it this way: “…”"; Quirk et al. 1985 §15.53, comment
// clauses).
func putIt(toks []text.Token, i int) bool {
	if i < 0 || i+1 >= len(toks) || toks[i+1].Lower != "it" {
		return false
	}
	w := toks[i].Lower
	return w == "put" || w == "puts"
}

// mannerOnly reports whether tokens are only words of manner after "put
// it" ("this way", "bluntly", "more simply"): the idiom's complement, no
// place ("put it on the table").
func mannerOnly(toks []text.Token) bool {
	for _, t := range toks {
		switch lw := t.Lower; {
		case lw == "this" || lw == "that" || lw == "way" || lw == "so" || lw == "more" || lw == "most":
		case strings.HasSuffix(lw, "ly") && lexicon.Default().Has(lw, lexicon.Adv):
		default:
			return false
		}
	}
	return true
}

// pluralNounAt reports whether an -s form that is also a plural noun is a
// noun where it stands: after a determiner, a possessive, a number or a
// word that is only an adjective ("other states", "Lund's records", "10
// states", "key points"), or before an auxiliary ("states have").
func pluralNounAt(toks []text.Token, i int) bool {
	lw := toks[i].Lower
	lx := lexicon.Default()
	if i == 0 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || lx.Base(lw, lexicon.Noun) == lw {
		return false
	}
	if i+1 < len(toks) && nominalCue(lx.Base(lw, lexicon.Noun)) {
		// What a noun of saying takes as its complement (CGEL ch. 5 §16,
		// ch. 11 §4; Quirk et al. 1985 §17.26-17.32): a content clause
		// ("that"), an infinitival ("to"), a preposition of its topic
		// ("of", "about", "on"), or the colon before what is said.
		switch toks[i+1].Lower {
		case "that":
			if i+2 < len(toks) && !relativeThat(toks, i+1) && (startsClause(toks[i+2]) || frontedInClause(toks, i+2) || contentLead(toks[i+2])) {
				// "his claims that he …", "claims that foreign hackers
				// …", "reports that water …" stay a nominal cue
				return false
			}
		case "to", "of", "about", "on", ":":
			return false // "his promises to …" stays a nominal cue
		}
	}
	prev := toks[i-1].Text
	pw := lower(prev)
	if nounAfter(prev) || unicode.IsDigit(rune(prev[0])) {
		return true
	}
	if (nounContext[pw] || smallNumbers[pw] > 0) && !nominalCue(lx.Base(lw, lexicon.Noun)) {
		// "in towns flooded twice", "the two towns hold": after a
		// closed-class word that a noun follows (the tagger's dictionary)
		// or a numeral, the -s form is a plural noun; a noun of saying
		// ("in interviews with", "by remarks she made") stays a cue
		return true
	}
	if attributiveBefore(toks, i-1) && nounMostly(lx.Base(lw, lexicon.Noun)) && !(i == 1 && startsUpper(prev) && i+1 < len(toks) && (startsClause(toks[i+1]) || toks[i+1].Lower == "that")) {
		// a capitalised first word may be a surname that is also an
		// adjective ("Moody claims the …", "Keen notes that …"): there
		// the -s form is a noun only when no clause follows it
		return true
	}
	if i+1 < len(toks) && toks[i+1].Lower == "that" && relativeThat(toks, i+1) {
		return true // "the states that have voted"
	}
	if i+2 < len(toks) && toks[i+2].Lower == "that" && bareCueVerb(toks[i+1]) {
		return true // "court records show that …": the subject of the verb after it
	}
	if i+1 < len(toks) {
		nx := toks[i+1].Lower
		return auxiliaries[lx.Base(nx, lexicon.Verb)] && nx != "get" && nx != "let"
	}
	return false
}

// attributiveBefore reports whether token p, just before an -s form, is
// an adjective in attributive use, which makes the -s form the head of a
// noun phrase ("crude remarks", "internal documents", "work-related
// emails"), not a verb in the present: a finite verb agrees with a subject
// whose head is a noun or a pronoun, and an adjective right before it
// heads that subject only as a nominal adjective of persons or of a
// referent ("the accused", "the official", "the latter": Quirk et al.
// 1985 §7.23-7.25). The word is lower-case and open-class and has an
// adjective sense in WordNet (or is the comparative of one: "larger"),
// no adverb sense (an adverb stands before a verb: "also", "later",
// "early") and no noun sense of a person, a group or a relation (the
// nominal adjectives: "official", "senior", "criminal", "social",
// "latter"); a verb sense is no bar ("troubling", "classified"). A
// hyphenated compound ("delegate-rich", "anti-tax") is an attributive
// modifier unless WordNet files it, or its last part, as such a noun
// ("co-founder", "ex-wife").
func attributiveBefore(toks []text.Token, p int) bool {
	t := toks[p]
	if !t.IsWord() || startsUpper(t.Text) && p > 0 {
		return false // a name ("Trump signs"); a sentence's first word may be any
	}
	w := t.Lower
	if _, closed := lexicon.ClosedClass(w); closed || functionWords[w] || auxiliaries[w] {
		return false
	}
	lx := lexicon.Default()
	nominal := func(w string) bool {
		return lx.HasLex(w, lexicon.Noun, lexicon.NounPerson) || lx.HasLex(w, lexicon.Noun, lexicon.NounGroup) || lx.HasLex(w, lexicon.Noun, nounRelation)
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) && !lx.Has(w, lexicon.Adv) {
		last := w[k+1:]
		return !nominal(w) && !nominal(lx.Base(last, lexicon.Noun)) && !lx.Has(w, lexicon.Verb)
	}
	if !lx.Has(w, lexicon.Adj) {
		b := lx.Base(w, lexicon.Adj)
		if b == w || !lx.Has(b, lexicon.Adj) || !strings.HasSuffix(w, "er") {
			return false
		}
		w = b // "larger": the comparative of an adjective
	}
	return !lx.Has(w, lexicon.Adv) && !nominal(w)
}

// bareCueVerb reports whether a token is the plain form of a verb of
// saying or thinking ("show", "suggest", "say"): after an -s form and
// before "that", it is the present of a plural subject, whose head the
// -s form is ("records show that …", "polls suggest that …"), since a
// verb in the present does not follow a verb in the present with no
// conjunction between.
func bareCueVerb(t text.Token) bool {
	if !t.IsWord() || startsUpper(t.Text) {
		return false
	}
	lx := lexicon.Default()
	return lx.Has(t.Lower, lexicon.Verb) && lx.Base(t.Lower, lexicon.Verb) == t.Lower && cueStrength(t.Lower) != cueNone
}

// nounMostly reports whether WordNet gives a word at least as many senses
// as a noun as it gives it as a verb ("state", "record", "sign", "word",
// "remark"; not "say", "show", "find"): the noun is no rarer a reading of
// its -s form than the verb, so a weak clue of a noun phrase (an
// attributive adjective before it) decides. WordNet's count of a word's
// senses grows with its use (Miller et al. 1990, polysemy and frequency).
func nounMostly(b string) bool {
	n, v := nounVerbSenses(b)
	return n > 0 && n >= v
}

// nounVerbSenses counts the senses WordNet gives w as a noun and as a verb.
func nounVerbSenses(w string) (n, v int) {
	for _, s := range lexicon.Default().Senses(w) {
		switch s.POS {
		case lexicon.Noun:
			n++
		case lexicon.Verb:
			v++
		}
	}
	return n, v
}

// contentLead reports whether a token after a nominal cue's "that" opens
// the subject of a content clause, not the verb of a relative clause whose
// subject "that" is: a lower-case noun or adjective that is no past or -s
// form of a verb ("foreign hackers", "water from the mine"; not
// "favored", "showed", "had": Quirk et al. 1985 §17.10, §17.26).
func contentLead(t text.Token) bool {
	if !t.IsWord() || startsUpper(t.Text) {
		return false
	}
	w := t.Lower
	lx := lexicon.Default()
	if b := lx.Base(w, lexicon.Verb); b != w && lx.Has(b, lexicon.Verb) {
		return false
	}
	return lx.Has(w, lexicon.Noun) || lx.Has(w, lexicon.Adj)
}

// nounRelation is WordNet's lexicographer file noun.relation ("the
// latter", "the former").
const nounRelation = 24

// relativeThat reports whether the "that" at token j opens a relative
// clause whose subject it is, not a content clause: the word after it is
// a finite verb that agrees only with a plural subject ("are", "were",
// "have", "do", or the plain form of a verb of saying: "warn", "show"),
// so "that" is no demonstrative subject of its own clause ("that is",
// "that has"), and no subject comes between ("the states that have voted"
// against "said that they have voted": Quirk et al. 1985 §17.10, "that"
// as subject of a relative clause).
func relativeThat(toks []text.Token, j int) bool {
	if j+1 >= len(toks) || toks[j].Lower != "that" {
		return false
	}
	switch toks[j+1].Lower {
	case "are", "were", "have", "do":
		return true
	}
	// the plain form of a verb of saying that is no likelier a noun
	// ("groups that warn", "polls that show"; not "that report", a
	// determiner and its noun)
	return bareCueVerb(toks[j+1]) && !nounMostly(toks[j+1].Lower)
}

// nounAfter reports whether a word makes the word after it a noun: a
// possessive ("Lund's speech") or a determiner ("the speech").
func nounAfter(w string) bool {
	_, poss := stripPossessive(w)
	return poss || determiners[lower(w)]
}

// clauseStart walks left from token i to the start of its clause.
func clauseStart(toks []text.Token, i int) int {
	j := i - 1
	for ; j >= 0; j-- {
		w := toks[j].Lower
		if w == ";" || w == ":" || w == "“" || w == "”" || w == "\"" || w == "that" && j < i-1 || w == "while" || w == "but" || w == "because" || w == "although" || w == "when" || w == "which" || w == "who" {
			break
		}
		if w == "and" && j > 0 && toks[j-1].Text == "," {
			break // ", and she called …": a clause of its own
		}
		if w == "," && j > 0 {
			// An appositive ", the US ambassador," keeps going; a clause break stops.
			continue
		}
	}
	if j+1 < len(toks) {
		return toks[j+1].Start
	}
	return 0
}

// tokensFrom returns sentence si's tokens from the first that starts at or
// after byte offset off (empty when none does).
func (a *Analysis) tokensFrom(si, off int) []text.Token {
	toks := a.Tokens[si]
	return toks[firstTokenFrom(toks, off):]
}

// resolveSpeaker finds the speaker in sentence si between byte offsets
// from and to: the nearest name, then a role noun, a pronoun, or a nominal
// source ("the statement", "officials").
func (a *Analysis) resolveSpeaker(si, from, to int, q *Quote) {
	if to <= from {
		return
	}
	s := a.Sentences[si]
	window := strings.TrimSpace(s.Text[from:to])
	if a.freeRelativeSpeaker(si, from, to, window, q) {
		return
	}
	if p := subjectPronoun(window); p != "" && (strings.Contains(window, ",") || subordinatePronoun(window)) && !a.reporterBefore(si, from, to, window, p) {
		// "Doe hopes Roe will stay, even as he doubts …": a subject
		// pronoun right before the cue is its subject, not a name
		// before the comma.
		q.SpeakerText, q.How = p, "pronoun"
		if ei := a.recentEntity(si, from, p); ei >= 0 {
			q.Entity, q.Speaker = ei, a.Entities[ei].Name
		}
		return
	}
	best := a.namedSpeaker(si, from, to, window)
	if best >= 0 && a.Entities[a.Mentions[best].Entity].Type == Place && !sayingFirst(q.Cue) {
		// a place speaks for its government with a verb of saying only
		// ("Norway insists"), not as what faced, proved or deemed something
		best = -1
	}
	if best >= 0 {
		m := a.Mentions[best]
		e := a.Entities[m.Entity]
		q.Entity, q.Speaker, q.SpeakerText, q.How = m.Entity, e.Name, m.Text, "named"
		return
	}
	if window == "" {
		return
	}
	// "Ms. Lund", "Brenner": a surname the name finder did not link to the
	// person it names in full elsewhere in the article.
	if np := lastNP(window); wordCount(np) <= 3 && !ownerOfSpeaker(np) && (SpeakerName(np) != "" && !strings.Contains(SpeakerName(np), " ") || surnameLike(np)) {
		name := SpeakerName(np)
		if name == "" {
			name, _ = stripPossessive(strings.Trim(np, ",.:;"))
		}
		if ei := a.personBySurname(name); ei >= 0 {
			q.Entity, q.Speaker, q.SpeakerText, q.How = ei, a.Entities[ei].Name, lastNP(window), "named"
			return
		}
	}
	toks := text.Tokens(window)
	if a.roleSpeaker(si, from, to, window, toks, q) {
		return
	}
	if p := subjectPronoun(window); p != "" {
		q.SpeakerText, q.How = p, "pronoun"
		if ei := a.recentEntity(si, from, p); ei >= 0 {
			q.Entity, q.Speaker = ei, a.Entities[ei].Name
		}
		return
	}
	if len(toks) <= 2 {
		lw := toks[len(toks)-1].Lower
		if personPronouns[lw] || lw == "they" || lw == "it" {
			q.SpeakerText, q.How = window, "pronoun"
			if ei := a.recentEntity(si, from, lw); ei >= 0 {
				q.Entity, q.Speaker = ei, a.Entities[ei].Name
			}
			return
		}
	}
	// "the statement", "a statement from Hashimi’s office", "his office":
	// its source was named with it or before it.
	if np, head, owner := sourceNoun(text.Tokens(lastNP(window))); head != "" {
		q.SpeakerText, q.How = np, "statement"
		switch {
		case owner != "":
			if ei := a.recentEntity(si, from, owner); ei >= 0 {
				q.Entity, q.Speaker = ei, a.Entities[ei].Name
			}
		case a.premodifierSource(si, from, to) >= 0:
			ei := a.premodifierSource(si, from, to)
			q.Entity, q.Speaker = ei, a.Entities[ei].Name
		default:
			if ei := a.statementSource(si, from, head); ei >= 0 {
				q.Entity, q.Speaker = ei, a.Entities[ei].Name
			}
		}
		return
	}
	// A nominal source ("officials", "the report", "the US military").
	if existentialThere(window, q.Cue) {
		return // "On Doe's claim there are gaps …": no postmodifier, no source
	}
	if np := lastNP(window); np != "" && (wordCount(np) <= 6 && (nominalSource(np) || quantityPhrase(np)) || longSource(np)) {
		q.SpeakerText, q.How = np, "nominal"
		// One capitalised common word that opens the sentence is no name
		// ("Beekeeper", "History"), but a noun of a group is the group
		// ("Police said", "People say").
		w := strings.Trim(np, ",.:;")
		q.role = !strings.Contains(np, " ") && (commonPersonNoun(w) && !a.capitalisedInside(w) || a.commonWordNotNamed(w) && !groupNoun(lower(w)))
	}
}

// roleSpeaker reads a role noun before the cue ("the premier", "the US
// ambassador"; none in a fronted adjunct) as the story's person who holds
// that title, and reports whether it gave q its speaker.
func (a *Analysis) roleSpeaker(si, from, to int, window string, toks []text.Token, q *Quote) bool {
	// Role nouns: "the premier", "the US ambassador"; none in a fronted adjunct.
	var role, all []string
	cut, adjEnd := false, a.adjunctEndInWindow(si, from, to)
	for j, t := range toks {
		if t.Start < adjEnd {
			continue
		}
		lw := t.Lower
		// "an aide to the mayor", "the wife of the governor": a title in
		// the head's complement names someone else
		cut = cut || complementOfPerson(toks, j)
		if titleWords[lw] {
			all = append(all, lw)
			if !cut {
				role = append(role, lw)
			}
		}
	}
	if cut && len(all) > 0 && titleHeads[all[len(all)-1]] && entityByRole(a.Entities, strings.Join(all, " "), lexicon.Default()) >= 0 {
		q.nests = true // a report nested in the content keeps the test the title's reading gave it
	}
	if len(role) > 0 && titleHeads[role[len(role)-1]] {
		if ei := entityByRole(a.Entities, strings.Join(role, " "), lexicon.Default()); ei >= 0 {
			q.Entity, q.Speaker, q.SpeakerText, q.How = ei, a.Entities[ei].Name, lastNP(window), "role"
			return true
		}
	}
	return false
}

// adjunctEndInWindow returns the offset, in the trimmed speaker window of
// sentence si between from and to, of the comma that closes a fronted
// adjunct (frontedAdjunctEnd), or -1: the adjunct's words name no subject
// ("When the mayor left, the clerks said": not the mayor).
func (a *Analysis) adjunctEndInWindow(si, from, to int) int {
	adj := a.frontedAdjunctEnd(si, from, to)
	if adj < 0 {
		return -1
	}
	w := a.Sentences[si].Text[from:to]
	return adj - from - (len(w) - len(strings.TrimLeft(w, " \t\n")))
}

// reporterBefore reports whether the subject pronoun p that ends a
// speaker window follows, after the window's last comma, a name the
// pronoun fits ("That said, Tarn voters say they …"): the name of that
// stretch speaks, as the reporter a pronoun in its report most often
// stands for.
func (a *Analysis) reporterBefore(si, from, to int, window, p string) bool {
	best := a.namedSpeaker(si, from, to, window)
	if best < 0 {
		return false
	}
	m := a.Mentions[best]
	c := strings.LastIndex(a.Sentences[si].Text[from:to], ",")
	return c >= 0 && m.Start > from+c && pronounFits(p, &a.Entities[m.Entity])
}

// namedSpeaker returns the index of the mention that speaks in sentence si
// between byte offsets from and to (window is that text, trimmed), or -1.
func (a *Analysis) namedSpeaker(si, from, to int, window string) int {
	s := a.Sentences[si]
	// Named mentions inside the window: the last one before the verb,
	// unless it is the object of a preposition ("with X").
	best := -1
	var cands []int // the mentions that may speak, in the window's order
	adj := a.frontedAdjunctEnd(si, from, to)
	for mi, m := range a.Mentions {
		if m.Sentence != si || m.Start < from || m.End > to || m.End <= adj {
			continue
		}
		// "Rep. Jo Ames (D-Ore.) said": the party tag stands for the
		// legislator named right before it.
		if pm := a.taggedLegislator(si, m); pm >= 0 {
			if best < 0 || m.Start > a.Mentions[best].Start {
				best = pm
			}
			continue
		}
		// Places do not speak (a dateline, "in Ohio"), nor do lone
		// capitalised common words ("ALL", "Having").
		if e := a.Entities[m.Entity]; !CanSpeak(e.Name, e.Type, e.Mentions) {
			if e.Type == Place && m.End > datelineLen(s.Text) && placeSubject(s.Text[from:to], m.Text) && governedPlace(e.Name) {
				best = mi // "Norway insists", "The United States said": its government
			}
			continue
		}
		if isPrepObject(s.Text, m.Start) && !strings.HasPrefix(lower(strings.TrimSpace(s.Text[from:m.Start])), "according to") && !(strings.HasSuffix(lower(strings.TrimSpace(s.Text[:from])), "according to") && openingDeterminer(s.Text[from:m.Start]) && len(nounsAfter(s.Text[m.End:])) == 0) && !documentOf(s.Text[from:m.Start], m.End == to || strings.TrimSpace(s.Text[m.End:to]) == "" || strings.HasPrefix(strings.TrimSpace(s.Text[m.End:to]), ",")) {
			continue
		}
		if m.End <= datelineLen(s.Text) || ownedName(s.Text, m) || isPossessor(s.Text, m) && !possessedSpeaks(s.Text[min(m.End, to):to]) || a.roleAtStart(m) || modifiesPersons(s.Text[m.End:to]) {
			continue
		}
		cands = append(cands, mi)
		if best < 0 || m.Start > a.Mentions[best].Start && !isPossessor(s.Text, a.Mentions[best]) || isPossessor(s.Text, a.Mentions[best]) && best >= 0 {
			best = mi
		}
	}
	if best >= 0 {
		best = a.firstOfList(s.Text, cands, best, to)
	}
	// "a motion lodged by Jane Doe": the agent after "by" speaks.
	if best < 0 {
		for mi, m := range a.Mentions {
			if m.Sentence == si && m.Start >= from && m.End <= to && a.Entities[m.Entity].Type != Place && agentBefore(s.Text[:m.Start], "by") {
				best = mi
			}
		}
	}
	// "Joel Pollak of Breitbart said", "Smith from the ministry said": the
	// person before the affiliation speaks.
	if best >= 0 && a.Entities[a.Mentions[best].Entity].Type != Person {
		for mi, m := range a.Mentions {
			if m.Sentence != si || m.Start < from || m.End > a.Mentions[best].Start || a.Entities[m.Entity].Type != Person {
				continue
			}
			between := lower(s.Text[m.End:a.Mentions[best].Start])
			if between == " of " || between == " from " || between == " at " || between == " of the " || between == " from the " || between == " at the " {
				best = mi
			}
		}
	}
	// "Jo Ames, president and CEO of Acme stated": an apposition whose
	// closing comma is missing; the person it describes speaks.
	if best >= 0 && a.Entities[a.Mentions[best].Entity].Type != Person {
		if mi := a.unclosedAppositionHead(si, from, a.Mentions[best].Start); mi >= 0 {
			best = mi
		}
	}
	// "NAME, a spokesman for X, said": the head of the apposition speaks.
	if best >= 0 && strings.HasSuffix(withoutTrailingAdverbs(window), ",") {
		for mi, m := range a.Mentions {
			if m.Sentence == si && m.Start >= from && m.End <= to && strings.HasPrefix(s.Text[m.End:], ",") && !isPrepObject(s.Text, m.Start) && !verbObject(s.Text[from:m.Start]) && a.speaksAsSubject(m.Entity) {
				// a verb's object heads no subject: "One pastor backing
				// Doe, Roe of the chapel, said" — Doe is the
				// participle's object
				best = mi
				break
			}
		}
	}
	return best
}

// firstOfList returns the first name of a list of names that mention
// best ends ("Roe, Doe and Poe said", "Roe, Doe and other pilots knew"),
// or best when it ends none. A coordinated subject is the source of all
// its conjuncts alike (Quirk et al. 1985 §13.60, joint coordination); the
// name that opens the list, the one the writer puts first, stands for
// them, as it does for a later "they" (nameCoordinated). The names must
// follow each other with only a comma between them, "and" or "or" before
// the last conjunct, and the list must hold a comma or end in a common
// noun phrase: two names joined by "and" alone ("Roe and Doe said") keep
// the name next to the verb. cands holds the window's mentions that may
// speak, in order; s is the sentence text and to the window's end.
func (a *Analysis) firstOfList(s string, cands []int, best, to int) int {
	k := -1
	for i, mi := range cands {
		if mi == best {
			k = i
		}
	}
	if k <= 0 {
		return best
	}
	joined := func(between string) (comma, and bool) {
		between = strings.TrimSpace(between)
		switch between {
		case ",":
			return true, false
		case "and", "or", ", and", ", or":
			return false, true
		}
		return false, false
	}
	m := a.Mentions[best]
	after := strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(s[m.End:to]), ","), " ")
	ends := strings.HasPrefix(after, "and ") || strings.HasPrefix(after, "or ")
	if _, and := joined(s[a.Mentions[cands[k-1]].End:m.Start]); !and && !ends {
		return best
	}
	first, commas := k, 0
	for first > 0 {
		prev, cur := a.Mentions[cands[first-1]], a.Mentions[cands[first]]
		if prev.End > cur.Start {
			break
		}
		comma, and := joined(s[prev.End:cur.Start])
		if !comma && !(and && first == k && !ends) {
			break
		}
		if comma {
			commas++
		}
		first--
	}
	if commas == 0 && !ends {
		return best
	}
	return cands[first]
}

// unclosedAppositionHead returns the person mention of sentence si from
// byte offset from whose apposition runs up to offset to with no comma
// closing it ("Jo Ames, president and CEO of Acme stated": the name CEO
// is a word of the apposition, not the subject), or -1. The apposition
// is a short run of lower-case words and titles with a noun of persons
// (roleApposition).
func (a *Analysis) unclosedAppositionHead(si, from, to int) int {
	s := a.Sentences[si].Text
	for mi, m := range a.Mentions {
		if m.Sentence != si || m.Start < from || m.End >= to || !strings.HasPrefix(s[m.End:], ", ") {
			continue
		}
		if a.Entities[m.Entity].Type == Person && a.speaksAsSubject(m.Entity) && roleApposition(s[m.End+2:to]) {
			return mi
		}
	}
	return -1
}

// roleApposition reports whether the words of an apposition before a name
// describe a person's role: one to eight lower-case words or titles, no
// punctuation and no inflected verb, one of them a title or a noun WordNet
// files under noun.person ("president and", "the chief economist at").
func roleApposition(between string) bool {
	ws := strings.Fields(between)
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	lx, role := lexicon.Default(), false
	for _, w := range ws {
		lw := lower(w)
		if strings.ContainsAny(w, ",;:“”\"()") || !unicode.IsLower([]rune(w)[0]) && !titleWords[lw] {
			return false
		}
		if _, ok := verbForm(w); ok && !lx.Has(lx.Base(lw, lexicon.Noun), lexicon.Noun) {
			return false
		}
		if titleWords[lw] || lx.HasLex(lx.Base(lw, lexicon.Noun), lexicon.Noun, lexicon.NounPerson) {
			role = true
		}
	}
	return role
}

// verbObject reports whether the text before a name ends with a verb
// whose object the name is: a lower-case participle ("backing", "named")
// or a word WordNet has only as a verb, titles and initials between
// ("supporting Mr.").
func verbObject(before string) bool {
	f := strings.Fields(before)
	for len(f) > 0 && (titleWords[lower(strings.Trim(f[len(f)-1], "."))] || unicode.IsUpper([]rune(f[len(f)-1])[0])) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if !unicode.IsLower([]rune(w)[0]) || lexicon.IsStopword(w) {
		return false
	}
	lx := lexicon.Default()
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || lx.Has(lx.Base(w, lexicon.Verb), lexicon.Verb) && !lx.Has(w, lexicon.Noun) && !lx.Has(w, lexicon.Adj)
}

// modifiesPersons reports whether the text after a name opens with a
// lower-case plural noun of persons ("GOP insiders", "Tarn voters"): the
// name premodifies that noun, the head of the phrase (Quirk et al. 1985,
// §17.108, nouns as premodifiers), and the persons it names speak, not
// the name.
func modifiesPersons(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 || !unicode.IsLower([]rune(f[0])[0]) {
		return false
	}
	w := strings.Trim(f[0], ",.;:")
	return PluralNoun(w) && lexicon.Default().HasLex(lexicon.Default().Base(w, lexicon.Noun), lexicon.Noun, lexicon.NounPerson)
}

// withoutTrailingAdverbs drops the adverbs and auxiliaries that end a
// speaker window ("Doe, an adviser to the board, also" → "Doe, an adviser
// to the board,").
func withoutTrailingAdverbs(window string) string {
	ws := strings.Fields(window)
	for len(ws) > 1 && adverbish(lower(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// personBySurname returns the one person of the article whose full name
// (or an alias of two words or more) ends with the surname, or -1 when
// none or several do.
func (a *Analysis) personBySurname(surname string) int {
	found := -1
	for ei, e := range a.Entities {
		if e.Type != Person {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if len(strings.Fields(n)) >= 2 && Surname(n) == surname {
				if found >= 0 && found != ei {
					return -1
				}
				found = ei
				break
			}
		}
	}
	return found
}

// nominalSource reports whether a noun phrase can be a source: its head
// (last word) is a capitalised name or a noun — WordNet's noun.person
// ("officials"), noun.group ("the campaign"), noun.communication ("the
// report", "a poll") and noun.cognition ("a study") first — not an
// infinitive, a quotation or a function word.
func nominalSource(np string) bool {
	ws := strings.Fields(np)
	if n := len(ws); n > 1 && placeAdverb(strings.Trim(ws[n-1], ",.;:")) && nounBefore(ws[n-2]) {
		ws = ws[:n-1] // "officials there": the adverb postmodifies the head
	}
	head := strings.Trim(ws[len(ws)-1], ",.;:'\"“”‘’")
	if head == "" {
		return false
	}
	if first := lower(ws[0]); first == "to" || strings.HasPrefix(first, "'") || strings.HasPrefix(first, "“") || strings.HasPrefix(first, "\"") {
		return false
	}
	if len(ws) == 1 && adverbialOpeners[lower(head)] {
		return false // "Since", "After": the word that opens an adverbial phrase
	}
	if startsUpper(head) {
		return lexicon.Default().ProperType(head) != "place" || knownPerson(head) // places do not speak
	}
	head, _ = stripPossessive(head)
	lx := lexicon.Default()
	b := lx.Base(lower(head), lexicon.Noun)
	for _, sn := range lx.Senses(b) {
		if sn.POS == lexicon.Noun && (sn.Lex == lexicon.NounPerson || sn.Lex == lexicon.NounGroup || sn.Lex == lexicon.NounCommunication || sn.Lex == nounCognition) {
			return true
		}
	}
	// Any other noun head ("the bill", "the ad") may stand for its author;
	// an adverb, a function word or a verb form never does.
	return lx.Has(b, lexicon.Noun) && !lx.Has(lower(head), lexicon.Adv) && !stopCaps[lower(head)]
}

// placeAdverb reports whether a word is a locative adverb that may
// postmodify a noun phrase ("officials there", "residents here"; Quirk et
// al. 1985, §17.55, postmodification by adverbials): the head of the
// phrase is the noun before it.
func placeAdverb(w string) bool {
	w = lower(w)
	return w == "there" || w == "here"
}

// existentialThere reports whether a speaker window ends with "there" or
// "here" and a form of "be" before a cue that is no participle ("On Doe's
// claim there are …", "Claims there were …"): the adverb is then the
// existential subject of its own clause (Quirk et al. 1985, §18.44), not a
// postmodifier of the noun before it (placeAdverb), and the noun is no
// source. "Officials there are warning" (a progressive) keeps its reading.
func existentialThere(window, cue string) bool {
	ws := strings.Fields(window)
	n := len(ws)
	if n < 2 || !placeAdverb(strings.Trim(ws[n-2], ",.;:")) || !beForms[lower(ws[n-1])] {
		return false
	}
	c := strings.Fields(cue)
	return len(c) == 0 || !strings.HasSuffix(lower(c[0]), "ing") && !strings.HasSuffix(lower(c[0]), "ed")
}

// nounBefore reports whether the word before a postmodifying adverb is a
// noun that WordNet has at least as often as a verb ("officials",
// "polls"), not a verb form ("Police say there is …").
func nounBefore(w string) bool {
	return nounMostly(lexicon.Default().Base(lower(strings.Trim(w, ",.;:")), lexicon.Noun))
}

// longSource reports whether a noun phrase of seven to fourteen words is a
// source by its head before a prepositional complement ("A fresh survey of
// tenants in the two northern districts", "Roughly one in five dairy
// farmers along the coast"): the words before the first preposition (Penn Treebank "IN")
// are a nominal source, and no word of the phrase is a finite verb.
func longSource(np string) bool {
	n := wordCount(np)
	if n <= 6 || n > 14 {
		return false
	}
	toks := text.Tokens(np)
	for j := range toks {
		if finiteVerbAt(toks, j) || toks[j].Text == "“" || toks[j].Text == "\"" {
			return false
		}
	}
	for j := 1; j < len(toks); j++ {
		if t, ok := lexicon.ClosedClass(toks[j].Lower); ok && t == "IN" {
			head := strings.TrimSpace(np[:toks[j].Start])
			return wordCount(head) <= 6 && nominalSource(head)
		}
	}
	return false
}

// lastNP returns the noun phrase at the end of a window: the words after
// its last comma or clause word, without adverbs and auxiliaries.
func lastNP(window string) string {
	if i := strings.LastIndex(window, ","); i >= 0 && i < len(window)-1 {
		window = window[i+1:]
	}
	ws := strings.Fields(window)
	for len(ws) > 0 {
		switch lower(ws[len(ws)-1]) {
		case "also", "has", "have", "had", "was", "were", "is", "are", "would", "will", "can", "could", "may", "might", "must", "shall", "should", "again", "once", "later", "then", "earlier", "further", "repeatedly", "reportedly", "previously", "recently", "had been", "not", "never", "already", "still":
			ws = ws[:len(ws)-1]
			continue
		}
		if w := lower(ws[len(ws)-1]); w == "yet" || negatedAuxiliary(w) {
			ws = ws[:len(ws)-1] // "she hadn't yet", "they didn't"
			continue
		}
		if w := lower(ws[len(ws)-1]); len(ws) > 1 && !startsUpper(ws[len(ws)-1]) && onlyAdverb(w) && adverbOfAdjective(lexicon.Default(), w) {
			// "groups also widely condemned", "Doe quickly said": an
			// adverb WordNet knows as nothing else, between the subject
			// and its verb, is an adjunct of the verb (Quirk et al.
			// 1985, §8.20), no part of the subject.
			ws = ws[:len(ws)-1]
			continue
		}
		// "police on Tuesday", "the mayor last Friday": a day adjunct
		// after the phrase names no part of its speaker.
		if n := len(ws); n > 1 && len(strings.Trim(ws[n-1], ",.;:")) > 3 && isWeekday(strings.Trim(ws[n-1], ",.;:")) {
			ws = ws[:n-1]
			if t, ok := lexicon.ClosedClass(lower(ws[n-2])); ok && t == "IN" || lower(ws[n-2]) == "last" || lower(ws[n-2]) == "this" {
				ws = ws[:n-2]
			}
			continue
		}
		break
	}
	for i, w := range ws {
		if lw := lower(w); lw == "that" || lw == "and" && i == 0 || lw == "but" || lw == "as" || lw == "while" {
			ws = ws[i+1:]
			break
		}
	}
	if n := len(ws); n > 1 && nominativePronoun(ws[n-1]) && lower(ws[n-2]) != "what" && !reportsWithin(ws[1:n-1]) {
		// "saying she", "hoped they": a nominative pronoun is a subject
		// by its form alone (CGEL ch. 5 §16), so it is the whole phrase;
		// "what she calls …" is a free relative, a noun phrase that names
		// a thing rather than a report; after a verb of saying with its
		// own subject ("voters say they", "Doe told aides she") the
		// phrase keeps that reporter, whom the pronoun stands for
		return ws[n-1]
	}
	if len(ws) > 1 {
		// "Though she never", "If he": a subordinator (Penn Treebank "IN"
		// or "WRB") opens the clause whose subject pronoun follows
		t, ok := lexicon.ClosedClass(lower(ws[0]))
		switch contractedPronoun(lower(ws[1])) {
		case "he", "she", "they", "we", "i", "it":
			if ok && (t == "IN" || t == "WRB") {
				ws = ws[1:]
			}
		}
	}
	return strings.Join(ws, " ")
}

// reportsWithin reports whether one of the words is a form of a verb of
// saying ("say", "told", "saying").
func reportsWithin(ws []string) bool {
	lx := lexicon.Default()
	for _, w := range ws {
		lw := lower(strings.Trim(w, ",."))
		if reportingVerb(lx.Base(lw, lexicon.Verb)) || reportingVerb(lw) {
			return true
		}
	}
	return false
}

// nominativePronoun reports whether w is a personal pronoun in the
// nominative case ("she", "they'd"): "it" and "you" are not, since they
// are objects too.
func nominativePronoun(w string) bool {
	switch contractedPronoun(lower(strings.Trim(w, ",."))) {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// negatedAuxiliary reports whether w is an auxiliary with a contracted
// "not" ("hadn't", "didn’t").
func negatedAuxiliary(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// surnameLike reports whether a speaker phrase is one capitalised word
// that no speaker test accepts but a person's surname may be: a place
// WordNet knows ("Dayton", "Jordan"), the article's person of that
// surname then speaks.
func surnameLike(np string) bool {
	w, _ := stripPossessive(strings.Trim(np, ",.:;"))
	return !strings.Contains(w, " ") && startsUpper(w) && !isAcronym(w) && !stopCaps[lower(w)] && !looksLikeDay(w)
}

// openingDeterminer reports whether the words before a name in its
// phrase are none or one article ("according to the Acme Agency": the
// name heads the phrase; "according to the City of Lyon": Lyon does not,
// nor does a name before common nouns, "according to the Lyon fire chief").
func openingDeterminer(before string) bool {
	switch lower(strings.TrimSpace(before)) {
	case "", "the", "a", "an":
		return true
	}
	return false
}

func isPrepObject(s string, start int) bool {
	before := strings.TrimSpace(s[:start])
	i := strings.LastIndexAny(before, " ,")
	w := lower(before[i+1:])
	for (w == "the" || w == "a" || w == "an" || w == "its" || w == "their") && i > 0 {
		before = strings.TrimSpace(before[:i])
		i = strings.LastIndexAny(before, " ,")
		w = lower(before[i+1:])
	}
	switch w {
	case "with", "to", "by", "from", "for", "against", "about", "on", "in", "at", "of", "between":
		return true
	}
	return false
}

// documentOf reports whether the words before a name make it the author
// or publisher of a text: a noun phrase headed by a noun of a document
// (headKind: "a report", "a new article", "a tally", "the poll") and
// the preposition "in", "by" or "from" that names where it appeared or
// who made it ("according to a report in the Harbor Gazette", "a tally
// by the Tarn Press": the Gazette, the Press are the source). The name
// must end the phrase (ends).
func documentOf(before string, ends bool) bool {
	ws := strings.Fields(strings.TrimSpace(before))
	for len(ws) > 0 {
		switch lower(ws[len(ws)-1]) {
		case "the", "a", "an":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	if !ends || len(ws) < 2 {
		return false
	}
	switch lower(ws[len(ws)-1]) {
	case "in", "by", "from":
	default:
		return false
	}
	head := strings.Trim(ws[len(ws)-2], namePunct)
	if head == "" || startsUpper(head) {
		return false
	}
	for _, w := range ws[:len(ws)-2] {
		if t, ok := lexicon.ClosedClass(lower(w)); ok && (t == "IN" || t == "TO") && lower(w) != "according" {
			if lower(w) != "to" || len(ws) < 1 || lower(ws[0]) != "according" {
				return false // "… of a report in X": the document heads no source phrase here
			}
		}
	}
	return headKind(head) == KindDocument
}

// roleAtStart reports whether a mention is a common noun of persons
// capitalised only because it opens its sentence ("Beekeeper warns …"): one
// word, WordNet's noun.person in lower case, no first name, and its entity
// never named in more words. Such a word is a role, not a name.
func (a *Analysis) roleAtStart(m NameMention) bool {
	if strings.TrimFunc(a.Sentences[m.Sentence].Text[:m.Start], func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) != "" {
		return false
	}
	e := a.Entities[m.Entity]
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if strings.Contains(n, " ") {
			return false
		}
	}
	return commonPersonNoun(e.Name) && !a.capitalisedInside(e.Name)
}

// capitalisedInside reports whether the article writes a word capitalised
// after a lower-case word somewhere: a name there ("told Okafor"), not a
// common noun capitalised only at the start of sentences.
func (a *Analysis) capitalisedInside(w string) bool {
	for _, toks := range a.Tokens {
		for i := 1; i < len(toks); i++ {
			if t := toks[i].Text; (t == w || strings.HasPrefix(t, w+"’") || strings.HasPrefix(t, w+"'")) && toks[i-1].IsWord() && !startsUpper(toks[i-1].Text) {
				return true
			}
		}
	}
	return false
}

// commonPersonNoun reports whether one capitalised word is, in lower case,
// a WordNet noun of persons ("Beekeeper", "Plumbers") and no first name
// nor a capitalised noun of persons ("Democrats").
func commonPersonNoun(w string) bool {
	if strings.Contains(w, " ") || isAcronym(w) || IsFirstName(w) {
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(lower(w), lexicon.Noun)
	// "Democrats": WordNet has the capitalised noun, a party's members
	return lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) && !lx.HasLex(titleCase(b), lexicon.Noun, lexicon.NounPerson)
}

// ownedName reports whether a name modifies a noun another owns ("his
// Copper Lantern sponsorship", "our NASA badges"): it follows a possessive
// determiner (possessiveDeterminers, a closed class) and is no speaker
// there.
func ownedName(s string, m NameMention) bool {
	before := strings.TrimSpace(s[:m.Start])
	i := strings.LastIndexAny(before, " ,(")
	return possessiveDeterminers[lower(before[i+1:])]
}

// ownerOfSpeaker reports whether a short noun phrase is a possessive
// name and the person it owns, who speaks for themself ("Lund's
// mother", "Okafor's lawyer": possessedSpeaks): the name is no speaker.
func ownerOfSpeaker(np string) bool {
	rest, ok := afterPossessor(np)
	return ok && !possessedSpeaks(rest)
}

// possessedSpeaks reports whether a possessor speaks through what it owns,
// given the words after the possessor up to the cue ("’s spokesman", "’s
// statement", "’s head minister", "’s start date for"): it does when the
// head (the last word) names a group, a communication, a thought or an act
// in WordNet ("office", "statement", "view", "campaign") or a spokesperson
// (WordNet's spokesperson synset and its hyponyms: "spokesman"); another
// person ("head minister", "lawyer") or the owner's kin ("family",
// kinGroup) speak for themselves, and a thing ("start date") does not
// speak.
func possessedSpeaks(rest string) bool {
	lx := lexicon.Default()
	head := possessedHead(rest)
	if head == "" {
		return true
	}
	b := lx.Base(head, lexicon.Noun)
	if !lx.Has(b, lexicon.Noun) {
		return true // not a noun: the window ends otherwise
	}
	if lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) {
		return lx.Under(b, lexicon.Noun, spokesperson, 3)
	}
	if lx.Under(b, lexicon.Noun, kinGroup, 2) {
		return false // "’s family": the owner's kin speak for themselves
	}
	return lx.HasLex(b, lexicon.Noun, lexicon.NounGroup) || lx.HasLex(b, lexicon.Noun, lexicon.NounCommunication) || lx.HasLex(b, lexicon.Noun, nounCognition) || lx.HasLex(b, lexicon.Noun, lexicon.NounAct)
}

// possessedApposed reports whether the words after a possessor, rest,
// are a noun phrase headed by a noun of persons (WordNet noun.person) that
// a comma closes before a capitalised word: a name in apposition to what
// the possessor owns ("’s deputy, Jo Doe, …"), the one the
// subject names (Quirk et al. 1985 §17.65).
func possessedApposed(rest string) bool {
	c := strings.Index(rest, ",")
	if c < 0 || c > 60 {
		return false
	}
	after := strings.TrimSpace(rest[c+1:])
	head := possessedHead(rest[:c+1])
	lx := lexicon.Default()
	return head != "" && possessedHead(rest[:c+1]) == lower(lastWord(strings.TrimRight(rest[:c], " "))) && lx.HasLex(lx.Base(head, lexicon.Noun), lexicon.Noun, lexicon.NounPerson) && startsUpper(after)
}

// possessedHead returns the lower-case head of the noun phrase a
// possessor owns, given the words after it ("’s head minister" →
// "minister", "’s teachers from Crest" → "teachers"): its last lower-case
// word before a closed-class word or a comma, or "".
func possessedHead(rest string) string {
	head := ""
	for i, w := range strings.Fields(rest) {
		w = strings.Trim(w, "()\"“”")
		if i == 0 && (w == "’s" || w == "'s" || w == "’" || w == "'") {
			continue
		}
		lw := lower(strings.TrimRight(w, ",.;:"))
		if _, closed := lexicon.ClosedClass(lw); closed || lw == "" {
			break // "’s start date for": the possessed noun phrase ended
		}
		if !startsUpper(w) {
			head = lw
		}
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") {
			break
		}
	}
	return head
}

// kinGroup is WordNet 3.0's synset 07969695 "kin, kin group, kinship
// group, kindred, clan, tribe": people related by blood or marriage
// ("family", "clan"), who speak for themselves, not for one of them.
var kinGroup = []uint32{7969695}

// kinAnchors are WordNet 3.0's synsets 10235549 "relative, relation" (a
// person related by blood or marriage: "mother", "son", "husband") and
// 07969695 (kinGroup: "family").
var kinAnchors = []uint32{10235549, 7969695}

// ownedKin reports whether the words after a possessor ("’s mother", "’s
// family") have for head a noun of the owner's kin (kinAnchors): a
// relative or the family, who speak for themselves, unlike a lawyer or an
// agent, who may speak for the owner.
func ownedKin(rest string) bool {
	lx := lexicon.Default()
	h := possessedHead(rest)
	return h != "" && lx.Under(lx.Base(h, lexicon.Noun), lexicon.Noun, kinAnchors, 5)
}

// ownerOfKin reports whether a noun phrase is a possessive name and the
// owner's kin ("Reed's sister", "Lund's family": ownedKin), who speak for
// themselves: the name is no speaker.
func ownerOfKin(np string) bool {
	rest, ok := afterPossessor(np)
	return ok && ownedKin(rest)
}

// afterPossessor returns the words of a noun phrase after its first
// possessive word ("Lund's mother" → "mother"), ok false when no word
// but the last is possessive.
func afterPossessor(np string) (rest string, ok bool) {
	ws := strings.Fields(np)
	for i, w := range ws[:max(len(ws)-1, 0)] {
		if _, poss := stripPossessive(strings.TrimRight(w, "’'")); poss || strings.HasSuffix(w, "s’") {
			return strings.Join(ws[i+1:], " "), true
		}
	}
	return "", false
}

// spokesperson is WordNet 3.0's synset 10638385 "spokesperson, interpreter,
// representative, voice": a person who speaks for another.
var spokesperson = []uint32{10638385}

func isPossessor(s string, m NameMention) bool {
	rest := s[m.End:]
	if strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") || strings.HasSuffix(m.Text, "’s") || strings.HasSuffix(m.Text, "'s") {
		return true
	}
	// a plural's possessive ("Blue Herons’ new coach"): an apostrophe
	// after a final s and before a space
	return strings.HasSuffix(m.Text, "s’") || strings.HasSuffix(m.Text, "s'") || strings.HasSuffix(m.Text, "s") && (strings.HasPrefix(rest, "’ ") || strings.HasPrefix(rest, "' "))
}

// recentEntity returns the entity most recently mentioned before (si, off)
// that a pronoun can refer to.
func (a *Analysis) recentEntity(si, off int, pronoun string) int {
	best, bs, bo := -1, -1, -1
	for _, m := range a.Mentions {
		if m.Sentence > si || m.Sentence == si && m.Start >= off || m.Sentence < si-6 || a.inQuoted(a.Sentences[m.Sentence].Start+m.Start) {
			continue // a name inside a quote is the quoted speaker's word
		}
		if !pronounFits(pronoun, &a.Entities[m.Entity]) {
			continue
		}
		if isPrepObject(a.Sentences[m.Sentence].Text, m.Start) {
			continue // "met with X": rarely the one who speaks next
		}
		if m.Sentence > bs || m.Sentence == bs && m.Start > bo {
			best, bs, bo = m.Entity, m.Sentence, m.Start
		}
	}
	return best
}

// sourceNoun finds, in the noun phrase that ends a speaker window with no
// name, a source that stands for someone named elsewhere: a noun of
// saying after a determiner ("the statement", "a release": nominalCue, in
// noun.communication), whose issuer was named with it or before it, or a
// person or group noun owned by a possessive pronoun ("his office", "her
// spokeswoman": WordNet's noun.person and noun.group), whose owner is the
// pronoun's referent. It returns the phrase up to the noun, the noun's base
// form and, for an owned noun, the owner's pronoun ("he", "she", "they").
func sourceNoun(toks []text.Token) (np, head, owner string) {
	if len(toks) < 2 || !determiners[toks[0].Lower] {
		return "", "", ""
	}
	lx := lexicon.Default()
	for k := 1; k < len(toks) && k <= 2; k++ {
		t := toks[k]
		lw := t.Lower
		if !t.IsWord() || startsUpper(t.Text) {
			continue
		}
		b := lx.Base(lw, lexicon.Noun)
		if partitiveHead(toks, k) >= 0 {
			return "", "", "" // "a growing number of residents": a quantity noun before "of" counts people, no text (partitiveHead)
		}
		phrase := strings.Join(tokenTexts(toks[:k+1]), " ")
		said := nominalCue(lw) && lx.HasLex(b, lexicon.Noun, lexicon.NounCommunication)
		if said && (toks[0].Lower == "the" || toks[0].Lower == "a" || toks[0].Lower == "an") {
			return phrase, b, ""
		}
		if !said && !anyPersonOrGroupSense(lx, b) {
			continue
		}
		switch toks[0].Lower {
		case "his":
			return phrase, b, "he"
		case "her":
			return phrase, b, "she"
		case "their":
			return phrase, b, "they"
		case "its":
			return phrase, b, "it"
		}
	}
	return "", "", ""
}

func tokenTexts(toks []text.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// statementSource finds who issued a statement named by noun ("the
// statement", "the release"): a possessor or "by X" / "from X" in a
// sentence that names the same noun, this one or up to six before.
func (a *Analysis) statementSource(si, off int, noun string) int {
	for k := si; k >= 0 && k >= si-6; k-- {
		s := a.Sentences[k]
		has := false
		for _, t := range a.Tokens[k] {
			if t.Base(lexicon.Noun) == noun {
				has = true
				break
			}
		}
		if !has {
			continue
		}
		best := -1
		for _, m := range a.Mentions {
			if m.Sentence != k || k == si && m.Start > off+40 {
				continue
			}
			if isPossessor(s.Text, m) || agentBefore(s.Text[:m.Start], "by") || agentBefore(s.Text[:m.Start], "from") {
				best = m.Entity
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// receivingVerb reports whether a verb's first WordNet sense is one of
// getting, perceiving or thinking ("obtain", "see", "review"): the agent
// of such a verb had a document in hand, and made none of it. Of
// verb.possession only the senses under "get, acquire" count: the file
// also holds giving and amassing ("provided by", "compiled by"), whose
// agent is the document's maker or source.
func receivingVerb(base string) bool {
	lx := lexicon.Default()
	top, ok := lx.TopSense(base, lexicon.Verb)
	if !ok {
		return false
	}
	if top.Lex == lexicon.VerbPossession {
		return lx.SynsetUnder(top.Synset, lexicon.Verb, getAnchor(), 2)
	}
	return top.Lex == lexicon.VerbPerception || top.Lex == lexicon.VerbCognition
}

// getAnchor is the synset of the first sense of "acquire" ("get, acquire":
// come into the possession of something), above "obtain" and "receive".
var getAnchor = sync.OnceValue(func() []uint32 {
	s, ok := lexicon.Default().FirstSense("acquire", lexicon.Verb)
	if !ok {
		return nil
	}
	return []uint32{s.Synset}
})

// agentBefore reports whether the words before a name end in the
// preposition prep ("by", "from"), maybe with the definite article
// between them ("a motion lodged by the Harbor Board"): the name is then
// the preposition's object, an article being no part of a name as the
// name finder reads it. An agent of a verb of getting or perceiving ("a
// letter obtained by the Gazette": receivingVerb) is no maker and does
// not count.
func agentBefore(before, prep string) bool {
	ws := strings.Fields(lower(before))
	if n := len(ws); n > 1 && ws[n-1] == "the" {
		ws = ws[:n-1]
	}
	n := len(ws)
	if n == 0 || ws[n-1] != prep {
		return false
	}
	if n > 1 && prep == "by" {
		lx := lexicon.Default()
		if b := lx.Base(ws[n-2], lexicon.Verb); b != ws[n-2] && receivingVerb(b) {
			return false
		}
	}
	return true
}

// clauseVerb reports whether a cue verb may take its content clause
// without "that" ("said the plan failed"): WordNet gives one of its senses
// of saying, thinking or feeling the frame "Somebody ----s that CLAUSE".
func clauseVerb(b string) bool {
	return strings.Contains(useOf(b).frames, "c") && cueStrength(b) != cueNone
}

// startsClause reports whether a token can open a content clause: a
// personal pronoun (its contraction too: "he’s") or the existential
// "there", a determiner, a number,
// a capitalised word that is no function word (NLTK's stopword corpus,
// lexicon.IsIndexStopword: "In", "After") nor a month or weekday, a plural
// noun subject ("says officials") or a collective noun ("said police
// spent"). No list of
// clause openers drawn from examples: the closed classes of the grammar
// (pronouns, determiners) and the stopword corpus decide.
func startsClause(t text.Token) bool {
	lw := t.Lower
	if p := contractedPronoun(lw); IsPronoun(p) || p == "there" || determiners[lw] {
		return true // "there" is the existential subject
	}
	if t.IsNumber() {
		return true
	}
	if t.IsCapitalized() {
		return !lexicon.IsIndexStopword(lw) && !looksLikeDay(t.Text)
	}
	if t.IsWord() && strings.HasSuffix(lw, "s") {
		lx := lexicon.Default()
		b := lx.Base(lw, lexicon.Noun)
		return b != lw && lx.Has(b, lexicon.Noun) && !lx.Has(lw, lexicon.Adv)
	}
	// a collective noun of people (WordNet's noun.group: "said staff worked")
	return lexicon.Default().HasLex(lw, lexicon.Noun, lexicon.NounGroup)
}

// nameThenVerb reports whether a clause without "that" opening at token k
// with a name goes on as a clause: the word after the name is no
// preposition, conjunction or punctuation ("said Trump won", not
// "apprehended Kofi Mensah as he climbed", where the name is the object).
func nameThenVerb(toks []text.Token, k int) bool {
	if !toks[k].IsCapitalized() || IsPronoun(contractedPronoun(toks[k].Lower)) || determiners[toks[k].Lower] {
		return true
	}
	j := k
	for j < len(toks) && (toks[j].IsCapitalized() || connectors[toks[j].Lower] && j > k) {
		j++
	}
	if j >= len(toks) || !toks[j].IsWord() {
		return j < len(toks) && (toks[j].Text == "’s" || toks[j].Text == "'s")
	}
	t, closed := lexicon.ClosedClass(toks[j].Lower)
	return !closed || t == "MD" || t == "RB"
}

// opensClause is the looser test after a verb that takes a clause: a
// subject pronoun with a contraction ("he'd", "she'll"), "neither", or a
// lower-case adjective or noun that is no preposition, adverb or verb form
// and is followed by more words ("said economic growth slowed").
func opensClause(toks []text.Token, k int) bool {
	lw := toks[k].Lower
	if i := strings.IndexAny(lw, "'’"); i > 0 && IsPronoun(lw[:i]) {
		return true
	}
	if lw == "neither" || lw == "nobody" || lw == "nothing" || lw == "everything" {
		return true
	}
	if !toks[k].IsWord() || k+2 >= len(toks) || functionWords[lw] || stopCaps[lw] || lw == "to" || toks[k].IsCapitalized() {
		return false
	}
	lx := lexicon.Default()
	if lx.Has(lw, lexicon.Adv) || lx.Base(lw, lexicon.Verb) != lw {
		return false
	}
	return lx.Has(lw, lexicon.Adj) || lx.Has(lw, lexicon.Noun)
}

// inTimex reports whether a token lies in a time expression of sentence si.
func (a *Analysis) inTimex(si int, t text.Token) bool {
	for _, x := range a.Times[si] {
		if t.Start >= x.Start && t.End <= x.End {
			return true
		}
	}
	// "on Friday" with an unresolved weekday still counts.
	switch t.Lower {
	case "on", "last", "this", "earlier", "later", "today", "yesterday", "recently", "also", "again", "repeatedly", "publicly", "privately", "previously", "once":
		return true
	}
	return false
}

// baseVerbAt accepts a base-form reporting verb ("say", "tell") after a
// plural subject or an auxiliary: "officials say", "did not say".
func baseVerbAt(toks []text.Token, i int) (string, bool) {
	lw := toks[i].Lower
	if toks[i].IsCapitalized() || i == 0 || !reportingVerb(lw) || !lexicon.Default().Has(lw, lexicon.Verb) {
		return "", false
	}
	prev := toks[i-1].Lower
	switch prev {
	case "will", "would", "did", "does", "do", "can", "could", "may", "might", "should", "must", "to", "they", "we", "i", "you", "not", "also":
		return lw, prev != "to" && prev != "not"
	}
	if strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && len(prev) > 3 && !toks[i-1].IsCapitalized() {
		return lw, true // "officials say", "aides say"
	}
	// "parents who say", "3 in 5 say", "only 12 percent say": a plural
	// relative or a count of people.
	if prev == "who" || isDigitStart(prev) || i > 1 && isDigitStart(toks[i-2].Text) && !toks[i-1].IsCapitalized() {
		return lw, true
	}
	// The subjects below are read only before a verb that takes a clause
	// and a word that opens one, or before an infinitive ("Aides say he
	// …", "Most plan to …"), not before a plain object or a noun that
	// makes the verb a noun ("many state primaries").
	if i+1 >= len(toks) {
		return "", false
	}
	nx := toks[i+1].Lower
	opens := nx == "that" || nx == "there" || determiners[nx] || subjectPronouns[nx] || toks[i+1].IsCapitalized()
	if !(clauseVerb(lw) && opens || nx == "to") {
		return "", false
	}
	if pluralHead(toks[i-1]) || groupHead(toks[i-1]) {
		return lw, true
	}
	// "Dairy farmers, in the main, argue …": a plural subject and an
	// aside set off by commas, no finite verb between them and the cue.
	if prev == "," {
		for j := i - 1; j > 0; j-- {
			if finiteVerbAt(toks, j) || toks[j].Text == ";" || toks[j].Text == ":" {
				return "", false
			}
			if p := toks[j-1]; toks[j].Text == "," && (pluralHead(p) || isDigitStart(p.Text) || PluralNoun(p.Lower)) {
				return lw, true
			}
		}
	}
	return "", false
}

// pluralSubjectVerb reports whether token k is the base form of a
// reporting verb that takes a clause (WordNet's frame "Somebody ----s
// that CLAUSE") after a plural subject's head or a plural personal
// pronoun, as in a closing or medial frame: "…, many economists say",
// "…, they argue, …" (not "a youth jobs program", nor the discourse
// marker "you know").
func pluralSubjectVerb(toks []text.Token, k int, wide bool) bool {
	lw := toks[k].Lower
	if k == 0 || toks[k].IsCapitalized() || !reportingVerb(lw) || !clauseVerb(lw) || !lexicon.Default().Has(lw, lexicon.Verb) {
		return false
	}
	p := toks[k-1]
	pl := p.Lower
	if pl == "they" || pl == "we" || wide && unmarkedPlurals[pl] || pluralHead(p) || !p.IsCapitalized() && PluralNoun(pl) {
		return true
	}
	// "…, Ines Brandt and Piet Laan say.": the plural subjects of
	// baseVerbAtAny (pluralSubjectBefore)
	return pluralSubjectBefore(toks, k) && !nounMostly(lw)
}

// pluralThenVerb reports whether the -s form at token k is a plural noun,
// the head of the subject of the verb of saying in its plain form right
// after it ("…, harbour records show.", "…, the reports say."): a present
// verb of a singular subject does not take another verb after it with no
// conjunction between, and the plain form after it agrees with a plural
// subject (pluralSubjectVerb).
func pluralThenVerb(toks []text.Token, k int, wide bool) bool {
	if k+1 >= len(toks) || !strings.HasSuffix(toks[k].Lower, "s") || !pluralSubjectVerb(toks, k+1, wide) {
		return false
	}
	// nothing after the verb but the sentence's end or a preposition's
	// phrase: a reporting clause has no object of its own ("the numbers
	// tell another story" is a clause of its own)
	if k+2 >= len(toks) || !toks[k+2].IsWord() {
		return true
	}
	tag, _ := lexicon.ClosedClass(toks[k+2].Lower)
	return tag == "IN"
}

// unmarkedPlurals are the nouns of persons that are plural with no plural
// ending and take a plural verb (Quirk et al. 1985 §5.78, invariable
// unmarked plurals): "police say", "people say". Accounts only (wide
// readings, withAccounts) read them.
var unmarkedPlurals = map[string]bool{"police": true, "people": true, "clergy": true, "folk": true, "gentry": true}

// pluralHead reports whether a token can head a plural subject that takes
// a base-form verb: a plural noun capitalised as a name of a group
// ("Aides", "Republicans": lexicon.Base finds its singular), a cardinal
// written in words ("all five"), a quantifier that takes a plural verb
// ("many", "most", "others": the determinatives in fused-head use, a
// closed class, CGEL ch. 5) or the demonstrative "those".
func pluralHead(t text.Token) bool {
	w := t.Lower
	if quantifiers[w] || w == "those" || numberWords[w] > 0 {
		return true
	}
	if !t.IsCapitalized() || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return PluralNoun(w)
}

// groupHead reports whether a token is a collective noun in its base form
// whose first noun sense as WordNet lists it is in noun.group ("police",
// "State Police", "crew"): before a base-form verb ("police say they …")
// it is read as a plural (Quirk et al. 1985 §10.40, notional concord with
// collective nouns). WordNet lists senses by lexicographer file, not by
// frequency, so "staff" (the rod first) is none and "woman" (womankind
// first) is one; reading by the most frequent sense (groupNoun) was
// measured in session 21: quotes unchanged on tune parts a and b, one more
// wrong speaker name on the stance labels' part b, so it was left.
func groupHead(t text.Token) bool {
	w := t.Lower
	if !t.IsWord() || lexicon.Default().Base(w, lexicon.Noun) != w {
		return false
	}
	for _, s := range lexicon.Default().Senses(w) {
		if s.POS == lexicon.Noun {
			return s.Lex == lexicon.NounGroup
		}
	}
	return false
}

// PluralNoun reports whether a lower-case word is the -s plural of a WordNet
// noun ("makers", "economists").
func PluralNoun(w string) bool {
	b := lexicon.Default().Base(w, lexicon.Noun)
	return b != w && strings.HasSuffix(w, "s") && lexicon.Default().Has(b, lexicon.Noun)
}

func isDigitStart(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// trailingAttribution reads "CONTENT, SPEAKER VERB." and "CONTENT, VERB
// SPEAKER[, APPOSITION]." where the attribution follows a comma (the first
// one after which the rest of the sentence is only an attribution).
func (a *Analysis) trailingAttribution(si int, s text.Sentence) (Quote, bool) {
	return a.trailingAttributionAs(si, s, false)
}

// trailingAttributionAs is trailingAttribution; wide also takes a clause
// whose finite verb is an irregular past (clauseBeforeAs) and an unmarked
// plural's base-form verb ("…, police say"): the readings of accounts
// (withAccounts).
func (a *Analysis) trailingAttributionAs(si int, s text.Sentence, wide bool) (Quote, bool) {
	toks := a.Tokens[si]
	for c := 3; c < len(toks)-1; c++ {
		if toks[c].Text != "," {
			continue
		}
		r := c + 1
		for r < len(toks) && (toks[r].Text == "'" || toks[r].Text == "”" || toks[r].Text == "\"") {
			r++ // a closing mark after the comma: ",''", ",”"
		}
		k, ok := attributionVerbAt(toks, r, wide)
		if !ok || !clauseBeforeAs(toks, c, wide) {
			continue
		}
		if w := toks[r].Lower; k > r && (coordinators[w] || w == "or") {
			// "…, but because the tenants decided …", "…, and police
			// did not …": a clause a coordinator opens is a clause of
			// its own, no reporting clause of what came before the
			// comma (Quirk et al. 1985, §15.54)
			continue
		}
		content := strings.TrimSpace(s.Text[:toks[c].Start])
		if wordCount(content) < 4 {
			return Quote{}, false
		}
		q := Quote{Text: content, Cue: toks[k].Text, Entity: -1, Sentence: si, Start: s.Start, End: s.Start + toks[c].Start}
		if k > r {
			a.resolveSpeaker(si, toks[r].Start, toks[k].Start, &q)
		} else if k+1 < len(toks) {
			end := toks[len(toks)-1].Start
			for j := k + 1; j < len(toks); j++ {
				if toks[j].Text == "," {
					end = a.appositiveEnd(si, toks[k+1].Start, toks, j)
					break
				}
			}
			a.resolveSpeaker(si, toks[k+1].Start, end, &q)
			if invertedPronoun(q.SpeakerText) {
				// ", ensures her support", ", told him": no inverted
				// reporting clause (Quirk et al. 1985 §14.29)
				continue
			}
		}
		if q.SpeakerText == "" {
			// No source at this comma ("…, and police did not …"): a
			// later comma may set off the attribution.
			continue
		}
		return q, true
	}
	return Quote{}, false
}

// framedReadings adds to a sentence's statements those read from a frame
// around or before their content: "…, X said, …" takes the place of the
// readings inside its content; "X is expected to …" is added unless a
// statement already reads it.
func (a *Analysis) framedReadings(si int, s text.Sentence, out []Quote) []Quote {
	// "…, X said, …": the attribution set off by commas inside its content
	// takes the place of the readings inside that content.
	if q, ok := a.medialAttribution(si, s); ok {
		kept := out[:0]
		for _, o := range out {
			if o.Start < q.Start || o.Start >= q.End {
				kept = append(kept, o)
			}
		}
		out = append(kept, q)
	}
	// "X is expected to …", "X seemed to …": a judgement with no source;
	// "Asked whether …, X said": a question put by no one named; each
	// unless a statement already reads it or shares its content.
	for _, frame := range []func(int, text.Sentence) (Quote, bool){a.evidentialFrame, a.questionFrame, a.headlineSource} {
		q, ok := frame(si, s)
		inside := false
		for _, o := range out {
			inside = inside || ok && (o.Start <= q.cueAt && q.cueAt < o.End || o.Start < q.End && q.Start < o.End)
		}
		if ok && !inside {
			out = append(out, q)
		}
	}
	for _, q := range a.headlineFrame(si, s) {
		inside := false
		for _, o := range out {
			inside = inside || o.Start <= q.cueAt && q.cueAt < o.End || o.Start < q.End && q.Start < o.End
		}
		if !inside {
			out = append(out, q)
		}
	}
	return out
}

// questionFrame reads a question put to someone, attributed to no one
// named: "ask" in a passive or an absolute participle ("was asked about",
// "when asked whether", a sentence opening "Asked if …") before "about",
// "to" or a word opening an interrogative clause (a closed class: CGEL ch.
// 11). The content is the question, up to the next comma.
func (a *Analysis) questionFrame(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower != "asked" {
			continue
		}
		if i == 0 && toks[i].Text != "Asked" || i > 0 && !beForms[toks[i-1].Lower] && !questionLeads[toks[i-1].Lower] {
			continue // "she asked whether …": the verb of a subject, read as a cue
		}
		k := i + 1
		for k+1 < len(toks) && strings.HasSuffix(toks[k].Lower, "ly") {
			k++
		}
		nx := toks[k].Lower
		if !(nx == "about" || nx == "to" || interrogatives[nx]) || a.inQuoted(s.Start+toks[i].Start) {
			continue
		}
		from := k
		if nx == "about" {
			from = k + 1
		}
		end := len(s.Text)
		for j := from; j < len(toks); j++ {
			if w := toks[j].Text; w == "," || w == ";" || w == ":" || w == "—" || w == "“" || w == "\"" {
				end = toks[j].Start
				break
			}
		}
		content := strings.TrimRight(strings.TrimSpace(s.Text[toks[from].Start:end]), ".?")
		if wordCount(content) < 2 {
			continue
		}
		return Quote{Text: content, Cue: s.Text[toks[i].Start:toks[k].End], Entity: -1, Sentence: si, Start: s.Start + toks[from].Start,
			End: s.Start + end, How: "unnamed", cueAt: s.Start + toks[i].Start}, true
	}
	return Quote{}, false
}

// headlineSource reads a headline of the form "SOURCE: CONTENT" (a
// person or an organisation of the article named before the colon:
// "Harbour chief Ida Brenn: ferry fares will rise"), the headline style of
// attribution (AP Stylebook, "headlines": a colon may stand for "said").
// A label in capitals ("UPDATE:") or a word that names no one ("The
// Latest:") is no source.
// Only the article's first sentence, when it is one line, is a headline.
func (a *Analysis) headlineSource(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	if si != 0 || strings.Contains(strings.TrimSpace(s.Text), "\n") {
		return Quote{}, false
	}
	c := -1
	for k, t := range toks {
		if t.Text == ":" {
			c = k
			break
		}
		if t.Text == "“" || t.Text == "\"" || k > 5 {
			return Quote{}, false
		}
	}
	if c < 1 || c+3 >= len(toks) {
		return Quote{}, false
	}
	content := strings.TrimRight(strings.TrimSpace(s.Text[toks[c].End:]), ".")
	if wordCount(content) < 3 {
		return Quote{}, false
	}
	q := Quote{Text: content, Cue: ":", Entity: -1, Sentence: si, Start: s.Start + toks[c+1].Start, End: s.Start + len(s.Text), cueAt: s.Start + toks[c].Start}
	label := strings.TrimSpace(s.Text[:toks[c].Start])
	for _, t := range toks[:c] {
		if len(t.Text) >= 4 && strings.ToUpper(t.Text) == t.Text {
			return Quote{}, false // "EXCLUSIVE:", "UPDATE:": a label, no source
		}
	}
	a.resolveSpeaker(si, 0, toks[c].Start, &q)
	if q.Entity < 0 || !strings.HasSuffix(label, q.SpeakerText) || !(q.How == "named" && a.speaksAsSubject(q.Entity) || q.How == "role") {
		return Quote{}, false
	}
	return q, true
}

// questionLeads are the subordinators before an absolute "asked" ("when
// asked", "if asked", "after being asked": CGEL ch. 7).
var questionLeads = set("when", "if", "after", "before", "while", "once", "being")

// reducedClauseLeads are the subordinators that open a reduced (verbless
// or past-participle) adverbial clause: "when asked about it, the mayor
// said …", "if told of the plan, she would …"
// (Quirk et al. 1985 §14.9, §15.58; CGEL ch. 14 §8). "As" is left out:
// "as reported by …", "as noted" refer to a statement of their own
// (asby.go); so are "after" and "before", which take a passive only with
// "being" ("after being asked"; "soon after alerted" is an adverb before a
// finite verb), and so is "once", an adverb before a finite verb as often
// ("who once represented").
var reducedClauseLeads = set("when", "whenever", "if", "while", "though", "although", "unless")

// reducedParticiple reports whether the cue at token i is the past
// participle of a reduced adverbial clause ("when asked about it",
// "if told of the plan", "when privately informed"): its clause ends where
// the main clause begins, at the comma after it (reducedClauseEnd).
func reducedParticiple(toks []text.Token, i int) bool {
	lw := toks[i].Lower
	if strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") {
		return false
	}
	if b := toks[i].Base(lexicon.Verb); b == lw && !strings.HasSuffix(lw, "ed") {
		return false
	}
	p := i - 1
	for p > 0 && strings.HasSuffix(toks[p].Lower, "ly") {
		p--
	}
	if p > 0 && toks[p].Lower == "though" && toks[p-1].Text != "," && toks[p-1].Text != ";" && toks[p-1].Lower != "even" {
		return false // "Roe though said …": the adverb "though" before a finite verb (CGEL ch. 6 §7)
	}
	return p >= 0 && reducedClauseLeads[toks[p].Lower]
}

// reducedClauseEnd returns the byte offset where a reduced adverbial
// clause whose content starts at token start ends: the first comma,
// semicolon or dash after it, else the sentence's end. "When asked about
// it, the mayor said …": the main clause after the comma is no part of
// the question.
func reducedClauseEnd(s string, toks []text.Token, start int) int {
	for j := start; j < len(toks); j++ {
		switch toks[j].Text {
		case ",":
			if j+1 < len(toks) && relativePronouns[toks[j+1].Lower] && toks[j+1].Lower != "that" {
				// "when asked whether the ferry, which broke down, would
				// run, …": a relative clause set off inside the clause
				for j++; j+1 < len(toks) && toks[j+1].Text != "," && toks[j+1].Text != ";"; j++ {
				}
				j++ // the relative clause's closing comma
				continue
			}
			return toks[j].Start
		case ";", "—", "–":
			return toks[j].Start
		}
	}
	return len(s)
}

// interrogatives open an interrogative content clause (CGEL ch. 11).
var interrogatives = set("whether", "if", "what", "how", "why", "who", "whom", "which", "where", "when")

// evidentialFrame reads a judgement the sentence attributes to no one: a
// passive of a verb of thinking or saying (WordNet verb.cognition and
// verb.communication, by use) before an infinitive ("is expected to
// win", "was said to be") or, for a verb with a sense of thinking, before
// "as" ("are widely seen as", "is regarded as"); or an evidential raising
// verb before an infinitive or "like" ("seems to", "appeared to": CGEL
// ch. 14, raising verbs of appearance). The content is the clause's
// subject and the complement, joined ("the mayor is expected to win" →
// "the mayor to win"); the source is left unnamed. A raising verb before a
// verb of saying or thinking ("she seemed to confirm the rumours") lets
// its subject speak through that verb, whose object is the content.
func (a *Analysis) evidentialFrame(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	lx := lexicon.Default()
	for i := 1; i+2 < len(toks); i++ {
		lw := toks[i].Lower
		j := i // the verb whose complement follows
		switch {
		case raisingVerbs[lw]:
		case beForms[lw]:
			j = i + 1
			for j+2 < len(toks) && (strings.HasSuffix(toks[j].Lower, "ly") || toks[j].Lower == "not") {
				j++
			}
			p := toks[j].Lower
			b := lx.Base(p, lexicon.Verb)
			if b == p || strings.HasSuffix(p, "ing") || strings.HasSuffix(p, "s") {
				continue
			}
			u := useOf(b)
			that := strings.Contains(u.frames, "c")
			nx := toks[j+1].Lower
			if !(nx == "to" && that && u.comm+u.cog >= 50 || nx == "as" && (u.cog >= 50 || that && u.cog > 0)) {
				continue // "is scheduled to", "is treated as": no judgement
			}
		default:
			continue
		}
		nx := toks[j+1].Lower
		if nx == "to" && !(lx.Has(toks[j+2].Lower, lexicon.Verb) && !startsUpper(toks[j+2].Text)) || nx != "to" && nx != "as" && nx != "like" {
			continue
		}
		if a.inQuoted(s.Start + toks[i].Start) {
			continue
		}
		cs := clauseStart(toks, i)
		subject := strings.TrimSpace(s.Text[cs:toks[i].Start])
		if !subjectEnd(toks[i-1]) || wordCount(subject) > 15 || strings.EqualFold(subject, "it") || strings.EqualFold(subject, "there") {
			continue
		}
		if v := toks[j+2].Lower; j == i && nx == "to" && j+3 < len(toks) && cueStrength(v) != cueNone {
			// "He seemed to confirm the critiques": the subject speaks
			// through the verb of saying after the raising verb.
			end, _ := contentEnd(s.Text, toks, j+3)
			q := Quote{Text: strings.TrimRight(strings.TrimSpace(s.Text[toks[j+3].Start:end]), ".,"), Cue: s.Text[toks[i].Start:toks[j+2].End],
				Entity: -1, Sentence: si, Start: s.Start + toks[j+3].Start, End: s.Start + end, cueAt: s.Start + toks[i].Start}
			if wordCount(q.Text) < 2 {
				continue
			}
			if a.resolveSpeaker(si, cs, toks[i].Start, &q); q.SpeakerText == "" {
				q.How = "unnamed"
			}
			return q, true
		}
		end, _ := contentEnd(s.Text, toks, j+1)
		rest := strings.TrimRight(strings.TrimSpace(s.Text[toks[j+1].Start:end]), ".,")
		if wordCount(rest) < 2 {
			continue
		}
		q := Quote{Text: subject + " " + rest, Cue: s.Text[toks[i].Start:toks[j].End], Entity: -1, Sentence: si,
			Start: s.Start + cs, End: s.Start + end, How: "unnamed", cueAt: s.Start + toks[i].Start}
		return q, true
	}
	return Quote{}, false
}

// subjectEnd reports whether a token can end a subject noun phrase: a
// name, a personal pronoun or a WordNet noun that is no auxiliary, adverb
// or wh-word ("He just can't seem", "who often seems", "what appeared"
// end none).
func subjectEnd(t text.Token) bool {
	w := t.Lower
	if subjectPronouns[w] || t.IsCapitalized() && !whWords[w] {
		return true
	}
	lx := lexicon.Default()
	if auxiliaries[lx.Base(w, lexicon.Verb)] || whWords[w] || lx.Has(w, lexicon.Adv) || strings.Contains(w, "’") || strings.Contains(w, "'") {
		return false
	}
	return lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun)
}

// whWords open a question or a relative clause (a closed class: CGEL ch.
// 10 and 12).
var whWords = set("what", "which", "who", "whom", "whose", "that", "where", "when", "why", "how")

// raisingVerbs are the evidential raising verbs of appearance (CGEL ch.
// 14): their subject is the content's, and they judge without a source.
var raisingVerbs = set("seem", "seems", "seemed", "appear", "appears", "appeared")

// beForms are the forms of "be" that make a passive (a closed class).
var beForms = set("is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re")

// medialAttribution reads "CONTENT, SPEAKER VERB, CONTENT." and
// "CONTENT, VERB SPEAKER, CONTENT.": an attribution set off by a pair of
// commas inside the statement it reports, the parenthetical reporting
// clause of English grammar (CGEL ch. 10, reporting frames in medial
// position: "The plan, she said, would fail"). The content is the words
// on either side, joined; a participle or "according" after the second
// comma opens a statement of its own, and the content is then the words
// before the attribution. A reporting clause in parentheses ("The plan
// (she said) would fail") is set off the same way.
func (a *Analysis) medialAttribution(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	for c1 := 1; c1 < len(toks)-3; c1++ {
		closer := ","
		if toks[c1].Text == "(" {
			closer = ")" // "The pier closed (she testified) after the storm"
		} else if toks[c1].Text != "," {
			continue
		}
		r := c1 + 1
		if relativePronouns[toks[r].Lower] || a.inQuoted(s.Start+toks[r].Start) {
			continue // "Jones, who said …": a relative clause
		}
		c2 := -1
		for j := r + 1; j < min(len(toks), r+10); j++ {
			if toks[j].Text == closer {
				c2 = j
				break
			}
		}
		if c2 < 0 || c2+1 >= len(toks) {
			continue
		}
		k, ok := attributionVerbAt(toks[:c2], r, false)
		if !ok || !medialFrame(toks, r, k, c2) {
			continue
		}
		first := strings.TrimSpace(s.Text[:toks[c1].Start])
		rest := strings.TrimRight(strings.TrimSpace(s.Text[toks[c2].End:]), ".")
		end := s.Start + len(s.Text)
		if nx := toks[c2+1].Lower; nx == "according" || strings.HasSuffix(nx, "ing") && lexicon.Default().Base(nx, lexicon.Verb) != nx {
			rest, end = "", s.Start+toks[c2].Start
		}
		content := strings.TrimSpace(first + " " + rest)
		if wordCount(content) < 4 || closer == "," && rest != "" && (wordCount(rest) < 2 || !finiteAfter(toks, c2+1)) {
			continue // "…, said Jo Ames, a pollster.": an apposition, no clause
		}
		q := Quote{Text: content, Cue: toks[k].Text, Entity: -1, Sentence: si, Start: s.Start, End: end}
		if k > r {
			a.resolveSpeaker(si, toks[r].Start, toks[k].Start, &q)
		} else {
			a.resolveSpeaker(si, toks[k+1].Start, toks[c2].Start, &q)
		}
		if q.SpeakerText == "" {
			continue
		}
		return q, true
	}
	return Quote{}, false
}

// medialFrame reports whether the words from r to the comma at c2, with
// their verb at k, are only a short reporting frame: a verb before its
// subject, or after a subject of at most six words that opens with a
// pronoun, a name, a determiner or a noun, followed by at most four words
// ("on Friday"). A frame holds no quotation mark: "…, called Doe a
// “fraud,” …" quotes words of its own and frames nothing (a reporting
// clause reports, Quirk et al. 1985 §14.29).
func medialFrame(toks []text.Token, r, k, c2 int) bool {
	for _, t := range toks[r:c2] {
		if quoteMarkToken(t.Text) {
			return false
		}
	}
	if k == r {
		return true
	}
	if c2-k-1 > 4 {
		return false
	}
	first := toks[r].Lower
	return k-r <= 6 && (subjectPronouns[first] || toks[r].IsCapitalized() || determiners[first] || lexicon.Default().Has(lexicon.Default().Base(first, lexicon.Noun), lexicon.Noun) && !strings.HasSuffix(first, "ing"))
}

// frontedInClause reports whether the tokens from k open a content clause
// with an adverbial before its subject ("wrote in 2019 that during the
// flood, the crews …"): a preposition or subordinator of adverbialOpeners,
// then within ten tokens a comma and a word that may open a clause
// (startsClause; Quirk et al. 1985 §8.14).
func frontedInClause(toks []text.Token, k int) bool {
	if k >= len(toks) || !adverbialOpeners[toks[k].Lower] {
		return false
	}
	for j := k + 2; j < len(toks)-1 && j <= k+10; j++ {
		if toks[j].Text == "," {
			return startsClause(toks[j+1])
		}
	}
	return false
}

// quoteMarkToken reports a token that is a double quotation mark,
// straight or curly.
func quoteMarkToken(w string) bool {
	return w == "“" || w == "”" || w == "\"" || w == "''" || w == "``"
}

// subjectPronouns are the nominative personal pronouns (a closed class:
// CGEL ch. 5, pronouns).
var subjectPronouns = set("i", "we", "you", "he", "she", "it", "they")

// finiteAfter reports whether a finite verb follows token k in its
// sentence.
func finiteAfter(toks []text.Token, k int) bool {
	for j := k; j < len(toks); j++ {
		if finiteVerbAt(toks, j) {
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause (a closed class: CGEL ch. 12).
var relativePronouns = set("who", "whom", "whose", "which", "that")

// attributionVerbAt reports whether the tokens from r to the sentence's end
// are only an attribution — "said Jane Doe, a pollster", "Jane Doe, a
// pollster, said", "she said on Friday" — and returns its verb.
func attributionVerbAt(toks []text.Token, r int, wide bool) (int, bool) {
	if r >= len(toks) {
		return 0, false
	}
	if _, ok := tokenVerbForm(toks[r]); ok && !pluralThenVerb(toks, r, wide) {
		// inverted: a name or a short noun phrase follows a finite verb
		// (", waving off her questions" is a participle, not an attribution)
		return r, r+1 < len(toks) && !strings.HasSuffix(toks[r].Lower, "ing") && invertedSubject(toks[r+1:])
	}
	limit, from, to := min(len(toks), r+8+nameConnectors(toks, r, r+8)), -1, -1
	if c, d := appositionAfterName(toks[r:], false); d > 0 {
		limit, from, to = min(len(toks), r+d+2), r+c, r+d
	}
	for k := r + 1; k < limit; k++ {
		if k > from && k <= to {
			continue
		}
		if toks[k].Text == "," || toks[k].Text == "“" || toks[k].Text == "\"" {
			if k > to {
				return 0, false
			}
			continue
		}
		if _, ok := tokenVerbForm(toks[k]); !ok && !pluralSubjectVerb(toks, k, wide) {
			continue
		}
		if nounDeterminers[toks[k-1].Lower] {
			continue // "…, and police had no reports of injuries": a noun
		}
		if pluralThenVerb(toks, k, wide) {
			continue // "…, harbour records show": the verb's plural subject
		}
		// After the verb, at most a short phrase ("on Friday", "in a
		// statement") and no content of its own.
		for j := k + 1; j < len(toks); j++ {
			w := toks[j].Lower
			if w == "that" || j > k+8 {
				return 0, false
			}
		}
		return k, true
	}
	return 0, false
}

// nounDeterminers are the determiners a noun must follow, never a verb:
// the indefinite article and "no", "any", "every" ("had no reports", "a
// report says"). "The" and the possessives are left out: "the numbers
// tell" has its verb after a noun that can be read as one. Quantifiers
// that stand alone as subjects ("some say", "many believe") are not among
// them.
var nounDeterminers = set("a", "an", "no", "any", "every")

// nameConnectors counts the connector words between toks[from] and
// toks[to] that join capitalised words ("of", "of the" in "Ana Ruiz of the
// Harbour Police"): they lengthen a name phrase, not the clause.
func nameConnectors(toks []text.Token, from, to int) int {
	n := 0
	for j := from + 1; j < min(to, len(toks)-1); j++ {
		if !connectors[toks[j].Lower] || startsUpper(toks[j].Text) {
			continue
		}
		k := j + 1
		if toks[k].Lower == "the" && k+1 < len(toks) {
			k++
		}
		if startsUpper(toks[j-1].Text) && startsUpper(toks[k].Text) {
			n += k - j
			j = k
		}
	}
	return n
}

// reported finds reported speech in one sentence: "X said (that) …",
// "X told Reuters … that …", "X vowed to …", "X warned of …", "X's claim
// that …", and "…, according to X".
func (a *Analysis) reported(si int, s text.Sentence) []Quote {
	toks := a.Tokens[si]
	var out []Quote
	resume := 0
	for i, t := range toks {
		if i < resume || i == 0 {
			continue
		}
		cueEnd, start, ok := a.cueAndContent(si, toks, i)
		if !ok || start >= len(toks) || a.inQuoted(s.Start+t.Start) {
			continue // a cue inside a quotation is the quoted speaker's word
		}
		if reportedInside(out, toks, i, s.Start) {
			continue
		}
		end, next := contentEnd(s.Text, toks, start)
		if reducedParticiple(toks, i) {
			end = min(end, reducedClauseEnd(s.Text, toks, start))
		}
		content := strings.TrimRight(strings.TrimSpace(s.Text[toks[start].Start:end]), ".,")
		if wordCount(content) < 2 {
			continue
		}
		q := Quote{Text: content, Cue: s.Text[t.Start:toks[cueEnd].End], Entity: -1, Sentence: si, Start: s.Start + toks[start].Start, End: s.Start + end}
		cs, subjEnd := asideClauseStart(toks, clauseStart(toks, i), i)
		if ss := subordinateStart(toks, cs, i); ss != cs && subjEnd == t.Start {
			// "Grell was calm after a nurse told him …": the subordinate
			// clause's subject, when it is one that can speak
			sq := Quote{Entity: -1, Cue: q.Cue}
			a.resolveSpeaker(si, ss, t.Start, &sq)
			if speakingSubject(sq) {
				cs = ss
			}
		}
		a.resolveSpeaker(si, cs, subjEnd, &q)
		a.relativeSpeaker(si, toks, cs, i, &q)
		a.headSpeaks(si, toks, i, &q)
		a.introSubject(si, toks, i, &q)
		a.participleSubject(si, toks, i, &q)
		a.prepParticipleSubject(si, toks, i, &q)
		a.coordinatedSubject(si, toks, i, cs, out, &q)
		contentNameSubject(s, toks, i, out, &q)
		a.firstConjunct(si, toks, i, cs, &q)
		a.subjectBeforeAside(si, toks, i, cs, &q)
		a.subjectThroughAside(si, toks, i, cs, &q)
		a.inclusionSubject(si, toks, i, &q)
		if q.SpeakerText == "" {
			// A cue with no source phrase before it is still an
			// attribution: the subject of its clause, as written, is its
			// source phrase when there is one, else it is kept unnamed.
			// Neither names a speaker: on the PolNeAR tune half such a
			// subject was the annotated source in about a third of the
			// readings only. These readings took all-attributions F1 on
			// that half from 0.7219 to 0.74; they match an annotated
			// attribution about two times in three.
			q.How = "unnamed"
			if sq := q; a.clauseSubject(si, toks, i, &sq) && strings.Contains(s.Text[cs:t.Start], sq.SpeakerText) {
				// the subject of the cue's own clause, not of a clause
				// that reports it ("X announced that Y had agreed …")
				q.SpeakerText, q.How, q.role = sq.SpeakerText, "subject", sq.role
				if sq.Entity >= 0 && (sq.How == "named" || sq.How == "role") && a.speaksAsSubject(sq.Entity) {
					// the sentence names who does the saying: a person or
					// an organisation as the clause's subject speaks
					q.Entity, q.Speaker = sq.Entity, sq.Speaker
				}
			}
		}
		out = append(out, q)
		// A statement inside the content ("X said Y believes Z") is read
		// too, and so is a second one after a break.
		resume = start
		_ = next
	}
	if fq, ok := a.frontedParticiple(si, s); ok {
		out = withFronted(fq, out)
	}
	// "…, X said." / "…, the agency has reported citing …": the speaker
	// after the content, at the end of the sentence.
	if len(out) == 0 {
		if q, ok := a.trailingAttribution(si, s); ok {
			q.closes = true
			out = append(out, q)
		}
	} else if q, ok := a.trailingAttribution(si, s); ok && sourceOfSentence(q, out) {
		out = []Quote{q}
	} else if ok && reportsNested(q, out, s) {
		out = append(sayingOnly(clipTo(out, q.End, s)), q)
	}
	out = a.framedReadings(si, s, out)
	// "According to X, …": the content after the source.
	if q, ok := a.accordingFirst(si, s); ok {
		// its source speaks for the whole clause, and for the statements
		// read inside it ("According to the report, Doe told Roe that …":
		// the report's statement, not Doe's)
		out = []Quote{q}
	}
	// "As X noted, …": the content after the as-clause.
	if q, ok := a.asFirst(si, s); ok && len(out) == 0 {
		out = append(out, q)
	}
	// "As reported by X, …": its agent speaks for the clause after it,
	// and for the statements read inside it, as "according to X" does.
	if q, ok := a.asByFirst(si, s); ok {
		out = []Quote{q}
	}
	// "…, as X noted.", "…, as reported by X."
	out = a.trailingAs(si, s, out)
	// "…, according to X."
	return a.trailingAccording(si, s, out)
}

// trailingAccording reads "…, according to X" in sentence si after the
// readings out found in it, and returns the sentence's readings: the
// according-to reading alone when it governs the sentence (nothing else
// was read; or the readings before it have no source of their own; or it
// closes the sentence after them, below), else out unchanged.
//
// "According to X" closing a sentence is the outermost attribution: what
// precedes it, a reporting clause included, is what X reports ("Roe told
// aides that …, according to Doe": Doe's account that Roe told aides;
// Quirk et al. 1985 §8.88, a disjunct of source of the whole clause). Its
// reading replaces the readings inside that stretch when none of them runs
// past the phrase and the phrase follows a comma.
func (a *Analysis) trailingAccording(si int, s text.Sentence, out []Quote) []Quote {
	ls := lower(s.Text)
	k := strings.Index(ls, "according to ")
	if k <= 0 {
		return out
	}
	// the source ends at a comma, semicolon or full stop, not at the
	// period of an abbreviation ("Sen.", "U.S."): by tokens
	end := len(s.Text)
	for _, tk := range text.Tokens(s.Text[k+len("according to "):]) {
		if tk.Text == "," || tk.Text == "." || tk.Text == ";" {
			end = k + len("according to ") + tk.Start
			break
		}
	}
	// a phrase set off by commas inside the sentence ("…,” Roe told
	// reporters, according to the Gazette, during a visit …") is a
	// disjunct of the whole clause around it (Quirk et al. 1985 §8.88):
	// the readings after it are part of what its source reports
	mid := strings.HasPrefix(s.Text[end:], ",")
	kept := out
	if mid {
		kept = nil
		for _, r := range out {
			if r.Start < s.Start+end {
				kept = append(kept, r)
			}
		}
	}
	closing := closingAccording(s.Text, k, kept, s.Start)
	if len(out) > 0 && !unnamedBefore(out, s.Start+k) && !closing {
		return out
	}
	content := strings.TrimRight(strings.TrimSpace(s.Text[:k]), ", ")
	if wordCount(content) < 4 {
		return out
	}
	q := Quote{Text: content, Cue: s.Text[k : k+len("according to")], Entity: -1, Sentence: si, Start: s.Start, End: s.Start + k, closes: true}
	if mid && closing && len(kept) < len(out) {
		q.Text += " " + strings.TrimRight(strings.TrimSpace(s.Text[end+1:]), ".")
	}
	a.accordingSource(si, k+len("according to "), end, &q)
	// "according to data from X", "according to a statement by X"
	switch {
	case len(out) == 0 && q.SpeakerText != "":
		return append(out, q)
	case len(out) > 0 && (sourceOfSentence(q, out) || closing && q.SpeakerText != ""):
		return []Quote{q}
	}
	return out
}

// closingAccording reports whether the "according to" at offset k of a
// sentence text (body offset sStart) follows a comma, inside or outside a
// closing quotation mark (",” according to", American and British
// punctuation alike), and every reading of out ends by it: the phrase then
// closes the statements read before it.
func closingAccording(text string, k int, out []Quote, sStart int) bool {
	before := strings.TrimRight(text[:k], " ")
	for _, m := range closingMarks {
		if strings.HasSuffix(before, m) {
			before = strings.TrimSuffix(before, m)
			break
		}
	}
	if !strings.HasSuffix(before, ",") {
		return false
	}
	for _, r := range out {
		if r.End > sStart+k || r.Start >= sStart+k {
			return false
		}
	}
	return true
}

// reportedInside reports whether the cue at token i lies inside the
// content of the statement read before it in its sentence (out; sStart is
// the sentence's body offset), whose source the attribution names, with
// no clause break between that content's start and the cue: the verb is
// then a word of the reported clause, part of what the source reports
// (Quirk et al. 1985, §14.29: the reported clause is the reporting verb's
// complement), and opens no statement of its own ("Doe said Roe is acting
// alone and showing …", "Doe noted that Roe has accepted …"; PolNeAR is
// univocal, no token in two contents). Still read: a verb of saying of the
// communication class in a finite form ("Doe said that Roe had told the
// crews …": the content names who told), a verb right after a comma, whose
// subject stands before the content ("Doe, who called it “toxic,”
// portrayed …", "…, saying …"), and a verb after a clause break
// (a coordinator or subordinator, a colon; not a quotation mark inside the
// content).
func reportedInside(out []Quote, toks []text.Token, i, sStart int) bool {
	if len(out) == 0 || afterComma(toks, i) {
		return false
	}
	p := out[len(out)-1]
	at := sStart + toks[i].Start
	if at < p.Start || at >= p.End || p.How != "named" && p.How != "pronoun" && p.How != "role" && !p.nests {
		return false
	}
	if b, st := cueVerb(toks, i); st == cueStrong && speechVerb(b) && !strings.HasSuffix(toks[i].Lower, "ing") {
		return false
	}
	for j := i - 1; j > 0 && sStart+toks[j].Start >= p.Start; j-- {
		switch w := toks[j].Lower; {
		case w == "“" || w == "”" || w == "\"":
			// a partial quotation inside the content is no clause
			// break ("Doe says a leader must “act fast” upon taking …")
		case w == "and" && toks[j-1].Text == ",", w == "that" && j < i-1, clauseBreakWords[w]:
			return false
		}
	}
	return true
}

// clauseBreakWords are the words at which clauseStart ends a cue's clause
// going back: the colon and semicolon, coordinators and subordinators that
// open a clause of their own, relative pronouns (CGEL ch. 11, 12, 15).
var clauseBreakWords = set(";", ":", "while", "but", "because", "although", "when", "which", "who")

// participleSubject gives a cue that is a participle after a comma ("X
// said …, demanding …"; "X bristled at …, saying, “…”") the sentence's
// subject, not the last name before it: the participle's understood
// subject is the main clause's.
func (a *Analysis) participleSubject(si int, toks []text.Token, i int, q *Quote) {
	if !strings.HasSuffix(toks[i].Lower, "ing") {
		return
	}
	if a.withSubject(si, toks, i, q) {
		return
	}
	if j := firstParticiple(toks, i); j >= 0 {
		i = j // "X ducked, pointing to … and saying …": the conjuncts share their subject
	}
	sub := subordinateParticiple(toks, i)
	if !afterCommaAdverbs(toks, i) && !afterDash(toks, i) && sub < 0 {
		return
	}
	if sub >= 0 {
		i = sub // "…, while also stressing …": the clause opens at the subordinator
	}
	if i >= 2 && toks[i-1].Text == "," && isReportingToken(toks[i-2].Text) && !afterPossessive(toks, i-2) {
		// "…, Doe said, adding …": the participle goes on with the cue
		// before it, whose subject may be a pronoun ("…,” he added,
		// noting …"): the participle's understood subject is that one.
		if q.SpeakerText == "" && i >= 3 && subjectPronoun(toks[i-3].Text) != "" {
			q.Entity, q.Speaker, q.SpeakerText, q.How = -1, "", toks[i-3].Text, "pronoun"
		} else {
			a.insertedReporter(si, toks, i-2, q)
		}
		return
	}
	if k := pronounAttribution(toks, i); k >= 0 {
		// "“…,” he said at the rally, insisting …": the pronoun of the
		// attribution after the quotation is the participle's subject.
		q.Entity, q.Speaker, q.SpeakerText, q.How = -1, "", toks[k].Text, "pronoun"
		return
	}
	if k := a.openingPronoun(si, toks, i); k >= 0 {
		// "She praised …, describing …", "But he spent …, saying …",
		// "At the meeting, he backed …, saying …": the pronoun speaks.
		q.Entity, q.Speaker, q.SpeakerText, q.How = -1, "", toks[k].Text, "pronoun"
	} else if a.definiteParticipleSubject(si, toks, i, q) {
		return
	} else if sq := *q; a.sentenceSubjectFrom(si, a.frontedAdjunctClose(si, toks, i), toks[i].Start, &sq) {
		*q = sq
	} else if _, poss := stripPossessive(q.SpeakerText); poss {
		// "An aide played down Doe's remarks, saying …": a possessor in
		// the main clause's object is not its subject; the clause's
		// subject as written is, else no one the sentence names
		sq := Quote{Entity: -1}
		if a.clauseSubject(si, toks, i, &sq) {
			if _, p := stripPossessive(sq.SpeakerText); !p {
				q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = sq.Entity, sq.Speaker, sq.SpeakerText, sq.How, sq.role
				return
			}
		}
		q.Entity, q.Speaker, q.SpeakerText, q.How = -1, "", "", "unnamed"
	}
}

// openingPronoun returns the index of the subject pronoun that opens the
// main clause of sentence si before the participle at token i, or -1:
// the sentence's first word, or the first after a coordinator or adverbs
// that open it ("But he …", "Still, she …") or after a fronted adjunct
// closed by a comma ("At the meeting last week, he …"; Quirk et al. 1985
// §8.14). The main clause's subject is a supplementive participle's
// understood subject (§15.58).
func (a *Analysis) openingPronoun(si int, toks []text.Token, i int) int {
	k := 0
	if off := a.frontedAdjunctClose(si, toks, i); off > 0 {
		for k < i && toks[k].Start < off {
			k++
		}
	}
	for n := 0; n < 2 && k < i && (coordinators[toks[k].Lower] || adverbish(toks[k].Lower) || toks[k].Text == ","); n++ {
		k++
	}
	if k < i && subjectPronoun(toks[k].Text) != "" {
		return k
	}
	return -1
}

// coordinatedPredicate returns the index of the first finite verb of the
// sentence from byte offset from on (after a fronted adjunct) when the cue
// at token i opens, after "and", "but" or "yet" and nothing else but
// auxiliaries and adverbs ("but has since said", "and later told"), a
// verb phrase coordinated with the clause of that verb: the cue's phrase
// then has no subject of its own. Else 0.
func coordinatedPredicate(toks []text.Token, i, from int) int {
	k := coordinatorBefore(toks, i)
	if k < 0 {
		return 0
	}
	for j := 1; j < k; j++ {
		if toks[j].Start > from && finiteVerbAt(toks, j) {
			return j
		}
	}
	return 0
}

// coordinatorBefore returns the index of the "and", "but" or "yet" before
// the cue at token i with nothing else between but auxiliaries and
// adverbs ("but has since said", "and later told"), or -1.
func coordinatorBefore(toks []text.Token, i int) int {
	lx := lexicon.Default()
	k := i - 1
	for k > 0 && toks[k].IsWord() && !toks[k].IsCapitalized() && !coordinators[toks[k].Lower] && (adverbish(toks[k].Lower) || lx.Has(toks[k].Lower, lexicon.Adv) && !lx.Has(toks[k].Lower, lexicon.Verb) || afterAuxiliary(toks, k)) {
		k--
	}
	if k < 0 || !coordinators[toks[k].Lower] {
		return -1
	}
	return k
}

// coordinators are the coordinating conjunctions that join verb phrases
// sharing a subject (CGEL ch. 15 §4).
var coordinators = set("and", "but", "yet")

// afterAuxiliary reports whether the lower-case word at token k is a
// preposition's form right after an auxiliary ("has since said"): between
// an auxiliary and its verb it can only be an adverb.
func afterAuxiliary(toks []text.Token, k int) bool {
	if k < 1 || !auxiliaries[lexicon.Default().Base(toks[k-1].Lower, lexicon.Verb)] {
		return false
	}
	t, ok := lexicon.ClosedClass(toks[k].Lower)
	return ok && t == "IN"
}

// afterPossessive reports whether token k follows a possessive ("Doe's
// comments"): a word there is the possessor's noun, not a verb.
func afterPossessive(toks []text.Token, k int) bool {
	if k < 1 {
		return false
	}
	_, poss := stripPossessive(toks[k-1].Text) // "Doe's", and a split "'s" alone
	return poss
}

// participleSubordinators are the subordinators that open a nonfinite
// clause in -ing ("while stressing …", "after saying …"; CGEL ch. 14 §9,
// Quirk et al. 1985 §14.9): a closed class.
var participleSubordinators = set("while", "whilst", "when", "after", "before", "since", "though", "although", "once", "until")

// subordinateParticiple returns the index of the subordinator that opens
// the -ing clause of the participle at token i after a comma ("…, while
// also emphasizing …"; adverbs may stand on either side of it), or -1.
// Such a clause, like a bare participle after a comma, is a supplement
// whose understood subject is the main clause's (Quirk et al. 1985,
// §15.59).
func subordinateParticiple(toks []text.Token, i int) int {
	if !strings.HasSuffix(toks[i].Lower, "ing") {
		return -1
	}
	k := i - 1
	for k > 1 && adverbOnly(toks[k].Lower) {
		k--
	}
	if k < 2 || !participleSubordinators[toks[k].Lower] || toks[k-1].Text != "," {
		return -1
	}
	return k
}

// frontedAdjunctClose returns the sentence offset after the comma that
// closes a phrase opening sentence si with a preposition or subordinator
// (adverbialOpeners: "In his first videos, Doe …", "When Roe spoke, Doe
// …") before the participle at token i, or 0. A name inside such an
// adjunct is not the main clause's subject (Quirk et al. 1985, §8.14), so
// it is no participle's understood subject either. The prepositions of
// comparison "like" and "unlike" open such a phrase too ("Like Roe, Doe
// opposed the tolls, arguing …": Doe argued).
func (a *Analysis) frontedAdjunctClose(si int, toks []text.Token, i int) int {
	o := adjunctOpenerAt(tokenTexts(toks)) // "A week after Roe spoke, Doe …", "Even as Roe spoke, Doe …"
	if len(toks) == 0 || !adverbialOpeners[toks[o].Lower] && toks[o].Lower != "like" && toks[o].Lower != "unlike" {
		return 0
	}
	for c := o + 1; c < i-1; c++ {
		if toks[c].Text == "," {
			return toks[c].End
		}
	}
	return 0
}

// pronounAttribution returns the index of the subject pronoun of an
// attribution that follows a closing quotation mark before token i
// ("“…,” he said at the rally, insisting …": a pronoun and a reporting
// verb right after the mark and its comma), or -1.
func pronounAttribution(toks []text.Token, i int) int {
	c := -1
	for k := i - 1; k > 0 && c < 0; k-- {
		switch toks[k].Text {
		case "”", "\"", "''":
			c = k
		case "“":
			return -1
		}
	}
	if c < 0 {
		return -1
	}
	j := c + 1
	for j < i && toks[j].Text == "," {
		j++
	}
	if j+1 >= i || subjectPronoun(toks[j].Text) == "" || !isReportingToken(toks[j+1].Text) {
		return -1
	}
	return j
}

// withSubject gives a participle cue whose subject is the name right
// before it in an absolute clause that "with" opens ("…, with Tom Walsh
// reportedly yelling: “…”") that name as its speaker: in "with" + noun
// phrase + participle the noun phrase is the participle's subject, not
// the object of the preposition (Quirk et al. 1985, §15.60; CGEL ch. 14
// §9). Adverbs in -ly may stand between the name and the participle.
func (a *Analysis) withSubject(si int, toks []text.Token, i int, q *Quote) bool {
	k := i - 1
	for k > 0 && strings.HasSuffix(toks[k].Lower, "ly") && !toks[k].IsCapitalized() {
		k--
	}
	if k < 1 {
		return false
	}
	s := a.Sentences[si].Text
	for _, m := range a.Mentions {
		if m.Sentence != si || m.End != toks[k].End || !a.speaksAsSubject(m.Entity) {
			continue
		}
		if f := strings.Fields(s[:m.Start]); len(f) > 0 && lower(f[len(f)-1]) == "with" {
			a.speakerFrom(q, m)
			return true
		}
	}
	return false
}

// firstParticiple returns the index of the -ing participle after a comma
// that the participle at index i is coordinated with ("…, pointing to
// his record and saying …"), or -1: i follows "and" or "or", and the
// first conjunct opens after a comma with no comma, colon, semicolon or
// quotation mark between it and i. Coordinated verb phrases share their
// understood subject (CGEL ch. 15 §4).
func firstParticiple(toks []text.Token, i int) int {
	if i < 3 || toks[i-1].Lower != "and" && toks[i-1].Lower != "or" {
		return -1
	}
	for j := i - 2; j > 0; j-- {
		switch toks[j].Text {
		case ",", ";", ":", "“", "”", "\"", "(", ")":
			return -1
		}
		if strings.HasSuffix(toks[j].Lower, "ing") && !toks[j].IsCapitalized() && afterCommaAdverbs(toks, j) {
			return j
		}
	}
	return -1
}

// relativeSpeaker corrects the speaker of a cue whose clause is a relative
// one: a relative clause set off by commas right before the cue is an
// aside, and the phrase it is said of speaks ("Jo Ames, who ran the port
// for Delmar Shipping, said …"); a relative pronoun that opens the cue's
// clause ("Smith, who said …") stands for its antecedent.
func (a *Analysis) relativeSpeaker(si int, toks []text.Token, cs, i int, q *Quote) {
	if rel := relativeAt(toks, cs); rel > 0 && asideRelative(toks, rel, i) && q.SpeakerText != "" && q.How != "nominal" {
		// "Jo Ames, who ran the port for Delmar Shipping, said …": a
		// relative clause set off by commas is an aside; the name it
		// is said of speaks, not a name inside it.
		aq := *q
		aq.Entity, aq.Speaker, aq.SpeakerText, aq.How, aq.role = -1, "", "", "", false
		a.resolveSpeaker(si, clauseStart(toks, rel), toks[rel].Start, &aq)
		if aq.SpeakerText != "" {
			*q = aq
		}
	} else if rel > 0 && (q.SpeakerText == "" || q.How == "nominal" || relativeCoordinated(toks, rel, i)) {
		// "Smith, who said …": the relative pronoun's antecedent speaks;
		// so it does for a verb coordinated with the relative clause's
		// first ("Smith, who has backed Doe and said …": Doe is an
		// object, relativeCoordinated).
		q.SpeakerText, q.How = "", ""
		if a.antecedentRightBefore(si, toks, rel, q) {
			return
		}
		a.resolveSpeaker(si, clauseStart(toks, rel), toks[rel].Start, q)
		if ante := strings.TrimRight(a.Sentences[si].Text[clauseStart(toks, rel):toks[rel].Start], " ,"); q.How == "named" && relWord(toks, rel) == "which" && !strings.HasSuffix(ante, q.SpeakerText) {
			// "X sold more copies than her novels, which might
			// persuade …": the antecedent of "which" is the phrase
			// right before it, not a name further back ("who" may
			// follow an apposition: "Doe, a pollster who said")
			q.Entity, q.Speaker, q.SpeakerText, q.How = -1, "", "", ""
		}
	}
}

// relativeCoordinated reports whether the cue at token i, in a clause
// that the relative pronoun at index rel of relativeAt opens, is a verb
// phrase that "and", "but" or "yet" joins to the relative clause's first
// finite verb ("Smith, who has backed Doe and criticized …"): the
// conjuncts share the relative pronoun as their subject (CGEL ch. 15 §4),
// so a name between them is an object, no subject of the cue.
func relativeCoordinated(toks []text.Token, rel, i int) bool {
	if toks[rel].Text == "," && rel+1 < len(toks) {
		rel++
	}
	return coordinatedPredicate(toks, i, toks[rel].End) > 0
}

// adverbialOpeners are the prepositions and subordinators that open an
// adverbial phrase ("after", "since", "by": a closed class, CGEL ch. 7).
var adverbialOpeners = set("after", "before", "since", "by", "while", "upon", "on", "without", "in", "through", "when", "besides", "despite", "until", "from", "with", "as", "at", "for", "of", "although", "though", "if", "because", "during", "once", "whilst")

// introSubject gives a cue that is the -ing verb of an adverbial phrase
// opening its sentence or following a comma ("After naming the new coach,
// the club said …", "Since leaving the board, she has argued …") the
// subject of the main clause after the phrase — the verb's understood
// subject — and ends its content at the comma that closes the phrase.
func (a *Analysis) introSubject(si int, toks []text.Token, i int, q *Quote) {
	if !strings.HasSuffix(toks[i].Lower, "ing") || i < 1 || !(adverbialOpeners[toks[i-1].Lower] || toks[i-1].Lower == "to") || !introOpens(toks, i-1) {
		return
	}
	s := a.Sentences[si]
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Text != "," || k+1 >= len(toks) || toks[k].Start+s.Start <= q.Start {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+8 && toks[j].Text != ","; j++ {
			if !finiteVerbAt(toks, j) && !irregularPastAt(toks, j) {
				continue
			}
			sq := Quote{Entity: -1}
			a.resolveSpeaker(si, toks[k+1].Start, toks[j].Start, &sq)
			named := sq.Entity >= 0 && (sq.How == "named" || sq.How == "role") && a.speaksAsSubject(sq.Entity)
			if !named && sq.How != "pronoun" {
				break // a relative clause or no subject: try the next comma
			}
			q.SpeakerText, q.How, q.role, q.Entity, q.Speaker = sq.SpeakerText, "subject", false, -1, ""
			if named {
				q.Entity, q.Speaker = sq.Entity, sq.Speaker
			}
			q.End = s.Start + toks[k].Start
			q.Text = strings.TrimSpace(s.Text[q.Start-s.Start : toks[k].Start])
			return
		}
	}
}

// introOpens reports whether the preposition at token p opens an
// adverbial phrase at its sentence's start or after a comma, colon or
// semicolon, alone or as the last word of a complex preposition or after
// a measure of time ("in addition to", "instead of", "two weeks after":
// CGEL ch. 7 §4; Quirk et al. 1985, §9.10): at most three lower-case
// words (the first may be capitalised at the sentence start) and no
// finite verb before it. "To" closes only such a phrase.
func introOpens(toks []text.Token, p int) bool {
	k := p - 1
	for n := 0; k >= 0 && toks[k].IsWord() || k >= 0 && toks[k].IsNumber(); n++ {
		if n >= 3 || finiteVerbAt(toks, k) || k > 0 && toks[k].IsCapitalized() {
			return false
		}
		k--
	}
	if k >= 0 && toks[k].Text != "," && toks[k].Text != ":" && toks[k].Text != ";" {
		return false
	}
	if p-k-1 == 0 {
		return toks[p].Lower != "to"
	}
	// after words of its own the opener is a preposition of a complex
	// preposition or of a measure of time, no subordinator ("As if
	// addressing …" compares, CGEL ch. 7)
	switch toks[p].Lower {
	case "after", "before", "since", "of", "to", "from", "by", "upon", "without", "despite", "besides":
		return toks[p].Lower != "to" || p-k-1 >= 2
	}
	return false
}

// coordinatedVerb reports whether the verb at token i follows "and" or
// "but" (adverbs between): the second verb of its subject ("… and says").
func coordinatedVerb(toks []text.Token, i int) bool {
	for k := i - 1; k > 0; k-- {
		switch lw := toks[k].Lower; {
		case lw == "and" || lw == "but":
			// a comma before the conjunction changes nothing ("… lost
			// the vote, and says …" keeps its subject); a comma test here
			// cost 20 quotes on the PolNeAR tune half (F1 all 0.7219 ->
			// 0.7209)
			return true
		case strings.HasSuffix(lw, "ly") || lw == "also" || lw == "then" || lw == "later" || adverbOnly(lw) || auxiliaries[lexicon.Default().Base(lw, lexicon.Verb)]:
			continue // "… and has promised", "… but now plans"
		}
		return false
	}
	return false
}

// adverbOnly reports whether a lower-case word is an adverb of the
// closed class or one WordNet knows that is no verb nor a verb's form
// ("now", "again", "not"), as may stand between a conjunction and the
// verb it coordinates ("… but now plans to").
func adverbOnly(lw string) bool {
	if t, ok := lexicon.ClosedClass(lw); ok {
		return t == "RB"
	}
	lx := lexicon.Default()
	return lx.Has(lw, lexicon.Adv) && !lx.Has(lw, lexicon.Verb) && lx.Base(lw, lexicon.Verb) == lw
}

// clauseSubject gives a statement the subject of the clause that opens its
// sentence, before the cue at token i: the words before the clause's first
// finite verb, after an introductory phrase closed by a comma ("Instead,
// he is …", "On the radio, the veteran harbourmaster disputed …"). It
// reports whether it found a speaker there.
func (a *Analysis) clauseSubject(si int, toks []text.Token, i int, q *Quote) bool {
	start := 0
	for j := 0; j < i; j++ {
		if toks[j].Text == "," {
			start = j + 1
			continue
		}
		if c := shortParenthesis(toks, j); c > j && c < i {
			j = c // "Doe (left) shot …", "Doe (R-Ore.) lost …": an aside
			continue
		}
		if toks[j].Text == "“" || toks[j].Text == "\"" || toks[j].Text == "(" {
			return false
		}
		if !finiteVerbAt(toks, j) && !irregularPastAt(toks, j) || relativeBefore(toks, start, j) {
			continue // "Mr. Varga, whose win on Sunday came late, did …": the aside's verb
		}
		if j == start {
			// "Nina Holt, 52, a baker, backed …", "Mr. Varga, whose
			// win came late, did not …": the comma before the verb closes
			// a supplement set off after the subject (Quirk et al. 1985,
			// §17.65); the subject is the first phrase of the clause that
			// names who speaks
			return a.supplementedSubject(si, toks, j, q)
		}
		sq := *q
		a.resolveSpeaker(si, toks[start].Start, toks[j].Start, &sq)
		if sq.SpeakerText == "" {
			// "By the next morning we had withdrawn …": the pronoun
			// right before the verb
			p := contractedPronoun(toks[j-1].Lower)
			if p != "he" && p != "she" && p != "they" && p != "we" && p != "i" && p != "it" {
				return false
			}
			sq.SpeakerText, sq.How = toks[j-1].Text, "pronoun"
		}
		*q = sq
		return true
	}
	return false
}

// shortParenthesis returns the index of the ")" that closes a
// parenthesis opened at token j after a name and holding at most three
// tokens and no verb form but a lone one that is also a noun or an
// adjective ("(left)", "(pictured)", "(R-Ore.)"), or -1:
// such an aside identifies the name and leaves its clause as it was.
func shortParenthesis(toks []text.Token, j int) int {
	if toks[j].Text != "(" || j == 0 || !isNameToken(toks[j-1]) {
		return -1
	}
	lx := lexicon.Default()
	for c := j + 1; c < len(toks) && c <= j+4; c++ {
		if toks[c].Text == ")" {
			return c
		}
		lw := toks[c].Lower
		alone := c == j+1 && c+1 < len(toks) && toks[c+1].Text == ")" && (lx.Has(lw, lexicon.Noun) || lx.Has(lw, lexicon.Adj))
		if _, ok := verbForm(lw); ok && !alone || toks[c].Text == "(" {
			return -1 // "(left)" alone is an adjective, "(said Doe)" a clause
		}
	}
	return -1
}

// supplementedSubject gives q the subject of a finite verb at token j
// that a comma closing a supplement precedes: the first comma-delimited
// phrase of the sentence that is a named speaker (resolveSpeaker, How
// "named" or "role"), provided no finite verb stands between it and the
// supplement. It reports whether it found one.
func (a *Analysis) supplementedSubject(si int, toks []text.Token, j int, q *Quote) bool {
	from := 0
	for k := 0; k < j; k++ {
		if toks[k].Text != "," {
			continue
		}
		if k > from {
			sq := Quote{Entity: -1}
			a.resolveSpeaker(si, toks[from].Start, toks[k].Start, &sq)
			if sq.Entity >= 0 && (sq.How == "named" || sq.How == "role") && a.speaksAsSubject(sq.Entity) && strings.HasSuffix(strings.TrimSpace(a.Sentences[si].Text[toks[from].Start:toks[k].Start]), strings.TrimRight(sq.SpeakerText, ", ")) {
				q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = sq.Entity, sq.Speaker, sq.SpeakerText, sq.How, sq.role
				return true
			}
		}
		for m := from; m < k; m++ {
			if finiteVerbAt(toks, m) && !relativeBefore(toks, from, m) {
				return false // a clause of its own before the supplement
			}
		}
		from = k + 1
	}
	return false
}

// relativeBefore reports whether a relative pronoun opens the tokens from
// from up to m ("whose win came late"): the verb at m is the relative
// clause's.
func relativeBefore(toks []text.Token, from, m int) bool {
	for k := from; k < m; k++ {
		switch toks[k].Lower {
		case "who", "whose", "which", "whom", "that":
			return true
		}
	}
	return false
}

// finiteVerbAt reports whether token j is a finite verb: an auxiliary or
// modal (a closed class, CGEL ch. 3), or a lower-case past or present form
// of a WordNet verb that no determiner, possessive or preposition makes a
// noun ("survived", "greeted", "says"; not "the results").
func finiteVerbAt(toks []text.Token, j int) bool {
	lw := toks[j].Lower
	switch lw {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "does", "did", "do":
		return j > 0
	}
	if j == 0 || toks[j].IsCapitalized() || !toks[j].IsWord() || !(strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "s")) {
		return false
	}
	lx := lexicon.Default()
	if b := lx.Base(lw, lexicon.Verb); b == lw || !lx.Has(b, lexicon.Verb) {
		return false
	}
	prev := toks[j-1].Lower
	if _, poss := stripPossessive(toks[j-1].Text); poss || nounContext[prev] || determiners[prev] {
		return false
	}
	if lx.Has(prev, lexicon.Adj) && !lx.Has(prev, lexicon.Noun) && !lx.Has(prev, lexicon.Verb) || j+1 < len(toks) && toks[j+1].Lower == "of" {
		return false // "fresh figures", "figures of": a noun
	}
	return !pluralNounAt(toks, j)
}

// irregularPastAt reports whether token j is an irregular past tense
// (pastTense) right after a name or a subject pronoun, where no noun or
// adjective of the same form can stand ("Roe shot back", not "the shot";
// finiteVerbAt reads the regular forms).
func irregularPastAt(toks []text.Token, j int) bool {
	if j == 0 || !toks[j].IsWord() || toks[j].IsCapitalized() || !pastTense(lexicon.Default(), toks[j].Lower) {
		return false
	}
	prev := toks[j-1]
	for o := j - 2; o > 0 && o >= j-5; o-- {
		if shortParenthesis(toks, o) == j-1 {
			prev = toks[o-1] // "Doe (left) shot": the name before the aside
		}
	}
	if _, poss := stripPossessive(prev.Text); poss || determiners[prev.Lower] {
		return false
	}
	return prev.IsCapitalized() && prev.IsWord() || subjectPronouns[prev.Lower]
}

// pastTense reports whether a lower-case word is an irregular past
// tense by WordNet's exception list ("shot", "took", "went", "began"), no
// base form of a verb itself ("found", "saw"), and no participle in "-n"
// or "-ne" built on its base or on another form of it ("taken", "shown",
// "gone", "broken"): only a past tense is finite.
func pastTense(lx *lexicon.Lexicon, w string) bool {
	b, ok := lx.Irregular(w, lexicon.Verb)
	if !ok {
		return false
	}
	for _, suf := range []string{"en", "n", "ne"} {
		stem, cut := strings.CutSuffix(w, suf)
		if !cut || stem == "" {
			continue
		}
		if stem == b || stem+"e" == b {
			return false // "taken", "shown", "seen", "gone", "given"
		}
		if o, ok := lx.Irregular(stem, lexicon.Verb); ok && o == b {
			return false // "broken" (broke), "chosen" (chose), "forgotten"
		}
	}
	return !strings.HasSuffix(w, "en") // "written", "ridden", "eaten"
}

// sentenceSubject gives a statement the first person or organisation that
// may speak named in sentence si before offset to, not as a possessor
// ("Peru's Prime Minister …") nor as the object of a preposition: the
// subject of the sentence. It reports whether it found one.
func (a *Analysis) sentenceSubject(si, to int, q *Quote) bool {
	return a.sentenceSubjectFrom(si, 0, to, q)
}

// sentenceSubjectFrom is sentenceSubject over the names of sentence si
// from offset from on.
func (a *Analysis) sentenceSubjectFrom(si, from, to int, q *Quote) bool {
	dl := openingDatelineLen(a.Sentences[si].Text)
	for _, m := range a.Mentions {
		if m.Sentence != si || m.Start < from || m.Start >= to || a.inQuoted(a.Sentences[si].Start+m.Start) || m.End <= dl {
			continue // a name inside a quotation is the quoted speaker's word; a dateline's agency says nothing
		}
		e := a.Entities[m.Entity]
		if !CanSpeak(e.Name, e.Type, e.Mentions) || isPossessor(a.Sentences[si].Text, m) || ownedName(a.Sentences[si].Text, m) {
			continue
		}
		if isPrepObject(a.Sentences[si].Text, m.Start) {
			return false
		}
		q.Entity, q.Speaker, q.SpeakerText, q.How = m.Entity, e.Name, m.Text, "named"
		return true
	}
	return false
}

// quotedTitleBefore reports whether the closing mark at token c ends a
// quotation that is a title (titleLike: "“Morning Tide,”"): the name of a
// work set in quotation marks (AP Stylebook, "composition titles") that
// ends an apposition to a name (appositionBefore), not speech, so the
// verb after it opens no inverted reporting clause ("<Name>, host of
// “Morning Tide,” suggested <Name>’s plan …": the host suggested). A
// quotation elsewhere ("“Thank You,” said Doe", "The band played
// “Harbor Lights,” said Doe") stays what it was.
func quotedTitleBefore(toks []text.Token, c int) bool {
	for o := c - 1; o >= 0 && o >= c-10; o-- {
		switch toks[o].Text {
		case "“", "\"", "''", "'":
			ws := make([]string, 0, c-o)
			for _, t := range toks[o+1 : c] {
				ws = append(ws, t.Text)
			}
			return appositionBefore(toks, o) && titleLike(strings.Join(ws, " "))
		case "”":
			return false
		}
	}
	return false
}

// appositionBefore reports whether the words before token o, back to
// the nearest comma, are an apposition to a name: the comma follows a
// name's word and no finite verb stands between it and o ("Jo Ames, host
// of Tarn Radio’s"). The period of an abbreviation stands inside the
// words ("host of Tarn Bros. Radio’s") and after the name ("Jo Ames
// Jr., host of").
func appositionBefore(toks []text.Token, o int) bool {
	for k := o - 1; k > 0; k-- {
		if toks[k].Text == "," {
			n := k - 1
			if text.AbbreviationPeriod(toks, n) {
				n--
			}
			return k < o-1 && isNameToken(toks[n])
		}
		if text.AbbreviationPeriod(toks, k) {
			continue
		}
		if finiteVerbAt(toks, k) || !toks[k].IsWord() {
			return false
		}
	}
	return false
}

// asFirst reads "As X noted, CONTENT" and "As X put it, CONTENT": a
// sentence that opens with an as-clause naming who said what follows. Its
// verb takes a clause ("note", "report", "write"; WordNet's frame
// "Somebody ----s that CLAUSE"): "As X spoke, …" tells a time.
func (a *Analysis) asFirst(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	if len(toks) < 8 || toks[0].Lower != "as" {
		return Quote{}, false
	}
	for i := 2; i < len(toks)-5 && i <= 7; i++ {
		t := toks[i]
		if !t.IsWord() {
			return Quote{}, false // the subject is a plain phrase: no comma, dash or mark
		}
		c := i + 1
		if t.Lower == "put" && toks[c].Lower == "it" {
			c++
		} else if b, ok := tokenVerbForm(t); !ok || !clauseVerb(b) || strings.HasSuffix(t.Lower, "ing") {
			continue
		}
		if toks[c].Text != "," || !toks[c+1].IsWord() {
			return Quote{}, false // "As X said in March, …", or a quotation: read elsewhere
		}
		end, _ := contentEnd(s.Text, toks, c+1)
		content := strings.TrimRight(strings.TrimSpace(s.Text[toks[c+1].Start:end]), ".,")
		if wordCount(content) < 4 {
			return Quote{}, false
		}
		q := Quote{Text: content, Cue: s.Text[t.Start:toks[c-1].End], Entity: -1, Sentence: si, Start: s.Start + toks[c+1].Start, End: s.Start + end}
		a.resolveSpeaker(si, toks[1].Start, t.Start, &q)
		if q.SpeakerText == "" {
			return Quote{}, false
		}
		return q, true
	}
	return Quote{}, false
}

// accordingFirst reads "According to X, CONTENT" and "Per X, CONTENT"
// (the preposition "per" in its sense "as stated by", before a name or a
// determiner): a sentence that opens with its source.
func (a *Analysis) accordingFirst(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	from := 2 // the source's first token
	switch {
	case len(toks) < 6:
		return Quote{}, false
	case toks[0].Lower == "according" && toks[1].Lower == "to":
	case toks[0].Lower == "per" && (toks[1].IsCapitalized() || determiners[toks[1].Lower]):
		from = 1 // "Per the agency, …"; not "Per capita, …"
	default:
		return Quote{}, false
	}
	c := -1
	for k := from; k < len(toks) && k < 40; k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < from+1 || c+1 >= len(toks) {
		return Quote{}, false
	}
	end, _ := contentEnd(s.Text, toks, c+1)
	content := strings.TrimRight(strings.TrimSpace(s.Text[toks[c+1].Start:end]), ".,")
	if wordCount(content) < 4 {
		return Quote{}, false
	}
	q := Quote{Text: content, Cue: s.Text[toks[0].Start:toks[from-1].End], Entity: -1, Sentence: si, Start: s.Start + toks[c+1].Start, End: s.Start + end}
	a.accordingSource(si, toks[from].Start, toks[c].Start, &q)
	if q.SpeakerText == "" {
		return Quote{}, false
	}
	return q, true
}

// standingRole reports a present -s form after a name or its apposition
// of a verb whose senses of saying are all its rarer ones (rareCueSenses):
// "<Name> chairs the board", "<Name>, a lawyer, chairs …" state a standing
// role, not what was said.
func standingRole(toks []text.Token, i int, b string) bool {
	lw := toks[i].Lower
	return b != lw && strings.HasSuffix(lw, "s") && (toks[i-1].IsCapitalized() || toks[i-1].Text == ",") && rareCueSenses(b)
}

// cueAndContent reads an attribution cue at token i — a verb from the
// lexicon or a nominal cue ("his claim that") — and finds where its content
// starts. cueEnd is the cue's last token ("warned of").
func (a *Analysis) cueAndContent(si int, toks []text.Token, i int) (cueEnd, start int, ok bool) {
	lw := toks[i].Lower
	b, st := cueVerb(toks, i)
	if st == cueNone {
		if b2, ok := tokenVerbForm(toks[i]); ok {
			b, st = b2, cueStrong
		} else if b2, ok := baseVerbAt(toks, i); ok {
			b, st = b2, cueStrong
		}
	}
	if st == cueNone {
		// "his claim that …", "the decision to …" (the noun's WordNet
		// look-ups last: most words are followed by no that-clause).
		if toks[i].IsWord() && !startsUpper(toks[i].Text) && i+2 < len(toks) && toks[i+1].Lower == "that" &&
			startsClause(toks[i+2]) && nominalCue(lw) {
			return i, i + 2, true
		}
		return 0, 0, false
	}
	if pluralNounAt(toks, i) || standingRole(toks, i, b) {
		return 0, 0, false // "the swing states voting", "other states have"; "<Name> chairs the board"
	}
	if nounPhraseBefore(toks[i-1].Text) || i >= 2 && toks[i-1].Lower == "own" && nounPhraseBefore(toks[i-2].Text) {
		return 0, 0, false // "the acknowledged favourite", "the council's repeated delays", "their own naming"
	}
	// A passive or adjectival participle ("is expected", "was called") is
	// not the speaker's own verb.
	if strings.HasSuffix(lw, "ed") || b != lw && !strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ing") {
		p := i - 1
		for p > 0 && (strings.HasSuffix(toks[p].Lower, "ly") || toks[p].Lower == "already" || toks[p].Lower == "also" || toks[p].Lower == "not" || toks[p].Lower == "all") {
			p--
		}
		pw := toks[p].Lower
		switch pw {
		case "is", "are", "was", "were", "been", "be", "being", "’s", "'s":
			return 0, 0, false
		}
		if strings.HasSuffix(pw, "’re") || strings.HasSuffix(pw, "'re") || strings.HasSuffix(pw, "’m") || strings.HasSuffix(pw, "'m") {
			return 0, 0, false // "they’re also booked for": a contracted "are"
		}
	}
	if i+1 < len(toks) && toks[i+1].Lower == "that" && passiveConjunct(toks, i) {
		return 0, 0, false // "was contacted and told that …": a passive
	}
	// A participle after a comma (", shouting …") is read only for a verb
	// of saying. ", meaning (that) …" tells what the clause before it
	// entails (WordNet's "mean" in its sense "have as a logical
	// consequence"): a supplementive clause of result whose understood
	// subject is the whole situation (Quirk et al. 1985 §15.59), no one's
	// statement ("The bridge was shut, meaning Doe needs …").
	if strings.HasSuffix(lw, "ing") && toks[i-1].Text == "," && (!speechVerb(b) || lw == "meaning") {
		return 0, 0, false
	}
	return a.cueContent(si, toks, i, b, st)
}

// cueContent finds where the content of the attribution cue at token i
// (a verb of base b and cue strength st, as cueAndContent read it)
// starts: a that-clause, a colon or a quotation after it, a
// to-infinitive, an object clause, or for a verb of saying a prepositional
// or plain object. cueEnd is the cue's last token ("warned of").
func (a *Analysis) cueContent(si int, toks []text.Token, i int, b string, st int) (cueEnd, start int, ok bool) {
	lw := toks[i].Lower
	// "that" within a few tokens ("told reporters on Friday that"), or a colon.
	for j := i + 1; j < min(len(toks), i+9); j++ {
		w := toks[j].Lower
		if w == "that" && j+1 < len(toks) && (j == i+1 || startsClause(toks[j+1]) || frontedInClause(toks, j+1)) {
			return i, j + 1, true
		}
		if w == ":" && j <= i+3 {
			return i, j + 1, true
		}
		if w == "." || w == "“" || w == "\"" || w == ";" || w == "," && j > i+1 || sharedCue(toks, j) || coordinatedClause(toks, j) {
			break
		}
	}
	// "Mr. Hedge said, ''The key …''": a quotation after a comma.
	if i+2 < len(toks) && toks[i+1].Text == "," && (toks[i+2].Text == "'" || toks[i+2].Text == "“" || toks[i+2].Text == "\"") {
		return i, i + 2, true
	}
	// ", said Jane Doe, a pollster": an inverted attribution names the
	// speaker after the verb; its content is before it.
	if p := toks[i-1].Text; (p == "," && clauseBefore(toks, i-1) || (p == "”" || p == "\"" || p == "''" || p == "'") && !quotedTitleBefore(toks, i-1)) && i+1 < len(toks) && invertedSubject(toks[i+1:]) {
		return 0, 0, false
	}
	k := i + 1
	for k < len(toks) && a.inTimex(si, toks[k]) {
		k++
	}
	if k >= len(toks) {
		return 0, 0, false
	}
	nx := toks[k].Lower
	// A to-infinitive: "vowed to repeal", "plans to spend".
	if nx == "to" && k+1 < len(toks) && lexicon.Default().Has(toks[k+1].Lower, lexicon.Verb) && !startsUpper(toks[k+1].Text) {
		return i, k, true
	}
	// "urged Congress to act", "asked him to leave".
	if st == cueStrong && k+2 < len(toks) && toks[k+1].Lower == "to" && (toks[k].IsCapitalized() || objPronouns[nx]) {
		return i, k, true
	}

	if st != cueStrong {
		if nx == "whether" || nx == "if" {
			return i, k + 1, true
		}
		// "endorsed Trump", "opposed the bill": a stance on a named or
		// determined object.
		if toks[k].IsWord() && (determiners[nx] || toks[k].IsCapitalized()) && !toks[i].IsCapitalized() && strings.HasSuffix(lw, "ed") {
			return i, k, true
		}
		return 0, 0, false
	}
	if clauseVerb(b) && (startsClause(toks[k]) && nameThenVerb(toks, k) || opensClause(toks, k)) {
		return i, k, true
	}
	if nx == "whether" || nx == "if" || nx == "how" || nx == "why" || nx == "what" {
		return i, k, true
	}
	if !speechVerb(b) {
		return 0, 0, false // a verb of thinking states its content as a clause
	}
	// "warned of", "spoke about", "called for".
	if prepContent(b, toks, k) {
		return k, k + 1, true
	}
	// A plain object: "announced his candidacy", "criticized the plan";
	// not an amount after a verb that mostly acts ("caused $2 million in
	// damage", "caused more than $2 million …").
	if ActsMostly(b) && amountAt(toks, k) {
		return 0, 0, false
	}
	if toks[k].IsWord() && (determiners[nx] || objPronouns[nx] || toks[k].IsCapitalized() || lexicon.Default().Has(nx, lexicon.Noun) && !lexicon.Default().Has(nx, lexicon.Adv) && !lexicon.Default().Has(nx, lexicon.Verb)) {
		return i, k, true
	}
	return 0, 0, false
}

// coordinatedClause reports whether token j opens a clause coordinated
// after a comma (", and she added that …", ", but Roe said …"): the
// reporting clause before it ends there, and a "that" after it belongs to
// the coordinated clause's own verb, not to the verb before the comma
// (Quirk et al. 1985 §13.5, clause coordination; §15.50, a reporting
// clause is a clause of its own). ", and that …" coordinates two content
// clauses of the one verb.
func coordinatedClause(toks []text.Token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j-1].Text == "," && coordinators[toks[j].Lower] && toks[j+1].Lower != "that"
}

// nounPhraseBefore reports whether a word makes the word after it part of
// a noun phrase, not a verb: an article, a possessive determiner or a
// distributive (a closed class: CGEL ch. 5, determinatives), or a
// possessive noun ("the council's"); "he's" and "that's" are contractions.
func nounPhraseBefore(w string) bool {
	lw := lower(w)
	switch lw {
	case "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "every", "each", "whose", "no":
		return true
	}
	b, poss := stripPossessive(lw)
	if !poss {
		return false
	}
	switch b {
	case "he", "she", "it", "that", "who", "there", "what", "where", "here", "let":
		return false
	}
	return true
}

// afterComma reports whether token i follows a comma, or a closing
// quotation mark right after a comma ("… “close to broke,” claiming …").
func afterComma(toks []text.Token, i int) bool {
	if toks[i-1].Text == "," {
		return true
	}
	switch toks[i-1].Text {
	case "”", "\"", "'", "''", "’":
		return i >= 2 && toks[i-2].Text == ","
	}
	return false
}

// afterCommaAdverbs reports whether token i follows a comma, adverbs in
// "-ly" between ("…, eventually saying …": the participle's clause opens
// at the comma all the same).
func afterCommaAdverbs(toks []text.Token, i int) bool {
	k := i
	for k > 1 && strings.HasSuffix(toks[k-1].Lower, "ly") && !toks[k-1].IsCapitalized() {
		k--
	}
	return afterComma(toks, k)
}

// clauseBefore reports whether the tokens before index c hold a finite verb
// outside a relative clause set off by commas: a statement that an
// inverted attribution after c may report ("The dam will hold, said …"),
// not a name with an aside ("Ines Varga, who chairs the trust, thanked
// Paul Brand"), whose verb after the comma is its own.
func clauseBefore(toks []text.Token, c int) bool { return clauseBeforeAs(toks, c, false) }

// clauseBeforeAs is clauseBefore; wide also takes an irregular past tense
// (irregularFiniteAt) outside an adverbial clause a subordinator opens
// ("After he left, …" holds no clause an attribution reports).
func clauseBeforeAs(toks []text.Token, c int, wide bool) bool {
	aside, sub := false, false
	for j := 0; j < c; j++ {
		switch lw := toks[j].Lower; {
		case lw == "," && j+1 < c && (toks[j+1].Lower == "who" || toks[j+1].Lower == "which"):
			aside = true
		case lw == ",":
			aside, sub = false, false
		case wide && subordinators[lw]:
			sub = true
		case !aside && finiteVerbAt(toks, j):
			return true
		case !aside && wide && !sub && irregularFiniteAt(toks, j) && !relativeVerbAt(toks, j):
			return true
		}
	}
	return false
}

// irregularFiniteAt reports whether token j is an irregular past tense
// (pastTense: "fled", "drew", "shot", "left") after no determiner,
// possessive or word that makes it a noun ("the shot", "her left"): as
// finite as the regular forms finiteVerbAt reads ("The man fled, police
// said": a clause the attribution after the comma reports).
func irregularFiniteAt(toks []text.Token, j int) bool {
	if j == 0 || toks[j].IsCapitalized() || !toks[j].IsWord() || !pastTense(lexicon.Default(), toks[j].Lower) {
		return false
	}
	prev := toks[j-1].Lower
	if _, poss := stripPossessive(toks[j-1].Text); poss || nounContext[prev] || determiners[prev] {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].Lower != "of"
}

// relativeVerbAt reports whether the verb at j is the verb of a relative
// clause inside a noun phrase, not the finite verb of its clause: right
// after a relative word with no comma before it ("the men who stole the
// van"), or after the pronoun subject of a contact clause that follows a
// noun its determiner opens ("the eggs she bought": a relative clause with
// no relative word, Quirk et al. 1985 §17.12), when no preposition heads
// that noun phrase ("In the end she left" is a clause of its own).
func relativeVerbAt(toks []text.Token, j int) bool {
	prev := toks[j-1].Lower
	if relativeWords[prev] {
		return j < 2 || toks[j-2].Text != ","
	}
	if !subjectPronouns[prev] || prev == "i" || j < 3 || !determiners[toks[j-3].Lower] {
		return false
	}
	n := toks[j-2]
	if !n.IsWord() || n.IsCapitalized() || !lexicon.Default().Has(lexicon.Default().Base(n.Lower, lexicon.Noun), lexicon.Noun) {
		return false
	}
	return j < 4 || !prepositionsBefore[toks[j-4].Lower]
}

// relativeWords open a relative clause (CGEL ch. 12), "where" among them.
var relativeWords = set("who", "whom", "whose", "which", "that", "where")

// prepositionsBefore are common prepositions that head a noun phrase of
// time or place before a clause's subject ("In the end she left").
var prepositionsBefore = set("in", "at", "on", "by", "for", "from", "to", "with", "after", "before", "during", "since", "until", "within", "over", "under", "into", "through", "throughout")

// invertedSubject reports whether the tokens after a verb that follows a
// comma or a quote are its subject ("said Jane Doe, a pollster", "said the
// senator."): a name, or a short noun phrase up to a comma or the end with
// no finite verb in it.
func invertedSubject(rest []text.Token) bool {
	if rest[0].IsCapitalized() {
		return !nameThenFinite(rest)
	}
	// "said former Rep. Jane Doe", "said police Sgt. Jane Doe", "said
	// pollster Jane Doe": one or two lower-case modifiers or a role noun
	// before the name (no function word: "said that Doe …", "said of Doe").
	for k := 0; k < len(rest) && k < 2; k++ {
		lw := rest[k].Lower
		if !rest[k].IsWord() || functionWords[lw] || determiners[lw] || finiteVerbAt(rest, k) {
			break
		}
		if k+1 < len(rest) && rest[k+1].IsCapitalized() && isNameToken(rest[k+1]) {
			return true
		}
	}
	if !determiners[rest[0].Lower] {
		return false
	}
	for k := 1; k < len(rest) && k <= 5; k++ {
		switch rest[k].Text {
		case ",", ".", ";":
			return true
		}
		if finiteVerbAt(rest, k) {
			return false // "said the tide was late": a clause, not a subject
		}
	}
	return len(rest) <= 5
}

// nameThenFinite reports whether the words after a verb open with a run
// of capitalised words that a finite verb or "that" follows ("said Doe
// described the plan", "said Tuesday that …"): the name is the subject of
// the verb's content clause, with "that" left out, or a time adjunct
// before it, not the verb's own subject put after it. An inverted subject
// closes its reporting clause (Quirk et al. 1985 §14.29: "…, said
// Doe."), and no verb of its own nor a content clause follows it.
func nameThenFinite(rest []text.Token) bool {
	k := 0
	for k < len(rest) && (rest[k].IsCapitalized() && isNameToken(rest[k]) || k > 0 && rest[k].Text == ".") {
		k++
	}
	return k > 0 && k < len(rest) && (finiteVerbAt(rest, k) || rest[k].Lower == "that")
}

// relativeAt returns the index of a relative pronoun ("who", "which")
// right before the clause that starts at byte offset cs, or -1.
func relativeAt(toks []text.Token, cs int) int {
	for k, t := range toks {
		if t.Start >= cs {
			if k > 0 && (toks[k-1].Lower == "who" || toks[k-1].Lower == "which") {
				k--
				if k > 0 && toks[k-1].Text == "," {
					return k - 1
				}
				return k
			}
			return -1
		}
	}
	return -1
}

// asideRelative reports whether the relative clause at index rel of
// relativeAt is closed by a comma right before the cue at index i, so
// that the cue is not its verb: set off by a comma before it too ("Jo
// Ames, who ran the port, said"), or inside an apposition ("Jo Ames, a
// docker who ran the port, said"), where the clause modifies the
// appositive noun and the comma after it closes the apposition (Quirk et
// al. 1985, §17.65; CGEL ch. 12 §4, supplementary relatives). The
// clause holds words of its own ("Doe, who, she said, …" is no aside).
// The auxiliaries of the cue's verb phrase may stand between the closing
// comma and the cue ("The crews, who met Doe, have said": auxiliaryForms,
// as in asideClauseStart; Quirk et al. 1985 §3.22).
func asideRelative(toks []text.Token, rel, i int) bool {
	c := i - 1
	for c > rel && auxiliaryForms[toks[c].Lower] {
		c--
	}
	if toks[c].Text != "," {
		return false
	}
	if toks[rel].Text == "," {
		return true
	}
	return c > rel+1 && rel > 0 && toks[rel-1].IsWord()
}

// relWord returns the relative pronoun at or after index rel of
// relativeAt, in lower case.
func relWord(toks []text.Token, rel int) string {
	if toks[rel].Text == "," && rel+1 < len(toks) {
		rel++
	}
	return toks[rel].Lower
}

// objPronouns are the accusative and reflexive personal pronouns (a
// closed class: CGEL ch. 5, pronouns).
var objPronouns = set("him", "her", "them", "us", "me", "it", "you", "himself", "herself", "themselves", "itself")

// contentEnd finds where a content starting at token start ends: at a
// semicolon or dash, or before ", while / but / according to" and a second
// statement; next is the token to read on from.
func contentEnd(sent string, toks []text.Token, start int) (end, next int) {
	for k := start; k < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Text == "—" {
			return toks[k].Start, k + 1
		}
		if toks[k].Text == "," && k+1 < len(toks) {
			nx := toks[k+1].Lower
			if nx == "according" || nx == "while" || nx == "but" || nx == "whereas" {
				return toks[k].Start, k + 1
			}
			// `…,” according to X`: the comma inside the closing mark
			if closingMark(nx) && k+2 < len(toks) && toks[k+2].Lower == "according" {
				return toks[k].Start, k + 1
			}
			// ", and she criticised the plan …": a second statement of its own.
			if nx == "and" && k+3 < len(toks) && secondStatement(toks, k+2) {
				return toks[k].Start, k + 1
			}
			// "In describing the plan, Doe said …": the fronted adjunct's
			// content ends where the main clause opens with its own
			// subject and verb of saying.
			if k+2 < len(toks) && secondStatement(toks, k+1) {
				return toks[k].Start, k + 1
			}
		}
		if k > start && sharedCue(toks, k) && !ingInside(toks, start, k) {
			return toks[k].Start, k + 1
		}
	}
	return len(sent), len(toks)
}

// sharedCue reports whether token k, a comma or "and", opens a second
// verb of saying of the same subject or of an inverted one: "… thanked
// the crew and said …", "… sails at night, said one captain …". An
// attribution's content is one clause: the verb after it starts a
// statement of its own (PolNeAR's univocal reading: no token is in two
// contents).
func sharedCue(toks []text.Token, k int) bool {
	w := toks[k].Lower
	if (w != "," && w != "and") || k+2 >= len(toks) {
		return false
	}
	_, ok := tokenVerbForm(toks[k+1])
	return ok && (w == "and" || toks[k-1].Text != ",")
}

// ingInside reports whether "and" at token k comes before an -ing form
// that coordinates with an -ing verb of the content from token start to
// k: "… is acting alone and showing …" goes on with the content's own
// verb phrase, whereas "thanking Doe and congratulating …" coordinates
// with the cue (CGEL ch. 15: coordinates share their form).
func ingInside(toks []text.Token, start, k int) bool {
	if toks[k].Lower != "and" || !strings.HasSuffix(toks[k+1].Lower, "ing") {
		return false
	}
	for j := start; j < k; j++ {
		if lw := toks[j].Lower; strings.HasSuffix(lw, "ing") && !toks[j].IsCapitalized() && lexicon.Default().Has(lexicon.Default().Base(lw, lexicon.Verb), lexicon.Verb) {
			return true
		}
	}
	return false
}

// secondStatement reports whether the tokens from i open a clause whose
// subject (a pronoun or a name) is followed within three tokens by an
// inflected verb of saying or thinking: "and she criticised the plan …".
func secondStatement(toks []text.Token, i int) bool {
	lw := toks[i].Lower
	if !(lw == "he" || lw == "she" || lw == "they" || lw == "we" || lw == "i" || toks[i].IsCapitalized()) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].Text == "," {
			return false
		}
		if b, ok := tokenVerbForm(toks[j]); ok || b != "" && cueStrength(b) == cueStrong {
			return true
		}
	}
	return false
}

// IsPronoun reports whether a speaker phrase is only a pronoun.
func IsPronoun(s string) bool {
	w := strings.ToLower(strings.TrimSpace(s))
	return personPronouns[w] || w == "they" || w == "it" || w == "i" || w == "we" || w == "you"
}

// coordinatedSubject gives a cue with no source phrase of its own the
// subject of the verb it is coordinated with, or of its clause.
func (a *Analysis) coordinatedSubject(si int, toks []text.Token, i, cs int, out []Quote, q *Quote) {
	s, t := a.Sentences[si], toks[i]
	if q.SpeakerText == "" && strings.TrimSpace(lower(s.Text[cs:t.Start])) == "and" {
		// "Doe called the plan “crazy” and said …": the subject of the
		// first verb goes on.
		a.sentenceSubject(si, t.Start, q)
	}
	from := a.frontedAdjunctClose(si, toks, i)
	if fv := coordinatedPredicate(toks, i, from); q.SpeakerText == "" && fv > 0 {
		// "Doe backed the levy but has since said …": a verb phrase
		// after a coordinator, with no subject of its own, shares the
		// subject of the clause before it (CGEL ch. 15 §4), the words
		// before that clause's verb
		if p := subjectPronoun(strings.Trim(s.Text[from:toks[fv].Start], " ")); p != "" {
			q.Entity, q.Speaker, q.SpeakerText, q.How = -1, "", p, "pronoun"
		} else {
			a.sentenceSubjectFrom(si, from, toks[fv].Start, q)
		}
	}
	if q.SpeakerText == "" && coordinatedVerb(toks, i) {
		// "Doe admitted that …, but said …": a verb coordinated with
		// the cue of a statement whose content ended before the
		// conjunction shares that cue's subject (CGEL ch. 15,
		// coordination of verb phrases).
		sharedSubject(out, s.Start+t.Start, q)
	}
	if sq := *q; q.SpeakerText == "" && listedVerb(toks, i) {
		// "Doe praised the plan, denounced the levy and said …": a verb
		// phrase of a list set off by commas shares the first one's
		// subject, not a possessor ("Doe's remark …, convinced …")
		sharedSubject(out, s.Start+t.Start, &sq)
		if _, poss := stripPossessive(sq.SpeakerText); !poss {
			*q = sq
		}
	}
	if q.SpeakerText == "" && (coordinatedVerb(toks, i) || strings.HasSuffix(t.Lower, "ing") && afterCommaAdverbs(toks, i)) {
		// "The mayor lost the vote … and says …", "Meanwhile, he
		// is touring …, insisting that …": the clause's subject
		a.clauseSubject(si, toks, i, q)
	}
	if sq := *q; q.SpeakerText == "" && listedVerb(toks, i) && a.clauseSubject(si, toks, i, &sq) {
		_, poss := stripPossessive(sq.SpeakerText)
		if !poss && (sq.How != "nominal" || strings.HasPrefix(s.Text, sq.SpeakerText)) {
			// not "Doe's plan": a possessor is no subject; a common
			// noun phrase is the subject when it opens the sentence
			*q = sq
		}
	}
}

// sharedSubject gives q the speaker of the last statement of its sentence
// (in out) whose content ended before offset cue and whose source phrase
// named its speaker: the first verb of a coordination of verb phrases
// ("Doe admitted that …, but said …"). A statement whose content runs past
// the cue holds it ("Doe said the mayor lost and said …" is ambiguous) and
// gives nothing.
func sharedSubject(out []Quote, cue int, q *Quote) {
	for k := len(out) - 1; k >= 0; k-- {
		p := out[k]
		if p.Start >= cue {
			continue
		}
		if p.End > cue || p.SpeakerText == "" || p.CueOnly() && p.Entity < 0 {
			return
		}
		q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = p.Entity, p.Speaker, p.SpeakerText, p.How, p.role
		return
	}
}

// contentNameSubject gives a cue coordinated by "and" or "but" with an
// earlier statement of its sentence that statement's speaker when the
// name read as the cue's speaker is a word of that statement's content
// ("Doe told the Herald the plan had cost Roe his seat and said …": the
// Herald and Roe are inside what Doe told, no subject of "said"; the verb
// phrases share Doe, CGEL ch. 15 §4). The conjunction must follow that
// content right away ("…, who inspected it and described …" coordinates inside
// the relative clause), and the name must be no subject of a verb of the
// content: an inflected verb form right after it makes it one ("…
// showed that Roe had signed the lease and added …", "… said Roe lost the
// vote and called for …": Roe goes on). toks are sentence s's tokens, i the
// cue's, out the statements read before it.
func contentNameSubject(s text.Sentence, toks []text.Token, i int, out []Quote, q *Quote) {
	if q.How != "named" || !coordinatedVerb(toks, i) {
		return
	}
	cue := s.Start + toks[i].Start
	off := strings.LastIndex(s.Text[:toks[i].Start], q.SpeakerText)
	if off < 0 {
		return
	}
	if k := firstTokenFrom(toks, off+len(q.SpeakerText)); k < len(toks) && (finiteVerbAt(toks, k) || inflectedVerb(toks[k])) {
		return // "… showed that Roe had signed it and added …": Roe is the content clause's subject
	}
	and := i - 1
	for and > 0 && !coordinators[toks[and].Lower] {
		and--
	}
	for _, t := range toks[firstTokenFrom(toks, off):and] {
		if relativePronouns[t.Lower] {
			return // "… the engineer Roe, who inspected it and described …": the relative's verbs
		}
	}
	for _, p := range out {
		if p.Start <= s.Start+off && s.Start+off < p.End && p.End <= cue && strings.Trim(s.Text[min(p.End-s.Start, toks[and].Start):toks[and].Start], " ,") == "" {
			sq := *q
			sharedSubject(out, cue, &sq)
			if sq.SpeakerText != q.SpeakerText && sq.Entity != q.Entity {
				*q = sq
			}
			return
		}
	}
}

// inflectedVerb reports whether a lower-case word is an inflected form of
// a verb WordNet knows ("lost", "shared", "says"), as its subject's verb
// may be.
func inflectedVerb(t text.Token) bool {
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(t.Lower, lexicon.Verb)
	return b != t.Lower && lx.Has(b, lexicon.Verb)
}

// quotedInStatement gives a quotation that lies inside the content of a
// reported statement of its sentence ("Doe said the plan would
// “never work” for the town") that statement's source, when the
// quotation has no speaker or its speaker phrase is a word of that
// content ("Doe said Roe assured them that they “would not give in”"):
// the words quoted are part of what the statement's source reports
// (PolNeAR is univocal: a token is in one attribution's content). The
// innermost such statement with a source phrase holds the quotation; a
// phrase that names no one ("the audience") does not take the place of a
// speaker the quotation had. A quotation its own verb of saying opens
// ("Doe added that Roe had said, “…”") stays with its speaker.
func quotedInStatement(out, rs []Quote, s text.Sentence) {
	for k := range out {
		d := &out[k]
		if !d.marked || d.Start < s.Start || d.Start >= s.End || cueRightBefore(s, *d) && sayingFirst(d.Cue) {
			continue
		}
		in := -1 // the innermost statement whose content holds the quotation
		for j, r := range rs {
			if r.Start >= d.Start-1 || d.End > r.End+4 || r.SpeakerText == "" || r.CueOnly() && r.Speaker == "" {
				continue
			}
			if in < 0 || r.Start > rs[in].Start {
				in = j
			}
		}
		if in < 0 {
			continue
		}
		in = outerHolder(rs, in, s)
		r := rs[in]
		// no speaker phrase, a carried one, or a phrase that names no one
		// ("…” to rebuild, but downplayed the delay")
		inside := d.SpeakerText == "" || d.How == "carried" || d.Speaker == "" && d.How != "pronoun"
		if !inside && d.Sentence == r.Sentence {
			inside = strings.Contains(s.Text[r.Start-s.Start:min(len(s.Text), r.End-s.Start)], d.SpeakerText)
		}
		if inside && (r.Speaker != "" || r.How == "pronoun" || d.Speaker == "") {
			d.Entity, d.Speaker, d.SpeakerText, d.How, d.role, d.Cue, d.Sentence = r.Entity, r.Speaker, r.SpeakerText, r.How, r.role, r.Cue, r.Sentence
		}
	}
}

// outerHolder returns the statement of rs that holds statement in as
// part of its content, outermost first, or in when none does: a
// statement whose content opens before in's and runs past it, with no
// clause break in the words from its content's start up to in's content
// ("Doe said Roe reassured them that members “would stay”": Doe reports
// what Roe said, and PolNeAR, univocal, gives the quoted words to the
// outer source; not "Doe accused Roe of “…” and Poe says …", two
// statements). The holder names its source. A statement whose cue is
// first of all a verb of saying keeps the quotation ("Doe said that Roe
// had told the crews the wall was “too low”": Roe's words).
func outerHolder(rs []Quote, in int, s text.Sentence) int {
	for !sayingFirst(rs[in].Cue) {
		o := -1
		for j, r := range rs {
			if j == in || r.Start >= rs[in].Start || r.End < rs[in].End || r.Speaker == "" && r.How != "pronoun" || r.Start < s.Start {
				continue
			}
			if clauseBreakIn(s.Text[r.Start-s.Start : min(len(s.Text), rs[in].Start-s.Start)]) {
				continue
			}
			if o < 0 || r.Start < rs[o].Start {
				o = j
			}
		}
		if o < 0 {
			return in
		}
		in = o
	}
	return in
}

// clauseBreakIn reports whether a stretch of text holds a clause break: a
// comma, a coordinator ("and", "or"), an adverbial subordinator ("after",
// "since"; CGEL ch. 11, not the "that" of a content clause), or a break of
// clauseBreakWords (a relative, a semicolon, a colon).
func clauseBreakIn(t string) bool {
	for _, tk := range text.Tokens(t) {
		if w := tk.Lower; clauseBreakWords[w] || adverbialSubordinators[w] || w == "," || w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// adverbialSubordinators open adverbial clauses (CGEL ch. 11; Quirk et al.
// 1985 §14.12): a clause they open is no part of a reported content.
var adverbialSubordinators = set("after", "before", "since", "until", "as", "because", "although", "though", "unless", "once", "whereas", "where")

// sayingFirst reports whether a cue's verb is first of all a verb of
// saying (its most frequent WordNet sense in verb.communication: "said",
// "told", "added"), not one that only may report ("represents",
// "called"): a quotation such a verb opens is its subject's words even
// inside another statement.
func sayingFirst(cue string) bool {
	ws := strings.Fields(cue)
	if len(ws) == 0 {
		return false
	}
	lx := lexicon.Default()
	sense, ok := lx.TopSense(lx.Base(lower(ws[0]), lexicon.Verb), lexicon.Verb)
	return ok && sense.Lex == lexicon.VerbCommunication
}

// cueRightBefore reports whether a quotation's cue ends the words right
// before its opening mark, maybe with a comma or colon ("said, “…").
func cueRightBefore(s text.Sentence, d Quote) bool {
	if d.Cue == "" || d.Start-s.Start > len(s.Text) {
		return false
	}
	pre := strings.TrimRight(s.Text[:d.Start-s.Start], " “\"'‘")
	return strings.HasSuffix(strings.TrimRight(pre, ",: "), d.Cue)
}

// colonSpeaker gives a quotation introduced by a name and a colon ("Jane
// Doe: “…”", "Rep. Jane Doe (D-Ore.): “…”", "… – Pew Research: “…”") the
// person or organisation that name gives: the colon opens what the name
// says, as in a transcript or a digest of quotations. The name opens its
// sentence or follows a dash, and the words before the colon hold no verb
// of saying and at most three lower-case words ("Former secretary of
// state Jane Doe:").
func (a *Analysis) colonSpeaker(si int, sp qspan, q *Quote) bool {
	s := a.Sentences[si]
	pre := strings.TrimRight(s.Text[:max(0, min(len(s.Text), sp.open-s.Start))], " ")
	if !strings.HasSuffix(pre, ":") {
		return false
	}
	from := 0
	for _, d := range []string{" - ", " – ", " — ", " -- "} {
		if k := strings.LastIndex(pre, d); k >= 0 && k+len(d) > from {
			from = k + len(d)
		}
	}
	seg := pre[from : len(pre)-1]
	toks := text.Tokens(seg)
	if len(toks) == 0 || len(toks) > 10 || !toks[0].IsCapitalized() {
		return false
	}
	lowerWords := 0
	for _, t := range toks {
		if _, ok := tokenVerbForm(t); ok {
			return false
		}
		if t.IsWord() && !t.IsCapitalized() {
			lowerWords++
		}
	}
	if lowerWords > 3 {
		return false
	}
	to := len(pre) - 1
	if k := strings.LastIndex(seg, " ("); k > 0 && strings.HasSuffix(seg, ")") {
		to = from + k // "(D-Ore.)": the party and state after the name
	}
	cq := *q
	a.resolveSpeaker(si, from, to, &cq)
	if cq.How != "named" {
		return false
	}
	*q = cq
	q.Cue, q.Sentence = ":", si
	return true
}

// signOffSpeaker gives a quotation that ends its paragraph the person or
// organisation named by a sign-off line right after it: a paragraph of
// a dash and a name, maybe with a place ("— Jane Doe, Tarn.").
func (a *Analysis) signOffSpeaker(body string, sp qspan, q *Quote) bool {
	ei := sentenceAt(a.Sentences, max(sp.close-1, sp.open))
	if ei+1 >= len(a.Sentences) || a.Sentences[ei+1].Para == a.Sentences[ei].Para {
		return false
	}
	from := min(len(body), sp.close+markLen(body, sp.close))
	if rest := body[min(from, a.Sentences[ei].End):a.Sentences[ei].End]; strings.TrimFunc(rest, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) != "" {
		return false // words after the quotation in its paragraph
	}
	n := a.Sentences[ei+1]
	line := strings.TrimSpace(n.Text)
	dash := ""
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(line, d) {
			dash = d
		}
	}
	if dash == "" || wordCount(line) > 8 || ei+2 < len(a.Sentences) && a.Sentences[ei+2].Para == n.Para {
		return false
	}
	to := len(n.Text)
	if k := strings.Index(n.Text, ","); k > 0 {
		to = k // "— Jane Doe, Tarn.": the place after the name
	}
	cq := *q
	a.resolveSpeaker(ei+1, strings.Index(n.Text, dash)+len(dash), to, &cq)
	if cq.How != "named" {
		return false
	}
	*q = cq
	q.Cue, q.Sentence = dash, ei+1
	return true
}

// creditLineSpeaker gives a quotation the person or organisation named
// by its credit line: a pull quote printed as a block with its source on
// a line of its own below the words, before the closing mark ("“… for
// her here.⏎Tarn Rep. Jane Roe.”", "“…⏎Jane Roe, Tarn Institute.”"), the
// layout of an epigraph's credit (The Chicago Manual of Style, 13.36).
// The line is inside the quotation's marks, or, when the extractor has
// made each line a paragraph, the paragraph right after a quotation left
// open at its paragraph's end, the whole paragraph, closed by the mark.
// It is a name with its titles (capitalised words only, five at most)
// and, after a comma, an affiliation; it is no part of the words.
func (a *Analysis) creditLineSpeaker(body string, sp qspan, q *Quote) bool {
	words, line, li := body[sp.start:sp.end], "", -1
	if nl := strings.LastIndexByte(words, '\n'); nl >= 0 {
		line, words, li = words[nl+1:], words[:nl], sentenceAt(a.Sentences, sp.start+nl+1)
		if a.Sentences[li].Start < sp.start+nl {
			return false
		}
	} else {
		if sp.close < len(body) && strings.ContainsAny(body[sp.close:sp.close+markLen(body, sp.close)], "\"“”'") {
			return false // closed in its paragraph
		}
		ei := sentenceAt(a.Sentences, max(sp.close-1, sp.open))
		li = ei + 1
		if li >= len(a.Sentences) || a.Sentences[li].Para == a.Sentences[ei].Para || li+1 < len(a.Sentences) && a.Sentences[li+1].Para == a.Sentences[li].Para {
			return false
		}
		t := strings.TrimSpace(a.Sentences[li].Text)
		if !strings.HasSuffix(t, "\"") && !strings.HasSuffix(t, "”") {
			return false
		}
		line = strings.TrimRight(t, "\"”")
	}
	line = strings.TrimSpace(line)
	name, _, _ := strings.Cut(line, ",")
	name = strings.TrimSuffix(strings.TrimSpace(name), ".")
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 5 || wordCount(line) > 10 || wordCount(words) < 4 {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	off := strings.Index(a.Sentences[li].Text, name)
	if off < 0 {
		return false
	}
	cq := *q
	a.resolveSpeaker(li, off, off+len(name), &cq)
	if cq.How != "named" {
		return false
	}
	*q = cq
	w := strings.TrimSpace(words)
	q.Text, q.End, q.Sentence = trimQuote(w), sp.start+strings.Index(words, w)+len(w), li
	return true
}

// inlineSpeaker gives a quotation the person named right after it in its
// sentence, next to a finite verb the cue lexicon does not know as one of
// saying ("“…,” tweeted Jane Doe", "“…,” Doe quipped"): a name and a verb
// in that place attribute what was quoted, whatever the verb.
func (a *Analysis) inlineSpeaker(body string, sp qspan, q *Quote) bool {
	ei := sentenceAt(a.Sentences, max(sp.close-1, sp.open))
	s := a.Sentences[ei]
	from := sp.close + markLen(body, sp.close) - s.Start
	if from <= 0 || from >= len(s.Text) {
		return false
	}
	toks := a.tokensFrom(ei, from)
	if len(toks) > 0 && toks[0].Text == "," {
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return false
	}
	finite := func(t text.Token) bool {
		lw := t.Lower
		return t.IsWord() && !startsUpper(t.Text) && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "s")) && lexicon.Default().Base(lw, lexicon.Verb) != lw
	}
	for _, m := range a.Mentions {
		if m.Sentence != ei || m.RoleOnly || !a.speaksAsSubject(m.Entity) || a.Entities[m.Entity].Type != Person {
			continue
		}
		var verbFirst bool
		switch {
		case m.Start == toks[0].Start:
			verbFirst = false
		case m.Start == toks[1].Start && finite(toks[0]):
			verbFirst = true
		default:
			continue
		}
		if !verbFirst {
			k := 0
			for k < len(toks) && toks[k].End <= m.End {
				k++
			}
			if k >= len(toks) || !finite(toks[k]) {
				continue
			}
		}
		q.Entity, q.Speaker, q.SpeakerText, q.How, q.Sentence = m.Entity, a.Entities[m.Entity].Name, m.Text, "named", ei
		return true
	}
	return false
}

// placeSubject reports whether a speaker window is a place's name alone,
// maybe after "the" and before adverbs ("Norway", "The United States
// also"): the whole subject of the cue.
func placeSubject(window, name string) bool {
	w := withoutTrailingAdverbs(strings.Trim(strings.TrimSpace(window), ","))
	if lw := lower(w); strings.HasPrefix(lw, "the ") {
		w = strings.TrimSpace(w[4:])
	}
	return w != "" && w == strings.TrimSpace(name)
}

// governedPlace reports whether a place's commonest sense in WordNet is a
// country, a state or a national capital: a place with a government that
// its name stands for as the subject of a verb of saying (metonymy:
// "Ottawa said", "Norway insists").
func governedPlace(name string) bool {
	lx := lexicon.Default()
	var first *lexicon.Sense
	for _, x := range lx.Senses(strings.ReplaceAll(name, " ", "_")) {
		if x.POS == lexicon.Noun && x.Instance && x.Rank <= 1 && (first == nil || x.Rank < first.Rank) {
			first = &x
		}
	}
	if first == nil {
		return false
	}
	for _, c := range []string{"country", "state", "national_capital"} {
		if lx.InstanceOfUnder(first.Synset, lx.SensesIn(c, lexicon.Noun, lexicon.NounLocation), 3) {
			return true
		}
	}
	return false
}
