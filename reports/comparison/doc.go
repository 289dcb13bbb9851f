// Package comparison owns Baulu's control-vs-experimental comparison
// (DESIGN.md §4, issue 4): it loads child-level scores for a scope (region or
// one kindergarten, all indicators, a block or one indicator, two rounds),
// computes every figure the Comparison screen, the PDF reports and
// `baulu stats --json` show, and words a cautious verdict in kk / ru / en.
//
// The flow is Load (one query, data.Store.ChildTallies) → Compute (pure) →
// Verdict (pure), with Compare doing the first two and Summary producing the
// per-kindergarten and per-indicator table from one more query
// (data.Store.ChildScoreRows). The SQL is data's; this package runs none. The statistics themselves live in
// reports/analysis; this package decides which vectors they are run on.
//
// Definitions used throughout (documented for users in JSON.md):
//   - A child's score in a round is the mean of the child's scores over the
//     scope's indicators, computed as integer sum ÷ count, so equal means are
//     bitwise equal and rank ties are exact. A child scored on only some of
//     the indicators is averaged over those.
//   - Levels come from the thresholds in Settings (data.LevelOf).
//   - Cross-sectional figures (n, levels, mean ± SD, χ², Mann–Whitney, φ*)
//     use every child scored in that round; paired figures (gains, DiD,
//     Wilcoxon, Welch) use the children scored in both rounds, and the others
//     are counted per group (only_from, only_to).
//   - Retired indicators: a scope of all indicators or of a block takes only
//     indicators still in use, so both rounds are averaged over the same
//     items; a retired indicator's past scores count only when the scope
//     names that indicator explicitly.
//   - Children who left the pilot keep the scores they have; a child who left
//     before the second round therefore counts as scored in one round only.
package comparison
