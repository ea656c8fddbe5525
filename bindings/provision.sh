#!/usr/bin/env bash
# Makes sure the cdktf Java bindings this project depends on are in the local Maven repository.
#
# Why: upstream archived cdktf on 2025-12-10 and some Maven repositories (this project's CI among them) do not
# serve com.hashicorp:cdktf:0.21.0 or the prebuilt provider jars. Their npm packages carry the jsii assemblies
# the jars were generated from, so where an artifact resolves from no repository it is regenerated with
# jsii-pacmak and installed under its upstream coordinates. Where it resolves, nothing is generated.
#
# Versions come from bindings/package.json (locked by package-lock.json); pom.xml must name the same ones,
# which this script checks. Skip the whole step with LZ_SKIP_BINDINGS=1.
#
# Exit codes: 0 ready, 1 a step failed (its log is named), 2 a prerequisite is missing.

# Checked before anything else runs: older bash (macOS ships 3.2) fails on what follows in ways that name no cause,
# such as empty arrays under `set -u` (fixed in 4.4) and `wait -n` (4.3).
if [ -z "${BASH_VERSINFO:-}" ] || [ "${BASH_VERSINFO[0]}" -lt 4 ] \
    || { [ "${BASH_VERSINFO[0]}" -eq 4 ] && [ "${BASH_VERSINFO[1]}" -lt 4 ]; }; then
  printf 'bindings: error: bash 4.4 or newer is required, this is bash %s; install a newer bash (macOS: brew install bash) and put it first on PATH\n' \
    "${BASH_VERSION:-unknown}" >&2
  exit 2
fi
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
# The local Maven repository; LZ_MAVEN_REPO overrides it (and is then passed to every mvn call made here).
repo_local=${LZ_MAVEN_REPO:-$HOME/.m2/repository}
work=$here/build
group_path=com/hashicorp

# npm package → Maven artifactId, in build order (the providers depend on cdktf).
# azurerm, the longest build by far, starts first so that the two smaller ones run beside it.
packages=(
  "cdktf cdktf"
  "@cdktf/provider-azurerm cdktf-provider-azurerm"
  "@cdktf/provider-kubernetes cdktf-provider-kubernetes"
  "@cdktf/provider-helm cdktf-provider-helm"
)

say() { printf 'bindings: %s\n' "$*" >&2; }
die() { say "error: $1"; exit "${2:-1}"; }

[ "${LZ_SKIP_BINDINGS:-0}" = 1 ] && exit 0

# Versions pinned in package.json, read without node so that the fast path needs nothing but bash.
version_of() {
  sed -n "s/^ *\"$(printf '%s' "$1" | sed 's/[/@]/\\&/g')\": *\"\([^\"]*\)\".*/\1/p" "$here/package.json" | head -n 1
}

installed() { # artifactId version
  [ -s "$repo_local/$group_path/$1/$2/$1-$2.jar" ] && [ -s "$repo_local/$group_path/$1/$2/$1-$2.pom" ]
}

missing=()
for entry in "${packages[@]}"; do
  read -r pkg aid <<<"$entry"
  ver=$(version_of "$pkg")
  [ -n "$ver" ] || die "bindings/package.json pins no version of $pkg"
  pom_ver=$(sed -n "s:.*<$aid.version>\(.*\)</$aid.version>.*:\1:p" "$root/pom.xml" | head -n 1)
  [ "$pom_ver" = "$ver" ] || die "pom.xml property $aid.version is '${pom_ver:-absent}' but bindings/package.json pins $pkg $ver; make them equal"
  installed "$aid" "$ver" || missing+=("$pkg $aid $ver")
