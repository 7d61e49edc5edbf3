package web

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/claimdesk/claimdesk/store"
)

// articlesPageSize is how many articles the list shows at once.
const articlesPageSize = 50

// ArticlesView is the model of the articles list.
type ArticlesView struct {
	Flashes   []string
	Rows      []ArticleRow
	Total     int
	Languages []Option
	Sources   []Option
	Filtered  bool
	PrevPage  string
	NextPage  string
	Range     string
}

// ArticleRow is one article of the list, with its link.
type ArticleRow struct {
	store.ArticleSummary
	Href      string
	Label     string // title, or origin when untitled
	Published string // date or ""
}

// articlesPage lists the stored articles, newest import first, filtered by
// language and source.
func (s *Server) articlesPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := store.ArticleFilter{Source: q.Get("source")}
	for _, l := range languages {
		if q.Get("language") == l.Code {
			f.Language = l.Code
		}
	}
	page, ok := atoiPositive(q.Get("page"))
	if !ok {
		page = 1
	}
	rows, total, err := s.db.Articles(r.Context(), f, articlesPageSize, (page-1)*articlesPageSize)
	if err != nil {
		s.error(w, r, err)
		return
	}
	sources, err := s.db.QueueSources(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := ArticlesView{
		Flashes:  s.takeFlashes(w, r),
		Total:    total,
		Sources:  sourceOptions(sources, f.Source),
		Filtered: f.Language != "" || f.Source != "",
	}
	v.Languages = []Option{{Value: "", Label: "Any language", Selected: f.Language == ""}}
	for _, l := range languages {
		v.Languages = append(v.Languages, Option{Value: l.Code, Label: l.Name, Selected: f.Language == l.Code})
	}
	for _, a := range rows {
		v.Rows = append(v.Rows, articleRow(a))
	}
	first := (page-1)*articlesPageSize + 1
	if len(rows) == 0 {
		first = 0
	}
	v.Range = fmt.Sprintf("%d–%d of %d", first, (page-1)*articlesPageSize+len(rows), total)
	pageLink := func(n int) string {
		p := url.Values{}
		if f.Language != "" {
			p.Set("language", f.Language)
		}
		if f.Source != "" {
			p.Set("source", f.Source)
		}
		p.Set("page", itoa(n))
		return "/articles?" + p.Encode()
	}
	if page > 1 {
		v.PrevPage = pageLink(page - 1)
	}
	if page*articlesPageSize < total {
		v.NextPage = pageLink(page + 1)
	}
	s.render(w, r, http.StatusOK, "Articles", ArticlesPage(v))
}

func articleRow(a store.ArticleSummary) ArticleRow {
	row := ArticleRow{ArticleSummary: a, Href: fmt.Sprintf("/articles/%d", a.ID), Label: articleName(a.Title, a.Origin)}
	if !a.Published.IsZero() {
		row.Published = a.Published.Format("2006-01-02")
	}
	return row
}

// languageName is the English name of a language code, or the code itself.
func languageName(code string) string {
	for _, l := range languages {
		if l.Code == code {
			return l.Name
		}
	}
	return code
}
