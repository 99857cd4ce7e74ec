package analyze

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

func TestNameKey(t *testing.T) {
	for _, c := range []struct{ name, typ, want string }{
		{"Orchard Blvd.", mention.Place, "orchard boulevard"},
		{"Orchard Boulevard", mention.Place, "orchard boulevard"},
		{"Linden St", mention.Place, "linden street"},
		{"St Albans", mention.Place, "st albans"}, // a suffix only ends a street
		{"Marta Ines Kovalenko", mention.Person, "marta kovalenko"},
		{"Marta I. Kovalenko", mention.Person, "marta kovalenko"},
		{"Dale Everett Brandt Jr.", mention.Person, "dale brandt"},
		{"Dale Brandt Jr.", mention.Person, "dale brandt"},
		{"Ines Ruiz-Ortega", mention.Person, "ines ortega"},
		{"Ines Ruiz Ortega", mention.Person, "ines ortega"},
		{"Wilkes-Barre", mention.Place, "wilkes barre"},
		{"Tomas Brandt", mention.Person, "tomas brandt"},
		{"Bureau of Land Records", mention.Organization, "bureau of land records"}, // only persons lose middle words
	} {
		if got := nameKey(c.name, c.typ); got != c.want {
			t.Errorf("nameKey(%q, %s) = %q, want %q", c.name, c.typ, got, c.want)
		}
	}
}
