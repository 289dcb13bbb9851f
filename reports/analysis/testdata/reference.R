# Reference values for package baulu/reports/analysis, computed by R.
#
# Run from this directory:   Rscript reference.R
# It writes reference.json next to itself. The Go tests load that file and
# compare every statistic, df and p-value with what R printed (17 significant
# digits, so Go parses exactly the doubles R used and printed).
#
# Base R only (no jsonlite): the JSON is written by json.R's helpers.
#
# Calls that define the expected values:
#   chisq.test(m, correct = FALSE)                     Pearson chi-squared
#   wilcox.test(x, y, exact = FALSE, correct = TRUE)   Mann-Whitney / rank sum
#   wilcox.test(after, before, paired = TRUE,
#               exact = FALSE, correct = TRUE)         signed rank, d = after - before
#   t.test(x, y)                                       Welch (var.equal = FALSE)
#   mean(), sd()                                       descriptives
# Z for the Wilcoxon tests is not returned by R; it is rebuilt here from R's
# own source (stats:::wilcox.test.default) and checked against R's p-value
# with stopifnot before it is written.
# Cohen's d and Fisher's phi* have no base-R function: they are written out
# from their formulas so the Go code is checked against an independent copy.

options(warn = 1)
set.seed(20260301)

source("json.R")

# Child mean score over k indicators scored 1..3, computed as sum/k, which is
# how the app computes it (so equal means are bitwise equal doubles).
child_means <- function(n, probs, k = 6) {
  vapply(seq_len(n), function(i) sum(sample(1:3, k, TRUE, probs)) / k, 0)
}
# Paired rounds: each indicator may rise by one level (capped at 3).
paired_means <- function(n, probs, up, k = 6) {
  b <- matrix(sample(1:3, n * k, TRUE, probs), n, k)
  a <- pmin(b + rbinom(n * k, 1, up), 3)
  list(before = rowSums(b) / k, after = rowSums(a) / k)
}
level_counts <- function(n, probs) tabulate(sample(1:3, n, TRUE, probs), 3)

# ---------------------------------------------------------------- chi-squared
chisq_case <- function(name, m) {
  m <- as.matrix(m)
  keep_r <- rowSums(m) > 0
  keep_c <- colSums(m) > 0
  total <- sum(m)
  expected <- if (total > 0) outer(rowSums(m), colSums(m)) / total else NULL
  fields <- list(name = str(name), table = mat(m))
  if (sum(keep_r) >= 2 && sum(keep_c) >= 2) {
    red <- m[keep_r, keep_c, drop = FALSE]
    t <- suppressWarnings(chisq.test(red, correct = FALSE))
    e <- t$expected
    fields <- c(fields, list(computable = bool(TRUE),
      statistic = num(unname(t$statistic)), df = num(unname(t$parameter)),
      p = num(t$p.value), expected = mat(expected),
      min_expected = num(min(e)), small_expected = num(sum(e < 5))))
  } else {
    # Fewer than two non-empty rows or columns: our rule says "not computable"
    # (R would either fail or silently run a goodness-of-fit test instead).
    fields <- c(fields, list(computable = bool(FALSE),
      expected = if (is.null(expected)) "null" else mat(expected)))
  }
  do.call(obj, fields)
}

