package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"testing"
	"time"
)

// behindProxy is an app that trusts the loopback peer as its proxy, so
// tests speak for clients at other addresses through X-Forwarded-For.
func behindProxy(t *testing.T) *testApp {
	return newTestAppWith(t, func(c *Config) {
		c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128"), netip.MustParsePrefix("192.0.2.0/24")}
	})
}

func loginForm(name, password string) url.Values {
	return url.Values{"username": {name}, "password": {password}}
}

// The owner logs in while someone elsewhere guesses at the account without
// pause: from a browser that logged in before, at once; from a new one, after
// a few seconds at most. Never a lockout.
func TestOwnerLogsInDuringGuessingAttack(t *testing.T) {
	app := behindProxy(t)
	owner := app.browser()
	wantRedirect(t, owner.post("/login", loginForm("ada", testPassword), "X-Forwarded-For", "198.51.100.7"), "/")
	wantRedirect(t, owner.post("/logout", nil), "/login")

	// The attacker: a few addresses, hundreds of guesses, one every second.
	attack := func(n int) (refused int) {
		for i := 0; i < n; i++ {
			app.advance(time.Second)
			res := app.browser().post("/login", loginForm("ada", fmt.Sprintf("guess number %d", i)), "X-Forwarded-For", fmt.Sprintf("203.0.113.%d", i%5))
			switch res.StatusCode {
			case http.StatusUnauthorized:
			case http.StatusTooManyRequests:
				refused++
			default:
				t.Fatalf("guess %d: status %d", i, res.StatusCode)
			}
			if d := app.lastSleep(); d > MaxLoginDelay {
				t.Fatalf("guess %d waited %v, more than %v", i, d, MaxLoginDelay)
			}
		}
		return refused
	}
	if refused := attack(300); refused == 0 {
		t.Errorf("no guessing address was ever refused (limit %d per %v)", AddressFailureLimit, addressFailureWindow)
	}
	if app.lastSleep() != MaxLoginDelay {
		t.Errorf("during the attack the delay is %v, want the cap %v", app.lastSleep(), MaxLoginDelay)
	}

	// The owner's known browser: no delay at all.
	before := len(app.slept)
	wantRedirect(t, owner.post("/login", loginForm("ada", testPassword), "X-Forwarded-For", "198.51.100.7"), "/")
	for _, d := range app.slept[before:] {
		if d != 0 {
			t.Errorf("the owner's known browser waited %v", d)
		}
	}
	// The attack goes on. A new browser of the owner's is slowed a little,
	// and gets in.
	app.advance(addressFailureWindow)
	attack(30)
	wantRedirect(t, app.browser().post("/login", loginForm("ada", testPassword), "X-Forwarded-For", "198.51.100.8"), "/")
	if d := app.lastSleep(); d == 0 || d > MaxLoginDelay {
		t.Errorf("a new browser during the attack waited %v, want a delay up to %v", d, MaxLoginDelay)
	}
	// At an address over its limit, a new browser is refused, but the known
	// one gets in.
	attack(5 * AddressFailureLimit)
	if res := app.browser().post("/login", loginForm("ada", testPassword), "X-Forwarded-For", "203.0.113.1"); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("a new browser at a guessing address = %d, want 429", res.StatusCode)
	}
	wantRedirect(t, owner.post("/login", loginForm("ada", testPassword), "X-Forwarded-For", "203.0.113.1"), "/")
}

// Two people behind one trusted proxy: one mistypes a password over and
// over, the other logs in untouched.
func TestUsersBehindTrustedProxyThrottledApart(t *testing.T) {
	app := behindProxy(t)
	clumsy := app.browser()
	for i := 0; i < AddressFailureLimit; i++ {
		clumsy.post("/login", loginForm("rui", "not the password"), "X-Forwarded-For", "198.51.100.20, 192.0.2.10")
	}
	if res := clumsy.post("/login", loginForm("rui", testPassword), "X-Forwarded-For", "198.51.100.20, 192.0.2.10"); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("the guessing address after %d failures = %d, want 429", AddressFailureLimit, res.StatusCode)
	}
	before := len(app.slept)
	wantRedirect(t, app.browser().post("/login", loginForm("sen", testPassword), "X-Forwarded-For", "198.51.100.21, 192.0.2.10"), "/")
	for _, d := range app.slept[before:] {
		if d != 0 {
			t.Errorf("the other user waited %v", d)
		}
	}
}

