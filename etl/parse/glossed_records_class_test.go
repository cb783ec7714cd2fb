package parse

import (
	"strings"
	"testing"
)

// TestGlossedRecordsClass: records of `Label : value` fields whose foreign
// labels a key in words explains (`X = role`, `X adalah role`, `role …
// sebagai X`, before or after the records) become capaian or budget rows
// by the key's roles and arithmetic; records without a key, a key whose
// labels never appear, a key giving one label two roles and an auction's
// minutes in rupiah give nothing.
func TestGlossedRecordsClass(t *testing.T) {
	capCap := func(body ...string) []string {
		return append([]string{"BAB III AKUNTABILITAS KINERJA", "", "Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""}, body...)
	}
	// a tournament's match cards: key line above, a head `PARTAI n` opening
	// each card, the name wrapped, a lower-is-better indicator
	match := capCap(
		"KARTU HASIL PERTANDINGAN KINERJA",
		"Keterangan: SKOR TARGET = target kinerja, SKOR AKHIR = realisasi.",
		"",
		"PARTAI 1   Pemain           : Persentase Partisipasi Pemilih dalam",
		"                              Pemilihan Serentak",
		"           Satuan           : %",
		"           SKOR TARGET      : 77,50",
		"           SKOR AKHIR       : 80,10",
		"           Persentase Skor  : 103,35",
		"           Wasit            : Ketua",
		"",
		"PARTAI 2   Pemain           : Persentase Pelanggaran Kode Etik",
		"           Satuan           : %",
		"           SKOR TARGET      : 4,00",
		"           SKOR AKHIR       : 3,00",
		"           Persentase Skor  : 125,00",
		"",
		"PARTAI 3   Pemain           : Opini BPK atas Laporan Keuangan",
		"           Satuan           : Opini",
		"           SKOR TARGET      : WTP",
		"           SKOR AKHIR       : WTP",
		"           Persentase Skor  : 100,00",
		"",
		"Demikian kartu ini.")
	matchWant := []string{"Persentase Partisipasi Pemilih dalam Pemilihan Serentak|77.5|80.1|103.35",
		"Persentase Pelanggaran Kode Etik|4|3|125", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}
	// the key written under the records, `adalah`; records parted by rules,
	// no head; one record whose capaian the figures do not give
	after := capCap(
		"-----------------------------------------------",
		"Mata Acara      : Indeks Kepuasan Layanan Informasi",
		"Angka Rencana   : 80,00",
		"Angka Tercapai  : 84,00",
		"Capaian         : 105,00",
		"-----------------------------------------------",
		"Mata Acara      : Persentase Arsip Tertata",
		"Angka Rencana   : 90,00",
		"Angka Tercapai  : 81,00",
		"Capaian         : 95,00",
		"-----------------------------------------------",
		"Mata Acara      : Persentase Laporan Tepat Waktu",
		"Angka Rencana   : 100,00",
		"Angka Tercapai  : 100,00",
		"Capaian         : 100,00",
		"-----------------------------------------------",
		"Angka Rencana adalah target Perjanjian Kinerja; Angka Tercapai adalah realisasi tahun berjalan.",
		"",
		"Sumber: Subbagian Program.")
	afterWant := []string{"Indeks Kepuasan Layanan Informasi|80|84|105", "Persentase Laporan Tepat Waktu|100|100|100"}
	// the key in a prose sentence, `role … sebagai label`, the label with a
	// word the field leaves out
	prose := capCap(
		"Capaian disajikan sebagai pesanan barang: target tahunan sebagai nilai yang dipesan dan",
		"realisasi sebagai nilai terkirim.",
		"",
		"PESANAN 01  No. Resi        : PX-0417",
		"            Komoditas       : Persentase Tindak Lanjut Rekomendasi",
		"            Nilai Dipesan   : 95,00",
		"            Nilai Terkirim  : 96,90",
		"            Persentase      : 102,00",
		"",
		"PESANAN 02  Pengirim        : Gudang Logistik",
		"            Nama Pesanan    : Persentase Tersedianya Sarana Kerja",
		"            Nilai Dipesan   : 85,00",
		"            Nilai Terkirim  : 85,00",
		"            Persentase      : 100,00",
		"",
		"Catatan gudang selesai.")
	proseWant := []string{"Persentase Tindak Lanjut Rekomendasi|95|96.9|102", "Persentase Tersedianya Sarana Kerja|85|85|100"}
	// a PDF's text folding each record onto one TAB line
	folded := capCap(
		"Nilai Pagu Lomba adalah target; Nilai Juara adalah realisasi.",
		"",
		"NO\t1\tPeserta Satuan Nilai Pagu Lomba Nilai Juara Persentase Juara Catatan\t: Persentase Pemilih Disabilitas Terdaftar : % : 60,00 : 66,00 : 110,00 : baik",
		"NO\t2\tPeserta Satuan Nilai Pagu Lomba Nilai Juara Persentase Juara\t: Persentase Petugas Terlatih : % : 100,00 : 95,00 : 95,00",
		"",
		"\t\tCatatan\t: cukup",
		"NO\t3\tPeserta Satuan Nilai Pagu Lomba Nilai Juara Persentase Juara Catatan\t: Nilai Evaluasi AKIP : Predikat : B : BB : 100,00 : baik",
		"",
		"Sumber: panitia.")
	foldedWant := []string{"Persentase Pemilih Disabilitas Terdaftar|60|66|110", "Persentase Petugas Terlatih|100|95|95",
		"Nilai Evaluasi AKIP|<nil>|<nil>|100"}
	// no key: the same cards say nothing of what their labels mean
	noKey := capCap(append([]string{"KARTU HASIL PERTANDINGAN KINERJA", ""}, match[7:]...)...)
	// a key whose labels never appear in the records
	strange := capCap(append([]string{"Harga Limit adalah target; Harga Terbentuk adalah realisasi.", ""}, match[7:]...)...)
	// a key giving one label two roles
	conflict := capCap(append([]string{"SKOR TARGET = target, SKOR TARGET = realisasi, SKOR AKHIR = realisasi.", ""}, match[7:]...)...)
	// a real auction's minutes in rupiah, no performance word in its key
	auction := []string{"Lampiran: risalah lelang barang inventaris", "", "RISALAH LELANG", "",
		"Harga Limit adalah nilai taksiran; Harga Terbentuk adalah penawaran tertinggi.", "",
		"LOT  1   Barang            : Kendaraan Roda Dua",
		"         Harga Limit       : Rp 12.000.000",
		"         Harga Terbentuk   : Rp 14.500.000",
		"         Status            : LAKU", "",
		"LOT  2   Barang            : Mesin Fotokopi",
		"         Harga Limit       : Rp 3.000.000",
		"         Harga Terbentuk   : Rp 3.000.000",
		"         Status            : LAKU", ""}
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"match cards, key above, heads", match, map[string][]string{"capaian": matchWant}},
		{"key under the records, rules", after, map[string][]string{"capaian": afterWant}},
		{"key in prose, sebagai", prose, map[string][]string{"capaian": proseWant}},
		{"records folded onto TAB lines", folded, map[string][]string{"capaian": foldedWant}},
		{"no key", noKey, nil},
		{"a key whose labels never appear", strange, nil},
		{"a key with conflicting roles", conflict, nil},
		{"an auction in rupiah", auction, nil},
	})
	// the budget: a cargo manifest, `+`-boxed, the parent named in a field
	// and the total last; then the key after the manifests, in prose
	box := func(lines ...string) []string {
		out := []string{"+--------------------------------------------------+"}
		for _, l := range lines {
			out = append(out, "| "+l+strings.Repeat(" ", max(0, 48-len(l)))+" |")
		}
		return append(out, "+--------------------------------------------------+")
	}
	manifest := func(keyAbove bool, sisa3360 string) []string {
		out := []string{"C. Realisasi Anggaran", "", "Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}
		key := "Kapal Logistik KPU  -  DIPESAN = pagu; DIKIRIM = realisasi; TERTAHAN = sisa pagu"
		if keyAbove {
			out = append(out, key, "")
		}
		out = append(out, box("MANIFEST MUATAN 2024              No. 01",
			"Komoditi  : 076.01.WA", "            Program Dukungan Manajemen",
			"DIPESAN   : Rp 1.000.000.000", "DIKIRIM   : Rp 920.000.000", "TERTAHAN  : Rp 80.000.000",
			"Dikirim/Dipesan : 92,00 %")...)
		out = append(out, box("MANIFEST MUATAN 2024              No. 02",
			"Komoditi  : 3355", "            Pengelolaan Keuangan dan", "            Barang Milik Negara",
			"Pelabuhan : program 076.01.WA",
			"DIPESAN   : Rp 600.000.000", "DIKIRIM   : Rp 540.000.000", "TERTAHAN  : Rp 60.000.000",
			"Dikirim/Dipesan : 90,00 %")...)
		out = append(out, box("MANIFEST MUATAN 2024              No. 03",
			"Komoditi  : 3360", "            Operasional Perkantoran",
			"Pelabuhan : program 076.01.WA",
			"DIPESAN   : Rp 400.000.000", "DIKIRIM   : Rp 380.000.000", "TERTAHAN  : Rp "+sisa3360,
			"Dikirim/Dipesan : 95,00 %")...)
		out = append(out, box("MANIFEST MUATAN 2024              No. 04",
			"Komoditi  : JUMLAH SELURUH MUATAN",
			"DIPESAN   : Rp 1.000.000.000", "DIKIRIM   : Rp 920.000.000", "TERTAHAN  : Rp 80.000.000",
			"Dikirim/Dipesan : 92,00 %")...)
		if !keyAbove {
			out = append(out, "Pada manifest ini: pagu sebagai muatan dipesan, realisasi sebagai muatan dikirim",
				"dan sisa pagu sebagai muatan tertahan.")
		}
		return append(out, "", "Sumber: SAKTI.")
	}
	budgetWant := []string{"076.01.WA|program||2024|1000000000|920000000|80000000",
		"3355|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
		"3360|kegiatan|076.01.WA|2024|400000000|380000000|20000000",
		"TOTAL|total||2024|1000000000|920000000|80000000"}
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"cargo manifest, key line above", manifest(true, "20.000.000"), map[string][]string{"anggaran": budgetWant}},
		{"cargo manifest, key in prose under it", manifest(false, "20.000.000"), map[string][]string{"anggaran": budgetWant}},
		{"a kegiatan whose sisa fails", manifest(true, "25.000.000"), map[string][]string{"anggaran": {budgetWant[0], budgetWant[1], budgetWant[3]}}},
	})
}

