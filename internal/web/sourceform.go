package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// pastedInput is the file the Add form's pasted article is stored as: the
// text as it is, or, when the reader named its outlet, address or
// publication date, a JSON Lines record that carries them (the reader's
// values win over what extraction would guess).
func pastedInput(r *http.Request, text string) (string, []byte, error) {
	meta, err := sourceMeta(r)
	if err != nil {
		return "", nil, err
	}
	if len(meta) == 0 {
		return "pasted-text.txt", []byte(text), nil
	}
	if t := strings.TrimSpace(text); strings.HasPrefix(t, "<") {
		meta["html"] = text
	} else {
		meta["text"] = text
	}
	b, err := json.Marshal(meta)
	if err != nil {
		return "", nil, err
	}
	return "pasted-article.jsonl", append(b, '\n'), nil
}

// sourceMeta reads and checks the form's outlet, url and published fields.
func sourceMeta(r *http.Request) (map[string]string, error) {
	meta := map[string]string{}
	if o := strings.Join(strings.Fields(r.FormValue("outlet")), " "); o != "" {
		if utf8.RuneCountInString(o) > 200 {
			return nil, corroborate.Errorf(corroborate.EINVALID, "outlet name is too long (200 characters at most)")
		}
		meta["outlet"] = o
	}
	if u := strings.TrimSpace(r.FormValue("url")); u != "" {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return nil, corroborate.Errorf(corroborate.EINVALID, "the article's address must be an http(s) URL, not %q", u)
		}
		meta["url"] = p.String()
	}
	if d := strings.TrimSpace(r.FormValue("published")); d != "" {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return nil, corroborate.Errorf(corroborate.EINVALID, "publication date must be YYYY-MM-DD, not %q", d)
		}
		meta["published"] = d
	}
	return meta, nil
}
