package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
)

// QuoteGold is one article of an attribution kit (PolNeAR format).
type QuoteGold struct {
	ID           string            `json:"id"`
	URL          string            `json:"url"`
	Published    string            `json:"published"`
	Title        string            `json:"title"`
	Text         string            `json:"text"`
	Attributions []GoldAttribution `json:"attributions"`
}

// GoldAttribution is one annotated attribution.
type GoldAttribution struct {
	Source      *string `json:"source"`
	SourceSpan  []int   `json:"source_span"`
	Cue         *string `json:"cue"`
	Content     string  `json:"content"`
	ContentSpan []int   `json:"content_span"`
	QuoteType   string  `json:"quote_type"`
}

// SysQuote is a system quote for scoring.
type SysQuote struct {
	Speaker string
	Text    string
	Direct  bool
	Cue     string // for the misses only
	As      string // the speaker as written, for the misses only
}

// QuoteScore holds the counts of a quote evaluation.
type QuoteScore struct {
	Articles                                    int
	GoldAll, GoldDirect, SysAll, SysDirect      int
	TPAll, TPDirectSys, TPDirectGold            int
	NamedN, NamedOK, PronounN, PronounOK        int
	NamedDirectN, NamedDirectOK                 int
	PronounUnresolved, OtherNominal, OtherNoSrc int
	// GenderN, GenderOK count the pronoun pairs again with the gold
	// pronoun resolved by resolvePronounGender (a second figure; the kit's
	// own resolution above stays the headline); GenderUnresolved counts
	// the pronouns it leaves without a referent.
	GenderN, GenderOK, GenderUnresolved int
	// FairN, FairOK count the named and pronoun pairs again as the fair
	// reading scores them (addFair): only proper names make a source
	// named, and pronouns resolve by gender as well.
	FairN, FairOK int
	// Misses, when not nil, receives one line per missed gold attribution,
	// false system quote and wrong speaker (only ever set for the tune half).
	Misses io.Writer
}

var tokRe = regexp.MustCompile(`[a-z0-9]+`)

func normText(s string) string {
	s = norm.NFKC.String(s)
	return strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
}

func toks(s string) []string { return tokRe.FindAllString(strings.ToLower(normText(s)), -1) }

