// Package rawdb lets data's own test helpers (data/datatest) reach a
// store's connection for fixtures and checks the store's API does not
// offer. Go keeps every package outside data/ from importing an internal
// package, so nothing above data can name Key or call data.Store.Raw: SQL
// stays in data.
package rawdb

// Key unlocks data.Store.Raw. Its unexported field keeps any other
// package from writing a value of it.
type Key struct{ _ struct{} }
