// Command gen writes the compact WordNet extract that package lexicon
// embeds. It reads Debian's wordnet-base (/usr/share/wordnet):
//
//	apt-get install wordnet-base && go run ./internal/lexicon/gen
//
// Each line of the output is a word form as WordNet writes it (case kept,
// underscores for spaces) and its senses: part of speech, lexicographer
// file and synset offset, with "i" for instances (proper nouns) and
// "^offset" after it for each class the instance is of (WordNet's instance
// hypernyms: France is a European country), and
// ">offset" for each hypernym. Lines
// starting with "=" are the exception lists for base forms.
//
// A sense other than its word's first of its part of speech ends in "/n",
// its sense number less one in WordNet's index files (index.noun and the
// like), whose order puts the senses most frequent in WordNet's
// semantically tagged corpora first: the first noun sense of "king" is the
// ruler, of "head" the body part. Senses are listed in the data files'
// order (part of speech, then synset offset).
//
// It also writes internal/lexicon/toinfinitive.txt: the verbs with a sense
// whose sentence frames take a to-infinitive, and that sense's number; and
// internal/lexicon/derivation.txt: the verbs WordNet derives event nouns
// from ("explosion" → "explode").
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict folder")
	out := flag.String("o", "internal/lexicon/wordnet.txt.gz", "output file")
	inf := flag.String("inf", "internal/lexicon/toinfinitive.txt", "output file of the verbs that take a to-infinitive")
	der := flag.String("der", "internal/lexicon/derivation.txt", "output file of the verbs derived from event nouns")
	ant := flag.String("ant", "internal/lexicon/antonyms.txt", "output file of the adjectives' and verbs' antonyms")
	flag.Parse()
	if err := write(*dir, *out); err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := infinitives(*dir, &buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*inf, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	buf.Reset()
	if err := derivations(*dir, &buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*der, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	buf.Reset()
	if err := antonyms(*dir, &buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*ant, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// derivationRank is how many of a noun's senses, most frequent first,
// lend their derived verbs (the rare senses of a common noun join it to
// verbs of other happenings).
const derivationRank = 3

// derivations writes, for each noun with one of its derivationRank most
// frequent senses filed under noun.act or noun.event (04, 11), the verbs
// WordNet's derivational pointers ("+", a lexical relation: from this
// word of the synset to one word of a verb synset) lead to from those
// senses, most frequent sense first: "explosion<TAB>explode burst …".
func derivations(dir string, out io.Writer) error {
	verbWords := map[int][]string{}
	err := eachRecord(filepath.Join(dir, "data.verb"), func(line string) {
		fields := strings.Fields(line)
		var wcnt int
		fmt.Sscanf(fields[3], "%x", &wcnt)
		off, _ := strconv.Atoi(strings.TrimLeft(fields[0], "0"))
		for i := 0; i < wcnt; i++ {
			verbWords[off] = append(verbWords[off], strings.ToLower(fields[4+2*i]))
		}
	})
	if err != nil {
		return err
	}
	rank, err := senseRanks(filepath.Join(dir, "index.noun"))
	if err != nil {
		return err
	}
	type derived struct {
		rank int
		verb string
	}
	byNoun := map[string][]derived{}
	err = eachRecord(filepath.Join(dir, "data.noun"), func(line string) {
		fields := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		if fields[1] != "04" && fields[1] != "11" {
			return
		}
		var wcnt, pcnt int
		fmt.Sscanf(fields[3], "%x", &wcnt)
		off, _ := strconv.Atoi(strings.TrimLeft(fields[0], "0"))
		rest := fields[4+2*wcnt:]
		fmt.Sscanf(rest[0], "%d", &pcnt)
		for i := 0; i < pcnt; i++ {
			sym, target, pos, srcTgt := rest[1+4*i], rest[2+4*i], rest[3+4*i], rest[4+4*i]
			if sym != "+" || pos != "v" {
				continue
			}
			var src, tgt int
			fmt.Sscanf(srcTgt[:2], "%x", &src)
			fmt.Sscanf(srcTgt[2:], "%x", &tgt)
			to, _ := strconv.Atoi(strings.TrimLeft(target, "0"))
			vw := verbWords[to]
			if src < 1 || src > wcnt || tgt < 1 || tgt > len(vw) {
				continue
			}
			noun := strings.ToLower(fields[4+2*(src-1)])
			r, ok := rank[noun+" "+strconv.Itoa(off)]
			if ok && r < derivationRank {
				byNoun[noun] = append(byNoun[noun], derived{r, vw[tgt-1]})
			}
		}
	})
	if err != nil {
		return err
	}
	nouns := make([]string, 0, len(byNoun))
	for n := range byNoun {
		nouns = append(nouns, n)
	}
	sort.Strings(nouns)
	w := bufio.NewWriter(out)
	fmt.Fprintln(w, "# Event and act nouns of WordNet 3.0 (noun.act, noun.event; three most frequent senses) and the verbs their derivational pointers name, most frequent sense first; written by internal/lexicon/gen. See LICENSE-WordNet.")
	for _, n := range nouns {
		ds := byNoun[n]
		sort.SliceStable(ds, func(i, j int) bool { return ds[i].rank < ds[j].rank })
		seen := map[string]bool{}
		var vs []string
		for _, d := range ds {
			if !seen[d.verb] {
				seen[d.verb] = true
				vs = append(vs, d.verb)
			}
		}
		fmt.Fprintf(w, "%s\t%s\n", n, strings.Join(vs, " "))
	}
	return w.Flush()
}

// infinitiveFrames are WordNet's verb frames of a to-infinitive complement:
// 24 "Somebody ----s somebody to INFINITIVE", 28 "Somebody ----s to
// INFINITIVE".
var infinitiveFrames = map[string]bool{"24": true, "28": true}

// infinitives writes, for each verb with a sense whose frames take a
// to-infinitive, the verb and the sense number (from 0) of its most
// frequent such sense, one "verb<TAB>rank" a line, sorted. A frame with a
// word number applies to that word of the synset only.
func infinitives(dir string, out io.Writer) error {
	rank, err := senseRanks(filepath.Join(dir, "index.verb"))
	if err != nil {
		return err
	}
	best := map[string]int{}
	err = eachRecord(filepath.Join(dir, "data.verb"), func(line string) {
		fields := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		var wcnt, pcnt int
		fmt.Sscanf(fields[3], "%x", &wcnt)
		words := make([]string, 0, wcnt)
		for i := 0; i < wcnt; i++ {
			words = append(words, strings.ToLower(fields[4+2*i]))
		}
		rest := fields[4+2*wcnt:]
		fmt.Sscanf(rest[0], "%d", &pcnt)
		rest = rest[1+4*pcnt:]
		if len(rest) == 0 {
			return
		}
		var fcnt int
		fmt.Sscanf(rest[0], "%d", &fcnt)
		off, _ := strconv.Atoi(strings.TrimLeft(fields[0], "0"))
		for i := 0; i < fcnt && 3+3*i < len(rest); i++ {
			if !infinitiveFrames[rest[2+3*i]] {
				continue
			}
			var wn int
			fmt.Sscanf(rest[3+3*i], "%x", &wn)
			for j, w := range words {
				if wn != 0 && wn != j+1 {
					continue
				}
				r, ok := rank[w+" "+strconv.Itoa(off)]
				if b, seen := best[w]; ok && (!seen || r < b) {
					best[w] = r
				}
			}
		}
	})
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w := bufio.NewWriter(out)
	fmt.Fprintln(w, "# Verbs whose WordNet 3.0 senses take a to-infinitive (frames 24, 28) and the rank of the first such sense; written by internal/lexicon/gen. See LICENSE-WordNet.")
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%d\n", k, best[k])
	}
	return w.Flush()
}

// write reads the WordNet dict folder dir and writes the extract to out.
func write(dir, out string) error {
	of, err := os.Create(out)
	if err != nil {
		return err
	}
	defer of.Close()
	if err := generate(dir, of); err != nil {
		return err
	}
	return of.Close()
}

// generate writes the gzipped extract of the WordNet dict folder dir to out.
func generate(dir string, out io.Writer) error {
	senses := map[string][]string{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		rank, err := senseRanks(filepath.Join(dir, "index."+pos))
		if err != nil {
			return err
		}
		if err := readData(filepath.Join(dir, "data."+pos), func(word, sense string, offset int) {
			if r := rank[strings.ToLower(word)+" "+strconv.Itoa(offset)]; r > 0 {
				sense += "/" + strconv.Itoa(r)
			}
			senses[word] = append(senses[word], sense)
		}); err != nil {
			return err
		}
	}
	keys := make([]string, 0, len(senses))
	for k := range senses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# WordNet 3.0 extract. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See LICENSE-WordNet.")
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%s\n", k, strings.Join(senses[k], ","))
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(dir, pos+".exc"))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) >= 2 {
				fmt.Fprintf(w, "=%s\t%s\t%s\n", pos[:1], fs[0], fs[1])
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// senseRanks reads a WordNet index file: for each "lemma offset" pair the
// sense number (from 0) of that synset among the lemma's senses.
func senseRanks(path string) (map[string]int, error) {
	rank := map[string]int{}
	err := eachRecord(path, func(line string) {
		fs := strings.Fields(line)
		if len(fs) < 4 {
			return
		}
		n, _ := strconv.Atoi(fs[2]) // synset_cnt; the offsets close the line
		for i, off := range fs[len(fs)-n:] {
			o, _ := strconv.Atoi(strings.TrimLeft(off, "0"))
			rank[fs[0]+" "+strconv.Itoa(o)] = i
		}
	})
	return rank, err
}

// readData reads a WordNet data file and calls add for each word of each
// synset with the sense as the extract writes it and the synset's offset.
func readData(path string, add func(word, sense string, offset int)) error {
	return eachRecord(path, func(line string) {
		fields := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		offset, lexfile, ssType := fields[0], fields[1], fields[2]
		var wcnt int
		fmt.Sscanf(fields[3], "%x", &wcnt)
		p := ssType
		if p == "s" {
			p = "a"
		}
		words := make([]string, 0, wcnt)
		for i := 0; i < wcnt; i++ {
			w := fields[4+2*i]
			if k := strings.Index(w, "("); k > 0 { // adjective markers like "(a)"
				w = w[:k]
			}
			words = append(words, w)
		}
		rest := fields[4+2*wcnt:]
		inst := ""
		hyper := ""
		var pcnt int
		fmt.Sscanf(rest[0], "%d", &pcnt)
		for i := 0; i < pcnt; i++ {
			switch rest[1+4*i] {
			case "@i":
				// An instance's class (France: a European country),
				// after "^": not a hypernym of the synset tree.
				inst += "^" + strings.TrimLeft(rest[1+4*i+1], "0")
			case "@":
				if rest[1+4*i+2] == ssType || ssType == "s" && rest[1+4*i+2] == "a" {
					hyper += ">" + strings.TrimLeft(rest[1+4*i+1], "0")
				}
			}
		}
		if inst != "" {
			inst = "i" + inst
		}
		off, _ := strconv.Atoi(strings.TrimLeft(offset, "0"))
		for _, w := range words {
			add(w, p+lexfile+":"+strings.TrimLeft(offset, "0")+inst+hyper, off)
		}
	})
}

// eachRecord calls fn for each line of a WordNet index or data file,
// skipping the licence lines that open it (they start with two spaces).
func eachRecord(path string, fn func(line string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "  ") {
			fn(line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
