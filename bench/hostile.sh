#!/usr/bin/env bash
# A hostile visitor against a freshly started jar, with the default limits: parallel password guesses
# on an API write, lock-out attempts against the admin, NUL bytes in every list and statistic, an
# unauthenticated scrape of the actuator, and a burst of 1,000 distinct statistics. Each check prints
# what it saw; a summary table (also bench/out/hostile.md) ends the run, which exits 1 if a check failed.
#
#   bench/hostile.sh                 # from the repository root; builds the jar first (SKIP_BUILD=1: as it is)
#   SKIP_BUILD=1 PORT=8090 bench/hostile.sh
#
# Two clients on one machine: the app is started with 127.0.0.1 as its trusted proxy
# (server.forward-headers-strategy=native, server.tomcat.remoteip.internal-proxies), as README's
# "Behind a TLS-terminating proxy" describes, so X-Forwarded-For sent from 127.0.0.1 is the client's
# address for every per-client limit (web/ClientAddress reads request.getRemoteAddr()); a request from
# 127.0.0.2 (curl --interface: Linux's loopback answers all of 127/8) is an untrusted sender whose
# X-Forwarded-For must change nothing. The security log (client=…) shows which address the app saw.
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), curl 7.84 or later, psql and Java 17.
# The database DB (chuhai_hostile) is dropped and created again at every run, and dropped at the end.
set -euo pipefail

DB=${DB:-chuhai_hostile}
PORT=${PORT:-8084}
SKIP_BUILD=${SKIP_BUILD:-0}
JAR=${JAR:-}                       # a jar to attack instead of building target/chuhai-cloud-tracker-*.jar
START_TIMEOUT=${START_TIMEOUT:-300}
KEEP_DB=${KEEP_DB:-0}              # 1: keep DB after the run, to look at it
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
BASE="http://127.0.0.1:$PORT"
OUT=bench/out
APP_LOG=$OUT/hostile-app.log
WORK=""
APP_PID=""
POLLER_PID=""
FAILS=0
ROWS=()

# The addresses the app is to see (documentation ranges, RFC 5737), each sent by the trusted proxy.
BURST_CLIENT=192.0.2.10      # check 1: the parallel guesses
ATTACKER=203.0.113.66        # check 2: the lock-out attempts
OWNER=198.51.100.7           # check 2: the admin, elsewhere
SCRAPER=203.0.113.99         # check 5: 1,000 statistics
BYSTANDER=198.51.100.20      # check 5: another reader meanwhile
UNTRUSTED=127.0.0.2          # check 2: a sender that is not the proxy

log() { printf '[hostile %s] %s\n' "$(date -u +%T)" "$*"; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# check ID WHAT SAW COMMAND…: PASS when COMMAND succeeds; a row of the summary either way.
check() {
    local id=$1 what=$2 saw=$3 verdict=FAIL
    shift 3
    if "$@"; then verdict=PASS; else FAILS=$((FAILS + 1)); fi
    log "$verdict $id $what — saw: $saw"
    ROWS+=("| $id | $what | ${saw//|//} | $verdict |")
}
skip() {
    log "SKIP $1 $2 — $3"
    ROWS+=("| $1 | $2 | ${3//|//} | SKIP |")
}
is1() { [[ $1 == 1 ]]; }

# http CURL-ARGS…: one request; sets ST (status), RA (Retry-After), CT (content type), LOC (Location),
# the body in $WORK/body. A request that gets no answer has status 000.
http() {
    local out
    out=$(curl -s -o "$WORK/body" --max-time 30 \
        -w '%{http_code}|%header{retry-after}|%{content_type}|%header{location}' "$@" 2>/dev/null || true)
    IFS='|' read -r ST RA CT LOC <<<"$out"
}
from() { printf 'X-Forwarded-For: %s' "$1"; }

# How often the security log says EVENT for the admin from CLIENT (the address as the app saw it).
events() {
    grep -cE "security event=$1 user='admin' client=${2//./\\.}\$" "$APP_LOG" || true
}

# csrf_token COOKIE-JAR ADDRESS: the CSRF token of a freshly fetched sign-in form (its cookie in the jar).
csrf_token() {
    curl -s --max-time 30 -c "$1" -b "$1" -H "$(from "$2")" -o "$WORK/login.html" "$BASE/login" || true
    grep -o '<input[^>]*name="_csrf"[^>]*>' "$WORK/login.html" | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n 1 || true
}

# sign_in COOKIE-JAR ADDRESS PASSWORD: the sign-in form as a browser posts it, with the CSRF token of a
# freshly fetched form; sets ST, RA, CT, LOC as http does.
sign_in() {
    local jar=$1 address=$2 password=$3 token
    token=$(csrf_token "$jar" "$address")
    if [[ -z $token ]]; then
        ST=000 RA="" CT="" LOC="no CSRF token in GET /login"
        return
    fi
    http -c "$jar" -b "$jar" -H "$(from "$address")" --data-urlencode "username=admin" \
        --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$BASE/login"
}

# A status tally of a file of statuses, one a line: "401×35 429×5".
tally() { sort "$1" | uniq -c | awk '{ printf "%s%s×%s", (NR > 1 ? " " : ""), $2, $1 }'; }
# Whether every line of FILE is one of STATUSES.
only() {
    local file=$1
    shift
    local allowed=" $* "
    while IFS= read -r line; do [[ $allowed == *" $line "* ]] || return 1; done <"$file"
}

cleanup() {
    if [[ -n $POLLER_PID ]]; then kill "$POLLER_PID" 2>/dev/null || true; fi
    if [[ -n $APP_PID ]]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ $KEEP_DB != 1 ]]; then psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null || true; fi
    if [[ -n $WORK ]]; then rm -rf "$WORK"; fi
}

