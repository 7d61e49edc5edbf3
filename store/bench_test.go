package store

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// importPeople: BenchmarkImport's articles name that many variants of
// each person, so an article meets a few earlier ones on its facets, as the
// seeds do, rather than the saturated candidate sets of BenchmarkAddArticle.
const importPeople = 500

// BenchmarkImport stores seeds-sized articles into a database file, one
// transaction per article with matching, as `claimdesk import` does.
// "store" starts from processed articles; "process+store" runs the engine
// too.
func BenchmarkImport(b *testing.B) {
	base := processedSeeds(b)
	b.Run("store", func(b *testing.B) {
		db := benchDB(b)
		arts := make([]*claims.Article, b.N)
		var size int64
		for i := range arts {
			arts[i] = variant(base[i%len(base)], i, importPeople, 0)
			size += int64(len(arts[i].Raw))
		}
		b.SetBytes(size / int64(b.N))
		matches := 0
		b.ResetTimer()
		clock := startClock()
		for i := 0; i < b.N; i++ {
			res, err := db.AddArticle(context.Background(), arts[i])
			if err != nil {
				b.Fatal(err)
			}
			matches += res.Conflicts + res.Agreements
		}
		clock.report(b)
		b.ReportMetric(float64(matches)/float64(b.N), "matches/article")
	})
	b.Run("process+store", func(b *testing.B) {
		db := benchDB(b)
		raws := make([][]byte, b.N)
		var size int64
		for i := range raws {
			// A counter line makes each copy new content.
			raws[i] = fmt.Appendf(nil, "%s\ncopy %d\n", base[i%len(base)].Raw, i)
			size += int64(len(raws[i]))
		}
		b.SetBytes(size / int64(b.N))
		b.ResetTimer()
		clock := startClock()
		for i := 0; i < b.N; i++ {
			a, err := claims.Process(fmt.Sprintf("copy_%d.txt", i), raws[i], claims.Meta{}, claims.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := db.AddArticle(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
		clock.report(b)
	})
}

// BenchmarkAddArticle is the cost of adding one seeds-sized article, with
// matching, to a corpus of 1,000 and of 100,000 articles: finding
// candidates by facet key must keep it nearly flat.
func BenchmarkAddArticle(b *testing.B) {
	base := processedSeeds(b)
	for _, size := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("stored=%d", size), func(b *testing.B) {
			if testing.Short() && size > 1000 {
				b.Skip("-short: the first build of a large corpus takes minutes")
			}
			db := corpusDB(b, size)
			arts := make([]*claims.Article, b.N)
			for i := range arts {
				n := 1_000_000 + size + i // beyond any generated article
				arts[i] = variant(base[i%len(base)], n, corpusPeople, 0)
			}
			var conflicts, agreements int
			b.ResetTimer()
			clock := startClock()
			for i := 0; i < b.N; i++ {
				res, err := db.AddArticle(context.Background(), arts[i])
				if err != nil {
					b.Fatal(err)
				}
				conflicts += res.Conflicts
				agreements += res.Agreements
			}
			clock.report(b)
			b.ReportMetric(float64(conflicts+agreements)/float64(b.N), "matches/article")
		})
	}
}

// BenchmarkAddArticles is BenchmarkAddArticle with the articles stored 8
// at a time (AddArticles), as `claimdesk import` stores them.
func BenchmarkAddArticles(b *testing.B) {
	const batch = 8
	base := processedSeeds(b)
	for _, size := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("stored=%d", size), func(b *testing.B) {
			if testing.Short() && size > 1000 {
				b.Skip("-short: the first build of a large corpus takes minutes")
			}
			db := corpusDB(b, size)
			arts := make([]*claims.Article, b.N)
			for i := range arts {
				arts[i] = variant(base[i%len(base)], 1_000_000+size+i, corpusPeople, 0)
			}
			matches := 0
			b.ResetTimer()
			clock := startClock()
			for i := 0; i < b.N; i += batch {
				res, errs, err := db.AddArticles(context.Background(), arts[i:min(i+batch, b.N)])
				if err != nil {
					b.Fatal(err)
				}
				for j := range res {
					if errs[j] != nil {
						b.Fatal(errs[j])
					}
					matches += res[j].Conflicts + res[j].Agreements
				}
			}
			clock.report(b)
			b.ReportMetric(float64(matches)/float64(b.N), "matches/article")
		})
	}
}

// BenchmarkImportAhead is BenchmarkAddArticles with each article prepared
// (PrepareArticle) on a goroutine of its own, ahead of the writer, as
// `claimdesk import` prepares them: the writer stores the articles in
// their order while the next ones are prepared on the other core.
func BenchmarkImportAhead(b *testing.B) {
	const batch = 8
	base := processedSeeds(b)
	for _, size := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("stored=%d", size), func(b *testing.B) {
			if testing.Short() && size > 1000 {
				b.Skip("-short: the first build of a large corpus takes minutes")
			}
			db := corpusDB(b, size)
			arts := make([]*claims.Article, b.N)
			for i := range arts {
				arts[i] = variant(base[i%len(base)], 1_000_000+size+i, corpusPeople, 0)
			}
			matches := 0
			b.ResetTimer()
			clock := startClock()
			ahead := make(chan *PreparedArticle, 2*batch)
			go func() {
				defer close(ahead)
				for _, a := range arts {
					ahead <- PrepareArticle(a)
				}
			}()
			pending := make([]*PreparedArticle, 0, batch)
			store := func() {
				res, errs, err := db.AddPrepared(context.Background(), pending)
				if err != nil {
					b.Fatal(err)
				}
				for j := range res {
					if errs[j] != nil {
						b.Fatal(errs[j])
					}
					matches += res[j].Conflicts + res[j].Agreements
				}
				pending = pending[:0]
			}
			for p := range ahead {
				if pending = append(pending, p); len(pending) == batch {
					store()
				}
			}
			if len(pending) > 0 {
				store()
			}
			clock.report(b)
			b.ReportMetric(float64(matches)/float64(b.N), "matches/article")
		})
	}
}

// benchDB opens a fresh database file for one benchmark run.
func benchDB(b *testing.B) *DB {
	b.Helper()
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// clock measures a benchmark loop both ways: articles per second of wall
// time, and CPU milliseconds per article, which stays meaningful on a
// machine whose two cores are shared with other work.
type clock struct {
	wall time.Time
	cpu  time.Duration
}

func startClock() clock { return clock{wall: time.Now(), cpu: cpuTime()} }

func (c clock) report(b *testing.B) {
	b.ReportMetric(float64(b.N)/time.Since(c.wall).Seconds(), "articles/s")
	b.ReportMetric(float64(cpuTime()-c.cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/article")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
