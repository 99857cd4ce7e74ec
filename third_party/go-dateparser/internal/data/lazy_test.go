package data

import "testing"

// TestLocalesFilledOnFirstUse checks this copy's second change (FORK.md):
// no locale is filled at start, and the first GetLocaleData fills them
// all, a child locale merged with its parent as upstream's initialisers
// did.
func TestLocalesFilledOnFirstUse(t *testing.T) {
	if en_Locale.Name != "" || fr_CA_Locale.Name != "" {
		t.Fatal("locales filled before the first GetLocaleData")
	}
	en, ok := GetLocaleData("en")
	if !ok || en.Name != "en" || len(en.Translations) == 0 {
		t.Fatalf("en: %v %+v", ok, en)
	}
	ca, ok := GetLocaleData("fr-CA")
	if !ok || ca.Name != "fr-CA" || ca.RxCombined == nil {
		t.Fatalf("fr-CA: %v %+v", ok, ca)
	}
	if fr_Locale.Name != "fr" {
		t.Fatal("fr not filled by the first GetLocaleData")
	}
	if _, ok := GetLocaleData("xx-none"); ok {
		t.Fatal("an unknown locale was found")
	}
}