var pronounSet = toSet("he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "me", "his", "hers", "their", "theirs", "its", "our", "my", "himself", "herself", "themselves", "itself", "who", "which", "that", "one")

var stopSet = toSet("the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
	"president", "vice", "secretary", "gen", "general", "former", "presidential", "candidate", "nominee", "republican", "democratic",
	"chairman", "chairwoman", "chair", "speaker", "house", "senate", "majority", "minority", "leader", "u", "s", "us", "u.s", "st",
	"jr", "sr", "but", "and", "in", "on", "at", "of", "for", "as", "when", "while", "after", "then", "also", "both", "gop", "attorney",
	"judge", "justice", "lt", "col", "capt", "sgt", "prof", "professor", "rev", "ambassador", "mayor", "spokesman", "spokeswoman",
	"chief", "director", "executive", "campaign", "manager")

func toSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var wordRe = regexp.MustCompile(`[A-Za-z][A-Za-z.'\-]*`)
var possRe = regexp.MustCompile(`'s?$`)

// nameTokens follows the kit's scorer: capitalised tokens of the gold
// source before its first comma, possessives and titles dropped.
func nameTokens(s string) map[string]bool {
	grab := func(part string) map[string]bool {
		out := map[string]bool{}
		for _, w := range wordRe.FindAllString(part, -1) {
			if possRe.MatchString(w) {
				continue
			}
			w = strings.Trim(w, ".-")
			if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && !stopSet[strings.ToLower(w)] && !pronounSet[strings.ToLower(w)] {
				out[strings.ToLower(w)] = true
			}
		}
		return out
	}
	s = normText(s)
	if g := grab(strings.Split(s, ",")[0]); len(g) > 0 {
		return g
	}
	return grab(s)
}

func speakerTokens(s string) map[string]bool {
	s = regexp.MustCompile(`'s\b`).ReplaceAllString(normText(s), "")
	out := map[string]bool{}
	for _, w := range wordRe.FindAllString(s, -1) {
		w = strings.ToLower(strings.Trim(w, "."))
		if !stopSet[w] && !pronounSet[w] {
			out[w] = true
		}
	}
	return out
}

func isPronoun(s string) bool {
	t := toks(s)
	return len(t) == 1 && pronounSet[t[0]]
}

func counter(ts []string) map[string]int {
	m := map[string]int{}
	for _, t := range ts {
		m[t]++
	}
	return m
}

// matchQuotes pairs system quotes and gold contents one to one, greedily by
// token overlap ratio (>= 0.5 of the shorter), as the kit's scorer does.
func matchQuotes(sys []string, gold []string) [][2]int {
	type cand struct {
		ratio float64
		inter int
		i, j  int
	}
	var cs []cand
	gc := make([]map[string]int, len(gold))
	gn := make([]int, len(gold))
	for j, g := range gold {
		t := toks(g)
		gc[j], gn[j] = counter(t), len(t)
	}
	for i, s := range sys {
		st := toks(s)
		sc := counter(st)
		if len(st) == 0 {
			continue
		}
		for j := range gold {
			if gn[j] == 0 {
				continue
			}
			inter := 0
			for k, v := range sc {
				inter += min(v, gc[j][k])
			}
			r := float64(inter) / float64(min(len(st), gn[j]))
			if r >= 0.5 {
				cs = append(cs, cand{r, inter, i, j})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].ratio != cs[b].ratio {
			return cs[a].ratio > cs[b].ratio
		}
		if cs[a].inter != cs[b].inter {
			return cs[a].inter > cs[b].inter
		}
		if cs[a].i != cs[b].i {
			return cs[a].i < cs[b].i
		}
		return cs[a].j < cs[b].j
	})
	us, ug := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, c := range cs {
		if us[c.i] || ug[c.j] {
			continue
		}
		us[c.i], ug[c.j] = true, true
		out = append(out, [2]int{c.i, c.j})
	}
	return out
}

// resolvePronoun resolves a gold pronoun source to the nearest named gold
// source before it.
func resolvePronoun(a GoldAttribution, atts []GoldAttribution) string {
	return nearestSourceBefore(a, atts, nil)
}

// nearestSourceBefore is the named gold source (no pronoun) whose span
// starts last before a's source (or content) span, among those keep
// accepts (all when keep is nil); "" when there is none.
func nearestSourceBefore(a GoldAttribution, atts []GoldAttribution, keep func(source string) bool) string {
	start := a.ContentSpan[0]
	if len(a.SourceSpan) > 0 {
		start = a.SourceSpan[0]
	}
	var best *GoldAttribution
	for k := range atts {
		b := &atts[k]
		if b.Source == nil || len(b.SourceSpan) == 0 || b.Source == a.Source || b.SourceSpan[0] >= start || len(nameTokens(*b.Source)) == 0 || isPronoun(*b.Source) {
			continue
		}
		if keep != nil && !keep(*b.Source) {
			continue
		}
		if best == nil || b.SourceSpan[0] > best.SourceSpan[0] {
			best = b
		}
	}
	if best == nil {
		return ""
	}
	return *best.Source
}

// resolvePronounGender resolves a gold "he"/"she" source as
// resolvePronoun does, skipping the gold sources whose gender, as their
// own first name or the article's full name for their surname tells it,
// is the other one: PolNeAR's source is who made the attribution (Newell
// et al. 2018), and "she" never refers to a man. Other pronouns resolve as
// in resolvePronoun.
func resolvePronounGender(a GoldAttribution, atts []GoldAttribution, text string) string {
	want := map[string]byte{"he": 'm', "she": 'f'}[strings.ToLower(strings.TrimSpace(*a.Source))]
	if want == 0 {
		return resolvePronoun(a, atts)
	}
	return nearestSourceBefore(a, atts, func(source string) bool {
		g := sourceGender(source, text)
		return g == 0 || g == want
	})
}

// sourceGender tells the gender of a gold source from a courtesy title
// ("Mr.", "Mrs.", "Ms."), its first capitalised word when that is a first
// name of one gender (mention.FirstNameGender), or else the first name
// written before its last name word elsewhere in the article; 0 when
// none tells it.
func sourceGender(src, text string) byte {
	ws := wordRe.FindAllString(normText(strings.Split(src, ",")[0]), -1)
	var caps []string
	for _, w := range ws {
		switch strings.ToLower(strings.Trim(w, ".")) {
		case "mr":
			return 'm'
		case "mrs", "ms", "miss":
			return 'f'
		}
		if w[0] >= 'A' && w[0] <= 'Z' && !possRe.MatchString(w) {
			caps = append(caps, strings.Trim(w, ".-"))
		}
	}
	if len(caps) == 0 {
		return 0
	}
	if len(caps) >= 2 {
		if g := mention.FirstNameGender(caps[0]); g != 0 {
			return g
		}
	}
	last := caps[len(caps)-1]
	re, err := regexp.Compile(`\b(Mr|Mrs|Ms|[A-Z][a-z]+)\.? (?:[A-Z]\. )?` + regexp.QuoteMeta(last) + `\b`)
	if err != nil {
		return 0
	}
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		switch m[1] {
		case "Mr":
			return 'm'
		case "Mrs", "Ms":
			return 'f'
		}
		if g := mention.FirstNameGender(m[1]); g != 0 {
			return g
		}
	}
	return 0
}

