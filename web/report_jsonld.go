package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// ClaimReview is a schema.org ClaimReview: the form fact-checkers publish
// verdicts in for search engines (https://schema.org/ClaimReview).
type ClaimReview struct {
	Type          string       `json:"@type"`
	URL           string       `json:"url"`
	ClaimReviewed string       `json:"claimReviewed"`
	DatePublished string       `json:"datePublished"`
	DateModified  string       `json:"dateModified,omitempty"`
	InLanguage    string       `json:"inLanguage,omitempty"`
	Author        []LDThing    `json:"author"`
	ReviewRating  ReviewRating `json:"reviewRating"`
	ItemReviewed  LDClaim      `json:"itemReviewed"`
	ReviewBody    string       `json:"reviewBody,omitempty"`
	CitedEvidence []string     `json:"citation,omitempty"`
}

// LDThing is a named schema.org thing: an Organization, a Person, a
// CreativeWork.
type LDThing struct {
	Type string `json:"@type"`
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
}

// ReviewRating is the verdict on the 1..5 scale of VerdictRating, with the
// verdict itself as alternateName.
type ReviewRating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue"`
	BestRating    int    `json:"bestRating"`
	WorstRating   int    `json:"worstRating"`
	AlternateName string `json:"alternateName"`
}

// LDClaim is the claim reviewed: where it appeared, who said it, when.
type LDClaim struct {
	Type          string   `json:"@type"`
	Appearance    LDThing  `json:"appearance"`
	Author        *LDThing `json:"author,omitempty"`
	DatePublished string   `json:"datePublished,omitempty"`
}

// VerdictRating places each verdict on ClaimReview's 1 (false) to 5 (true)
// scale. refuted is false (1); a mistranslated or misleading claim is false
// as published though not a fabrication (2); unverifiable sits at the
// midpoint (3): neither shown true nor false; supported is true (5). 4
// ("mostly true") has no verdict of its own. alternateName always carries the
// verdict word, which is what readers see.
var VerdictRating = map[string]int{
	"refuted":       1,
	"mistranslated": 2,
	"misleading":    2,
	"unverifiable":  3,
	"supported":     5,
}

// claimReview builds the ClaimReview of one verdict; base is the
// workbench's address ("https://desk.example"), for the review's url.
func claimReview(base string, r store.ClaimReviewRow) ClaimReview {
	published := r.CreatedAt
	if published.IsZero() {
		published = r.UpdatedAt
	}
	cr := ClaimReview{
		Type:          "ClaimReview",
		URL:           fmt.Sprintf("%s/claims/%d", base, r.ClaimID),
		ClaimReviewed: r.ClaimText,
		DatePublished: published.UTC().Format("2006-01-02"),
		InLanguage:    r.Language,
		Author:        []LDThing{{Type: "Organization", Name: "Claimdesk", URL: base}},
		ReviewRating: ReviewRating{Type: "Rating", RatingValue: VerdictRating[r.Verdict], BestRating: 5, WorstRating: 1,
			AlternateName: r.Verdict},
		ItemReviewed: LDClaim{Type: "Claim", Appearance: LDThing{Type: "CreativeWork", URL: webURLOrEmpty(r.ArticleURL)}},
		ReviewBody:   r.Rationale,
	}
	// Only links a reader's browser can open: a javascript: or data: url
	// stored before the import rules refused them goes no further.
	for _, e := range r.Evidence {
		if webURLOrEmpty(e) != "" {
			cr.CitedEvidence = append(cr.CitedEvidence, e)
		}
	}
	if !r.UpdatedAt.IsZero() {
		cr.DateModified = r.UpdatedAt.UTC().Format("2006-01-02")
	}
	if r.Reviewer != "" {
		cr.Author = append(cr.Author, LDThing{Type: "Person", Name: r.Reviewer})
	}
	if cr.ItemReviewed.Appearance.URL == "" {
		// No address known: the origin (a file name) is all there is.
		cr.ItemReviewed.Appearance = LDThing{Type: "CreativeWork", Name: r.Article}
	}
	if r.Source != "" {
		cr.ItemReviewed.Author = &LDThing{Type: "Organization", Name: r.Source}
	}
	if !r.Published.IsZero() {
		cr.ItemReviewed.DatePublished = r.Published.UTC().Format("2006-01-02")
	}
	return cr
}

// writeClaimReviews streams {"@context": "https://schema.org", "@graph":
// [ClaimReview, ...]}, one review per verdict under the filter.
//
// The base of its urls is the configured one (serve --base-url, or the
// address served on), never the request's Host header, which the client
// writes. The encoder escapes <, > and & (as \u003c, \u003e, \u0026), so a
// claim that says </script> cannot end a script element the document is
// pasted into.
func (s *Server) writeClaimReviews(r *http.Request, w io.Writer, f claims.ReportFilter) error {
	base := s.baseURL
	enc := json.NewEncoder(w)
	n := 0
	err := s.db.ExportClaimReviews(r.Context(), f, func(row store.ClaimReviewRow) error {
		sep := ",\n"
		if n == 0 {
			sep = `{"@context":"https://schema.org","@graph":[` + "\n"
		}
		n++
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		return enc.Encode(claimReview(base, row))
	})
	if err != nil {
		return err
	}
	if n == 0 {
		_, err = io.WriteString(w, `{"@context":"https://schema.org","@graph":[`)
		if err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, "]}\n")
	return err
}

// webURLOrEmpty returns s when it is an absolute http(s) URL with a host,
// "" otherwise.
func webURLOrEmpty(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// ParseBaseURL reads serve's --base-url: the address reviewers and readers
// reach the workbench at (https://desk.example, or with a path prefix),
// which ClaimReview urls are built from. Only http(s), with a host, without
// a query or fragment; a trailing slash is dropped.
func ParseBaseURL(s string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("base url %q: want http(s)://host[:port][/path]", s)
	}
	return strings.TrimRight(u.String(), "/"), nil
}
