// Package mention finds the facts corroboration is made of in an article —
// named entities and their variants, quotes and their speakers, counted
// numbers, and time expressions resolved to dates — each pointing back to
// its sentence. It works by rules over tokens and the WordNet lexicon.
package mention

import (
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/text"
)

// Analysis is the language layer's reading of one article.
type Analysis struct {
	Sentences []text.Sentence
	Tokens    [][]text.Token
	Entities  []ArticleEntity
	Mentions  []NameMention
	Quotes    []Quote
	Numbers   []Number
	Times     [][]Timex // per sentence
	// Ref is the reference date used for relative expressions.
	Ref dates.Date
}

// Analyze reads an article's clean text. ref is its publication date (or
// the story's date when it has none; zero when unknown) and refConf how
// sure that date is.
func Analyze(body string, ref dates.Date, refConf float64) *Analysis {
	a := &Analysis{Sentences: text.Sentences(body), Ref: ref}
	a.Tokens = make([][]text.Token, len(a.Sentences))
	a.Times = make([][]Timex, len(a.Sentences))
	for i, s := range a.Sentences {
		a.Tokens[i] = text.Tokens(s.Text)
		a.Times[i] = Times(s.Text, ref, refConf)
	}
	er := Entities(a.Sentences, a.Tokens)
	a.Entities, a.Mentions = er.Entities, er.Mentions
	a.Quotes = Quotes(body, a)
	a.Numbers = Numbers(a)
	return a
}
