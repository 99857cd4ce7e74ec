package compare

import (
	"math"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// A related story that threadDocs leaves out (first written weeks apart,
// its event dated days apart, or another latest year) is a far story of
// the thread: most of its values are another event's. Its age of a named
// person is still this story's age of that person, when the two articles
// were written within farAgeDays of each other: the evidence is the
// person, not the dates around them. A sentence the same but for its
// value (sameButValue) is no such evidence across far stories: the
// boilerplate of one outlet ("a reward of up to $1,000 for information")
// is the same sentence in two unrelated shootings.
//
// The value facts read the far stories after the near ones (valueDocs);
// every other comparison reads threadDocs alone.

// farAgeDays is how far apart two articles may be written for a named
// person's ages in them to be one fact: a birthday can come between two
// articles a year apart, hardly between two a season apart.
const farAgeDays = 90

// valueDocs returns threadDocs' articles followed by those of the far
// related stories.
func (c *comparer) valueDocs() ([]story.Doc, []docMerged) {
	c.threadDocs()
	return c.all, c.allMerged
}

// threadPart is what threadDocs gives once the thread is read: every
// thread doc while withFar is set, else the near ones.
func (c *comparer) threadPart() ([]story.Doc, []docMerged) {
	if c.withFar {
		return c.all, c.allMerged
	}
	return c.all[:c.nearN], c.allMerged[:c.nearN]
}

// isFar reports whether a thread doc is a far related story's.
func (c *comparer) isFar(doc int) bool {
	c.threadDocs()
	return doc >= c.nearN
}

// farApart reports whether two values are kept apart because one of them
// (or both) is a far story's and they are not the ages of one named person
// (sameNamedAge).
func (c *comparer) farApart(f, g *fact) bool {
	ff, gf := c.isFar(f.doc), c.isFar(g.doc)
	switch {
	case !ff && !gf:
		return false
	case ff && gf:
		return true // two far values: their own story compares them
	}
	return !c.sameNamedAge(f, g)
}

// sameNamedAge reports whether two values are ages of one named person
// (not a kind of person: "~" persons are unnamed) in articles written
// within farAgeDays of each other.
func (c *comparer) sameNamedAge(f, g *fact) bool {
	return c.sameNamedAgeAt(f, g, f.doc, g.doc)
}

// sameNamedAgeAt is sameNamedAge of f and g read in thread docs fd and gd
// (facts as read, before markFacts sets their doc).
func (c *comparer) sameNamedAgeAt(f, g *fact, fd, gd int) bool {
	if !namedAge(f) || !namedAge(g) || !samePerson(f.person, g.person) {
		return false
	}
	a, b := c.publishedDay(fd), c.publishedDay(gd)
	return !a.IsZero() && !b.IsZero() && math.Abs(a.Sub(b).Hours()) <= farAgeDays*24
}

// namedAge reports whether a fact is the age of a named person (not a
// kind of person: "~" persons are unnamed).
func namedAge(f *fact) bool {
	return f.v.Type == mention.VAge && f.person != "" && !strings.HasPrefix(f.person, "~")
}

// publishedDay is a thread doc's publication day (zero when undated).
func (c *comparer) publishedDay(doc int) time.Time {
	p := c.all[doc].Article.Published
	if p == nil {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", *p)
	if err != nil {
		return time.Time{}
	}
	return t
}
