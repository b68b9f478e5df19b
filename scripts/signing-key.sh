#!/usr/bin/env bash
# Creates the key and certificate that sign Cap's jar for UPM's app signature check (Jira 11 / UPM 8).
#
#   scripts/signing-key.sh DIR [DAYS]
#
# Writes, into DIR (created if missing; never inside a git work tree):
#   app-signing.key  Ed25519 private key, PKCS#8 PEM, mode 600. Keep it secret; it signs what Jira will trust.
#   app-signing.crt  self-signed X.509 certificate (PEM) for that key, valid DAYS days (default 730).
#                    Administrators put it in UPM's trust store (<shared home>/upmconfig/truststore/).
# Then build with: mvn -B package -pl plugin -am -Dcapokr.signing.key=DIR/app-signing.key
#                                               [-Dcapokr.signing.cert=DIR/app-signing.crt]
#
# The steps follow Atlassian's "Generating app signature and verification certificate using OpenSSL":
# genpkey -algorithm ed25519, a certificate signing request, and a certificate from it.
# It refuses to overwrite an existing key: a new key invalidates every certificate already trusted.
set -euo pipefail

die() { echo "signing-key.sh: $*" >&2; exit 2; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: $0 DIR [DAYS]"
dir=$1
days=${2:-730}
[[ $days =~ ^[1-9][0-9]*$ ]] || die "DAYS must be a positive number, not '$days'"
command -v openssl >/dev/null 2>&1 || die "openssl is not installed"

# The nearest existing ancestor of DIR decides whether DIR is inside a git work tree.
probe=$dir
while [ ! -d "$probe" ]; do
    parent=$(dirname -- "$probe")
    [ "$parent" != "$probe" ] || break
    probe=$parent
done
if git -C "$probe" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    die "refusing to write a signing key inside a git work tree ($(git -C "$probe" rev-parse --show-toplevel)); choose a directory outside any repository"
fi
repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
probe_abs=$(cd -- "$probe" && pwd -P)
case "$probe_abs/" in
    "$repo"/*) die "refusing to write a signing key inside the repository ($repo)" ;;
esac

key=$dir/app-signing.key
crt=$dir/app-signing.crt
[ ! -e "$key" ] || die "$key exists; remove it yourself if you really mean to replace the signing key"

umask 077
mkdir -p -- "$dir"
csr=$(mktemp "$dir/app-signing.csr.XXXXXX")
trap 'rm -f -- "$csr"' EXIT

openssl genpkey -algorithm ed25519 -out "$key"
openssl req -new -key "$key" -subj "/O=Cap OKR/CN=Cap OKR app signing" -out "$csr"
openssl x509 -req -in "$csr" -signkey "$key" -days "$days" -out "$crt" 2>/dev/null
chmod 600 "$key"
chmod 644 "$crt"

echo "key:         $key (secret)"
echo "certificate: $crt"
openssl x509 -in "$crt" -noout -subject -enddate -fingerprint -sha256
