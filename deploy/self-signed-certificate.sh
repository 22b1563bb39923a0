#!/usr/bin/env bash
# Writes a self-signed certificate for localhost and 127.0.0.1, with its key, to FILE (one PEM, as
# HAProxy's "crt" takes it; readable by its owner only): HTTPS at the edge when no certificate is
# given (deploy/topology.sh, the scale-out test). Browsers warn about it; HAProxy sends no HSTS
# with it (TICKETING_LB_SELF_SIGNED).
# Usage: deploy/self-signed-certificate.sh FILE
set -euo pipefail
file=${1:?usage: self-signed-certificate.sh FILE}
command -v openssl >/dev/null || { echo "self-signed-certificate.sh: openssl is missing (Debian: apt-get install -y openssl)" >&2; exit 1; }
umask 077
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$tmp/key.pem" -out "$tmp/certificate.pem" 2>"$tmp/openssl.log" ||
  { cat "$tmp/openssl.log" >&2; exit 1; }
cat "$tmp/certificate.pem" "$tmp/key.pem" >"$file"
