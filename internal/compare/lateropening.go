package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// reDistantOpening is a time adjunct opening a sentence that sets its
// clause weeks, months or years away from the time the narrative has
// reached: "A few weeks later,", "Two years earlier,", "Months before,",
// "Last year,". A time-position adverbial fronted to the head of the
// sentence sets the time frame of what follows (Quirk et al. 1985 §8.51,
// §8.55 and §18.20: an initial adjunct as the scene-setting theme); a
// span of a week or more moves the narrative off the happening it tells
// (a news report's main event is one of hours; van Dijk 1988, ch. 2), so
// the sentence tells a later or earlier happening: a background case
// (Halliday and Hasan 1976, ch. 5: "later", "earlier" as temporal
// conjunction of a sequence). Hours or days ("Hours later,") are the
// happening's own course; "ago" counts back from the report, as a
// follow-up names its own event ("Two weeks ago, …"), and is left out
// for weeks and months; years or decades "ago" ("Five years ago the
// company closed its other mill") reach back past any follow-up a story
// groups with its news, with or without a comma. A sentence opened by a
// noun phrase with a genitive of a past year ("Last year's budget raised
// …", the genitive of time, Quirk et al. 1985 §5.118) tells that year's
// thing, another than the story's.
var reDistantOpening = regexp.MustCompile(`(?i)^(?:(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|some|many|\d+)\s+)?(?:weeks?|months?|years?|decades?)\s+(?:later|earlier|before|afterwards?)|last year|the previous year|the year before)\s*,|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|some|many|\d+)\s+(?:years?|decades?)\s+ago\b|(?:last|the previous)\s+year's\s)`)

// distantOpening reports whether sentence s opens with a time adjunct of
// reDistantOpening: its figures are another happening's, as those after
// "in another attack" are (otherEvent).
func distantOpening(s string) bool {
	return reDistantOpening.MatchString(strings.TrimSpace(s))
}

// reYearGenitive is an opening genitive of a past year and the noun it
// determines ("Last year's winner").
var reYearGenitive = regexp.MustCompile(`(?i)^(?:last|the previous)\s+year's\s+([a-z]+)`)

// pastRoleOpening reports whether sentence s opens with a genitive of a
// past year on a person noun ("Last year's winner Hedda Lorn finished
// first on Sunday"): the genitive classifies the person by a past role
// (Quirk et al. 1985 §5.118, the descriptive genitive), and the clause
// tells what the person does now, the story's happening.
func (c *comparer) pastRoleOpening(s string) bool {
	m := reYearGenitive.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false
	}
	w := strings.ToLower(m[1])
	x, ok := c.lx.TopSense(c.lx.Base(w, lexicon.Noun), lexicon.Noun)
	return ok && x.Lex == lexicon.NounPerson
}