// Add adds one article's system quotes to the score.
func (s *QuoteScore) Add(g QuoteGold, qs []SysQuote) {
	s.Articles++
	// Duplicates (same normalised text) count once.
	seen := map[string]bool{}
	var uniq []SysQuote
	for _, q := range qs {
		k := strings.Join(toks(q.Text), " ")
		if seen[k] {
			continue
		}
		seen[k] = true
		uniq = append(uniq, q)
	}
	qs = uniq
	atts := g.Attributions
	s.GoldAll += len(atts)
	for _, a := range atts {
		if a.QuoteType == "direct" {
			s.GoldDirect++
		}
	}
	s.SysAll += len(qs)
	var st, gt []string
	for _, q := range qs {
		st = append(st, q.Text)
	}
	for _, a := range atts {
		gt = append(gt, a.Content)
	}
	pairs := matchQuotes(st, gt)
	s.TPAll += len(pairs)
	if s.Misses != nil {
		s.writeContentMisses(g, qs, pairs)
	}
	var dq []string
	for _, q := range qs {
		if q.Direct {
			dq = append(dq, q.Text)
		}
	}
	var pool []GoldAttribution
	var pt []string
	for _, a := range atts {
		if a.QuoteType == "direct" || a.QuoteType == "mixed" {
			pool = append(pool, a)
			pt = append(pt, a.Content)
		}
	}
	dp := matchQuotes(dq, pt)
	if s.Misses != nil {
		s.writeDirectMisses(g, dq, dp)
	}
	s.SysDirect += len(dq)
	s.TPDirectSys += len(dp)
	for _, p := range dp {
		if pool[p[1]].QuoteType == "direct" {
			s.TPDirectGold++
		}
	}
	runes, caps := []rune(g.Text), capsInside(g.Text)
	for _, p := range pairs {
		a, q := atts[p[1]], qs[p[0]]
		s.addReadings(a, atts, g.Text, runes, caps, q.Speaker)
		s.addSpeaker(g, a, atts, q)
	}
}

// addSpeaker scores the speaker of system quote q matched to gold
// attribution a: named and pronoun sources (a pronoun by the name it
// refers to) count as right when a word of the speaker names the source;
// nominal and missing sources, and pronouns left unresolved, are only
// counted.
func (s *QuoteScore) addSpeaker(g QuoteGold, a GoldAttribution, atts []GoldAttribution, q SysQuote) {
	spk := q.Speaker
	var gname map[string]bool
	kind := ""
	switch {
	case a.Source != nil && isPronoun(*a.Source):
		ref := resolvePronoun(a, atts)
		if ref == "" {
			s.PronounUnresolved++
			return
		}
		kind, gname = "pronoun", nameTokens(ref)
	case a.Source != nil && len(nameTokens(*a.Source)) > 0:
		kind, gname = "named", nameTokens(*a.Source)
	default:
		if a.Source == nil {
			s.OtherNoSrc++
		} else {
			s.OtherNominal++
		}
		return
	}
	ok := false
	if spk != "" {
		for t := range speakerTokens(spk) {
			if gname[t] {
				ok = true
			}
		}
	}
	if !ok && s.Misses != nil {
		src := ""
		if a.Source != nil {
			src = *a.Source
		}
		fmt.Fprintf(s.Misses, "SPEAKER %s %s: gold %q (%s) system %q as %q cue %q (gold %q): %s || sys: %s\n", g.ID, kind, src, strings.Join(setKeys(gname), " "), spk, q.As, q.Cue, derefStr(a.Cue), clip(a.Content, 100), clip(q.Text, 100))
	}
	if kind == "named" {
		s.NamedN++
		if ok {
			s.NamedOK++
		}
		if a.QuoteType == "direct" {
			s.NamedDirectN++
			if ok {
				s.NamedDirectOK++
			}
		}
	} else {
		s.PronounN++
		if ok {
			s.PronounOK++
		}
	}
}