chisq_cases <- list(
  chisq_case("baseline realistic", rbind(c(8, 20, 7), c(10, 18, 9))),
  chisq_case("final realistic, E ahead", rbind(c(2, 15, 25), c(9, 21, 10))),
  chisq_case("small n, expected < 5", rbind(c(1, 3, 1), c(2, 1, 2))),
  chisq_case("level III empty in both groups", rbind(c(12, 8, 0), c(9, 11, 0))),
  chisq_case("level I empty in both groups", rbind(c(0, 10, 5), c(0, 6, 9))),
  chisq_case("level III empty in one group only", rbind(c(5, 10, 0), c(4, 12, 3))),
  chisq_case("all children at level II", rbind(c(0, 20, 0), c(0, 18, 0))),
  chisq_case("identical groups", rbind(c(5, 10, 5), c(5, 10, 5))),
  chisq_case("proportional rows", rbind(c(2, 4, 6), c(4, 8, 12))),
  chisq_case("one group empty", rbind(c(0, 0, 0), c(4, 5, 6))),
  chisq_case("empty table", rbind(c(0, 0, 0), c(0, 0, 0))),
  chisq_case("complete separation, middle empty", rbind(c(30, 0, 0), c(0, 0, 30))),
  chisq_case("regional scale", rbind(c(120, 800, 1580), c(400, 1300, 800))),
  chisq_case("3 groups x 3 levels", rbind(c(3, 7, 2), c(5, 5, 5), c(1, 2, 9))),
  chisq_case("3 groups, one empty", rbind(c(3, 7, 2), c(0, 0, 0), c(1, 2, 9))),
  chisq_case("random n=25/27", rbind(level_counts(25, c(.3, .5, .2)), level_counts(27, c(.3, .5, .2)))),
  chisq_case("random n=45/40 shifted", rbind(level_counts(45, c(.1, .4, .5)), level_counts(40, c(.3, .5, .2)))),
  chisq_case("random n=60/58", rbind(level_counts(60, c(.2, .5, .3)), level_counts(58, c(.25, .5, .25))))
)

# ---------------------------------------------------------------- Mann-Whitney
mw_case <- function(name, x, y) {
  fields <- list(name = str(name), x = vec(x), y = vec(y))
  if (length(x) < 1 || length(y) < 1) {
    return(do.call(obj, c(fields, list(computable = bool(FALSE),
      w = "null", z = "null", p = "null"))))
  }
  t <- wilcox.test(x, y, exact = FALSE, correct = TRUE)
  W <- unname(t$statistic)
  # z exactly as stats:::wilcox.test.default computes it.
  r <- rank(c(x, y)); nx <- length(x); ny <- length(y)
  NTIES <- table(r)
  z <- W - nx * ny / 2
  SIGMA <- sqrt((nx * ny / 12) * ((nx + ny + 1) - sum(NTIES^3 - NTIES) / ((nx + ny) * (nx + ny - 1))))
  z <- (z - sign(z) * 0.5) / SIGMA
  ok <- is.finite(t$p.value)
  if (ok) stopifnot(isTRUE(all.equal(2 * pnorm(-abs(z)), t$p.value, tolerance = 1e-14)))
  fields <- c(fields, list(computable = bool(ok), w = num(W),
    z = num(if (ok) z else NaN), p = num(t$p.value)))
  do.call(obj, fields)
}

mw_cases <- list(
  mw_case("realistic n=25/30", child_means(25, c(.2, .5, .3)), child_means(30, c(.3, .5, .2))),
  mw_case("realistic n=40/45 E ahead", child_means(40, c(.1, .4, .5)), child_means(45, c(.3, .5, .2))),
  mw_case("realistic n=60/55 same population", child_means(60, c(.3, .4, .3)), child_means(55, c(.3, .4, .3))),
  mw_case("small n=3/4 no ties", c(1.5, 2.25, 2.75), c(1.25, 1.75, 2, 2.5)),
  mw_case("small n=3/5 ties", c(2, 2, 3), c(1, 2, 2, 2.5, 3)),
  mw_case("identical groups", c(1, 1.5, 2, 2, 2.5, 3), c(1, 1.5, 2, 2, 2.5, 3)),
  mw_case("all ties", rep(2, 5), rep(2, 7)),
  mw_case("complete separation n=5/5", c(2.5, 2.6, 2.7, 2.8, 3), c(1, 1.2, 1.4, 1.6, 1.8)),
  mw_case("integer levels n=20/22", sample(1:3, 20, TRUE, c(.2, .4, .4)), sample(1:3, 22, TRUE, c(.4, .4, .2))),
  mw_case("n=1 each, distinct", 3, 1),
  mw_case("n=1 vs 6", 2.5, c(1, 1.5, 2, 2, 3, 3)),
  mw_case("two values separated by group", rep(3, 4), rep(2, 6)),
  mw_case("gains with negatives", c(-0.5, 0, 0.25, 0.5, 0.5, 1, -0.25, 0.75),
          c(-0.25, 0, 0, 0.25, 0.25, -0.5, 0.5)),
  mw_case("large n=200/220", child_means(200, c(.15, .45, .4)), child_means(220, c(.25, .5, .25))),
  mw_case("x empty", numeric(0), c(1, 2, 3))
)

