package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// scannedTable: the table's caption or the text just before it says it was
// read from a scan or a photo ("hasil pindai", "foto", "scan"), so its
// values carry low confidence even under a typed header.
func (p *parser) scannedTable(b *extract.Block) bool {
	texts := []string{b.Caption}
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-2; k-- {
		texts = append(texts, p.recent[k].text)
	}
	for _, t := range texts {
		k := normalize.SpacedKey(t)
		if has(k, "pindai", "pindaian", "foto", "scan", "hasil scan", "tangkapan", "ocr") {
			return true
		}
	}
	return false
}

// ocrGarbled: a cell shaped like a score ("dd,dd") with letters among its
// digits, as character recognition misreads them: "58,8O", "Sg,S8".
func ocrGarbled(c string) bool {
	c = strings.TrimSpace(c)
	if len(c) < 4 || len(c) > 6 {
		return false
	}
	sep := strings.IndexAny(c, ",.")
	if sep < 1 || sep != strings.LastIndexAny(c, ",.") {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case ch >= '0' && ch <= '9':
			digits++
		case ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z':
			letters++
		case ch == ',' || ch == '.':
		default:
			return false
		}
	}
	return letters > 0 && digits > 0
}