// addReadings scores one matched pair by the second and third readings:
// gender-checked for a pronoun source, and the fair reading.
func (s *QuoteScore) addReadings(a GoldAttribution, atts []GoldAttribution, text string, runes []rune, caps articleCaps, spk string) {
	if a.Source != nil && isPronoun(*a.Source) {
		s.addGenderChecked(a, atts, text, spk)
	}
	s.addFair(a, atts, text, runes, caps, spk)
}

// addGenderChecked scores one pronoun pair with resolvePronounGender.
func (s *QuoteScore) addGenderChecked(a GoldAttribution, atts []GoldAttribution, text, spk string) {
	ref := resolvePronounGender(a, atts, text)
	if ref == "" {
		s.GenderUnresolved++
		return
	}
	s.GenderN++
	gname := nameTokens(ref)
	for t := range speakerTokens(spk) {
		if spk != "" && gname[t] {
			s.GenderOK++
			return
		}
	}
}

// writeDirectMisses prints the system direct quotes that match no direct
// or mixed gold attribution.
func (s *QuoteScore) writeDirectMisses(g QuoteGold, dq []string, dp [][2]int) {
	hit := map[int]bool{}
	for _, p := range dp {
		hit[p[0]] = true
	}
	for i, t := range dq {
		if !hit[i] {
			fmt.Fprintf(s.Misses, "FALSEDIRECT %s: %s\n", g.ID, clip(t, 160))
		}
	}
}

// writeContentMisses prints the gold attributions no system quote matched
// and the system quotes no gold attribution matched.
func (s *QuoteScore) writeContentMisses(g QuoteGold, qs []SysQuote, pairs [][2]int) {
	us, ug := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		us[p[0]], ug[p[1]] = true, true
	}
	for j, a := range g.Attributions {
		if !ug[j] {
			src, cue := "", ""
			if a.Source != nil {
				src = *a.Source
			}
			if a.Cue != nil {
				cue = *a.Cue
			}
			fmt.Fprintf(s.Misses, "MISS %s %s src=%q cue=%q: %s\n", g.ID, a.QuoteType, src, cue, clip(a.Content, 160))
		}
	}
	for i, q := range qs {
		if !us[i] {
			fmt.Fprintf(s.Misses, "FALSE %s direct=%v speaker=%q cue=%q: %s\n", g.ID, q.Direct, q.Speaker, q.Cue, clip(q.Text, 160))
		}
	}
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func setKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Write prints the score.
func (s *QuoteScore) Write(w io.Writer) {
	pa, ra := ratio(s.TPAll, s.SysAll), ratio(s.TPAll, s.GoldAll)
	pd, rd := ratio(s.TPDirectSys, s.SysDirect), ratio(s.TPDirectGold, s.GoldDirect)
	fmt.Fprintf(w, "articles %d; gold attributions %d (direct %d); system quotes %d (direct %d)\n", s.Articles, s.GoldAll, s.GoldDirect, s.SysAll, s.SysDirect)
	fmt.Fprintf(w, "content direct P %.4f R %.4f F1 %.4f\n", pd, rd, f1(pd, rd))
	fmt.Fprintf(w, "content all    P %.4f R %.4f F1 %.4f\n", pa, ra, f1(pa, ra))
	fmt.Fprintf(w, "speaker named          accuracy %.4f over %d matched pairs\n", ratio(s.NamedOK, s.NamedN), s.NamedN)
	fmt.Fprintf(w, "speaker named (direct) accuracy %.4f over %d matched pairs\n", ratio(s.NamedDirectOK, s.NamedDirectN), s.NamedDirectN)
	fmt.Fprintf(w, "speaker pronoun        accuracy %.4f over %d matched pairs\n", ratio(s.PronounOK, s.PronounN), s.PronounN)
	fmt.Fprintf(w, "speaker named+pronoun  accuracy %.4f over %d matched pairs\n", ratio(s.NamedOK+s.PronounOK, s.NamedN+s.PronounN), s.NamedN+s.PronounN)
	fmt.Fprintf(w, "speaker not scored: pronoun unresolved %d, nominal %d, no source %d\n", s.PronounUnresolved, s.OtherNominal, s.OtherNoSrc)
	fmt.Fprintf(w, "gender-checked gold pronouns (he/she skip gold sources of the other gender): speaker pronoun accuracy %.4f over %d, named+pronoun %.4f over %d (unresolved %d)\n",
		ratio(s.GenderOK, s.GenderN), s.GenderN, ratio(s.NamedOK+s.GenderOK, s.NamedN+s.GenderN), s.NamedN+s.GenderN, s.GenderUnresolved)
	fmt.Fprintf(w, "speaker named+pronoun, fair reading (only proper names are named sources; pronouns gender-checked): accuracy %.4f over %d matched pairs\n", ratio(s.FairOK, s.FairN), s.FairN)
}

