package parse

import "strings"

// unitOfIndicator reports whether a header key (normalized, padded with
// spaces) names the unit of the indicators rather than the indicators:
// its first word is "satuan" or "unit" ("Satuan Indikator", "Satuan
// indikator kinerja", "Unit of indicator"). Read as the indicator column,
// a form's "Satuan indikator" beside "Nama indikator kinerja" keyed rows
// by their unit words ("Opini", "Predikat").
func unitOfIndicator(k string) bool {
	f := strings.Fields(k)
	return len(f) >= 2 && len(f) <= 4 && (f[0] == "satuan" || f[0] == "unit" || f[0] == "units")
}
