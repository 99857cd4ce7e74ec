package mention

import "testing"

// TestAsideRelativeInApposition: a relative clause inside an apposition
// ("NAME, a NOUN who …, said") is an aside, and the name the apposition
// is said of speaks, not a name inside the relative clause; a head that
// the name finder typed otherwise still speaks when "who" follows it. A
// relative clause that the cue's own subject opens keeps its reading.
func TestAsideRelativeInApposition(t *testing.T) {
	wantSpeaker(t, "apposition with relative", "Harold Benning, a registered Democrat who backed Ada Morrow, said the race was over.", "the race was over", "Harold Benning")
	wantSpeaker(t, "direct quote", "Harold Benning, a registered Democrat who voted for Ada Morrow and Ivo Lantz, said: \"There is only one choice for me.\"", "There is only one choice for me.", "Harold Benning")
	wantSpeaker(t, "which after a nominal", "The first dinner, which Ann Lo hosted at Ivo Lantz's house in May, requires a donation from every guest.", "a donation from every guest", "")
}

// TestCoordinatedParticiple: a participle coordinated with one after a
// comma ("…, pointing to X and saying …") has the main clause's subject
// as its understood subject, as the first participle does, not the last
// name before it.
func TestCoordinatedParticiple(t *testing.T) {
	body := "Tom Walsh opened his speech on Friday, thanking party chairman Robert Kline and praising the volunteers for their work."
	wantSpeaker(t, "and praising", body, "the volunteers for their work", "Tom Walsh")
	wantSpeaker(t, "and saying", "Tom Walsh was asked about the harbour budget. He shrugged, pointing to his years in the county office and saying that the town had never been safer.", "the town had never been safer", "Tom Walsh")
}

// TestWhoMakesPerson: a name opening with a known first name that a
// relative "who" follows is a person's, though its words also name
// places ("Georgia"): "who" takes a personal antecedent.
func TestWhoMakesPerson(t *testing.T) {
	body := "Georgia Banks, who lost her son Tobias Lent in the flood in Dayton, Ohio, last year, said that the senator had been rude."
	wantSpeaker(t, "who after the name", body, "the senator had been rude", "Georgia Banks")
}
