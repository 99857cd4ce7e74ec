package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestGuard(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Write([]byte(strings.Repeat("x", 2048)))
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/slow":
			time.Sleep(2 * time.Second)
		case "/missing":
			http.NotFound(w, r)
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte("<html><body><p>ok</p></body></html>"))
		}
	}))
	defer srv.Close()
	ctx := context.Background()

	if _, err := New(Options{}).Get(ctx, srv.URL); !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("loopback without allow: err = %v, want ErrForbiddenAddress", err)
	}
	f := New(Options{AllowPrivate: true, MaxBytes: 1024, Timeout: 500 * time.Millisecond})
	p, err := f.Get(ctx, srv.URL+"/page")
	if err != nil || !strings.Contains(string(p.Body), "ok") || !strings.Contains(p.ContentType, "html") {
		t.Fatalf("Get = %v, %v", p, err)
	}
	if _, err := f.Get(ctx, srv.URL+"/big"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big: err = %v", err)
	}
	if _, err := f.Get(ctx, srv.URL+"/loop"); err == nil || !strings.Contains(err.Error(), "redirect") {
		t.Errorf("loop: err = %v", err)
	}
	if _, err := f.Get(ctx, srv.URL+"/slow"); err == nil {
		t.Error("slow: want timeout")
	}
	if _, err := f.Get(ctx, srv.URL+"/missing"); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("missing: err = %v", err)
	}
	if _, err := f.Get(ctx, "ftp://example.org/x"); err == nil {
		t.Error("ftp: want error")
	}
}

func TestForbidden(t *testing.T) {
	for _, s := range []string{"127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.1.1", "::1", "fe80::1", "0.0.0.0", "100.64.0.1"} {
		if !Forbidden(net.ParseIP(s)) {
			t.Errorf("Forbidden(%s) = false", s)
		}
	}
	for _, s := range []string{"93.184.216.34", "2606:2800:220:1::"} {
		if Forbidden(net.ParseIP(s)) {
			t.Errorf("Forbidden(%s) = true", s)
		}
	}
}
