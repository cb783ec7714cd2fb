package parse

import (
	"strings"
	"testing"
)

// TestMonevFormClass: the budget as the print of a monitoring
// application's realisation form (e-Monev) typed again, a record a budget
// line with its fields a line `Label : value`, becomes budget rows by the
// level field, the labels' meaning and arithmetic; a quarter's form before
// the fourth, a print of physical progress only and a form not adding up
// give nothing, a record not proven gives no row.
func TestMonevFormClass(t *testing.T) {
	form := func(year, quarter string, recs ...string) []string {
		out := []string{"Tabel 3.2 Realisasi Anggaran Tahun " + year, "",
			"[Cetak: formulir realisasi aplikasi monitoring]", "",
			"  e-MONEV  |  FORMULIR REALISASI  |  TRIWULAN " + quarter + " TAHUN " + year,
			"  K/L : 076 KOMISI PEMILIHAN UMUM      Satker : KPU KABUPATEN SIKKA",
			"  =============================================================="}
		out = append(out, recs...)
		return append(out, "  Realisasi Keuangan = belanja (SP2D); Progres Fisik = kemajuan pekerjaan, bukan uang.", "",
			"Sumber: aplikasi monitoring, 31 Desember "+year+".")
	}
	rec := func(level, kode string, uraian []string, pagu, real, pct, sisa string) []string {
		out := []string{"  Tingkat             : " + level, "  Kode                : " + kode,
			"  Uraian              : " + uraian[0]}
		for _, u := range uraian[1:] {
			out = append(out, "                        "+u)
		}
		out = append(out, "  Pagu Dana           : Rp "+pagu, "  Realisasi Keuangan  : Rp "+real+"  ("+pct+" %)")
		if sisa != "" {
			out = append(out, "  Sisa Dana           : Rp "+sisa)
		}
		return append(out, "  Progres Fisik       : 100 %", "  ..............................................................")
	}
	body := func(sisa3355 string) []string {
		var b []string
		b = append(b, rec("PROGRAM", "076.01.WA", []string{"Program Dukungan Manajemen"}, "1.000.000.000", "920.000.000", "92,00", "80.000.000")...)
		b = append(b, rec("KEGIATAN (Program 076.01.WA)", "3355", []string{"Pengelolaan Keuangan"}, "600.000.000", "540.000.000", "90,00", sisa3355)...)
		b = append(b, rec("KEGIATAN (Program 076.01.WA)", "3360", []string{"Operasional Perkantoran dan Dukungan", "Sarana Prasarana"}, "400.000.000", "380.000.000", "95,00", "20.000.000")...)
		b = append(b, rec("PROGRAM", "076.01.CQ", []string{"Program Penyelenggaraan Pemilu dalam Proses", "Konsolidasi Demokrasi"}, "500.000.000", "450.000.000", "90,00", "50.000.000")...)
		b = append(b, rec("KEGIATAN (Program 076.01.CQ)", "6639", []string{"Teknis Penyelenggaraan"}, "500.000.000", "450.000.000", "90,00", "50.000.000")...)
		b = append(b, rec("JUMLAH SATKER", "-", []string{"JUMLAH"}, "1.500.000.000", "1.370.000.000", "91,33", "130.000.000")...)
		return b
	}
	want := []string{"076.01.WA|program||2024|1000000000|920000000|80000000", "3355|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
		"3360|kegiatan|076.01.WA|2024|400000000|380000000|20000000", "076.01.CQ|program||2024|500000000|450000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|500000000|450000000|50000000", "TOTAL|total||2024|1500000000|1370000000|130000000"}
	plain := form("2024", "IV", body("60.000.000")...)
	// records two abreast, the total first, `Level`, `Pagu`, `Realisasi`,
	// no sisa (the table reader derives it), dashed rules between bands
	abreast := form("2022", "IV",
		"  Level     : JUMLAH                      Level     : PROGRAM",
		"  Kode      : -                           Kode      : 076.01.CQ",
		"  Uraian    : Jumlah Satker               Uraian    : Program Penyelenggaraan",
		"                                                      Pemilu",
		"  Pagu      : Rp 700.000.000              Pagu      : Rp 700.000.000",
		"  Realisasi : Rp 630.000.000 (90 %)       Realisasi : Rp 630.000.000 (90 %)",
		"  Fisik     : 100 %                       Fisik     : 100 %",
		"  ----------------------------------------------------------------------",
		"  Level     : KEGIATAN (076.01.CQ)        Level     : KEGIATAN (076.01.CQ)",
		"  Kode      : 6867                        Kode      : 6871",
		"  Uraian    : Badan Adhoc                 Uraian    : Logistik",
		"  Pagu      : Rp 400.000.000              Pagu      : Rp 300.000.000",
		"  Realisasi : Rp 390.000.000 (97,5 %)     Realisasi : Rp 240.000.000 (80 %)",
		"  Fisik     : 100 %                       Fisik     : 95 %",
		"  ----------------------------------------------------------------------")
	// thousands stated in the head, other labels, the quarter as a digit
	thousands := []string{"Tabel 3.1 Realisasi Anggaran Tahun 2023", "",
		"E-MONEV BAPPENAS - REALISASI TW 4 TAHUN 2023 (dalam ribuan rupiah)",
		"Satker : KPU KABUPATEN SIKKA",
		"------------------------------------------------------------",
		"Tingkat            : PROGRAM",
		"Kode               : 076.01.WA",
		"Uraian             : Program Dukungan Manajemen",
		"Pagu Anggaran      : 2.500.000",
		"Realisasi Anggaran : 2.400.000 (96,00 %)",
		"Sisa Anggaran      : 100.000",
		"Capaian Fisik      : 100 %",
		"............................................................",
		"Tingkat            : TOTAL",
		"Kode               : -",
		"Uraian             : TOTAL SATKER",
		"Pagu Anggaran      : 2.500.000",
		"Realisasi Anggaran : 2.400.000 (96,00 %)",
		"Sisa Anggaran      : 100.000",
		"Capaian Fisik      : 100 %",
		"............................................................",
		"", "Sumber: e-Monev."}
	// a quarter's form: the realisation so far, not the year's
	quarter := form("2024", "II", body("60.000.000")...)
	// one kegiatan's sisa miswritten: that record gives no row
	badSisa := form("2024", "IV", body("70.000.000")...)
	// kegiatan not adding up to their program: the form is left
	short := make([]string, len(plain))
	for k, l := range plain {
		short[k] = strings.Replace(l, "Rp 600.000.000", "Rp 610.000.000", 1)
		short[k] = strings.Replace(short[k], "Rp 60.000.000", "Rp 70.000.000", 1)
		short[k] = strings.Replace(short[k], "(90,00 %)", "(88,52 %)", 1)
	}
	// a print of physical progress only: no money at all
	physical := []string{"[Cetak: e-Monev progres fisik]", "",
		"  e-MONEV  |  PROGRES FISIK  |  TRIWULAN IV TAHUN 2024",
		"  ==============================================",
		"  Tingkat        : PROGRAM",
		"  Kode           : 076.01.WA",
		"  Uraian         : Program Dukungan Manajemen",
		"  Progres Fisik  : 100 %",
		"  ..............................................",
		"  Tingkat        : KEGIATAN (Program 076.01.WA)",
		"  Kode           : 3355",
		"  Uraian         : Pengelolaan Keuangan",
		"  Progres Fisik  : 98 %",
		"  ..............................................",
		"  Realisasi Keuangan dilaporkan terpisah."}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"a record a line, wrapped names, total last", plain, map[string][]string{"anggaran": want}},
		{"two abreast, total first, no sisa", abreast, map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|700000000|630000000|70000000", "6867|kegiatan|076.01.CQ|2022|400000000|390000000|10000000",
			"6871|kegiatan|076.01.CQ|2022|300000000|240000000|60000000", "TOTAL|total||2022|700000000|630000000|70000000"}}},
		{"thousands in the head", thousands, map[string][]string{"anggaran": {
			"076.01.WA|program||2023|2500000000|2400000000|100000000", "TOTAL|total||2023|2500000000|2400000000|100000000"}}},
		{"a second quarter's form", quarter, nil},
		{"a record whose sisa fails", badSisa, map[string][]string{"anggaran": {want[0], want[2], want[3], want[4], want[5]}}},
		{"physical progress only", physical, nil},
	})
	// the form not adding up is left as written (a finding): no table of
	// it, no kegiatan row read from it
	d := parseDoc(t, "short", short...)
	for _, a := range d.Anggaran {
		if strings.HasPrefix(a.Sumber, "Tabel") || a.Tingkat == "kegiatan" {
			t.Errorf("kegiatan not adding up: row %s %s from %q", a.Kode, a.Tingkat, a.Sumber)
		}
	}
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "e-Monev") && strings.Contains(f.Pesan, "tidak berjumlah")
	}
	if !found {
		t.Errorf("kegiatan not adding up: no finding")
	}
}
