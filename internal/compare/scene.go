package compare

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file tells two happenings of one story apart by their scene: where
// the sentence of a value says its happening took place. A story may hold
// two events of one kind (two shootings in one city, a round-up of a
// night's shootings beside a report of one of them); their figures and
// times are not values of one fact, however alike their sentences read.
// Two reports of one happening seldom give it two different streets or
// two different neighbourhoods, while two happenings nearly always have
// them. The rule reads only the sentence's own words:
//   - a street: the street of a block address ("the 2600 block of South
//     Keller"), or a street name with a street word written as a place
//     ("on Larkin Road", "at 1300 Moss Avenue"); not a home address ("Ann
//     Roe, of the 6100 block of Moss") nor a place left ("marched from
//     the rally on Moss Avenue");
//   - a neighbourhood: capitalised words before "neighborhood",
//     "neighbourhood", "section" or "district" ("the Brook Hill
//     neighborhood");
//   - a country: a name whose commonest WordNet sense is an instance of a
//     country (WordNet's instance hypernyms: Iran is an Asian country),
//     after "in" or a compass adjective ("in Iran", "southern Iran", "in
//     eastern China"), not the start of a longer name ("in Iran Air's
//     hangar"). Its key is its synset: "US" and "United States" are one.
//
// Two sentences that each name a street, and no street of one is a street
// of the other (compass words and street words aside: "South Keller
// Street" is "Keller Ave."; a shared name word, the same first four letters
// or a spelling variant is one street), are of two scenes; so are two that
// each name a neighbourhood, and two that each name a country (an
// earthquake in Iran and another in China). Two sites that any sentence of the story
// names together (a corner, "fled from Larkin Road to Moss Avenue") may be
// one scene and keep nothing apart.

// reBlockStreet is the street of a block address: "the 2600 block of
// South Keller", "the 200 block of W. Moss Avenue"; house numbers 1 to 99
// are "the first block" or "the unit block" of a
// street in police wording ("the first block of West 9th Street").
var reBlockStreet = regexp.MustCompile(`\b(?:[0-9]+|[Ff]irst|[Uu]nit)\s+block\s+of\s+((?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:[A-Z][a-z]+|[0-9]+(?:st|nd|rd|th))(?:\s+(?:[A-Z][a-z]+\.?|[0-9]+(?:st|nd|rd|th))){0,3})`)

// reArea is a named neighbourhood: capitalised words before a word that
// names a part of a town.
var reArea = regexp.MustCompile(`\b((?:[A-Z][a-z]+[ \t]+){1,3})(?:neighborhood|neighbourhood|section|district)\b`)

// compassWords are the words of a direction that open or close many
// street and area names ("South Keller", "West Side").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "n": true, "s": true, "e": true,
	"w": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true, "side": true, "the": true}

// scene is where a sentence says its happening took place.
type scene struct {
	streets, areas []string // siteKey of each
	countries      []string // countryKey of each
}

// sceneNest holds the pairs of sites some sentence of the story names
// together: they may be one scene (siteKey pairs, each way).
type sceneNest map[[2]string]bool

// siteKey is a street's or an area's name words, lower case, without
// compass and street words: "South Keller Ave." → "keller".
func siteKey(s string) string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.TrimSuffix(w, ".")
		if _, street := mention.StreetWord(w); street || compassWords[w] || w == "" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// sceneOf reads the sites sentence s names; with every, each street it names
// (as a corner, a goal or a home), for docNest. countries are the
// countries s names (countriesIn), read once a sentence by docNest for
// itself and readDocFacts.
func (c *comparer) sceneOf(s string, every bool, countries []string) scene {
	var sc scene
	if strings.Contains(s, "block of") {
		for _, m := range reBlockStreet.FindAllStringSubmatchIndex(s, -1) {
			// "Ann Roe, of the 6100 block of Moss": where she lives.
			if k := siteKey(s[m[2]:m[3]]); k != "" && (every || !reHomeBefore.MatchString(s[:m[0]]) && !reMotionBefore.MatchString(s[:m[0]])) {
				sc.streets = append(sc.streets, k)
			}
		}
	}
	if hasStreetWord(s) {
		for _, m := range reStreet.FindAllStringIndex(s, -1) {
			if every || !reBlockBefore.MatchString(s[:m[0]]) && (locativeBefore(s[:m[0]]) || houseNumberBefore(s[:m[0]])) &&
				!reMotionBefore.MatchString(s[:m[0]]) {
				if k := siteKey(s[m[0]:m[1]]); k != "" {
					sc.streets = append(sc.streets, k)
				}
			}
		}
	}
	sc.countries = countries
	if strings.Contains(s, "neighbo") || strings.Contains(s, "section") || strings.Contains(s, "district") {
		for _, m := range reArea.FindAllStringSubmatch(s, -1) {
			if k := c.areaKey(siteKey(m[1])); k != "" {
				sc.areas = append(sc.areas, k)
			}
		}
	}
	return sc
}

