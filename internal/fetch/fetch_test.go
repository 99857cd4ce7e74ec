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
	tests := []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"10.1.2.3", true}, {"192.168.0.1", true}, {"172.16.5.4", true},
		{"169.254.1.1", true}, {"0.0.0.0", true}, {"0.1.2.3", true}, {"100.64.0.1", true},
		{"192.0.0.8", true}, {"192.0.2.1", true}, {"192.88.99.1", true}, {"198.18.0.1", true},
		{"198.19.255.254", true}, {"198.51.100.7", true}, {"203.0.113.9", true}, {"224.0.0.1", true},
		{"239.255.255.250", true}, {"240.0.0.1", true}, {"255.255.255.255", true},
		{"::1", true}, {"::", true}, {"fe80::1", true}, {"fc00::1", true}, {"fd12:3456::1", true},
		{"fec0::1", true}, {"ff02::1", true}, {"100::1", true}, {"2001:db8::1", true}, {"3fff::1", true},
		{"2001::1", true}, {"2001:2::1", true}, {"5f00::1", true}, {"64:ff9b:1::1", true},
		{"::ffff:127.0.0.1", true}, {"::ffff:10.0.0.1", true}, {"::127.0.0.1", true}, {"::10.0.0.1", true},
		{"::8.8.8.8", true}, // IPv4-compatible: deprecated, never a real destination
		{"64:ff9b::7f00:1", true}, {"64:ff9b::a00:1", true}, {"64:ff9b::c0a8:101", true},
		{"2002:7f00:1::1", true}, {"2002:5db8:d822::1", true},
		{"fe80::1%eth0", true},
		// Globally reachable.
		{"93.184.216.34", false}, {"8.8.8.8", false}, {"198.20.0.1", false}, {"223.255.255.1", false},
		{"100.128.0.1", false}, {"172.32.0.1", false}, {"192.0.3.1", false},
		{"2606:2800:220:1::", false}, {"2a00:1450:4001::1", false}, {"::ffff:93.184.216.34", false},
		{"64:ff9b::5db8:d822", false}, // NAT64 of a public address
	}
	for _, tt := range tests {
		ip := net.ParseIP(strings.SplitN(tt.ip, "%", 2)[0])
		if ip == nil {
			t.Fatalf("bad test address %q", tt.ip)
		}
		if got := Forbidden(ip); got != tt.want {
			t.Errorf("Forbidden(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
	if !Forbidden(nil) {
		t.Error("Forbidden(nil) = false, want true")
	}
}
