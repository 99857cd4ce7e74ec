package compare

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// reWordTok is one word of a sentence with the punctuation after it
// (properNameWords reads its matches with nextWordTok).
var reWordTok = regexp.MustCompile(`[\p{L}][\p{L}\p{N}'’.\-]*([,;:()"“”]?)`)

// properNameWords returns the content words of the capitalised runs of a
// sentence that hold a person's name (persons: byte spans of the person
// mentions): the name and the titles and places written with it ("Cook
// County Judge Ann Roe", "Marlow Police Chief Eliot Ames"). The first word
// of the sentence is capitalised by position, so it counts only as part of
// a run of two or more. Other names ("High Street Bakery") say what the
// sentence is about and stay.
func properNameWords(lx *lexicon.Lexicon, s string, persons [][2]int) map[string]bool {
	if len(persons) == 0 {
		// No run can meet a person's mention: none is kept, whatever the
		// sentence's words (the scan below would find the empty text).
		return map[string]bool{}
	}
	var run []string
	from, to := -1, -1
	var b strings.Builder
	flush := func(initial bool) {
		if (len(run) > 1 || len(run) == 1 && !initial) && overlapsAny(from, to, persons) {
			b.WriteString(strings.Join(run, " "))
			b.WriteByte(' ')
		}
		run, from = run[:0], -1
	}
	first, runInitial := true, false
	// The words as reWordTok reads them, found without it (nextWordTok).
	for i := 0; ; {
		start, end, punct, ok := nextWordTok(s, i)
		if !ok {
			break
		}
		i = punct
		w := s[start:end]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			if len(run) == 0 {
				runInitial, from = first, start
			}
			run, to = append(run, w), end
		} else {
			flush(runInitial)
		}
		first = false
		if punct > end {
			flush(runInitial)
		}
	}
	flush(runInitial)
	return lx.ContentWords(b.String())
}

// overlapsAny reports whether the span [from, to) meets one of spans.
func overlapsAny(from, to int, spans [][2]int) bool {
	for _, sp := range spans {
		if from < sp[1] && sp[0] < to {
			return true
		}
	}
	return false
}

// minus returns the words of a not in b (a is left as it is).
func minus(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a))
	for w := range a {
		if !b[w] {
			out[w] = true
		}
	}
	return out
}

// leadWordOnly reports whether two names of two words or more share only
// their first word: two people of one first name ("Ada Penrose" / "Ada
// Vance") or two bodies of one place ("Marlow Police" / "Marlow Fire
// Department"). A person's short form keeps the family name ("Penrose" /
// "Ada Penrose"), so it shares a last word.
func leadWordOnly(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) < 2 || len(wb) < 2 || wa[0] != wb[0] {
		return false
	}
	for _, x := range wa[1:] {
		for _, y := range wb[1:] {
			if x == y && len(x) > 2 {
				return false
			}
		}
	}
	return true
}

// personSpans are the byte spans of the person mentions of sentence si.
func personSpans(a *mention.Analysis, si int) [][2]int {
	var out [][2]int
	for _, m := range a.Mentions {
		if m.Sentence == si && a.Entities[m.Entity].Type == mention.Person {
			out = append(out, [2]int{m.Start, m.End})
		}
	}
	return out
}
