package store

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

var testPolicy = SessionPolicy{Idle: 2 * time.Hour, Lifetime: 12 * time.Hour}

func TestSessionLifecycle(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	now := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	token := "tok-" + t.Name()
	if err := f.db.CreateSession(ctx, token, Session{UserID: rui.ID, CreatedAt: now, Address: "10.0.0.7", UserAgent: "Firefox"}, testPolicy); err != nil {
		t.Fatal(err)
	}
	s, err := f.db.SessionByToken(ctx, token, now.Add(time.Minute), testPolicy)
	if err != nil || s.UserID != rui.ID || s.UserName != "rui" || s.Address != "10.0.0.7" || s.UserAgent != "Firefox" {
		t.Fatalf("SessionByToken = %+v, %v", s, err)
	}
	if _, err := f.db.SessionByToken(ctx, "another token", now, testPolicy); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("an unknown token = %v, want not found", err)
	}
	if err := f.db.SaveSessionData(ctx, token, []byte("flash")); err != nil {
		t.Fatal(err)
	}
	if s, _ := f.db.SessionByToken(ctx, token, now.Add(time.Minute), testPolicy); string(s.Data) != "flash" {
		t.Errorf("data = %q, want flash", s.Data)
	}
	active, err := f.db.ActiveSessions(ctx, now.Add(time.Minute), testPolicy)
	if err != nil || len(active) != 1 || active[0].ID != s.ID {
		t.Errorf("ActiveSessions = %+v, %v; want the one", active, err)
	}
	if err := f.db.DeleteSession(ctx, token); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.SessionByToken(ctx, token, now.Add(time.Minute), testPolicy); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("after logout = %v, want not found", err)
	}
}

func TestSessionExpiry(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	t.Run("idle", func(t *testing.T) {
		f.db.CreateSession(ctx, "idle", Session{UserID: rui.ID, CreatedAt: start}, testPolicy)
		if _, err := f.db.SessionByToken(ctx, "idle", start.Add(testPolicy.Idle-time.Minute), testPolicy); err != nil {
			t.Fatalf("just before the idle limit: %v", err)
		}
		// That request counted as activity: the idle clock starts again.
		if _, err := f.db.SessionByToken(ctx, "idle", start.Add(2*testPolicy.Idle-2*time.Minute), testPolicy); err != nil {
			t.Fatalf("active session: %v", err)
		}
		if _, err := f.db.SessionByToken(ctx, "idle", start.Add(3*testPolicy.Idle), testPolicy); claims.ErrorCode(err) != claims.ENOTFOUND {
			t.Errorf("idle past the limit = %v, want not found", err)
		}
	})
	t.Run("absolute", func(t *testing.T) {
		f.db.CreateSession(ctx, "busy", Session{UserID: rui.ID, CreatedAt: start}, testPolicy)
		at := start
		for at.Before(start.Add(testPolicy.Lifetime - time.Hour)) {
			at = at.Add(time.Hour)
			if _, err := f.db.SessionByToken(ctx, "busy", at, testPolicy); err != nil {
				t.Fatalf("busy session at %v: %v", at.Sub(start), err)
			}
		}
		if _, err := f.db.SessionByToken(ctx, "busy", start.Add(testPolicy.Lifetime), testPolicy); claims.ErrorCode(err) != claims.ENOTFOUND {
			t.Errorf("a busy session past its lifetime = %v, want not found", err)
		}
	})
}

func TestUserChangesEndSessions(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	ada := mustAddUser(t, f.db, "ada", RoleAdmin)
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	now := time.Now()
	changes := []struct {
		name   string
		change func() error
	}{
		{"password", func() error { return f.db.SetPassword(ctx, "rui", "a new long password") }},
		{"role", func() error { _, err := f.db.SetRole(ctx, ada, rui.ID, RoleAdmin); return err }},
		{"disabled", func() error { _, err := f.db.SetDisabled(ctx, ada, rui.ID, true); return err }},
	}
	for _, tt := range changes {
		t.Run(tt.name, func(t *testing.T) {
			for _, tok := range []string{tt.name + "-1", tt.name + "-2"} {
				if err := f.db.CreateSession(ctx, tok, Session{UserID: rui.ID, CreatedAt: now}, testPolicy); err != nil {
					t.Fatal(err)
				}
			}
			f.db.CreateSession(ctx, tt.name+"-ada", Session{UserID: ada.ID, CreatedAt: now}, testPolicy)
			if err := tt.change(); err != nil {
				t.Fatal(err)
			}
			for _, tok := range []string{tt.name + "-1", tt.name + "-2"} {
				if _, err := f.db.SessionByToken(ctx, tok, now, testPolicy); claims.ErrorCode(err) != claims.ENOTFOUND {
					t.Errorf("rui's session after a %s change = %v, want ended", tt.name, err)
				}
			}
			if _, err := f.db.SessionByToken(ctx, tt.name+"-ada", now, testPolicy); err != nil {
				t.Errorf("ada's session ended by a change to rui: %v", err)
			}
		})
	}
}