# ---------------------------------------------------------------- signed rank
wsr_case <- function(name, before, after) {
  fields <- list(name = str(name), before = vec(before), after = vec(after))
  d <- after - before
  nz <- sum(d != 0)
  t <- wilcox.test(after, before, paired = TRUE, exact = FALSE, correct = TRUE)
  V <- unname(t$statistic)
  dd <- d[d != 0]; n <- length(dd)
  r <- rank(abs(dd)); NTIES <- table(r)
  z <- V - n * (n + 1) / 4
  SIGMA <- sqrt(n * (n + 1) * (2 * n + 1) / 24 - sum(NTIES^3 - NTIES) / 48)
  z <- (z - sign(z) * 0.5) / SIGMA
  ok <- is.finite(t$p.value)
  if (ok) stopifnot(isTRUE(all.equal(2 * pnorm(-abs(z)), t$p.value, tolerance = 1e-14)))
  fields <- c(fields, list(computable = bool(ok), v = num(V), n = num(nz),
    z = num(if (ok) z else NaN), p = num(t$p.value)))
  do.call(obj, fields)
}

pm1 <- paired_means(30, c(.3, .5, .2), .35)
pm2 <- paired_means(50, c(.3, .5, .2), .1)
pm3 <- paired_means(25, c(.2, .6, .2), .5)
pm4 <- paired_means(300, c(.3, .5, .2), .25)
wsr_cases <- list(
  wsr_case("realistic n=30 E", pm1$before, pm1$after),
  wsr_case("realistic n=50 C small gains", pm2$before, pm2$after),
  wsr_case("realistic n=25 big gains", pm3$before, pm3$after),
  wsr_case("realistic n=300", pm4$before, pm4$after),
  wsr_case("zeros among differences", c(1, 2, 2, 3, 1.5, 2, 2.5, 1, 2),
           c(1, 2.5, 2, 3, 2, 2, 2.5, 2, 1.5)),
  wsr_case("all differences zero", c(1, 2, 3, 2), c(1, 2, 3, 2)),
  wsr_case("small n=3", c(1, 1.5, 2), c(1.75, 2.5, 2.25)),
  wsr_case("n=5 ties in |d| mixed signs", c(2, 2, 2, 2, 2), c(2.5, 1.5, 2.5, 3, 1)),
  wsr_case("all positive n=10", c(1, 1.2, 1.4, 1.5, 1.7, 1.8, 2, 2.1, 2.2, 2.4),
           c(1.6, 1.5, 2.3, 2, 2.9, 2.2, 2.5, 2.8, 3, 2.6)),
  wsr_case("all negative n=6", c(3, 2.8, 2.6, 2.4, 2.2, 2), c(2, 2.5, 2.1, 1.9, 2, 1)),
  wsr_case("one non-zero difference", c(1, 2, 3, 2), c(1, 2, 3, 2.5)),
  wsr_case("symmetric differences", c(2, 2, 2, 2), c(2.5, 1.5, 3, 1)),
  wsr_case("integer levels n=40", sample(1:3, 40, TRUE), sample(1:3, 40, TRUE, c(.2, .3, .5)))
)

# ---------------------------------------------------------------- Welch
welch_case <- function(name, x, y) {
  fields <- list(name = str(name), x = vec(x), y = vec(y))
  t <- tryCatch(t.test(x, y), error = function(e) NULL)
  nx <- length(x); ny <- length(y)
  sp <- sqrt(((nx - 1) * var(x) + (ny - 1) * var(y)) / (nx + ny - 2))
  d <- if (nx + ny > 2) (mean(x) - mean(y)) / sp else NaN
  if (is.null(t) || !is.finite(t$p.value)) {
    return(do.call(obj, c(fields, list(computable = bool(FALSE),
      t = "null", df = "null", p = "null", cohen_d = num(d)))))
  }
  fields <- c(fields, list(computable = bool(TRUE),
    t = num(unname(t$statistic)), df = num(unname(t$parameter)), p = num(t$p.value),
    mean_x = num(unname(t$estimate[1])), mean_y = num(unname(t$estimate[2])),
    ci_low = num(t$conf.int[1]), ci_high = num(t$conf.int[2]), cohen_d = num(d)))
  do.call(obj, fields)
}

