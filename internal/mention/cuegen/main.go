// Command cuegen writes the verb table that package mention reads its
// attribution cues from (internal/mention/cueverbs.txt). It reads Debian's
// wordnet-base (/usr/share/wordnet, WordNet 3.0, licence in
// internal/lexicon/LICENSE-WordNet):
//
//	apt-get install wordnet-base && go run ./internal/mention/cuegen
//
// For each verb with a sense in verb.communication, verb.cognition or
// verb.emotion, a line gives the share (in percent) of its use in each of
// the three files — senses weighted by WordNet's tagged-corpus counts
// (cntlist.rev) plus one, so that a verb's common senses count more than
// its rare ones — and the sentence frames those senses allow: "c" for a
// that-clause ("Somebody ----s that CLAUSE", frames 26 and 34), "i" for an
// infinitive (frames 24, 25, 28, 32, 35), "w" for "whether" (frame 29),
// "p" for a prepositional phrase ("Somebody ----s PP", "… on something",
// "… somebody of something", "… to somebody": frames 4, 13, 18, 22, 27).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type synset struct {
	lex    int
	frames map[string]map[int]bool // word (lower) → frames; "" for all words
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict folder")
	out := flag.String("o", "internal/mention/cueverbs.txt", "output file")
	flag.Parse()
	syns := readData(filepath.Join(*dir, "data.verb"))
	counts := readCounts(filepath.Join(*dir, "cntlist.rev"))
	f, err := os.Open(filepath.Join(*dir, "index.verb"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue
		}
		fs := strings.Fields(line)
		lemma := fs[0]
		nsyn, _ := strconv.Atoi(fs[2])
		offs := fs[len(fs)-nsyn:]
		var total, comm, cog, emo float64
		flags := map[byte]bool{}
		for i, off := range offs {
			s := syns[off]
			w := 1 + float64(counts[lemma+"#"+strconv.Itoa(i+1)])
			total += w
			switch s.lex {
			case 32:
				comm += w
			case 31:
				cog += w
			case 37:
				emo += w
			default:
				continue
			}
			for fr := range s.frames[""] {
				flag1(flags, fr)
			}
			for fr := range s.frames[lemma] {
				flag1(flags, fr)
			}
		}
		if comm+cog+emo == 0 {
			continue
		}
		var fl []string
		for _, c := range []byte("ciwp") {
			if flags[c] {
				fl = append(fl, string(c))
			}
		}
		lines = append(lines, fmt.Sprintf("%s\t%d\t%d\t%d\t%s", lemma, pct(comm, total), pct(cog, total), pct(emo, total), strings.Join(fl, "")))
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	sort.Strings(lines)
	head := "# Verbs of communication, cognition and emotion from WordNet 3.0 (licence: internal/lexicon/LICENSE-WordNet),\n" +
		"# written by go run ./internal/mention/cuegen. lemma, % communication, % cognition, % emotion (senses weighted by\n" +
		"# tagged counts + 1), frames of those senses: c that-clause, i infinitive, w whether, p prepositional phrase.\n"
	if err := os.WriteFile(*out, []byte(head+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}

func pct(x, t float64) int { return int(100*x/t + 0.5) }

func flag1(flags map[byte]bool, fr int) {
	switch fr {
	case 26, 34:
		flags['c'] = true
	case 24, 25, 28, 32, 35:
		flags['i'] = true
	case 29:
		flags['w'] = true
	case 4, 13, 18, 22, 27:
		flags['p'] = true
	}
}

// readData reads each verb synset's lexicographer file and frames.
func readData(path string) map[string]synset {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out := map[string]synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		fs := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		lex, _ := strconv.Atoi(fs[1])
		var wcnt int
		fmt.Sscanf(fs[3], "%x", &wcnt)
		words := make([]string, wcnt)
		for i := range words {
			words[i] = strings.ToLower(fs[4+2*i])
		}
		k := 4 + 2*wcnt
		pcnt, _ := strconv.Atoi(fs[k])
		k += 1 + 4*pcnt
		s := synset{lex: lex, frames: map[string]map[int]bool{}}
		if k < len(fs) {
			fcnt, _ := strconv.Atoi(fs[k])
			k++
			for j := 0; j < fcnt && k+2 < len(fs); j++ {
				fr, _ := strconv.Atoi(fs[k+1])
				var wn int
				fmt.Sscanf(fs[k+2], "%x", &wn)
				key := ""
				if wn > 0 && wn <= len(words) {
					key = words[wn-1]
				}
				if s.frames[key] == nil {
					s.frames[key] = map[int]bool{}
				}
				s.frames[key][fr] = true
				k += 3
			}
		}
		out[fs[0]] = s
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

// readCounts reads the tagged counts of verb senses: "lemma#sense number" →
// count.
func readCounts(path string) map[string]int {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 || !strings.Contains(fs[0], "%2:") {
			continue
		}
		lemma := strings.ToLower(fs[0][:strings.Index(fs[0], "%")])
		n, _ := strconv.Atoi(fs[2])
		out[lemma+"#"+fs[1]] = n
	}
	return out
}
