package evaluate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/corroborate/corroborate"
)

// This file ports the findings kit's scorer (findings.py in
// ../shared/data/findings-dev): its value normalisation, its value and
// discrepancy matching and its scopes, so that `corroborate eval findings`
// gives the same figures as `findings.py` on the same report.

// KitGold is one gold discrepancy of the findings kit.
type KitGold struct {
	Story   string         `json:"story"`
	Kind    string         `json:"kind"`
	About   string         `json:"about"`
	Update  bool           `json:"update"`
	Planted *bool          `json:"planted,omitempty"`
	Values  []KitGoldValue `json:"values"`
	Change  map[string]any `json:"change,omitempty"`
}

// KitGoldValue is one value of a gold discrepancy.
type KitGoldValue struct {
	Value  string   `json:"value"`
	Norm   string   `json:"norm"`
	Alts   []string `json:"alts,omitempty"`
	Docs   []string `json:"docs"`
	Quotes []string `json:"quotes,omitempty"`
}

// kitEngine is an engine discrepancy as the scorer sees it.
type kitEngine struct {
	about, kind string
	values      []kitEngineValue
}

// kitEngineValue is one value of an engine discrepancy: its normalised
// tokens, the value as written and the documents stating it (a set and in
// report order).
type kitEngineValue struct {
	value  []string // normalised tokens
	raw    string
	docs   map[string]bool
	docSeq []string
}

var kitUnits = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var kitTens = []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var kitMonths = [][2]string{{"jan", "january"}, {"feb", "february"}, {"mar", "march"}, {"apr", "april"}, {"jun", "june"},
	{"jul", "july"}, {"aug", "august"}, {"sep", "september"}, {"sept", "september"}, {"oct", "october"},
	{"nov", "november"}, {"dec", "december"}}
var kitDays = [][2]string{{"mon", "monday"}, {"tue", "tuesday"}, {"tues", "tuesday"}, {"wed", "wednesday"},
	{"thu", "thursday"}, {"thur", "thursday"}, {"thurs", "thursday"}, {"fri", "friday"}, {"sat", "saturday"}, {"sun", "sunday"}}

func alt(pairs [][2]string) string {
	var ks []string
	for _, p := range pairs {
		ks = append(ks, p[0])
	}
	return strings.Join(ks, "|")
}

const kitAMPM = `(a\.?\s?m\.?|p\.?\s?m\.?)`

var (
	kitPercentRe  = regexp.MustCompile(`\bper\s?cent\b|\bpercent\b`)
	kitSpacePctRe = regexp.MustCompile(`\s+%`)
	kitDozenRe    = regexp.MustCompile(`\ba dozen\b`)
	kitCompoundRe = regexp.MustCompile(`\b(` + strings.Join(kitTens, "|") + `)[- ](` + strings.Join(kitUnits[1:10], "|") + `)\b`)
	kitTensRe     = regexp.MustCompile(`\b(` + strings.Join(kitTens, "|") + `)\b`)
	kitUnitsRe    = regexp.MustCompile(`\b(` + strings.Join(kitUnits, "|") + `)\b`)
	// The trailing group stands for Python's (?![a-z]): it is consumed and put back.
	kitHMRe     = regexp.MustCompile(`\b(\d{1,2})[:.](\d{2})\s*` + kitAMPM + `([^a-z]|$)`)
	kitHRe      = regexp.MustCompile(`\b(\d{1,2})\s*` + kitAMPM + `([^a-z]|$)`)
	kitGMTRe    = regexp.MustCompile(`\b(\d{2})(\d{2})\s*(gmt|utc)\b`)
	kitUTCRe    = regexp.MustCompile(`\butc\b`)
	kitOneHRe   = regexp.MustCompile(`\b(\d):(\d{2})\b`)
	kitGluedRe  = regexp.MustCompile(`(\d)([a-z])`)
	kitMonthRe  = regexp.MustCompile(`\b(` + alt(kitMonths) + `)\b\.?`)
	kitDayRe    = regexp.MustCompile(`\b(` + alt(kitDays) + `)\b\.?`)
	kitTokenRe  = regexp.MustCompile(`\d{2}:\d{2}|\d+(?:\.\d+)?|[a-z]+|%`)
	kitCurlyRep = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u2013", "-", "\u2014", "-")
)

