package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

func TestAddUserAndAuthenticate(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	mustAddUser(t, f.db, "asha", RoleReviewer)
	tests := []struct {
		name, user, role, password string
		want                       string // error code
	}{
		{"taken name", "asha", RoleReviewer, "longenough", claims.ECONFLICT},
		{"short password", "bina", RoleReviewer, "short", claims.EINVALID},
		{"bad role", "bina", "owner", "longenough", claims.EINVALID},
		{"space in name", "bi na", RoleReviewer, "longenough", claims.EINVALID},
		{"fine", "bina", RoleAdmin, "longenough", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.db.AddUser(ctx, tt.user, tt.role, tt.password)
			if got := claims.ErrorCode(err); got != tt.want {
				t.Errorf("AddUser(%q, %q) code = %q, want %q (%v)", tt.user, tt.role, got, tt.want, err)
			}
		})
	}
	if u, err := f.db.Authenticate(ctx, "asha", "correct horse"); err != nil || u.Name != "asha" || u.Role != RoleReviewer {
		t.Errorf("Authenticate(good) = %+v, %v; want asha reviewer", u, err)
	}
	for _, bad := range [][2]string{{"asha", "wrong horse"}, {"nobody", "correct horse"}} {
		if _, err := f.db.Authenticate(ctx, bad[0], bad[1]); claims.ErrorCode(err) != claims.EUNAUTHORIZED {
			t.Errorf("Authenticate(%q, %q) = %v, want unauthorized", bad[0], bad[1], err)
		}
	}
	if err := f.db.SetPassword(ctx, "asha", "another horse"); err != nil {
		t.Fatalf("SetPassword: %v", err)
	}
	if _, err := f.db.Authenticate(ctx, "asha", "another horse"); err != nil {
		t.Errorf("Authenticate after SetPassword: %v", err)
	}
	if err := f.db.SetPassword(ctx, "nobody", "another horse"); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("SetPassword(nobody) = %v, want not found", err)
	}
	users, err := f.db.Users(ctx)
	if err != nil || len(users) != 2 || users[0].Name != "asha" || users[1].Name != "bina" {
		t.Errorf("Users() = %+v, %v; want asha, bina", users, err)
	}
}

func TestSessionKeysSurviveReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keys.db")
	keys := func() (string, string) {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		defer db.Close()
		h, b, err := db.SessionKeys(ctx)
		if err != nil {
			t.Fatalf("SessionKeys: %v", err)
		}
		if len(h) != 64 || len(b) != 32 {
			t.Fatalf("key sizes = %d, %d; want 64, 32", len(h), len(b))
		}
		return string(h), string(b)
	}
	h1, b1 := keys()
	h2, b2 := keys()
	if h1 != h2 || b1 != b2 {
		t.Errorf("session keys changed across reopen")
	}
}

func TestLoginLockout(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	keys := []string{"user:asha", "addr:10.0.0.1"}
	for i := 1; i <= FreeLoginFailures; i++ {
		if err := f.db.RecordLoginFailure(ctx, now, keys...); err != nil {
			t.Fatal(err)
		}
	}
	if wait, _ := f.db.LoginLockout(ctx, now, keys...); wait != 0 {
		t.Errorf("after %d failures wait = %v, want 0", FreeLoginFailures, wait)
	}
	f.db.RecordLoginFailure(ctx, now, keys...)
	if wait, _ := f.db.LoginLockout(ctx, now, "addr:10.0.0.1"); wait != FirstLoginLockout {
		t.Errorf("after %d failures wait = %v, want %v", FreeLoginFailures+1, wait, FirstLoginLockout)
	}
	if wait, _ := f.db.LoginLockout(ctx, now.Add(FirstLoginLockout), keys...); wait != 0 {
		t.Errorf("after the window wait = %v, want 0", wait)
	}
	if wait, _ := f.db.LoginLockout(ctx, now, "user:other"); wait != 0 {
		t.Errorf("an untouched key waits %v, want 0", wait)
	}
	f.db.ClearLoginFailures(ctx, keys...)
	if wait, _ := f.db.LoginLockout(ctx, now, keys...); wait != 0 {
		t.Errorf("after clearing wait = %v, want 0", wait)
	}
}

func TestLockoutAfter(t *testing.T) {
	tests := []struct {
		failures int
		want     time.Duration
	}{
		{0, 0}, {FreeLoginFailures, 0},
		{FreeLoginFailures + 1, FirstLoginLockout},
		{FreeLoginFailures + 2, 2 * FirstLoginLockout},
		{FreeLoginFailures + 4, 8 * FirstLoginLockout},
		{1000, MaxLoginLockout},
	}
	for _, tt := range tests {
		if got := LockoutAfter(tt.failures); got != tt.want {
			t.Errorf("LockoutAfter(%d) = %v, want %v", tt.failures, got, tt.want)
		}
	}
}
