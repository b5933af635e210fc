#!/usr/bin/env bash
# Opens a review bundle in headless Chromium (Debian `chromium`) and checks that it renders every
# section and the diagram, and that the page makes no network request.
#
#   scripts/check-review-bundle.sh review.html EXPECTED_TABLES [screenshot.png]
#
# Network: Chromium runs with its net log on and a proxy on a closed port. Chromium itself talks to
# update and account services in the background, so the page's own requests are the hosts that
# appear when the bundle is open but not when about:blank is; a positive control (a page with one
# external image) proves that a page request does show up in the log.
set -euo pipefail
bundle=$(readlink -f "$1"); tables=$2; shot=${3:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --proxy-server=http://127.0.0.1:9 --no-first-run
       --disable-background-networking --disable-component-update --disable-sync --disable-extensions)

hosts() { # url -> hosts named in the net log of loading it
  timeout 90 chromium "${flags[@]}" --log-net-log="$work/net.json" --dump-dom "$1" > "$work/dom.html" 2>/dev/null
  python3 - "$work/net.json" <<'PY'
import json, sys, urllib.parse
events = json.load(open(sys.argv[1])).get("events", [])
hosts = set()
for e in events:
    p = e.get("params", {})
    for k in ("url", "original_url"):
        if k in p and "://" in str(p[k]):
            u = urllib.parse.urlsplit(str(p[k]))
            if u.scheme in ("http", "https", "ws", "wss"):
                hosts.add(u.hostname)
    if "host" in p:
        h = str(p["host"])
        hosts.add(urllib.parse.urlsplit(h).hostname if "://" in h else h.split(":")[0])
print("\n".join(sorted(h for h in hosts if h)))
PY
}

hosts "about:blank" > "$work/baseline"
printf '<!DOCTYPE html><img src="http://control.lintel.invalid/x.png">' > "$work/control.html"
hosts "file://$work/control.html" > "$work/control"
if ! grep -qx "control.lintel.invalid" "$work/control"; then
  echo "FAIL: the positive control's request is not in the net log; the check cannot see requests"; exit 1
fi
hosts "file://$bundle" > "$work/page"
extra=$(comm -13 "$work/baseline" "$work/page" || true)
if [ -n "$extra" ]; then echo "FAIL: the bundle contacted: $extra"; exit 1; fi
echo "ok: no network request (background hosts ignored: $(paste -sd, "$work/baseline"))"

for id in signoff diagram findings comments ddl; do
  grep -q "<section id=\"$id\">" "$work/dom.html" || { echo "FAIL: section $id not rendered"; exit 1; }
done
n=$(grep -o '<g class="table' "$work/dom.html" | wc -l)
[ "$n" -eq "$tables" ] || { echo "FAIL: $n table cards in the diagram, expected $tables"; exit 1; }
echo "ok: 5 sections rendered, $n table cards in the inline SVG"
if [ -n "$shot" ]; then
  timeout 90 chromium "${flags[@]}" --window-size=1400,1000 --screenshot="$(readlink -f "$shot")" "file://$bundle" 2>/dev/null
  echo "ok: screenshot $shot"
fi
