package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// sides renders discrepancies with each side's articles:
// "kind:v1[a b]/v2[b]".
func sides(ds []corroborate.Discrepancy) string {
	var out []string
	for _, d := range ds {
		var vs []string
		for _, v := range d.Values {
			vs = append(vs, fmt.Sprintf("%v%v", v.Value, v.Articles))
		}
		out = append(out, d.Kind+":"+strings.Join(vs, "/"))
	}
	return strings.Join(out, " ")
}

// TestSelfContradiction: an article that states one fact twice, two ways,
// is reported on both sides, beside the articles that agree with one of
// its values (selfcontra.go). Sentences written for this test.
func TestSelfContradiction(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		want string
	}{
		{"the day of one blaze",
			[]string{
				"Warehouse fire\n\nFirefighters battled a blaze at a paint warehouse in Kelvory on Thursday, officials said.\n\nThe warehouse had stood empty for two years.",
				"Warehouse fire\n\nFirefighters battled a blaze at a paint warehouse in Kelvory on Thursday.\n\nNeighbours watched from the road as the roof fell in.\n\nFirefighters battled the blaze at the paint warehouse for six hours on Friday.",
			},
			"date:on Thursday[a b]/on Friday[b]"},
		{"the injured of one crash",
			[]string{
				"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
				"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nThe driver was unhurt.\n\nTwelve passengers were injured in the crash, the county said.",
			},
			"number:Nine[a b]/Twelve[b]"},
		{"the age of one named person",
			[]string{
				"Trial\n\nMarta Velasko, 34, was convicted of fraud at the Orrin court on Monday.",
				"Trial\n\nMarta Velasko, 34, was convicted of fraud at the Orrin court on Monday.\n\nThe jury deliberated for two days.\n\nVelasko, 38, will be sentenced next month.",
			},
			"number:34[a b]/38[b]"},
		{"two other articles, one on each of its values",
			[]string{
				"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
				"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nThe driver was unhurt.\n\nTwelve passengers were injured in the crash, the county said.",
				"Bus crash\n\nTwelve passengers were injured in the crash near Harlow Bridge, the county said.",
			},
			"number:Nine[a b]/Twelve[b c]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sides(runUndated(tt.docs...).Discrepancies); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSelfContradictionFalse: two values of one article that are not one
// fact told two ways give no discrepancy: the same value written two ways,
// a correction marked as such, two people's ages, an age a year later, two
// deeds of one verb, a total so far, a range and its end. Sentences written
// for this test.
func TestSelfContradictionFalse(t *testing.T) {
	tests := []struct {
		name string
		docs []string
	}{
		{"the same count written two ways", []string{
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
			"Bus crash\n\n9 passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nThe driver was unhurt.\n\nNine passengers were injured in the crash, the county said.",
		}},
		{"an earlier figure marked as such", []string{
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nThe driver was unhurt.\n\nOfficials initially said twelve passengers were injured in the crash.",
		}},
		{"a figure revised later", []string{
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nThe driver was unhurt.\n\nThe county later said twelve passengers were injured in the crash.",
		}},
		{"two people's ages", []string{
			"Trial\n\nMarta Velasko, 34, was convicted of fraud at the Orrin court on Monday.",
			"Trial\n\nMarta Velasko, 34, was convicted of fraud at the Orrin court on Monday.\n\nHer partner, Ivo Brandt, 41, was convicted of fraud in May.",
		}},
		{"an age at the deed and at the trial", []string{
			"Trial\n\nThe trial of Tomas Ferrel, 19, opened at the Orrin court on Monday.",
			"Trial\n\nThe trial of Tomas Ferrel, 19, opened at the Orrin court on Monday.\n\nProsecutors said Tomas Ferrel, 18, set the fire.",
		}},
		{"two shootings of one night's round-up", []string{
			"Shooting\n\nA man was shot in Delby Park on Monday night, police said.",
			"Shootings\n\nA man was shot in Delby Park on Monday night, police said.\n\nNo arrests have been made.\n\nA teenager was shot in Delby Park on Tuesday night.",
		}},
		{"two deeds of one verb on two days", []string{
			"Protest\n\nPolice arrested 12 protesters outside the Senate in Varna on Monday.",
			"Protest\n\nPolice arrested 12 protesters outside the Senate in Varna on Monday.\n\nOn Wednesday, police arrested 20 protesters outside the Senate.",
		}},
		{"an arrest told again", []string{
			"Arrest\n\nThe suspect was arrested on Thursday after a chase through Holm.",
			"Arrest\n\nThe suspect was arrested on Thursday after a chase through Holm.\n\nHe was arrested again on Saturday after missing a hearing.",
		}},
		{"a total so far", []string{
			"Flu\n\nThree patients died of flu at Renwick Hospital on Monday.",
			"Flu\n\nThree patients died of flu at Renwick Hospital on Monday.\n\nSeven patients have died of flu at Renwick Hospital this month.",
		}},
		{"a range and its end", []string{
			"Storm\n\nThe storm damaged 40 homes in Ashby on Monday.",
			"Storm\n\nThe storm damaged 30 to 40 homes in Ashby on Monday.\n\nCrews said the storm damaged 40 homes in all.",
		}},
		{"a claim made before", []string{
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nThe driver was unhurt.\n\nThe county had said twelve passengers were injured in the crash.",
		}},
		{"the same count of a second crash", []string{
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nThe driver was unhurt.\n\nTwelve passengers were injured in a crash near Dover on the same road.",
		}},
		{"one storm's homes in another named county", []string{
			"Storm damage\n\nThe storm destroyed 40 homes in Dade County on Sunday, officials said.",
			"Storm damage\n\nThe storm destroyed 40 homes in Dade County on Sunday.\n\nPower was still out across the coast on Monday.\n\nIn neighbouring Monroe County, the storm destroyed 12 homes.",
		}},
		{"one flood's families in another named town", []string{
			"Flood\n\nThe flood forced 300 families from their homes in Tarn on Sunday, officials said.",
			"Flood\n\nThe flood forced 300 families from their homes in Tarn on Sunday.\n\nRain is expected to ease by Wednesday.\n\nDownstream in Lessing, the flood forced 120 families from their homes.",
		}},
		{"one verb's day for another named canal", []string{
			"Canal repairs\n\nCrews drained 3 kilometres of the Linden canal on Monday, the waterways agency said. Repairs will cost $8 million.",
			"Canal repairs\n\nCrews drained 3 kilometres of the Linden canal on Monday. Repairs will cost $8 million.\n\nCrews drained 3 kilometres of the Oster canal on Friday, and repairs there will cost $8 million too.",
		}},
		{"a background event of another year", []string{
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.",
			"Bus crash\n\nNine passengers were injured when a bus overturned near Harlow Bridge on Monday.\n\nIn 2019, 14 passengers were injured when a bus overturned near the same bridge.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sides(runUndated(tt.docs...).Discrepancies); got != "" {
				t.Errorf("got %q, want no discrepancy", got)
			}
		})
	}
}