// reBlockBefore ends the text before the street of a block address (read
// with the block).
var reBlockBefore = regexp.MustCompile(`\bblock\s+of\s+(?:[NSEW]\.?\s+)?$`)

// reHomeBefore is the "of" or "from" of a home address ("Ann Roe, of the
// 6100 block of Moss"): where a person lives, not where a thing happened.
var reHomeBefore = regexp.MustCompile(`\b(?:of|from)\s+the\s+$`)

// reMotionBefore is the source of a motion a few words before a site ("marched
// from the rally at Larkin Road", "fled from the 400 block of Moss"):
// a place left, not the scene. (A goal is often the scene: "officers were
// called to the 200 block of Moss".)
var reMotionBefore = regexp.MustCompile(`(?i)\bfrom\b(?:\s+\S+){0,5}\s*$`)

// reHouseNumber is a house number right before a street name ("at 1300
// Moss Avenue").
var reHouseNumber = regexp.MustCompile(`\b[0-9]{2,6}\s+(?:[NSEW]\.\s+)?$`)

// houseNumberBefore reports whether a street name follows a house number.
func houseNumberBefore(before string) bool { return reHouseNumber.MatchString(before) }

// areaKey keeps the words of an area's name that WordNet knows only as
// names ("Brook Hill" → "brook hill", "Alder Park" → "alder"): two
// areas' "Park" or "Heights" say nothing of one place. A name of common
// words only is kept whole.
func (c *comparer) areaKey(k string) string {
	var out []string
	for _, w := range strings.Fields(k) {
		if !c.lx.IsCommon(w) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return k
	}
	return strings.Join(out, " ")
}

// docNest reads which sites an article's sentences name together, each
// pair both ways: a story's sceneNest holds its articles' pairs (readFacts).
//
// countries are the countries each sentence names (countriesIn).
func (c *comparer) docNest(a *mention.Analysis) (out [][2]string, countries [][]string) {
	countries = make([][]string, len(a.Sentences))
	for si, s := range a.Sentences {
		countries[si] = c.countriesIn(s.Text)
		sc := c.sceneOf(s.Text, true, countries[si])
		all := append(append(append([]string{}, sc.streets...), sc.areas...), sc.countries...)
		for i, x := range all {
			for _, y := range all[i+1:] {
				out = append(out, [2]string{x, y}, [2]string{y, x})
			}
		}
	}
	return out, countries
}

// sitesMeet reports whether two site lists may name one site: a shared
// name word, one name's first four letters, a spelling variant, or a pair
// the story names together.
func sitesMeet(a, b []string, nest sceneNest) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || nest[[2]string{x, y}] || siteWordShared(x, y) {
				return true
			}
		}
	}
	return false
}

// siteWordShared reports whether two site keys share a name word, the same
// first four letters of one, or are one name spelled two ways. Numbered
// streets meet only on the same number ("73rd" / "77th" are two).
func siteWordShared(x, y string) bool {
	for _, a := range strings.Fields(x) {
		for _, b := range strings.Fields(y) {
			if a == b || !strings.ContainsAny(a+b, "0123456789") && (shortFor(a, b) || spellingVariant(a, b)) {
				return true
			}
		}
	}
	return false
}

// twoScenes reports whether two values' sentences place their happenings
// at two scenes: each names a street and they share none, or each names a
// neighbourhood and they share none.
func twoScenes(f, g *fact) bool {
	if f.nest == nil {
		return false
	}
	return len(f.scene.streets) > 0 && len(g.scene.streets) > 0 && !sitesMeet(f.scene.streets, g.scene.streets, f.nest) ||
		len(f.scene.areas) > 0 && len(g.scene.areas) > 0 && !sitesMeet(f.scene.areas, g.scene.areas, f.nest) ||
		len(f.scene.countries) > 0 && len(g.scene.countries) > 0 && !countriesMeet(f.scene.countries, g.scene.countries, f.nest)
}

// reCountryPlace is a capitalised name of up to three words (the first
// may be capitals, "UK", or initials, "U.S.") after "in" (and maybe "the") or after a compass
// adjective: where a country is named as a scene.
var reCountryPlace = regexp.MustCompile(`\b(?:(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[Nn]orth-?east|[Nn]orth-?west|[Ss]outh-?east|[Ss]outh-?west)ern\s+)((?:[A-Z](?:[a-z]+|[A-Z]+|(?:\.[A-Z])+\.))(?:\s+[A-Z][a-z]+){0,2})`)

// countryAnchors are WordNet's "country" synsets.
func (c *comparer) countryAnchors() []uint32 {
	return c.lx.SynsetIDs("country", lexicon.Noun)
}

