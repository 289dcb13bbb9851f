package xlsxio

import (
	"context"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Teachers copy a group's sheet («E1 Таңшолпан» → «E1 Таңшолпан (2)» in
// Excel, «E1 Таңшолпан_2» in LibreOffice), fill the copy and leave the
// original empty, or delete it. The metadata knows only the original, so a
// sheet the template did not have is taken as a copy of a group's sheet
// when its indicator code row is that sheet's (wherever it moved) and its
// child codes are that group's children. Of a group's sheets the one whose
// entries hold all the others' is read; sheets whose entries differ are
// refused by name, since only the teacher knows which is right.

// readGroups reads every group sheet of the metadata, or its copy.
func (p *Preview) readGroups(ctx context.Context, f *excelize.File, m *meta, in *lookups) error {
	rowsOf := sheetCache(f)
	known := map[string]bool{instructionsSheet: true, metaSheetName: true}
	for _, ms := range m.Sheets {
		known[ms.Name] = true
	}
	var extra []string
	for _, name := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(name); err == nil && visible && !known[name] {
			extra = append(extra, name)
		}
	}
	used := map[string]bool{}
	for _, ms := range m.Sheets {
		g, ok := in.groups[ms.GroupID]
		if !ok || g.Code != ms.GroupCode {
			reason := ReasonUnknownGroup
			if other, err := p.store.Group(ctx, ms.GroupID); err == nil && !ok && other.Code == ms.GroupCode {
				reason = ReasonGroupOtherKG
			}
			p.problem(Problem{Sheet: ms.Name, Reason: reason, Args: []any{"group", ms.GroupCode}})
			continue
		}
		var reads []*sheetRead
		if hasSheet(f, ms.Name) {
			rows, err := rowsOf(ms.Name)
			if err != nil {
				p.problem(Problem{Sheet: ms.Name, Reason: ReasonUnreadableSheet})
				continue
			}
			reads = append(reads, p.readGroupSheet(ctx, f, rows, m, ms, ms.Name, g, in))
		}
		for _, name := range extra {
			if used[name] {
				continue
			}
			rows, err := rowsOf(name)
			if err != nil || !isCopyOf(rows, m, ms, g.ID, in) {
				continue
			}
			used[name] = true
			reads = append(reads, p.readGroupSheet(ctx, f, rows, m, ms, name, g, in))
		}
		p.choose(ms, reads, in)
	}
	return nil
}

// sheetCache reads each sheet's rows once.
func sheetCache(f *excelize.File) func(string) ([][]string, error) {
	cache := map[string][][]string{}
	return func(name string) ([][]string, error) {
		if rows, ok := cache[name]; ok {
			return rows, nil
		}
		rows, err := sheetRows(f, name)
		if err == nil {
			cache[name] = rows
		}
		return rows, err
	}
}

func hasSheet(f *excelize.File, name string) bool {
	idx, err := f.GetSheetIndex(name)
	return err == nil && idx >= 0
}

// isCopyOf says whether rows are a copy of group sheet ms: the same code
// row, and child codes of the group below it.
func isCopyOf(rows [][]string, m *meta, ms metaSheet, groupID int64, in *lookups) bool {
	at := cellAt(rows)
	sh, found := locateHeader(at, m.CodeRow, m.FirstCol, ms.Indicators)
	if !found {
		return false
	}
	for row := m.FirstRow + sh.rows; row <= len(rows); row++ {
		if c, ok := in.children[normCode(at(row, 1+sh.cols))]; ok && c.group.ID == groupID {
			return true
		}
	}
	return false
}

// choose takes one of a group's sheets: the only one, or the one whose
// entries contain every other's (the original when they are equal). When
// sheets differ each way, the group is refused naming them.
func (p *Preview) choose(ms metaSheet, reads []*sheetRead, in *lookups) {
	switch len(reads) {
	case 0:
		p.problem(Problem{Reason: ReasonSheetMissing, Args: []any{"sheet", ms.Name}})
		return
	case 1:
		if r := reads[0]; r.name != ms.Name {
			p.Notes = append(p.Notes, Note{Sheet: r.name, Reason: "copy_used", Args: []any{"copy", r.name, "sheet", ms.Name}})
		}
		p.take(reads[0], in)
		return
	}
	var keep []*sheetRead
	for i, r := range reads {
		dominated := false
		for j, o := range reads {
			if i != j && contains(o.content, r.content) && (len(o.content) > len(r.content) || j < i) {
				dominated = true
				break
			}
		}
		if !dominated {
			keep = append(keep, r)
		}
	}
	if len(keep) != 1 {
		var names []string
		for _, r := range reads {
			names = append(names, "«"+r.name+"»")
		}
		p.problem(Problem{Sheet: ms.Name, Reason: ReasonCopiesDiffer, Args: []any{"group", ms.GroupCode, "sheets", strings.Join(names, ", ")}})
		return
	}
	taken := keep[0]
	for _, r := range reads {
		switch {
		case r == taken:
		case taken.name != ms.Name && r.name == ms.Name:
			p.Notes = append(p.Notes, Note{Sheet: taken.name, Reason: "copy_taken", Args: []any{"copy", taken.name, "sheet", ms.Name}})
		default:
			p.Notes = append(p.Notes, Note{Sheet: r.name, Reason: "copy_ignored", Args: []any{"copy", r.name, "sheet", taken.name}})
		}
	}
	p.take(taken, in)
}

// contains says whether every entry of b is in a with the same text.
func contains(a, b map[string]string) bool {
	for k, v := range b {
		if a[k] != v {
			return false
		}
	}
	return true
}
