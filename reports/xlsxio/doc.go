// Package xlsxio writes the Excel data-collection templates of the
// monitoring and reads them back, filled by teachers.
//
// Decisions a reader of the code should know:
//
//   - Children appear in a template by code only, never by name: the file
//     travels to teachers' PCs and by e-mail. A teacher matches codes to
//     children with the kindergarten's own list.
//   - A sheet's place is told by a very hidden metadata sheet (app, format,
//     region, kindergarten seed number, round code, framework version, and
//     for every group sheet the group id and code and the indicator code of
//     every column). The visible code row of each sheet must still match the
//     metadata, so a moved, inserted or deleted column is caught.
//   - Indicator codes, not the framework version, decide whether a column is
//     still valid: a template made before a harmless edit (a reworded text, a
//     new indicator) still imports; a column whose indicator was retired or
//     deleted since is a problem only if something was entered in it.
//   - An empty cell means "no score in this file": it never deletes a score
//     already in the database (clearing is done in the grid).
//   - Import only reads. Preview.Apply writes every new or changed score in
//     one transaction, and refuses to write anything while the preview has
//     any problem: the teacher fixes the file and it is imported again.
//     Importing the same file twice changes nothing.
//   - What the import ignores on purpose: sheets and columns the template
//     did not have (a teacher's notes), rows with no score in them (their
//     code is not checked), and the kk/ru text rows and title (merging or
//     rewording them is harmless). Children registered after the template
//     was made may be typed into spare rows by code.
//   - Teachers' edits that do not change what a score means are tolerated
//     and reported as notes: rows or columns inserted before the table (the
//     whole code row is found shifted, locate.go), a filled copy of a group's
//     sheet (taken when its entries hold the other sheet's, refused naming
//     both when they differ, copies.go), absence marks such as н/б, -, жоқ,
//     нет, отс. (counted, not errors). A date Excel or LibreOffice made of
//     what was typed is named as the date the cell shows. An .ods or .xls
//     file gets the sentence saying how to save it as .xlsx.
//   - Header cells are not locked with sheet protection: a protected sheet
//     blocks sorting and resizing in old Excel versions and teachers then
//     "fix" it by copying into a new book, losing the metadata. The code row
//     check catches edits instead.
//   - Files come from anyone's PC: size, unzipped size and metadata bounds
//     are limited, and a parser panic is turned into ErrNotWorkbook.
//   - Every message exists in Kazakh, Russian and English (messages.go).
package xlsxio
