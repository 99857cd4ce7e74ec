package evaluate

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
)

// HolderScore counts the stance reader's holders against an attribution
// kit (PolNeAR: every attribution's source and content spans). A
// statement the reader takes (compare.HeldStatements) is scored when its
// verb lies in an annotated attribution's content: its holder is right
// when it names the attribution's source (a name token of the source, a
// pronoun's referent, or a described source's words).
type HolderScore struct {
	Articles int
	// Right of Scored statements inside an attribution's content have
	// that attribution's source as their holder; ByKind splits both by
	// the source's kind (named, pronoun, nominal).
	Right, Scored int
	ByKind        map[string][2]int
	// Wrong counts the wrong holders by what they are: the outlet's own
	// voice ("outlet"), or another name or description ("other").
	Wrong map[string]int
	// NoHolder counts statements inside a content with no holder the story
	// can name (never a stance); Outside those in no attribution's content;
	// Unscored those whose attribution's source is missing, first or second
	// person, or a pronoun with no referent.
	NoHolder, Outside, Unscored int
	// OpaqueOutlet counts holders that name an outlet by a record's hash
	// ("the outlet of [n]"): never a person or organisation.
	OpaqueOutlet int
	// Misses, when not nil, receives one line per wrong holder (the tune
	// half only).
	Misses io.Writer
}

