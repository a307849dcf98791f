#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (Debian's postgresql package) and creates the test role and database.
set -euo pipefail
if ! pg_lsclusters -h 2>/dev/null | grep -q online; then
  if command -v service >/dev/null 2>&1; then service postgresql start >/dev/null; else pg_ctlcluster "$(pg_lsclusters -h | awk '{print $1; exit}')" main start; fi
fi
for _ in $(seq 1 60); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 0.5
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='chatflow'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE chatflow LOGIN PASSWORD 'chatflow' CREATEDB\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='chatflow_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O chatflow chatflow_test"
echo "PostgreSQL ready (database chatflow_test, role chatflow)."
