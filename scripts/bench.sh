#!/bin/sh
# Runs every Go benchmark of Baulu COUNT times and prints one line per
# benchmark with the median time per operation (and that run's memory), and
# the issue's targets where a benchmark has one. The machine may be shared
# and noisy: the median of several counts is the figure to quote.
# Usage: sh scripts/bench.sh [PACKAGES…]     (default ./...)
# Environment: COUNT=3 BENCHTIME=1s BENCH=. OUT=/tmp/baulu-bench.txt (raw go test output)
set -eu
cd "$(dirname "$0")/.."
count=${COUNT:-3}
benchtime=${BENCHTIME:-1s}
pattern=${BENCH:-.}
out=${OUT:-/tmp/baulu-bench.txt}
[ $# -gt 0 ] || set -- ./...

# BenchmarkScale (cmd/baulu) runs from scripts/scale.sh, one step per
# process at each size (make bench runs it next).
echo "go test -run '^\$' -bench '$pattern' -skip '^BenchmarkScale\$' -benchmem -benchtime $benchtime -count $count $*" >&2
rc="$out.rc"
rm -f "$rc"
# sh has no pipefail: the status travels through a file.
{
	go test -run '^$' -bench "$pattern" -skip '^BenchmarkScale$' -benchmem -benchtime "$benchtime" -count "$count" -timeout 60m "$@" 2>&1
	echo $? >"$rc"
} | tee "$out"
status=$(cat "$rc")

# Targets of issues 8 and 16, in ns per operation, by package and benchmark.
targets='baulu/reports/regional BenchmarkRegionalReport 300000000 regional report ≤ 0.3 s
baulu/reports/national BenchmarkNationalReport 3000000000 national report ≤ 3 s
baulu/reports/xlsxio BenchmarkImportApply10k 1000000000 10,000-score import ≤ 1 s
baulu/reports/roster BenchmarkImport300 1000000000 300-child roster import < 1 s (issue 16)'

echo
echo "machine: $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n1), $(nproc) cores, $(awk '/^MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, load $(cut -d' ' -f1-3 /proc/loadavg) (after the run)"
echo "median of $count runs, $benchtime each"
# One line per run: package, name (without the -GOMAXPROCS suffix), ns/op,
# B/op, allocs/op; sorted by name and time, the middle run of each name is
# its median.
awk '
	/^pkg: / { pkg = $2 }
	/^Benchmark/ && / ns\/op/ {
		name = $1; sub(/-[0-9]+$/, "", name)
		ns = ""; by = "-"; al = "-"
		for (i = 2; i < NF; i++) {
			if ($(i + 1) == "ns/op") ns = $i
			if ($(i + 1) == "B/op") by = $i
			if ($(i + 1) == "allocs/op") al = $i
		}
		print pkg, name, ns, by, al
	}' "$out" | sort -k1,1 -k2,2 -k3,3g | awk -v targets="$targets" '
	BEGIN {
		n = split(targets, t, "\n")
		for (i = 1; i <= n; i++) {
			split(t[i], f, " ")
			key = f[1] " " f[2]; limit[key] = f[3]
			text = t[i]; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", text); goal[key] = text
		}
		printf "%-24s %-46s %10s %10s %10s  %s\n", "package", "benchmark", "median", "B/op", "allocs/op", "target"
	}
	function human(ns) {
		if (ns >= 1e9) return sprintf("%.2f s", ns / 1e9)
		if (ns >= 1e6) return sprintf("%.1f ms", ns / 1e6)
		if (ns >= 1e3) return sprintf("%.1f µs", ns / 1e3)
		return sprintf("%.0f ns", ns)
	}
	function bytes(b) {
		if (b == "-") return b
		if (b >= 1048576) return sprintf("%.1f MB", b / 1048576)
		if (b >= 1024) return sprintf("%.1f kB", b / 1024)
		return b " B"
	}
	function flush(   m, key, verdict) {
		if (cnt == 0) return
		m = int((cnt + 1) / 2)
		key = cur
		verdict = ""
		if (key in limit) {
			verdict = goal[key] (ns[m] + 0 <= limit[key] + 0 ? ": met" : ": MISSED")
			seen[key] = 1
		}
		split(key, k, " ")
		p = k[1]; sub(/^baulu\//, "", p)
		printf "%-24s %-46s %10s %10s %10s  %s\n", p, k[2], human(ns[m]), bytes(by[m]), al[m], verdict
		cnt = 0
	}
	{
		key = $1 " " $2
		if (key != cur) { flush(); cur = key }
		cnt++; ns[cnt] = $3; by[cnt] = $4; al[cnt] = $5
	}
	END {
		flush()
		for (key in limit) if (!(key in seen)) printf "%-71s %s\n", key, "not run: " goal[key]
	}'
exit "$status"