start_app() {
    curl -s -o /dev/null "$BASE/" && die "something already answers on port $PORT"
    log "starting $JAR on $BASE (database $DB, default limits, 127.0.0.1 a trusted proxy)"
    APP_ADMIN_USERNAME=admin APP_ADMIN_PASSWORD=$PASSWORD java -Xmx256m -jar "$JAR" \
        --spring.profiles.active=postgres \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
        --server.port="$PORT" --server.forward-headers-strategy=native \
        '--server.tomcat.remoteip.internal-proxies=127\.0\.0\.1' >"$APP_LOG" 2>&1 &
    APP_PID=$!
    local waited=0
    until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited; see $APP_LOG"
        ((waited++ < START_TIMEOUT * 2)) || die "the app was not ready after ${START_TIMEOUT}s; see $APP_LOG"
        sleep 0.5
    done
    log "ready after $((waited / 2)) s"
    # Warm up the paths the checks time (an anonymous list, the form, a correct HTTP Basic sign-in).
    curl -s -o /dev/null "$BASE/api/v1/companies" || true
    curl -s -o /dev/null "$BASE/login" || true
    curl -s -o /dev/null -u "admin:$PASSWORD" "$BASE/actuator/health" || true
}

# 1. Forty HTTP Basic guesses at once on an API write, the right password the 30th.
parallel_guesses() {
    log "1. 40 HTTP Basic guesses at once on POST /api/v1/companies from $BURST_CLIENT, the right password the 30th"
    local body='{"slug":"hostile-burst","name":"Hostile burst","sector":"GAMING"}' i password pids=()
    for ((i = 1; i <= 40; i++)); do
        password="wrong-guess-$i-$RANDOM"
        if ((i == 30)); then password=$PASSWORD; fi
        curl -s -o /dev/null --max-time 60 -w '%{http_code}\n' -u "admin:$password" -H "$(from "$BURST_CLIENT")" \
            -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/companies" >"$WORK/guess-$i" 2>/dev/null &
        pids+=($!)
    done
    for i in "${pids[@]}"; do wait "$i" || true; done
    for ((i = 1; i <= 40; i++)); do cat "$WORK/guess-$i"; done >"$WORK/guesses"
    local right checked throttled succeeded rows
    right=$(cat "$WORK/guess-30")
    checked=$(events sign-in-failed "$BURST_CLIENT")
    throttled=$(events sign-in-throttled "$BURST_CLIENT")
    succeeded=$(events sign-in-succeeded "$BURST_CLIENT")
    check 1a "the right password, 30th of 40 guesses sent at once, is refused" \
        "30th: $right; all 40: $(tally "$WORK/guesses")" \
        only "$WORK/guesses" 401 429
    # The per-address sign-in limit (app.rate-limit.sign-in-per-minute, 10) answers the rest 429
    # before Spring Security; of those it lets through, the throttle checks at most 5 passwords.
    local limited
    limited=$(grep -c '^429$' "$WORK/guesses" || true)
    check 1b "at most 5 of the 40 passwords are checked; the rest are refused unchecked (throttled, or 429)" \
        "security log for client=$BURST_CLIENT: $checked checked and wrong, $throttled throttled, $succeeded signed in; $limited answered 429" \
        test "$checked" -ge 1 -a "$checked" -le 5 -a "$((checked + throttled + limited))" -eq 40 -a "$succeeded" -eq 0
    http "$BASE/api/v1/companies/hostile-burst"
    rows=$(psql -X -Atq -d "$DB" -c "SELECT count(*) FROM company WHERE slug = 'hostile-burst'")
    check 1c "no company was created" "GET /api/v1/companies/hostile-burst: $ST; rows: $rows" \
        test "$ST" = 404 -a "$rows" = 0
    http -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/companies"
    check 1d "control: the same write by the admin from an address without failures succeeds" \
        "POST /api/v1/companies from 127.0.0.1: $ST" test "$ST" = 201
}

