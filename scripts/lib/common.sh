# shellcheck shell=bash
# Shared helpers for scripts/test and scripts/bench-pages. Source it; do not execute.

# CI mode: exactly CI=true (what GitHub Actions & co. set, and what the Rust
# tests check). In CI mode nothing may be skipped.
is_ci() { [[ "${CI:-}" == "true" ]]; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

_c() { # colour code if stderr is a terminal
  if [[ -t 2 && -z "${NO_COLOR:-}" ]]; then printf '\033[%sm' "$1"; fi
}

# log "message" -- progress line on stderr
log() { printf '%s==> %s%s\n' "$(_c '1;34')" "$*" "$(_c 0)" >&2; }

# warn "message"
warn() { printf '%swarning: %s%s\n' "$(_c '1;33')" "$*" "$(_c 0)" >&2; }

# box LINE... -- print the lines inside an ASCII box on stderr (loud notices).
box() {
  local line width=60
  for line in "$@"; do ((${#line} > width)) && width=${#line}; done
  local rule
  rule=$(printf '%*s' $((width + 2)) '' | tr ' ' '-')
  {
    printf '%s\n' "$(_c '1;33')+${rule}+"
    for line in "$@"; do printf '| %-*s |\n' "$width" "$line"; done
    printf '%s\n' "+${rule}+$(_c 0)"
  } >&2
}

# apt_install PKG... -- install Debian packages (root only). Runs
# `apt-get update` at most once per run (stamp in $DATASHIFT_RUN_DIR if set).
apt_install() {
  if ! is_root; then
    warn "cannot apt-get install $* (not root)"
    return 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    warn "cannot install $* (no apt-get on this machine)"
    return 1
  fi
  local stamp="${DATASHIFT_RUN_DIR:-}/.apt-updated"
  if [[ -z "${DATASHIFT_RUN_DIR:-}" || ! -e "$stamp" ]]; then
    log "apt-get update"
    apt-get update -qq >&2 || return 1
    [[ -n "${DATASHIFT_RUN_DIR:-}" ]] && : >"$stamp"
  fi
  log "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}
