#!/usr/bin/env bash
# test.sh: the project's test command (README, .ci/run).
#
#   scripts/test.sh                 # setup, then mvn -B -ntp verify
#   scripts/test.sh -pl eqpdf-core  # extra arguments go to Maven
#
# Runs scripts/setup.sh (system packages, the axe checker's npm packages,
# Redis on 127.0.0.1:6379), then builds and runs every test. The browser
# checks (axe-core in Chromium) are part of the tests and are never skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./scripts/setup.sh

if [[ -x ./mvnw ]]; then
  mvn=(./mvnw)
elif command -v mvn >/dev/null 2>&1; then
  mvn=(mvn)
else
  echo "test: ERROR: Maven not found (no ./mvnw, no mvn on PATH)." >&2
  echo "test: install it as root with: apt-get install -y maven   (or run scripts/setup.sh as root)" >&2
  exit 127
fi

echo "test: ${mvn[*]} -B -ntp verify $*" >&2
exec "${mvn[@]}" -B -ntp verify "$@"
