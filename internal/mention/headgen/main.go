// Command headgen writes the table of title and place words that package
// mention reads (internal/mention/headwords.txt) from the WordNet 3.0
// extract embedded in internal/lexicon (licence in
// internal/lexicon/LICENSE-WordNet):
//
//	go run ./internal/mention/headgen
//
// A word qualifies by its first noun sense, the most frequent in WordNet's
// tagged corpora (WordNet's sense order), so that a word whose usual
// meaning is something else ("head" the body part, "coach" the carriage,
// "strip") is left out. Each line is a lower-case word and its kind:
//
//   - "title": its first noun sense is a person under one of titleAnchors
//     (leaders, officials, officers, clergy, rulers, nobles, judges…) and
//     not under politician (party members and candidates hold no office),
//     written in lower case (WordNet capitalises "Republican", a party's
//     member), or a form of address ("Mr", "Mrs"): a title before a name
//     that can also stand for the person alone ("the premier", "the
//     ambassador");
//   - "mod": a word that is not itself such a title but comes before the
//     last word of a multi-word title WordNet lists ("prime minister",
//     "vice president", "rear admiral"): part of a title before a name
//     when a title word follows it;
//   - "place": its first noun sense is filed under noun.location or lies
//     under one of placeAnchors (bodies of water, landforms, roads,
//     facilities): a word that ends a place's name ("Varsen Province",
//     "Jordan River", "Heathrow Airport").
//
// The AP Stylebook's abbreviations of titles before names ("Gen.", "Sgt.",
// "Gov.", "Sen.", "Rep.", "Dr.") are listed with the word they stand for
// and take its kind; the third column of their lines is that word.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/genfile"
	"github.com/corroborate/corroborate/internal/lexicon"
)

// titleAnchors are WordNet 3.0 noun.person synsets (offsets): leader
// (09623038), head/chief (10162991), official (10372373), military officer
// (10317007), noncommissioned officer (10360747), clergyman (09927451),
// ruler (10541229), aristocrat (09807754), spokesperson (10638385),
// representative (10522035), legislator (10253995), judge (10225219),
// lawyer (10249950), lawman (10249459), diplomat (10013927), administrator
// (09770949), executive (10069645), professor (10480730) and doctor, the
// holder of a doctorate (10021892, "Dr.").
var titleAnchors = []uint32{9623038, 10162991, 10372373, 10317007, 10360747, 9927451, 10541229, 9807754, 10638385,
	10522035, 10253995, 10225219, 10249950, 10249459, 10013927, 9770949, 10069645, 10480730, 10021892}

// politician is the noun.person synset "politician, politico, pol,
// political leader" (10450303), under leader: the members of parties,
// candidates and campaigners under it hold no office, and "politico"
// names an outlet as often as a person, so it and its hyponyms are no
// titles.
const politician = 10450303

// formOfAddress is the noun.communication synset "title, title of
// respect, form of address" (06339416): "Mister", "Mrs", "Ms.".
const formOfAddress = 6339416

// placeAnchors are WordNet 3.0 noun synsets: body of water (09225146),
// geological formation (09287968), road (04096066) and facility
// (03315023: airports, ports, bases).
var placeAnchors = []uint32{9225146, 9287968, 4096066, 3315023}

// depth is how many hypernym steps a sense may lie below an anchor.
const depth = 8

// apAbbrev are the abbreviations of titles used before a name in the
// Associated Press Stylebook (entries "abbreviations and acronyms",
// "military titles", "legislative titles", "courtesy titles"), with the
// word they abbreviate.
var apAbbrev = map[string]string{"gen": "general", "lt": "lieutenant", "maj": "major", "col": "colonel", "capt": "captain",
	"cmdr": "commander", "adm": "admiral", "sgt": "sergeant", "cpl": "corporal", "brig": "brigadier", "gov": "governor",
	"sen": "senator", "rep": "representative", "dr": "dr.", "prof": "professor", "supt": "superintendent",
	"det": "detective", "insp": "inspector", "mr": "mister", "mrs": "mrs", "ms": "ms.", "pm": "prime minister",
	// The plurals AP writes before several names ("Sens.", "Reps.",
	// "Govs."), its enlisted ranks ("Spc.", "Pfc."), Chicago's "Msgr.",
	// "Atty.", "Rev." and
	// "Ald." (The Chicago Manual of Style, 17th ed., §10.13), and the
	// older forms of the U.S. Government Printing Office's style manuals
	// still written for military and naval ranks ("Comdr.", "Lieut.").
	"sens": "senator", "reps": "representative", "govs": "governor", "gens": "general", "spc": "specialist", "pfc": "private",
	"msgr": "monsignor", "atty": "attorney", "rev": "reverend", "ald": "alderman", "amb": "ambassador", "comdr": "commander", "cdr": "commander",
	"lieut": "lieutenant", "sergt": "sergeant", "corpl": "corporal", "adjt": "adjutant", "ens": "ensign",
	// The U.S. Army's own rank abbreviations written as words ("Cpt.",
	// "Ssg.").
	"cpt": "captain", "ssg": "sergeant", "sfc": "sergeant", "ltc": "lieutenant colonel"}

