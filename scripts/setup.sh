#!/usr/bin/env bash
# setup.sh: make this machine ready to build, test and run the converter.
#
#   scripts/setup.sh            # everything, including a Redis on 127.0.0.1:6379
#   scripts/setup.sh --no-redis # without Redis (enough for `bin/eqpdf convert`)
#
# Checks, and as root installs with apt-get: a JDK 17 and Maven, Debian's
# chromium with a font (for the axe check), Tesseract with English (and the
# OSD data when the archive has it), redis-server. Node.js >= 20 and npm are
# only checked. Then installs the axe checker's npm packages (tools/axe) when
# needed, and starts Redis when nothing answers PING on 127.0.0.1:6379.
# Idempotent; quick when everything is there. Progress goes to stderr.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
want_redis=1
redis_port=${EQPDF_REDIS_PORT:-6379}  # another port only for trying this script out
for arg in "$@"; do
  case $arg in
    --no-redis) want_redis=0 ;;
    -h|--help)
      sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
      exit 0 ;;
    *) echo "setup: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

say() { echo "setup: $*" >&2; }
die() { echo "setup: ERROR: $*" >&2; exit 1; }

is_installed() { # package installed according to dpkg
  [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true) == installed ]]
}

redis_answers() { # a PONG from 127.0.0.1:$redis_port within ~2 s
  local reply=''
  if command -v redis-cli >/dev/null 2>&1; then
    reply=$(timeout 2 redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null || true)
  else
    # shellcheck disable=SC2016 # $1 is expanded by the inner bash
    reply=$(timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "PING\r\n" >&3 && head -c 7 <&3' _ "$redis_port" 2>/dev/null || true)
  fi
  [[ $reply == *PONG* ]]
}

# --- what is missing -------------------------------------------------------
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
for pkg in chromium fonts-dejavu-core tesseract-ocr tesseract-ocr-eng; do
  is_installed "$pkg" || missing+=("$pkg")
done
# The orientation/script data is optional: only where the archive has it.
osd_wanted=0
is_installed tesseract-ocr-osd || osd_wanted=1

redis_needed=0
if [[ $want_redis == 1 ]] && ! redis_answers; then
  redis_needed=1
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
fi

# --- install ---------------------------------------------------------------
if (( ${#missing[@]} > 0 || osd_wanted )); then
  if [[ $(id -u) != 0 ]]; then
    if (( ${#missing[@]} > 0 )); then
      optional=''
      ((osd_wanted)) && optional=' (and, optional, tesseract-ocr-osd)'
      die "missing packages: ${missing[*]}${optional}
  install them as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
  then run scripts/setup.sh again."
    fi
    say "note: optional tesseract-ocr-osd is not installed (as root: apt-get install tesseract-ocr-osd)"
  else
    export DEBIAN_FRONTEND=noninteractive
    updated=0
    apt_update() { ((updated)) || { say "apt-get update"; apt-get update -qq >&2; updated=1; }; }
    if ((osd_wanted)); then
      if ! apt-cache show tesseract-ocr-osd >/dev/null 2>&1; then apt_update; fi
      if apt-cache show tesseract-ocr-osd >/dev/null 2>&1; then
        missing+=(tesseract-ocr-osd)
      else
        say "tesseract-ocr-osd is not in the package archive; going on without it"
      fi
    fi
    if (( ${#missing[@]} > 0 )); then
      apt_update
      say "apt-get install ${missing[*]}"
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
        || die "apt-get install ${missing[*]} failed"
    fi
  fi
fi

command -v java >/dev/null 2>&1 || die "java not found after install"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if ! [[ ${java_major:-0} =~ ^[0-9]+$ ]] || (( java_major < 17 )); then
  die "Java 17 or newer is needed; \`java\` is version ${java_major:-unknown}"
fi
command -v mvn >/dev/null 2>&1 || die "mvn not found (apt-get install maven as root)"
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found (apt-get install chromium as root)"
command -v tesseract >/dev/null 2>&1 || die "tesseract not found (apt-get install tesseract-ocr tesseract-ocr-eng as root)"

# --- Node.js: checked only --------------------------------------------------
command -v node >/dev/null 2>&1 \
  || die "node not found: install Node.js 20 or newer (Debian 12's nodejs is 18, too old for playwright-core)"
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
(( node_major >= 20 )) || die "Node.js 20 or newer is needed; found $(node --version)"
command -v npm >/dev/null 2>&1 || die "npm not found: install npm (it comes with Node.js)"

# --- the axe checker's npm packages -----------------------------------------
sh "$root/tools/axe/axe-check" --install || die "could not install tools/axe's npm packages (npm ci)"

# --- Redis ------------------------------------------------------------------
if ((redis_needed)); then
  say "starting redis-server on 127.0.0.1:$redis_port"
  redis-server --daemonize yes --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >&2 \
    || die "redis-server did not start"
  for _ in $(seq 1 50); do
    redis_answers && break
    sleep 0.1
  done
  redis_answers || die "redis-server started but does not answer PING on 127.0.0.1:$redis_port"
fi

chromium_version=$(dpkg-query -W -f='${Version}' chromium 2>/dev/null || echo '?')
redis_note=''
((want_redis)) && redis_note=", redis on 127.0.0.1:$redis_port"
say "ok: java ${java_major}, maven, node $(node --version), chromium ${chromium_version}, tesseract${redis_note}"
