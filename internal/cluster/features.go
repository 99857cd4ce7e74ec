// Package cluster groups articles into stories online: each arriving
// article is compared with the stories that share its rarest features
// (found through an inverted index, so placement cost does not grow with
// the store), and joins the most similar one or starts a new story.
// Similarity combines TF-IDF over base forms (weighted toward the headline
// and lead), the named entities, and the dates of the events described,
// with a time window that decays.
package cluster

import (
	"math"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Features is what clustering knows of an article.
type Features struct {
	// Terms are weighted term counts: "w:base" for words, "e:name" for entities.
	Terms map[string]float64
	// Day is the article's event day (publication date, or the day of the
	// event it reports) as days since 1970, or -1 when unknown.
	Day int
	// Entities are the normalized names of the article's main entities.
	Entities []string
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our
ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your yours yourself said
says say told tell according mr mrs ms one two three new year years day days week weeks month months time people percent also like get
got make made many much may might must per since still though via yet just even well back first last since around`) {
		m[w] = true
	}
	return m
}()

// Words returns the base forms of the content words of s.
func Words(lx *lexicon.Lexicon, s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		w = strings.Trim(strings.ToLower(w), "-")
		if len(w) < 3 || stopwords[w] || isNumeric(w) {
			continue
		}
		b := lx.Base(w, lexicon.Noun)
		if b == w {
			if v := lx.Base(w, lexicon.Verb); v != w {
				b = v
			}
		}
		if stopwords[b] {
			continue
		}
		out = append(out, b)
	}
	return out
}

func isNumeric(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// EntityBoost and NumberBoost weigh names and figures against words: they
// tell apart two events of the same kind better than the vocabulary does.
var (
	// BigramWeight weighs word pairs against single words.
	BigramWeight = 0.0
	// HeadlineWeight weighs headline words as a feature of their own.
	HeadlineWeight = 3.0
	// LateWeight weighs paragraphs after the fifth.
	LateWeight  = 1.0
	EntityBoost = 1.0
	NumberBoost = 3.0
)

// Doc is the input to feature extraction.
type Doc struct {
	Title, Lead, Body string
	Entities          []WeightedName
	Day               int
}

// WeightedName is an entity name with its mention count and type.
type WeightedName struct {
	Name     string
	Type     string
	Mentions int
}

// Extract computes an article's features.
func Extract(lx *lexicon.Lexicon, d Doc) Features {
	f := Features{Terms: map[string]float64{}, Day: d.Day}
	add := func(s string, w float64) {
		ws := Words(lx, s)
		for i, t := range ws {
			f.Terms["w:"+t] += w
			// Phrases ("technical dialogue", "bilateral relations") are
			// more specific to one event than their words.
			if BigramWeight > 0 && i > 0 {
				f.Terms["b:"+ws[i-1]+" "+t] += w * BigramWeight
			}
		}
	}
	add(d.Title, 3)
	// Headlines compared with headlines: outlets titling one event alike.
	for _, t := range Words(lx, d.Title) {
		f.Terms["h:"+t] += HeadlineWeight
	}
	add(d.Lead, 1.5)
	// Paragraphs weigh less the further they are from the top: the lead
	// tells the event, the end often tells background.
	for i, p := range strings.Split(d.Body, "\n\n") {
		w := LateWeight
		switch {
		case i < 2:
			w = 1.5
		case i < 5:
			w = 1
		}
		add(p, w)
	}
	for _, e := range d.Entities {
		if e.Name == "" {
			continue
		}
		w := (1 + math.Log1p(float64(e.Mentions))) * EntityBoost
		f.Terms["e:"+e.Name] += w
		f.Entities = append(f.Entities, e.Name)
	}
	// Sub-linear term frequency.
	for k, v := range f.Terms {
		f.Terms[k] = 1 + math.Log(v)
		if v < 1 {
			f.Terms[k] = v
		}
	}
	return f
}
