package store

import (
	"context"
	"strings"
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

// TestRescopeByTheEventsStart: a count since a day is the event's toll
// while that day is the earliest the story tells of its event since, and a
// spell's count once a later report shows the event began before it.
func TestRescopeByTheEventsStart(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	tolls := func() map[string][]string {
		out := map[string][]string{}
		err := db.ExportFacts(ctx, claims.ReportFilter{}, func(r claims.FactRow) error {
			if r.Kind == claims.KindQuantity {
				out[r.Attribute] = append(out[r.Attribute], r.Value)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	add := func(origin, published, text string) {
		pub, _ := time.Parse(time.DateOnly, published)
		a, err := claims.Process(origin, []byte(text), claims.Meta{Language: "en", Published: pub}, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustAddArticle(t, db, a)
	}
	add("k01.txt", "2018-08-18", "In Kerala, 186 people have died in the floods since August 8.\n"+
		"Rescue teams reached Idukki and Ernakulam after the floods.\n")
	if got := tolls()["killed person count"]; len(got) != 1 {
		t.Fatalf("first report: tolls %v; want its count since August 8 to be the toll", tolls())
	}
	add("k02.txt", "2018-08-19", "In Kerala, 357 people have died in the floods since May 29.\n"+
		"Rescue teams worked in Idukki and Ernakulam after the floods.\n")
	if s := storiesByArticle(t, db); s["k01"] != s["k02"] {
		t.Fatalf("the two reports are in stories %d and %d, want one", s["k01"], s["k02"])
	}
	got := tolls()
	if len(got["killed person count"]) != 1 || len(got["killed person count since 2018-08-08"]) != 1 {
		t.Errorf("tolls %v; want 357 the toll since the season began and 186 the count since August 8", got)
	}
}

// TestRevisionReadsEarlierRowsAgain: two reports conflict (61 against 52
// killed); a third corrects the toll to 52 from 61, and the conflict of
// the first two becomes a revision's difference.
func TestRevisionReadsEarlierRowsAgain(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, in := range []struct{ origin, published, text string }{
		{"b01.txt", "2022-10-31", "The bridge collapse in Morbi killed 61 people, officials said.\n"},
		{"b02.txt", "2022-10-31", "The bridge collapse in Morbi killed 52 people, the police said.\n"},
		{"b03.txt", "2022-11-01", "The death toll of the Morbi bridge collapse was revised to 52 from 61.\n"},
	} {
		pub, _ := time.Parse(time.DateOnly, in.published)
		a, err := claims.Process(in.origin, []byte(in.text), claims.Meta{Language: "en", Published: pub}, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustAddArticle(t, db, a)
	}
	var rows []string
	err := db.ExportMatches(ctx, claims.ReportFilter{}, func(r claims.MatchRow) error {
		if r.Match.Kind == claims.KindQuantity {
			rows = append(rows, r.Match.Relation+" "+r.Match.Reason)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatal("no rows")
	}
	for _, r := range rows {
		if strings.HasPrefix(r, claims.Conflicts) {
			t.Errorf("rows %v: want no conflict once a source revised the toll", rows)
			break
		}
	}
}

// TestRescopeJoinsTheSite imports an attack story whose first report gives
// its toll in Pahalgam, a town of Jammu and Kashmir; once the later reports
// make Pahalgam the site of the story's event (story.MainSite), that toll
// is the event's own and meets the later one's in one fact.
func TestRescopeJoinsTheSite(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	articles := []struct {
		origin, published, text string
	}{
		{"a01.txt", "2025-04-22", "26 people were killed in Pahalgam in the terror attack on Tuesday.\n" +
			"Security was raised across Jammu and Kashmir after the attack.\n"},
		{"a02.txt", "2025-04-23", "28 people have now been killed in the terror attack, officials in Jammu and Kashmir said.\n" +
			"Shops in Pahalgam stayed shut on Wednesday after the attack.\n"},
		{"a03.txt", "2025-04-23", "Jammu and Kashmir mourned the victims of the terror attack in Pahalgam.\n"},
	}
	for _, in := range articles {
		pub, _ := time.Parse(time.DateOnly, in.published)
		a, err := claims.Process(in.origin, []byte(in.text), claims.Meta{Language: "en", Published: pub}, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustAddArticle(t, db, a)
	}
	if s := storiesByArticle(t, db); s["a01"] != s["a02"] || s["a02"] != s["a03"] {
		t.Fatalf("stories %v, want one", s)
	}
	facts := map[int64][]string{}
	subject := map[int64]string{}
	err := db.ExportFacts(ctx, claims.ReportFilter{}, func(r claims.FactRow) error {
		if r.Kind == claims.KindQuantity && strings.HasPrefix(r.Attribute, "killed") {
			facts[r.FactID] = append(facts[r.FactID], r.Value)
			subject[r.FactID] = r.Subject
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != 1 {
		t.Fatalf("toll facts %v (subjects %v), want one", facts, subject)
	}
	for id, vs := range facts {
		if len(vs) != 2 || subject[id] != claims.EventSubject {
			t.Errorf("fact %d: %v, subject %q; want both tolls, the story's own", id, vs, subject[id])
		}
	}
}
