package web

import (
	"net/http"

	"github.com/claimdesk/claimdesk/claims"
)

// routes is the one route table. Every page but /login, /healthz and
// /static/ needs a session; /admin/ pages need the admin role. The whole mux
// sits behind cross-origin protection: a POST from another site is refused.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	user := func(h http.HandlerFunc) http.Handler { return s.requireUser(h) }
	admin := func(h http.HandlerFunc) http.Handler { return s.requireUser(s.requireAdmin(h)) }

	// Open to all.
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)

	// Reviewers: the queue and the review loop.
	mux.Handle("POST /logout", user(s.logout))
	mux.Handle("GET /{$}", user(s.factsPage))
	mux.Handle("POST /facts/bulk", user(s.bulkFacts))
	mux.Handle("GET /facts/{id}", user(s.factPage))
	mux.Handle("POST /facts/{id}/decide", user(s.decideFact))
	mux.Handle("POST /facts/{id}/assign", user(s.assignFact))
	mux.Handle("GET /stories", user(s.storiesPage))
	mux.Handle("GET /stories/{id}", user(s.storyPage))
	mux.Handle("POST /stories/{id}/move", user(s.moveStoryArticle))
	mux.Handle("POST /stories/{id}/merge", user(s.mergeStory))
	mux.Handle("POST /stories/{id}/split", user(s.splitStory))
	mux.Handle("GET /conflicts", user(s.queuePage))
	mux.Handle("GET /conflicts/{id}", user(s.conflictPage))
	mux.Handle("POST /conflicts/{id}/confirm", user(s.confirmConflict))
	mux.Handle("POST /conflicts/{id}/dismiss", user(s.dismissConflict))
	mux.Handle("POST /conflicts/{id}/mistranslation", user(s.markMistranslation))
	mux.Handle("POST /conflicts/{id}/reopen", user(s.reopenConflict))
	mux.Handle("POST /conflicts/{id}/note", user(s.noteConflict))
	mux.Handle("POST /conflicts/{id}/evidence", user(s.evidenceConflict))
	mux.Handle("POST /conflicts/{id}/assign", user(s.assignConflict))
	mux.Handle("GET /claims/{id}", user(s.claimPage))
	mux.Handle("POST /claims/{id}/verdict", user(s.saveVerdict))

	// Reviewers: reading, importing, searching, reporting, and flagging a
	// pair the engine missed.
	mux.Handle("GET /articles", user(s.articlesPage))
	mux.Handle("GET /articles/{id}", user(s.articlePage))
	mux.Handle("GET /import", user(s.importPage))
	mux.Handle("POST /import", user(s.importArticles))
	mux.Handle("GET /import/result", user(s.importResultPage))
	mux.Handle("GET /import/jobs/{id}", user(s.importJobPage))
	mux.Handle("GET /search", user(s.searchPage))
	mux.Handle("GET /reports", user(s.reportsPage))
	mux.Handle("GET /dashboard", user(s.dashboardPage))
	mux.Handle("GET /reports/{name}", user(s.reportFile))
	mux.Handle("GET /flag-pair", user(s.flagPairPick))
	mux.Handle("GET /claims/{id}/flag-pair", user(s.flagPairPage))
	mux.Handle("POST /claims/{id}/flag-pair", user(s.flagPair))

	// Admins.
	mux.Handle("GET /admin/users", admin(s.adminUsers))
	mux.Handle("POST /admin/users", admin(s.adminAddUser))
	mux.Handle("POST /admin/users/{id}/role", admin(s.adminSetRole))
	mux.Handle("POST /admin/users/{id}/password", admin(s.adminResetPassword))
	mux.Handle("POST /admin/users/{id}/disable", admin(s.adminDisableUser))
	mux.Handle("POST /admin/users/{id}/enable", admin(s.adminEnableUser))
	mux.Handle("GET /admin/sessions", admin(s.adminSessions))
	mux.Handle("POST /admin/sessions/{id}/end", admin(s.adminEndSession))
	mux.Handle("GET /admin/articles/{id}/delete", admin(s.articleDeletePage))
	mux.Handle("POST /admin/articles/{id}/delete", admin(s.deleteArticle))
	mux.Handle("GET /admin/lexicon", admin(s.adminLexicon))
	mux.Handle("POST /admin/lexicon/alias", admin(s.adminAddAlias))
	mux.Handle("POST /admin/lexicon/role", admin(s.adminAddRoleWord))

	// Anything else: the login wall first, then a 404 page.
	mux.Handle("/", user(s.notFound))

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, claims.Errorf(claims.EFORBIDDEN, "This form was sent from another site, so it was refused. Reload the page and try again."))
	}))
	return s.logRequests(s.recoverPanics(securityHeaders(cop.Handler(mux))))
}

// healthz answers load balancers and scripts without a login.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write([]byte("ok"))
}
