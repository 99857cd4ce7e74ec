package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// copyArticles writes invented articles, each a JSON Lines file: an
// original wire text, two later copies of it (another headline and
// boilerplate; its first paragraphs with one of their own), an earlier
// article that holds most of its paragraphs inside a longer text, and an
// unrelated one.
func copyArticles(t *testing.T) []string {
	t.Helper()
	paras := []string{
		"The regional water board voted on Thursday to raise the price of drinking water by nine percent from the first of next month, citing the cost of repairing aging pipes across the eastern districts of the valley.",
		"Board chair Miriam Osei told reporters after the meeting that the increase was the smallest the board could approve while keeping the repair program on schedule for the coming three years of work.",
		"Residents who spoke at the public hearing before the vote said the rise would hurt families already struggling with higher rents, and several asked the board to spread the increase over two years instead.",
		"The board said households using less than a set amount each month would be shielded from most of the change, and that a hardship fund would open to applications in the spring for those who qualify.",
		"Engineers have counted more than four hundred leaks on the eastern mains since last winter, according to a report the board published alongside its budget, and they expect the number to grow without the repairs.",
	}
	other := []string{
		"A small bakery on the corner of the old market square has won a national prize for its rye bread, the owners said on Friday, after entering the contest for the first time in its forty years of trading.",
		"The family that runs the bakery said the recipe had been handed down through three generations and that they planned to spend the prize money on a new oven and on training two apprentices from the town.",
	}
	arts := []struct{ id, date, text string }{
		{"orig", "2025-03-10", "Water prices to rise nine percent\n\n" + strings.Join(paras, "\n\n")},
		{"copy", "2025-03-11", "Valley water bills go up next month\n\nBy a staff writer\n\n" + strings.Join(paras, "\n\n") + "\n\nShare this story with your friends."},
		{"trim", "2025-03-12", "Water board backs price rise\n\n" + strings.Join(paras[:3], "\n\n") + "\n\nThe board meets again in six weeks to review the first month of the new prices and the state of the repair program."},
		{"early", "2025-03-09", "Inside the valley's water troubles\n\nFor years the valley's water network has been patched rather than rebuilt, and the bills are now coming due for every household on the eastern side.\n\n" + strings.Join(paras[1:], "\n\n") + "\n\nWhat follows for the board is a long argument over who pays for the next decade of repairs, and how much of it falls on the smallest users."},
		{"bread", "2025-03-11", "Corner bakery wins bread prize\n\n" + strings.Join(other, "\n\n")},
	}
	dir := t.TempDir()
	var files []string
	for _, a := range arts {
		line, err := json.Marshal(map[string]string{"id": a.id, "date": a.date, "text": a.text})
		if err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, a.id+".jsonl")
		if err := os.WriteFile(f, append(line, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// TestRegroupTakesSavedCopyPairs: a store built in two regroups (each
// invented article in turn the late one, the earliest-dated among them,
// which takes the place of the original) marks the same near-copies as
// one regroup of all (the reports equal, copy marks and similarities
// included) and keeps the same pairs; its second regroup takes the saved
// pairs and saves only those the late article makes, and those only.
func TestRegroupTakesSavedCopyPairs(t *testing.T) {
	ctx := context.Background()
	files := copyArticles(t)
	open := func() *savesCounted { return openCounted(t) }
	once := open()
	want, rep := regroupFiles(t, once, files)
	copies := 0
	for _, a := range rep.Articles {
		if a.CopyOf != nil {
			copies++
		}
	}
	if copies < 3 {
		t.Fatalf("one regroup marks %d copies; want the three texts that copy the earliest", copies)
	}
	_, wantPairs, err := once.CopyPairs(ctx)
	if err != nil || len(wantPairs) < 3 {
		t.Fatalf("one regroup keeps the pairs %v, %v; want at least 3", wantPairs, err)
	}
	for late := range files {
		twice := open()
		regroupFiles(t, twice, slices.Delete(slices.Clone(files), late, late+1))
		got, rep2 := regroupFiles(t, twice, files[late:late+1])
		if !bytes.Equal(got, want) {
			t.Errorf("article %d added late: the report differs from one regroup of all", late)
		}
		p := twice.puts[len(twice.puts)-1]
		if p.Reset || len(p.Articles) != 1 || !p.Articles[0].CopiesKnown {
			t.Errorf("article %d added late: the second regroup saved reset %v, articles %+v; want the late one alone, its pairs known", late, p.Reset, p.Articles)
			continue
		}
		for _, c := range p.Copies {
			if c.A != p.Articles[0].Article && c.B != p.Articles[0].Article {
				t.Errorf("article %d added late: the second regroup saved the pair %v, which the late article does not make", late, c)
			}
		}
		known, pairs, err := twice.CopyPairs(ctx)
		if err != nil || known != len(files) || !slices.Equal(pairs, wantPairs) {
			t.Errorf("article %d added late: pairs %d known, %v; want %d, %v", late, known, pairs, len(files), wantPairs)
		}
		if marks(rep2) != marks(rep) {
			t.Errorf("article %d added late: copy marks %s; want %s", late, marks(rep2), marks(rep))
		}
	}
}

// marks lists the articles' near-copy marks.
func marks(rep *corroborate.Report) string {
	var out []string
	for _, a := range rep.Articles {
		if a.CopyOf != nil {
			out = append(out, a.ID+">"+*a.CopyOf)
		}
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// TestRegroupKeepsTieAnswers: a regroup keeps the close-call tie-break's
// answers it used, and a second regroup after a late seed (each in turn)
// takes them: it gives the report of one regroup of all (checked by
// TestRegroupTwiceSavesWhatChanged on the same stores) and leaves the
// store holding the answers one regroup of all leaves, no more: it saves
// the answers to new questions only and drops those no longer asked.
func TestRegroupKeepsTieAnswers(t *testing.T) {
	ctx := context.Background()
	files := seedFiles(t)
	open := func() *savesCounted { return openCounted(t) }
	once := open()
	want, _ := regroupFiles(t, once, files)
	wantTies, err := once.TieAnswers(ctx)
	if err != nil || len(wantTies) == 0 {
		t.Fatalf("one regroup of the seeds keeps the tie answers %v, %v; want some", wantTies, err)
	}
	for late := range files {
		twice := open()
		regroupFiles(t, twice, slices.Delete(slices.Clone(files), late, late+1))
		before, err := twice.TieAnswers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := regroupFiles(t, twice, files[late:late+1])
		if !bytes.Equal(got, want) {
			t.Errorf("seed %d added late: the report differs from one regroup of all", late)
		}
		ties, err := twice.TieAnswers(ctx)
		if err != nil || !slices.EqualFunc(ties, wantTies, func(a, b corroborate.TieAnswer) bool { return bytes.Equal(a.Key, b.Key) && a.Pick == b.Pick }) {
			t.Errorf("seed %d added late: the store keeps %d tie answers, %v; want one regroup's %d", late, len(ties), err, len(wantTies))
		}
		p := twice.puts[len(twice.puts)-1]
		for _, a := range p.Ties {
			if slices.ContainsFunc(before, func(b corroborate.TieAnswer) bool { return bytes.Equal(a.Key, b.Key) }) {
				t.Errorf("seed %d added late: the second regroup saved again an answer the store held", late)
			}
		}
	}
}
