package compare

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/logit"
	"github.com/corroborate/corroborate/internal/story"
)

// sameFactCase is a pair of written sentence pairs (testdata/samefact.json):
// close states one fact with two values, far two facts.
type sameFactCase struct {
	Name       string
	Close, Far sameFactPair
}

type sameFactPair struct{ A, B, Va, Vb string }

func loadSameFactCases(t *testing.T) []sameFactCase {
	t.Helper()
	b, err := os.ReadFile("testdata/samefact.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []sameFactCase
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

// features are the same-fact features of the pair's two values, as
// unslottedPairs gives them for a lone pair.
func (p sameFactPair) features(t *testing.T) [sfNumFeatures]float64 {
	t.Helper()
	pub := dates.Date{Year: 2024, Month: 6, Day: 12}
	docs := []story.Doc{doc("a", p.A, pub), doc("b", p.B, pub)}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	facts := c.valueFacts()
	fi, gi := -1, -1
	for k := range facts {
		switch {
		case facts[k].doc == 0 && strings.Contains(facts[k].v.Text, p.Va):
			fi = k
		case facts[k].doc == 1 && strings.Contains(facts[k].v.Text, p.Vb):
			gi = k
		}
	}
	if fi < 0 || gi < 0 {
		t.Fatalf("values %q / %q not read as facts", p.Va, p.Vb)
	}
	return c.sameFactFeatures(&facts[fi], &facts[gi])
}

// TestSameFactFeaturesOrder: the features of two statements of one fact
// rate above those of two facts, by clause overlap and by the fitted model.
func TestSameFactFeaturesOrder(t *testing.T) {
	for _, c := range loadSameFactCases(t) {
		x, y := c.Close.features(t), c.Far.features(t)
		if x[sfClause] <= y[sfClause] || x[sfSentence] <= y[sfSentence] {
			t.Errorf("%s: clause %.2f / %.2f, sentence %.2f / %.2f: want the close pair higher", c.Name, x[sfClause], y[sfClause], x[sfSentence], y[sfSentence])
		}
		if p, q := logit.Prob(sameFactWeights[:], x[:]), logit.Prob(sameFactWeights[:], y[:]); p <= q {
			t.Errorf("%s: p %.3f / %.3f: want the close pair higher", c.Name, p, q)
		}
	}
}

// TestSameFactRefit: a model refitted on the written pairs (close ones
// labelled agreeing, far ones not) weighs word overlap up.
func TestSameFactRefit(t *testing.T) {
	var xs [][]float64
	var ys []bool
	for _, c := range loadSameFactCases(t) {
		x, y := c.Close.features(t), c.Far.features(t)
		xs, ys = append(xs, x[:], y[:]), append(ys, true, false)
	}
	w, err := logit.Fit(xs, ys, nil, 1, sfBias, SameFactFeatureNames[:])
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []int{sfClause, sfSentence} {
		if w[k] <= 0 {
			t.Errorf("weight of %s = %.3f, want > 0", SameFactFeatureNames[k], w[k])
		}
	}
}

// markBestByClause marks a pair best only when each value has no better
// clause match among the other's article's candidates: of two candidates in
// one article the weaker is not best; a lone candidate in a third article is.
func TestMarkBestByClause(t *testing.T) {
	facts := []fact{{doc: 0}, {doc: 1}, {doc: 1}, {doc: 2}, {doc: 2}}
	for _, tc := range []struct {
		name   string
		i, j   int
		clause float64
		want   float64
	}{
		{"weaker of two in article 1", 0, 1, 0.2, 0},
		{"stronger of two in article 1", 0, 2, 0.5, 1},
		{"lone in article 2", 0, 3, 0.1, 1},
		{"no overlap", 1, 4, 0, 0},
	} {
		var ps []modelPair
		for _, o := range []struct {
			i, j   int
			clause float64
		}{{0, 1, 0.2}, {0, 2, 0.5}, {0, 3, 0.1}, {1, 4, 0}} {
			p := modelPair{i: o.i, j: o.j}
			p.x[sfClause] = o.clause
			ps = append(ps, p)
		}
		markBestByClause(ps, facts)
		for _, p := range ps {
			if p.i == tc.i && p.j == tc.j && p.x[sfBest] != tc.want {
				t.Errorf("%s: sfBest = %v, want %v", tc.name, p.x[sfBest], tc.want)
			}
		}
	}
}

// TestSameFactFeaturesBlindToValues: the features never see the two values
// they rate (the label is whether they agree): two weekdays of one dated
// sentence give the same features whether they name one day or two.
func TestSameFactFeaturesBlindToValues(t *testing.T) {
	a := "Fire\n\nA barn near Eastholm burned down on Friday night, the fire chief said."
	for _, tc := range []struct{ b, vb string }{
		{"Fire\n\nThe barn near Eastholm burned down on Friday night, according to the fire chief.", "Friday"},
		{"Fire\n\nThe barn near Eastholm burned down on Thursday night, according to the fire chief.", "Thursday"},
	} {
		same := sameFactPair{A: a, B: strings.Replace(tc.b, tc.vb, "Friday", 1), Va: "Friday", Vb: "Friday"}.features(t)
		got := sameFactPair{A: a, B: tc.b, Va: "Friday", Vb: tc.vb}.features(t)
		if got != same {
			t.Errorf("%s: features %v, want %v (as for one day)", tc.vb, got, same)
		}
	}
}
