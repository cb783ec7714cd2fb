package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// drawnRule: a row that only draws a line under the header or across the
// table ("--  ------  ---", "====", "───"), as a fixed-width table sets its
// column underlines: no indicator and no value, though its cells look like
// "-" placeholders.
func drawnRule(cells []string) bool {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if len(c) < 2 || strings.Trim(c, "-=_─━═+|:") != "" {
			return false
		}
		n++
	}
	return n > 0
}

// indKey pairs rows of two tables: the catalogue's indicator, else the
// folded statement.
func indKey(s string) string {
	if id, _, ok := indicator.Match(s); ok {
		return id
	}
	return "teks:" + normalize.Key(s)
}