// Without --trust-proxy the header is ignored: a guesser cannot claim a
// fresh address per attempt.
func TestForwardedForIgnoredWithoutTrustedProxy(t *testing.T) {
	app := newTestApp(t)
	for i := 0; i < AddressFailureLimit; i++ {
		app.browser().post("/login", loginForm("rui", "not the password"), "X-Forwarded-For", fmt.Sprintf("203.0.113.%d", i))
	}
	res := app.browser().post("/login", loginForm("sen", testPassword), "X-Forwarded-For", "198.51.100.99")
	doc := mustDoc(t, res, http.StatusTooManyRequests)
	if res.Header.Get("Retry-After") == "" || doc.Find(".error-message").Length() != 1 {
		t.Errorf("refused login: Retry-After %q, message %q", res.Header.Get("Retry-After"), doc.Find(".error-message").Text())
	}
}

func TestAccountBackoffIsCapped(t *testing.T) {
	app := newTestApp(t)
	b := app.browser()
	for i := 0; i < 12; i++ {
		b.post("/login", loginForm("rui", "not the password"))
	}
	d := app.lastSleep()
	if d <= 0 || d > MaxLoginDelay {
		t.Errorf("delay after 12 failures = %v, want (0, %v]", d, MaxLoginDelay)
	}
	// The right password still gets in, after the same short wait.
	wantRedirect(t, b.post("/login", loginForm("rui", testPassword)), "/")
	wantRedirect(t, app.browser().post("/login", loginForm("rui", testPassword)), "/")
	if app.lastSleep() != 0 {
		t.Errorf("after a good login the next waits %v, want 0", app.lastSleep())
	}
}

// A device cookie that keeps sending wrong passwords is trusted no more.
func TestDeviceCookieLosesTrust(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	for i := 0; i < deviceFailureLimit+freeAccountFailures+2; i++ {
		b.post("/login", loginForm("rui", "not the password"))
	}
	if app.lastSleep() == 0 {
		t.Errorf("a device past %d failures still skips the delay", deviceFailureLimit)
	}
}

func TestLoginDelay(t *testing.T) {
	tests := []struct {
		n    int
		want time.Duration
	}{
		{0, 0}, {freeAccountFailures, 0},
		{freeAccountFailures + 1, firstLoginDelay},
		{freeAccountFailures + 2, 2 * firstLoginDelay},
		{1000, MaxLoginDelay},
	}
	for _, tt := range tests {
		if got := LoginDelay(tt.n); got != tt.want {
			t.Errorf("LoginDelay(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestClientAddr(t *testing.T) {
	trusted, err := ParseTrustedProxies("10.0.0.0/8, 192.0.2.1,2001:db8::/32")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{trustedProxies: trusted}
	tests := []struct {
		name, peer, xff, want string
	}{
		{"no proxy", "198.51.100.1:5000", "", "198.51.100.1"},
		{"untrusted peer's header ignored", "198.51.100.1:5000", "203.0.113.5", "198.51.100.1"},
		{"trusted peer", "10.1.2.3:5000", "203.0.113.5", "203.0.113.5"},
		{"rightmost untrusted hop", "10.1.2.3:5000", "1.1.1.1, 203.0.113.5, 10.9.9.9", "203.0.113.5"},
		{"spoofed leftmost hop ignored", "192.0.2.1:443", "6.6.6.6, 203.0.113.5", "203.0.113.5"},
		{"all hops trusted", "10.1.2.3:5000", "10.0.0.5", "10.0.0.5"},
		{"garbage hop", "10.1.2.3:5000", "203.0.113.5, nonsense", "10.1.2.3"},
		{"hop with port", "10.1.2.3:5000", "203.0.113.5:1234", "203.0.113.5"},
		{"IPv6 proxy and client", "[2001:db8::1]:443", "[2001:db9::7]:80", "2001:db9::7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = tt.peer
			if tt.xff != "" {
				r.Header.Set("X-Forwarded-For", tt.xff)
			}
			if got := s.clientAddr(r); got != tt.want {
				t.Errorf("clientAddr = %q, want %q", got, tt.want)
			}
		})
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.example", "10.0.0.0/8,,x"} {
		if _, err := ParseTrustedProxies(bad); err == nil {
			t.Errorf("ParseTrustedProxies(%q) accepted", bad)
		}
	}
	if addressKey("2001:db8:1:2:3:4:5:6") != addressKey("2001:db8:1:2:ffff::1") {
		t.Errorf("two addresses of one IPv6 /64 have different throttle keys")
	}
}
