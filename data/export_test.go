package data

import (
	"context"
	"database/sql"
)

// For data's own black-box tests (package data_test) only: this file is
// compiled into data's test binary, so nothing outside data sees these.

// DB is the store's connection.
func (s *Store) DB() *sql.DB { return s.db }

// Tx is tx.
func (s *Store) Tx(ctx context.Context, fn func(*sql.Tx) error) error { return s.tx(ctx, fn) }
