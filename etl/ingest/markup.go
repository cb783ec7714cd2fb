package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
)

// reportWords name a performance report and officeWords the commission;
// a Markdown or HTML file whose beginning lacks either is a note beside
// the reports (a README, an index page), not one of them. Bare "LKj" is
// not enough: it is also this tool's name.
var (
	reportWords = [][]byte{[]byte("laporan kinerja"), []byte("akuntabilitas kinerja"), []byte("lakip"), []byte("lkjip")}
	officeWords = [][]byte{[]byte("kpu"), []byte("komisi pemilihan umum")}
)

// isReportMarkup: a Markdown or HTML file is read as report text when its
// name says it is one (lkj, lakip, laporan, kinerja) and its first 64 KiB
// name a performance report and the commission. Reports saved from a wiki
// or a web page hold tables the text reader knows (pipe tables, <table>
// markup); a README.md describing a folder of reports names them too, so
// the content alone does not make a report: it must stay a skipped file,
// not a rejected document.
func isReportMarkup(path string) bool {
	name := strings.ToLower(filepath.Base(path))
	if !strings.Contains(name, "lkj") && !strings.Contains(name, "lakip") &&
		!strings.Contains(name, "laporan") && !strings.Contains(name, "kinerja") {
		return false
	}
	head, ok := fileHead(path, 64<<10)
	if !ok {
		return false
	}
	low := bytes.ToLower(head)
	return containsAny(low, reportWords) && containsAny(low, officeWords)
}

func containsAny(b []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(b, w) {
			return true
		}
	}
	return false
}
