package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// PreparedArticle is an article made ready to store: its hash, its claims'
// text in NFC with their facets and the statements they make, its story
// signals, its packed body and its claims' encoded columns, which is all
// of storing it that needs no database. PrepareArticle makes one on any goroutine, so an import
// prepares the next articles while the one write connection stores the
// earlier ones (AddPrepared): that work was a fifth of the writer's time.
type PreparedArticle struct {
	Article *claims.Article
	facets  [][]claims.Facet
	sigs    []story.Signal
	body    []byte
	// rows are the claims' encoded columns, by claim; nil when the
	// claims changed after they were encoded (or failed to encode), and
	// the writer encodes them itself.
	rows []claimRow
	// statements are the statements of the claims' facets (by claim and
	// facet, as facets), before any is placed in a fact; nil when the
	// claims changed and the writer finds them itself.
	statements [][]story.Statement
}

// claimRow is what a claim's row stores beside its plain fields.
type claimRow struct {
	lists   [4]string // claimLists
	reasons string
	terms   string
}

// PrepareArticle does, for a, the part of storing it that needs no
// database (see PreparedArticle). a belongs to the result from then on: it
// must not change until it is stored. A nil article gives nil, which
// AddPrepared refuses as AddArticle does.
func PrepareArticle(a *claims.Article) *PreparedArticle {
	if a == nil {
		return nil
	}
	p := &PreparedArticle{Article: a, facets: prepareArticle(a), body: packBody(a.Raw, a.Clean)}
	p.sigs = story.Signals(a)
	p.rows = encodeClaims(a.Claims)
	p.statements = prepareStatements(a, p.facets)
	return p
}

// prepareStatements finds the statement each keyed facet makes, as
// storeStatements would: as of its claim's own date, or of the article's
// report day for a day's figure.
func prepareStatements(a *claims.Article, facets [][]claims.Facet) [][]story.Statement {
	day := story.ReportDay(a)
	out := make([][]story.Statement, len(facets))
	for i, fs := range facets {
		out[i] = make([]story.Statement, len(fs))
		for j, f := range fs {
			if f.Key != "" {
				out[i][j] = story.OnReportDay(story.NewStatement(&a.Claims[i], f, a.Published), day, a.Published)
			}
		}
	}
	return out
}

// prepareArticle fills a's hash when empty, puts its claims' text in NFC
// and returns each claim's facets.
func prepareArticle(a *claims.Article) [][]claims.Facet {
	if a.Hash == "" {
		sum := sha256.Sum256([]byte(a.Raw))
		a.Hash = hex.EncodeToString(sum[:])
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		c.Text = norm.NFC.String(c.Text)
	}
	// ArticleFacets fills Quantity.Of, so it runs before the claims'
	// quantities are encoded.
	return claims.ArticleFacets(a)
}

// encodeClaims encodes every claim's lists, reasons and search terms, or
// returns nil when one does not encode: the writer then meets the error
// where it always did, naming the claim.
func encodeClaims(cs []claims.Claim) []claimRow {
	rows := make([]claimRow, len(cs))
	for i := range cs {
		var err error
		if rows[i], err = encodeClaim(&cs[i]); err != nil {
			return nil
		}
	}
	return rows
}

// encodeClaim is encodeClaims for one claim, with its error.
func encodeClaim(c *claims.Claim) (claimRow, error) {
	lists, err := claimLists(c)
	if err != nil {
		return claimRow{}, err
	}
	return claimRow{lists: lists, reasons: strings.Join(c.ScoreReasons, "; "), terms: claims.SearchTerms(c)}, nil
}
