// Command closedgen writes the English closed-class word list that package
// lexicon embeds (internal/lexicon/closedclass.txt): the function words
// (determiners, pronouns, prepositions, conjunctions, modals…) that WordNet,
// a lexicon of content words, leaves out. It reads the part-of-speech
// model of github.com/jdkato/prose/v2 (MIT licence), an averaged perceptron
// ported from textblob-aptagger (MIT licence) and trained on the Penn
// Treebank's Wall Street Journal text, from the Go module cache:
//
//	go mod download github.com/jdkato/prose/v2@v2.0.0 && go run ./internal/lexicon/closedgen
//
// A lower-case word is closed-class when the model gives it one of the Penn
// Treebank's closed-class tags (closedTags): its tag dictionary (frequent
// words the training text tags one way) does, or, for a word the
// dictionary leaves out, the word's own feature ("i word w") weighs most
// for such a tag, by at least minWeight. Each line gives the word, the
// tag and "n" when the model scores a noun above a finite verb right after
// the word — on the two features the previous word gives, its tag and
// itself — as after "the", "his", "of" ("the plans", "his claims", "for
// comments"), unlike after "that", "who", "they" or "some" ("some say").
//
// The list also gives, with the flag "s" (and their tag), the words that
// the tag dictionary lists capitalised — as the Treebank writes them at the
// start of a sentence — with a tag other than a proper noun's: "However",
// "Meanwhile", "Then", "Yesterday", "According"; an opener that is not
// closed-class has its tag after a "-" ("then\t-RB\ts").
package main

import (
	"bufio"
	"encoding/gob"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/genfile"
)

// Module is the prose version whose model the list is read from.
const Module = "github.com/jdkato/prose/v2@v2.0.0"

// closedTags are the Penn Treebank's closed-class tags (Santorini 1990,
// "Part-of-speech tagging guidelines for the Penn Treebank Project").
var closedTags = map[string]bool{"CC": true, "DT": true, "EX": true, "IN": true, "MD": true, "PDT": true, "PRP": true,
	"PRP$": true, "RP": true, "TO": true, "WDT": true, "WP": true, "WP$": true, "WRB": true}

// minWeight is the least weight of a word's own feature for a closed tag
// when the tag dictionary does not list the word: below it the feature
// is training noise ("fiscal" 1.9 for IN, "howard" 2.4 for RP), above it
// stand words whose use the tag dictionary found ambiguous ("that" 14.1
// for IN, "her" 13.1 for PRP$, "about" 12.1 for IN).
const minWeight = 4

func main() {
	dir := flag.String("prose", "", "prose module folder (default: from the Go module cache)")
	out := flag.String("o", "internal/lexicon/closedclass.txt", "output file")
	flag.Parse()
	if *dir == "" {
		d, err := ModuleDir()
		if err != nil {
			log.Fatal(err)
		}
		*dir = d
	}
	if err := genfile.Write(*out, func(w io.Writer) error { return Generate(*dir, w) }); err != nil {
		log.Fatal(err)
	}
}

// ModuleDir returns the folder of the prose module in the Go module cache.
func ModuleDir() (string, error) {
	b, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMODCACHE: %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(b)), filepath.FromSlash(Module)), nil
}

// Generate reads the model in the prose module folder dir and writes the list to out.
func Generate(dir string, out io.Writer) error {
	model := filepath.Join(dir, "model", "AveragedPerceptron")
	var tags map[string]string
	if err := readGob(filepath.Join(model, "tags.gob"), &tags); err != nil {
		return err
	}
	var weights map[string]map[string]float64
	if err := readGob(filepath.Join(model, "weights.gob"), &weights); err != nil {
		return err
	}
	closed := map[string]string{}
	for w, t := range tags {
		if lw := strings.ToLower(w); closedTags[t] && plain(lw) {
			closed[lw] = t
		}
	}
	for f, cw := range weights {
		w, ok := strings.CutPrefix(f, "i word ")
		if !ok || !plain(w) || tags[w] != "" {
			continue
		}
		if t := best(cw); closedTags[t] && cw[t] >= minWeight {
			if _, seen := closed[w]; !seen {
				closed[w] = t
			}
		}
	}
	// Sentence openers: capitalised in the tag dictionary, no proper noun.
	opener := map[string]string{}
	for w, t := range tags {
		if lw := strings.ToLower(w); lw != w && plain(lw) && t != "NNP" && t != "NNPS" {
			opener[lw] = t
		}
	}
	seen := map[string]bool{}
	words := make([]string, 0, len(closed)+len(opener))
	for _, m := range []map[string]string{closed, opener} {
		for w := range m {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	sort.Strings(words)
	bw := bufio.NewWriter(out)
	fmt.Fprintf(bw, "# English closed-class words and sentence openers: word, Penn Treebank tag (\"-\" before it: not closed-class), flags: \"n\" a noun rather than a verb follows, \"s\" a sentence opener.\n")
	fmt.Fprintf(bw, "# Written by internal/lexicon/closedgen from the tagger model of %s (MIT licence).\n", Module)
	for _, w := range words {
		t, ok := closed[w]
		flags := ""
		if ok && nounAfter(weights, w, t) {
			flags += "n"
		}
		if ot, ok := opener[w]; ok {
			flags += "s"
			if t == "" {
				t = "-" + ot // not closed-class: the opener's tag after "-"
			}
		}
		if flags != "" {
			flags = "\t" + flags
		}
		fmt.Fprintf(bw, "%s\t%s%s\n", w, t, flags)
	}
	return bw.Flush()
}

// nounAfter reports whether the model scores a noun (NN, NNS) above a
// finite verb (VBD, VBP, VBZ) for the word after w tagged t, on the
// features "i-1 tag t" and "i-1 word w".
func nounAfter(weights map[string]map[string]float64, w, t string) bool {
	score := func(c string) float64 { return weights["i-1 tag "+t][c] + weights["i-1 word "+w][c] }
	return max(score("NN"), score("NNS")) > max(score("VBD"), score("VBP"), score("VBZ"))
}

// best returns the class with the greatest weight (the first in name order
// on a tie).
func best(cw map[string]float64) string {
	bc, bv := "", 0.0
	for c, v := range cw {
		if bc == "" || v > bv || v == bv && c < bc {
			bc, bv = c, v
		}
	}
	return bc
}

// plain reports whether w is a lower-case word of letters, with an
// apostrophe at most ("n't").
func plain(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '\'') {
			return false
		}
	}
	return true
}

func readGob(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
