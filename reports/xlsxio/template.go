package xlsxio

import (
	"context"
	"fmt"
	"io"
	"strings"

	"baulu/data"
	"baulu/data/atomicfile"

	"github.com/xuri/excelize/v2"
)

// Template writes the data-collection workbook of a kindergarten for a
// round: an instructions sheet (kk and ru), one sheet per group (groupID 0
// = every group of the kindergarten, else only that group) with child codes
// down and active indicators across, dropdowns 1/2/3, the scores already in
// the database, and the very hidden metadata sheet. Children appear by
// code only, never by name.
func Template(ctx context.Context, s *data.Store, kindergartenID int, roundID, groupID int64, w io.Writer) error {
	f, err := buildTemplate(ctx, s, kindergartenID, roundID, groupID)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write template: %w", err)
	}
	return nil
}

// SaveTemplate writes Template to path through a temporary file in the same
// folder, renamed at the end, so a crash never leaves half a workbook.
func SaveTemplate(ctx context.Context, s *data.Store, path string, kindergartenID int, roundID, groupID int64) error {
	return atomicfile.WriteShared(path, func(w io.Writer) error {
		return Template(ctx, s, kindergartenID, roundID, groupID, w)
	})
}

// TemplateFileName suggests a file name: baulu-ULY-78-baseline.xlsx, or
// baulu-ULY-78-E1-baseline.xlsx for one group. ASCII only, so it survives
// e-mail and old archivers.
func TemplateFileName(ctx context.Context, s *data.Store, kindergartenID int, roundID, groupID int64) (string, error) {
	kg, err := s.Kindergarten(ctx, kindergartenID)
	if err != nil {
		return "", err
	}
	r, err := s.Round(ctx, roundID)
	if err != nil {
		return "", err
	}
	parts := []string{"baulu", kg.RegionCode, fmt.Sprint(kg.ID)}
	if groupID != 0 {
		g, err := s.Group(ctx, groupID)
		if err != nil {
			return "", err
		}
		parts = append(parts, g.Code)
	}
	parts = append(parts, r.Code)
	return asciiName(strings.Join(parts, "-")) + ".xlsx", nil
}

func asciiName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			return r
		}
		return '_'
	}, s)
}

// templateData is everything a template shows, read before writing starts.
type templateData struct {
	kg         data.Kindergarten
	round      data.Round
	settings   data.Settings
	groups     []data.Group
	blocks     []data.Block
	indicators []data.Indicator
}

func loadTemplateData(ctx context.Context, s *data.Store, kgID int, roundID, groupID int64) (*templateData, error) {
	td := &templateData{}
	var err error
	if td.kg, err = s.Kindergarten(ctx, kgID); err != nil {
		return nil, err
	}
	if td.round, err = s.Round(ctx, roundID); err != nil {
		return nil, err
	}
	if td.settings, err = s.Settings(ctx); err != nil {
		return nil, err
	}
	if groupID != 0 {
		g, err := s.Group(ctx, groupID)
		if err != nil {
			return nil, err
		}
		if g.KindergartenID != kgID {
			return nil, fmt.Errorf("group %d is not in kindergarten %d: %w", groupID, kgID, data.ErrNotFound)
		}
		td.groups = []data.Group{g}
	} else if td.groups, err = s.Groups(ctx, kgID); err != nil {
		return nil, err
	}
	if len(td.groups) == 0 {
		return nil, ErrNoGroups
	}
	if td.blocks, err = s.Blocks(ctx); err != nil {
		return nil, err
	}
	if td.indicators, err = s.Indicators(ctx, false); err != nil {
		return nil, err
	}
	return td, nil
}

func buildTemplate(ctx context.Context, s *data.Store, kgID int, roundID, groupID int64) (*excelize.File, error) {
	td, err := loadTemplateData(ctx, s, kgID, roundID, groupID)
	if err != nil {
		return nil, err
	}
	f := excelize.NewFile()
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", instructionsSheet); err != nil {
		return nil, err
	}
	if err := writeInstructions(f, st, td); err != nil {
		return nil, fmt.Errorf("instructions sheet: %w", err)
	}
	m := &meta{Format: formatVersion, Region: td.kg.RegionCode, KindergartenID: td.kg.ID, Round: td.round.Code,
		Framework: td.settings.FrameworkVersion, Created: s.Today().String(),
		CodeRow: codeRow, FirstRow: firstRow, FirstCol: firstCol}
	used := map[string]bool{strings.ToLower(instructionsSheet): true}
	for _, g := range td.groups {
		children, err := s.RoundChildren(ctx, g.ID, td.round.ID)
		if err != nil {
			return nil, err
		}
		scores, err := s.GroupScores(ctx, g.ID, td.round.ID)
		if err != nil {
			return nil, err
		}
		name := sheetName(g.Code, g.Name, used)
		if err := writeGroupSheet(f, st, td, name, g, children, scores); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", name, err)
		}
		sh := metaSheet{Name: name, GroupID: g.ID, GroupCode: g.Code}
		for _, in := range td.indicators {
			sh.Indicators = append(sh.Indicators, in.Code)
		}
		m.Sheets = append(m.Sheets, sh)
	}
	if err := writeMeta(f, m); err != nil {
		return nil, fmt.Errorf("metadata sheet: %w", err)
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{Creator: appName, Language: "kk-KZ",
		Title: fmt.Sprintf("%s — %s / %s", td.kg.ShortName, td.round.NameKK, td.round.NameRU)}); err != nil {
		return nil, err
	}
	ok = true
	return f, nil
}