func kitTime(h, m, ap string) string {
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	if ap != "" {
		pm := strings.HasPrefix(strings.NewReplacer(".", "", " ", "").Replace(ap), "p")
		if pm && hh < 12 {
			hh += 12
		}
		if !pm && hh == 12 {
			hh = 0
		}
	}
	return fmt.Sprintf(" %02d:%02d ", hh, mm)
}

// dropThousands removes thousands separators: a comma (and one optional
// space) after a digit and before exactly three digits.
func dropThousands(s string) string {
	b := []byte(s)
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == ',' && i > 0 && isDigit(b[i-1]) {
			j := i + 1
			if j < len(b) && b[j] == ' ' {
				j++
			}
			if j+3 <= len(b) && isDigit(b[j]) && isDigit(b[j+1]) && isDigit(b[j+2]) && (j+3 == len(b) || !isDigit(b[j+3])) {
				i = j - 1
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func lookup(pairs [][2]string, k string) string {
	for _, p := range pairs {
		if p[0] == k {
			return p[1]
		}
	}
	return k
}

func indexOfWord(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

// KitNormalize is findings.py's normalize.
func KitNormalize(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = kitCurlyRep.Replace(s)
	for range 3 {
		s = dropThousands(s)
	}
	s = strings.ReplaceAll(s, "$", " ")
	s = kitPercentRe.ReplaceAllString(s, "%")
	s = kitSpacePctRe.ReplaceAllString(s, "%")
	s = kitDozenRe.ReplaceAllString(s, "12")
	s = kitCompoundRe.ReplaceAllStringFunc(s, func(m string) string {
		g := kitCompoundRe.FindStringSubmatch(m)
		return strconv.Itoa((indexOfWord(kitTens, g[1])+2)*10 + indexOfWord(kitUnits, g[2]))
	})
	s = kitTensRe.ReplaceAllStringFunc(s, func(m string) string { return strconv.Itoa((indexOfWord(kitTens, m) + 2) * 10) })
	s = kitUnitsRe.ReplaceAllStringFunc(s, func(m string) string { return strconv.Itoa(indexOfWord(kitUnits, m)) })
	s = kitHMRe.ReplaceAllStringFunc(s, func(m string) string {
		g := kitHMRe.FindStringSubmatch(m)
		return kitTime(g[1], g[2], g[3]) + g[4]
	})
	s = kitHRe.ReplaceAllStringFunc(s, func(m string) string {
		g := kitHRe.FindStringSubmatch(m)
		return kitTime(g[1], "0", g[2]) + g[3]
	})
	s = kitGMTRe.ReplaceAllString(s, " ${1}:${2} gmt ")
	s = kitUTCRe.ReplaceAllString(s, "gmt")
	s = kitOneHRe.ReplaceAllString(s, "0${1}:${2}")
	s = kitGluedRe.ReplaceAllString(s, "${1} ${2}")
	s = kitMonthRe.ReplaceAllStringFunc(s, func(m string) string {
		return lookup(kitMonths, strings.TrimSuffix(m, "."))
	})
	s = kitDayRe.ReplaceAllStringFunc(s, func(m string) string {
		return lookup(kitDays, strings.TrimSuffix(m, "."))
	})
	return s
}

// KitTokens is findings.py's tokens.
func KitTokens(s string) []string { return kitTokenRe.FindAllString(KitNormalize(s), -1) }

func containsRun(hay, needle []string) bool {
	n := len(needle)
	if n == 0 {
		return false
	}
	for i := 0; i+n <= len(hay); i++ {
		ok := true
		for k := range needle {
			if hay[i+k] != needle[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func kitValueMatch(ev []string, g KitGoldValue) bool {
	for _, n := range append([]string{g.Norm}, g.Alts...) {
		if containsRun(ev, KitTokens(n)) {
			return true
		}
	}
	return false
}

// kitMatch is findings.py's disc_match: two different engine values match
// two different gold values, each sharing a document.
func kitMatch(e kitEngine, g KitGold) bool {
	type pair struct{ i, j int }
	var ok []pair
	for i, ev := range e.values {
		for j, v := range g.Values {
			shared := false
			for _, d := range v.Docs {
				if ev.docs[d] {
					shared = true
					break
				}
			}
			if shared && kitValueMatch(ev.value, v) {
				ok = append(ok, pair{i, j})
			}
		}
	}
	for a := range ok {
		for b := a + 1; b < len(ok); b++ {
			if ok[a].i != ok[b].i && ok[a].j != ok[b].j {
				return true
			}
		}
	}
	return false
}

// pyStr renders a report value the way Python's str() does on the JSON value.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case float64:
		if x == float64(int64(x)) {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

// kitEvents maps record urls to document ids and documents to their event.
type kitEvents struct {
	url2id    map[string]string
	doc2story map[string]string
}

func (ev kitEvents) docOf(source string) string {
	if id, ok := ev.url2id[source]; ok {
		return id
	}
	return strings.TrimPrefix(source, "ecbplus:")
}

// engineDiscrepancies reads the report's discrepancies as the scorer does.
func (ev kitEvents) engineDiscrepancies(rep *corroborate.Report) []kitEngine {
	art2doc := map[string]string{}
	for _, a := range rep.Articles {
		art2doc[a.ID] = ev.docOf(a.Source)
	}
	var out []kitEngine
	for _, st := range rep.Stories {
		for _, d := range st.Discrepancies {
			e := kitEngine{about: d.About, kind: d.Kind}
			for _, v := range d.Values {
				x := kitEngineValue{raw: pyStr(v.Value), docs: map[string]bool{}}
				x.value = KitTokens(x.raw)
				for _, a := range v.Articles {
					doc, ok := art2doc[a]
					if !ok {
						doc = ev.docOf(a)
					}
					if !x.docs[doc] {
						x.docSeq = append(x.docSeq, doc)
					}
					x.docs[doc] = true
				}
				e.values = append(e.values, x)
			}
			out = append(out, e)
		}
	}
	return out
}

// scope returns the one event an engine discrepancy's articles belong to,
// or why there is none ("multi": several events; "unknown": an article of
// no known event).
func (ev kitEvents) scope(e kitEngine) (string, string) {
	stories := map[string]bool{}
	n := 0
	for _, v := range e.values {
		for d := range v.docs {
			n++
			s, ok := ev.doc2story[d]
			if !ok {
				return "", "unknown"
			}
			stories[s] = true
		}
	}
	if n == 0 {
		return "", "unknown"
	}
	if len(stories) > 1 {
		return "", "multi"
	}
	for s := range stories {
		return s, "ok"
	}
	return "", "unknown"
}

type kitEventRecord struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Story string `json:"story"`
}

// loadKitEvents reads event files (id, url, story per line) into one map;
// gold documents are always known.
func loadKitEvents(paths []string, golds ...[]KitGold) (kitEvents, error) {
	ev := kitEvents{url2id: map[string]string{}, doc2story: map[string]string{}}
	for _, p := range paths {
		recs, err := readJSONL[kitEventRecord](p)
		if err != nil {
			return ev, err
		}
		for _, r := range recs {
			ev.url2id[r.URL] = r.ID
			if r.Story != "" {
				ev.doc2story[r.ID] = r.Story
			}
		}
	}
	for _, gs := range golds {
		for _, g := range gs {
			for _, v := range g.Values {
				for _, d := range v.Docs {
					if _, ok := ev.doc2story[d]; !ok {
						ev.doc2story[d] = g.Story
					}
				}
			}
		}
	}
	return ev, nil
}

// KitCount is a matched-of-total count.
type KitCount struct{ Matched, Total int }

// Ratio is Matched/Total (0 when Total is 0).
func (c KitCount) Ratio() float64 { return ratio(c.Matched, c.Total) }

// String shows the ratio with its counts: "0.750 (3/4)".
func (c KitCount) String() string { return fmt.Sprintf("%.3f (%d/%d)", c.Ratio(), c.Matched, c.Total) }

func addCount(m map[string]*KitCount, k string, hit bool) {
	c := m[k]
	if c == nil {
		c = &KitCount{}
		m[k] = c
	}
	c.add(hit)
}

// add counts one trial, matched when hit.
func (c *KitCount) add(hit bool) {
	c.Total++
	if hit {
		c.Matched++
	}
}

// KitScore is the findings kit's score on one half.
type KitScore struct {
	Half Half
	// Part is "a" or "b" when only that part of the tune half was scored.
	Part string
	// Engine counts the report's discrepancies; InScope those of one event
	// in this half; Multi and Unknown (whole report only) the rest.
	Engine, InScope, Multi, Unknown int
	// Recall of the gold discrepancies: all, update=false, update=true, by kind.
	Recall, RecallFixed, RecallUpdate KitCount
	RecallByKind                      map[string]*KitCount
	// Precision over in-scope discrepancies of labelled events (as
	// findings.py --events with the labelled events), by engine kind; and
	// over every in-scope discrepancy (findings.py's default).
	Precision, PrecisionAllEvents KitCount
	PrecisionByKind               map[string]*KitCount
	// Planted runs: planted recall (and by fact type), collateral (in-scope
	// discrepancies matching neither a planted nor a real gold one), over
	// all events and over labelled events.
	Planted                        KitCount
	PlantedByFact                  map[string]*KitCount
	Collateral, CollateralLabelled int
	Missed                         []string
	// MissedGold are the gold discrepancies missed (Missed as written).
	MissedGold    []KitGold
	FalseFindings []string
}

// String writes a discrepancy as the misses list shows it: its kind, what
// it is about and each value as written with the documents stating it.
func (e kitEngine) String() string {
	var vs []string
	for _, v := range e.values {
		vs = append(vs, fmt.Sprintf("%q %v", v.raw, v.docSeq))
	}
	return fmt.Sprintf("[%s] %s: %s", e.kind, e.about, strings.Join(vs, " | "))
}

// goldHalf reports whether a story is in half h and, when part is "a" or
// "b" (tune half only), in that part of the tune half (PartOf its topic).
func goldHalf(h Half, part, story string) bool {
	t := ECBTopic(story)
	return h.In(t) && (part == "" || PartOf(t) == part)
}

// scoreKit scores engine discrepancies against gold on half h (and part,
// when not empty). labelled
// holds the events whose gold is exhaustive (precision is counted there);
// for planted runs, real is the real gold (not counted as collateral).
func scoreKit(eng []kitEngine, gold, real []KitGold, ev kitEvents, labelled map[string]bool, h Half, part string, planted bool) KitScore {
	s := KitScore{Half: h, Part: part, RecallByKind: map[string]*KitCount{}, PrecisionByKind: map[string]*KitCount{}, PlantedByFact: map[string]*KitCount{}}
	s.Engine = len(eng)
	for _, g := range gold {
		if !goldHalf(h, part, g.Story) {
			continue
		}
		hit := false
		for _, e := range eng {
			if kitMatch(e, g) {
				hit = true
				break
			}
		}
		inc := func(c *KitCount) {
			c.Total++
			if hit {
				c.Matched++
			}
		}
		inc(&s.Recall)
		if g.Update {
			inc(&s.RecallUpdate)
		} else {
			inc(&s.RecallFixed)
		}
		addCount(s.RecallByKind, g.Kind, hit)
		if planted {
			inc(&s.Planted)
			fact, _ := g.Change["fact"].(string)
			addCount(s.PlantedByFact, fact, hit)
		}
		if !hit {
			s.Missed = append(s.Missed, g.Story+": "+g.About)
			s.MissedGold = append(s.MissedGold, g)
		}
	}
	for _, e := range eng {
		story, why := ev.scope(e)
		switch why {
		case "multi":
			if h == All {
				s.Multi++
			}
			continue
		case "unknown":
			if h == All {
				s.Unknown++
			}
			continue
		}
		if !goldHalf(h, part, story) {
			continue
		}
		s.InScope++
		ok := false
		for _, g := range gold {
			if kitMatch(e, g) {
				ok = true
				break
			}
		}
		okReal := ok
		for _, g := range real {
			if !okReal && kitMatch(e, g) {
				okReal = true
			}
		}
		s.PrecisionAllEvents.Total++
		if ok {
			s.PrecisionAllEvents.Matched++
		}
		if !okReal {
			s.Collateral++
			if planted {
				s.FalseFindings = append(s.FalseFindings, story+": "+e.String())
			}
		}
		if labelled[story] {
			s.Precision.Total++
			if ok {
				s.Precision.Matched++
			}
			addCount(s.PrecisionByKind, e.kind, ok)
			if !okReal {
				s.CollateralLabelled++
			}
			if !ok && !planted {
				s.FalseFindings = append(s.FalseFindings, story+": "+e.String())
			}
		}
	}
	return s
}
