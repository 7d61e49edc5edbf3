package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// storiesPageSize is how many stories the list shows at once.
const storiesPageSize = 50

// StoriesView is the model of the stories list.
type StoriesView struct {
	Flashes   []string
	Stories   []store.StoryItem
	NextPage  string
	FirstPage string
}

// storiesPage lists stories, the latest published first.
func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) {
	after := r.URL.Query().Get("after")
	list, err := s.db.Stories(r.Context(), after, storiesPageSize)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := StoriesView{Flashes: s.takeFlashes(w, r), Stories: list.Stories}
	if list.Next != "" {
		v.NextPage = "/stories?after=" + list.Next
	}
	if after != "" {
		v.FirstPage = "/stories"
	}
	s.render(w, r, http.StatusOK, "Stories", StoriesPage(v))
}

// StoryView is the model of a story page.
type StoryView struct {
	Flashes  []string
	Errors   []string
	Story    store.StoryItem
	Articles []store.StoryArticle
	Facts    []FactRow
	// MoreFacts says the story has more facts than the table shows; the
	// queue filtered by the story lists them all.
	MoreFacts bool
	FactsHref string
	// The pages of articles and of facts, each by its own cursor: Next
	// goes on from this page, First back to the start.
	NextArticles, FirstArticles string
	NextFacts, FirstFacts       string
	Recent                      []store.StoryItem // suggestions for the move and merge forms
	History                     []HistoryRow
}

// A story page shows its articles and its facts a page at a time: a story
// of 10,000 articles is one page of them and a Next link, not a megabyte.
const (
	storyArticlesPage = 50
	storyFactsShown   = 50
)

// storyParams pick the pages a story page shows (URL: articles_after, an
// article id; facts_after, a cursor of the queue of facts).
type storyParams struct {
	ArticlesAfter int64
	FactsAfter    string
}

func parseStoryParams(q url.Values) storyParams {
	p := storyParams{FactsAfter: q.Get("facts_after")}
	if n, err := strconv.ParseInt(q.Get("articles_after"), 10, 64); err == nil && n > 0 {
		p.ArticlesAfter = n
	}
	return p
}

// url is story id's page showing the pages p picks; anchor names the
// section the link is about.
func (p storyParams) url(id int64, anchor string) string {
	q := url.Values{}
	if p.ArticlesAfter > 0 {
		q.Set("articles_after", itoa64(p.ArticlesAfter))
	}
	if p.FactsAfter != "" {
		q.Set("facts_after", p.FactsAfter)
	}
	u := fmt.Sprintf("/stories/%d", id)
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u + "#" + anchor
}

// storyPage shows a story's articles and facts with the forms that move an
// article, merge the story into another and split it.
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := s.storyView(r.Context(), id, parseStoryParams(r.URL.Query()))
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.Flashes = s.takeFlashes(w, r)
	s.render(w, r, http.StatusOK, storyName(v.Story.Title, id), StoryPage(v))
}

func (s *Server) storyView(ctx context.Context, id int64, p storyParams) (StoryView, error) {
	st, err := s.db.Story(ctx, id)
	if err != nil {
		return StoryView{}, err
	}
	v := StoryView{Story: st, FactsHref: fmt.Sprintf("/?story=%d&view=all", id)}
	var nextArticle int64
	if v.Articles, nextArticle, err = s.db.StoryArticles(ctx, id, p.ArticlesAfter, storyArticlesPage); err != nil {
		return StoryView{}, err
	}
	if nextArticle != 0 {
		v.NextArticles = storyParams{ArticlesAfter: nextArticle, FactsAfter: p.FactsAfter}.url(id, "articles")
	}
	if p.ArticlesAfter != 0 {
		v.FirstArticles = storyParams{FactsAfter: p.FactsAfter}.url(id, "articles")
	}
	facts, err := s.db.FactQueue(ctx, store.FactFilter{Story: id, View: store.ViewAll}, p.FactsAfter, storyFactsShown)
	if err != nil {
		return StoryView{}, err
	}
	v.MoreFacts = facts.Next != ""
	if facts.Next != "" {
		v.NextFacts = storyParams{ArticlesAfter: p.ArticlesAfter, FactsAfter: facts.Next}.url(id, "facts")
	}
	if p.FactsAfter != "" {
		v.FirstFacts = storyParams{ArticlesAfter: p.ArticlesAfter}.url(id, "facts")
	}
	back := factParams{Story: id, View: store.ViewAll}.back()
	for _, it := range facts.Items {
		// On its own page the story's title would only repeat the heading:
		// the story's own event is named by what is counted.
		label := it.Subject
		if label == "" {
			label = it.Attribute
		}
		v.Facts = append(v.Facts, FactRow{FactItem: it, Href: factURL(it.ID, back), Label: label,
			Decided: it.Decision != store.DecisionOpen, Disputed: it.Status == "disputed"})
	}
	recent, err := s.db.Stories(ctx, "", 30)
	if err != nil {
		return StoryView{}, err
	}
	for _, x := range recent.Stories {
		if x.ID != id {
			v.Recent = append(v.Recent, x)
		}
	}
	if v.History, err = s.history(ctx, store.AuditStory, id); err != nil {
		return StoryView{}, err
	}
	return v, nil
}

