#!/usr/bin/env bash
# The benchmark. This script only prepares: it builds the jar, makes the database of synthetic
# companies (kept between runs) and starts the app twice on it, as deployed and with caching off.
# The load is Gatling's (bench/gatling/com/chuhai/tracker/bench/TrackerSimulation.java, through the
# Maven profile `bench`), whose HTML report and plots land in bench/out/gatling/<run>/index.html;
# bench/report.py turns that run into the table with its budgets (also bench/out/results.md) and
# the exit status. Settings are environment variables; see bench/README.md.
#
#   bench/run.sh                 # from the repository root, about 10 minutes
set -euo pipefail
cd "$(dirname "$0")/.."

COMPANIES=${COMPANIES:-100000}
DB=${DB:-chuhai_bench}
PORT=${PORT:-8081}                 # the app as deployed; PORT+1 is the app with caching off
DURATION=${DURATION:-20}           # seconds of measured load per endpoint and pass
WARMUP=${WARMUP:-5}                # seconds of load before each cached endpoint's, not counted
USERS=${USERS:-16}                 # users at once in the cached pass
LIST_REQUESTS=${LIST_REQUESTS:-300}  # one-client pass: requests per list, page 0 and the deep page taking turns
REFRESH=${REFRESH:-0}              # 1: drop and recreate DB, so the data is generated again
SKIP_BUILD=${SKIP_BUILD:-0}        # 1: bench the jar already in target/
START_TIMEOUT=${START_TIMEOUT:-1800}
OUT=bench/out
PIDS=()

log() { printf '[bench %s] %s\n' "$(date -u +%T)" "$*" >&2; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
psql_q() { psql -X -v ON_ERROR_STOP=1 -Atq -h 127.0.0.1 -U postgres -d "${2:-postgres}" -c "$1"; }

# start_app PORT LABEL ARGS…: the jar on PORT against DB, -Xmx256m, until it is ready.
start_app() {
    local port=$1 label=$2
    shift 2
    curl -s -o /dev/null "http://127.0.0.1:$port/" && die "something already answers on port $port"
    java -Xmx256m -jar "$JAR" --spring.profiles.active=postgres \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
        --server.port="$port" --app.synthetic.companies="$COMPANIES" \
        --app.rate-limit.statistics-per-minute=100000000 "$@" >"$OUT/app-$label.log" 2>&1 &
    PIDS+=($!)
    local waited=0
    until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
        kill -0 "${PIDS[-1]}" 2>/dev/null || die "the app ($label) exited during start-up; see $OUT/app-$label.log"
        ((waited++ < START_TIMEOUT)) || die "the app ($label) was not ready after ${START_TIMEOUT}s"
        sleep 1
    done
    log "$label app ready on port $port after ${waited}s"
}

stop_apps() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }

mkdir -p "$OUT"
for tool in java curl psql pg_isready python3; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
pg_isready -q -h 127.0.0.1 || die "PostgreSQL does not answer on 127.0.0.1:5432"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ && $DB != postgres && $DB != test ]] || die "DB=$DB is not a bench database"
[[ $SKIP_BUILD == 1 ]] || { log "building the jar"; ./mvnw -B -q -DskipTests package; }
JAR=$(find target -maxdepth 1 -name 'chuhai-cloud-tracker-*.jar' | sort | tail -n 1)
[[ -n $JAR ]] || die "no target/chuhai-cloud-tracker-*.jar"
[[ $REFRESH != 1 ]] || psql_q "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
[[ -n $(psql_q "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]] || psql_q "CREATE DATABASE $DB"

trap stop_apps EXIT
start_app "$PORT" cached # the first start generates the data when the database has none
start_app "$((PORT + 1))" uncached --app.cache.enabled=false
psql_q "VACUUM (ANALYZE)" "$DB"

log "Gatling: ${DURATION}s per endpoint and pass, $USERS users in the cached pass"
status=0
./mvnw -B -q -Pbench test-compile gatling:test -Dspotless.check.skip=true \
    -Dbench.cached="http://127.0.0.1:$PORT" -Dbench.uncached="http://127.0.0.1:$((PORT + 1))" \
    -Dbench.duration="$DURATION" -Dbench.warmup="$WARMUP" -Dbench.users="$USERS" \
    -Dbench.listRequests="$LIST_REQUESTS" >"$OUT/gatling.txt" 2>&1 || status=$?
report=$(ls -td "$OUT"/gatling/trackersimulation-* 2>/dev/null | head -n 1)
[[ -n $report ]] || { tail -n 30 "$OUT/gatling.txt" >&2; die "Gatling wrote no report; see $OUT/gatling.txt"; }

{
    echo "| | |"
    echo "|---|---|"
    echo "| Date | $(date -u +%F) |"
    echo "| Machine | $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB RAM, PostgreSQL $(psql_q 'SHOW server_version') |"
    echo "| Data | $(psql_q 'SELECT count(*) FROM company' "$DB") companies, $(psql_q 'SELECT count(*) FROM adoption' "$DB") adoptions, $(psql_q 'SELECT count(*) FROM cloud_migration' "$DB") migrations (DB \`$DB\`) |"
    echo "| Data load | $(grep -o 'Synthetic data: generated.*' "$OUT/app-cached.log" | tail -n 1 || echo 'already there') |"
    echo "| Load | Gatling ${DURATION}s per endpoint and pass: uncached 1 user, cached $USERS users after ${WARMUP}s of warm-up, lists one user ($LIST_REQUESTS requests each) |"
    echo "| Report | $report/index.html |"
    echo
} >"$OUT/results.md"
python3 bench/report.py "$report" "http://127.0.0.1:$PORT" "$DURATION" >>"$OUT/results.md" || status=1
cat "$OUT/results.md"
exit "$status"