# 2. Lock-out attempts: wrong passwords by form from one address until it is told to wait; the admin
# then signs in from another address.
lock_out() {
    log "2. wrong passwords by the sign-in form from $ATTACKER until refused; the admin from $OWNER"
    local i password right_at=7 first429=0 ra429="" seen="" right_form="" fine=1
    for ((i = 1; i <= 20; i++)); do
        password="wrong-form-$i"
        if ((i == right_at)); then password=$PASSWORD; fi
        sign_in "$WORK/attacker.jar" "$ATTACKER" "$password"
        if ((i == right_at)); then right_form="$ST ${LOC##*/}"; fi
        if [[ $ST == 429 ]]; then
            first429=$i ra429=$RA
            seen+="$i:429 Retry-After $RA"
            break
        fi
        seen+="$i:$ST ${LOC##*/}, "
        [[ $ST == 302 && $LOC == */login\?error ]] || fine=0
    done
    local checked throttled succeeded
    checked=$(events sign-in-failed "$ATTACKER")
    # The throttle checks 5 passwords (app.sign-in.max-failures); the 11th form of the minute is a 429
    # (app.rate-limit.sign-in-per-minute, 10).
    check 2a "wrong passwords by form from one address: 5 checked, the same refusal after, the 11th form a 429 with Retry-After" \
        "posts (7th the right password) $seen; $checked passwords checked" \
        test "$fine" = 1 -a "$first429" -eq 11 -a -n "$ra429" -a "$checked" -eq 5
    http -u "admin:$PASSWORD" -H "$(from "$ATTACKER")" "$BASE/actuator/prometheus"
    local basic=$ST
    throttled=$(events sign-in-throttled "$ATTACKER")
    succeeded=$(events sign-in-succeeded "$ATTACKER")
    # Basic is refused by the throttle (401), or first by the address's sign-in limit, which the
    # forms used up (429).
    check 2b "the right password from the attacker's address is refused while it waits (form and Basic)" \
        "form: $right_form; Basic GET /actuator/prometheus: $basic; log for client=$ATTACKER: $throttled throttled, $succeeded signed in" \
        test "$right_form" = "302 login?error" -a "$succeeded" -eq 0 \
        -a \( \( "$basic" = 401 -a "$throttled" -eq "$((first429 - 1 - 5 + 1))" \) \
        -o \( "$basic" = 429 -a "$throttled" -eq "$((first429 - 1 - 5))" \) \)

    sign_in "$WORK/owner.jar" "$OWNER" "$PASSWORD"
    local form="$ST ${LOC##*/}"
    http -b "$WORK/owner.jar" -H "$(from "$OWNER")" "$BASE/admin"
    local admin=$ST
    http -u "admin:$PASSWORD" -H "$(from "$OWNER")" "$BASE/actuator/prometheus"
    local scrape=$ST
    check 2c "meanwhile the admin signs in from another address" \
        "form from $OWNER: $form, then GET /admin: $admin; Basic GET /actuator/prometheus: $scrape" \
        test "$form" = "302 admin" -a "$admin" = 200 -a "$scrape" = 200
    local owner_seen proxy_seen
    owner_seen=$(events sign-in-succeeded "$OWNER")
    proxy_seen=$(($(events sign-in-failed 127.0.0.1) + $(events sign-in-throttled 127.0.0.1)))
    check 2d "the app sees the client the trusted proxy (127.0.0.1) names in X-Forwarded-For" \
        "security log: client=$ATTACKER $checked failed, client=$OWNER $owner_seen signed in, failures put on the proxy's own address: $proxy_seen" \
        test "$checked" -ge 1 -a "$owner_seen" -ge 1 -a "$proxy_seen" -eq 0

    # An untrusted sender rotating X-Forwarded-For stays one client.
    if ! curl -s -o /dev/null --max-time 10 --interface "$UNTRUSTED" "$BASE/actuator/health/liveness"; then
        skip 2e "X-Forwarded-For from an untrusted sender is ignored" "curl --interface $UNTRUSTED cannot reach $BASE"
        return
    fi
    local spoofed=0 statuses=""
    for ((i = 1; i <= 7; i++)); do
        http --interface "$UNTRUSTED" -u "admin:wrong-spoof-$i" -H "$(from "192.0.2.$((100 + i))")" "$BASE/api/v1/companies" \
            -H 'Content-Type: application/json' -d '{"slug":"hostile-spoof","name":"Spoof","sector":"GAMING"}'
        statuses+="$ST "
        spoofed=$((spoofed + $(grep -cE "client=192\.0\.2\.$((100 + i))\$" "$APP_LOG" || true)))
    done
    http --interface "$UNTRUSTED" -u "admin:$PASSWORD" -H "$(from 192.0.2.200)" "$BASE/actuator/prometheus"
    local right=$ST
    checked=$(events sign-in-failed "$UNTRUSTED")
    throttled=$(events sign-in-throttled "$UNTRUSTED")
    check 2e "X-Forwarded-For from an untrusted sender ($UNTRUSTED) is ignored: rotating it escapes nothing" \
        "7 wrong Basic, each naming another address: ${statuses% }; then the right one: $right; log: client=$UNTRUSTED $checked failed, $throttled throttled, the named addresses $spoofed lines" \
        test "$checked" -eq 5 -a "$throttled" -eq 3 -a "$spoofed" -eq 0 -a "$right" = 401
}

