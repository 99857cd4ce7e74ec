package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/story"
)

// FindingCase is a labelled story: its articles and the discrepancies and
// stances a careful reader finds.
type FindingCase struct {
	Name     string           `json:"name"`
	Articles []CaseArticle    `json:"articles"`
	Expect   []ExpectedFact   `json:"discrepancies"`
	Stances  []ExpectedStance `json:"stances"`
	// Independent treats every article as its own origin (controlled
	// cases: a copy with one fact changed).
	Independent bool `json:"independent"`
}

// CaseArticle is one article of a case, given by text or file.
type CaseArticle struct {
	Label string `json:"label"`
	// Ref names a record of the kit ("ecbplus:20_1ecb"): its text is read
	// from the kit at run time, so the data set is not copied here.
	Ref       string `json:"ref,omitempty"`
	File      string `json:"file,omitempty"`
	Text      string `json:"text,omitempty"`
	Published string `json:"published,omitempty"`
}

// ExpectedFact is a discrepancy: its kind and a word of each value.
type ExpectedFact struct {
	Kind   string   `json:"kind"`
	Values []string `json:"values"`
}

// ExpectedStance is a stance by holder (a word of its name).
type ExpectedStance struct {
	Holder   string `json:"holder"`
	Position string `json:"position"`
	Article  string `json:"article"`
}

// FindingScore counts matches.
type FindingScore struct {
	Cases                                         int
	DiscFound, DiscReported, DiscExpected         int
	StanceCorrect, StanceReported, StanceExpected int
}

// docsFor analyzes a case's articles as one story.
func docsFor(c FindingCase, baseDir string, kit map[string]string) ([]story.Doc, map[string]string, error) {
	var arts []corroborate.Article
	labels := map[string]string{}
	for _, ca := range c.Articles {
		text := ca.Text
		if ca.Ref != "" {
			t, ok := kit[ca.Ref]
			if !ok {
				// "ecbplus:20_1ecb" names the record by its url; records
				// may be read under their id.
				if i := strings.IndexByte(ca.Ref, ':'); i >= 0 {
					t, ok = kit[ca.Ref[i+1:]]
				}
			}
			if !ok {
				return nil, nil, fmt.Errorf("%s: %s is not in the kit", c.Name, ca.Ref)
			}
			text = t
		}
		if ca.File != "" {
			b, err := os.ReadFile(resolve(baseDir, ca.File))
			if err != nil {
				return nil, nil, err
			}
			text = string(b)
		}
		rec := sourceRecord(ca.Label, text, ca.Published)
		a, err := pipeline.Extract(rec)
		if err != nil {
			return nil, nil, fmt.Errorf("%s/%s: %w", c.Name, ca.Label, err)
		}
		labels[a.ID] = ca.Label
		arts = append(arts, *a)
	}
	var docs []story.Doc
	if c.Independent {
		for i := range arts {
			d, conf := dates.Date{}, 0.0
			if arts[i].Published != nil {
				fmt.Sscanf(*arts[i].Published, "%d-%d-%d", &d.Year, &d.Month, &d.Day)
				conf = dates.ConfUnrecorded
			}
			docs = append(docs, story.Doc{Article: &arts[i], Analysis: mention.Analyze(arts[i].Text, d, conf)})
		}
		return docs, labels, nil
	}
	an, err := analyze.Process(context.TODO(), arts)
	if err != nil {
		return nil, nil, err
	}
	for i := range arts {
		docs = append(docs, story.Doc{Article: &an.Articles[i], Analysis: an.Readings[i]})
	}
	return docs, labels, nil
}

func resolve(base, p string) string {
	if strings.HasPrefix(p, "/") || base == "" {
		return p
	}
	return base + "/" + p
}

