package parse

import (
	"sync"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// headerKeys remembers the folded text of table headers: the same few
// headers ("No Indikator Kinerja Target Realisasi Capaian") open table
// after table in every report, and folding one (normalize.Key, the OCR
// repair) cost as much as classifying the table. Only short headers are
// kept, and only so many: the cache holds copies, never a document's text,
// and a corpus of ever new headers stops adding at the bound.
var headerKeys = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

const (
	headerKeyMaxLen   = 256  // bytes of a header text worth keeping
	headerKeyMaxCount = 4096 // headers kept (about 2 MB at most)
)

// headerKey is " " + fixOCR(normalize.Key(raw)) + " " for the joined cells
// raw of a header, from the cache when raw was seen. raw is not kept.
func headerKey(raw []byte) string {
	if len(raw) > headerKeyMaxLen {
		return " " + fixOCR(normalize.Key(string(raw))) + " "
	}
	headerKeys.RLock()
	k, ok := headerKeys.m[string(raw)] // no copy for the look-up
	headerKeys.RUnlock()
	if ok {
		return k
	}
	k = " " + fixOCR(normalize.Key(string(raw))) + " "
	headerKeys.Lock()
	if len(headerKeys.m) < headerKeyMaxCount {
		headerKeys.m[string(raw)] = k // built here: it holds no document text
	}
	headerKeys.Unlock()
	return k
}
