package evaluate

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// The articles in testdata/plant are invented for this test (no data
// set's story, people or wording).

func plantDoc(id, text string, pub dates.Date) story.Doc {
	title, body, _ := strings.Cut(text, "\n\n")
	p := pub.String()
	a := &corroborate.Article{ID: id, Text: body, Published: &p, Title: corroborate.Ptr(title)}
	return story.Doc{Article: a, Analysis: mention.Analyze(body, pub, 0.9)}
}

// TestPlantProperty: planting a changed value into a copy of an article
// with a stated fact yields exactly that discrepancy, the original value
// on the original article and the new value on the copy, for every fact
// the planter finds, and the planter finds facts of every value type.
func TestPlantProperty(t *testing.T) {
	files, err := filepath.Glob("testdata/plant/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	pub := dates.Date{Year: 2021, Month: 11, Day: 20}
	rng := rand.New(rand.NewSource(7))
	types := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimSpace(string(b))
		orig := plantDoc("orig", text, pub)
		if r := compare.Compare(compare.Input{Docs: []story.Doc{orig, plantDoc("copy", text, pub)},
			Merged: story.Assemble(&corroborate.Story{}, []story.Doc{orig, plantDoc("copy", text, pub)})}); len(r.Discrepancies) != 0 {
			t.Errorf("%s: an unchanged copy gives %d discrepancies", f, len(r.Discrepancies))
		}
		facts := plantFacts(text)
		seen := map[string]bool{}
		for _, o := range facts {
			if seen[o.key()] {
				continue
			}
			seen[o.key()] = true
			types[o.typ] = true
			if msg := plantOnce(text, facts, o, rng, pub); msg != "" {
				t.Errorf("%s: %s %q: %s", filepath.Base(f), o.typ, o.written, msg)
			}
		}
	}
	for _, typ := range []string{pCount, pMoney, pAge, pDistance, pDuration, pPercent, pMagnitude, pSize, pClock, pWeekday, pDate, pMonth, pYear} {
		if !types[typ] {
			t.Errorf("no %s fact planted", typ)
		}
	}
}

// plantOnce changes fact o (every statement of it) in a copy of text and
// checks the discrepancy; "" when it is exactly the one expected.
func plantOnce(text string, facts []plantOcc, o plantOcc, rng *rand.Rand, pub dates.Date) string {
	nv, ok := plantChange(o, rng, takenValues([][]plantOcc{facts}, o))
	if !ok {
		return "no new value"
	}
	changed := text
	for k := len(facts) - 1; k >= 0; k-- {
		if f := facts[k]; f.key() == o.key() {
			changed = changed[:f.start] + plantWritten(f, nv) + changed[f.end:]
		}
	}
	docs := []story.Doc{plantDoc("orig", text, pub), plantDoc("copy", changed, pub)}
	r := compare.Compare(compare.Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	g := KitGold{Values: []KitGoldValue{
		{Norm: plantNorms(o, o.val)[0], Alts: plantNorms(o, o.val)[1:], Docs: []string{"orig"}},
		{Norm: plantNorms(o, nv)[0], Alts: plantNorms(o, nv)[1:], Docs: []string{"copy"}},
	}}
	var got []string
	hit := 0
	for _, d := range r.Discrepancies {
		e := kitEngine{kind: d.Kind}
		for _, v := range d.Values {
			x := kitEngineValue{raw: pyStr(v.Value), docs: map[string]bool{}}
			x.value = KitTokens(x.raw)
			for _, a := range v.Articles {
				x.docs[a] = true
				x.docSeq = append(x.docSeq, a)
			}
			e.values = append(e.values, x)
		}
		if kitMatch(e, g) {
			hit++
		}
		got = append(got, e.String())
	}
	if hit != 1 || len(r.Discrepancies) != 1 {
		return fmt.Sprintf("changed to %q: want exactly this discrepancy, got %v", plantWritten(o, nv), got)
	}
	return ""
}
