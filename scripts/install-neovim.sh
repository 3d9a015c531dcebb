#!/usr/bin/env bash
# Installs the Neovim builds that Debian 12's own package (0.7.2, `apt-get install neovim`) does not
# cover, for the Neovim client test (test/protocol/neovim.test.ts), into a cache folder outside git
# (default: <repo>/.e2e/neovim-<suite>, override the parent with SOP_E2E_HOME):
#   trixie  (Debian 13)       -> Neovim 0.10.x
#   forky   (Debian testing)  -> Neovim 0.11 or later (0.12.4 when this was written)
# Debian has no newer Neovim for bookworm (not in bookworm-backports), and these packages need a
# newer C library than Debian 12's 2.36. So nothing is installed into the system: a private apt
# configuration (its own sources list and an empty package status, nothing under /etc/apt or
# /var/lib/dpkg is touched) downloads neovim and its dependency closure from the suite, including
# that suite's libc6, `dpkg-deb -x` unpacks them into the cache folder, and bin/nvim runs the binary
# through the suite's own dynamic loader with --library-path. No LD_LIBRARY_PATH is set, so the
# processes Neovim starts (the language server, i.e. the system's node) use the system's libraries.
# Idempotent: does nothing for a suite already installed. Needs only apt and the Debian archive.
# Usage: bash scripts/install-neovim.sh [suite...]   (default: trixie forky)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="${SOP_E2E_HOME:-$ROOT/.e2e}"
MIRROR="${SOP_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# suite -> accepted Neovim versions (Debian version strings compared with dpkg --compare-versions)
min_of() { case "$1" in trixie) echo 0.10;; forky) echo 0.11;; *) echo 0.10;; esac; }
max_of() { case "$1" in trixie) echo 0.11~;; *) echo 99;; esac; }

install_suite() {
    local suite="$1" dir="$BASE/neovim-$1"
    if [ -f "$dir/.installed" ] && "$dir/bin/nvim" --version >/dev/null 2>&1; then
        echo "Neovim $(cat "$dir/.installed") (Debian $suite) already installed in $dir"
        return
    fi
    [ -f "$KEYRING" ] || { echo "$KEYRING is missing: apt-get install -y debian-archive-keyring" >&2; exit 1; }
    rm -rf "$dir"
    local apt="$dir/apt"
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/empty" "$dir/debs" "$dir/root" "$dir/bin"
    : > "$apt/status"
    echo "deb [signed-by=$KEYRING] $MIRROR $suite main" > "$apt/sources.list"
    local opts=(-q -o "Dir::Etc::sourcelist=$apt/sources.list" -o "Dir::Etc::sourceparts=$apt/empty"
        -o "Dir::Etc::preferencesparts=$apt/empty" -o "Dir::State::Lists=$apt/lists"
        -o "Dir::State::status=$apt/status" -o "Dir::Cache=$apt/cache" -o "APT::Sandbox::User=root")
    apt-get "${opts[@]}" update >/dev/null
    local version
    version="$(apt-cache "${opts[@]}" show neovim | sed -n 's/^Version: //p' | head -1)"
    [ -n "$version" ] || { echo "Debian $suite has no neovim package" >&2; exit 1; }
    if ! dpkg --compare-versions "$version" ge "$(min_of "$suite")" || ! dpkg --compare-versions "$version" lt "$(max_of "$suite")"; then
        echo "Debian $suite ships neovim $version, not the $(min_of "$suite") this script installs it for" >&2; exit 1
    fi
    # The dependency closure (libc6 included: the suite's binaries need its C library).
    local pkgs
    pkgs="$(apt-cache "${opts[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances neovim | grep -v '^[ <]' | sort -u)"
    (cd "$dir/debs" && apt-get "${opts[@]}" download $pkgs >/dev/null)
    for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
    local lib loader
    lib="$(dirname "$(find "$dir/root/usr/lib" -name libc.so.6 | head -1)")"
    loader="$(find "$lib" -maxdepth 1 -name 'ld-linux*.so.*' | head -1)"
    [ -x "$loader" ] || { echo "no dynamic loader in the $suite libc6 package" >&2; exit 1; }
    # Every library must come from the unpacked suite, none from the system.
    if "$loader" --list --library-path "$lib" "$dir/root/usr/bin/nvim" | grep -v "$dir/root" | grep '=>'; then
        echo "the libraries above are missing from the $suite closure" >&2; exit 1
    fi
    cat > "$dir/bin/nvim" <<EOF
#!/bin/sh
# Neovim $version from Debian $suite, run with that suite's C library (see scripts/install-neovim.sh).
R="\$(cd "\$(dirname "\$0")/.." && pwd)/root"
L="\$R${lib#"$dir/root"}"
VIM="\$R/usr/share/nvim" VIMRUNTIME="\$R/usr/share/nvim/runtime" exec "\$L/$(basename "$loader")" --library-path "\$L" "\$R/usr/bin/nvim" "\$@"
EOF
    chmod +x "$dir/bin/nvim"
    rm -rf "$dir/debs" "$apt"
    "$dir/bin/nvim" --version | head -1
    echo "$version" > "$dir/.installed"
    echo "Neovim $version (Debian $suite) installed in $dir"
}

[ $# -gt 0 ] || set -- trixie forky
for suite in "$@"; do install_suite "$suite"; done