// ScoreCase compares a case's findings with its labels.
func ScoreCase(c FindingCase, baseDir string, kit map[string]string, s *FindingScore) ([]string, error) {
	docs, labels, err := docsFor(c, baseDir, kit)
	if err != nil {
		return nil, err
	}
	st := &corroborate.Story{}
	merged := story.Assemble(st, docs)
	res := compare.Compare(compare.Input{Docs: docs, Merged: merged, Events: analyze.EventDays(docs)})
	var notes []string
	s.Cases++
	s.DiscReported += len(res.Discrepancies)
	s.DiscExpected += len(c.Expect)
	used := make([]bool, len(res.Discrepancies))
	for _, e := range c.Expect {
		found := false
		for k, d := range res.Discrepancies {
			if used[k] || d.Kind != e.Kind {
				continue
			}
			ok := 0
			for _, want := range e.Values {
				for _, v := range d.Values {
					// The value as written ("five people") or its normalized form ("5").
					if strings.Contains(normValue(fmt.Sprint(v.Value)), normValue(want)) || v.Normalized != "" && strings.Contains(normValue(v.Normalized), normValue(want)) {
						ok++
						break
					}
				}
			}
			if ok == len(e.Values) {
				used[k], found = true, true
				s.DiscFound++
				break
			}
		}
		if !found {
			notes = append(notes, fmt.Sprintf("%s: missed %s %v", c.Name, e.Kind, e.Values))
		}
	}
	for k, d := range res.Discrepancies {
		if !used[k] {
			var vals []string
			for _, v := range d.Values {
				vals = append(vals, fmt.Sprint(v.Value))
			}
			notes = append(notes, fmt.Sprintf("%s: false discrepancy %s %q %v", c.Name, d.Kind, d.About, vals))
		}
	}
	if len(c.Stances) > 0 {
		s.StanceExpected += len(c.Stances)
		s.StanceReported += len(res.Stances)
		for _, x := range res.Stances {
			ok := false
			for _, e := range c.Stances {
				if strings.Contains(strings.ToLower(x.Holder), strings.ToLower(e.Holder)) && x.Position == e.Position && labels[x.Article] == e.Article {
					ok = true
				}
			}
			if ok {
				s.StanceCorrect++
			} else {
				notes = append(notes, fmt.Sprintf("%s: unexpected stance %s %s %s", c.Name, x.Holder, x.Position, labels[x.Article]))
			}
		}
	}
	return notes, nil
}

// LoadCases reads a labelled cases file (a JSON array).
func LoadCases(path string) ([]FindingCase, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []FindingCase
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cs, nil
}

// ControlledCases makes cases from real articles: a copy of an article with
// one count or one weekday changed, which must be found, and nothing else.
func ControlledCases(kitPath string, n int) ([]FindingCase, error) {
	recs, _, err := StoryRecords(kitPath)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewSource(11))
	var out []FindingCase
	for _, i := range rng.Perm(len(recs)) {
		if len(out) >= n {
			break
		}
		a, err := pipeline.Extract(recs[i])
		if err != nil {
			continue
		}
		an := mention.Analyze(a.Text, dates.Date{}, 0)
		text := string(recs[i].Body)
		// A count with an event and a thing counted, written in digits.
		changed := false
		for _, num := range an.Numbers {
			if num.Event == "" || num.What == "" || num.Range || num.Value < 2 || num.Value != float64(int(num.Value)) {
				continue
			}
			s := an.Sentences[num.Sentence].Text
			written := s[num.Start:num.End]
			if _, err := strconv.Atoi(strings.ReplaceAll(written, ",", "")); err != nil || strings.Count(text, s) != 1 {
				continue
			}
			nv := int(num.Value)*2 + 1
			mod := strings.Replace(text, s, strings.Replace(s, written, strconv.Itoa(nv), 1), 1)
			out = append(out, FindingCase{Name: fmt.Sprintf("%s/number", recs[i].Source), Independent: true,
				Articles: []CaseArticle{{Label: "original", Text: text}, {Label: "changed", Text: mod}},
				Expect:   []ExpectedFact{{Kind: "number", Values: []string{written, strconv.Itoa(nv)}}}})
			changed = true
			break
		}
		if changed || len(out) >= n {
			continue
		}
		// A weekday of an event.
		if m := plWeekday.FindStringIndex(text); m != nil && strings.Count(text, text[m[0]:m[1]]) == 1 {
			w := text[m[0]:m[1]]
			nw := plCase(plantWeekdays[(weekdayIndex(strings.ToLower(w))+2)%7], w)
			mod := text[:m[0]] + nw + text[m[1]:]
			out = append(out, FindingCase{Name: fmt.Sprintf("%s/day", recs[i].Source), Independent: true,
				Articles: []CaseArticle{{Label: "original", Text: text, Published: "2020-06-15"}, {Label: "changed", Text: mod, Published: "2020-06-15"}},
				Expect:   []ExpectedFact{{Kind: "date", Values: []string{w, nw}}}})
		}
	}
	return out, nil
}

