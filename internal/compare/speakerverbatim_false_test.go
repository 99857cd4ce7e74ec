package compare

import (
	"strings"
	"testing"
)

// TestSpeakerVerbatimFalse: readC54's probes of the verbatim speaker rule.
func TestSpeakerVerbatimFalse(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"stock we-phrase said by two officials",
			"Derailment\n\n“We are cooperating fully with investigators,” rail operator chief Hanne Tolvik said on Monday.",
			"Derailment\n\n“We are cooperating fully with investigators,” said track contractor director Bram Ostrow.",
			false},
		{"stock we-phrase, three content words, each names both",
			"Derailment\n\nBram Ostrow runs the track contractor. “We are cooperating fully with investigators,” Hanne Tolvik said.",
			"Derailment\n\nHanne Tolvik leads the rail operator. “We are cooperating fully with investigators,” Bram Ostrow said.",
			false},
		{"echo: article b gives the words to both",
			"Pledge\n\n“Every family will have clean water by June,” Governor Ana Pellow said on Monday.",
			"Pledge\n\n“Every family will have clean water by June,” Governor Ana Pellow said on Monday. On Tuesday the words came back. “Every family will have clean water by June,” Senator Tomas Reddig said, repeating the pledge.",
			false},
		{"echo: original speaker named earlier in b",
			"Pledge\n\n“Every family will have clean water by June,” Governor Ana Pellow said on Monday.",
			"Pledge\n\nGovernor Ana Pellow made the pledge on Monday. A day later her ally echoed it. “Every family will have clean water by June,” Senator Tomas Reddig said.",
			false},
		{"echo: b gives the words to both, each names both",
			"Pledge\n\nSenator Tomas Reddig stood beside her. “Every family will have clean water by June,” Governor Ana Pellow said on Monday.",
			"Pledge\n\n“Every family will have clean water by June,” Governor Ana Pellow said on Monday. On Tuesday the words came back. “Every family will have clean water by June,” Senator Tomas Reddig said.",
			false},
		{"spokesman and principal",
			"Budget\n\nGovernor Dana Mirelle signed the budget. “The state will repay every delayed grant,” Mirelle said in a statement.",
			"Budget\n\nGovernor Dana Mirelle signed the budget. “The state will repay every delayed grant,” spokesman Len Orrick said.",
			false},
		{"the mayor vs Mayor Jane Roe",
			"Flood\n\nMayor Jane Roskell toured the flats. “The river defences will be raised this summer,” the mayor said.",
			"Flood\n\n“The river defences will be raised this summer,” Mayor Janet Roskill said.",
			false},
		{"spokesman, each article names both",
			"Budget\n\nGovernor Dana Mirelle signed the budget; her spokesman Len Orrick briefed reporters. “The state will repay every delayed grant,” Mirelle said in a statement.",
			"Budget\n\nGovernor Dana Mirelle signed the budget, and reporters were briefed by Len Orrick. “The state will repay every delayed grant,” spokesman Len Orrick said.",
			false},
		{"true: mayor and deputy mayor are two offices",
			"Flood\n\n“The river defences will be raised this summer,” Mayor Jane Roskell said.",
			"Flood\n\n“The river defences will be raised this summer,” deputy mayor Colm Feeney said.",
			true},
		{"two occasions, one stock sentence",
			"Budget\n\n“The budget must be balanced this year,” councillor Ines Barta said at Monday's meeting.",
			"Budget\n\n“The budget must be balanced this year,” treasurer Olaf Renko said at Thursday's hearing.",
			false},
		{"true: one occasion, two speakers",
			"Budget\n\n“The budget must be balanced this year,” councillor Ines Barta said at Monday's meeting.",
			"Budget\n\n“The budget must be balanced this year,” treasurer Olaf Renko said on Monday.",
			true},
		{"true: resignation, both named, each names its speaker",
			"Resignation\n\nFinance Minister Petra Kolar resigned on Friday and Prime Minister Ivo Strand accepted. “I accept full blame for the delays,” Kolar said.",
			"Resignation\n\nPrime Minister Ivo Strand took the letter from Petra Kolar, his finance minister, late on Friday. “I accept full blame for the delays,” Strand said.",
			true},
	}
	for _, tc := range tests {
		r := run(doc("a", tc.a, day), doc("b", tc.b, day))
		got := kinds(r.Discrepancies)
		if strings.Contains(got, "speaker") != tc.want {
			t.Errorf("%s: got %q, want speaker discrepancy %v", tc.name, got, tc.want)
		}
	}
}
