# Shared set-up for Tandem's scripts: installs what a fresh Debian machine lacks.
# Sourced, not run. Messages go to stderr so they never mix with Tandem's output.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "tandem setup: need root to run: $*" >&2; return 1; fi
}

apt_updated=no
apt_install() {
  # apt_install PACKAGE... — installs the Debian packages given, once.
  if [ "$apt_updated" = no ]; then
    echo "tandem setup: installing $* (apt-get)…" >&2
    as_root apt-get update -qq >&2
    apt_updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_libedit() {
  if [ ! -f /usr/include/histedit.h ] || ! ls /usr/lib/*/pkgconfig/libedit.pc >/dev/null 2>&1; then
    apt_install libedit-dev
  fi
}

ensure_swift() {
  if ! command -v swift >/dev/null; then
    if [ -x /opt/swift/usr/bin/swift ]; then export PATH="/opt/swift/usr/bin:$PATH"; else
      echo "tandem setup: Swift 6 is needed (swift not found on PATH)" >&2; return 1; fi
  fi
}

# The release build Scripts/tandem, Scripts/install and Scripts/bench use: Swift's
# standard library and FoundationEssentials linked in, so start-up loads no Swift
# shared library (libedit and libc stay shared). The executable is not
# position-independent (-no-pie): a PIE's ~40,000 relative relocations were
# applied at every start, about a third of `tandem --version`'s time and 130
# of its page faults (the shared libraries it loads are still placed at random).
release_flags="-c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie"

# is_stale BINARY — true when a source, prompt or the manifest is newer than BINARY.
is_stale() {
  [ -x "$1" ] || return 0
  [ -n "$(find "$root/Sources" "$root/Package.swift" -newer "$1" -print -quit 2>/dev/null)" ]
}
