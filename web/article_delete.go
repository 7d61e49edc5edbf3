package web

import (
	"net/http"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// ArticleDeleteView is the model of the page that confirms deleting an
// article: what it is and everything that goes with it.
type ArticleDeleteView struct {
	Errors    []string
	Footprint store.ArticleFootprint
	Name      string // the article's title, or its origin
	Action    string
	Back      string // the article page
}

// articleDeletePage asks an admin to confirm deleting an article, showing
// what the delete takes with it.
func (s *Server) articleDeletePage(w http.ResponseWriter, r *http.Request) {
	v, err := s.articleDeleteView(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "Delete "+v.Name, ArticleDeletePage(v))
}

func (s *Server) articleDeleteView(r *http.Request) (ArticleDeleteView, error) {
	id, err := pathID(r)
	if err != nil {
		return ArticleDeleteView{}, err
	}
	f, err := s.db.ArticleFootprint(r.Context(), id)
	if err != nil {
		return ArticleDeleteView{}, err
	}
	href := "/articles/" + itoa64(id)
	return ArticleDeleteView{Footprint: f, Name: articleName(f.Title, f.Origin), Action: "/admin" + href + "/delete", Back: href}, nil
}

// deleteArticle deletes the article once the admin has ticked the
// confirmation, and goes to the articles list; without the tick the
// confirmation page comes back with the reason in red.
func (s *Server) deleteArticle(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	v, err := s.articleDeleteView(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if r.PostFormValue("confirm") != "delete" {
		v.Errors = []string{"Tick the box to confirm: deleting an article cannot be undone."}
		s.render(w, r, http.StatusBadRequest, "Delete "+v.Name, ArticleDeletePage(v))
		return
	}
	f, err := s.db.DeleteArticle(r.Context(), u, v.Footprint.ID)
	if claims.ErrorCode(err) == claims.ENOTFOUND {
		s.error(w, r, claims.Errorf(claims.ENOTFOUND, "Article %d is already gone: someone else deleted it.", v.Footprint.ID))
		return
	} else if err != nil {
		s.error(w, r, err)
		return
	}
	s.flash(w, r, "Deleted “"+articleName(f.Title, f.Origin)+"” ("+f.Origin+") with "+plural(f.Claims, "claim", "claims")+
		", "+plural(f.Matches, "match", "matches")+" and "+plural(f.Flags, "flag", "flags")+".")
	http.Redirect(w, r, "/articles", http.StatusSeeOther)
}
