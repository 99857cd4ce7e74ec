package corroborate

import "testing"

func TestSpeakerLabel(t *testing.T) {
	s := func(v string) *string { return &v }
	tests := []struct {
		q    Quote
		want string
	}{
		{Quote{Speaker: s("Pauline Garrow"), SpeakerKind: "person"}, "Pauline Garrow"},
		{Quote{Speaker: s("Acme"), SpeakerKind: "organization"}, "Acme"},
		{Quote{Speaker: s("aides"), SpeakerKind: "group"}, "aides (unnamed group)"},
		{Quote{Speaker: s("a senior official"), SpeakerKind: "unnamed"}, "a senior official (unnamed)"},
		{Quote{Speaker: s("the report"), SpeakerKind: "document"}, "the report (document)"},
		{Quote{}, ""},
	}
	for _, tt := range tests {
		if got := tt.q.SpeakerLabel(); got != tt.want {
			t.Errorf("SpeakerLabel(%v) = %q, want %q", tt.q.Speaker, got, tt.want)
		}
	}
}
