package parse

import "testing"

// sqlUpdDoc sets a script's lines under a caption in a report whose other
// tables are TAB tables.
func sqlUpdDoc(caption string, script ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: skrip basis data diketik ulang]", ""}
	out = append(out, script...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestSQLUpdateDPTClass: a DPT as update statements: the counts in the SET
// list, the place and the level in the WHERE condition (or an upsert's
// tuple); each place proven by L + P = total, the whole by the sums; the
// election from the caption.
func TestSQLUpdateDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// one line a statement, quoted identifiers, the place before the level,
	// the whole by tingkat = 'KABUPATEN', a transaction around
	oneLine := sqlUpdDoc(cap24, "START TRANSACTION;",
		`UPDATE "rekap"."dpt" SET "tps" = 60, "laki" = 7210, "perempuan" = 7305, "jumlah" = 14515 WHERE "kecamatan" = 'ALOK' AND "tingkat" = 'KEC';`,
		`UPDATE "rekap"."dpt" SET "tps" = 41, "laki" = 4120, "perempuan" = 4033, "jumlah" = 8153 WHERE "kecamatan" = 'NITA' AND "tingkat" = 'KEC';`,
		`UPDATE "rekap"."dpt" SET "tps" = 101, "laki" = 11330, "perempuan" = 11338, "jumlah" = 22668 WHERE "kecamatan" = 'SIKKA' AND "tingkat" = 'KABUPATEN';`,
		"COMMIT;")
	wantOneLine := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// three lines a statement, a comment between, the year as a condition,
	// desa counts, no whole
	multi := sqlUpdDoc("Tabel 4 Data Pemilih Pilkada 2020 menurut Kecamatan",
		"-- pemutakhiran jumlah pemilih", "UPDATE rekap_pemilih",
		"   SET desa = 14, pria = 3210, wanita = 3305, total = 6515", "   WHERE tahun = 2020 AND wilayah = 'GOLEWA';",
		"-- kecamatan berikut", "UPDATE rekap_pemilih", "   SET desa = 9, pria = 2000, wanita = 2100, total = 4100",
		"   WHERE tahun = 2020 AND wilayah = 'BAJAWA';")
	wantMulti := []string{"pilkada|2020|kecamatan|GOLEWA|14|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|9|<nil>|2000|2100|4100"}
	// upserts: the tuple is the record, the kabupaten's key its own column
	upsert := sqlUpdDoc(cap24,
		"INSERT INTO dpt (kecamatan, l, p, total) VALUES ('ALOK', 7210, 7305, 14515)", "  ON CONFLICT (kecamatan) DO UPDATE SET l = EXCLUDED.l, p = EXCLUDED.p, total = EXCLUDED.total;",
		"INSERT INTO dpt (kecamatan, l, p, total) VALUES ('NITA', 4120, 4033, 8153)", "  ON CONFLICT (kecamatan) DO UPDATE SET l = EXCLUDED.l, p = EXCLUDED.p, total = EXCLUDED.total;",
		"INSERT INTO dpt (kabupaten, l, p, total) VALUES ('SIKKA', 11330, 11338, 22668) ON DUPLICATE KEY UPDATE l = VALUES(l);")
	wantUpsert := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11330|11338|22668"}
	// the whole not the sums: only the places load
	broken := sqlUpdDoc(cap24,
		"UPDATE dpt SET l = 7210, p = 7305, total = 14515 WHERE kec = 'ALOK';",
		"UPDATE dpt SET l = 4120, p = 4033, total = 8153 WHERE kec = 'NITA';",
		"UPDATE dpt SET l = 11331, p = 11338, total = 22669 WHERE kab = 'SIKKA';")
	wantBroken := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// look-alike: a shop's prices and stock per kecamatan, under a DPT caption
	shop := sqlUpdDoc(cap24,
		"UPDATE produk SET harga = 7210, stok = 7305, total = 14515 WHERE kecamatan = 'ALOK';",
		"UPDATE produk SET harga = 4120, stok = 4033, total = 8153 WHERE kecamatan = 'NITA';")
	// look-alike: a migration setting user flags
	flags := []string{"Migrasi pengguna aplikasi pemilih:", "",
		"UPDATE users SET is_admin = 1, active = 0, l = 1 WHERE username = 'alok';",
		"UPDATE users SET is_admin = 0, active = 1, l = 0 WHERE username = 'nita';"}
	// a place whose L + P is not its total gives nothing
	odd := sqlUpdDoc(cap24,
		"UPDATE dpt SET l = 7210, p = 7305, total = 14516 WHERE kecamatan = 'ALOK';",
		"UPDATE dpt SET l = 4120, p = 4033, total = 8154 WHERE kecamatan = 'NITA';")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"one line a statement, quoted names, tingkat", oneLine, map[string][]string{"dpt": wantOneLine}},
		{"statements over lines, comments, year condition", multi, map[string][]string{"dpt": wantMulti}},
		{"upserts", upsert, map[string][]string{"dpt": wantUpsert}},
		{"kabupaten not the sums", broken, map[string][]string{"dpt": wantBroken}},
		{"a shop's prices and stock", shop, map[string][]string{"dpt": nil}},
		{"a migration setting user flags", flags, map[string][]string{"dpt": nil}},
		{"L + P not the total", odd, map[string][]string{"dpt": nil}},
	})
}
