//! Where webhooks may send submissions: public internet addresses only, unless the server is
//! configured otherwise (`webhooks_to_private_addresses`, for a receiver on the same network).
//!
//! A webhook's URL is typed by a CSO's staff; without this check it could make the server POST
//! personal answers to itself, to services on its private network or to a cloud metadata
//! address (server-side request forgery). The address is checked twice: a literal IP or a
//! `localhost` name when the webhook is added (a clear error at once), and every address a name
//! resolves to when a delivery is sent, by the HTTP client's own resolver — so a name that
//! resolves to a private address later (DNS rebinding) is refused too.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// Whether `ip` is an ordinary public unicast address.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        // Shared address space (carrier-grade NAT), 100.64.0.0/10.
        || (a == 100 && (64..128).contains(&b))
        // Benchmarking, 198.18.0.0/15.
        || (a == 198 && (b == 18 || b == 19))
        // Reserved, 240.0.0.0/4.
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || ip.is_unique_local()
        || ip.is_unicast_link_local()
        // Documentation, 2001:db8::/32.
        || (first == 0x2001 && ip.segments()[1] == 0x0db8)
        // IPv4-compatible and other addresses under ::/96 (deprecated; may reach IPv4 hosts).
        || ip.segments()[..6].iter().all(|s| *s == 0))
}

/// Whether a webhook URL names, by itself, a destination that is not public: a private,
/// loopback or otherwise reserved IP address, or `localhost`. The host is read as the HTTP
/// client reads it, so `http://2130706433/` or `http://127.1/` are the loopback address here too.
pub fn names_private_host(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url.trim()) else { return false };
    match url.host() {
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => !is_public(IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => !is_public(IpAddr::V6(ip)),
        None => false,
    }
}

/// Whether a webhook may send to `url`: anywhere when `to_private`, else not to an address
/// [`names_private_host`] refuses (names are checked again as they resolve, by [`PublicOnly`]).
pub fn allowed(url: &str, to_private: bool) -> bool {
    to_private || !names_private_host(url)
}

/// The DNS resolver of the webhook client: the system's, keeping public addresses only.
#[derive(Debug, Clone, Copy)]
pub struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public = public_addresses(found);
            if public.is_empty() {
                return Err(format!(
                    "{host} resolves to no public address; webhooks are sent to public addresses only"
                )
                .into());
            }
            Ok(Box::new(public.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The public ones of `found`. A name with any private address is refused whole: one that
/// resolves to both is how a rebinding attack would alternate.
fn public_addresses(found: Vec<SocketAddr>) -> Vec<SocketAddr> {
    if found.iter().any(|a| !is_public(a.ip())) { Vec::new() } else { found }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn public(text: &str) -> bool {
        is_public(text.parse().unwrap())
    }

    #[test]
    fn private_loopback_link_local_and_reserved_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "0.1.2.3",
            "100.64.0.1",
            "255.255.255.255",
            "224.0.0.1",
            "198.18.0.1",
            "192.0.2.1",
            "240.0.0.1",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
        ] {
            assert!(!public(ip), "{ip} is not public");
        }
        for ip in ["8.8.8.8", "41.90.64.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]
        {
            assert!(public(ip), "{ip} is public");
        }
    }

    #[test]
    fn urls_naming_a_private_host_are_recognised() {
        for url in [
            "http://127.0.0.1:8080/hook",
            "http://localhost/hook",
            "https://LOCALHOST./hook",
            "http://api.localhost/hook",
            "http://[::1]:9000/hook",
            "http://user:pass@169.254.169.254/latest/meta-data",
            "https://10.0.0.5?x=1",
            "http://2130706433/hook",
            "http://127.1/hook",
            "http://0x7f000001/hook",
            "http://[::ffff:a9fe:a9fe]/latest",
        ] {
            assert!(names_private_host(url), "{url}");
        }
        for url in [
            "https://example.org/hook",
            "https://8.8.8.8/hook",
            "http://[2606:4700::1111]/h",
            "https://localhost.example.org/",
        ] {
            assert!(!names_private_host(url), "{url}");
        }
    }

    #[test]
    fn a_name_with_any_private_address_is_refused_whole() {
        let public_one: SocketAddr = "8.8.8.8:0".parse().unwrap();
        let private_one: SocketAddr = "10.0.0.1:0".parse().unwrap();
        assert_eq!(public_addresses(vec![public_one]), vec![public_one]);
        assert!(public_addresses(vec![public_one, private_one]).is_empty());
        assert!(public_addresses(vec![]).is_empty());
    }

    #[tokio::test]
    async fn the_resolver_refuses_a_name_of_the_loopback() {
        use reqwest::dns::Resolve;
        let name: reqwest::dns::Name = "localhost".parse().unwrap();
        let refused = PublicOnly.resolve(name).await;
        let error = refused.err().expect("localhost is refused").to_string();
        assert!(error.contains("no public address"), "{error}");
    }
}