// storyNumber reads a story's number from a form field, taking "#12" or
// "12" as a reviewer may type it.
func storyNumber(r *http.Request, field string) (int64, error) {
	raw := strings.TrimPrefix(strings.TrimSpace(r.PostFormValue(field)), "#")
	if i := strings.IndexAny(raw, " ·"); i > 0 {
		raw = raw[:i] // a suggestion "12 · Title" picked from the list
	}
	n, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || n <= 0 {
		return 0, claims.Errorf(claims.EINVALID, "Give the number of the story, such as 12.")
	}
	return n, nil
}

// storyFailed shows the story page again with why an action was refused.
func (s *Server) storyFailed(w http.ResponseWriter, r *http.Request, id int64, err error) {
	code := claims.ErrorCode(err)
	if code != claims.EINVALID && code != claims.ENOTFOUND {
		s.error(w, r, err)
		return
	}
	v, verr := s.storyView(r.Context(), id, storyParams{})
	if verr != nil {
		s.error(w, r, err)
		return
	}
	v.Errors = []string{claims.ErrorMessage(err)}
	s.render(w, r, http.StatusBadRequest, storyName(v.Story.Title, id), StoryPage(v))
}

// moveStoryArticle moves one article of this story to another story.
func (s *Server) moveStoryArticle(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	article, aerr := strconv.ParseInt(r.PostFormValue("article"), 10, 64)
	to, err := storyNumber(r, "to")
	if aerr != nil || article <= 0 {
		err = claims.Errorf(claims.EINVALID, "Choose the article to move.")
	}
	if err == nil && to == id {
		err = claims.Errorf(claims.EINVALID, "The article is in story %d already.", id)
	}
	if err == nil {
		err = s.db.MoveArticle(r.Context(), u, article, to)
	}
	if err != nil {
		s.storyFailed(w, r, id, err)
		return
	}
	s.flash(w, r, fmt.Sprintf("Article %d moved here from story %d; its facts moved with it.", article, id))
	http.Redirect(w, r, fmt.Sprintf("/stories/%d", to), http.StatusSeeOther)
}

// mergeStory merges this story into another.
func (s *Server) mergeStory(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	into, err := storyNumber(r, "into")
	if err == nil {
		err = s.db.MergeStories(r.Context(), u, id, into)
	}
	if err != nil {
		s.storyFailed(w, r, id, err)
		return
	}
	s.flash(w, r, fmt.Sprintf("Story %d merged into this one.", id))
	http.Redirect(w, r, fmt.Sprintf("/stories/%d", into), http.StatusSeeOther)
}

// splitStory moves the ticked articles into a new story.
func (s *Server) splitStory(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	r.ParseForm()
	var ids []int64
	for _, raw := range r.PostForm["article"] {
		if n, err := strconv.ParseInt(raw, 10, 64); err == nil {
			ids = append(ids, n)
		}
	}
	created, err := s.db.SplitStory(r.Context(), u, id, ids)
	if err != nil {
		s.storyFailed(w, r, id, err)
		return
	}
	s.flash(w, r, fmt.Sprintf("%s split off from story %d into this new story.", plural(len(ids), "article", "articles"), id))
	http.Redirect(w, r, fmt.Sprintf("/stories/%d", created), http.StatusSeeOther)
}

// storyArticlesShown says which of a story's articles its page lists:
// "all 12", "the first 50 of 10,000", "50 more of 10,000".
func storyArticlesShown(v StoryView) string {
	n, of := len(v.Articles), v.Story.Articles
	switch {
	case v.FirstArticles == "" && n >= of:
		return "all " + figure(float64(of))
	case v.FirstArticles == "":
		return "the first " + figure(float64(n)) + " of " + figure(float64(of))
	}
	return figure(float64(n)) + " more of " + figure(float64(of))
}
