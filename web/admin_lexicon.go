package web

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// AdminLexiconView is the model of the lexicon page.
type AdminLexiconView struct {
	Flashes   []string
	Error     string
	Additions []store.LexiconAddition
	Entities  int      // entities the lexicon knows, built in and added
	Names     []string // canonical entity names, for the alias form's suggestions
	Roles     []Option
	Kinds     []Option
	Languages []Option
	Alias     LexiconForm // kept when refused
	RoleWord  LexiconForm
}

// LexiconForm is what one of the two lexicon forms holds.
type LexiconForm struct {
	Canonical, Kind, Form, Language string
}

// entityKinds are the kinds an alias may name, as the lexicon spells them.
var entityKinds = []string{claims.Person, claims.Country, claims.Place, claims.Organisation}

// adminLexicon lists the additions made by admins and the forms to add an
// alias or a role word.
func (s *Server) adminLexicon(w http.ResponseWriter, r *http.Request) {
	v, err := s.adminLexiconView(r.Context(), LexiconForm{Kind: claims.Person}, LexiconForm{Canonical: "leader"})
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.Flashes = s.takeFlashes(w, r)
	s.render(w, r, http.StatusOK, "Lexicon", AdminLexiconPage(v))
}

func (s *Server) adminLexiconView(ctx context.Context, alias, role LexiconForm) (AdminLexiconView, error) {
	adds, err := s.db.LexiconAdditions(ctx)
	if err != nil {
		return AdminLexiconView{}, err
	}
	lex := claims.DefaultLexicon()
	v := AdminLexiconView{Additions: adds, Alias: alias, RoleWord: role, Languages: languageOptions(alias.Language)}
	v.Languages[0].Label = "Any"
	entities := lex.Entities()
	v.Entities = len(entities)
	for _, e := range entities {
		v.Names = append(v.Names, e.Name)
	}
	sort.Strings(v.Names)
	for _, ro := range lex.Roles() {
		v.Roles = append(v.Roles, Option{Value: ro.Role, Label: ro.Role, Selected: ro.Role == role.Canonical})
	}
	for _, k := range entityKinds {
		v.Kinds = append(v.Kinds, Option{Value: k, Label: k, Selected: k == alias.Kind})
	}
	return v, nil
}

// adminAddAlias teaches the lexicon a written form of an entity.
func (s *Server) adminAddAlias(w http.ResponseWriter, r *http.Request) {
	form := LexiconForm{
		Canonical: strings.TrimSpace(r.PostFormValue("canonical")), Kind: r.PostFormValue("kind"),
		Form: strings.TrimSpace(r.PostFormValue("alias")), Language: r.PostFormValue("language"),
	}
	if languageName(form.Language) == form.Language {
		form.Language = "" // not one the workbench knows: any
	}
	add := store.LexiconAddition{Kind: store.LexiconAlias, Form: form.Form, Canonical: form.Canonical, Entity: form.Kind, Language: form.Language}
	s.addLexicon(w, r, add, form, LexiconForm{Canonical: "leader"})
}

// adminAddRoleWord teaches the lexicon a word for a known role.
func (s *Server) adminAddRoleWord(w http.ResponseWriter, r *http.Request) {
	form := LexiconForm{Canonical: r.PostFormValue("role"), Form: strings.TrimSpace(r.PostFormValue("word"))}
	add := store.LexiconAddition{Kind: store.LexiconRole, Form: form.Form, Canonical: form.Canonical}
	s.addLexicon(w, r, add, LexiconForm{Kind: claims.Person}, form)
}

// addLexicon applies an addition to the running lexicon, records it, and
// reruns the pipeline and matching on the articles whose text holds the new
// form, so the queue reflects it at once.
func (s *Server) addLexicon(w http.ResponseWriter, r *http.Request, add store.LexiconAddition, alias, role LexiconForm) {
	u, _ := userFrom(r.Context())
	err := add.Apply(claims.DefaultLexicon())
	if err == nil {
		_, err = s.db.AddLexicon(r.Context(), u, add)
	}
	if code := claims.ErrorCode(err); code == claims.EINVALID || code == claims.ECONFLICT {
		v, verr := s.adminLexiconView(r.Context(), alias, role)
		if verr != nil {
			s.error(w, r, verr)
			return
		}
		v.Error = claims.ErrorMessage(err)
		s.render(w, r, http.StatusBadRequest, "Lexicon", AdminLexiconPage(v))
		return
	} else if err != nil {
		s.error(w, r, err)
		return
	}
	sum, err := s.rematchContaining(r.Context(), add.Form)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.log.Info("lexicon addition", "by", u.Name, "kind", add.Kind, "form", add.Form, "canonical", add.Canonical,
		"articles", sum.Articles, "new_conflicts", sum.NewConflicts)
	s.flash(w, r, fmt.Sprintf("Added %q = %s. %s", add.Form, add.Canonical, sum))
	http.Redirect(w, r, "/admin/lexicon", http.StatusSeeOther)
}

// rematchSummary adds up the reruns one lexicon change caused.
type rematchSummary struct {
	Articles, NewConflicts, NewAgreements, Dropped int
}

// String says what the rerun changed, for the flash after an addition.
func (m rematchSummary) String() string {
	if m.Articles == 0 {
		return "No stored article contains it, so nothing was rerun."
	}
	return fmt.Sprintf("Reran %s: %s, %s, %s dropped.", plural(m.Articles, "article", "articles"),
		plural(m.NewConflicts, "new conflict", "new conflicts"), plural(m.NewAgreements, "new agreement", "new agreements"),
		plural(m.Dropped, "open match", "open matches"))
}

// rematchContaining reprocesses, one transaction each, the articles whose
// clean text holds form.
func (s *Server) rematchContaining(ctx context.Context, form string) (rematchSummary, error) {
	var sum rematchSummary
	ids, err := s.db.ArticlesContaining(ctx, form)
	if err != nil {
		return sum, err
	}
	for _, id := range ids {
		stored, err := s.db.StoredArticle(ctx, id)
		if err != nil {
			return sum, err
		}
		a, err := claims.Process(stored.Origin, stored.Raw, stored.Meta, claims.Options{})
		if err != nil {
			// It was processed once; failing now is a bug, not bad input.
			return sum, fmt.Errorf("reprocess article %d: %w", id, err)
		}
		res, err := s.db.Rematch(ctx, id, a)
		if err != nil {
			return sum, err
		}
		sum.Articles++
		sum.NewConflicts += res.NewConflicts
		sum.NewAgreements += res.NewAgreements
		sum.Dropped += res.DroppedMatches
	}
	return sum, nil
}