# 3. NUL bytes in the query string of every list, statistic and page: 400, never 500.
nul_bytes() {
    log "3. %00 in the query of every list, statistic and page (each beside the same request with a good value)"
    local adoption
    adoption=$(psql -X -Atq -d "$DB" -c "SELECT min(id) FROM adoption")
    # Each a URL with %s for the value, the good value, and whether it needs the admin (the queue).
    local -a routes=(
        "/api/v1/companies?region=%s|us|"
        "/api/v1/companies?q=%s|tik|"
        "/api/v1/companies?format=csv&provider=%s|aws|"
        "/api/v1/companies/tiktok?lang=%s|en|"
        "/api/v1/adoptions?company=%s|tiktok|"
        "/api/v1/adoptions?format=csv&provider=%s|gcp|"
        "/api/v1/migrations?company=%s|tiktok|"
        "/api/v1/migrations?format=csv&fromProvider=%s|aws|"
        "/api/v1/providers?q=%s|a|"
        "/api/v1/regions?q=%s|s|"
        "/api/v1/market-shares?period=%s|2024|"
        "/api/v1/suggestions?company=%s|tiktok|admin"
        "/api/v1/stats/overview?asOf=%s|2021-12-31|"
        "/api/v1/stats/overview?region=%s|us|"
        "/api/v1/stats/timeline?region=%s|sg|"
        "/api/v1/stats/flows?region=%s|us|"
        "/?asOf=%s|2021-12-31|"
        "/?region=%s|us|"
        "/companies?q=%s|tik|"
        "/companies?region=%s|sg|"
        "/companies/tiktok?lang=%s|en|"
        "/migrations?company=%s|tiktok|"
        "/providers?lang=%s|fr|"
        "/providers/gcp?lang=%s|fr|"
        "/regions?lang=%s|fr|"
        "/regions/sg?lang=%s|fr|"
        "/migrations.atom?lang=%s|en|"
        "/companies/tiktok/migrations.atom?lang=%s|en|"
        "/suggestions/accepted?lang=%s|en|"
        "/suggest/adoption?company=%s|tiktok|"
        "/suggest/correction?target=%s|adoptions/$adoption|"
        "/login?lang=%s|en|"
    )
    local route template good auth url bad=() n=0 base hostile type
    for route in "${routes[@]}"; do
        IFS='|' read -r template good auth <<<"$route"
        local -a credentials=()
        if [[ $auth == admin ]]; then credentials=(-u "admin:$PASSWORD"); fi
        # shellcheck disable=SC2059 # the routes are the formats
        printf -v url "$template" "$good"
        http "${credentials[@]}" -H 'Accept-Language: en' "$BASE$url"
        base=$ST
        # shellcheck disable=SC2059
        printf -v url "$template" "%00"
        http "${credentials[@]}" -H 'Accept-Language: en' "$BASE$url"
        hostile=$ST type=${CT%%;*}
        log "   $url: $hostile ${type:-} (with a good value: $base)"
        n=$((n + 1))
        if [[ $hostile != 400 || $base != 2?? || ($url == /api/* && $type != application/problem+json) ]]; then
            bad+=("$url $hostile (good value $base)")
        fi
    done
    local saw="$((n - ${#bad[@]})) of $n routes 400 (problem+json for the API), each 2xx with a good value"
    ((${#bad[@]} == 0)) || saw+="; wrong: ${bad[*]}"
    check 3a "a NUL byte in a query parameter of every list, statistic and page is a 400" "$saw" test "${#bad[@]}" -eq 0

    local paths="" fine=1 path
    for path in /companies/%00 /api/v1/companies/%00 /providers/%00 /api/v1/stats/%00; do
        http "$BASE$path"
        paths+="$path $ST, "
        [[ $ST == 4?? ]] || fine=0
    done
    check 3b "a NUL byte in the path is a 4xx" "${paths%, }" is1 "$fine"

    local token
    token=$(csrf_token "$WORK/nul.jar" 127.0.0.1)
    http -c "$WORK/nul.jar" -b "$WORK/nul.jar" --data "username=adm%00in&password=whatever-it-is&_csrf=$token" \
        "$BASE/login"
    local form="$ST ${LOC##*/}"
    http -H "Authorization: Basic $(printf 'adm\0in:whatever-it-is' | base64 -w0)" "$BASE/api/v1/companies" \
        -H 'Content-Type: application/json' -d '{"slug":"hostile-nul","name":"Nul","sector":"GAMING"}'
    local basic=$ST
    check 3c "a NUL byte in a username (form, HTTP Basic) is a refused sign-in" \
        "form username=adm%00in: $form; Basic 'adm\\0in': $basic" test "$form" = "302 login?error" -a "$basic" = 401

    local control nul before after
    before=$(psql -X -Atq -d "$DB" -c "SELECT count(*) FROM suggestion")
    http -H 'Content-Type: application/json' "$BASE/api/v1/suggestions" -d '{"kind":"CORRECTION","target":"adoptions/'"$adoption"'",
        "field":"workload","value":"Everything","note":"a control","sources":[{"url":"https://example.com/hostile-control","title":"T"}]}'
    control=$ST
    http -H 'Content-Type: application/json' "$BASE/api/v1/suggestions" -d '{"kind":"CORRECTION","target":"adoptions/'"$adoption"'",
        "field":"workload","value":"Every\u0000thing","note":"nul\u0000note","sources":[{"url":"https://example.com/hostile-nul","title":"T\u0000"}]}'
    nul=$ST type=${CT%%;*}
    after=$(psql -X -Atq -d "$DB" -c "SELECT count(*) FROM suggestion")
    check 3d "a NUL byte in an anonymous JSON body (a suggestion) is a 4xx and stores nothing" \
        "the same suggestion without NUL: $control; with \\u0000: $nul $type; suggestions stored: $((after - before))" \
        test "$control" = 201 -a "$nul" = 400 -a "$((after - before))" = 1
}

