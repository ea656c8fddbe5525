#!/usr/bin/env bash
# Makes sure the CDK Terrain (cdktn) Java bindings this project depends on are in the local Maven repository.
#
# Which: io.cdktn:cdktn and io.cdktn:cdktn-provider-azurerm under upstream's coordinates, and the kubernetes and helm
# providers under this project's own (com.sysgenpro.cdktn:cdktn-provider-<name>:<version>-cdktn<cdktn version>):
# the registries reached here serve no cdktn build of those two, only cdktf's (@cdktf/provider-kubernetes and
# @cdktf/provider-helm), which retarget.js re-targets to cdktn first (see there, and README: Foundation).
#
# Why: not every Maven repository serves them (this project's CI serves no io.cdktn artifact at all), while the npm
# registry serves the packages with the jsii assemblies the jars are generated from. So where an artifact resolves
# from no repository it is generated with jsii-pacmak and installed. Where it resolves, nothing is generated.
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

# npm package, Maven groupId and artifactId, and how the binding is made where no repository serves it, in build
# order (the providers depend on cdktn; azurerm, the longest build by far, starts first so that the two smaller ones
# run beside it):
#   pacmak    jsii-pacmak on the npm package as it is; the artifact's version is the package's;
#   retarget  a cdktf provider package re-targeted to cdktn by retarget.js first; the version is the package's with
#             -cdktn<cdktn version> appended, so that a re-target onto another cdktn is another artifact.
packages=(
  "cdktn io.cdktn cdktn pacmak"
  "@cdktn/provider-azurerm io.cdktn cdktn-provider-azurerm pacmak"
  "@cdktf/provider-kubernetes com.sysgenpro.cdktn cdktn-provider-kubernetes retarget"
  "@cdktf/provider-helm com.sysgenpro.cdktn cdktn-provider-helm retarget"
)

say() { printf 'bindings: %s\n' "$*" >&2; }
die() { say "error: $1"; exit "${2:-1}"; }

[ "${LZ_SKIP_BINDINGS:-0}" = 1 ] && exit 0

# Versions pinned in package.json, read without node so that the fast path needs nothing but bash.
version_of() {
  sed -n "s/^ *\"$(printf '%s' "$1" | sed 's/[/@]/\\&/g')\": *\"\([^\"]*\)\".*/\1/p" "$here/package.json" | head -n 1
}

