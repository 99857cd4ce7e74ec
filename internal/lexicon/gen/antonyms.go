package main

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// antonymRank is how many of a word's senses of its part of speech, most
// frequent first, lend their antonyms (a rare sense of a common word
// opposes it to words of other meanings: "fair" weather and "foul").
const antonymRank = 3

// antonyms writes the adjectives and verbs WordNet gives direct antonyms
// ("!", a lexical pointer from one word of a synset to one word of
// another), lifted to the two synsets (WordNet's "dangerous, unsafe" is
// the antonym of "safe" through "unsafe"): "a<TAB>safe<TAB>dangerous
// unsafe". Both words must have the synset among their antonymRank most
// frequent senses. Satellite adjectives have no direct antonyms and are
// left out.
func antonyms(dir string, out io.Writer) error {
	w := bufio.NewWriter(out)
	fmt.Fprintln(w, "# Direct antonyms of WordNet 3.0 adjectives (a) and verbs (v), lifted from the two words to their synsets; each word's three most frequent senses; written by internal/lexicon/gen. See LICENSE-WordNet.")
	for _, pos := range []string{"adj", "verb"} {
		rank, err := senseRanks(filepath.Join(dir, "index."+pos))
		if err != nil {
			return err
		}
		words := map[int][]string{}
		type pair struct{ from, to int }
		var pairs []pair
		err = eachRecord(filepath.Join(dir, "data."+pos), func(line string) {
			fields := strings.Fields(strings.SplitN(line, " | ", 2)[0])
			var wcnt, pcnt int
			fmt.Sscanf(fields[3], "%x", &wcnt)
			off, _ := strconv.Atoi(strings.TrimLeft(fields[0], "0"))
			for i := 0; i < wcnt; i++ {
				wd := strings.ToLower(fields[4+2*i])
				if k := strings.IndexByte(wd, '('); k > 0 {
					wd = wd[:k] // "galore(ip)": the adjective's position marker
				}
				words[off] = append(words[off], wd)
			}
			rest := fields[4+2*wcnt:]
			fmt.Sscanf(rest[0], "%d", &pcnt)
			for i := 0; i < pcnt; i++ {
				if rest[1+4*i] != "!" {
					continue
				}
				to, _ := strconv.Atoi(strings.TrimLeft(rest[2+4*i], "0"))
				pairs = append(pairs, pair{off, to})
			}
		})
		if err != nil {
			return err
		}
		opp := map[string]map[string]bool{}
		for _, pr := range pairs {
			for _, a := range words[pr.from] {
				if r, ok := rank[a+" "+strconv.Itoa(pr.from)]; !ok || r >= antonymRank {
					continue
				}
				for _, b := range words[pr.to] {
					if r, ok := rank[b+" "+strconv.Itoa(pr.to)]; !ok || r >= antonymRank || a == b {
						continue
					}
					if opp[a] == nil {
						opp[a] = map[string]bool{}
					}
					opp[a][b] = true
				}
			}
		}
		keys := make([]string, 0, len(opp))
		for k := range opp {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			var bs []string
			for b := range opp[k] {
				bs = append(bs, b)
			}
			sort.Strings(bs)
			fmt.Fprintf(w, "%s\t%s\t%s\n", pos[:1], k, strings.Join(bs, " "))
		}
	}
	return w.Flush()
}