done
[ ${#missing[@]} -eq 0 ] && exit 0

command -v mvn >/dev/null || die "mvn not found on PATH; install Apache Maven 3.8+" 2

# Slow path only: ask Maven where its local repository is (settings.xml may move it), and look again there.
if [ -z "${LZ_MAVEN_REPO:-}" ]; then
  configured=$(mvn -B -q org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
    -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || true)
  if [ -n "$configured" ] && [ -d "$configured" ] && [ "$configured" != "$repo_local" ]; then
    repo_local=$configured
    still_missing=()
    for entry in "${missing[@]}"; do
      read -r _ aid ver <<<"$entry"
      installed "$aid" "$ver" || still_missing+=("$entry")
    done
    missing=("${still_missing[@]}")
    [ ${#missing[@]} -eq 0 ] && exit 0
  fi
fi

# A repository may serve the artifact (full Maven Central, a company mirror): then fetching it is all we do.
to_generate=()
for entry in "${missing[@]}"; do
  read -r pkg aid ver <<<"$entry"
  if mvn -B -q -Dmaven.repo.local="$repo_local" dependency:get -Dartifact="com.hashicorp:$aid:$ver" \
      -Dtransitive=false >/dev/null 2>&1 && installed "$aid" "$ver"; then
    say "com.hashicorp:$aid:$ver resolved from a Maven repository"
  else
    to_generate+=("$entry")
  fi
done
[ ${#to_generate[@]} -eq 0 ] && exit 0

command -v node >/dev/null || die "node not found on PATH; install Node.js 20+ (jsii needs it to generate the bindings and at run time)" 2
command -v npm >/dev/null || die "npm not found on PATH; install npm (it ships with Node.js)" 2

say "generating ${#to_generate[@]} Java binding(s) that no Maven repository serves (first run only, about 5 minutes on 2 cores)"
mkdir -p "$work/logs"
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

# npm ci only when node_modules does not match the lockfile.
lock_sum=$(cksum <"$here/package-lock.json")
if [ "$(cat "$here/node_modules/.lz-lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
  say "step npm-ci: installing pinned npm packages (log: $work/logs/npm-ci.log)"
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts) >"$work/logs/npm-ci.log" 2>&1 \
    || die "step npm-ci failed; see $work/logs/npm-ci.log"
  printf '%s' "$lock_sum" >"$here/node_modules/.lz-lock-sum"
fi

# An interrupted or failed install must not leave a jar that later runs would take as complete: whatever
# was not marked done is removed from the local repository on exit.
rm -f "$work"/*.done
# Background builds run in process groups of their own (job control is on while they start), so that stopping one
# also stops the npx, mvn and java processes under it, which would otherwise keep running and writing to the
# repository after this script has exited.
stop_builds() {
  local pid
  for pid in $(jobs -p); do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
cleanup() {
  stop_builds
  for entry in "${to_generate[@]}"; do
    read -r _ aid ver <<<"$entry"
    [ -e "$work/$aid.done" ] || rm -rf "${repo_local:?}/$group_path/$aid/$ver"
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_one() { # pkg aid ver
  local pkg=$1 aid=$2 ver=$3 src=$work/$2 log=$work/logs/$2.log start=$SECONDS
  rm -rf "$src"
  say "step generate $aid $ver (log: $log)"
  (cd "$here" && npx --no-install jsii-pacmak --targets java --code-only --outdir "$src" "node_modules/$pkg") >"$log" 2>&1 \
    || { say "error: step generate $aid failed; see $log"; return 1; }
  say "step build $aid $ver (log: $log)"
  mvn -B -f "$src/java/pom.xml" install -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
      -Dgpg.skip=true -Dmaven.repo.local="$repo_local" >>"$log" 2>&1 \
    || { say "error: step build $aid failed; see $log"; return 1; }
  installed "$aid" "$ver" || { say "error: step build $aid finished without installing the jar; see $log"; return 1; }
  rm -rf "$src"
  touch "$work/$aid.done"
  say "installed com.hashicorp:$aid:$ver ($((SECONDS - start)) s)"
}

# cdktf first; then the providers two at a time (javac is mostly single-threaded, the machines have 2 cores).
fail() {
  stop_builds
  exit 1
}
for entry in "${to_generate[@]}"; do
  read -r pkg aid ver <<<"$entry"
  if [ "$aid" = cdktf ]; then
    build_one "$pkg" "$aid" "$ver" || fail
    continue
  fi
  while [ "$(jobs -rp | wc -l)" -ge 2 ]; do wait -n || fail; done
  set -m
  build_one "$pkg" "$aid" "$ver" &
  set +m
done
while [ "$(jobs -rp | wc -l)" -gt 0 ]; do wait -n || fail; done
# A job that ended between two checks is not waited for above; its marker tells whether it succeeded.
for entry in "${to_generate[@]}"; do
  read -r _ aid _ <<<"$entry"
  [ -e "$work/$aid.done" ] || fail
done

say "all bindings installed in $repo_local"
