package web

import (
	"context"
	"net/http"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// Login throttling, after OWASP's Authentication and Credential Stuffing
// cheat sheets: slow guessing down without ever locking anyone out.
//
//   - An account's failures delay the next attempts on it, doubling from
//     firstLoginDelay up to MaxLoginDelay; the password is always checked in
//     the end, so one request every few minutes can never keep the owner out.
//   - An address (an IPv6 /64) with AddressFailureLimit failures in
//     addressFailureWindow is refused for the rest of the window: that stops
//     one machine's guessing without touching anyone elsewhere.
//   - A browser that logged in as a user carries a device cookie; a login
//     with it skips both, so the owner at a known browser is never slowed by
//     someone else's failures. Its own failures count against the device:
//     past deviceFailureLimit it is trusted no more.
const (
	freeAccountFailures  = 3
	firstLoginDelay      = 250 * time.Millisecond
	MaxLoginDelay        = 4 * time.Second
	accountFailureMemory = time.Hour

	AddressFailureLimit  = 20
	addressFailureWindow = 15 * time.Minute

	deviceCookieName   = "claimdesk_device"
	deviceCookieAge    = 180 * 24 * time.Hour
	deviceFailureLimit = 5
)

// LoginDelay is how long a login waits on an account with n failures in a
// row: nothing for the first few, then doubling, never more than
// MaxLoginDelay.
func LoginDelay(n int) time.Duration {
	if n <= freeAccountFailures {
		return 0
	}
	d := firstLoginDelay
	for i := freeAccountFailures + 1; i < n && d < MaxLoginDelay; i++ {
		d *= 2
	}
	return min(d, MaxLoginDelay)
}

// loginGate is what the throttle decided about one attempt.
type loginGate struct {
	accountKey, addressKey string
	device                 string // the device cookie's token when it vouches for the account
	refused                bool   // the address is over its limit
	delay                  time.Duration
}

// gateLogin looks up the throttle state for an attempt on name.
func (s *Server) gateLogin(r *http.Request, name string) (loginGate, error) {
	key, err := store.UserNameKey(name)
	if err != nil {
		key = name
	}
	g := loginGate{accountKey: "user:" + key, addressKey: addressKey(s.clientAddr(r))}
	if tok := deviceToken(r); tok != "" {
		d, err := s.db.LoginDeviceByToken(r.Context(), tok)
		if err != nil && claims.ErrorCode(err) != claims.ENOTFOUND {
			return g, err
		}
		if err == nil && d.Failures < deviceFailureLimit {
			u, err := s.db.UserByName(r.Context(), name)
			if err != nil && claims.ErrorCode(err) != claims.ENOTFOUND {
				return g, err
			}
			if err == nil && u.ID == d.UserID {
				g.device = tok
				return g, nil
			}
		}
	}
	now := s.now()
	byAddr, err := s.db.LoginFailures(r.Context(), now, addressFailureWindow, g.addressKey)
	if err != nil {
		return g, err
	}
	if byAddr[g.addressKey] >= AddressFailureLimit {
		g.refused = true
		return g, nil
	}
	byAccount, err := s.db.LoginFailures(r.Context(), now, accountFailureMemory, g.accountKey)
	if err != nil {
		return g, err
	}
	g.delay = LoginDelay(byAccount[g.accountKey])
	return g, nil
}

// failed counts a wrong password: against the device that vouched for the
// attempt, otherwise against the account and the address.
func (s *Server) loginFailed(ctx context.Context, g loginGate) error {
	if g.device != "" {
		return s.db.RecordDeviceFailure(ctx, g.device)
	}
	now := s.now()
	if err := s.db.RecordLoginFailure(ctx, now, accountFailureMemory, g.accountKey); err != nil {
		return err
	}
	return s.db.RecordLoginFailure(ctx, now, addressFailureWindow, g.addressKey)
}

// loginSucceeded forgets the account's failures (never the address's: a
// valid login must not unlock guessing at other accounts) and makes sure the
// browser carries a device cookie for u.
func (s *Server) loginSucceeded(w http.ResponseWriter, r *http.Request, g loginGate, u store.User) error {
	if err := s.db.ClearLoginFailures(r.Context(), g.accountKey); err != nil {
		return err
	}
	if g.device != "" {
		return s.db.DeviceLoggedIn(r.Context(), g.device, s.now())
	}
	tok, err := newToken()
	if err != nil {
		return err
	}
	if err := s.db.AddLoginDevice(r.Context(), tok, u.ID, s.now()); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: deviceCookieName, Value: tok, Path: "/login",
		MaxAge: int(deviceCookieAge / time.Second), HttpOnly: true, Secure: isSecure(r), SameSite: http.SameSiteStrictMode,
	})
	return nil
}

func deviceToken(r *http.Request) string {
	c, err := r.Cookie(deviceCookieName)
	if err != nil || !wellFormedToken(c.Value) {
		return ""
	}
	return c.Value
}

// sleepCtx waits d, or less if the request is given up.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
