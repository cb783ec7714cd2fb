package parse

import (
	"strings"
	"sync"
)

// anggaranRole is anggaranRoleOf(cell), remembered as roleOf remembers
// its roles: a budget table's header cells recur in every table, and each
// cost a Key and some forty word searches.
func anggaranRole(cell string) int {
	if v, ok := anggaranRoleCache.Load(cell); ok {
		return v.(int)
	}
	r := anggaranRoleOf(cell)
	if len(cell) < 80 {
		anggaranRoleCache.Store(strings.Clone(cell), r) // a copy: the cell may lie in the pooled text
	}
	return r
}

var anggaranRoleCache sync.Map
