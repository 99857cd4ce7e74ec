package mention

import (
	"slices"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// inclusionMarker returns the number of tokens of a word or phrase at
// token k that opens a postmodifier naming some members of the noun phrase
// before it ("including", "such as", "like", "among them": Quirk et al.
// 1985, §17.65 on apposition by exemplification; CGEL ch. 15 §5), or 0.
func inclusionMarker(toks []text.Token, k int) int {
	switch toks[k].Lower {
	case "including", "like":
		return 1
	case "such":
		if k+1 < len(toks) && toks[k+1].Lower == "as" {
			return 2
		}
	case "among":
		if k+1 < len(toks) && toks[k+1].Lower == "them" {
			return 2
		}
	}
	return 0
}

// inclusionSubject gives the quote of the cue at token i of sentence si a
// plural noun phrase of persons that is the subject of the cue, when that
// phrase is postmodified by an exemplifying phrase set off by commas or
// dashes that names some of its members ("Several councillors, including
// Doe and Roe, criticized …", "Some skippers, such as Doe, said …",
// "Critics — among them Doe — warned …"): the group speaks, not the last
// name of the examples, which are no subject of their own. The phrase
// before the marker must read as a source of the group kind
// (UnnamedSource), so a named subject ("Doe, like Roe, said") keeps its
// reading.
func (a *Analysis) inclusionSubject(si int, toks []text.Token, i int, q *Quote) {
	j := i - 1
	for j > 0 && (adverbish(toks[j].Lower) || toks[j].Lower == "since" && j > 0 && adverbish(toks[j-1].Lower) || a.inTimex(si, toks[j]) && toks[j].Text != ",") {
		j-- // "…, including Doe, on Friday criticized", "have since denounced"
	}
	k, d := inclusionStart(toks, j)
	if k < 0 {
		a.appositionMembers(si, toks, j, q)
		a.coordinatedMembers(si, toks, j, i, q)
		return
	}
	s := a.Sentences[si].Text
	from := clauseStart(toks, k-1)
	if from >= toks[k-1].Start {
		return
	}
	np := strings.TrimSpace(s[from:toks[k-1].Start])
	if d != "," && strings.Contains(np, ",") {
		return // a dash opens no postmodifier after a list
	}
	cq := *q
	cq.Entity, cq.Speaker, cq.SpeakerText, cq.How, cq.Sentence, cq.role = -1, "", np, "nominal", si, false
	if _, kind := a.UnnamedSource(cq); kind == KindGroup {
		cq.Members = a.membersBetween(si, toks[k].End, toks[j].End)
		*q = cq
	}
}

// membersBetween returns the distinct entities of persons and organisations
// named in sentence si between byte offsets from and to, in order of place.
// A given name alone that shares the surname of the name coordinated after
// it ("including Ada and Ivo Marsh": sharedSurnameGiven) is left out: read
// as a person of its own, the story may join it to another of that given
// name.
func (a *Analysis) membersBetween(si, from, to int) []int {
	var out []int
	for _, m := range a.Mentions {
		if m.Sentence != si || m.RoleOnly || m.Start < from || m.End > to || m.Entity < 0 || m.Entity >= len(a.Entities) {
			continue
		}
		if a.sharedSurnameGiven(si, m) {
			continue
		}
		if t := a.Entities[m.Entity].Type; (t == Person || t == Organization) && !slices.Contains(out, m.Entity) {
			out = append(out, m.Entity)
		}
	}
	return out
}

// sharedSurnameGiven reports whether mention m of sentence si is one word,
// a listed first name, followed by "and" or "or" and a capitalised word:
// the given name of a pair that shares one surname ("Ada and Ivo Marsh").
func (a *Analysis) sharedSurnameGiven(si int, m NameMention) bool {
	if a.Entities[m.Entity].Type != Person || strings.Contains(strings.TrimSpace(m.Text), " ") || !listedFirstName(strings.TrimSpace(m.Text)) {
		return false
	}
	s := a.Sentences[si].Text
	if m.End < 0 || m.End > len(s) {
		return false
	}
	rest := text.Tokens(s[m.End:])
	return len(rest) >= 2 && (rest[0].Lower == "and" || rest[0].Lower == "or") && rest[1].IsWord() && rest[1].IsCapitalized()
}

// inclusionStart returns the token of the inclusion marker whose
// postmodifier ends at token j, and the mark that opens it (a comma or a
// dash), or -1. The postmodifier is closed by the same mark at j, or,
// as writers often leave that comma out, it is a list of names alone
// (capitalised words, "and", "or", commas, brackets and full stops) that
// runs up to the verb group ("Several senators, including Doe (Ore.) and
// Roe (Tex.) have since denounced …").
func inclusionStart(toks []text.Token, j int) (int, string) {
	if j <= 1 {
		return -1, ""
	}
	d := toks[j].Text
	closed := d == "," || d == "—" || d == "--"
	if closed {
		j--
	}
	for k := j; k > 1; k-- {
		w := toks[k].Lower
		if w == ";" || w == ":" || w == "“" || w == "”" || w == "\"" || w == "''" {
			return -1, ""
		}
		if n := inclusionMarker(toks, k); n > 0 && (closed && toks[k-1].Text == d || !closed && toks[k-1].Text == ",") {
			if k+n > j {
				return -1, ""
			}
			return k, toks[k-1].Text
		}
		if !closed && !nameListToken(toks[k]) {
			return -1, ""
		}
	}
	return -1, ""
}

// nameListToken reports whether a token can stand in a list of names: a
// capitalised word, "and", "or", a comma, a bracket or a full stop.
func nameListToken(t text.Token) bool {
	switch t.Lower {
	case "and", "or", ",", "(", ")", ".":
		return true
	}
	return t.IsWord() && t.IsCapitalized()
}

// appositionMembers gives the quote q, whose speaker is one of two or
// more coordinated names in an apposition set off by commas right before
// the cue's verb group (the apposition's last comma at token j), the other
// names as Members. The apposition names the members of the plural noun
// phrase of persons before it, the subject ("Two surveyors, Doe and Roe,
// said …", "Three aldermen, Doe, Roe and Poe, warned …": apposition, Quirk
// et al. 1985 §17.65–17.72; CGEL ch. 15 §5), so each named person spoke:
// the speaker is the named people, not the nearest name alone, which
// dropped the others. The reading and its speaker stay as they were. The
// phrase must read as a source of the group kind (UnnamedSource); a
// numeral opening it must count the names; the apposition holds names
// only (capitalised words, "and", "or", commas, brackets, full stops) and
// no one-word name of a person (bareGivenName). A list of subjects with
// no closing comma ("Aides, Doe and Roe said") or of names alone ("Doe,
// Roe and Poe, said") is no apposition.
func (a *Analysis) appositionMembers(si int, toks []text.Token, j int, q *Quote) {
	if j <= 2 || toks[j].Text != "," {
		return
	}
	// The apposition runs back from j over name words, "and", "or",
	// commas and brackets; it opens at the first comma of that run after
	// a word ("members of the board from Umbria, Doe and Roe,"). In "Doe,
	// Roe and Poe, said" that leaves "Doe" before it, no group.
	c := -1
	for k := j - 1; k > 0 && nameListToken(toks[k]); k-- {
		if toks[k].Text == "," && toks[k-1].IsWord() && toks[k-1].Lower != "and" && toks[k-1].Lower != "or" {
			c = k
		}
	}
	if c < 0 || c+1 >= j {
		return
	}
	s := a.Sentences[si].Text
	from := clauseStart(toks, c)
	for k := c - 1; k >= 0 && toks[k].Start >= from; k-- {
		if toks[k].Text == "," {
			from = toks[k+1].Start // "On Friday, two surveyors, Doe and Roe, said"
			break
		}
	}
	if from >= toks[c].Start {
		return
	}
	np := strings.TrimSpace(s[from:toks[c].Start])
	members := a.membersBetween(si, toks[c].End, toks[j].Start)
	if len(members) < 2 || a.bareGivenName(si, toks[c].End, toks[j].Start) {
		return
	}
	if n := leadingCount(text.Tokens(np)); n > 0 && n != len(members) {
		return // "Three aides, Doe and Roe, said": not all of them are named
	}
	if !slices.Contains(members, q.Entity) {
		return
	}
	cq := *q
	cq.Entity, cq.Speaker, cq.SpeakerText, cq.How, cq.Sentence, cq.role = -1, "", np, "nominal", si, false
	if _, kind := a.UnnamedSource(cq); kind != KindGroup {
		return
	}
	q.Members = slices.DeleteFunc(members, func(e int) bool { return e == q.Entity })
}

// bareGivenName reports whether a person is named between byte offsets
// from and to of sentence si by one word only: a given name whose surname
// the next conjoin shares ("Ada and Ivo Marsh") is read as a person of its
// own, whom the story may join to another of that given name; a bare
// surname may be either. Such an apposition gives no members.
func (a *Analysis) bareGivenName(si, from, to int) bool {
	for _, m := range a.Mentions {
		if m.Sentence != si || m.RoleOnly || m.Start < from || m.End > to || m.Entity < 0 || m.Entity >= len(a.Entities) {
			continue
		}
		if a.Entities[m.Entity].Type == Person && !strings.Contains(strings.TrimSpace(m.Text), " ") {
			return true
		}
	}
	return false
}

// leadingCount returns the cardinal that opens a noun phrase ("two
// surveyors", "3 aldermen", "both partners"), or 0.
func leadingCount(toks []text.Token) int {
	if len(toks) == 0 {
		return 0
	}
	w := toks[0].Lower
	if w == "the" && len(toks) > 1 {
		w = toks[1].Lower // "the two surveyors"
	}
	if w == "both" {
		return 2
	}
	if v := smallNumbers[w]; v > 0 {
		return int(v)
	}
	if v, err := strconv.Atoi(w); err == nil && v > 0 {
		return v
	}
	return 0
}

// coordinatedMembers gives the quote q, whose speaker is the last of two
// or more names coordinated by "and" that make up the subject of the cue's
// verb group (the last name ends at token j), the other names as Members:
// a coordinated subject names every conjoin as an agent of the verb
// ("Doe and Roe said …", "Doe, Roe and Poe warned …": coordination of
// noun phrases, Quirk et al. 1985 §13.2, §13.60; CGEL ch. 15 §1), so the
// first names spoke too, and only the nearest one was kept. The speaker
// and the reading stay as they were. The coordination must open its
// clause (the sentence's start, a comma or a quotation mark before it,
// or "both"), hold names only (every word inside a name mention, commas
// and one "and" before the last name; "the" may open a name), and name
// persons, organisations or names of no type (never a place: "Norway and
// Sweden" speak for their governments). The speaker may be any conjoin
// (a list read as an apposition keeps its first name).
func (a *Analysis) coordinatedMembers(si int, toks []text.Token, j, i int, q *Quote) {
	if q.Entity < 0 || q.How != "named" || len(q.Members) > 0 || j < 2 || !toks[j].IsWord() {
		return
	}
	if singularVerbGroup(toks, j+1, i) {
		return // "Doe and Roe says …": a singular verb, one firm's name (Quirk et al. 1985, §10.35)
	}
	var ms []NameMention
	for _, m := range a.Mentions {
		if m.Sentence == si && !m.RoleOnly && m.Entity >= 0 && m.Entity < len(a.Entities) && m.End <= toks[j].End {
			ms = append(ms, m)
		}
	}
	inName := func(t text.Token) int {
		for mi, m := range ms {
			if t.Start >= m.Start && t.End <= m.End {
				return mi
			}
		}
		return -1
	}
	start, ands := j, 0
	var names []int
	for k := j; k >= 0; k-- {
		t := toks[k]
		if mi := inName(t); mi >= 0 {
			if len(names) == 0 || names[len(names)-1] != ms[mi].Entity {
				names = append(names, ms[mi].Entity)
			}
			start = k
			continue
		}
		if t.Lower == "and" && ands == 0 && k < j && len(names) == 1 {
			ands++
			continue
		}
		if t.Text == "," && ands == 1 && k > 0 && inName(toks[k-1]) >= 0 {
			continue // "Doe, Roe and Poe"
		}
		if t.Lower == "the" && k+1 <= j && inName(toks[k+1]) >= 0 {
			start = k // "the Harbour Trust and Doe"
			continue
		}
		break
	}
	if ands == 0 || len(names) < 2 || toks[start].Lower == "and" || !slices.Contains(names, q.Entity) {
		return
	}
	for k := start; k <= j; k++ {
		if _, poss := stripPossessive(toks[k].Text); poss {
			return // "Doe and Roe's family said": a possessive determines a noun after it
		}
	}
	if toks[start].Lower == "the" && !wholeBodyName(a.Entities[names[len(names)-1]]) {
		return // "the Fisheries and Harbour Authority": "the" may govern one name whose words are coordinated
	}
	if start > 0 {
		switch toks[start-1].Lower {
		case ",", "“", "”", "\"", "both":
		default:
			return // "the mother of Doe and Roe said": a complement, no subject
		}
	}
	var others []int
	for _, e := range names {
		switch a.Entities[e].Type {
		case Person, Organization, Other:
		default:
			return
		}
		if ws := strings.Fields(a.Entities[e].Name); titleWords[lower(ws[len(ws)-1])] {
			return // "Fox Vice President and Managing Editor Doe": coordinated titles of one person
		}
		if len(strings.Fields(a.Entities[e].Name)) == 1 && !wholeBodyName(a.Entities[e]) {
			return // "Smith and Wesson said", "Doe and Roe LLP": a name never given in full may be part of one firm's name
		}
		if pluralTitle(a.Entities[e].Name) {
			continue // "Professors Doe and Roe": the name holds the plural title of both
		}
		if e != q.Entity && !slices.Contains(others, e) {
			others = append([]int{e}, others...)
		}
	}
	q.Members = others
}

// singularVerbGroup reports whether the tokens from k up to and including
// the cue at i hold a verb of the third person singular ("says", "has
// said", "is saying"): a subject of names coordinated by "and" takes a
// plural verb unless the names make up one name ("Doe and Roe says", a
// firm's; Quirk et al. 1985, §10.35 notional concord).
func singularVerbGroup(toks []text.Token, k, i int) bool {
	lx := lexicon.Default()
	for ; k <= i && k < len(toks); k++ {
		w := toks[k].Lower
		switch w {
		case "has", "is", "was", "does", "’s", "'s":
			return true
		}
		if b := lx.Base(w, lexicon.Verb); k == i && b != w && (b+"s" == w || b+"es" == w || strings.TrimSuffix(b, "y")+"ies" == w) {
			return true
		}
	}
	return false
}

// pluralTitle reports whether a name opens with the plural of a title
// word ("Professors Doe", "Senators Ida Roe"): a plural title goes with
// names coordinated after it, so the first name took a title that is not
// its own (Quirk et al. 1985, §17.93, titles before names).
func pluralTitle(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	w := lower(strings.TrimSuffix(ws[0], "."))
	b := lexicon.Default().Base(w, lexicon.Noun)
	return b != w && titleWords[b]
}

// wholeBodyName reports whether an entity is an organisation named in full
// by its head, a noun whose senses include a group (WordNet noun.group:
// "the Harbour Trust", "the Kelby Council") or an acronym, not the first
// words of a longer name whose head comes after a coordination ("the
// Coastal Fisheries and Harbour Authority": "Coastal Fisheries").
func wholeBodyName(e ArticleEntity) bool {
	ws := strings.Fields(e.Name)
	if e.Type != Organization || len(ws) == 0 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], namePunct)
	return isAcronym(last) || lexicon.Default().HasLex(lexicon.Default().Base(lower(last), lexicon.Noun), lexicon.Noun, lexicon.NounGroup)
}
