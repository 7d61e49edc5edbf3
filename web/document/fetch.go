package document

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// FetchTimeout bounds a whole page fetch: connecting, redirects and reading
// the body. A slow site must not hold an import forever.
const FetchTimeout = 30 * time.Second

// fetchClient is shared so connections are reused across the URLs of one
// import.
var fetchClient = &http.Client{Timeout: FetchTimeout, CheckRedirect: checkRedirect}

// publicFetchClient connects to public addresses only; see
// FetchPublic.
var publicFetchClient = &http.Client{
	Timeout:       FetchTimeout,
	CheckRedirect: checkRedirect,
	Transport: &http.Transport{
		Proxy:               nil, // a proxy would connect on our behalf, unchecked
		DialContext:         (&net.Dialer{Timeout: 10 * time.Second, Control: refusePrivate}).DialContext,
		TLSHandshakeTimeout: 10 * time.Second,
		MaxIdleConns:        10,
		IdleConnTimeout:     90 * time.Second,
	},
}

// checkRedirect follows at most 5 redirects, all to http or https. via holds
// the requests made so far, the first one included: at the fifth redirect it
// holds five.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > 5 {
		return fmt.Errorf("more than 5 redirects")
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to a %s: URL", req.URL.Scheme)
	}
	return nil
}

// errPrivateAddress refuses a fetch that would reach inside the network.
var errPrivateAddress = claims.Errorf(claims.EINVALID, "the URL points inside the network (loopback, private or link-local address)")

// refusePrivate runs after DNS resolution, on the address actually dialled,
// so neither a redirect nor a name that resolves to 127.0.0.1 gets through.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return errPrivateAddress
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsMulticast() || ip.IsUnspecified() || ip.IsInterfaceLocalMulticast() || sharedAddressSpace.Contains(ip) {
		return errPrivateAddress
	}
	return nil
}

// sharedAddressSpace (RFC 6598, carrier-grade NAT) is internal too, though
// netip does not call it private.
var sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")

// FetchPublic is Fetch for URLs that a web user typed: it
// refuses to connect to loopback, private, link-local and other internal
// addresses (checked on the address dialled, after DNS and on every
// redirect), so the upload page cannot be used to read internal services.
func FetchPublic(ctx context.Context, rawurl string, limit int64) (Document, error) {
	return fetch(ctx, publicFetchClient, rawurl, limit)
}

// Fetch fetches an http(s) page and extracts its article as
// ReadAll does for an .html file; a text/plain page is taken as text.
// The origin is the URL as given. limit caps the body (0 means
// DefaultLimit). Bad URLs, error statuses, other content types and
// oversized bodies are EINVALID errors that say which; network failures are
// returned wrapped.
func Fetch(ctx context.Context, rawurl string, limit int64) (Document, error) {
	return fetch(ctx, fetchClient, rawurl, limit)
}

func fetch(ctx context.Context, client *http.Client, rawurl string, limit int64) (Document, error) {
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
	resp, err := client.Do(req)
	if errors.Is(err, errPrivateAddress) {
		return Document{}, errPrivateAddress
	} else if err != nil {
		return Document{}, fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Document{}, claims.Errorf(claims.EINVALID, "the server answered %s", resp.Status)
	}
	if resp.ContentLength > limit {
		return Document{}, claims.Errorf(claims.EINVALID, "too large: %s, more than %s", Size(resp.ContentLength), Size(limit))
	}
	contentType := resp.Header.Get("Content-Type")
	mediaType, _, _ := mime.ParseMediaType(contentType)
	switch mediaType {
	case "text/html", "application/xhtml+xml", "text/plain", "":
	default:
		return Document{}, claims.Errorf(claims.EINVALID, "not a web page: content type %s", mediaType)
	}
	body, utf16 := textReader(resp.Body)
	data, err := readLimited(body, limit)
	if err != nil {
		return Document{}, err
	}
	if mediaType == "text/plain" {
		doc, err := FromText(rawurl, data)
		doc.Meta.URL = rawurl
		return doc, err
	}
	// resp.Request.URL is where redirects ended: relative links and the
	// site name resolve against it, while the origin stays what was asked.
	if utf16 {
		contentType = "text/html; charset=utf-8" // decoded already
	}
	doc, err := htmlDocument(rawurl, data, contentType, resp.Request.URL)
	if err != nil {
		return Document{}, err
	}
	doc.Meta.URL = rawurl
	return doc, nil
}
