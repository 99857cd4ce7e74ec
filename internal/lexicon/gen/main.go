// Command gen writes the compact WordNet extract that package lexicon
// embeds. It reads Debian's wordnet-base (/usr/share/wordnet):
//
//	apt-get install wordnet-base && go run ./internal/lexicon/gen
//
// Each line of the output is a word form as WordNet writes it (case kept,
// underscores for spaces) and its senses: part of speech, lexicographer
// file and synset offset, with "i" for instances (proper nouns) and
// ">offset" for each hypernym. Lines
// starting with "=" are the exception lists for base forms.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict folder")
	out := flag.String("o", "internal/lexicon/wordnet.txt.gz", "output file")
	flag.Parse()
	senses := map[string][]string{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(*dir, "data."+pos))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "  ") {
				continue
			}
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
					inst = "i"
				case "@":
					if rest[1+4*i+2] == ssType || ssType == "s" && rest[1+4*i+2] == "a" {
						hyper += ">" + strings.TrimLeft(rest[1+4*i+1], "0")
					}
				}
			}
			for _, w := range words {
				senses[w] = append(senses[w], p+lexfile+":"+strings.TrimLeft(offset, "0")+inst+hyper)
			}
		}
		f.Close()
	}
	keys := make([]string, 0, len(senses))
	for k := range senses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	of, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(of, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# WordNet 3.0 extract. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See LICENSE-WordNet.")
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%s\n", k, strings.Join(senses[k], ","))
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(*dir, pos+".exc"))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) >= 2 {
				fmt.Fprintf(w, "=%s\t%s\t%s\n", pos[:1], fs[0], fs[1])
			}
		}
		f.Close()
	}
	w.Flush()
	zw.Close()
	of.Close()
}
