package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/store"
)

// An alias an admin added in the workbench is known to command-line imports.
func TestImportReplaysLexicon(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lex.db")
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := db.AddUser(ctx, "lexi", store.RoleAdmin, "a long password")
	if err != nil {
		t.Fatal(err)
	}
	// A made-up place, so the shared default lexicon stays as other tests expect.
	if _, err := db.AddLexicon(ctx, admin, store.LexiconAddition{
		Kind: store.LexiconAlias, Form: "Qwertyvania", Canonical: "Qwertyvania", Entity: "place",
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	path := mustWriteFile(t, filepath.Join(dir, "q.txt"), []byte("Officials in Qwertyvania said 300 workers arrived on Monday.\n"))
	mustRunCLI(t, "import", "--db", dbPath, path)
	rows, _ := mustExport(t, dbPath, "claims")
	if len(rows) != 1 {
		t.Fatalf("got %d claims, want 1", len(rows))
	}
	if got := rows[0]["entities"]; !strings.Contains(got, "Qwertyvania") {
		t.Errorf("entities = %q, want it to name Qwertyvania", got)
	}
}
