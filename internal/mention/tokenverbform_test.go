package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestTokenVerbFormAsVerbForm checks tokenVerbForm against verbForm of the
// token's text, on tokens with their base forms kept (ReadBases) and
// without, in made-up sentences.
func TestTokenVerbFormAsVerbForm(t *testing.T) {
	for _, s := range []string{
		"Doe said the ferries had stopped, officials warned, and Roe insisted they would sail.",
		"Officials say Roe announced nothing; Claims Were Denied by the mayor's aides, who are reviewing it.",
	} {
		plain := text.Tokens(s)
		read := text.Tokens(s)
		text.ReadBases(read)
		for i := range plain {
			wb, wok := verbForm(plain[i].Text)
			for _, tk := range []text.Token{plain[i], read[i]} {
				if b, ok := tokenVerbForm(tk); b != wb || ok != wok {
					t.Errorf("%q: tokenVerbForm = %q, %v; verbForm = %q, %v", tk.Text, b, ok, wb, wok)
				}
			}
		}
	}
}