# 4. The actuator: closed to strangers but for the probes.
actuator() {
    log "4. the actuator without and with the admin's credentials"
    local path anon="" admin="" closed=1 open=1
    for path in /actuator/prometheus /actuator /actuator/info /actuator/metrics /actuator/env; do
        http "$BASE$path"
        anon+="$path $ST, "
        [[ $ST == 401 || ($ST == 302 && $LOC == */login) ]] || closed=0
    done
    http -u "admin:not-the-password" "$BASE/actuator/prometheus"
    anon+="prometheus with a wrong password $ST"
    [[ $ST == 401 ]] || closed=0
    check 4a "without credentials the actuator is closed (401 or the sign-in page)" "$anon" is1 "$closed"
    http -u "admin:$PASSWORD" "$BASE/actuator/prometheus"
    admin="/actuator/prometheus $ST"
    grep -q '^# TYPE ' "$WORK/body" || open=0
    [[ $ST == 200 ]] || open=0
    http -u "admin:$PASSWORD" "$BASE/actuator"
    admin+=", /actuator $ST"
    if [[ $ST != 200 ]] || ! grep -q '_links' "$WORK/body"; then open=0; fi
    check 4b "the admin's credentials open it" "$admin (metrics in the Prometheus format, links)" is1 "$open"
    local probes="" fine=1
    for path in /actuator/health/liveness /actuator/health/readiness /actuator/health; do
        http "$BASE$path"
        probes+="$path $ST $(tr -d '\n' <"$WORK/body"), "
        [[ $ST == 200 ]] || fine=0
        ! grep -q '"components"' "$WORK/body" || fine=0
    done
    check 4c "the health probes answer 200 anonymously, without details" "${probes%, }" is1 "$fine"
}

