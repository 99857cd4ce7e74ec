package story

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// Assemble fills a story's entities, quotes, numbers and timeline from its
// articles. Docs are in the story's article order.
func Assemble(st *corroborate.Story, docs []Doc) *Merged {
	m := MergeEntities(docs)
	for _, e := range m.Entities {
		if e.Type == mention.Other && e.Mentions < 2 && len(e.Articles) < 2 {
			continue // a lone capitalised word is noise more often than a name
		}
		ce := e.Entity
		sort.Strings(ce.Aliases)
		st.Entities = append(st.Entities, ce)
	}
	sort.SliceStable(st.Entities, func(i, j int) bool { return st.Entities[i].Mentions > st.Entities[j].Mentions })
	for di, d := range docs {
		a := d.Analysis
		for qi, q := range a.Quotes {
			cq := corroborate.Quote{Text: q.Text, Direct: q.Direct, Article: d.Article.ID, Sentence: a.Sentences[q.Sentence].Text}
			if name, ok := a.ModifiedName(q); ok && name != mention.SpeakerName(q.SpeakerText) {
				// "Lyon police", "Tarn County jail records": the name only
				// modifies the phrase's head, which says who spoke.
				if name != "" {
					cq.Speaker, cq.SpeakerKind = corroborate.Ptr(name), mention.NameKind(name, "")
				}
			} else if name, typ := m.SpeakerName(di, q.Entity); name != "" {
				cq.Speaker, cq.SpeakerKind = corroborate.Ptr(name), mention.NameKind(name, typ)
			} else if name := a.WrittenName(q); name != "" && q.Entity < 0 {
				// A named source the entity stage did not resolve: the one
				// person of the story it names, else the name as written
				// rather than lose who spoke.
				kind := mention.NameKind(name, "")
				if full := m.PersonNamed(name); full != "" {
					name, kind = full, mention.KindPerson
				}
				cq.Speaker, cq.SpeakerKind = corroborate.Ptr(name), kind
			} else if name := a.GovernmentSource(q); name != "" {
				// "Norway insists …": the state's authorities, a group
				// the place's name stands for
				cq.Speaker, cq.SpeakerKind = corroborate.Ptr(name), mention.KindGroup
			} else if phrase, kind := a.UnnamedSource(q); phrase != "" {
				// "Aides said", "a new poll found": a source with no name,
				// marked with its kind so that it never counts as a name.
				cq.Speaker, cq.SpeakerKind = corroborate.Ptr(phrase), kind
			} else if phrase, kind := a.PronounSource(qi); phrase != "" {
				// "Aides said … They added": the group spoke again.
				cq.Speaker, cq.SpeakerKind = corroborate.Ptr(phrase), kind
			}
			if cq.Speaker != nil && mention.NamedKind(cq.SpeakerKind) && a.OutletNumber(q, *cq.Speaker) != "" {
				// "Tovana 12 reported", "told Channel 7": a station's name with its channel number
				cq.Speaker, cq.SpeakerKind = corroborate.Ptr(a.OutletNumber(q, *cq.Speaker)), mention.KindOrganization
			} else if cq.Speaker != nil && mention.NamedKind(cq.SpeakerKind) && a.GroupName(*cq.Speaker) {
				cq.SpeakerKind = mention.KindGroup // "Friends said", "Others say": people with no name
			} else if cq.Speaker != nil && mention.NamedKind(cq.SpeakerKind) && (a.RoleWord(*cq.Speaker) || mention.AbbreviatedTitle(*cq.Speaker, cq.SpeakerKind) || a.BareTitle(q, *cq.Speaker)) {
				cq.SpeakerKind = mention.KindUnnamed // "Nurse said …", "Harbor Police Chief says …": a role, no name
			} else if cq.Speaker != nil && cq.SpeakerKind == mention.KindOrganization && mention.DocumentName(*cq.Speaker) {
				cq.SpeakerKind = mention.KindDocument // "the Espionage Act", "the Constitution": a legal text, no body
			}
			for _, e := range q.Members {
				if name, _ := m.SpeakerName(di, e); name != "" && !slices.Contains(cq.Members, name) {
					cq.Members = append(cq.Members, name) // "critics, including <A>, said"
				}
			}
			cq.SpeakerText = corroborate.StrPtr(q.SpeakerText)
			cq.Cue = corroborate.StrPtr(q.Cue)
			st.Quotes = append(st.Quotes, cq)
		}
		for _, n := range a.Numbers {
			cn := corroborate.Number{Value: n.Value, Article: d.Article.ID, Sentence: a.Sentences[n.Sentence].Text}
			if n.Range {
				cn.Low, cn.High = corroborate.Ptr(n.Low), corroborate.Ptr(n.High)
			}
			cn.Qualifier = corroborate.StrPtr(n.Qualifier)
			cn.What = corroborate.StrPtr(n.What)
			cn.Event = corroborate.StrPtr(n.Event)
			cn.Source = corroborate.StrPtr(canonicalSource(m, di, a, n.Source))
			cn.Date = corroborate.StrPtr(n.Date)
			st.Numbers = append(st.Numbers, cn)
		}
	}
	st.Timeline = Timeline(docs)
	return m
}

