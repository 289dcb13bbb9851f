# JSON writers shared by reference.R and clustered.R (base R only, no
# jsonlite). Numbers are printed with 17 significant digits so Go parses
# exactly the doubles R computed; NA, NaN and Inf become null.

num <- function(v) {
  if (length(v) == 1L && (is.na(v) || !is.finite(v))) return("null")
  sprintf("%.17g", v)
}
vec <- function(v) paste0("[", paste(vapply(v, num, ""), collapse = ","), "]")
mat <- function(m) paste0("[", paste(apply(m, 1, vec), collapse = ","), "]")
str <- function(s) paste0("\"", s, "\"")
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste(sprintf("\"%s\":%s", names(kv), unlist(kv)), collapse = ","), "}")
}
bool <- function(b) if (b) "true" else "false"
arr <- function(items) paste0("[\n  ", paste(unlist(items), collapse = ",\n  "), "\n]")