# 5. 1,000 anonymous statistics, each with its own date (so none is cached), from one address.
statistics_burst() {
    log "5. 1,000 anonymous statistics with distinct dates from $SCRAPER, 4 at a time"
    seq 0 999 | sed 's/.*/2000-01-01 + & days/' | date -u -f - +%F >"$WORK/dates"
    local i=0 day
    while IFS= read -r day; do
        case $((i % 10)) in
            9) printf 'url = "%s/?asOf=%s"\n' "$BASE" "$day" ;;
            4) printf 'url = "%s/api/v1/stats/flows?from=%s"\n' "$BASE" "$day" ;;
            *) printf 'url = "%s/api/v1/stats/overview?asOf=%s"\n' "$BASE" "$day" ;;
        esac
        printf 'output = "/dev/null"\n'
        i=$((i + 1))
    done <"$WORK/dates" >"$WORK/burst.cfg"
    (
        while [[ ! -e $WORK/burst-done ]]; do
            curl -s -o /dev/null --max-time 5 -w '%{http_code}\n' "$BASE/actuator/health/readiness" || true
            sleep 0.2
        done
    ) >"$WORK/health-during" &
    POLLER_PID=$!
    local started elapsed
    started=$(date +%s.%N)
    curl -s --parallel --parallel-max 4 -H "$(from "$SCRAPER")" -H 'Accept-Language: en' --max-time 60 \
        -w '%{http_code} %header{retry-after}\n' -K "$WORK/burst.cfg" >"$WORK/burst" 2>/dev/null || true
    elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    touch "$WORK/burst-done"
    wait "$POLLER_PID" || true
    POLLER_PID=""
    local answered ok limited with_wait errors first allowance
    awk '{ print $1 }' "$WORK/burst" >"$WORK/codes"
    answered=$(wc -l <"$WORK/burst")
    ok=$(awk '$1 == 200' "$WORK/burst" | wc -l)
    limited=$(awk '$1 == 429' "$WORK/burst" | wc -l)
    # Retry-After: the whole seconds until the bucket refills, plus one (web/RateLimits).
    with_wait=$(awk '$1 == 429 && $2 ~ /^[0-9]+$/ && $2 >= 1 && $2 <= 61' "$WORK/burst" | wc -l)
    errors=$(awk '$1 !~ /^(200|429)$/' "$WORK/burst" | wc -l)
    first=$(awk '$1 == 429 { print NR; exit }' "$WORK/burst")
    # The bucket holds 60 and refills 60 a minute: a burst that runs past a minute gets 60 more.
    allowance=$((60 * (1 + ${elapsed%.*} / 60)))
    check 5a "the 60-a-minute limit answers 429 with Retry-After past the allowance" \
        "$answered answers in $elapsed s: $(tally "$WORK/codes"); first 429 at answer ${first:-none}; $with_wait of $limited 429s with Retry-After 1–61 s" \
        test "$answered" -eq 1000 -a "$ok" -ge 1 -a "$ok" -le "$allowance" -a "$limited" -eq "$((1000 - ok))" \
        -a "$with_wait" -eq "$limited" -a "${first:-0}" -le "$((allowance + 4))"
    http -H "$(from "$SCRAPER")" "$BASE/api/v1/stats/overview?asOf=1999-12-31"
    local again="$ST ${CT%%;*} Retry-After ${RA:-none}" again_wait=$RA
    http "$BASE/actuator/health/readiness"
    local ready=$ST
    http "$BASE/actuator/health/liveness"
    local live=$ST
    check 5b "no 5xx, and the app stays ready during and after the burst" \
        "5xx and others: $errors; readiness during: $(tally "$WORK/health-during"); after: readiness $ready, liveness $live" \
        test "$errors" -eq 0 -a "$ready" = 200 -a "$live" = 200 -a -s "$WORK/health-during" \
        -a "$(grep -vc '^200$' "$WORK/health-during" || true)" -eq 0
    http -H "$(from "$BYSTANDER")" "$BASE/api/v1/stats/overview?asOf=1999-06-30"
    local other=$ST
    http -u "admin:$PASSWORD" -H "$(from "$SCRAPER")" "$BASE/api/v1/stats/overview?asOf=1999-06-29"
    local signed_in=$ST
    check 5c "the limit is the scraper's alone: others and the signed-in are answered" \
        "the scraper again: $again; another reader ($BYSTANDER): $other; the admin from the scraper's address: $signed_in" \
        test "$again" = "429 application/problem+json Retry-After $again_wait" -a -n "$again_wait" -a "$other" = 200 -a "$signed_in" = 200
}

