package compare

import (
	"sort"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// dated is a day-precise event mention.
type dated struct {
	doc     int
	date    string
	expr    string
	sent    string
	origin  string
	actors  map[string]bool // persons and organisations, story-canonical
	places  map[string]bool
	words   map[string]bool // base forms of the sentence's verbs and event nouns
	weekday bool
	content map[string]bool // content words of the sentence
}

// isEventNoun reports whether a lower-case noun names an event or an act
// that happens on a day: at least half of its WordNet noun senses are filed
// under noun.event or noun.act ("meeting", "visit", "earthquake"; not
// "minister", a person in most senses).
func (c *comparer) isEventNoun(lw string) bool {
	b := c.lx.Base(lw, lexicon.Noun)
	total, event := 0, 0
	for _, s := range c.lx.Senses(b) {
		if s.POS != lexicon.Noun {
			continue
		}
		total++
		if s.Lex == lexicon.NounEvent || s.Lex == lexicon.NounAct {
			event++
		}
	}
	return total > 0 && 2*event >= total
}

var lightVerbs = map[string]bool{"be": true, "have": true, "do": true, "say": true, "make": true, "take": true, "get": true, "go": true,
	"come": true, "give": true, "use": true, "include": true, "also": true, "add": true, "note": true, "tell": true}

func (c *comparer) eventWords(toks []text.Token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if !t.IsWord() || t.IsCapitalized() {
			continue
		}
		lw := strings.ToLower(t.Text)
		if c.isEventNoun(lw) {
			b := c.lx.Base(lw, lexicon.Noun)
			out[b] = true
			// A nominalisation is the same event as its verb ("a meeting",
			// "met").
			if v := c.lx.Base(b, lexicon.Verb); v != b && c.lx.Has(v, lexicon.Verb) {
				out[v] = true
			}
			continue
		}
		if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ing") {
			b := c.lx.Base(lw, lexicon.Verb)
			if b != lw && c.lx.Has(b, lexicon.Verb) && !lightVerbs[b] {
				out[b] = true
			}
		} else if b, ok := irregularPast[lw]; ok {
			out[b] = true
		}
	}
	return out
}

var irregularPast = map[string]string{"met": "meet", "held": "hold", "spoke": "speak", "told": "tell", "took": "take", "gave": "give",
	"struck": "strike", "fought": "fight", "led": "lead", "left": "leave", "went": "go", "came": "come", "began": "begin", "won": "win"}

func (c *comparer) datedEvents() []dated {
	var out []dated
	for di, d := range c.in.Docs {
		a := d.Analysis
		for si, ts := range a.Times {
			// A sentence that dates two events ("signed last Monday and
			// resigned on Friday") cannot say which words go with which day.
			days := 0
			for _, t := range ts {
				if t.Precision == mention.PrecDay && len(t.Date) == 10 {
					days++
				}
			}
			if days > 1 {
				continue
			}
			for _, t := range ts {
				if t.Precision != mention.PrecDay || t.Period || len(t.Date) != 10 || a.InDirectQuote(si, t) {
					continue
				}
				e := dated{doc: di, date: t.Date, expr: t.Expression, sent: a.Sentences[si].Text, origin: c.sentenceOrigin(di, a.Sentences[si].Text),
					actors: map[string]bool{}, places: map[string]bool{}, words: c.eventWords(a.Tokens[si]), weekday: t.Weekday >= 0,
					content: contentWords(c.lx, a.Sentences[si].Text)}
				for _, m := range a.Mentions {
					if m.Sentence != si {
						continue
					}
					name := c.in.Merged.Name(di, m.Entity)
					if name == "" {
						continue
					}
					switch a.Entities[m.Entity].Type {
					case mention.Person, mention.Organization:
						e.actors[name] = true
					case mention.Place:
						e.places[name] = true
					}
				}
				out = append(out, e)
			}
		}
	}
	return out
}

