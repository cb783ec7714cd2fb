package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dipaAmount reports whether the words before an amount name the DIPA
// itself as what the amount is ("DIPA Rp 3.235.410.000 terealisasi …",
// "DIPA Tahun Anggaran 2021 sebesar Rp …"). A DIPA's change (revisi,
// tambahan, potongan, perubahan) is not its amount, and neither is a
// number of revisions; those sentences are left to the other readers.
func dipaAmount(lw string) bool {
	if !has(normalize.SpacedKey(lw), "dipa") {
		return false
	}
	for _, w := range [...]string{"revisi", "perubahan", "tambah", "kurang", "potong", "blokir", "hemat", "selisih", "sisa", "realis", "serap", "nomor", "tanggal"} {
		if strings.Contains(lw, w) {
			return false
		}
	}
	return true
}
