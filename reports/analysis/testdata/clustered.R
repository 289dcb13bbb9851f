# Reference values for the clustered-design statistics of package
# baulu/reports/analysis (design.go, cr2.go, clustered.go, holm.go), computed
# by R.
#
# Run from this directory:   Rscript clustered.R
# It writes clustered.json next to itself; the Go tests compare with it.
# Needs the Debian packages r-base-core, r-cran-clubsandwich, r-cran-lme4
# (sh scripts/deps.sh r-base-core r-cran-clubsandwich r-cran-lme4).
#
# Each data set is a pilot in miniature: children (rows) in groups
# (clusters), every group wholly experimental (arm = 1) or control
# (arm = 0), a baseline and a final mean score over six indicators scored
# 1..3 (sum/6, as the app computes it), gain = final - baseline, and a 0/1
# covariate (sex) for a four-column model.
#
# Calls that define the expected values:
#   coef_test(lm(f), vcov = "CR2", cluster = g, test = "Satterthwaite")
#   conf_int(lm(f), vcov = "CR2", cluster = g, test = "Satterthwaite")
#       for f = gain ~ arm, final ~ arm + baseline, final ~ arm + baseline + sex
#       and final ~ arm + baseline + first, first = 1 in the first group only:
#       that column makes I - H_jj of the first group singular, so the
#       generalised inverse square root (eigenvalues <= 1e-12 dropped) is
#       exercised
#   t.test(group mean gain of E, of C)                 group-level Welch
#   anova(lm(gain ~ factor(g)))                        one-way ANOVA mean squares
#   anova(lm(gain ~ factor(arm) + factor(g)))          groups within arms
#   p.adjust(p, method = "holm")                       Holm
# The ICC, design effect and effective n have no R function; they are
# written out from their formulas on R's mean squares. On the balanced data
# set the ANOVA ICC is checked against lme4's REML estimate (they coincide
# for balanced data when positive) with stopifnot before anything is written.

options(warn = 1)
suppressPackageStartupMessages({
  library(clubSandwich)
  library(lme4)
})
source("json.R")
set.seed(20260314)

# gen draws one data set: sizes[j] children in group j, arm[j] its arm.
# Each indicator rises one level (capped at 3) with a probability that
# depends on the arm (up[1] control, up[2] experimental) shifted on the
# logit scale by a group effect with SD group_sd: that shift is what makes
# gains correlated within groups.
gen <- function(sizes, arm, up, group_sd, probs = c(.3, .5, .2), k = 6) {
  rows <- lapply(seq_along(sizes), function(j) {
    n <- sizes[j]
    p <- plogis(qlogis(up[arm[j] + 1]) + rnorm(1, 0, group_sd))
    b <- matrix(sample(1:3, n * k, TRUE, probs), n, k)
    a <- pmin(b + rbinom(n * k, 1, p), 3)
    data.frame(g = 100 + j, arm = arm[j], baseline = rowSums(b) / k,
               final = rowSums(a) / k, sex = rbinom(n, 1, .5))
  })
  d <- do.call(rbind, rows)
  d$gain <- d$final - d$baseline
  d
}

# deal draws children without any group effect, sorts them by gain and
# deals them round-robin into the groups, so group mean gains are more alike
# than chance allows: the ANOVA ICC comes out negative.
deal <- function(ngroups, size, arm, up) {
  d <- gen(rep(ngroups * size, 1), 0, c(up, up), 0)
  d <- d[order(d$gain, d$baseline), ]
  j <- (seq_len(nrow(d)) - 1) %% ngroups + 1
  d$g <- 100 + j
  d$arm <- arm[j]
  d[order(d$g), ]
}

coefs <- function(f, d) {
  fit <- lm(f, d)
  ct <- coef_test(fit, vcov = "CR2", cluster = d$g, test = "Satterthwaite")
  ci <- conf_int(fit, vcov = "CR2", cluster = d$g, test = "Satterthwaite")
  stopifnot(all.equal(ct$df_Satt, ci$df, tolerance = 0))
  obj(names = paste0("[", paste(str(ct$Coef), collapse = ","), "]"),
      beta = vec(ct$beta), se = vec(ct$SE), df = vec(ct$df_Satt),
      t = vec(ct$tstat), p = vec(ct$p_Satt),
      ci_low = vec(ci$CI_L), ci_high = vec(ci$CI_U))
}

# arm_design: the per-arm design figures; deff from the pooled ICC.
arm_design <- function(sizes, icc) {
  N <- sum(sizes); mw <- sum(sizes^2) / N
  deff <- 1 + (mw - 1) * max(icc, 0)
  obj(groups = num(length(sizes)), children = num(N),
      min_size = num(min(sizes)), max_size = num(max(sizes)),
      mean_size = num(N / length(sizes)), weighted_size = num(mw),
      design_effect = num(deff), effective_n = num(N / deff))
}

icc_anova <- function(msb, msw, n0) (msb - msw) / (msb + (n0 - 1) * msw)