func shared(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// dateFindings reports the same event given different days by
// independent sources: sentences that share an event word and two actors,
// with day-precise dates a few days apart.
func (c *comparer) dateFindings() []corroborate.Discrepancy {
	evs := c.datedEvents()
	type slot struct {
		event  string
		dates  map[string]bool
		about  string
		values map[string]*corroborate.DiscrepancyValue
		order  []string
		origin map[string]map[string]bool
	}
	var slots []*slot
	// One slot per event: pairs about the same event that share a date
	// are one discrepancy.
	findSlot := func(event, about string, d1, d2 string) *slot {
		for _, s := range slots {
			if s.event == event && (s.dates[d1] || s.dates[d2]) {
				s.dates[d1], s.dates[d2] = true, true
				return s
			}
		}
		s := &slot{event: event, about: about, dates: map[string]bool{d1: true, d2: true}, values: map[string]*corroborate.DiscrepancyValue{}, origin: map[string]map[string]bool{}}
		slots = append(slots, s)
		return s
	}
	add := func(s *slot, e dated) {
		label := e.date
		if e.weekday {
			if t, err := time.Parse("2006-01-02", e.date); err == nil {
				label = t.Weekday().String() + " (" + e.date + ")"
			}
		}
		v, ok := s.values[label]
		if !ok {
			v = &corroborate.DiscrepancyValue{Value: label}
			s.values[label] = v
			s.order = append(s.order, label)
			s.origin[label] = map[string]bool{}
		}
		v.Articles = corroborate.AppendUnique(v.Articles, c.in.Docs[e.doc].Article.ID)
		v.Sentences = corroborate.AppendUnique(v.Sentences, e.sent)
		s.origin[label][e.origin] = true
	}
	for i := range evs {
		for j := i + 1; j < len(evs); j++ {
			a, b := evs[i], evs[j]
			if a.doc == b.doc || a.origin == b.origin || a.date == b.date {
				continue
			}
			if !datesCompatible(a.date, b.date, 7) {
				continue
			}
			actors := shared(a.actors, b.actors)
			words := shared(a.words, b.words)
			same := len(actors) >= 2 && len(words) >= 1 || len(actors) >= 1 && len(words) >= 3 ||
				overlap(a.content, b.content) >= 0.7
			if !same || len(words) == 0 && len(actors) == 0 {
				continue
			}
			if len(words) == 0 {
				words = []string{"event"}
			}
			// Different places for one event is a place discrepancy, not a date one.
			about := "day of " + c.eventName(words)
			if names := c.peopleFirst(actors); len(names) > 0 {
				about += " (" + strings.Join(names, ", ") + ")"
			}
			s := findSlot(c.eventName(words), about, a.date, b.date)
			add(s, a)
			add(s, b)
		}
	}
	var out []corroborate.Discrepancy
	for _, s := range slots {
		if len(s.order) < 2 {
			continue
		}
		d := corroborate.Discrepancy{About: s.about, Kind: "date"}
		sort.Strings(s.order)
		for _, l := range s.order {
			d.Values = append(d.Values, *s.values[l])
		}
		out = append(out, d)
	}
	return out
}

// eventName names the event two sentences share: its first event noun, else
// its first word.
func (c *comparer) eventName(words []string) string {
	for _, w := range words {
		if c.isEventNoun(w) && !c.lx.Has(w, lexicon.Verb) || strings.HasSuffix(w, "ing") && c.isEventNoun(w) {
			return "the " + w
		}
	}
	for _, w := range words {
		if c.isEventNoun(w) {
			return "the " + w
		}
	}
	return "“" + words[0] + "”"
}

// speakerFindings reports the same words given to different speakers.
// statement is a quote of a speaker the story knows, with what comparing
// statements needs.
type statement struct {
	doc     int
	typ     string // the speaker's entity type
	speaker string // story-canonical name
	text    string
	sent    string
	origin  string
	words   map[string]bool
	quote   mention.Quote
}

// statements lists the quotes of the story whose speaker resolves to a
// story entity.
func (c *comparer) statements() []statement {
	var out []statement
	for di, d := range c.in.Docs {
		a := d.Analysis
		for _, x := range a.Quotes {
			name := c.in.Merged.Name(di, x.Entity)
			if name == "" {
				continue
			}
			s := a.Sentences[x.Sentence].Text
			out = append(out, statement{di, a.Entities[x.Entity].Type, name, x.Text, s, c.sentenceOrigin(di, s), contentWords(c.lx, x.Text), x})
		}
	}
	return out
}

func (c *comparer) speakerFindings() []corroborate.Discrepancy {
	var qs []statement
	for _, st := range c.statements() {
		// Only speakers named in the attribution itself: a pronoun or a
		// carried-over speaker is too weak to accuse a source of error;
		// a joint attribution ("X and Y") names no one speaker.
		if !st.quote.Direct || st.quote.How != "named" && st.quote.How != "role" || strings.Contains(st.speaker, " and ") {
			continue
		}
		qs = append(qs, st)
	}
	var out []corroborate.Discrepancy
	done := map[string]bool{}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			a, b := qs[i], qs[j]
			if a.doc == b.doc || a.origin == b.origin || a.speaker == b.speaker || a.typ != b.typ || len(a.words) < 5 || len(b.words) < 5 {
				continue
			}
			if overlap(a.words, b.words) < 0.6 || shareNameWord(a.speaker, b.speaker) {
				continue
			}
			// An article that names both people may simply have given the
			// words to the wrong one of its speakers (or we did): unless the
			// attributions are the same sentence with another name, only
			// articles that each know one of the two disagree.
			if (c.names(a.doc)[b.speaker] || c.names(b.doc)[a.speaker]) && overlap(contentWords(c.lx, a.sent), contentWords(c.lx, b.sent)) < 0.8 {
				continue
			}
			key := a.text + "|" + b.text
			if done[key] {
				continue
			}
			done[key] = true
			out = append(out, corroborate.Discrepancy{About: "who said “" + shorten(a.text, 12) + "”", Kind: "speaker", Values: []corroborate.DiscrepancyValue{
				{Value: a.speaker, Articles: []string{c.in.Docs[a.doc].Article.ID}, Sentences: []string{a.sent}},
				{Value: b.speaker, Articles: []string{c.in.Docs[b.doc].Article.ID}, Sentences: []string{b.sent}},
			}})
		}
	}
	return out
}

