// Package corroborate holds the vocabulary of the news-corroboration engine:
// articles, stories, findings, the report contract and the store interface.
// It does no I/O; the pipeline stages and stores live in internal packages.
package corroborate

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// Version is the engine's version, printed by "corroborate version".
const Version = "0.1.0"

// Article is one news article after extraction and cleanup.
type Article struct {
	// ID is a stable hash of the normalized clean text.
	ID string `json:"id"`
	// Source is the path or URL as given (for a JSON Lines record its url, else its id).
	Source string `json:"source"`
	// Outlet is the publisher, or nil when no cue names one.
	Outlet *string `json:"outlet"`
	// Title is the headline, or nil when the article has none.
	Title *string `json:"title"`
	// Published is the publication date as YYYY-MM-DD, or nil.
	Published *string `json:"published"`
	// PublishedConfidence is how sure the date resolver is of Published (0..1).
	PublishedConfidence float64 `json:"published_confidence,omitempty"`
	// PublishedFrom says where Published came from (metadata, dateline, header, record...).
	PublishedFrom string `json:"published_from,omitempty"`
	// Place is the dateline place ("SPRINGFIELD, Ill."), or nil.
	Place *string `json:"place"`
	// Author is the byline, when one was found.
	Author *string `json:"author,omitempty"`
	// URL is the article's web address when known.
	URL string `json:"url,omitempty"`
	// Text is the clean body, paragraphs separated by blank lines.
	Text string `json:"text"`
	// Lead is the first sentence of the body, shown when there is no title.
	Lead string `json:"lead,omitempty"`
	// CopyOf is the id of the earliest article this one copies, or nil.
	CopyOf *string `json:"copy_of"`
	// Similarity is the similarity to CopyOf, or nil.
	Similarity *float64 `json:"similarity"`
	// Sources lists every source this same article was read from.
	Sources []string `json:"sources,omitempty"`
}

// Story is a group of articles about one real-world event or development.
type Story struct {
	ID       string   `json:"id"`
	Title    *string  `json:"title"`
	Articles []string `json:"articles"`
	Related  []string `json:"related"`
	// Thread names the running story this story belongs to: the stories
	// linked by related, directly or through others, share it.
	Thread string `json:"thread,omitempty"`
	// MergedInto is set only on the answer for the old id of a story that
	// was merged into another (the API's 301 body): the id of the live
	// story it now is part of. Such an answer carries no findings.
	MergedInto    string          `json:"merged_into,omitempty"`
	Entities      []Entity        `json:"entities"`
	Quotes        []Quote         `json:"quotes"`
	Numbers       []Number        `json:"numbers"`
	Discrepancies []Discrepancy   `json:"discrepancies"`
	Stances       []Stance        `json:"stances"`
	Timeline      []TimelineEvent `json:"timeline"`
	Consensus     []Consensus     `json:"consensus"`
	Framing       []Framing       `json:"framing"`
}

// Entity is a named person, organisation, place or other thing in a story.
type Entity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Articles []string `json:"articles"`
	Mentions int      `json:"mentions"`
}

// Quote is a direct or reported statement with its speaker.
type Quote struct {
	// Speaker is who spoke: a name, or for an unnamed source the phrase
	// that names it ("aides", "a new poll"); SpeakerKind tells which.
	Speaker *string `json:"speaker"`
	// SpeakerKind is what Speaker is: "person" or "organization" (a
	// name), "group" (persons a common noun names: "aides", "the
	// government"), "unnamed" (one person a common noun names: "a senior
	// official") or "document" ("the report", "a poll"); empty when
	// Speaker is nil. Only persons and organisations count as names.
	SpeakerKind string  `json:"speaker_kind,omitempty"`
	SpeakerText *string `json:"speaker_text"`
	Text        string  `json:"text"`
	Direct      bool    `json:"direct"`
	Cue         *string `json:"cue"`
	Article     string  `json:"article"`
	Sentence    string  `json:"sentence"`
	// Members are the names of the persons and organisations a group
	// speaker is exemplified by ("Critics, including <A> and <B>, said
	// …"): they made the statement too, though the group is its speaker;
	// with a named speaker, the others an apposition names with it ("Two
	// officials, <A> and <B>, said …": speaker <B>, members <A>).
	Members []string `json:"members,omitempty"`
}

// SpeakerLabel returns who spoke as a reader sees it: the name, or for a
// source with no name its phrase and kind ("aides (unnamed group)", "the
// report (document)"); "" when the quote has no speaker.
func (q Quote) SpeakerLabel() string {
	if q.Speaker == nil || *q.Speaker == "" {
		return ""
	}
	switch q.SpeakerKind {
	case "group":
		return *q.Speaker + " (unnamed group)"
	case "unnamed":
		return *q.Speaker + " (unnamed)"
	case "document":
		return *q.Speaker + " (document)"
	}
	return *q.Speaker
}

