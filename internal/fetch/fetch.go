// Package fetch downloads web pages under guard: connect and total
// timeouts, a size limit, a few redirects at most, and no private, loopback
// or link-local addresses unless explicitly allowed. Content from the web is
// untrusted; this package only brings the bytes.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// Options configure a Fetcher.
type Options struct {
	// AllowPrivate permits private, loopback and link-local addresses.
	AllowPrivate bool
	// ConnectTimeout bounds dialing; Timeout bounds the whole request.
	ConnectTimeout, Timeout time.Duration
	// MaxBytes is the largest body accepted.
	MaxBytes int64
	// MaxRedirects is the most redirects followed.
	MaxRedirects int
	// UserAgent is sent with every request.
	UserAgent string
}

// DefaultOptions returns safe defaults.
func DefaultOptions() Options {
	return Options{ConnectTimeout: 10 * time.Second, Timeout: 30 * time.Second, MaxBytes: 20 << 20, MaxRedirects: 5, UserAgent: "corroborate/0.1 (+news corroboration)"}
}

// ErrForbiddenAddress is returned for a private, loopback or link-local
// destination when those are not allowed.
var ErrForbiddenAddress = errors.New("address not allowed (private, loopback or link-local; use --allow-private)")

// ErrTooLarge is returned when a body exceeds the size limit.
var ErrTooLarge = errors.New("response too large")

// Fetcher fetches pages with the guard of its Options.
type Fetcher struct {
	opts   Options
	client *http.Client
}

// New returns a Fetcher.
func New(opts Options) *Fetcher {
	def := DefaultOptions()
	if opts.ConnectTimeout == 0 {
		opts.ConnectTimeout = def.ConnectTimeout
	}
	if opts.Timeout == 0 {
		opts.Timeout = def.Timeout
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = def.MaxBytes
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = def.MaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = def.UserAgent
	}
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, Control: func(network, address string, _ syscall.RawConn) error {
		if opts.AllowPrivate {
			return nil
		}
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return err
		}
		ip := net.ParseIP(host)
		if ip == nil || Forbidden(ip) {
			return fmt.Errorf("%s: %w", host, ErrForbiddenAddress)
		}
		return nil
	}}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
	}
	client := &http.Client{Transport: tr, Timeout: opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", opts.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		}}
	return &Fetcher{opts: opts, client: client}
}

// Page is a fetched page.
type Page struct {
	URL         string
	ContentType string
	Body        []byte
}

// Get fetches rawURL.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, resp.ContentLength, f.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, f.opts.MaxBytes)
	}
	return &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}
