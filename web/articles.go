package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

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
	// Pages go by keyset (after, before: the id the page starts below or
	// above) so a deep page costs what the first does; from is where the
	// page starts in the list, for the range it shows. page=N, the older
	// links, still opens that page by offset.
	from, ok := atoiPositive(q.Get("from"))
	if !ok {
		from = 1
	}
	offset := 0
	if id, err := strconv.ParseInt(q.Get("after"), 10, 64); err == nil && id > 0 {
		f.OlderThan = id
	} else if id, err := strconv.ParseInt(q.Get("before"), 10, 64); err == nil && id > 0 {
		f.NewerThan = id
	} else if page, ok := atoiPositive(q.Get("page")); ok {
		offset = (page - 1) * articlesPageSize
		from = offset + 1
	} else {
		from = 1
	}
	rows, total, err := s.db.Articles(r.Context(), f, articlesPageSize, offset)
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
	if f.NewerThan != 0 && len(rows) < articlesPageSize {
		from = 1 // the page before reached the newest article
	}
	first, last := from, from+len(rows)-1
	if len(rows) == 0 {
		first, last = 0, 0
	}
	v.Range = fmt.Sprintf("%d–%d of %d", first, last, total)
	pageLink := func(key string, id int64, start int) string {
		p := url.Values{}
		if f.Language != "" {
			p.Set("language", f.Language)
		}
		if f.Source != "" {
			p.Set("source", f.Source)
		}
		p.Set(key, itoa64(id))
		p.Set("from", itoa(max(start, 1)))
		return "/articles?" + p.Encode()
	}
	if len(rows) > 0 && first > 1 {
		v.PrevPage = pageLink("before", rows[0].ID, first-articlesPageSize)
	}
	if len(rows) == articlesPageSize && last < total {
		v.NextPage = pageLink("after", rows[len(rows)-1].ID, last+1)
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
