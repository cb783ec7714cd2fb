package parse

import "strings"

// A form or sheet printed from a database or spreadsheet program leaves its
// screen furniture between the table and the next sentence: the record
// navigator ("Rekaman: |◀ ◀ 1 dari 4 ▶ ▶| ▶*  Tanpa Filter  Cari"), the sheet
// tabs, the object's tag above the grid ("[tbl_nilai : Tabel]"). They say
// nothing, so the sentence after them still follows the SAKIP text before
// the table: afterSakipText looks past them for its two paragraphs.

// screenChrome: paragraph t is such furniture, a short line holding a
// navigation arrow, or a bracketed "name : kind" tag alone.
func screenChrome(t string) bool {
	if len(t) > 200 || strings.IndexByte(t, '\t') >= 0 {
		return false
	}
	for _, a := range [...]string{"◀", "▶", "◄", "►", "⊕"} {
		if strings.Contains(t, a) {
			return true
		}
	}
	t = strings.TrimSpace(t)
	if len(t) < 5 || t[0] != '[' || t[len(t)-1] != ']' || strings.Count(t, "[") != 1 {
		return false
	}
	name, kind, ok := strings.Cut(t[1:len(t)-1], ":")
	name, kind = strings.TrimSpace(name), strings.TrimSpace(kind)
	return ok && name != "" && kind != "" && !strings.Contains(name, " ") && !strings.Contains(kind, " ")
}