// WriteFindings prints the scores.
func WriteFindings(w io.Writer, name string, s FindingScore) {
	p, r := ratio(s.DiscFound, s.DiscReported), ratio(s.DiscFound, s.DiscExpected)
	fmt.Fprintf(w, "%-30s cases %4d  discrepancies P %.3f R %.3f F1 %.3f (found %d of %d, reported %d)", name, s.Cases, p, r, f1(p, r), s.DiscFound, s.DiscExpected, s.DiscReported)
	if s.StanceExpected > 0 {
		fmt.Fprintf(w, "  stances P %.3f (%d of %d reported)", ratio(s.StanceCorrect, s.StanceReported), s.StanceCorrect, s.StanceReported)
	}
	fmt.Fprintln(w)
}

// FindingsOptions say what `eval findings` scores.
type FindingsOptions struct {
	// Kit scores the findings kit (real and planted discrepancies).
	Kit KitOptions
	// LabelFiles are labelled case files (testdata/findings/*.json).
	LabelFiles []string
	// Articles is the article kit controlled cases are made from (ECB+
	// dev.jsonl); Controlled is how many (0: none).
	Articles   string
	Controlled int
	Verbose    bool
}

// RunFindings scores the findings kit, labelled case files and controlled
// cases; each part prints its own lines, so further parts (stances) can be
// added as one more step.
func RunFindings(ctx context.Context, w io.Writer, o FindingsOptions) error {
	steps := []func() error{
		func() error {
			if o.Kit.Dir == "" {
				return nil
			}
			if _, err := os.Stat(o.Kit.Dir); err != nil {
				fmt.Fprintf(w, "findings kit %s not found: skipped (--findings-kit DIR)\n", o.Kit.Dir)
				return nil
			}
			k := o.Kit
			k.Verbose = k.Verbose || o.Verbose
			return RunKit(ctx, w, k)
		},
		func() error { return runLabelFiles(w, o) },
		func() error { return runControlled(ctx, w, o) },
		func() error { return runStanceLabels(ctx, w, o) }, // stances.go
	}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func runLabelFiles(w io.Writer, o FindingsOptions) error {
	kitTexts := map[string]string{}
	if o.Articles != "" && len(o.LabelFiles) > 0 {
		recs, _, err := StoryRecords(o.Articles)
		if err != nil {
			return err
		}
		for _, r := range recs {
			kitTexts[r.Source] = string(r.Body)
		}
	}
	for _, f := range o.LabelFiles {
		if strings.HasSuffix(f, ".jsonl") {
			continue // a stance label file: runStanceLabels scores it
		}
		cs, err := LoadCases(f)
		if err != nil {
			return err
		}
		var s FindingScore
		base := ""
		if i := strings.LastIndex(f, "/"); i >= 0 {
			base = f[:i]
		}
		for _, c := range cs {
			notes, err := ScoreCase(c, base, kitTexts, &s)
			if err != nil {
				return err
			}
			if o.Verbose && caseInTune(c.Name) {
				for _, n := range notes {
					fmt.Fprintln(w, "  "+n)
				}
			}
		}
		WriteFindings(w, f, s)
	}
	return nil
}

func runControlled(ctx context.Context, w io.Writer, o FindingsOptions) error {
	if o.Articles == "" || o.Controlled <= 0 {
		return nil
	}
	cs, err := ControlledCases(o.Articles, o.Controlled)
	if err != nil {
		return err
	}
	var s FindingScore
	for _, c := range cs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		notes, err := ScoreCase(c, "", nil, &s)
		if err != nil {
			continue
		}
		// Misses are listed only for articles of the tune half.
		if o.Verbose && controlledInTune(c.Name) {
			for _, n := range notes {
				fmt.Fprintln(w, "  "+n)
			}
		}
	}
	WriteFindings(w, "controlled cases", s)
	return nil
}

// controlledInTune reports whether a controlled case ("<source>/number")
// was made from an ECB+ article of the tune half.
func controlledInTune(name string) bool {
	src, _, _ := strings.Cut(name, "/")
	src = src[strings.LastIndexAny(src, ":/")+1:]
	return HalfOf(ECBTopic(src)) == Tune
}

func sourceRecord(label, text, published string) source.Record {
	return source.Record{Source: label, Kind: "text", Body: []byte(text), Published: published, Raw: []byte(text), RawKind: "text"}
}

func normValue(s string) string { return strings.ToLower(strings.ReplaceAll(s, ",", "")) }

// caseInTune reports whether a labelled case may be read in detail: an
// ECB+ case ("ECB+ 18a: ...") only when its topic is in the tune half.
func caseInTune(name string) bool {
	rest, ok := strings.CutPrefix(name, "ECB+ ")
	if !ok {
		return true
	}
	label, _, _ := strings.Cut(rest, ":")
	return HalfOf(ECBTopic(label)) == Tune
}
