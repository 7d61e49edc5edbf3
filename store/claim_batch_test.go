package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestClaimBatchSizes(t *testing.T) {
	tests := []struct {
		n    int
		want []int
	}{
		{0, nil},
		{1, []int{1}},
		{17, []int{17}},
		{claimBatch, []int{claimBatch}},
		{claimBatch + 1, []int{claimBatch, 1}},
		{2*claimBatch + 5, []int{claimBatch, 5}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			if got := claimBatchSizes(tt.n); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("claimBatchSizes(%d) = %v, want %v", tt.n, got, tt.want)
			}
		})
	}
}

// TestAddArticleClaimBatches stores articles whose claims fill one, several
// and partial batches, in an order the ordinals do not follow, and checks
// every claim lands with its own text, in order, and is found by search.
func TestAddArticleClaimBatches(t *testing.T) {
	for _, n := range []int{1, claimBatch, 2*claimBatch + 3} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			ctx := context.Background()
			db := mustOpenImportDB(t)
			texts := make([]string, n)
			for i := range texts {
				texts[i] = fmt.Sprintf("batch%04dword appears here", i)
			}
			a := fixtureArticle("batch.txt", "en", texts...)
			// Ordinals need not follow the slice order: ids must still
			// go to the right claims.
			a.Claims[0].Ordinal = n + 10
			// A flag names its claim by id: each claim gets one quoting
			// its own first word.
			for i := range a.Claims {
				word := strings.Fields(texts[i])[0]
				a.Claims[i].Flags = []claims.Flag{{Kind: "test", Evidence: word, End: len(word)}}
			}
			res := mustAddArticle(t, db, a)
			if res.Claims != n {
				t.Fatalf("AddArticle claims = %d, want %d", res.Claims, n)
			}
			var got []string
			var ordinals []int
			if err := db.ExportClaims(ctx, claims.ReportFilter{}, func(r claims.ClaimRow) error {
				got = append(got, r.Claim.Text)
				if f := r.Claim.Flags; len(f) != 1 || !strings.HasPrefix(r.Claim.Text, f[0].Evidence+" ") {
					t.Errorf("claim %q flags = %+v, want one quoting its first word", r.Claim.Text, f)
				}
				ordinals = append(ordinals, r.Claim.Ordinal)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, texts) {
				t.Errorf("stored texts in id order = %q..., want %q...", got[:min(3, len(got))], texts[:min(3, n)])
			}
			if len(ordinals) != n || ordinals[0] != n+10 {
				t.Errorf("first stored ordinal = %v, want %d", ordinals[:min(1, len(ordinals))], n+10)
			}
			for _, i := range []int{0, n - 1} {
				word := strings.Fields(texts[i])[0]
				rows, err := db.SearchClaims(ctx, word, 5)
				if err != nil || len(rows) != 1 || rows[0].Claim.Text != texts[i] {
					t.Errorf("search %q = %d rows, %v; want claim %q", word, len(rows), err, texts[i])
				}
			}
			mustCheckFTS(t, db)
		})
	}
}
