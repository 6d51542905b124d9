#!/usr/bin/env bash
# Installs the system tools that the image tests need: buildah (builds and pushes without a
# Docker engine), Debian's docker-registry (a real registry on 127.0.0.1) and htpasswd from
# apache2-utils (its bcrypt password file). Idempotent: installs only what is missing, so a
# machine that has them runs no apt at all. Never starts a service: the tests start their own
# registry on a free port and stop it after.
set -euo pipefail

# command -> Debian package that provides it
declare -A package_of=(
  [buildah]=buildah
  [docker-registry]=docker-registry
  [htpasswd]=apache2-utils
)

missing=()
for command in buildah docker-registry htpasswd; do
  if ! command -v "$command" >/dev/null 2>&1 && ! [ -x "/usr/bin/$command" ] && ! [ -x "/usr/sbin/$command" ]; then
    missing+=("${package_of[$command]}")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps: missing ${missing[*]}; install them as root with:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

# Debian starts a package's service on install unless policy-rc.d says no (exit 101). Put our
# own in place for the install and restore whatever was there, so docker-registry's own service
# (port 5000) never runs on this machine.
policy=/usr/sbin/policy-rc.d
backup=""
if [ -e "$policy" ]; then
  backup="$(mktemp)"
  cp -p "$policy" "$backup"
fi
restore_policy() {
  if [ -n "$backup" ]; then
    cp -p "$backup" "$policy"
    rm -f "$backup"
  else
    rm -f "$policy"
  fi
}
trap restore_policy EXIT
printf '#!/bin/sh\n# install-test-deps.sh: start no service while installing\nexit 101\n' >"$policy"
chmod 0755 "$policy"

export DEBIAN_FRONTEND=noninteractive
echo "install-test-deps: installing ${missing[*]}" >&2
apt-get update -q </dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
