package parse

import (
	"strings"
	"testing"
)

// TestRowNotes: a reviewer's remark left under a row of a table, one line
// opened by an arrow (↳, ⤷, →, >>) or a label with its colon (Catatan:,
// Reviu APIP:, Koreksi Inspektorat Utama:), belongs to the row above: the
// table goes on after it and no figure of it (a draft's old value) becomes
// a fact. Each document reads as the same document without its remarks.
func TestRowNotes(t *testing.T) {
	capaian := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase Partisipasi Pemilih dalam Pemilu\t%\t80,00\t83,12\t103,90",
		"   ↳ Reviu Inspektorat: konsep awal mencatat realisasi 81,05, diperbaiki sesuai data dukung.",
		"2\tPersentase Satker dalam mendistribusikan logistik tepat waktu\t%\t100,00\t97,50\t97,50",
		"   ↳ Reviu Inspektorat: sesuai berita acara distribusi di 21 kecamatan.",
		"3\tPersentase Penyelenggara yang terbukti melanggar kode etik\t%\t4,00\t2,00\t150,00",
		"   ↳ Reviu Inspektorat: konsep memuat 3,10.", "",
		"Sumber: Subbagian Perencanaan, diolah.", ""}
	dpt := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
		"1\tALOK\t12\t60\t9.120\t9.480\t18.600",
		"   Catatan: sesuai BA Nomor 8/PL.01.2-BA/5310/2023.",
		"2\tALOK BARAT\t7\t30\t4.015\t4.210\t8.225",
		"   → Koreksi: konsep memuat 8.252 pemilih pada 31 TPS.",
		"3\tMAGEPANDA\t5\t20\t2.870\t2.995\t5.865",
		"\tJUMLAH\t24\t110\t16.005\t16.685\t32.690", ""}
	anggaran := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen\t2.500.000.000\t2.400.000.000\t100.000.000\t96,00",
		">> Koreksi Inspektorat Utama: pagu konsep 2.650.000.000 sebelum revisi POK.",
		"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.000.000.000\t960.000.000\t40.000.000\t96,00",
		"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\t1.500.000.000\t1.440.000.000\t60.000.000\t96,00",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t800.000.000\t780.000.000\t20.000.000\t97,50",
		"   ⤷ Reviu APIP: sesuai OM-SPAN per 31 Desember.",
		"6640\tPenyelenggaraan Pemutakhiran Data Pemilih\t800.000.000\t780.000.000\t20.000.000\t97,50",
		"\tJUMLAH\t3.300.000.000\t3.180.000.000\t120.000.000\t96,36", ""}
	komponen := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
		"No\tKomponen\tBobot\tNilai",
		"1\tPerencanaan Kinerja\t30,00\t21,60",
		"   Catatan reviu: nilai konsep 20,10.",
		"2\tPengukuran Kinerja\t30,00\t22,20",
		"3\tPelaporan Kinerja\t15,00\t10,95",
		"   ↳ Reviu: sesuai LHE Nomor 9/PW.02/2024.",
		"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t18,25",
		"\tNilai Akhir\t100,00\t73,00", ""}
	tests := []docCase{
		{"capaian, arrows, one after the last row", capaian, map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu|80|83.12|103.9",
			"Persentase Satker dalam mendistribusikan logistik tepat waktu|100|97.5|97.5",
			"Persentase Penyelenggara yang terbukti melanggar kode etik|4|2|150"}}},
		{"dpt, a label and an arrowed label", dpt, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|60|9120|9480|18600",
			"pemilu|2024|kecamatan|ALOK BARAT|7|30|4015|4210|8225",
			"pemilu|2024|kecamatan|MAGEPANDA|5|20|2870|2995|5865"}}},
		{"budget, >> and ⤷", anggaran, nil},
		{"sakip components, labels of two words", komponen, nil},
	}
	fams := []string{"capaian", "dpt", "anggaran", "sakip_komponen"}
	for _, tc := range tests {
		plain := parseDoc(t, tc.name+" (plain)", withoutNotes(tc.body)...)
		noted := parseDoc(t, tc.name, tc.body...)
		n := 0
		for _, fam := range fams {
			want := factRows[fam](plain)
			n += len(want)
			wantRows(t, tc.name+" "+fam, factRows[fam](noted), want)
			if w, ok := tc.want[fam]; ok {
				wantRows(t, tc.name+" "+fam+" (plain)", filterPrefix(want, "pemilu|2024|kecamatan|", fam == "dpt"), w)
			}
		}
		if n < 3 {
			t.Errorf("%s: %d facts without the remarks; the case proves nothing", tc.name, n)
		}
	}
	// A labelled line with another table's header right under it is that
	// table's lead, not a remark: the two tables stay apart, as before.
	lead := append(append(capaian[:8:8], "Catatan: rincian anggaran program disajikan pada tabel berikut."), anggaran[2:]...)
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{{"a label over the next table's header", lead, map[string][]string{
		"capaian": {"Persentase Partisipasi Pemilih dalam Pemilu|80|83.12|103.9",
			"Persentase Satker dalam mendistribusikan logistik tepat waktu|100|97.5|97.5",
			"Persentase Penyelenggara yang terbukti melanggar kode etik|4|2|150"},
		"anggaran": {"076.01.WA|program||2024|2500000000|2400000000|100000000",
			"3355|kegiatan|076.01.WA|2024|1000000000|960000000|40000000",
			"3360|kegiatan|076.01.WA|2024|1500000000|1440000000|60000000",
			"076.01.CQ|program||2024|800000000|780000000|20000000",
			"6640|kegiatan|076.01.CQ|2024|800000000|780000000|20000000",
			"TOTAL|total||2024|3300000000|3180000000|120000000"}}}})
}

