#!/usr/bin/env bash
# Makes the Secrets the manifests refer to, in namespace ticketing, with random values, each only if
# it is missing (the key-encryption secret must never change: the signing keys are stored under it).
# Nothing secret is committed: this is where the values come from.
#
#   deploy/kubernetes/create-secrets.sh                        # self-signed certificate (local)
#   deploy/kubernetes/create-secrets.sh --tls-cert C --tls-key K   # the site's certificate
#
# With TICKETING_ADMIN_EMAIL and TICKETING_ADMIN_PASSWORD in the environment it also makes
# ticketing-admin, the first organiser account. The backups' Secret (production overlay),
# ticketing-backup-credentials with ACCESS_KEY_ID and ACCESS_SECRET_KEY, is the object store's to give.
set -euo pipefail
namespace=ticketing
cert="" key=""
while [ $# -gt 0 ]; do
  case "$1" in
    --tls-cert) cert=$2; shift 2 ;;
    --tls-key) key=$2; shift 2 ;;
    --namespace) namespace=$2; shift 2 ;;
    *) echo "usage: create-secrets.sh [--tls-cert FILE --tls-key FILE] [--namespace NAME]" >&2; exit 2 ;;
  esac
done
for tool in kubectl openssl; do
  command -v "$tool" >/dev/null || { echo "create-secrets.sh: $tool is missing" >&2; exit 1; }
done

kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace"

missing() { ! kubectl -n "$namespace" get secret "$1" >/dev/null 2>&1; }
random() { openssl rand -base64 33 | tr -d '\n/+='; }

# CloudNativePG takes role passwords from basic-auth Secrets (username, password).
for pair in ticketing-db-owner:ticketing ticketing-db-app:ticketing_app; do
  name=${pair%%:*} user=${pair#*:}
  if missing "$name"; then
    kubectl -n "$namespace" create secret generic "$name" --type=kubernetes.io/basic-auth \
      --from-literal=username="$user" --from-literal=password="$(random)"
  fi
done
if missing ticketing-keys; then
  kubectl -n "$namespace" create secret generic ticketing-keys \
    --from-literal=key-encryption-secret="$(random)"
fi
if [ -n "${TICKETING_ADMIN_EMAIL:-}" ] && missing ticketing-admin; then
  : "${TICKETING_ADMIN_PASSWORD:?TICKETING_ADMIN_EMAIL needs TICKETING_ADMIN_PASSWORD}"
  kubectl -n "$namespace" create secret generic ticketing-admin \
    --from-literal=email="$TICKETING_ADMIN_EMAIL" --from-literal=password="$TICKETING_ADMIN_PASSWORD"
fi
if missing ticketing-tls; then
  if [ -z "$cert" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$tmp/key.pem" -out "$tmp/certificate.pem" 2>/dev/null
    cert=$tmp/certificate.pem key=$tmp/key.pem
    echo "create-secrets.sh: ticketing-tls is a self-signed certificate for localhost (browsers warn)"
  fi
  kubectl -n "$namespace" create secret tls ticketing-tls --cert="$cert" --key="$key"
fi
echo "create-secrets.sh: the Secrets of namespace $namespace are in place"
