package mention

import (
	"regexp"
	"strings"
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
	// reNotTemperature is what after a figure in degrees makes it an
	// angle or a bearing, not a temperature.
	// A figure "in longitude", a quake's "5 degrees on the Richter
	// scale" or "a 5-degree tremor" is no temperature either.
	reNotTemperature = regexp.MustCompile(`(?i)^[\s-]*(?:in\s+|of\s+)?(?:turn|angle|incline|slope|tilt|north|south|east|west|latitude|longitude|arc|bend|rotation|spin|on\s+the\s+richter|richter|quake|earthquake|tremor|temblor|aftershock)`)
)

// temperatures reads the temperatures of the sentence.
func (vs *valueScan) temperatures() {
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