// canonicalSource maps a number's source to the story's canonical name
// when it names an entity of the article.
func canonicalSource(m *Merged, di int, a *mention.Analysis, src string) string {
	if src == "" {
		return ""
	}
	for ei, e := range a.Entities {
		if e.Name == src {
			if n := m.Name(di, ei); n != "" {
				return n
			}
		}
	}
	return src
}

// Timeline lists the dated events of a story's articles, oldest first;
// the same event on the same date from several articles is one item.
func Timeline(docs []Doc) []corroborate.TimelineEvent {
	type item struct {
		ev    corroborate.TimelineEvent
		words map[string]bool
	}
	var items []item
	lx := lexicon.Default()
	for _, d := range docs {
		a := d.Analysis
		for si, ts := range a.Times {
			for _, t := range ts {
				if !OnTimeline(d, si, t) {
					continue
				}
				ev := EventText(a.Sentences[si].Text, t)
				if ev == "" {
					continue
				}
				words := lx.ContentWords(ev)
				merged := false
				for k := range items {
					it := &items[k]
					ov := lexicon.Overlap(it.words, words)
					sameArticle := len(it.ev.Articles) == 1 && it.ev.Articles[0] == d.Article.ID
					switch {
					case it.ev.Date == t.Date && (ov >= 0.5 || sameArticle && (ov >= 0.25 || len(t.Date) == 10)):
					case ov >= 0.5 && (strings.HasPrefix(it.ev.Date, t.Date) || strings.HasPrefix(t.Date, it.ev.Date)):
						// The same event dated more or less precisely: keep the precise date.
						if len(t.Date) > len(it.ev.Date) {
							it.ev.Date, it.ev.Precision, it.ev.Expression = t.Date, precision(t), corroborate.Ptr(t.Expression)
						}
					default:
						continue
					}
					it.ev.Articles = corroborate.AppendUnique(it.ev.Articles, d.Article.ID)
					merged = true
					break
				}
				if merged {
					continue
				}
				items = append(items, item{ev: corroborate.TimelineEvent{Date: t.Date, Precision: precision(t), Event: ev,
					Expression: corroborate.Ptr(t.Expression), Articles: []string{d.Article.ID}}, words: words})
			}
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return dateKey(items[i].ev.Date) < dateKey(items[j].ev.Date) })
	out := make([]corroborate.TimelineEvent, len(items))
	for i, it := range items {
		out[i] = it.ev
	}
	return out
}

// OnTimeline reports whether time expression t of sentence si of an
// article dates an event of the story's timeline: it has a date that is
// the article's own (an undated article's weekdays, months and year-less
// days are not dated by borrowing the story's date), it is not a period
// (a duration, a forecast's horizon) or a stamp (a dateline, a page's time
// stamp), and it is not inside a direct quote (dated when it was said).
func OnTimeline(d Doc, si int, t mention.Timex) bool {
	a := d.Analysis
	if t.Date == "" || t.Period || t.Stamp || t.Attribute || a.InDirectQuote(si, t) || clipTitle(a.Sentences[si].Text) && playlist(a) || printedTwice(a, si) {
		return false
	}
	return !(t.Relative && d.Article != nil && d.Article.Published == nil)
}

// clipTitle reports whether a sentence opens with a clip's length and
// then a capitalised title ("3:49 Firefighters honoured at a parade"): an
// entry of a video playlist. A clock time of the day is written with its
// "a.m."/"p.m." or "am"/"pm" (AP Stylebook, "times"), so none opens it.
func clipTitle(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+4 > len(s) || s[i] != ':' || !isDigit(s[i+1]) || !isDigit(s[i+2]) || s[i+3] != ' ' {
		return false
	}
	rest := s[i+4:]
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && !meridiemRe.MatchString(rest)
}

var meridiemRe = regexp.MustCompile(`^(?i:[ap]\.?\s?m\b)`)

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// playlist reports whether an article holds a video playlist: three or
// more sentences open with a clip's length and title (the playlists some
// news sites print beside or inside the article, each entry another
// story's clip).
func playlist(a *mention.Analysis) bool {
	n := 0
	for _, s := range a.Sentences {
		if clipTitle(s.Text) {
			n++
		}
	}
	return n >= 3
}