// ScoreHolders reads the articles of one half (and part) of an attribution
// kit, each alone as a story, and scores the holders of the statements the
// stance reader takes from them.
func ScoreHolders(ctx context.Context, path string, half Half, part string, limit int, misses io.Writer) (*HolderScore, error) {
	if err := tuneOnly(half, part, misses); err != nil {
		return nil, err
	}
	golds, arts, artOf, err := readQuoteKit(ctx, path, half, part, limit)
	if err != nil {
		return nil, err
	}
	readings, err := analyze.Read(ctx, arts)
	if err != nil {
		return nil, err
	}
	sc := &HolderScore{ByKind: map[string][2]int{}, Wrong: map[string]int{}, Misses: misses}
	for _, g := range golds {
		i, ok := artOf[g.ID]
		if !ok {
			continue
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		docs := []story.Doc{{Article: &arts[i], Analysis: readings[i]}}
		merged := story.Assemble(&corroborate.Story{}, docs)
		sc.add(g, arts[i].Text, compare.HeldStatements(compare.Input{Docs: docs, Merged: merged}))
	}
	return sc, nil
}

// alignText maps byte offsets of text, the article's text as the engine
// read it, to code point offsets of gold, the kit's text its spans count
// in: extraction turns no-break spaces into spaces and drops rule lines
// ("___."), so the texts run alike but for stretches only gold has. Runes
// are matched in order, a no-break space with a space; on a mismatch
// gold's runes are skipped to the next place where the following runes of
// both agree (-1 for a byte of text no place of gold matches).
func alignText(text, gold string) []int {
	tr, gr := []rune(text), []rune(gold)
	eq := func(a, b rune) bool {
		return a == b || unicode.IsSpace(a) && unicode.IsSpace(b)
	}
	agree := func(i, j int) bool {
		for k := 0; k < 8 && i+k < len(tr); k++ {
			if j+k >= len(gr) || !eq(tr[i+k], gr[j+k]) {
				return false
			}
		}
		return true
	}
	at := make([]int, len(text)+1)
	for k := range at {
		at[k] = -1
	}
	b, j := 0, 0
	for i, r := range tr {
		if j < len(gr) && !eq(r, gr[j]) || j < len(gr) && !agree(i, j) {
			k := j + 1
			for k < len(gr) && !(eq(r, gr[k]) && agree(i, k)) {
				k++
			}
			if k < len(gr) {
				j = k
			}
		}
		n := utf8.RuneLen(r)
		if j < len(gr) && eq(r, gr[j]) {
			for x := 0; x < n; x++ {
				at[b+x] = j
			}
			j++
		}
		b += n
	}
	at[len(text)] = len(gr)
	return at
}

// firstSecondPerson are the sources that name the writer or the reader
// (or, inside a quotation, its speaker): no referent a holder is read for.
var firstSecondPerson = toSet("i", "me", "we", "us", "you", "our", "my")

// goldHolder is the source of attribution a as name tokens to match a
// holder against, and its kind ("named", "pronoun", "nominal"); "" kind
// when it is not scored.
func goldHolder(a GoldAttribution, atts []GoldAttribution, text string) (map[string]bool, string) {
	if a.Source == nil || strings.TrimSpace(*a.Source) == "" {
		return nil, ""
	}
	src := *a.Source
	if isPronoun(src) {
		if firstSecondPerson[toks(src)[0]] {
			return nil, ""
		}
		ref := resolvePronounGender(a, atts, text)
		if ref == "" {
			return nil, ""
		}
		return sourceWords(ref), "pronoun"
	}
	t := sourceWords(src)
	if len(t) == 0 {
		return nil, ""
	}
	if len(nameTokens(src)) > 0 {
		return t, "named"
	}
	return t, "nominal"
}

// sourceWords are the words of a gold source a holder may be named by:
// its name tokens and its other words (titles, articles and pronouns
// aside) over the whole span, appositions included ("Two surveyors, Ilse
// Varn and Tomas Brek," is either person; "my editor at the time" the
// editor).
//
// The words of a relative clause in the span are left out when the words
// before it name someone: they name someone else ("a board member who backs <X>" is the member, not <X>),
// and so are closed-class words ("to", "by", "with", "some": lexicon.
// ClosedClass), which name no one.
func sourceWords(src string) map[string]bool {
	if loc := relativeRe.FindStringIndex(src); loc != nil {
		if head := spanWords(src[:loc[0]]); len(head) > 0 {
			return head
		}
	}
	return spanWords(src)
}

// spanWords are the name tokens and other words of a span, closed-class
// words aside.
func spanWords(src string) map[string]bool {
	out := speakerTokens(src)
	for t := range nameTokens(src) {
		out[t] = true
	}
	for t := range out {
		if _, ok := lexicon.ClosedClass(t); ok {
			delete(out, t)
		}
	}
	return out
}

// relativeRe finds a relative word opening a relative clause in a span.
var relativeRe = regexp.MustCompile(`(?i)\b(who|whom|whose|which|that)\b`)

// holderMatches reports whether a holder names a gold source: a token of
// it (a plural "s" aside) is one of the source's.
func holderMatches(holder string, gold map[string]bool) bool {
	for t := range speakerTokens(holder) {
		if gold[t] || gold[strings.TrimSuffix(t, "s")] || gold[t+"s"] {
			return true
		}
	}
	return false
}

// add scores one article's held statements.
func (s *HolderScore) add(g QuoteGold, text string, held []compare.HeldStatement) {
	s.Articles++
	at := alignText(text, g.Text)
	for _, h := range held {
		if strings.HasPrefix(h.Holder, "the outlet of [") {
			s.OpaqueOutlet++
		}
		// The innermost attribution whose content holds the verb.
		in, off := -1, -1
		if h.Offset >= 0 && h.Offset < len(at) {
			off = at[h.Offset]
		}
		for k, a := range g.Attributions {
			sp := a.ContentSpan
			if off >= 0 && len(sp) == 2 && sp[0] <= off && off < sp[1] && (in < 0 || sp[1]-sp[0] < g.Attributions[in].ContentSpan[1]-g.Attributions[in].ContentSpan[0]) {
				in = k
			}
		}
		if in < 0 {
			s.Outside++
			continue
		}
		a := g.Attributions[in]
		gold, kind := goldHolder(a, g.Attributions, g.Text)
		if kind == "" {
			s.Unscored++
			continue
		}
		if h.Holder == "" {
			s.NoHolder++
			continue
		}
		ok := !h.Own && holderMatches(h.Holder, gold)
		k := s.ByKind[kind]
		k[1]++
		s.Scored++
		if ok {
			k[0]++
			s.Right++
		}
		s.ByKind[kind] = k
		if ok {
			continue
		}
		cause := "other"
		if h.Own {
			cause = "outlet"
		}
		s.Wrong[cause]++
		if s.Misses != nil {
			fmt.Fprintf(s.Misses, "HOLDER %s %s %s: gold %q (%s) system %q %s %q: %s\n", g.ID, kind, cause, derefStr(a.Source), strings.Join(setKeys(gold), " "), h.Holder, h.Position, clip(h.Claim, 80), clip(h.Sentence, 160))
		}
	}
}

// Write prints the score.
func (s *HolderScore) Write(w io.Writer) {
	acc := 0.0
	if s.Scored > 0 {
		acc = float64(s.Right) / float64(s.Scored)
	}
	fmt.Fprintf(w, "articles %d\n", s.Articles)
	fmt.Fprintf(w, "holders in an attribution's content: %d/%d right (%.4f)", s.Right, s.Scored, acc)
	for _, k := range []string{"named", "pronoun", "nominal"} {
		fmt.Fprintf(w, "; %s %d/%d", k, s.ByKind[k][0], s.ByKind[k][1])
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "wrong holders by kind: outlet %d, other %d\n", s.Wrong["outlet"], s.Wrong["other"])
	fmt.Fprintf(w, "not scored: no holder %d, outside any content %d, source unscored %d; opaque outlet holders %d\n", s.NoHolder, s.Outside, s.Unscored, s.OpaqueOutlet)
}
