#!/usr/bin/env bash
# convert-sample.sh: generate a sample course PDF, convert it, and say where
# the HTML is. Needs no Redis.
#
#   scripts/convert-sample.sh            # into out/ at the repository root
#   scripts/convert-sample.sh my-dir     # into my-dir/ (relative to the current folder)
#   scripts/convert-sample.sh --check    # also run the axe check on the HTML
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

out=$root/out
check=0
for arg in "$@"; do
  case $arg in
    --check) check=1 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "convert-sample: unknown option $arg" >&2; exit 2 ;;
    *) out=$arg ;;
  esac
done

"$root/scripts/setup.sh" --no-redis
mkdir -p "$out"
stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT

"$root/bin/eqpdf" sample -o "$out/"

# The HTML files written by this run (newer than the stamp).
mapfile -t html < <(find "$out" -type f -name '*.html' -newer "$stamp" | sort)
if (( ${#html[@]} == 0 )); then
  echo "convert-sample: no HTML written under $out/" >&2
  exit 1
fi
echo "convert-sample: HTML written:" >&2
for f in "${html[@]}"; do
  echo "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
done
if ((check)); then
  "$root/tools/axe/axe-check" "${html[@]}"
else
  echo "convert-sample: check it with: $root/tools/axe/axe-check ${html[*]}" >&2
fi
