package compare

import (
	"hash/fnv"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// TestSwappedNouns: sentences written for these tests. Two articles that
// keep a phrase and put two nouns of one kind at its centre tell one thing
// two ways; one noun a kind of the other, a phrase of function words, a
// plural against a singular and an article that writes both are none.
func TestSwappedNouns(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 3, Day: 11}
	const son = "Flood\n\nOfficials said the couple's eldest son was swept from the farm bridge on Monday."
	const x = "Theft\n\nPolice said thieves took the Brenner family's hunting rifle from the cabin near Lake Oduya last week."
	for _, tc := range []struct{ name, x, y, z, want string }{
		{"two kinds of one thing in one phrase", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.",
			"", "other:rifle/shotgun"},
		{"one a kind of the other", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting gun from the cabin.", "", ""},
		{"a plural against a singular", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotguns from the cabin.", "", ""},
		{"one article writes both", x + " A shotgun was left behind in the shed.",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.", "", ""},
		{"another article writes both in one sentence", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin. Deputies later found a rifle and a shotgun in a ditch.", "", ""},
		{"two kin nouns, one article writing both", son,
			"Flood\n\nOfficials said the couple's eldest daughter was swept from the farm bridge on Monday. Their son and daughter both died.", "", ""},
		{"two kin nouns", son,
			"Flood\n\nOfficials said the couple's eldest daughter was swept from the farm bridge on Monday.", "", "other:son/daughter"},
		{"an auxiliary and a verb of saying are no content",
			"Crash\n\nPolice said the suspect was taken to a hospital in Marlow.",
			"Crash\n\nPolice said the victim was taken to a hospital after the crash.", "", ""},
		{"a phrase does not run across a comma",
			"Fire\n\nThe fire started in the kitchen, fire officials said on Tuesday.",
			"Fire\n\nThe fire started in the bedroom, fire officials said.", "", ""},
		{"a phrase holds no comma",
			"Fire\n\nHeavy smoke filled the kitchen, fire crews said on Tuesday.",
			"Fire\n\nHeavy smoke filled the bedroom, neighbours told reporters.", "", ""},
		{"three nouns in one phrase: a list of kinds", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting knife from the cabin.", ""},
		{"two place nouns are a place finding",
			"Storm\n\nThe storm flooded the main road into the city early Sunday.",
			"Storm\n\nWater flooded the main road into the town early Sunday.", "", "place:city/town"},
		{"a noun that modifies the next",
			"Stadium\n\nFans waited outside the stadium's east gate for the bus.",
			"Stadium\n\nFans waited outside the stadium's west gate for the bus.", "", ""},
		{"a noun in a direct quotation against a reporter's", x,
			"Theft\n\n\"They took the Brenner family's hunting shotgun from the cabin,\" Sheriff Dale Orrin said.", "", ""},
		{"a time of day is a value fact",
			"Storm\n\nThe storm reached the northern coast Sunday morning with heavy rain.",
			"Storm\n\nThe storm reached the northern coast Sunday evening with heavy rain.", "", ""},
		{"two unrelated nouns",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting rifle from the cabin.",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting license from the cabin.", "", ""},
		{"a phrase of function words",
			"Theft\n\nA rifle was in the back of the truck.",
			"Theft\n\nDeputies said a shotgun was in the back of the truck.", "", ""},
	} {
		docs := []story.Doc{doc("a", tc.x, pub), doc("b", tc.y, pub)}
		if tc.z != "" {
			docs = append(docs, doc("c", tc.z, pub))
		}
		r := run(docs...)
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSwappedNounsOnce: sentences written for these tests. A pair of
// nouns that an earlier finding (statement alignment) already holds for
// the same articles is one fact, reported once.
func TestSwappedNounsOnce(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 3, Day: 11}
	r := run(doc("a", "Theft\n\nPolice said Tom Verlane stole the family's hunting rifle from the cabin.", pub),
		doc("b", "Theft\n\nDeputies say Tom Verlane stole the family's hunting shotgun from the cabin.", pub))
	if got := alignKinds(r); strings.Count(got, "rifle") != 1 {
		t.Errorf("got %q, want one finding of rifle/shotgun", got)
	}
}

// swapUsesAsBefore is swapUses as it read every phrase before its tokens
// were read once a sentence: each shape around each noun asked of its own
// tokens, the key made for every use. TestSwapUsesAsBefore holds the two
// to the same uses.
func swapUsesAsBefore(c *comparer) []swapUse {
	docs, _ := c.threadDocs()
	var out []swapUse
	for di, d := range docs {
		a := d.Analysis
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) {
				break
			}
			for _, sh := range swapShapes {
				for k := sh[0]; k+sh[1] < len(toks); k++ {
					u, ok := swapUseAtAsBefore(c, toks, k, sh[0], sh[1])
					if !ok {
						continue
					}
					u.doc, u.sent = di, a.Sentences[si].Text
					u.quote = inDirectQuote(a, a.Sentences[si].Start+toks[k].Start)
					out = append(out, u)
				}
			}
		}
	}
	return out
}

// swapUseAtAsBefore is the use of the noun at toks[k] as swapUses read it
// before (ctx, at and the key set; no hash).
func swapUseAtAsBefore(c *comparer, toks []text.Token, k, before, after int) (swapUse, bool) {
	t := toks[k]
	if !t.IsWord() || t.IsCapitalized() {
		return swapUse{}, false
	}
	if _, closed := closedTag(t.Lower); closed {
		return swapUse{}, false
	}
	noun := t.Base(lexicon.Noun)
	if noun == "" || !c.lx.Has(noun, lexicon.Noun) || noun == t.Lower && c.modifiesNext(toks, k) {
		return swapUse{}, false
	}
	ctx := toks[k-before : k+1+after]
	var key []string
	content := 0
	for i, x := range ctx {
		if i == before {
			key = append(key, "_")
			continue
		}
		lw := strings.ReplaceAll(x.Lower, "’", "'")
		key = append(key, lw)
		if !x.IsWord() && !x.IsNumber() {
			return swapUse{}, false
		}
		if _, closed := closedTag(lw); x.IsWord() && !closed && !auxiliaries[lw] && !c.saysAt(x) {
			content++
		}
	}
	if content < swapContentWords {
		return swapUse{}, false
	}
	return swapUse{key: strings.Join(key, " "), word: t.Lower, noun: noun, ctx: ctx, at: before}, true
}

// TestSwapUsesAsBefore: sentences written for this test. The uses read
// with each sentence's tokens read once are those read shape by shape,
// in the same order, and each use's hash is the FNV-1a hash of its key.
func TestSwapUsesAsBefore(t *testing.T) {
	c, docs := swapStory()
	ats, want := c.swapUses(docs), swapUsesAsBefore(c)
	if len(ats) != len(want) || len(want) < 30 {
		t.Fatalf("%d uses, want %d (and at least 30)", len(ats), len(want))
	}
	for i, w := range want {
		g := swapUseOf(docs, ats[i])
		h := fnv.New64a()
		h.Write([]byte(w.key))
		if g.key != w.key || ats[i].hash != h.Sum64() || g.plain() != w.plain() || g.word != w.word || g.noun != w.noun ||
			ats[i].noun != w.noun || g.doc != w.doc || g.sent != w.sent || g.quote != w.quote || g.at != w.at {
			t.Errorf("use %d: %q %q %q (doc %d, quote %v), want %q %q %q (doc %d, quote %v)",
				i, g.key, g.plain(), g.noun, g.doc, g.quote, w.key, w.plain(), w.noun, w.doc, w.quote)
		}
	}
}

// swapStory is a story of articles written for the swapped-noun tests of
// reading: kept phrases, swapped nouns, quotations, commas, modifiers.
func swapStory() (*comparer, []story.Doc) {
	pub := dates.Date{Year: 2023, Month: 3, Day: 11}
	texts := []string{
		"Theft\n\nPolice said thieves took the Brenner family’s hunting rifle from the cabin near Lake Oduya last week. \"They took the old farm truck from the barn,\" Sheriff Dale Orrin said.",
		"Theft\n\nDeputies say thieves took the family's hunting shotgun from the cabin, and the farm truck was found in a ditch on the county road. The son was taken to a hospital.",
		"Storm\n\nThe storm flooded the main road into the city early Sunday, cutting power to 4,000 homes. Heavy smoke filled the kitchen; fire crews said the upper deck of the old ferry held.",
		"Flood\n\nOfficials said the couple's eldest son was swept from the farm bridge on Monday. Stadium fans waited outside the stadium's east gate for the bus to the city.",
	}
	var docs []story.Doc
	for i, s := range texts {
		docs = append(docs, doc(string(rune('a'+i)), s, pub))
	}
	return newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)}), docs
}

// TestSwapCandidates: sentences written for this test. The uses kept are
// those of a key that two nouns or more share, in order; uses whose
// hashes all differ keep none, and uses of one hash (two phrases
// colliding) are all kept, each with its own key.
func TestSwapCandidates(t *testing.T) {
	c, docs := swapStory()
	ats := c.swapUses(docs)
	nouns := map[string]map[string]bool{}
	for _, at := range ats {
		k := swapUseOf(docs, at).key
		if nouns[k] == nil {
			nouns[k] = map[string]bool{}
		}
		nouns[k][at.noun] = true
	}
	var want []string
	for _, at := range ats {
		if u := swapUseOf(docs, at); len(nouns[u.key]) > 1 {
			want = append(want, u.noun+":"+u.key)
		}
	}
	if len(want) == 0 {
		t.Fatal("no key with two nouns: the story swaps none")
	}
	keys := func(us []swapUse) []string {
		var out []string
		for _, u := range us {
			out = append(out, u.noun+":"+u.key)
		}
		return out
	}
	if got := keys(swapCandidates(docs, ats)); !slices.Equal(got, want) {
		t.Errorf("kept %q, want %q", got, want)
	}
	apart, together := slices.Clone(ats), slices.Clone(ats)
	for i := range ats {
		apart[i].hash, together[i].hash = uint64(i), 7
	}
	if got := swapCandidates(docs, apart); len(got) != 0 {
		t.Errorf("hashes all different: kept %q, want none", keys(got))
	}
	if got := swapCandidates(docs, together); len(got) != len(ats) || got[0].key == got[len(got)-1].key {
		t.Errorf("one hash: kept %d uses, want %d, each with its own key", len(got), len(ats))
	}
}
