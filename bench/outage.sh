#!/usr/bin/env bash
# Stops the real local PostgreSQL under a running instance of the app and checks what users get:
# API 503 problem+json and a "temporarily unavailable" page within a few seconds, health DOWN; then
# starts PostgreSQL again and checks that the app recovers by itself with the data written before.
#
#   bench/outage.sh            # from the repository root, as root; needs the jar (./mvnw -B package -DskipTests)
#
# It really stops the machine's PostgreSQL cluster for a few seconds: run it on a test machine only.
set -euo pipefail

PORT=${PORT:-8082}
DB=${DB:-chuhai_outage}
BASE="http://127.0.0.1:$PORT"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
read -r PG_VERSION PG_CLUSTER _ < <(pg_lsclusters --no-header | head -n 1)
JAR=$(ls target/chuhai-cloud-tracker-*.jar | grep -v -e '\.original$' -e '-plain' | head -n 1)
APP_PID=""
FAILS=0

log() { printf '[outage %s] %s\n' "$(date -u +%T)" "$*"; }
check() { # description, then a command that must succeed
    local what=$1
    shift
    if "$@"; then log "PASS $what"; else log "FAIL $what"; FAILS=$((FAILS + 1)); fi
}
timed() { # prints "status seconds content-type" of a GET
    curl -s -o /tmp/outage-body -w '%{http_code} %{time_total} %{content_type}\n' --max-time 30 "$@"
}
cleanup() {
    pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start 2>/dev/null || true
    [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null || true
}
trap cleanup EXIT

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
APP_ADMIN_PASSWORD=$password java -Xmx256m -jar "$JAR" --spring.profiles.active=postgres \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
    --server.port="$PORT" >/tmp/outage-app.log 2>&1 &
APP_PID=$!
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do sleep 1; done
log "app ready on $BASE"

curl -sf -u "admin:$password" -H 'Content-Type: application/json' \
    -d '{"slug":"before-outage","name":"Before the outage","sector":"GAMING"}' "$BASE/api/v1/companies" >/dev/null
log "wrote before-outage; stopping PostgreSQL $PG_VERSION/$PG_CLUSTER"
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop -m fast

read -r status seconds type < <(timed "$BASE/api/v1/companies")
log "API list: $status in $seconds s ($type)"
check "API answers 503 problem+json within 5 s" \
    test "$status" = 503 -a "${type%%;*}" = application/problem+json -a "$(awk -v s="$seconds" 'BEGIN{print (s < 5)}')" = 1
read -r status seconds type < <(timed -u "admin:$password" -H 'Content-Type: application/json' \
    -d '{"slug":"during-outage","name":"During the outage","sector":"GAMING"}' "$BASE/api/v1/companies")
log "API write: $status in $seconds s"
check "a write answers 503 within 5 s" test "$status" = 503 -a "$(awk -v s="$seconds" 'BEGIN{print (s < 5)}')" = 1
read -r status seconds type < <(timed "$BASE/companies")
log "page: $status in $seconds s ($type)"
check "a page answers the friendly 503 within 5 s" \
    grep -q 'Temporarily unavailable' /tmp/outage-body
read -r status seconds type < <(timed "$BASE/actuator/health")
log "health: $status in $seconds s: $(cat /tmp/outage-body)"
check "health reports DOWN" grep -q DOWN /tmp/outage-body

log "starting PostgreSQL again"
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
started=$(date +%s)
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health") == 200 ]]; do
    (($(date +%s) - started < 60)) || break
    sleep 0.5
done
log "healthy again $(($(date +%s) - started)) s after PostgreSQL started"
check "healthy again without a restart" test "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 200
check "the data written before is there" curl -sf -o /dev/null "$BASE/api/v1/companies/before-outage"
check "the refused write was not kept" test "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/companies/during-outage")" = 404
check "writing works again" curl -sf -o /dev/null -u "admin:$password" -H 'Content-Type: application/json' \
    -d '{"slug":"after-outage","name":"After the outage","sector":"GAMING"}' "$BASE/api/v1/companies"

((FAILS == 0)) && log "all checks passed" || { log "$FAILS check(s) failed"; exit 1; }
