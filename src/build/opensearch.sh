#!/usr/bin/env bash
# Runs a throwaway single-node OpenSearch for the tests (testsupport.OpenSearchServer starts this script and
# stops it at the end of the run). The distribution is the integ-test zip from Maven Central, unpacked by the
# build into target/opensearch (pom.xml, execution unpack-opensearch), plus the analysis-common module (the
# `english` analyzer) that the zip leaves out.
#
#   src/build/opensearch.sh <distribution home> <run dir> <http port> [<pid to follow>]
#
# Everything the node writes (config copy, data, logs) goes to <run dir>, so parallel builds on one machine
# (one run dir and one free port each) never share files. OpenSearch refuses to run as root: as root the
# script creates the system user `opensearch` if it is missing (.ci/run creates it up front) and starts the
# node as that user. With <pid to follow> the node is stopped when that process (the test JVM) ends, even if
# it was killed without a chance to clean up. Runs in the foreground until the node exits.
set -euo pipefail

HOME_DIR="$(cd "$1" && pwd)"
RUN_DIR="$2"
PORT="$3"
FOLLOW="${4:-}"
JAVA="${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-}}"
if [ -z "$JAVA" ]; then
  JAVA="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
OS_USER="${OPENSEARCH_USER:-opensearch}"

# The english analyzer lives in the analysis-common module; the build copies its jar next to this descriptor.
MODULE="$HOME_DIR/modules/analysis-common"
if [ ! -f "$MODULE/plugin-descriptor.properties" ]; then
  version="$(basename "$HOME_DIR" | sed 's/^opensearch-//')"
  cat > "$MODULE/plugin-descriptor.properties" <<PROPS
description=Adds analysis components (the english analyzer among them)
version=$version
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$version
custom.foldername=
extended.plugins=
has.native.controller=false
PROPS
fi

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs" "$RUN_DIR/tmp"
cp -r "$HOME_DIR/config" "$RUN_DIR/config"
# jvm.options names its GC log, error file and heap dumps relative to the distribution: keep them in the
# run dir too (the launcher changes to the distribution's directory, which the node's user cannot write).
sed -i -e "s#logs/#$RUN_DIR/logs/#g" -e "s#HeapDumpPath=data#HeapDumpPath=$RUN_DIR/data#" "$RUN_DIR/config/jvm.options"

run_as=()
if [ "$(id -u)" = 0 ]; then
  if ! id -u "$OS_USER" >/dev/null 2>&1; then
    useradd -r -M -s /usr/sbin/nologin "$OS_USER"
  fi
  chown -R "$OS_USER" "$RUN_DIR"
  run_as=(runuser -u "$OS_USER" --)
fi

if [ -n "$FOLLOW" ]; then
  # A watchdog: the node goes when the test JVM goes. $$ is this script, which becomes runuser (or the
  # node itself) at the exec below; runuser passes the signal on.
  ( while kill -0 "$FOLLOW" 2>/dev/null; do sleep 2; done
    kill -TERM "$$" 2>/dev/null || true ) &
fi

exec "${run_as[@]}" env -i PATH="$PATH" LANG=C.UTF-8 \
  OPENSEARCH_JAVA_HOME="$JAVA" OPENSEARCH_PATH_CONF="$RUN_DIR/config" OPENSEARCH_TMPDIR="$RUN_DIR/tmp" \
  OPENSEARCH_JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:--Xms256m -Xmx256m}" \
  "$HOME_DIR/bin/opensearch" \
  -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$PORT" \
  -E cluster.name="firstsession-test-$PORT" -E node.name=node-"$PORT" \
  -E path.data="$RUN_DIR/data" -E path.logs="$RUN_DIR/logs" \
  -E cluster.routing.allocation.disk.threshold_enabled=false
