package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"mime"
	"net"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/corroborate/corroborate"
)

// The defences every request passes, outermost first (doc/security.md):
//
//   - recovered: a panic in a handler becomes a 500 page, logged with its
//     stack; the server goes on;
//   - secure: security headers and the request body limit;
//   - hostAllowed: the Host header must be a name the server answers to
//     (DNS rebinding);
//   - sameOrigin: writes from another site (Sec-Fetch-Site, Origin) are
//     refused.
//
// Write handlers then check the body's type or the form's CSRF token
// (writeType, checkCSRF) and the token (authorized).

// csrfCookie is the cookie holding a visitor's CSRF token; the Add form
// carries the same value in its csrf field.
const csrfCookie = "corroborate_csrf"

// Handler returns the server's HTTP handler with its middleware.
func (s *Server) Handler() http.Handler {
	return s.recovered(s.secure(s.hostAllowed(s.sameOrigin(gzipped(s.mux)))))
}

// secure adds the headers every response carries and limits the body.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		next.ServeHTTP(w, r)
	})
}

// recovered turns a panic in a handler into an internal error answer.
func (s *Server) recovered(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			if p == http.ErrAbortHandler {
				panic(p) // net/http's own way to abort a response
			}
			s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			s.fail(w, r, corroborate.Errorf(corroborate.EINTERNAL, "panic: %v", p))
		}()
		next.ServeHTTP(w, r)
	})
}

// hostAllowed refuses requests whose Host is not a name the server answers
// to: an IP address (a rebinding attack needs a DNS name), "localhost" or a
// name under it, the host of the listen address, or a name in
// Config.Hosts. A page on evil.example whose name was rebound to 127.0.0.1
// sends "Host: evil.example" and is refused, reads included.
func (s *Server) hostAllowed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.knownHost(r.Host) {
			s.fail(w, r, corroborate.Errorf(corroborate.EFORBIDDEN, "this server does not answer to the host name %q (add it with --host)", clip(r.Host, 100)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) knownHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "" {
		return false
	}
	if net.ParseIP(host) != nil || host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	for _, h := range s.hosts {
		if host == h {
			return true
		}
	}
	return false
}

// sameOrigin refuses writes (any method but GET, HEAD, OPTIONS) that a
// browser marks as coming from another site (Sec-Fetch-Site) or whose
// Origin is not this server's: net/http's CrossOriginProtection.
func (s *Server) sameOrigin(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := cop.Check(r); err != nil {
			s.fail(w, r, corroborate.Errorf(corroborate.EFORBIDDEN, "cross-site write refused: %v", err))
			return
		}
		// An opaque origin (a sandboxed frame, a data: page) is refused when
		// the browser does not say the request is same-origin. (With our
		// Referrer-Policy no-referrer, browsers send "Origin: null" on
		// same-origin form posts too, with Sec-Fetch-Site: same-origin.)
		if r.Header.Get("Origin") == "null" && r.Header.Get("Sec-Fetch-Site") == "" && !safeMethod(r.Method) {
			s.fail(w, r, corroborate.Errorf(corroborate.EFORBIDDEN, "cross-site write refused: opaque origin"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// simpleTypes are the body types a page on another site can send without
// the browser asking first (CORS "simple" requests). The API refuses them,
// so a cross-site page can never write through it even where the
// Sec-Fetch-Site and Origin checks cannot see.
var simpleTypes = map[string]bool{"text/plain": true, "application/x-www-form-urlencoded": true, "multipart/form-data": true, "": true}

// writeType returns the media type of an API write's body, refusing the
// types a cross-site form could send.
func writeType(r *http.Request) (string, error) {
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil && r.Header.Get("Content-Type") != "" {
		return "", corroborate.Errorf(corroborate.EUNSUPPORTED, "unreadable Content-Type %q", clip(r.Header.Get("Content-Type"), 100))
	}
	if simpleTypes[ct] {
		return "", corroborate.Errorf(corroborate.EUNSUPPORTED, "Content-Type %q is not accepted for writes: send application/json, application/x-ndjson, text/html or application/octet-stream (use the Add page for forms)", ct)
	}
	return ct, nil
}

// csrfToken returns the visitor's CSRF token, setting the cookie that
// holds it when the visitor has none.
func csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) == 32 {
		return c.Value
	}
	b := make([]byte, 16)
	rand.Read(b)
	tok := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: tok, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	return tok
}

// checkCSRF checks that a form carries the visitor's CSRF token: the csrf
// field must equal the cookie, which another site can neither read nor set.
func checkCSRF(r *http.Request) error {
	c, err := r.Cookie(csrfCookie)
	got := r.PostFormValue("csrf")
	if err != nil || c.Value == "" || subtle.ConstantTimeCompare([]byte(got), []byte(c.Value)) != 1 {
		return corroborate.Errorf(corroborate.EFORBIDDEN, "the form has expired or came from another site: reload the Add page and send it again")
	}
	return nil
}

// authorized checks the write token, when one is configured. The token is
// read from the Authorization header or a form field, never from the query
// string (which ends up in logs and browser history).
func (s *Server) authorized(r *http.Request) error {
	if s.cfg.Token == "" {
		return nil
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		got = r.PostFormValue("token")
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
		return corroborate.Errorf(corroborate.EUNAUTHORIZED, "a valid token is required to write (Authorization: Bearer …)")
	}
	return nil
}

// noListing serves files but never a directory listing.
func noListing(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// clip cuts s to n bytes for an error message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
