package mention

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// A temperature is a measure in degrees, signed: "minus 17 degrees", "20
// degrees below zero", "-5°C", "a 95-degree day", and, after the word
// "temperature", a figure with no unit ("temperatures were minus 20"). It is
// a size-like value whose unit is the degree, with its scale when written
// ("degree f", "degree c"): two temperatures of one scale, or of none
// written, are compared; a Fahrenheit and a Celsius figure never are.
// (A degree of arc — "a 90-degree turn", "30 degrees north" — is read by
// its words after it; see reNotTemperature.)

var (
	// reTemperature is a signed figure in degrees, its scale and "below
	// zero".
	reTemperature = regexp.MustCompile(`(?i)(\bminus[\s-]+|(?:^|[\s(])[-−])?\b(\d{1,3}(?:\.\d+)?)(?:\s?(?:°|º)|[\s-]degrees?\b)(?:\s?(fahrenheit\b|celsius\b|centigrade\b|f\b|c\b))?(\s+below\s+(?:zero|freezing))?`)
	// reTemperatureBare is "temperature(s)" and a verb or preposition
	// before a figure written with no unit.
	reTemperatureBare = regexp.MustCompile(`(?i)\btemperatures?\s+(?:of|were|was|is|are|at|reached|hit|near|around|(?:fell|dropped|plunged|rose|climbed)\s+to)\s+(?:about\s+|around\s+|nearly\s+)?(minus[\s-]+|[-−])?(\d{1,3}(?:\.\d+)?)\b`)
	// reTemperatureCompact is a signed figure with the scale's symbol
	// written straight after it, as British and Australian news writes a
	// temperature ("highs of 8C", "a record 39.4C", "lows of -3C", "77F":
	// the degree sign left out of "°C", BIPM, The International System of
	// Units, 9th ed., 2019, §4.1, the degree Celsius; the Guardian and
	// Observer style guide, "temperatures": "30C (86F)"). The figure
	// stands after a space, a parenthesis or the sentence's start, so a
	// model name's "F-16C" is none.
	reTemperatureCompact = regexp.MustCompile(`(?:^|[\s(])(minus[\s-]+|[-−])?(\d{1,3}(?:\.\d+)?)([CF])\b`)
	// reNotTemperature is what after a figure in degrees makes it an
	// angle or a bearing, not a temperature.
	// A figure "in longitude", a quake's "5 degrees on the Richter
	// scale" or "a 5-degree tremor" is no temperature either.
	reNotTemperature = regexp.MustCompile(`(?i)^[\s-]*(?:in\s+|of\s+)?(?:turn|angle|incline|slope|tilt|north|south|east|west|latitude|longitude|arc|bend|rotation|spin|on\s+the\s+richter|richter|quake|earthquake|tremor|temblor|aftershock)`)
)

// temperatures reads the temperatures of the sentence.
func (vs *valueScan) temperatures() {
	if strings.ContainsAny(vs.sent, "CF") {
		vs.compactTemperatures()
	}
	lw := strings.ToLower(vs.sent)
	if !strings.Contains(lw, "degree") && !strings.Contains(lw, "°") && !strings.Contains(lw, "º") && !strings.Contains(lw, "temperature") {
		return
	}
	for _, m := range reTemperature.FindAllStringSubmatchIndex(vs.sent, -1) {
		if reNotTemperature.MatchString(vs.sent[m[1]:]) {
			continue
		}
		unit := "degree"
		if m[6] >= 0 {
			unit += " " + strings.ToLower(vs.sent[m[6]:m[6]+1])
		}
		vs.addTemperature(m[2], m[3], m[4], m[5], m[1], m[8] >= 0, unit)
	}
	for _, m := range reTemperatureBare.FindAllStringSubmatchIndex(vs.sent, -1) {
		if rest := vs.sent[m[1]:]; strings.HasPrefix(strings.TrimLeft(rest, " "), "%") || reNotTemperature.MatchString(rest) {
			continue
		}
		vs.addTemperature(m[2], m[3], m[4], m[5], m[1], false, "degree")
	}
}

// compactTemperatures reads reTemperatureCompact's temperatures. A figure
// and a capital letter after a name or a noun is a label, not a measure
// ("Flat 3C", "Gate 12F", "seat 4C": a head noun and the numeral that
// identifies it, the restrictive apposition of Quirk et al. 1985 ch. 17):
// the figure is read only at the sentence's start, after punctuation, a
// closed-class word ("of", "to", "the", "about") or a word WordNet has as
// a verb and not as a noun, or as a verb in its -ed or -ing form ("reached
// 39.4C", "beating 37.9C"); a word written with a capital inside the
// sentence is a name.
func (vs *valueScan) compactTemperatures() {
	for _, m := range reTemperatureCompact.FindAllStringSubmatchIndex(vs.sent, -1) {
		start := m[4]
		if m[2] >= 0 {
			start = m[2]
		}
		if !vs.measureOpener(start) || reNotTemperature.MatchString(vs.sent[m[1]:]) {
			continue
		}
		vs.addTemperature(m[2], m[3], m[4], m[5], m[1], false, "degree "+strings.ToLower(vs.sent[m[6]:m[7]]))
	}
}

// measureOpener reports whether the word before offset off may stand
// before a measure phrase: none (the sentence's start), punctuation, a
// closed-class word, or a lower-case word WordNet has as a verb.
func (vs *valueScan) measureOpener(off int) bool {
	before := strings.TrimRight(vs.sent[:off], " (")
	w := lastWord(before)
	if w == "" {
		return true
	}
	if r := w[len(w)-1]; r < 'A' || r > 'z' || r > 'Z' && r < 'a' {
		return true // punctuation or a figure's end: "fell to -3C, 8C"
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		// A capitalised word opening the sentence is read as the word;
		// inside it, a name.
		if strings.TrimSpace(before) != w {
			return false
		}
		w = strings.ToLower(w)
	}
	if _, ok := lexicon.ClosedClass(w); ok {
		return true
	}
	return vs.lx.Base(w, lexicon.Verb) != "" && (!vs.lx.Has(w, lexicon.Noun) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// addTemperature adds a temperature: its sign (signS < 0 for none), its
// figure and where it ends; below says "below zero" follows.
func (vs *valueScan) addTemperature(signS, signE, numS, numE, end int, below bool, unit string) {
	n, ok := ParseNumber(vs.sent[numS:numE])
	if !ok {
		return
	}
	start := numS
	if signS >= 0 {
		start = signS
		for start < signE && (vs.sent[start] == ' ' || vs.sent[start] == '(') {
			start++
		}
		n = -n
	}
	if below && n > 0 {
		n = -n
	}
	vs.add(Value{Type: VSize, Num: n, Unit: unit, Start: start, End: end, Norm: fmtNum(n) + " " + unit})
}