// names returns the story-canonical names an article mentions.
func (c *comparer) names(di int) map[string]bool {
	out := map[string]bool{}
	a := c.in.Docs[di].Analysis
	for _, m := range a.Mentions {
		if n := c.in.Merged.Name(di, m.Entity); n != "" {
			out[n] = true
		}
	}
	return out
}

func shorten(s string, words int) string {
	ws := strings.Fields(s)
	if len(ws) <= words {
		return s
	}
	return strings.Join(ws[:words], " ") + "…"
}

// stop are function words that cannot be predicate nouns: the lexicon's
// stopword list, the one home of it.
var stop = lexicon.Stopwords()

func contentWords(lx *lexicon.Lexicon, s string) map[string]bool { return lx.ContentWords(s) }

func overlap(a, b map[string]bool) float64 { return lexicon.Overlap(a, b) }

// statementConsensus finds statements carried by two or more independent
// origins: quotes of one speaker whose wording overlaps (one statement
// translated two ways is one fact), with the wording variants.
func (c *comparer) statementConsensus() []corroborate.Consensus {
	sts := c.statements()
	used := make([]bool, len(sts))
	var out []corroborate.Consensus
	for i := range sts {
		if used[i] || len(sts[i].words) < 4 {
			continue
		}
		group := []int{i}
		for j := i + 1; j < len(sts); j++ {
			if used[j] || sts[j].speaker != sts[i].speaker || sts[j].doc == sts[i].doc || len(sts[j].words) < 4 {
				continue
			}
			if overlap(sts[i].words, sts[j].words) >= 0.45 {
				group = append(group, j)
			}
		}
		var origins, arts []string
		for _, k := range group {
			origins = append(origins, sts[k].origin)
			arts = corroborate.AppendUnique(arts, c.in.Docs[sts[k].doc].Article.ID)
		}
		if countOrigins(origins) < 2 {
			continue
		}
		for _, k := range group {
			used[k] = true
		}
		// The shortest wording stands for the fact.
		best := group[0]
		for _, k := range group {
			if len(sts[k].text) < len(sts[best].text) {
				best = k
			}
		}
		out = append(out, corroborate.Consensus{Fact: sts[best].speaker + ": “" + shorten(sts[best].text, 30) + "”", Articles: arts, Origins: countOrigins(origins)})
	}
	return out
}

// shareNameWord reports whether two names share a word (one person named
// two ways: "Gregg Hastings" and "Lt. Hastings").
func shareNameWord(a, b string) bool {
	wa := strings.Fields(mention.NormalizeName(a))
	for _, x := range strings.Fields(mention.NormalizeName(b)) {
		for _, y := range wa {
			if x == y && len(x) > 2 {
				return true
			}
		}
	}
	return false
}

// peopleFirst returns the persons among names, or all of them when none is
// a person: a meeting is named by who met.
func (c *comparer) peopleFirst(names []string) []string {
	var people []string
	for _, n := range names {
		for _, e := range c.in.Merged.Entities {
			if e.Name == n && e.Type == mention.Person {
				people = append(people, n)
			}
		}
	}
	if len(people) > 0 {
		return people
	}
	return names
}
