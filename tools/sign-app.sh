#!/usr/bin/env bash
# Signs the app jar for UPM 8's signature check with the company's own Ed25519 key, in the steps of Atlassian's
# "Generating app signature and verification certificate using OpenSSL", and checks the signature the way
# "App signing troubleshooting" verifies one. Makes the key and certificate on first use.
#
# Usage: tools/sign-app.sh JAR [KEY [CERTIFICATE]]
#   JAR          the jar to sign, e.g. target/kakehashi-0.1.0-SNAPSHOT.jar
#   KEY          the private key (default: kakehashi-signing.key; made when missing; keep it secret)
#   CERTIFICATE  the certificate admins put in upmconfig/truststore (default: kakehashi-signing.crt; made when missing)
# Writes JAR.sig: the Base64 signature to give UPM with the jar.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 3 ]]; then
    sed -n '6,10p' "$0" >&2
    exit 2
fi
jar=$1
key=${2:-kakehashi-signing.key}
certificate=${3:-kakehashi-signing.crt}
subject=${KAKEHASHI_SIGNING_SUBJECT:-/CN=Kakehashi in-house build}

[[ -f "$jar" ]] || { echo "no such jar: $jar" >&2; exit 2; }
command -v openssl >/dev/null || { echo "openssl is needed (apt install openssl)" >&2; exit 2; }

if [[ ! -f "$key" ]]; then
    (umask 077 && openssl genpkey -algorithm ed25519 -out "$key")
    echo "made the private key $key"
fi
if [[ ! -f "$certificate" ]]; then
    request=$(mktemp)
    trap 'rm -f "$request"' EXIT
    openssl req -new -key "$key" -out "$request" -subj "$subject"
    openssl x509 -req -days "${KAKEHASHI_SIGNING_DAYS:-730}" -in "$request" -signkey "$key" -out "$certificate"
    echo "made the certificate $certificate (for upmconfig/truststore/)"
fi

openssl pkeyutl -sign -rawin -inkey "$key" -in "$jar" | openssl base64 -A > "$jar.sig"

work=$(mktemp -d)
trap 'rm -rf "$work" ${request:+"$request"}' EXIT
openssl x509 -in "$certificate" -noout -pubkey > "$work/public.pem"
openssl base64 -d -A -in "$jar.sig" -out "$work/signature"
openssl pkeyutl -verify -pubin -inkey "$work/public.pem" -rawin -in "$jar" -sigfile "$work/signature" >/dev/null
echo "signed $jar: $jar.sig verifies against $certificate"
