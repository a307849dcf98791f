# Shared set-up steps for scripts/run and scripts/test: install what is missing, say clearly what cannot be.
# Sourced, not executed.

apt_updated=0
apt_install() {
  # apt_install PKG... : installs Debian packages that are not installed yet.
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ $apt_updated -eq 0 ]; then $sudo apt-get update -qq; apt_updated=1; fi
  echo "Installing ${missing[*]} (Debian packages)…"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (https://dotnet.microsoft.com/download). Install it, then run this again." >&2
    exit 1
  fi
}

ensure_node() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
}
