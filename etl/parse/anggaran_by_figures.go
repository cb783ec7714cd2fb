package parse

// A budget whose titles name no realisasi or sisa in any word a
// vocabulary holds:
//
//	Kode  Program/Kegiatan  Dana Tersedia (Rp)  Dana Digunakan (Rp)  Dana Tidak Digunakan (Rp)  Tingkat Penggunaan (%)
//
// "Dana Tersedia" (the funds available) is the pagu, and the figures name
// the rest (arithRoles: pagu − realisasi = sisa, realisasi/pagu the
// percent). No title made the table a budget, so it was never read. A
// table left unclassified whose header has a code or programme column and
// a pagu, and whose figures then prove a realisasi column, is a budget.

// budgetByFigures reports an unclassified table that its pagu title and
// its figures prove a budget.
func budgetByFigures(t *tableInfo) bool {
	h := t.hdr
	if !has(h, "kode", "program", "kegiatan", "uraian") || has(h, "indikator", "target", "tps", "pemilih", "bobot") {
		return false
	}
	roles, _ := anggaranLayout(t.b, t.columns())
	return indexOf(roles, rolePagu) >= 0 && indexOf(roles, roleRealisasi) >= 0
}
