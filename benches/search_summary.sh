#!/usr/bin/env bash
# Summarises `cargo bench --bench search`: for each knowledge-base size and variant, the median
# over the 13 keystrokes of each keystroke's median time, and the slowest keystroke.
# Needs jq. Usage: benches/search_summary.sh [target/criterion]
set -euo pipefail
root="${1:-target/criterion}"
word=certification
printf '| knowledge base | variant | median keystroke | slowest keystroke |\n|---|---|---:|---:|\n'
for group in "$root"/search_*; do
    [ -d "$group" ] || continue
    size="${group##*/search_}"
    for variant_dir in "$group"/*/; do
        variant="$(basename "$variant_dir")"
        [ "$variant" = report ] && continue
        times=()
        for ((end = 1; end <= ${#word}; end++)); do
            file="$variant_dir${word:0:end}/new/estimates.json"
            [ -f "$file" ] || continue 2
            times+=("$(jq '.median.point_estimate' "$file") ${word:0:end}")
        done
        printf '%s\n' "${times[@]}" | sort -g | awk -v size="$size" -v variant="$variant" '
            function show(ns) { return ns >= 1e6 ? sprintf("%.2f ms", ns / 1e6) : sprintf("%.1f µs", ns / 1e3) }
            { t[NR] = $1; p[NR] = $2 }
            END { printf "| %s | %s | %s | %s (%s) |\n", size, variant, show(t[7]), show(t[NR]), p[NR] }'
    done
done
