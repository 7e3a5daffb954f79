#!/usr/bin/env bash
# Makes sure the local PostgreSQL server that dev mode and the tests use (when no container runtime is
# around for Quarkus Dev Services) is running and has the role and databases the build expects.
# Idempotent: a second run changes nothing. Called by the Maven profile `local-postgres` and by .ci/run.
set -euo pipefail

DB_USER="${LOCAL_DB_USER:-firstsession}"
DB_PASSWORD="${LOCAL_DB_PASSWORD:-firstsession}"
DATABASES="${LOCAL_DB_NAMES:-firstsession firstsession_test firstsession_it firstsession_restore fs_bench}"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  elif [ "$(id -un)" = postgres ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n -u postgres -- "$@"
  else return 1
  fi
}

# Already usable? (role and databases exist and the password works over TCP): nothing to do.
# The audit log's owner (src/build/audit-log-owner.sql) must be prepared in each database too.
ready() {
  for db in $DATABASES; do
    PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -U "$DB_USER" -d "$db" -tAc \
      "select to_regprocedure('firstsession_admin.protect_audit_log()') is not null" 2>/dev/null | grep -q t || return 1
  done
}
if command -v psql >/dev/null 2>&1 && ready; then exit 0; fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "local-postgres: PostgreSQL is not installed. Install it (apt-get install postgresql; .ci/run does this)" >&2
  echo "local-postgres: or run with a container runtime so Quarkus Dev Services provide one." >&2
  exit 1
fi

# Start the cluster if it is down.
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
  echo "local-postgres: starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done

if ! as_postgres psql -tAc 'select 1' >/dev/null 2>&1; then
  echo "local-postgres: cannot act as the postgres superuser to create role $DB_USER; create it by hand:" >&2
  echo "  CREATE ROLE $DB_USER LOGIN PASSWORD '...'; CREATE DATABASE firstsession OWNER $DB_USER; ..." >&2
  exit 1
fi

as_postgres psql -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
SQL
for db in $DATABASES; do
  if ! as_postgres psql -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    echo "local-postgres: creating database $db"
    as_postgres createdb -O "$DB_USER" "$db"
  fi
  # Trusted extensions, but creating them once as superuser also covers older servers.
  as_postgres psql -v ON_ERROR_STOP=1 -q -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' \
    -c 'CREATE EXTENSION IF NOT EXISTS btree_gist'
  # A separate owner for the audit log, so the app's role cannot truncate it or drop its trigger.
  as_postgres psql -v ON_ERROR_STOP=1 -q -v app_role="$DB_USER" -d "$db" -f - <"$(dirname "$0")/audit-log-owner.sql"
done
ready || { echo "local-postgres: role $DB_USER still cannot log in over 127.0.0.1" >&2; exit 1; }