// Number is a count found in an article, with what it counts.
type Number struct {
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier *string  `json:"qualifier"`
	What      *string  `json:"what"`
	Event     *string  `json:"event"`
	Source    *string  `json:"source"`
	Date      *string  `json:"date"`
	Article   string   `json:"article"`
	Sentence  string   `json:"sentence"`
}

// Discrepancy is one fact that independent sources report with different values.
type Discrepancy struct {
	About  string             `json:"about"`
	Kind   string             `json:"kind"`
	Values []DiscrepancyValue `json:"values"`
	// Type is what the value measures (count, money, age, duration,
	// distance, size, magnitude, percent, clock, weekday, date, month,
	// year), when the discrepancy is about a typed value.
	Type string `json:"type,omitempty"`
	// Note adds what a reader should know ("copy changed 8 → 6").
	Note string `json:"note,omitempty"`
}

// DiscrepancyValue is one of the values given for a discrepant fact.
type DiscrepancyValue struct {
	// Value is the value as an article wrote it ("$2.5 billion").
	Value any `json:"value"`
	// Normalized is its normalized form ("2500000000 usd"), when typed.
	Normalized string   `json:"normalized,omitempty"`
	Articles   []string `json:"articles"`
	Sentences  []string `json:"sentences"`
}

// Consensus is a fact carried by two or more independent origins.
type Consensus struct {
	Fact     string   `json:"fact"`
	Articles []string `json:"articles"`
	Origins  int      `json:"origins"`
}

// Stance is a holder's position on one of the story's key claims.
type Stance struct {
	Holder   string `json:"holder"`
	Claim    string `json:"claim"`
	Position string `json:"position"`
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
}

// TimelineEvent is a dated event mentioned in a story.
type TimelineEvent struct {
	Date       string   `json:"date"`
	Precision  string   `json:"precision"`
	Event      string   `json:"event"`
	Expression *string  `json:"expression"`
	Articles   []string `json:"articles"`
}

// Framing describes how one outlet tells a story.
type Framing struct {
	Outlet       *string             `json:"outlet"`
	Article      string              `json:"article"`
	HeadlineVerb *string             `json:"headline_verb"`
	Verbs        map[string][]string `json:"verbs"`
	OwnVoice     []string            `json:"own_voice"`
	Omits        []string            `json:"omits"`
}

// InputError is a failure to read one input; the report lists it and the
// rest of the inputs are still processed. It is the one input error type:
// the packages that read inputs return it, and the report carries it.
type InputError struct {
	Source string `json:"source"`
	Err    string `json:"error"`
	// Cause is the underlying error, for errors.Is; it is not reported.
	Cause error `json:"-"`
}

// NewInputError returns the error err about the input named source.
func NewInputError(source string, err error) *InputError {
	return &InputError{Source: source, Err: err.Error(), Cause: err}
}

// Error implements the error interface.
func (e *InputError) Error() string { return e.Source + ": " + e.Err }

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Cause }

// Report is the result of an analysis: the stable JSON contract.
type Report struct {
	Articles []Article    `json:"articles"`
	Stories  []Story      `json:"stories"`
	Errors   []InputError `json:"errors"`
}

// Error codes shared by stores and servers: the whole vocabulary. The web
// server maps each to one HTTP status (not_found 404, invalid 400,
// conflict 409, unauthorized 401, forbidden 403, too_large 413,
// unsupported 415, internal 500).
const (
	ENOTFOUND     = "not_found"
	EINVALID      = "invalid"
	ECONFLICT     = "conflict"
	EUNAUTHORIZED = "unauthorized" // a write without a valid token
	EFORBIDDEN    = "forbidden"    // a cross-site write or an unknown Host
	ETOOLARGE     = "too_large"    // a body or input over its limit
	EUNSUPPORTED  = "unsupported"  // a write body of a type that is not accepted
	EINTERNAL     = "internal"
)

// Error is an application error with a code from the small vocabulary above.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err when it is an *Error, EINTERNAL otherwise.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// Raw is the input an article was made from, kept beside the clean text.
type Raw struct {
	// Kind is "text", "html" or "json".
	Kind string
	// Bytes are the input bytes (decompressed).
	Bytes []byte
}

// ArticleInput is an article with the raw input it was made from.
type ArticleInput struct {
	Article *Article
	Raw     Raw
}