// printedTwice reports whether sentence si is a caption or teaser that a
// gallery or teaser widget printed twice in a row (its title and its
// text, or two layouts; see doc/extraction.md for the paragraph-level
// rule): six words or more repeated at once inside the sentence, or the
// sentence repeating the end of the one before it. Prose does not repeat
// itself so; the dates of such captions are another story's.
func printedTwice(a *mention.Analysis, si int) bool {
	ws := strings.Fields(a.Sentences[si].Text)
	const run = 6
	for i := 0; i+2*run <= len(ws); i++ {
		for n := run; i+2*n <= len(ws); n++ {
			if equalWords(ws[i:i+n], ws[i+n:i+2*n]) {
				return true
			}
		}
	}
	if si > 0 && len(ws) >= run {
		prev := strings.Fields(a.Sentences[si-1].Text)
		if len(prev) > len(ws) && equalWords(prev[len(prev)-len(ws):], ws) {
			return true
		}
	}
	if si+1 < len(a.Sentences) && len(ws) >= 2*run {
		next := strings.Fields(a.Sentences[si+1].Text)
		if len(next) >= run && len(next) < len(ws) && equalWords(ws[len(ws)-len(next):], next) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func precision(t mention.Timex) string {
	if t.Part != "" && t.Precision != mention.PrecDay {
		return t.Part + " " + strings.TrimPrefix(t.Precision, "part of ")
	}
	return t.Precision
}

// dateKey sorts "2024", "2024-07" and "2024-07-31" together: a year before
// its months, a month before its days.
func dateKey(d string) string {
	switch len(d) {
	case 4:
		return d + "-00-00"
	case 7:
		return d + "-00"
	}
	return d
}

// dayPartRe is a part of the day right after a day ("Friday night",
// "Monday morning's"): mention.DayPartWords.
var dayPartRe = regexp.MustCompile(`^(?i:` + mention.DayPartWords + `)(?:['’]s)?\b`)

// gluedRe is the end of a sentence a scraper glued to the next one, the
// space after its full stop lost ("…in the driveway.About four hours
// later…"): a lower-case word of two letters or more, the stop (and a
// closing curly quote), then a capitalised word, perhaps after an opening
// quote (a straight quote there opens the next sentence's quotation more
// often than it closes this one's). Abbreviations ("p.m.Friday", "U.S.")
// and names ("St.Louis") do not match: their letter before the stop is
// alone or capitalised. The empty group marks the cut.
var gluedRe = regexp.MustCompile(`\p{Ll}\p{Ll}[.!?]”?()["“]?\p{Lu}\p{Ll}`)

// gluedPart returns the part of a sentence, between sentences glued by a
// scraper, that holds the expression, and the expression's offsets in it:
// the sentence splitter keeps such a run whole (splitting it there moved
// the story grouping, note8), but an event's description must not borrow
// the next sentence's clause.
func gluedPart(sentence string, t mention.Timex) (string, mention.Timex) {
	start, end := 0, len(sentence)
	for _, m := range gluedRe.FindAllStringSubmatchIndex(sentence, -1) {
		cut := m[2] // the start of the next sentence
		switch {
		case cut <= t.Start:
			start = cut
		case cut >= t.End && cut < end:
			end = cut
		}
	}
	if start == 0 && end == len(sentence) {
		return sentence, t
	}
	t.Start -= start
	t.End -= start
	return sentence[start:end], t
}

// EventText makes a short description of the event a time expression
// dates: the clause around the expression, without the expression.
func EventText(sentence string, t mention.Timex) string {
	sentence, t = gluedPart(sentence, t)
	start, end := 0, len(sentence)
	// Clause boundaries: the nearest ", " or "; " around the expression,
	// unless that leaves too little.
	if i := strings.LastIndex(sentence[:t.Start], ", "); i >= 0 && len(strings.Fields(sentence[i:t.Start])) > 4 {
		start = i + 2
	}
	if j := strings.Index(sentence[t.End:], ", "); j >= 0 && len(strings.Fields(sentence[start:t.End+j])) > 6 {
		end = t.End + j
	}
	before := strings.TrimSpace(sentence[start:t.Start])
	// A preposition left dangling by the expression: "On March 3," → "".
	// The prepositions of time (CGEL ch. 7; ch. 8, adjuncts of time),
	// "back" before one, and the words that modify a time expression from
	// before it ("this", "early", "late": ch. 5 determinatives, ch. 6).
	for _, p := range []string{"on", "in", "at", "since", "by", "for", "during", "until", "back in", "back", "from", "of", "this", "early", "late"} {
		if strings.HasSuffix(strings.ToLower(before), " "+p) || strings.EqualFold(before, p) {
			before = strings.TrimSpace(before[:len(before)-len(p)])
			break
		}
	}
	after := strings.TrimSpace(sentence[t.End:end])
	after = strings.TrimPrefix(strings.TrimPrefix(after, "’s"), "'s")
	if t.Precision == mention.PrecDay {
		// The part of the day that belongs to the day ("Friday night"),
		// which would be left dangling: "was hurt night in a crash".
		after = dayPartRe.ReplaceAllString(after, "")
	}
	ev := before + " " + strings.TrimLeft(after, ", ")
	ev = strings.Join(strings.Fields(ev), " ")
	ev = strings.Trim(ev, " ,.;:–-")
	words := strings.Fields(ev)
	if len(words) < 3 {
		return ""
	}
	if len(words) > 24 {
		ev = strings.Join(words[:24], " ") + "…"
	}
	return ev
}
