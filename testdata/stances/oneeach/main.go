// Command oneeach analyses each gold story (the "story" field) of a JSON
// Lines kit file alone, as eval findings analyses a labelled story
// (analyze.Process, story.Assemble, compare.Compare over the story's
// articles only), and prints the stances of every story of two or more
// articles as JSON: {"stories": [{"id": story, "stances": [...]}]}. It
// made the "one story alone" material of judged-stances-tune-s16.tsv:
//
//	go run ./testdata/stances/oneeach FILE.jsonl > OUT.json
//
// It lives under testdata so that go build ./... leaves it out.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/story"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: oneeach FILE.jsonl")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "oneeach:", err)
		os.Exit(1)
	}
	recs, _ := source.Records(source.Doc{Source: os.Args[1], Data: data})
	by := map[string][]corroborate.Article{}
	var order []string
	for _, r := range recs {
		var m struct {
			Story string `json:"story"`
		}
		if err := json.Unmarshal(r.Raw, &m); err != nil {
			fmt.Fprintln(os.Stderr, "oneeach: record:", err)
			continue
		}
		st := m.Story
		a, err := pipeline.Extract(r)
		if err != nil {
			continue
		}
		if _, ok := by[st]; !ok {
			order = append(order, st)
		}
		by[st] = append(by[st], *a)
	}
	sort.Strings(order)
	type out struct {
		ID      string               `json:"id"`
		Stances []corroborate.Stance `json:"stances"`
	}
	var res []out
	for _, st := range order {
		arts := by[st]
		if len(arts) < 2 {
			continue
		}
		an, err := analyze.Process(context.TODO(), arts)
		if err != nil {
			fmt.Fprintln(os.Stderr, st, err)
			continue
		}
		var docs []story.Doc
		for i := range arts {
			docs = append(docs, story.Doc{Article: &an.Articles[i], Analysis: an.Readings[i]})
		}
		s := &corroborate.Story{}
		merged := story.Assemble(s, docs)
		r := compare.Compare(compare.Input{Docs: docs, Merged: merged})
		res = append(res, out{ID: st, Stances: r.Stances})
	}
	if err := json.NewEncoder(os.Stdout).Encode(map[string]any{"stories": res}); err != nil {
		fmt.Fprintln(os.Stderr, "oneeach:", err)
		os.Exit(1)
	}
}
