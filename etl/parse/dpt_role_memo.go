package parse

import (
	"strings"
	"sync"
)

// dptRoleMemo remembers the roles of voter-roll header cells. dptRole
// builds the cell's key, its folded upper-case form and some eighty word
// tests (~14,000 instructions a cell), and the same few titles ("L",
// "P", "Kecamatan", "Jumlah TPS") are asked again by every table and every
// reader of one. The map is keyed by a copy of the cell: the document's
// text is a pooled buffer the next document overwrites (scan_rehome.go).
var dptRoleMemo struct {
	sync.RWMutex
	m map[string]int
}

// dptRoleMemoMax bounds the memo; past it the memo starts afresh.
const dptRoleMemoMax = 1 << 14

// dptRole maps a header cell of a voter-roll table to a role
// (dptRoleOf, remembered for cells of a header's length).
func dptRole(cell string) int {
	if len(cell) > 120 {
		return dptRoleOf(cell) // prose, not a title
	}
	dptRoleMemo.RLock()
	r, ok := dptRoleMemo.m[cell]
	dptRoleMemo.RUnlock()
	if ok {
		return r
	}
	r = dptRoleOf(cell)
	dptRoleMemo.Lock()
	if dptRoleMemo.m == nil || len(dptRoleMemo.m) >= dptRoleMemoMax {
		dptRoleMemo.m = make(map[string]int, 256)
	}
	if _, ok := dptRoleMemo.m[cell]; !ok {
		dptRoleMemo.m[strings.Clone(cell)] = r // a copy: never keep a document's text
	}
	dptRoleMemo.Unlock()
	return r
}
