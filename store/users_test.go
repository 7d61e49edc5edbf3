package store

import (
	"context"
	"testing"

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
		{"taken name", "asha", RoleReviewer, "long enough pw", claims.ECONFLICT},
		{"taken name in capitals", "ASHA", RoleReviewer, "long enough pw", claims.ECONFLICT},
		{"taken name with a Cyrillic а", "\u0430sha", RoleReviewer, "long enough pw", claims.ECONFLICT},
		{"taken name in full-width letters", "ａｓｈａ", RoleReviewer, "long enough pw", claims.ECONFLICT},
		{"short password", "bina", RoleReviewer, "short", claims.EINVALID},
		{"eleven characters", "bina", RoleReviewer, "elevenchars", claims.EINVALID},
		{"bad role", "bina", "owner", "long enough pw", claims.EINVALID},
		{"space in name", "bi na", RoleReviewer, "long enough pw", claims.EINVALID},
		{"fine", "bina", RoleAdmin, "long enough pw", ""},
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
	// The name is found by its key too: a user who types Asha is asha.
	if u, err := f.db.Authenticate(ctx, "Asha", "correct horse"); err != nil || u.Name != "asha" {
		t.Errorf("Authenticate(Asha) = %+v, %v; want asha", u, err)
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

func TestUserNameKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"admin", "Admin"},
		{"admin", "ADMIN"},
		{"admin", "\u0430dmin"},       // Cyrillic а
		{"admin", "\u0410DMIN"},       // Cyrillic А
		{"bob", "\u0412ob"},           // Cyrillic В looks like B
		{"pop", "\u0440\u043e\u0440"}, // Cyrillic р о р
		{"kappa", "\u03ba\u0430ppa"},  // Greek κ, Cyrillic а
		{"admin", "ａｄｍｉｎ"},            // full width
	}
	for _, tt := range tests {
		ka, err := UserNameKey(tt.a)
		if err != nil {
			t.Fatalf("UserNameKey(%q): %v", tt.a, err)
		}
		kb, err := UserNameKey(tt.b)
		if err != nil {
			t.Fatalf("UserNameKey(%q): %v", tt.b, err)
		}
		if ka != kb {
			t.Errorf("UserNameKey(%q) = %q, UserNameKey(%q) = %q; want the same", tt.a, ka, tt.b, kb)
		}
	}
	// Names in other scripts stay themselves and distinct.
	for _, pair := range [][2]string{{"রাসেল", "রাসেম"}, {"अमित", "अमिता"}, {"ada", "adb"}} {
		ka, _ := UserNameKey(pair[0])
		kb, _ := UserNameKey(pair[1])
		if ka == kb || ka == "" {
			t.Errorf("UserNameKey(%q) = %q and UserNameKey(%q) = %q; want two distinct keys", pair[0], ka, pair[1], kb)
		}
	}
}

func TestConfusablesParse(t *testing.T) {
	m, err := parseConfusables(confusablesTxt)
	if err != nil {
		t.Fatal(err)
	}
	for from, to := range m {
		if to > 0x7f {
			t.Errorf("confusables.txt maps %q to %q, want a basic Latin letter", from, to)
		}
	}
	if _, err := parseConfusables("а\ta\nа\ta\n"); err == nil {
		t.Errorf("a letter listed twice parses without error")
	}
}

func TestCheckPassword(t *testing.T) {
	tests := []struct {
		name, password string
		ok             bool
	}{
		{"rui", "correct horse battery", true},
		{"rui", "12345678", false},
		{"rui", "aaaaaaaa", false},
		{"rui", "aaaaaaaaaaaa", false},
		{"rui", "abcabcabcabc", false},
		{"rui", "123456789012", false},
		{"rui", "qwertyuiop123", false},
		{"rui", "Password1234!", false},
		{"rui", "1q2w3e4r5t6y", false},
		{"asha", "asha-asha-asha", false},
		{"rui", "tree lamp cloud", true},
		{"rui", "x" + string(make([]byte, 80)), false},
	}
	for _, tt := range tests {
		err := checkPassword(tt.name, tt.password)
		if (err == nil) != tt.ok {
			t.Errorf("checkPassword(%q, %q) = %v, want ok=%v", tt.name, tt.password, err, tt.ok)
		}
		if err != nil && claims.ErrorCode(err) != claims.EINVALID {
			t.Errorf("checkPassword(%q) code %q, want invalid", tt.password, claims.ErrorCode(err))
		}
	}
}

func TestSetDisabled(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	admin := mustAddUser(t, f.db, "ada", RoleAdmin)
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	if _, err := f.db.SetDisabled(ctx, admin, admin.ID, true); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("disabling the only admin = %v, want invalid", err)
	}
	u, err := f.db.SetDisabled(ctx, admin, rui.ID, true)
	if err != nil || !u.Disabled {
		t.Fatalf("SetDisabled(rui) = %+v, %v", u, err)
	}
	if _, err := f.db.Authenticate(ctx, "rui", "correct horse"); claims.ErrorCode(err) != claims.EFORBIDDEN {
		t.Errorf("a disabled user's login = %v, want forbidden", err)
	}
	if _, err := f.db.Authenticate(ctx, "rui", "wrong horse!"); claims.ErrorCode(err) != claims.EUNAUTHORIZED {
		t.Errorf("a disabled user's wrong password = %v, want unauthorized (says nothing of the account)", err)
	}
	if _, err := f.db.SetDisabled(ctx, admin, rui.ID, false); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.Authenticate(ctx, "rui", "correct horse"); err != nil {
		t.Errorf("an enabled user's login = %v", err)
	}
}