// withoutNotes is body without its remark lines: the document as it reads
// with the remarks taken out by hand.
func withoutNotes(body []string) []string {
	var out []string
	for _, l := range body {
		if strings.HasPrefix(l, "   ") || strings.HasPrefix(l, ">>") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// filterPrefix keeps the rows starting with p when on, else all.
func filterPrefix(rows []string, p string, on bool) []string {
	if !on {
		return rows
	}
	var out []string
	for _, r := range rows {
		if strings.HasPrefix(r, p) {
			out = append(out, r)
		}
	}
	return out
}

// TestRowNotesBeside: remarks beside columns that are no facts of their own
// (a sex ratio after L+P) and a sheet's cell comments printed after its
// table, right under the last row or after a blank line: the rows read as
// written, no figure of a remark or a comment in them.
func TestRowNotesBeside(t *testing.T) {
	ratio := []string{"Tabel 3.4 Rekapitulasi DPT Pemilihan 2020 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P\tRasio JK",
		"1\tKOTA WAINGAPU\t-\t41\t5.050\t5.000\t10.050\t101,00",
		"   >> Reviu: rasio konsep 99,80.",
		"2\tPANDAWAI\t-\t22\t2.376\t2.400\t4.776\t99,00",
		"\tJUMLAH\t-\t63\t7.426\t7.400\t14.826\t100,35", ""}
	sheet := func(gap bool) []string {
		b := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2021", "",
			"Kode\tProgram / Kegiatan\tPagu (Rp 000)\tRealisasi (Rp 000)\tSisa (Rp 000)\tSerapan (%)",
			"076.01.WA\tProgram Dukungan Manajemen\t3.100.000\t3.007.000\t93.000\t97,00",
			"\tJUMLAH\t3.100.000\t3.007.000\t93.000\t97,00"}
		if gap {
			b = append(b, "")
		}
		return append(b, "Komentar pada lembar kerja:", "Sel C4  Keu: pagu semula 3.250.000 sebelum revisi.",
			"Sel D4  Keu: realisasi sesuai LRA.", "", "Sumber: OM-SPAN.", "")
	}
	budget := map[string][]string{"anggaran": {"076.01.WA|program||2021|3100000000|3007000000|93000000",
		"TOTAL|total||2021|3100000000|3007000000|93000000"}}
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"a ratio column and a remark", ratio, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|KOTA WAINGAPU|<nil>|41|5050|5000|10050",
			"pilkada|2020|kecamatan|PANDAWAI|<nil>|22|2376|2400|4776",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|63|7426|7400|14826"}}},
		{"cell comments right under the table", sheet(false), budget},
		{"cell comments after a blank line", sheet(true), budget},
	})
}
