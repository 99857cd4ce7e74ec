package web

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// namedGroup is one kind of named thing in a story (people, places...).
type namedGroup struct {
	Heading string
	Items   []namedItem
	// Top are the most mentioned items, shown; Rest are folded.
	Top, Rest []namedItem
}

// namedShown is how many names of a kind are shown before the fold.
const namedShown = 6

// namedItem is an entity of the story with how often it is mentioned and
// the other stories that name it too.
type namedItem struct {
	Name     string
	Mentions int
	Articles int
	Others   []storyLink
	More     int // other stories beyond those listed
}

type storyLink struct {
	ID, Title string
}

const maxOthers = 4

// namedIn lists the people, organisations, places and other named things
// of st, most mentioned first, each with links to other stories that name
// the same thing (same type, same name or alias, case folded).
func namedIn(v *view, st *corroborate.Story) []namedGroup {
	heading := map[string]string{"person": "People", "organization": "Organisations", "organisation": "Organisations", "place": "Places", "location": "Places"}
	order := []string{"People", "Organisations", "Places", "Other names"}
	groups := map[string]*namedGroup{}
	for _, e := range st.Entities {
		h, ok := heading[strings.ToLower(e.Type)]
		if !ok {
			h = "Other names"
		}
		g := groups[h]
		if g == nil {
			g = &namedGroup{Heading: h}
			groups[h] = g
		}
		it := namedItem{Name: e.Name, Mentions: e.Mentions, Articles: len(e.Articles)}
		names := map[string]bool{strings.ToLower(e.Name): true}
		for _, a := range e.Aliases {
			names[strings.ToLower(a)] = true
		}
		for i := range v.report.Stories {
			o := &v.report.Stories[i]
			if o.ID == st.ID {
				continue
			}
			for _, oe := range o.Entities {
				if !strings.EqualFold(oe.Type, e.Type) || !names[strings.ToLower(oe.Name)] {
					continue
				}
				if len(it.Others) < maxOthers {
					it.Others = append(it.Others, storyLink{ID: o.ID, Title: deref(o.Title, "(untitled story)")})
				} else {
					it.More++
				}
				break
			}
		}
		g.Items = append(g.Items, it)
	}
	var out []namedGroup
	for _, h := range order {
		if g := groups[h]; g != nil {
			sort.SliceStable(g.Items, func(i, j int) bool { return g.Items[i].Mentions > g.Items[j].Mentions })
			g.Top = g.Items[:min(namedShown, len(g.Items))]
			g.Rest = g.Items[len(g.Top):]
			out = append(out, *g)
		}
	}
	return out
}
