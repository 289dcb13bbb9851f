#!/bin/sh
# How Baulu's heavy steps grow with the work: BenchmarkScale (cmd/baulu)
# at each scale of SCALES (default "1 10"; N × the pilot, `baulu demo
# --all --scale N`), one step per process so that its peak resident memory
# is its own, and a table of time and peak memory per size with the growth
# exponent k of time ∝ size^k between the smallest and the largest scale
# (1 is linear; above 1.2 is marked "worse than linear").
# The machine may be shared: a time is the median of COUNT runs (default 3;
# each the benchmark's own count within 1 s, or a single operation for a
# step slower than that; Demo runs once); compare ratios, not milliseconds.
# The databases are cached under $TMPDIR as baulu-bench-x*.db; FRESH=1
# regenerates them (Demo always measures a fresh generation).
# Usage: sh scripts/scale.sh        Environment: SCALES="1 10" COUNT=3 OUT=/tmp/baulu-scale.txt
set -eu
cd "$(dirname "$0")/.."
scales=${SCALES:-1 10}
out=${OUT:-/tmp/baulu-scale.txt}
count=${COUNT:-3}
steps="Demo PackageExport NationalImport Comparison NationalReport ExcelExport Dashboard Start"
bin=$(mktemp -d)/scale.test
go test -c -o "$bin" ./cmd/baulu
tmp=${TMPDIR:-/tmp}
: >"$out"
for n in $scales; do
	[ "${FRESH:-0}" = 1 ] && rm -f "$tmp"/baulu-bench-x"$n"-*.db
	for step in $steps; do
		bt=1s reps=$count
		[ "$step" = Demo ] && bt=1x reps=1
		echo "x$n $step …" >&2
		BAULU_SCALES=$n "$bin" -test.run '^$' -test.bench "^BenchmarkScale/x$n/$step\$" -test.benchtime $bt -test.count "$reps" >>"$out" 2>&1 || {
			echo "x$n $step failed: see $out" >&2
			exit 1
		}
	done
done
rm -rf "$(dirname "$bin")"

echo
echo "machine: $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n1), $(nproc) cores, $(awk '/^MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, load $(cut -d' ' -f1-3 /proc/loadavg) (after the run)"
# Targets of issue 19 at 10×, in seconds.
awk -v scales="$scales" '
	BEGIN {
		ns = split(scales, sc, " ")
		target["NationalReport"] = 5; target["NationalImport"] = 10
		want = "Demo PackageExport NationalImport Comparison NationalReport ExcelExport Dashboard Start"
		nw = split(want, order, " ")
	}
	/^BenchmarkScale\// && / ns\/op/ {
		split($1, p, "/"); size = substr(p[2], 2) + 0; step = p[3]; sub(/-[0-9]+$/, "", step)
		k = ++runs[step, size]
		for (i = 2; i < NF; i++) {
			if ($(i + 1) == "ns/op") all[step, size, k] = $i / 1e9
			if ($(i + 1) == "peak-MB" && $i > m[step, size]) m[step, size] = $i
		}
	}
	# median of the runs of a step at a size
	function median(step, size,   n, i, j, v, x) {
		n = runs[step, size]
		for (i = 1; i <= n; i++) v[i] = all[step, size, i]
		for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { x = v[j]; v[j] = v[j - 1]; v[j - 1] = x }
		return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
	}
	function human(s) {
		if (s == "") return "-"
		if (s >= 1) return sprintf("%.2f s", s)
		return sprintf("%.1f ms", s * 1000)
	}
	END {
		for (key in runs) { split(key, kk, SUBSEP); t[kk[1], kk[2]] = median(kk[1], kk[2]) }
		printf "%-15s", "step"
		for (i = 1; i <= ns; i++) printf " %10s %8s", "x" sc[i] " time", "peak MB"
		printf " %9s  %s\n", "exponent", "note"
		for (j = 1; j <= nw; j++) {
			s = order[j]
			printf "%-15s", s
			for (i = 1; i <= ns; i++) printf " %10s %8s", human(t[s, sc[i]]), (m[s, sc[i]] == "" ? "-" : sprintf("%.0f", m[s, sc[i]]))
			lo = sc[1]; hi = sc[ns]; note = ""
			if (ns > 1 && t[s, lo] > 0 && t[s, hi] > 0) {
				k = log(t[s, hi] / t[s, lo]) / log(hi / lo)
				printf " %9.2f", k
				if (k > 1.2) note = "worse than linear"
			} else printf " %9s", "-"
			if ((s in target) && hi == 10 && t[s, 10] != "") note = note (note == "" ? "" : "; ") sprintf("target at 10× ≤ %d s: %s", target[s], t[s, 10] <= target[s] ? "met" : "MISSED")
			if (hi == 10 && m[s, 10] != "" && m[s, 10] > 500) note = note (note == "" ? "" : "; ") "over 500 MB"
			print "  " note
		}
	}' "$out"