// The database keeps no token: what a thief copies cannot be sent back as a
// cookie.
func TestSessionTokenNotStored(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	token := "Zm9vYmFyLXNlY3JldC10b2tlbi0xMjM0NTY3ODkw"
	if err := f.db.CreateSession(ctx, token, Session{UserID: rui.ID, CreatedAt: time.Now()}, testPolicy); err != nil {
		t.Fatal(err)
	}
	if err := f.db.AddLoginDevice(ctx, token+"-device", rui.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	f.db.Close()
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(f.db.Path + suffix)
		if err != nil && suffix == "" {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(token)) {
			t.Errorf("the token is in %s", f.db.Path+suffix)
		}
	}
}

func TestLoginFailures(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	keys := []string{"user:asha", "addr:10.0.0.1"}
	for i := 0; i < 3; i++ {
		if err := f.db.RecordLoginFailure(ctx, now, time.Hour, keys...); err != nil {
			t.Fatal(err)
		}
	}
	got, err := f.db.LoginFailures(ctx, now, time.Hour, append(keys, "user:other")...)
	if err != nil || got["user:asha"] != 3 || got["addr:10.0.0.1"] != 3 || got["user:other"] != 0 {
		t.Errorf("LoginFailures = %v, %v; want 3, 3, 0", got, err)
	}
	if got, _ := f.db.LoginFailures(ctx, now.Add(2*time.Hour), time.Hour, keys...); len(got) != 0 {
		t.Errorf("after a quiet hour = %v, want none", got)
	}
	f.db.RecordLoginFailure(ctx, now.Add(2*time.Hour), time.Hour, keys[0])
	if got, _ := f.db.LoginFailures(ctx, now.Add(2*time.Hour), time.Hour, keys[0]); got[keys[0]] != 1 {
		t.Errorf("a failure after a quiet hour counts %d, want 1 (a new run)", got[keys[0]])
	}
	f.db.ClearLoginFailures(ctx, keys...)
	if got, _ := f.db.LoginFailures(ctx, now.Add(2*time.Hour), time.Hour, keys...); len(got) != 0 {
		t.Errorf("after clearing = %v, want none", got)
	}
}

func TestLoginDevices(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	ada := mustAddUser(t, f.db, "ada", RoleAdmin)
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	now := time.Now()
	if err := f.db.AddLoginDevice(ctx, "dev", rui.ID, now); err != nil {
		t.Fatal(err)
	}
	f.db.RecordDeviceFailure(ctx, "dev")
	f.db.RecordDeviceFailure(ctx, "dev")
	if d, err := f.db.LoginDeviceByToken(ctx, "dev"); err != nil || d.UserID != rui.ID || d.Failures != 2 {
		t.Errorf("device = %+v, %v; want rui with 2 failures", d, err)
	}
	f.db.DeviceLoggedIn(ctx, "dev", now)
	if d, _ := f.db.LoginDeviceByToken(ctx, "dev"); d.Failures != 0 {
		t.Errorf("failures after a good login = %d, want 0", d.Failures)
	}
	if _, err := f.db.LoginDeviceByToken(ctx, "never issued"); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("an unknown device = %v, want not found", err)
	}
	f.db.SetDisabled(ctx, ada, rui.ID, true)
	if _, err := f.db.LoginDeviceByToken(ctx, "dev"); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("a disabled user's device = %v, want not found", err)
	}
}

func TestThrottleAndDevicesForgetOldRows(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	then := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		f.db.RecordLoginFailure(ctx, then, time.Hour, "user:made-up-"+string(rune('a'+i)))
	}
	f.db.AddLoginDevice(ctx, "old device", rui.ID, then)
	later := then.Add(400 * 24 * time.Hour)
	f.db.RecordLoginFailure(ctx, later, time.Hour, "user:rui")
	f.db.AddLoginDevice(ctx, "new device", rui.ID, later)
	var throttled, devices int
	f.db.read.QueryRow(`SELECT COUNT(*) FROM login_throttle`).Scan(&throttled)
	f.db.read.QueryRow(`SELECT COUNT(*) FROM login_devices`).Scan(&devices)
	if throttled != 1 || devices != 1 {
		t.Errorf("after a year: %d throttle rows and %d devices, want 1 and 1", throttled, devices)
	}
}
