package store

import (
	"context"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestSetRole(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	ada := mustAddUser(t, db, "ada", RoleAdmin)
	rui := mustAddUser(t, db, "rui", RoleReviewer)
	tests := []struct {
		name     string
		id       int64
		role     string
		code     string
		wantRole string
	}{
		{"last admin keeps the role", ada.ID, RoleReviewer, claims.EINVALID, RoleAdmin},
		{"promote", rui.ID, RoleAdmin, "", RoleAdmin},
		{"then the first may step down", ada.ID, RoleReviewer, "", RoleReviewer},
		{"unknown role", rui.ID, "owner", claims.EINVALID, RoleAdmin},
		{"no such user", 999, RoleAdmin, claims.ENOTFOUND, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := db.SetRole(ctx, ada, tt.id, tt.role)
			if got := claims.ErrorCode(err); got != tt.code {
				t.Fatalf("SetRole err = %v (code %q), want code %q", err, got, tt.code)
			}
			if tt.wantRole == "" {
				return
			}
			if u, _ := db.UserByID(ctx, tt.id); u.Role != tt.wantRole {
				t.Errorf("role = %q, want %q", u.Role, tt.wantRole)
			}
		})
	}
	if h, _ := db.History(ctx, AuditUser, rui.ID); len(h) == 0 || h[len(h)-1].Action != "role" || h[len(h)-1].New != RoleAdmin {
		t.Errorf("history of rui = %+v, want the role change", h)
	}
}