// TestGlossKeyParse: which sentences are keys, and the family they name.
func TestGlossKeyParse(t *testing.T) {
	for _, tc := range []struct{ par, want string }{
		{"Harga Limit adalah target Perjanjian Kinerja; Harga Terbentuk adalah realisasi akhir tahun.", "capaian"},
		{"Pos Timbang  -  BRUTO = pagu, TARA = sisa pagu, NETTO = realisasi (BRUTO - TARA)", "anggaran"},
		{"setiap indikator satu lot, target Perjanjian Kinerja sebagai harga limit dan realisasi sebagai\nharga yang terbentuk.", "capaian"},
		{"Skor akhir sebagai realisasi, skor sasaran sebagai target.", "capaian"},
		// a formula, not a key
		{"Capaian adalah realisasi dibagi target dikali 100%.", ""},
		// a lead-in to a table, no label
		{"Target dan realisasi sebagai berikut.", ""},
		// one role only
		{"Harga Terbentuk adalah realisasi.", ""},
		// roles of both families
		{"A = pagu, B = target, C = realisasi.", ""},
		// a label given two roles
		{"NILAI = target, NILAI = realisasi.", ""},
	} {
		g, ok := glossParse(tc.par)
		if got := map[bool]string{true: g.family}[ok]; got != tc.want {
			t.Errorf("%q: family %q, want %q", tc.par, got, tc.want)
		}
	}
}
