package web

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// FetchTimeout bounds a whole page fetch: connecting, redirects and reading
// the body. A slow site must not hold an import forever.
const FetchTimeout = 30 * time.Second

// fetchClient is shared so connections are reused across the URLs of one
// import; it follows at most 5 redirects, all to http or https.
var fetchClient = &http.Client{
	Timeout: FetchTimeout,
	CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return fmt.Errorf("more than 5 redirects")
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to a %s: URL", req.URL.Scheme)
		}
		return nil
	},
}

// FetchDocument fetches an http(s) page and extracts its article as
// ReadDocuments does for an .html file; a text/plain page is taken as text.
// The origin is the URL as given. limit caps the body (0 means
// DefaultLimit). Bad URLs, error statuses, other content types and
// oversized bodies are EINVALID errors that say which; network failures are
// returned wrapped.
func FetchDocument(ctx context.Context, rawurl string, limit int64) (Document, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	u, err := url.Parse(rawurl)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Document{}, claims.Errorf(claims.EINVALID, "not an http or https URL: %q", rawurl)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Document{}, claims.Errorf(claims.EINVALID, "bad URL %q: %v", rawurl, err)
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
	req.Header.Set("User-Agent", "Claimdesk/1 (fact-check workbench)")
	resp, err := fetchClient.Do(req)
	if err != nil {
		return Document{}, fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Document{}, claims.Errorf(claims.EINVALID, "the server answered %s", resp.Status)
	}
	if resp.ContentLength > limit {
		return Document{}, claims.Errorf(claims.EINVALID, "too large: %s, more than %s", ingestSize(resp.ContentLength), ingestSize(limit))
	}
	contentType := resp.Header.Get("Content-Type")
	mediaType, _, _ := mime.ParseMediaType(contentType)
	switch mediaType {
	case "text/html", "application/xhtml+xml", "text/plain", "":
	default:
		return Document{}, claims.Errorf(claims.EINVALID, "not a web page: content type %s", mediaType)
	}
	data, err := readIngest(resp.Body, limit)
	if err != nil {
		return Document{}, err
	}
	if mediaType == "text/plain" {
		doc, err := textDocument(rawurl, data)
		doc.Meta.URL = rawurl
		return doc, err
	}
	// resp.Request.URL is where redirects ended: relative links and the
	// site name resolve against it, while the origin stays what was asked.
	doc, err := htmlDocument(rawurl, data, contentType, resp.Request.URL)
	if err != nil {
		return Document{}, err
	}
	doc.Meta.URL = rawurl
	return doc, nil
}
