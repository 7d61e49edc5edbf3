package web

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/store"
)

// ArticleView is the model of the article page.
type ArticleView struct {
	Flashes     []string
	Page        store.ArticlePage
	Label       string // title, or origin when untitled
	Published   string
	Imported    string
	Text        []ArticlePart // the clean text, claims marked
	Original    []ArticlePart // the raw text, removed residue marked
	Residue     []ResidueRow
	ShowResidue bool // ?residue=1 opens the removed text
	Flags       []ArticleFlagRow
	ClaimPicks  []Option // the claims, for "flag a pair by hand"
	URLIsWeb    bool
	IsAdmin     bool // may delete the article
}

// ArticlePart is a run of an article's text: plain, a claim (with its link)
// or removed residue (with the reason).
type ArticlePart struct {
	Text    string
	ClaimID int64  // a claim's id, or 0
	Href    string // the claim page
	Class   string // claim: has-conflict, has-agree, verdict-...; residue: "residue"
	Title   string // tooltip: "Claim 3 · worth 80% · 1 conflict", or the residue's reason
	Anchor  string // "c3": lets other pages link to a claim in its article
	Removed bool
}

// ResidueRow is one removed piece of page furniture.
type ResidueRow struct {
	Reason, Text string
}

// ArticleFlagRow is one flag of the article or of one of its claims.
type ArticleFlagRow struct {
	Where, Href          string // "article" or "claim 3", and the claim's link
	Kind, Evidence, Note string
}

// articlePage shows one article: the cleaned text with its claims
// highlighted, metadata, flags, and on request the residue cleaning removed
// and the original text.
func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	p, err := s.db.Article(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := ArticleView{
		Flashes:     s.takeFlashes(w, r),
		Page:        p,
		Label:       articleRow(p.ArticleSummary).Label,
		Published:   articleRow(p.ArticleSummary).Published,
		ShowResidue: r.URL.Query().Get("residue") == "1",
		URLIsWeb:    strings.HasPrefix(p.URL, "https://") || strings.HasPrefix(p.URL, "http://"),
		Text:        claimParts(p),
		Original:    residueParts(p),
	}
	if u, ok := userFrom(r.Context()); ok {
		v.IsAdmin = u.IsAdmin()
	}
	if !p.ImportedAt.IsZero() {
		v.Imported = p.ImportedAt.Format("2006-01-02 15:04 UTC")
	}
	for _, rs := range p.Removed {
		v.Residue = append(v.Residue, ResidueRow{Reason: rs.Reason, Text: rs.Text})
	}
	for _, f := range p.Flags {
		row := ArticleFlagRow{Where: "article", Kind: f.Kind, Evidence: f.Evidence, Note: f.Note}
		if f.ClaimID != 0 {
			row.Where, row.Href = fmt.Sprintf("claim %d", f.Ordinal), fmt.Sprintf("/claims/%d", f.ClaimID)
		}
		v.Flags = append(v.Flags, row)
	}
	for _, c := range p.Claims {
		v.ClaimPicks = append(v.ClaimPicks, Option{Value: fmt.Sprint(c.ID), Label: fmt.Sprintf("%d. %s", c.Claim.Ordinal, shorten(c.Claim.Text, 70))})
	}
	s.render(w, r, http.StatusOK, v.Label, ArticlePageView(v))
}

// claimParts cuts the clean text into plain runs and claims. Offsets come
// from stored data, so a claim that falls outside the text or overlaps the
// previous one is left unmarked rather than trusted.
func claimParts(p store.ArticlePage) []ArticlePart {
	clean := []rune(p.Clean)
	claimsByStart := append([]store.ArticleClaim(nil), p.Claims...)
	sort.SliceStable(claimsByStart, func(i, j int) bool { return claimsByStart[i].Claim.CleanStart < claimsByStart[j].Claim.CleanStart })
	var out []ArticlePart
	at := 0
	for _, ac := range claimsByStart {
		c := ac.Claim
		if c.CleanStart < at || c.CleanEnd > len(clean) || c.CleanStart >= c.CleanEnd {
			continue
		}
		if c.CleanStart > at {
			out = append(out, ArticlePart{Text: string(clean[at:c.CleanStart])})
		}
		out = append(out, ArticlePart{
			Text:    string(clean[c.CleanStart:c.CleanEnd]),
			ClaimID: ac.ID,
			Href:    fmt.Sprintf("/claims/%d", ac.ID),
			Class:   claimClass(ac),
			Title:   claimTitle(ac),
			Anchor:  fmt.Sprintf("c%d", c.Ordinal),
		})
		at = c.CleanEnd
	}
	if at < len(clean) {
		out = append(out, ArticlePart{Text: string(clean[at:])})
	}
	return out
}

func claimClass(ac store.ArticleClaim) string {
	classes := []string{"claimspan"}
	switch {
	case ac.Conflicts > 0:
		classes = append(classes, "has-conflict")
	case ac.Agreements > 0:
		classes = append(classes, "has-agree")
	}
	if ac.Claim.Score >= 0.6 {
		classes = append(classes, "worthy")
	}
	if ac.Verdict != "" {
		classes = append(classes, "has-verdict")
	}
	return strings.Join(classes, " ")
}

func claimTitle(ac store.ArticleClaim) string {
	parts := []string{fmt.Sprintf("Claim %d", ac.Claim.Ordinal), fmt.Sprintf("worth %.0f%%", ac.Claim.Score*100)}
	if ac.Conflicts > 0 {
		parts = append(parts, plural(ac.Conflicts, "conflict", "conflicts"))
	}
	if ac.Agreements > 0 {
		parts = append(parts, plural(ac.Agreements, "agreement", "agreements"))
	}
	if ac.Verdict != "" {
		parts = append(parts, "verdict: "+ac.Verdict)
	}
	return strings.Join(parts, " · ")
}

// residueParts cuts the raw text into kept runs and removed residue.
func residueParts(p store.ArticlePage) []ArticlePart {
	raw := []rune(p.Raw)
	var out []ArticlePart
	at := 0
	for _, rs := range p.Removed {
		if rs.Start < at || rs.End > len(raw) || rs.Start >= rs.End {
			continue
		}
		if rs.Start > at {
			out = append(out, ArticlePart{Text: string(raw[at:rs.Start])})
		}
		out = append(out, ArticlePart{Text: string(raw[rs.Start:rs.End]), Removed: true, Class: "residue", Title: "removed: " + rs.Reason})
		at = rs.End
	}
	if at < len(raw) {
		out = append(out, ArticlePart{Text: string(raw[at:])})
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// shorten cuts s to at most n runes at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
