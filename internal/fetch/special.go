package fetch

import (
	"net"
	"net/netip"
)

// forbiddenPrefixes are the address blocks a fetch must never reach: every
// entry of the IANA IPv4 and IPv6 Special-Purpose Address Registries
// (https://www.iana.org/assignments/iana-ipv4-special-registry and
// iana-ipv6-special-registry) that is not globally reachable, plus
// multicast, the deprecated 6to4 relay anycast and site-local blocks. A few
// globally reachable anycast entries inside larger blocks (AS112, AMT, PCP
// and TURN anycast) are refused with their block: no news page lives there.
var forbiddenPrefixes = mustPrefixes(
	// IPv4 special-purpose registry.
	"0.0.0.0/8",       // "this network"
	"10.0.0.0/8",      // private use
	"100.64.0.0/10",   // shared address space (carrier-grade NAT)
	"127.0.0.0/8",     // loopback
	"169.254.0.0/16",  // link local
	"172.16.0.0/12",   // private use
	"192.0.0.0/24",    // IETF protocol assignments (DS-Lite, NAT64 discovery…)
	"192.0.2.0/24",    // documentation (TEST-NET-1)
	"192.88.99.0/24",  // deprecated 6to4 relay anycast
	"192.168.0.0/16",  // private use
	"198.18.0.0/15",   // benchmarking
	"198.51.100.0/24", // documentation (TEST-NET-2)
	"203.0.113.0/24",  // documentation (TEST-NET-3)
	"224.0.0.0/4",     // multicast
	"240.0.0.0/4",     // reserved, and 255.255.255.255 limited broadcast
	// IPv6 special-purpose registry.
	"::/96",          // unspecified, loopback and deprecated IPv4-compatible addresses
	"100::/64",       // discard-only
	"100:0:0:1::/64", // dummy prefix
	"64:ff9b:1::/48", // local-use IPv4/IPv6 translation
	"2001::/23",      // IETF protocol assignments (Teredo, ORCHID, benchmarking…)
	"2001:db8::/32",  // documentation
	"2002::/16",      // 6to4: reaches any IPv4 address through a relay
	"3fff::/20",      // documentation
	"5f00::/16",      // segment routing (SRv6) SIDs
	"fc00::/7",       // unique local
	"fe80::/10",      // link local
	"fec0::/10",      // deprecated site local
	"ff00::/8",       // multicast
)

// nat64 is the well-known NAT64 prefix (64:ff9b::/96, RFC 6052): the
// address it embeds is the one really reached, so that address is checked.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

func mustPrefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// Forbidden reports whether ip is an address a fetch must not reach:
// private, loopback, link-local, multicast, reserved, documentation,
// benchmarking, or an IPv6 address that embeds or relays to such an IPv4
// address (IPv4-mapped, IPv4-compatible, NAT64, 6to4). An unparsable
// address is forbidden.
func Forbidden(ip net.IP) bool {
	addr, ok := netip.AddrFromSlice(ip)
	if !ok {
		return true
	}
	return forbiddenAddr(addr.WithZone(""))
}

func forbiddenAddr(addr netip.Addr) bool {
	if addr.Is4In6() {
		addr = addr.Unmap()
	}
	if nat64.Contains(addr) {
		b := addr.As16()
		addr = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	for _, p := range forbiddenPrefixes {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}