installed() { # groupId artifactId version
  local dir=$repo_local/${1//.//}/$2/$3
  [ -s "$dir/$2-$3.jar" ] && [ -s "$dir/$2-$3.pom" ]
}

cdktn_version=$(version_of cdktn)
[ -n "$cdktn_version" ] || die "bindings/package.json pins no version of cdktn"

# Each entry of `missing`: "pkg groupId artifactId mode npm-version artifact-version".
missing=()
for entry in "${packages[@]}"; do
  read -r pkg gid aid mode <<<"$entry"
  npm_ver=$(version_of "$pkg")
  [ -n "$npm_ver" ] || die "bindings/package.json pins no version of $pkg"
  ver=$npm_ver
  [ "$mode" = retarget ] && ver=$npm_ver-cdktn$cdktn_version
  pom_ver=$(sed -n "s:.*<$aid.version>\(.*\)</$aid.version>.*:\1:p" "$root/pom.xml" | head -n 1)
  [ "$pom_ver" = "$ver" ] || die "pom.xml property $aid.version is '${pom_ver:-absent}' but bindings/package.json pins $pkg $npm_ver, which makes $gid:$aid:$ver; make them equal"
  installed "$gid" "$aid" "$ver" || missing+=("$pkg $gid $aid $mode $npm_ver $ver")
done
[ ${#missing[@]} -eq 0 ] && exit 0

command -v mvn >/dev/null || die "mvn not found on PATH; install Apache Maven 3.8+" 2
started=$SECONDS

# Slow path only: ask Maven where its local repository is (settings.xml may move it), and look again there.
if [ -z "${LZ_MAVEN_REPO:-}" ]; then
  # Written to a file: with -DforceStdout some Maven versions wrap the value in colour escapes.
  answer=$(mktemp)
  mvn -B -q org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
    -Dexpression=settings.localRepository -Doutput="$answer" >/dev/null 2>&1 || true
  configured=$(head -n 1 "$answer" 2>/dev/null || true)
  rm -f "$answer"
  if [ -n "$configured" ] && [ -d "$configured" ] && [ "$configured" != "$repo_local" ]; then
    repo_local=$configured
    still_missing=()
    for entry in "${missing[@]}"; do
      read -r _ gid aid _ _ ver <<<"$entry"
      installed "$gid" "$aid" "$ver" || still_missing+=("$entry")
    done
    missing=("${still_missing[@]}")
    [ ${#missing[@]} -eq 0 ] && exit 0
  fi
fi

# A repository may serve the artifact (full Maven Central, a company mirror): then fetching it is all we do.
say "step resolve: looking for ${#missing[@]} binding(s) in the Maven repositories"
to_generate=()
for entry in "${missing[@]}"; do
  read -r pkg gid aid _ _ ver <<<"$entry"
  if mvn -B -q -Dmaven.repo.local="$repo_local" dependency:get -Dartifact="$gid:$aid:$ver" \
      -Dtransitive=false >/dev/null 2>&1 && installed "$gid" "$aid" "$ver"; then
    say "$gid:$aid:$ver resolved from a Maven repository"
  else
    to_generate+=("$entry")
  fi
done
[ ${#to_generate[@]} -eq 0 ] && exit 0

command -v node >/dev/null || die "node not found on PATH; install Node.js 20+ (jsii needs it to generate the bindings and at run time)" 2
command -v npm >/dev/null || die "npm not found on PATH; install npm (it ships with Node.js)" 2

say "generating ${#to_generate[@]} Java binding(s) that no Maven repository serves (first run only, 3 to 9 minutes on 2 cores)"
mkdir -p "$work/logs"
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

# npm ci only when node_modules does not match the lockfile.
lock_sum=$(cksum <"$here/package-lock.json")
if [ "$(cat "$here/node_modules/.lz-lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
  step_start=$SECONDS
  say "step npm-ci: installing pinned npm packages (log: $work/logs/npm-ci.log)"
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts) >"$work/logs/npm-ci.log" 2>&1 \
    || die "step npm-ci failed; see $work/logs/npm-ci.log"
  printf '%s' "$lock_sum" >"$here/node_modules/.lz-lock-sum"
  say "step npm-ci done ($((SECONDS - step_start)) s)"
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
    read -r _ gid aid _ _ ver <<<"$entry"
    [ -e "$work/$aid.done" ] || rm -rf "${repo_local:?}/${gid//.//}/$aid/$ver"
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The jsii package a re-targeted binding is generated from: its name and Java package are this project's own.
retarget_name() { printf '@sysgenpro/%s' "$1"; }              # artifactId
java_package_of() { printf 'com.sysgenpro.cdktn.providers.%s' "${1#cdktn-provider-}"; }

build_one() { # pkg groupId artifactId mode npm-version version
  local pkg=$1 gid=$2 aid=$3 mode=$4 ver=$6 src=$work/$3 log=$work/logs/$3.log start=$SECONDS step
  local input=$here/node_modules/$pkg
  rm -rf "$src" "$work/$aid-retargeted"
  : >"$log"
  if [ "$mode" = retarget ]; then
    step=$SECONDS
    say "step retarget $aid: $pkg $5 onto cdktn $cdktn_version (log: $log)"
    input=$work/$aid-retargeted
    node "$here/retarget.js" --from "$here/node_modules/$pkg" --to "$input" --core "$here/node_modules/cdktn" \
        --name "$(retarget_name "$aid")" --version "$ver" --java-package "$(java_package_of "$aid")" \
        --group-id "$gid" --artifact-id "$aid" >>"$log" 2>&1 \
      || { say "error: step retarget $aid failed; see $log"; return 1; }
    say "step retarget $aid done ($((SECONDS - step)) s)"
  fi
  step=$SECONDS
  say "step generate $aid $ver (log: $log)"
  (cd "$here" && npx --no-install jsii-pacmak --targets java --code-only --outdir "$src" "$input") >>"$log" 2>&1 \
    || { say "error: step generate $aid failed; see $log"; return 1; }
  say "step generate $aid done ($((SECONDS - step)) s)"
  step=$SECONDS
  say "step build $aid $ver (log: $log)"
  # The generated pom asks for the cdktn version range its assembly names; @cdktn/provider-azurerm 16.1.0 names
  # ^0.23.0, i.e. [0.23.0,0.24.0), which excludes the cdktn pinned here. The jar is compiled against the pinned cdktn
  # (a copy of the pom naming it), and installed with the pom as generated, as upstream publishes it.
  sed '/<groupId>io\.cdktn<\/groupId>/{n;/<artifactId>cdktn<\/artifactId>/{n;s|<version>[^<]*</version>|<version>'"$cdktn_version"'</version>|;};}' \
    "$src/java/pom.xml" >"$src/java/pom.build.xml" 2>>"$log" \
    || { say "error: step build $aid failed; see $log"; return 1; }
  mvn -B -f "$src/java/pom.build.xml" package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
      -Dgpg.skip=true -Dmaven.repo.local="$repo_local" >>"$log" 2>&1 \
    && mvn -B -f "$src/java/pom.xml" org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file \
      -Dfile="$src/java/target/$aid-$ver.jar" -DpomFile="$src/java/pom.xml" -Dmaven.repo.local="$repo_local" >>"$log" 2>&1 \
    || { say "error: step build $aid failed; see $log"; return 1; }
  installed "$gid" "$aid" "$ver" || { say "error: step build $aid finished without installing the jar; see $log"; return 1; }
  rm -rf "$src" "$work/$aid-retargeted"
  touch "$work/$aid.done"
  say "step build $aid done ($((SECONDS - step)) s); installed $gid:$aid:$ver ($((SECONDS - start)) s in all)"
}

# cdktn first; then the providers two at a time (javac is mostly single-threaded, the machines have 2 cores).
fail() {
  stop_builds
  exit 1
}
for entry in "${to_generate[@]}"; do
  read -r pkg gid aid mode npm_ver ver <<<"$entry"
  if [ "$aid" = cdktn ]; then
    build_one "$pkg" "$gid" "$aid" "$mode" "$npm_ver" "$ver" || fail
    continue
  fi
  while [ "$(jobs -rp | wc -l)" -ge 2 ]; do wait -n || fail; done
  set -m
  build_one "$pkg" "$gid" "$aid" "$mode" "$npm_ver" "$ver" &
  set +m
done
while [ "$(jobs -rp | wc -l)" -gt 0 ]; do wait -n || fail; done
# A job that ended between two checks is not waited for above; its marker tells whether it succeeded.
for entry in "${to_generate[@]}"; do
  read -r _ _ aid _ _ _ <<<"$entry"
  [ -e "$work/$aid.done" ] || fail
done

say "all bindings installed in $repo_local ($((SECONDS - started)) s)"