// ArticleStore keeps articles. The SQLite store implements it now; a
// PostgreSQL store will satisfy the same interface and behaviour tests.
type ArticleStore interface {
	// PutArticle stores a in one transaction with its raw input. When an
	// article with the same id exists, only its new source is remembered and
	// created is false.
	PutArticle(ctx context.Context, a *Article, raw Raw) (created bool, err error)
	// PutArticles stores many articles in one transaction: all or none.
	// created[i] reports whether batch[i] was new.
	PutArticles(ctx context.Context, batch []ArticleInput) (created []bool, err error)
	// Article returns the article with the given id, or an ENOTFOUND error.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles lists stored articles, oldest first, at most limit (0: all).
	Articles(ctx context.Context, limit int) ([]Article, error)
	// ArticlesAfter lists at most limit stored articles (limit > 0),
	// oldest first, from the one after cursor ("": the first), and the
	// cursor of the last one listed ("" when none is left), so that a
	// whole store is walked a page at a time, never held whole.
	ArticlesAfter(ctx context.Context, cursor string, limit int) (arts []Article, next string, err error)
	// ArticleCount returns the number of stored articles.
	ArticleCount(ctx context.Context) (int, error)
	// RawInput returns the raw input kept for an article.
	RawInput(ctx context.Context, id string) (Raw, error)
	// PutReadings stores readings of stored articles in one transaction,
	// replacing any earlier reading of the same article. A reading of an
	// article that is not stored is an EINVALID error and nothing is kept.
	// Readings are derived data: like stories, saving them need not move
	// this handle's Version.
	PutReadings(ctx context.Context, readings []Reading) error
	// Readings returns the stored readings of the articles with the given
	// ids, in the order of ids, each once; an article without one is left
	// out.
	Readings(ctx context.Context, ids []string) ([]Reading, error)
	// Search returns the ids of articles whose headline, lead or outlet
	// hold every word of query (each word also as a prefix, case
	// insensitive), best match first, at most limit (0: no limit). Query
	// words are never read as a query language.
	Search(ctx context.Context, query string, limit int) ([]string, error)
	// Version returns a number that changes whenever a write is committed
	// to the store, by this handle or any other (another process
	// included), so a reader can tell that its view is stale.
	Version(ctx context.Context) (uint64, error)
	// PutReview records a reader's review of a finding, replacing any
	// earlier review with the same key.
	PutReview(ctx context.Context, r Review) error
	// Reviews lists every review, most recently updated first.
	Reviews(ctx context.Context) ([]Review, error)
	// StoryStore keeps the stories with their members (stories.go).
	StoryStore
	// PlacementStore keeps what incremental placement reads (placement.go).
	PlacementStore
	// Close closes the store.
	Close() error
}

// Reading is an article's reading (the language layer's analysis of its
// text) as the engine computed it when the article arrived, kept so that
// it is re-read instead of recomputed. Data is the analysis's own
// encoding, opaque to the store; Engine names the engine version that
// computed it, so that a reading made by another version is recomputed.
type Reading struct {
	Article string
	Engine  string
	Data    []byte
}

// Review is a reader's verdict on one finding. Key is computed from the
// finding's own content (kind, subject, values), not from the story id, so
// a review survives re-analysis and story merges.
type Review struct {
	Key string `json:"key"`
	// Status is "confirmed", "dismissed" or "open" (a verdict taken back).
	Status string `json:"status"`
	Note   string `json:"note"`
	// Finding describes the finding for people and exports.
	Finding string `json:"finding"`
	// Story is the story the finding was reviewed in (informative only).
	Story string `json:"story,omitempty"`
	// Updated is when the review was last written (RFC 3339, UTC).
	Updated string `json:"updated"`
}

// Review statuses.
const (
	ReviewConfirmed = "confirmed"
	ReviewDismissed = "dismissed"
	ReviewOpen      = "open"
)

// OriginOf is where an article's text comes from: the earliest article it
// copies, else the article itself. Copies count once wherever sources are
// counted.
func OriginOf(a *Article) string {
	if a.CopyOf != nil {
		return *a.CopyOf
	}
	return a.ID
}

// CountOrigins counts the distinct origins in a list (an origin is an
// article id from OriginOf, or a wire agency credited in a sentence).
func CountOrigins(origins []string) int {
	set := map[string]bool{}
	for _, o := range origins {
		set[o] = true
	}
	return len(set)
}

// Ptr returns a pointer to v; a small helper for optional report fields.
func Ptr[T any](v T) *T { return &v }

// AppendUnique appends s to ss unless ss already holds it.
func AppendUnique(ss []string, s string) []string {
	if slices.Contains(ss, s) {
		return ss
	}
	return append(ss, s)
}

// StrPtr returns nil for an empty string and a pointer to s otherwise.
func StrPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
