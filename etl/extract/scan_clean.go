package extract

import "github.com/kpu-ntt/lkj/etl/normalize"

// cellsClean reports whether every cell of the TAB line s is clean, so
// that normalize.Clean would return each as it is. One pass over the line
// replaces a Clean call per cell; a line it refuses has its cells cleaned
// one by one.
func cellsClean(s string) bool { return normalize.CleanCells(s) }
