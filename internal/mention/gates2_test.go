package mention

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestValueGatesAsPatterns checks the gated scans of ages, clock times and
// calibres against their patterns' own scans, on made-up texts.
func TestValueGatesAsPatterns(t *testing.T) {
	words := []string{"Doe", "Roe", "a", "the", "man", "woman", "another", "aged", "AGE", "age of", "age", "12", "45", "9", "23", "1230",
		",", ",", ";", ":", "30", "GMT", "UTC", "BST", "hrs", "hours GMT", "local time", "a.m.", "pm", "EST",
		".38", "9mm", "mm", "millimetre", "MILLIMETERS", "caliber", "Calibre", "calibres", "rifle", "ſ", "\u212a", "of", "and", "said", "Doe, 45,", "9:30", "man, 21,", "Roe,\t7;", "20:15"}
	seps := []string{" ", " ", " ", "", "\t", "\n", "-", "\u00a0", ". "}
	r := rand.New(rand.NewSource(13))
	hits := map[string]int{}
	for i := 0; i < 20000; i++ {
		s := madeUpText(r, words, seps, 12)
		for _, c := range []struct {
			name      string
			got, want [][]int
		}{
			{"agedMatches", agedMatches(s), reAge2.FindAllStringSubmatchIndex(s, -1)},
			{"clock2Matches", clock2Matches(s), reClock2.FindAllStringSubmatchIndex(s, -1)},
			{"clock3Matches", clock3Matches(s), reClock3.FindAllStringSubmatchIndex(s, -1)},
			{"calibreWordMatches", calibreWordMatches(s), reCalibreWord.FindAllStringSubmatchIndex(s, -1)},
			{"calibreMMMatches", calibreMMMatches(s), reCalibreMM.FindAllStringSubmatchIndex(s, -1)},
		} {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Fatalf("%s(%q) = %v, want %v", c.name, s, c.got, c.want)
			}
			hits[c.name] += len(c.want)
		}
		for _, re := range []interface{ MatchString(string) bool }{reAge3, reAge4} {
			if re.MatchString(s) {
				hits["commaThenFigure"]++
				if !commaThenFigure(s) {
					t.Fatalf("commaThenFigure(%q) = false, %v matches", s, re)
				}
			}
		}
	}
	for _, name := range []string{"agedMatches", "clock2Matches", "clock3Matches", "calibreWordMatches", "calibreMMMatches", "commaThenFigure"} {
		if hits[name] < 50 {
			t.Errorf("%s: only %d matches in the texts", name, hits[name])
		}
	}
}

func TestCommaThenFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"Doe, 45, said": true, "Doe,\t4": true, "Doe,45": false, "Doe, x,4": false, "a, b, c, 9": true, "9, ": false, ",": false, "": false,
	} {
		if got := commaThenFigure(s); got != want {
			t.Errorf("commaThenFigure(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestArticleDurationGates checks the gates of articleDurations' two
// patterns against the patterns' own scans of made-up texts.
func TestArticleDurationGates(t *testing.T) {
	words := []string{"Doe", "Roe", "a", "A", "an", "AN", "one", "the", "quarter", "QUARTER", "quarter-century", "quarter hour", "of", "century",
		"hour", "HOURS", "day", "week", "month", "year", "decade", "second", "after", "AFTER", "before", "Before", "earlier", "later", "LATER",
		"laterally", "afterwards", "left", "ſ", "\u212a", "said", "7"}
	seps := []string{" ", " ", " ", "", "\t", "\n", "-", "\u00a0", ". ", ", "}
	r := rand.New(rand.NewSource(35))
	hits := map[string]int{}
	for i := 0; i < 20000; i++ {
		s := madeUpText(r, words, seps, 10)
		for _, c := range []struct {
			name      string
			got, want [][]int
		}{
			{"quarterUnitMatches", quarterUnitMatches(s), reQuarterUnit.FindAllStringSubmatchIndex(s, -1)},
			{"durArticleMatches", durArticleMatches(s), reDurArticle.FindAllStringSubmatchIndex(s, -1)},
		} {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Fatalf("%s(%q) = %v, want %v", c.name, s, c.got, c.want)
			}
			hits[c.name] += len(c.want)
		}
	}
	for _, name := range []string{"quarterUnitMatches", "durArticleMatches"} {
		if hits[name] < 50 {
			t.Errorf("%s: only %d matches in the texts", name, hits[name])
		}
	}
}

// madeUpText joins 1 to most words drawn from words, each followed by a
// separator drawn from seps: a text for checking a gated scan against its
// pattern's own scan.
func madeUpText(r *rand.Rand, words, seps []string, most int) string {
	var b strings.Builder
	for n := 1 + r.Intn(most); n > 0; n-- {
		b.WriteString(words[r.Intn(len(words))])
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}