design <- function(d) {
  N <- nrow(d)
  sz <- table(d$g)
  armg <- tapply(d$arm, d$g, function(a) a[1])
  k <- length(sz)
  # One-way: gain ~ group, n0 = (N - sum n^2 / N) / (k - 1).
  a1 <- anova(lm(gain ~ factor(g), d))
  n0_1 <- (N - sum(sz^2) / N) / (k - 1)
  icc1 <- icc_anova(a1[1, "Mean Sq"], a1[2, "Mean Sq"], n0_1)
  # Groups within arms: the arm difference is taken out of the between-group
  # mean square; n0 = (N - sum_arms sum n^2 / N_arm) / (k - 2).
  a2 <- anova(lm(gain ~ factor(arm) + factor(g), d))
  Ne <- sum(sz[armg == 1]); Nc <- sum(sz[armg == 0])
  n0_2 <- (N - sum(sz[armg == 1]^2) / Ne - sum(sz[armg == 0]^2) / Nc) / (k - 2)
  icc2 <- icc_anova(a2[2, "Mean Sq"], a2[3, "Mean Sq"], n0_2)
  obj(icc_oneway = num(icc1), msb_oneway = num(a1[1, "Mean Sq"]),
      msw_oneway = num(a1[2, "Mean Sq"]), n0_oneway = num(n0_1),
      icc = num(icc2), msb = num(a2[2, "Mean Sq"]), msw = num(a2[3, "Mean Sq"]),
      n0 = num(n0_2),
      e = arm_design(as.vector(sz[armg == 1]), icc2),
      c = arm_design(as.vector(sz[armg == 0]), icc2),
      all = arm_design(as.vector(sz), icc2))
}

group_welch <- function(d) {
  m <- tapply(d$gain, d$g, mean)
  armg <- tapply(d$arm, d$g, function(a) a[1])
  t <- t.test(m[armg == 1], m[armg == 0])
  obj(t = num(unname(t$statistic)), df = num(unname(t$parameter)), p = num(t$p.value),
      mean_x = num(unname(t$estimate[1])), mean_y = num(unname(t$estimate[2])),
      ci_low = num(t$conf.int[1]), ci_high = num(t$conf.int[2]))
}

lmer_icc <- function(f, d) {
  vc <- as.data.frame(VarCorr(lmer(f, d, REML = TRUE)))$vcov
  vc[1] / sum(vc)
}

dataset <- function(name, d) {
  d$first <- as.numeric(d$g == d$g[1])
  obj(name = str(name), group = vec(d$g), arm = vec(d$arm),
      baseline = vec(d$baseline), final = vec(d$final), sex = vec(d$sex),
      design = design(d),
      gain = coefs(gain ~ arm, d),
      ancova = coefs(final ~ arm + baseline, d),
      ancova_sex = coefs(final ~ arm + baseline + sex, d),
      ancova_first = coefs(final ~ arm + baseline + first, d),
      group_welch = group_welch(d))
}

arm7_5 <- c(rep(1, 7), rep(0, 5))
realistic <- gen(sample(15:28, 12, TRUE), arm7_5, c(.2, .45), .6)
few <- gen(c(18, 23, 20, 16), c(1, 1, 0, 0), c(.2, .45), .6)
null_effect <- gen(sample(15:28, 12, TRUE), rep(c(1, 0), 6), c(.3, .3), .5)
negative <- deal(8, 15, c(1, 1, 1, 1, 0, 0, 0, 0), .3)
tiny <- gen(c(22, 19, 25, 2, 21, 24, 18, 20), c(1, 1, 1, 1, 0, 0, 0, 0), c(.2, .4), .5)
balanced <- gen(rep(20, 8), c(1, 1, 1, 1, 1, 0, 0, 0), c(.2, .4), .8)
national <- gen(sample(8:30, 30, TRUE), rep(c(1, 0), each = 15), c(.25, .4), .7)

# The ANOVA formulas, as written above, against REML on balanced data.
i_bal <- c(lmer_icc(gain ~ 1 + (1 | g), balanced), lmer_icc(gain ~ arm + (1 | g), balanced))
a_bal <- design(balanced)
stopifnot(i_bal > 0)
icc_from <- function(js, key) as.numeric(sub(paste0('.*"', key, '":([^,}]*).*'), "\\1", js))
stopifnot(isTRUE(all.equal(i_bal, c(icc_from(a_bal, "icc_oneway"), icc_from(a_bal, "icc")),
                           tolerance = 1e-4)))
stopifnot(icc_from(design(negative), "icc") < 0)

datasets <- list(
  dataset("realistic 7 E / 5 C, sizes 15-28", realistic),
  dataset("few groups 2 E / 2 C", few),
  dataset("no true effect 6 E / 6 C", null_effect),
  dataset("negative ICC (children dealt into groups)", negative),
  dataset("one tiny group (2 children)", tiny),
  dataset("balanced 5 E / 3 C of 20", balanced),
  dataset("30 groups, sizes 8-30", national)
)

holm_case <- function(name, p) {
  obj(name = str(name), p = vec(p), adjusted = vec(p.adjust(p, method = "holm")))
}
holm_cases <- list(
  holm_case("three", c(0.01, 0.04, 0.03)),
  holm_case("ties", c(0.02, 0.02, 0.5, 0.001)),
  holm_case("capped at 1", c(0.3, 0.6, 0.9, 0.2)),
  holm_case("one", 0.04),
  # NA and NaN stay as they are and do not count in m (here m = 3).
  holm_case("with NA and NaN", c(0.01, NA, 0.04, 0.03, NaN)),
  holm_case("all NA", c(NA, NA)),
  holm_case("fourteen kindergartens", c(0.0004, 0.012, 0.03, 0.049, 0.2, 0.0021, 0.6,
                                        0.77, 0.041, 0.09, 0.0049, 0.5, 0.33, 1)),
  holm_case("zeros", c(0, 0, 0.5))
)

json <- paste0("{\n",
  "\"r_version\":", str(R.version.string), ",\n",
  "\"clubsandwich_version\":", str(as.character(packageVersion("clubSandwich"))), ",\n",
  "\"lme4_version\":", str(as.character(packageVersion("lme4"))), ",\n",
  "\"datasets\":", arr(datasets), ",\n",
  "\"holm\":", arr(holm_cases), "\n}\n")
writeLines(json, "clustered.json", sep = "")
cat("wrote clustered.json:", length(datasets), "data sets,", length(holm_cases), "Holm cases\n")