// ScoreQuotesFile runs the engine over every article of a kit as analyze
// does (cleanup, stories, story-level speakers) and scores the quotes.
func ScoreQuotesFile(ctx context.Context, path string, limit int) (*QuoteScore, error) {
	return ScoreQuotesHalf(ctx, path, All, limit, nil)
}

// ScoreQuotesHalf scores the articles of one half of a kit (split by article
// id with HalfOf), analysed on their own as analyze would. misses, when not
// nil, receives the misses; it is refused for any half but Tune.
func ScoreQuotesHalf(ctx context.Context, path string, half Half, limit int, misses io.Writer) (*QuoteScore, error) {
	return ScoreQuotesPart(ctx, path, half, "", limit, misses)
}

// ScoreQuotesPart scores as ScoreQuotesHalf does, and with part "a" or "b"
// only the articles of that part of the tune half (PartOf of the article
// id; "": all).
func ScoreQuotesPart(ctx context.Context, path string, half Half, part string, limit int, misses io.Writer) (*QuoteScore, error) {
	if err := tuneOnly(half, part, misses); err != nil {
		return nil, err
	}
	golds, arts, artOf, err := readQuoteKit(ctx, path, half, part, limit)
	if err != nil {
		return nil, err
	}
	an, err := analyze.Process(ctx, arts)
	if err != nil {
		return nil, err
	}
	stories, err := an.Stories(ctx)
	if err != nil {
		return nil, err
	}
	byArticle := map[string][]SysQuote{}
	for _, st := range stories {
		for _, q := range st.Quotes {
			spk := ""
			if q.Speaker != nil {
				spk = *q.Speaker
			}
			cue := ""
			if q.Cue != nil {
				cue = *q.Cue
			}
			byArticle[q.Article] = append(byArticle[q.Article], SysQuote{Speaker: spk, Text: q.Text, Direct: q.Direct, Cue: cue, As: derefStr(q.SpeakerText)})
		}
	}
	score := &QuoteScore{Misses: misses}
	for _, g := range golds {
		var qs []SysQuote
		if i, ok := artOf[g.ID]; ok {
			qs = byArticle[arts[i].ID]
		}
		score.Add(g, qs)
	}
	return score, nil
}

func derefStr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// readQuoteKit reads the articles of one half (and part) of an attribution
// kit: the gold records, the articles extracted from them as analyze would
// read them, and each gold id's article index (a record that does not
// extract has none).
func readQuoteKit(ctx context.Context, path string, half Half, part string, limit int) ([]QuoteGold, []corroborate.Article, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var golds []QuoteGold
	var arts []corroborate.Article
	artOf := map[string]int{} // gold id → article index
	for n := 1; sc.Scan(); n++ {
		if ctx.Err() != nil {
			return nil, nil, nil, ctx.Err()
		}
		if limit > 0 && len(golds) >= limit {
			break
		}
		var g QuoteGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, nil, nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if !half.In(g.ID) || part != "" && PartOf(g.ID) != part {
			continue
		}
		golds = append(golds, g)
		recs, _ := source.Records(source.Doc{Source: path, Data: append([]byte(nil), sc.Bytes()...)})
		if len(recs) != 1 {
			continue
		}
		a, err := pipeline.Extract(recs[0])
		if err != nil {
			continue
		}
		artOf[g.ID] = len(arts)
		arts = append(arts, *a)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, nil, err
	}
	return golds, arts, artOf, nil
}

// tuneOnly refuses a part or a list of misses of any half but the tune
// half: the holdout half is only scored in aggregate.
func tuneOnly(half Half, part string, misses io.Writer) error {
	if part != "" && half != Tune {
		return fmt.Errorf("parts are of the tune half only")
	}
	if misses != nil && half != Tune {
		return fmt.Errorf("misses are printed for the tune half only")
	}
	return nil
}
