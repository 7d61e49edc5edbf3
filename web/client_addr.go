package web

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ParseTrustedProxies reads serve's --trust-proxy: CIDRs (or bare addresses)
// separated by commas, such as 10.0.0.0/8,192.168.1.5.
func ParseTrustedProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !strings.Contains(f, "/") {
			a, err := netip.ParseAddr(f)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q: not an address or CIDR", f)
			}
			out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: not an address or CIDR", f)
		}
		if p.Addr().Is4In6() {
			p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// clientAddr is the address of the browser behind the request. It is the
// peer's, unless the peer is one of our trusted proxies: then it is the
// rightmost X-Forwarded-For hop that is not a trusted proxy, since every hop
// left of the first untrusted one is whatever the client chose to send.
// Without trusted proxies the header is never read: anyone can send it, and
// believing it would let a guesser pick a fresh address per attempt.
func (s *Server) clientAddr(r *http.Request) string {
	peer := r.RemoteAddr
	if host, _, err := net.SplitHostPort(peer); err == nil {
		peer = host
	}
	ip, err := netip.ParseAddr(peer)
	if err != nil {
		return peer
	}
	ip = ip.Unmap()
	if !s.trustedProxy(ip) {
		return ip.String()
	}
	var hops []string
	for _, v := range r.Header.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(v, ",")...)
	}
	for i := len(hops) - 1; i >= 0; i-- {
		hop, ok := parseHop(hops[i])
		if !ok {
			// A hop no proxy would write: the last trusted one is all we
			// know.
			return ip.String()
		}
		if !s.trustedProxy(hop) {
			return hop.String()
		}
		ip = hop
	}
	return ip.String()
}

// parseHop reads one X-Forwarded-For entry: an address, perhaps with a port
// or in brackets.
func parseHop(h string) (netip.Addr, bool) {
	h = strings.TrimSpace(h)
	if ap, err := netip.ParseAddrPort(h); err == nil {
		return ap.Addr().Unmap(), true
	}
	a, err := netip.ParseAddr(strings.Trim(h, "[]"))
	if err != nil {
		return netip.Addr{}, false
	}
	return a.Unmap(), true
}

func (s *Server) trustedProxy(ip netip.Addr) bool {
	for _, p := range s.trustedProxies {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// addressKey is the throttle key of a client address: an IPv6 address counts
// by its /64, which one household or server usually holds whole, so walking
// through it buys a guesser nothing.
func addressKey(addr string) string {
	ip, err := netip.ParseAddr(addr)
	if err == nil && ip.Is6() {
		p, _ := ip.Prefix(64)
		return "addr:" + p.String()
	}
	return "addr:" + addr
}
