package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// A later member of a series (clock3, session 56). An ordinal before an
// event noun tells which of several happenings of one kind the noun names
// (Quirk et al. 1985 §5.22, the ordinals: "the second blast", "a third
// explosion", "the next tremor"), and "another" or "further" one more of
// them (§5.16, §7.88): "the first blast happened at 8:55 p.m. and the
// second blast came at 9:10 p.m." tells two blasts at two moments. An
// article that tells the blast it opened on by "the blast" is telling the
// first, so the later member's time is no time of "the blast": it dates an
// event of its own, which only another later member of the same rank meets.

// laterOrdinals are the closed-class words that pick a later member of a
// series before its noun (ordinal numerals past "first", and "another",
// "further", "next", "subsequent"). "First" picks the member other
// articles call by the bare noun; "last" is left out (it may be the only
// one told: "the last bus left at 11 p.m.").
var laterOrdinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "2nd": true, "3rd": true, "4th": true, "5th": true,
	"another": true, "further": true, "next": true, "subsequent": true}

// laterMember returns the event a subject noun at token h dates: ev, or
// for a noun after a later ordinal, up to two adjectives between ("a
// second, larger blast", "the second powerful explosion"), the ordinal
// and ev ("second blast"), an event of its own that no verb is close to.
func laterMember(toks []text.Token, h int, ev string) string {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		lw := toks[k].Lower
		if laterOrdinals[lw] {
			return lw + " " + ev
		}
		if lw == "," {
			continue
		}
		if tag, closed := closedTag(lw); closed && tag != "JJ" || !toks[k].IsWord() {
			return ev
		}
	}
	return ev
}

// laterMemberApart reports whether two times are of two members of a
// series: one dates a later member (laterMember: "the second quake came at
// 4:50 a.m.") and the other not that member ("the quake happened at 3:25
// a.m.", the first). A later member's time meets only a time of the same
// later member.
func laterMemberApart(f, g *fact) bool {
	a, b := laterRank(f.head), laterRank(g.head)
	return (a != "" || b != "") && f.head != g.head
}

// laterRank returns the ordinal of a head laterMember gave a later
// member ("second" of "second quake"), "" for any other head.
func laterRank(head string) string {
	w, _, ok := strings.Cut(head, " ")
	if !ok || !laterOrdinals[w] {
		return ""
	}
	return w
}