main() {
    if [[ -n $JAR ]]; then JAR=$(readlink -f "$JAR"); fi
    cd "$(dirname "${BASH_SOURCE[0]}")/.."
    mkdir -p "$OUT"
    for tool in curl psql pg_isready java awk base64 seq; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || die "PostgreSQL does not answer on $PGHOST:$PGPORT"
    [[ $DB =~ ^[a-z_][a-z0-9_]*$ && $DB != postgres && $DB != test ]] || die "DB=$DB is not a throwaway database name"
    if [[ -z $JAR ]]; then
        if [[ $SKIP_BUILD != 1 ]]; then
            log "building the jar"
            ./mvnw -B -q -DskipTests package
        fi
        JAR=$(find target -maxdepth 1 -name 'chuhai-cloud-tracker-*.jar' ! -name '*-plain.jar' | sort | tail -n 1)
    fi
    [[ -n $JAR && -f $JAR ]] || die "no jar (target/chuhai-cloud-tracker-*.jar or JAR=…)"
    WORK=$(mktemp -d)
    trap cleanup EXIT
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    local started
    started=$(date -u '+%F %T UTC')
    start_app

    parallel_guesses
    lock_out
    nul_bytes
    actuator
    statistics_burst

    {
        echo "Hostile visitor, $started ($(nproc) cores, PostgreSQL $(psql -X -Atq -d postgres -c 'SHOW server_version' | awk '{ print $1 }'), $(basename "$JAR"), default limits)"
        echo
        echo "| # | check | saw | |"
        echo "|---|---|---|---|"
        printf '%s\n' "${ROWS[@]}"
        echo
        if ((FAILS == 0)); then echo "All checks passed."; else echo "$FAILS check(s) failed."; fi
    } | tee "$OUT/hostile.md"
    ((FAILS == 0)) || exit 1
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then main "$@"; fi
