#!/usr/bin/env bash
# bench-web.sh: serve a copy of a large database and measure the reviewers'
# pages over HTTP with wrk (-t2 -c16, DURATION seconds each), /healthz in
# the same run for scale; prints one table row per page: p50, p99, req/s,
# the share of /healthz's req/s, requests that got no answer within wrk's
# 10 s timeout, and any non-2xx answers (a page that answers with a
# redirect to the login is fast and wrong).
#
#   scripts/bench-web.sh [DB]        (default: the newest cached 100,000-article
#                                     corpus, built by `make bench-corpus`)
#   DURATION=10 PORT=18090 BIN=bin/claimdesk scripts/bench-web.sh
#
# The database is copied first (serve upgrades its schema and a user is
# added). Needs wrk and curl. Numbers on a shared machine are noisy: compare
# pages within one run.
set -euo pipefail

DURATION=${DURATION:-10}
PORT=${PORT:-18090}
BIN=${BIN:-bin/claimdesk}
SRC=${1:-$(ls -t "${TMPDIR:-/tmp}"/claimdesk-corpus-v*-100000.db 2>/dev/null | head -1 || true)}
if [ -z "$SRC" ] || [ ! -f "$SRC" ]; then
	echo "no database: give one, or build the 100,000-article corpus with make bench-corpus" >&2
	exit 1
fi
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-bench-web.XXXXXX")
server=
cleanup() {
	if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

echo "copying $SRC" >&2
cp "$SRC" "$work/bench.db"
chmod 600 "$work/bench.db"
pass=bench-web-password
printf '%s\n' "$pass" | "$BIN" user add --db "$work/bench.db" --role reviewer benchweb >/dev/null 2>&1 ||
	printf '%s\n' "$pass" | "$BIN" user passwd --db "$work/bench.db" benchweb >/dev/null
base="http://127.0.0.1:$PORT"
"$BIN" serve --db "$work/bench.db" --addr "127.0.0.1:$PORT" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do # an upgrade of the schema may take minutes
	curl -fs "$base/healthz" >/dev/null 2>&1 && break
	kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
	sleep 0.5
done
curl -fs -o /dev/null -c "$work/cookies" -H "Sec-Fetch-Site: same-origin" -H "Origin: $base" \
	--data-urlencode "username=benchweb" --data-urlencode "password=$pass" "$base/login"
cookie="claimdesk=$(awk '$6 == "claimdesk" { print $7 }' "$work/cookies")"
page() { curl -fs -H "Cookie: $cookie" "$base$1"; }
# firstID is the first id linked as $1N in a page (it reads the whole page:
# head would cut the pipe under pipefail).
firstID() { grep -o "href=\"$1[0-9]*" | sed -n '1s/.*\///p'; }

# The pages measured: the top of the queue and its first fact, the
# latest story, the newest article, a common and a rarer search, the
# dashboard, and the pairs list (its first and second page, a language,
# assigned to me).
fact=$(page / | firstID /facts/)
story=$(page /stories | firstID /stories/)
article=$(page /articles | firstID /articles/)
# The pairs list's second page, by the cursor its Next link carries.
next=$(page /conflicts | grep -o 'href="/conflicts?[^"]*after=[0-9]*' | sed -n '1s/^href="//p' | sed 's/&amp;/\&/g')
echo "fact $fact, story $story, article $article, pairs $next" >&2
paths=(/healthz / "/facts/$fact" "/stories/$story" /stories "/articles/$article" /articles
	"/search?q=%E0%A6%95%E0%A6%BF%E0%A6%AE" "/search?q=soldiers" /dashboard
	/conflicts "$next" "/conflicts?language=bn" "/conflicts?assigned=me" /healthz)

# ms turns wrk's latency ("812.00us", "3.21ms", "1.20s") into milliseconds.
ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
		printf "%.1f", n }'
}

echo "wrk -t2 -c16 -d${DURATION}s --timeout 10s --latency, $(nproc) cores, $(date -u +%FT%TZ), $SRC" >&2
printf '| page | p50 ms | p99 ms | req/s | of /healthz | timeouts | non-2xx |\n|---|---:|---:|---:|---:|---:|---:|\n'
health=
for p in "${paths[@]}"; do
	out=$(wrk -t2 -c16 -d"${DURATION}s" --timeout 10s --latency -H "Cookie: $cookie" "$base$p")
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
	rps=$(awk '$1 == "Requests/sec:" { print $2 }' <<<"$out")
	bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
	late=$(awk '/Socket errors:/ { print $NF }' <<<"$out")
	if [ "$p" = /healthz ] && [ -z "$health" ]; then health=$rps; fi
	share=$(awk -v r="$rps" -v h="$health" 'BEGIN { if (h > 0) printf "%.0f%%", 100 * r / h }')
	name=$p
	case $p in "/search?q=%E0%A6%95%E0%A6%BF%E0%A6%AE") name="/search?q=কিম" ;; esac
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(ms "$p50")" "$(ms "$p99")" "$rps" "$share" "${late:-0}" "${bad:-0}"
done
