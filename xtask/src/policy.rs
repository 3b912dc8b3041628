//! The strict Content-Security-Policy, written once: in `deploy/nginx.conf`, the file servers
//! use, which can read no other file. Everything else reads it from there: the package's
//! `<meta>` (`package.rs`), the end-to-end and cross-browser servers (`tests/e2e/policy.mjs`).
//! The tests below keep the one copy strict and keep README's table of headers naming it.

use std::path::Path;

/// The header line of `deploy/nginx.conf` that holds the policy.
const LINE: &str = "add_header Content-Security-Policy \"";

/// The strict policy, from `deploy/nginx.conf`.
pub fn strict() -> Result<String, String> {
    let path = crate::root().join("deploy").join("nginx.conf");
    from_nginx(&read(&path)?).ok_or_else(|| format!("{}: no line `{LINE}…\" always;`", path.display()))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The policy of the one `add_header Content-Security-Policy "…" always;` line.
fn from_nginx(conf: &str) -> Option<String> {
    let mut found = conf.lines().filter_map(|l| l.trim().strip_prefix(LINE)?.strip_suffix("\" always;"));
    let policy = found.next()?;
    found.next().is_none().then(|| policy.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_is_read_from_the_one_header_line() {
        let conf = "# add_header Content-Security-Policy \"x\" always;\nadd_header Content-Security-Policy \"default-src 'self'\" always;\n";
        assert_eq!(from_nginx(conf).as_deref(), Some("default-src 'self'"));
        assert_eq!(from_nginx("add_header X-Other \"a\" always;\n"), None);
        assert_eq!(from_nginx(&format!("{conf}{conf}")), None, "two policies: which one?");
    }

    /// Strict: every directive allows only its own origin, and wasm compiles through
    /// 'wasm-unsafe-eval' alone; images also from data: and blob: (the downloads and the PNG).
    #[test]
    fn the_policy_is_strict() {
        let policy = strict().unwrap();
        let directives: Vec<Vec<&str>> = policy.split(';').map(|d| d.split_whitespace().collect()).collect();
        assert_eq!(directives.first().map(|d| d.as_slice()), Some(&["default-src", "'self'"][..]), "{policy}");
        for d in &directives {
            let allowed: &[&str] = match d[0] {
                "script-src" => &["'self'", "'wasm-unsafe-eval'"],
                "img-src" => &["'self'", "data:", "blob:"],
                _ => &["'self'"],
            };
            assert!(d[1..].iter().all(|s| allowed.contains(s)), "{policy}");
        }
        assert!(directives.iter().any(|d| d == &["script-src", "'self'", "'wasm-unsafe-eval'"]), "{policy}");
    }

    #[test]
    fn readme_names_the_policy_servers_send() {
        let readme = read(&crate::root().join("README.md")).unwrap();
        let policy = strict().unwrap();
        assert!(readme.contains(&format!("`Content-Security-Policy: {policy}`")), "README's table of headers names another policy than deploy/nginx.conf");
    }
}