g1 <- paired_means(30, c(.3, .5, .2), .35); g2 <- paired_means(28, c(.3, .5, .2), .12)
g3 <- paired_means(50, c(.3, .5, .2), .3); g4 <- paired_means(50, c(.3, .5, .2), .2)
welch_cases <- list(
  welch_case("gains realistic n=30/28", g1$after - g1$before, g2$after - g2$before),
  welch_case("gains realistic n=50/50", g3$after - g3$before, g4$after - g4$before),
  welch_case("small n=3/3", c(0.5, 0.75, 1), c(0, 0.25, 0.25)),
  welch_case("identical groups", c(0, 0.5, 1, 0.25), c(0, 0.5, 1, 0.25)),
  welch_case("x constant, y varies", c(0.5, 0.5, 0.5, 0.5), c(0, 0.25, 0.75, 0.5, 1)),
  welch_case("both constant", c(0.5, 0.5, 0.5), c(0.5, 0.5, 0.5)),
  welch_case("both zero gains", c(0, 0, 0), c(0, 0, 0, 0)),
  welch_case("n=1 in x", 0.5, c(0, 0.25, 0.5)),
  welch_case("unequal n=5/40 and variance", c(1, -0.5, 1.5, 0.25, 2), child_means(40, c(.3, .4, .3)) - 2),
  welch_case("large effect", child_means(40, c(0, .2, .8)), child_means(40, c(.7, .3, 0))),
  welch_case("negative gains", c(-0.5, -0.25, 0, -0.75, -0.5), c(0.25, 0, 0.5, 0.25, -0.25, 0.5))
)

# ---------------------------------------------------------------- phi*
phi_case <- function(k1, n1, k2, n2) {
  p1 <- k1 / n1; p2 <- k2 / n2
  f1 <- 2 * asin(sqrt(p1)); f2 <- 2 * asin(sqrt(p2))
  s <- (f1 - f2) * sqrt(n1 * n2 / (n1 + n2))
  obj(k1 = num(k1), n1 = num(n1), k2 = num(k2), n2 = num(n2),
      phi1 = num(f1), phi2 = num(f2), phi_star = num(s),
      p = num(pnorm(abs(s), lower.tail = FALSE)),
      p_greater = num(pnorm(s, lower.tail = FALSE)))
}
phi_cases <- list(
  phi_case(15, 30, 5, 28), phi_case(25, 40, 10, 40), phi_case(0, 10, 5, 10),
  phi_case(10, 10, 0, 10), phi_case(3, 5, 1, 5), phi_case(10, 20, 10, 20),
  phi_case(2, 25, 3, 25), phi_case(120, 300, 80, 300), phi_case(1580, 2500, 800, 2500),
  # Control ahead: the one-sided p of "E higher" is above 0.5.
  phi_case(5, 28, 15, 30), phi_case(8, 40, 14, 38)
)

# ---------------------------------------------------------------- descriptives
msd_case <- function(name, x) {
  obj(name = str(name), x = vec(x), mean = num(mean(x)),
      sd = num(if (length(x) > 1) sd(x) else NaN))
}
msd_cases <- list(
  msd_case("1 2 3", c(1, 2, 3)),
  msd_case("single value", 2.5),
  msd_case("constant", c(1.5, 1.5, 1.5)),
  msd_case("realistic n=35", child_means(35, c(.2, .5, .3))),
  msd_case("sixths", c(7, 8, 11, 13, 16, 17) / 6)
)

json <- paste0("{\n",
  "\"r_version\":", str(R.version.string), ",\n",
  "\"chisq\":", arr(chisq_cases), ",\n",
  "\"mannwhitney\":", arr(mw_cases), ",\n",
  "\"wilcoxon\":", arr(wsr_cases), ",\n",
  "\"welch\":", arr(welch_cases), ",\n",
  "\"phi\":", arr(phi_cases), ",\n",
  "\"meansd\":", arr(msd_cases), "\n}\n")
writeLines(json, "reference.json", sep = "")
cat("wrote reference.json:",
    length(chisq_cases) + length(mw_cases) + length(wsr_cases) + length(welch_cases) +
    length(phi_cases) + length(msd_cases), "cases\n")
