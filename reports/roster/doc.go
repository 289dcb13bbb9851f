// Package roster writes the Excel list of a kindergarten's children (the
// roster) and reads it back: new children get their codes, existing ones
// are updated by code, all in one transaction (data.Store.SaveRoster).
//
// Decisions a reader of the code should know:
//
//   - One sheet for the whole kindergarten, with a group column, rather
//     than a sheet per group: a methodologist gets the lists from the
//     kindergarten as one table, so she pastes it once, fills the group
//     down with the dropdown (E1, C1 …) and sorts or filters as she likes;
//     moving a child to another group is one cell. Columns are found by
//     their headers (kk, ru or en words), wherever the header row is and in
//     any order, so a list kept in her own layout imports too once it has a
//     code and a group column.
//   - The child code is generated when its cell is empty (the same sequence
//     as every other new child), and the caller writes the codes back into
//     the imported file (Preview.WriteCodes), so importing it again matches
//     every child by code. A row without a code but with a full name that
//     matches exactly one child of the kindergarten is that child too, for
//     a file that could not be written back.
//   - An empty cell keeps what the database has: a roster never erases a
//     name, a date or a consent. Clearing is done in the window.
//   - Full names are personal data. They may be typed into a roster on the
//     methodologist's own PC and are kept in the database only; the roster
//     this package writes (template and export alike) never contains them,
//     with no option to: the file goes to kindergartens and by e-mail, and
//     the house rule is that names never leave the database. Its name
//     column is there, empty, so the same file can be filled and imported
//     back; teachers match codes to children with their own list.
//   - Import only reads. Preview.Apply writes, and refuses while the
//     preview has any problem: a malformed roster (duplicate code, unknown
//     group, impossible date or sex) writes nothing, and every problem names
//     its cell.
//   - Texts live in the catalogue domain "roster" (texts/*.json); the file
//     itself is bilingual (kk and ru), like the score templates.
package roster
