package data_test

import (
	"path/filepath"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestStoredLanguage(t *testing.T) {
	if got := data.StoredLanguage(filepath.Join(t.TempDir(), "none.db")); got != "kk" {
		t.Errorf("missing file: %q", got)
	}
	s := datatest.New(t)
	if got := data.StoredLanguage(s.Path()); got != "kk" {
		t.Errorf("new database: %q", got)
	}
	if err := s.SetLanguage(ctx, "ru"); err != nil {
		t.Fatal(err)
	}
	if got := data.StoredLanguage(s.Path()); got != "ru" {
		t.Errorf("after choosing Russian: %q", got)
	}
}
