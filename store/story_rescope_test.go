package store

import (
	"context"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// TestRescopeJoinsTheStorysCountry imports an earthquake story whose first
// report names India as often as Nepal, so its toll "in Nepal" is filed
// under Nepal; once the second report makes Nepal the story's country, the
// first toll joins the story's own, and the two rise into one evolving fact.
func TestRescopeJoinsTheStorysCountry(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	articles := []struct {
		origin, published, text string
	}{
		{"q01.txt", "2015-04-26", "The earthquake toll in Nepal rose to 2,400 on Sunday.\n" +
			"India sent rescue teams to Kathmandu after the earthquake.\n"},
		{"q02.txt", "2015-04-27", "The earthquake toll in Nepal rose to 3,723 on Monday.\n" +
			"Rescue teams worked through the night in Kathmandu after the earthquake.\n"},
	}
	for _, in := range articles {
		pub, _ := time.Parse(time.DateOnly, in.published)
		a, err := claims.Process(in.origin, []byte(in.text), claims.Meta{Language: "en", Published: pub}, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustAddArticle(t, db, a)
	}
	if s := storiesByArticle(t, db); s["q01"] != s["q02"] {
		t.Fatalf("the two reports are in stories %d and %d, want one", s["q01"], s["q02"])
	}
	facts := map[int64][]string{}
	status := map[int64]string{}
	subject := map[int64]string{}
	err := db.ExportFacts(ctx, claims.ReportFilter{}, func(r claims.FactRow) error {
		if r.Kind == claims.KindQuantity {
			facts[r.FactID] = append(facts[r.FactID], r.Value)
			status[r.FactID], subject[r.FactID] = r.Status, r.Subject
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != 1 {
		t.Fatalf("facts %v, want the one toll", facts)
	}
	for id, vs := range facts {
		if len(vs) != 2 || status[id] != "evolving" || subject[id] != claims.EventSubject {
			t.Errorf("fact %d: %v, %s, subject %q; want both tolls, evolving, the story's own", id, vs, status[id], subject[id])
		}
	}
}