func main() {
	out := flag.String("o", "internal/mention/headwords.txt", "output file")
	flag.Parse()
	if err := genfile.Write(*out, func(w io.Writer) error { return Generate(lexicon.Default(), w) }); err != nil {
		log.Fatal(err)
	}
}

// Generate writes the table read from lx to out.
func Generate(lx *lexicon.Lexicon, out io.Writer) error {
	// WordNet numbers the senses of a lemma in any case together: the
	// first noun sense of "prime minister" is written "Prime_Minister".
	// A title is written in lower case ("senator"); a noun of persons that
	// WordNet capitalises names a party's or a people's member
	// ("Republican", "Democrat"), which is no title.
	first := map[string]lexicon.Sense{}
	capital := map[string]bool{} // the first sense is written capitalised
	lower := map[string]bool{}   // lemmas WordNet writes in lower case
	lx.EachForm(func(form string, ss []lexicon.Sense) {
		w := strings.ToLower(form)
		if form == w {
			lower[w] = true
		}
		for _, s := range ss {
			if s.POS == lexicon.Noun && s.Rank == 0 {
				first[w], capital[w] = s, form != w
			}
		}
	})
	kinds := map[string]string{}
	var compounds []string
	for w, s := range first {
		k := kindOf(lx, s)
		if s.Instance || k == "" || k == "title" && s.Lex == lexicon.NounPerson && capital[w] && !strings.Contains(w, "_") {
			continue
		}
		if strings.Contains(w, "_") {
			if k == "title" && lower[w] {
				compounds = append(compounds, w)
			}
			continue
		}
		kinds[w] = k
	}
	sort.Strings(compounds)
	// Modifiers: the words before the last of a multi-word title.
	for _, c := range compounds {
		parts := strings.Split(c, "_")
		for _, p := range parts[:len(parts)-1] {
			if _, closed := lexicon.ClosedClass(p); closed || len(p) < 2 || strings.ContainsAny(p, ".'") {
				continue
			}
			if kinds[p] == "" {
				kinds[p] = "mod"
			}
		}
	}
	abbr := map[string]string{}
	for a, full := range apAbbrev {
		k := kinds[full]
		if s, ok := first[full]; ok && k == "" && !s.Instance {
			// the word AP abbreviates, though WordNet capitalises it
			// ("Dr.", the holder of a doctorate): AP lists it as a
			// title, so the capitalisation tells no party's member
			k = kindOf(lx, s)
		}
		if strings.Contains(full, " ") && titleCompound(compounds, full) {
			k = "title"
		}
		if k != "" && kinds[a] == "" {
			kinds[a], abbr[a] = k, full
		}
	}
	words := make([]string, 0, len(kinds))
	for w := range kinds {
		words = append(words, w)
	}
	sort.Strings(words)
	bw := bufio.NewWriter(out)
	fmt.Fprintln(bw, "# Title and place words from WordNet 3.0 (Princeton University; see internal/lexicon/LICENSE-WordNet).")
	fmt.Fprintln(bw, "# Written by internal/mention/headgen: word, kind (title, mod or place), the word an abbreviation stands for.")
	for _, w := range words {
		if full := abbr[w]; full != "" {
			fmt.Fprintf(bw, "%s\t%s\t%s\n", w, kinds[w], full)
			continue
		}
		fmt.Fprintf(bw, "%s\t%s\n", w, kinds[w])
	}
	return bw.Flush()
}

func titleCompound(compounds []string, full string) bool {
	for _, c := range compounds {
		if c == strings.ReplaceAll(full, " ", "_") {
			return true
		}
	}
	return false
}

// kindOf tells whether a noun sense is a title's, a place's or neither.
func kindOf(lx *lexicon.Lexicon, s lexicon.Sense) string {
	switch {
	case s.Lex == lexicon.NounPerson && lx.SynsetUnder(s.Synset, lexicon.Noun, titleAnchors, depth) &&
		!lx.SynsetUnder(s.Synset, lexicon.Noun, []uint32{politician}, depth):
		return "title"
	case s.Lex == lexicon.NounCommunication && lx.SynsetUnder(s.Synset, lexicon.Noun, []uint32{formOfAddress}, 1):
		return "title"
	case s.Lex == lexicon.NounLocation || lx.SynsetUnder(s.Synset, lexicon.Noun, placeAnchors, depth):
		return "place"
	}
	return ""
}
