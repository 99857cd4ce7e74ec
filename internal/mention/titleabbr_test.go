package mention

import "testing"

// TestTitleAbbreviationJoinsName checks that an abbreviated title cut at
// its full stop never speaks on its own: it joins the name after it.
func TestTitleAbbreviationJoinsName(t *testing.T) {
	body := "The lighthouse on Brisk Point went dark for six hours on Thursday. " +
		"“We lost the lamp and both generators within minutes,” said Coast Patrol Comdr. Felix Oyelaran. " +
		"Sgt. Mirela Dovan told the inquiry that the spare parts had been ordered in the spring. " +
		"Lieut. Osric Vamberg said the channel would stay closed. " +
		"“Nobody was on the rocks,” says Harbour Police Cpt. Anouk Verhelst."
	a := analyze(body)
	want := map[int]string{1: "Felix Oyelaran", 2: "Mirela Dovan", 3: "Osric Vamberg", 4: "Anouk Verhelst"}
	got := map[int]string{}
	for _, q := range a.Quotes {
		got[q.Sentence] = q.Speaker
	}
	for si, w := range want {
		if got[si] != w {
			t.Errorf("sentence %d: speaker %q, want %q (all %v)", si, got[si], w, got)
		}
	}
	for _, w := range []string{"Comdr", "Comdr.", "Sgt", "Lieut", "Cdr", "Cpt"} {
		if PlausibleSpeaker(w) {
			t.Errorf("PlausibleSpeaker(%q) = true, want false", w)
		}
	}
}