// countriesIn returns the countries sentence s names as a scene, each by
// its countryKey. A name followed by more capitalised words is read whole:
// "in Iran Air's hangar" names no country.
func (c *comparer) countriesIn(s string) []string {
	// Every opener reCountryPlace reads ends in "n" ("in", "southern")
	// but "across" and "throughout".
	if !strings.Contains(s, "n ") && !strings.Contains(s, "ss ") && !strings.Contains(s, "ut ") || !mayNameCountryScene(s) {
		return nil
	}
	var out []string
	for _, m := range reCountryPlace.FindAllStringSubmatchIndex(s, -1) {
		if nameContinues(s[m[3]:]) {
			continue
		}
		if k := c.countryKey(s[m[2]:m[3]]); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// countrySceneWords are the words reCountryPlace reads right before a
// name, lower-cased (its compass words after "in" may end in "ern": those
// are asked by their ending).
var countrySceneWords = map[string]bool{"in": true, "across": true, "throughout": true, "the": true,
	"north": true, "south": true, "east": true, "west": true, "central": true, "northeast": true, "north-east": true,
	"northwest": true, "north-west": true, "southeast": true, "south-east": true, "southwest": true, "south-west": true}

// mayNameCountryScene reports whether s may hold a match of
// reCountryPlace: a capital letter after white space (\s) whose word
// before is one of countrySceneWords, or its part after a hyphen ("sit-in"),
// or ends in "ern", in any case. The
// pattern tries every position of a sentence; most sentences hold no
// such pair.
func mayNameCountryScene(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' || !isSpaceByte(s[i-1]) {
			continue
		}
		end := i - 1
		for end > 0 && isSpaceByte(s[end-1]) {
			end--
		}
		start := end
		for start > 0 && (isASCIILetter(s[start-1]) || s[start-1] == '-') {
			start--
		}
		w := strings.ToLower(s[start:end])
		if countrySceneWords[w] || strings.HasSuffix(w, "ern") {
			return true
		}
		if h := strings.LastIndexByte(w, '-'); h >= 0 && countrySceneWords[w[h+1:]] {
			return true // "a sit-in Norland": \b opens "in" after the hyphen
		}
	}
	return false
}

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// nameContinues reports whether a capitalised word follows a name.
func nameContinues(after string) bool {
	after = strings.TrimLeft(after, " ")
	return after != "" && after[0] >= 'A' && after[0] <= 'Z'
}

// countryKey is the synset of the country a name stands for ("" when it
// is not a country): its instance sense of the lowest rank, among its first
// two noun senses, is an instance of a country. "Georgia" is first a state
// of the United States and "Jordan" first a river: no country here; "U.S."
// is first a government, then the country.
func (c *comparer) countryKey(name string) string {
	first := c.firstInstance(name)
	if first == nil || !c.lx.InstanceOfUnder(first.Synset, c.countryAnchors(), 2) {
		return ""
	}
	return strconv.FormatUint(uint64(first.Synset), 10)
}

// firstInstance is a name's instance sense of the lowest rank among its
// first two noun senses (nil when it has none).
func (c *comparer) firstInstance(name string) *lexicon.Sense {
	var first *lexicon.Sense
	for _, x := range c.lx.Senses(name) {
		if x.POS == lexicon.Noun && x.Instance && x.Rank <= 1 && (first == nil || x.Rank < first.Rank) {
			first = &x
		}
	}
	return first
}

// countriesMeet reports whether two lists of countries share one, or
// name two that a sentence of the story names together (a quake felt in
// two countries).
func countriesMeet(a, b []string, nest sceneNest) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || nest[[2]string{x, y}] {
				return true
			}
		}
	}
	return false
}

// placeLevels are the WordNet classes of places that hold one another,
// from the widest: a country holds states, a state cities. A place of
// none of them (a town WordNet does not list, a district, a street) is
// read as the narrowest.
var placeLevels = []string{"country", "state", "city"}

// placeLevel is the rank in placeLevels of the first class a place name's
// commonest instance sense is an instance of (len(placeLevels) when none
// is). The name is read as written, then with each word capitalised
// ("santa rosa", residence.go).
func (c *comparer) placeLevel(name string) int {
	first := c.firstInstance(name)
	if first == nil {
		first = c.firstInstance(titleWords(name))
	}
	if first != nil {
		for i, l := range placeLevels {
			if c.lx.InstanceOfUnder(first.Synset, c.lx.SensesIn(l, lexicon.Noun, lexicon.NounLocation), 3) {
				return i
			}
		}
	}
	return len(placeLevels)
}

// mayHold reports whether one of two places may lie in the other: WordNet
// puts them at two levels (a city and its country, a town it does not
// list and its state).
func (c *comparer) mayHold(a, b string) bool {
	return c.placeLevel(a) != c.placeLevel(b)
}
