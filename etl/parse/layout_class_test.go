package parse

import (
	"fmt"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// factLines renders the Utama facts of one family of d, one line each, in
// document order: enough to compare with a hand-written expectation.
func factLines(d *facts.Document, fam string) []string {
	n := func(v *int64) string {
		if v == nil {
			return "-"
		}
		return fmt.Sprint(*v)
	}
	var out []string
	switch fam {
	case "dpt":
		for _, r := range d.DPT {
			if r.Utama {
				out = append(out, fmt.Sprintf("%s %d %s %s tps=%s L=%s P=%s LP=%s", r.Pemilihan, r.Tahun, r.TingkatWilayah, r.Wilayah,
					n(r.JumlahTPS), n(r.PemilihL), n(r.PemilihP), n(r.PemilihTotal)))
			}
		}
	case "capaian":
		for _, r := range d.Capaian {
			if r.Utama {
				out = append(out, fmt.Sprintf("%s: %s / %s", r.Indikator, r.TargetTeks, r.RealisasiTeks))
			}
		}
	case "seri":
		for _, r := range d.CapaianSeri {
			out = append(out, fmt.Sprintf("%s %d %s %s", r.Indikator, r.Tahun, r.Jenis, r.Teks))
		}
	case "anggaran":
		for _, r := range d.Anggaran {
			if r.Utama {
				out = append(out, fmt.Sprintf("%s pagu=%s real=%s", r.Kode, n(r.Pagu), n(r.Realisasi)))
			}
		}
	}
	return out
}

// TestLayoutClasses: tables whose layout hid them from the reader, each
// with the cases that must stay unread:
//   - a column of another roll (DPSHP) with its unit under it beside the
//     DPT's own columns; a bare DPT column beside the DPS;
//   - a table written one cell a line with a source note under it;
//   - Markdown pipe tables: bold totals and group rows, no outer bars, a
//     second header row written as the first body row;
//   - a series whose rows say whether they are targets or realisations;
//   - one table of one row per indicator, named by the heading right
//     above it (a table after prose, of two rows or of money names none);
//   - the values of two rows written on the first one's line;
//   - a series of one indicator named by its caption, years as rows or
//     as columns;
//   - a capaian table whose label column is not titled Indikator, proven
//     by its rows (a revenue table, a table of money or of two years is
//     no such table);
//   - space-aligned tables of one row of grades, or with a unit alone
//     under a column word.
func TestLayoutClasses(t *testing.T) {
	tests := []struct {
		name string
		fam  string
		body []string
		want []string
	}{{
		name: "another roll's column with its unit under it is never the DPT",
		fam:  "dpt",
		body: []string{"Tabel 3.2 DPT Pemilu 2024 per Kecamatan",
			"No\tKecamatan\tTPS\tDPS\tDPT L\tDPT P\tDPT L+P",
			"\t\t\t(L+P)\t\t\t",
			"1\tAlok\t10\t2.050\t1.000\t1.020\t2.020",
			"2\tNita\t5\t990\t480\t500\t980",
			"\tJumlah\t15\t3.040\t1.480\t1.520\t3.000"},
		want: []string{"pemilu 2024 kecamatan ALOK tps=10 L=1000 P=1020 LP=2020", "pemilu 2024 kecamatan NITA tps=5 L=480 P=500 LP=980",
			"pemilu 2024 kabupaten Kabupaten Sikka tps=15 L=1480 P=1520 LP=3000"},
	}, {
		name: "the only group names another roll: the DPT stands outside it",
		fam:  "dpt",
		body: []string{"Tabel 3.2 DPT Pemilu 2019 per Kecamatan",
			"No\tKecamatan\tL\tP\tL+P\tDPTb\t\t",
			"\t\t\t\t\tL\tP\tL+P",
			"1\tAlok\t1.000\t1.020\t2.020\t5\t6\t11",
			"2\tNita\t480\t500\t980\t3\t4\t7"},
		want: []string{"pemilu 2019 kecamatan ALOK tps=- L=1000 P=1020 LP=2020", "pemilu 2019 kecamatan NITA tps=- L=480 P=500 LP=980"},
	}, {
		name: "a bare DPT column beside the DPS is the DPT's total",
		fam:  "dpt",
		body: []string{"Tabel 3.4 DPS dan DPT Pemilu 2019", "Kecamatan\tJumlah TPS\tDPS\tDPT", "Alok\t20\t2.050\t2.020", "Nita\t9\t990\t980"},
		want: []string{"pemilu 2019 kecamatan ALOK tps=20 L=- P=- LP=2020", "pemilu 2019 kecamatan NITA tps=9 L=- P=- LP=980"},
	}, {
		name: "one cell a line, the source note under the table",
		fam:  "dpt",
		body: []string{"Tabel 3.2 DPT Pemilihan Bupati Tahun 2020", "No", "Kecamatan", "TPS", "L", "P", "L+P",
			"1", "ALOK", "10", "1.000", "1.020", "2.020",
			"2", "NITA", "5", "480", "500", "980",
			"JUMLAH", "15", "1.480", "1.520", "3.000",
			"Sumber: Keputusan KPU Kabupaten tentang Penetapan DPT", ""},
		want: []string{"pilkada 2020 kecamatan ALOK tps=10 L=1000 P=1020 LP=2020", "pilkada 2020 kecamatan NITA tps=5 L=480 P=500 LP=980",
			"pilkada 2020 kabupaten Kabupaten Sikka tps=15 L=1480 P=1520 LP=3000"},
	}, {
		name: "Markdown pipe table with a bold group row; pipes without a rule line are text",
		fam:  "capaian",
		body: []string{"**Tabel 3.1 Capaian Kinerja Tahun 2024**", "",
			"| No | Sasaran / Indikator Kinerja | Target | Realisasi | Capaian (%) |",
			"|---|---|---|---|---|",
			"| **Sasaran Strategis 1: Terwujudnya tata kelola yang akuntabel** | | | | |",
			"| 1 | Opini BPK atas Laporan Keuangan | WTP | WTP | 100% |",
			"| 2 | Nilai Keterbukaan Informasi Publik | 80 | 76,45 | 95,56 |", "",
			"Tabel 3.2 tanpa garis kepala: teks, bukan tabel", "| No | Indikator Kinerja | Target | Realisasi |",
			"| 1 | Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten | B | BB |", ""},
		want: []string{"Opini BPK atas Laporan Keuangan: WTP / WTP", "Nilai Keterbukaan Informasi Publik: 80 / 76,45"},
	}, {
		name: "Markdown pipe budget table with a bold total",
		fam:  "anggaran",
		body: []string{"Realisasi anggaran Tahun Anggaran 2024 (dalam rupiah):", "",
			"| Kode | Program / Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) |",
			"|:---|---|---:|---:|---:|",
			"| WA | Program Dukungan Manajemen | 1.000.000 | 900.000 | 100.000 |",
			"| WA.3355 | Pengelolaan Keuangan | 1.000.000 | 900.000 | 100.000 |",
			"| **JUMLAH** | | **1.000.000** | **900.000** | **100.000** |", ""},
		want: []string{"076.01.WA pagu=1000000 real=900000", "3355 pagu=1000000 real=900000", "TOTAL pagu=1000000 real=900000"},
	}, {
		name: "series rows name their kind; the indicator carries down its group",
		fam:  "seri",
		body: []string{"Tabel 3.2 Realisasi Indikator Tahun 2021 s.d. 2023",
			"Indikator\tUraian\t2021\t2022\t2023",
			"Nilai Keterbukaan Informasi Publik\tTarget\t-\t70\t72",
			"\tRealisasi\t-\t64,10\t73,20",
			"\tCapaian\t-\t91,57%\t101,67%",
			"Opini BPK atas\tTarget\tWTP\tWTP\tWTP",
			"Laporan Keuangan\tRealisasi\tWTP\tWDP\tWTP"},
		want: []string{"Nilai Keterbukaan Informasi Publik 2021 target -", "Nilai Keterbukaan Informasi Publik 2022 target 70",
			"Nilai Keterbukaan Informasi Publik 2023 target 72", "Nilai Keterbukaan Informasi Publik 2021 realisasi -",
			"Nilai Keterbukaan Informasi Publik 2022 realisasi 64,10", "Nilai Keterbukaan Informasi Publik 2023 realisasi 73,20",
			"Opini BPK atas Laporan Keuangan 2021 target WTP", "Opini BPK atas Laporan Keuangan 2022 target WTP",
			"Opini BPK atas Laporan Keuangan 2023 target WTP", "Opini BPK atas Laporan Keuangan 2021 realisasi WTP",
			"Opini BPK atas Laporan Keuangan 2022 realisasi WDP", "Opini BPK atas Laporan Keuangan 2023 realisasi WTP"},
	}, {
		name: "one table per indicator, named by the heading above it",
		fam:  "capaian",
		body: []string{"Indikator 1: Nilai Keterbukaan Informasi Publik", "", "Tabel 3.2",
			"Target\tRealisasi\tCapaian", "70\t73,50\t105,00%", "",
			"Penjelasan capaian indikator tersebut.", "", "Tabel 3.3",
			"Target\tRealisasi\tCapaian", "WTP\tWTP\tTercapai", "",
			"Indikator 2: Opini BPK atas Laporan Keuangan", "", "Tabel 3.4",
			"Target\tRealisasi\tCapaian", "WTP\tWTP\tTercapai", "10\t12\t120%", "",
			"Indikator 3: Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "", "Tabel 3.5",
			"Target\tRealisasi\tCapaian", "Rp 150.000.000\tRp 140.000.000\t93,33%"},
		want: []string{"Nilai Keterbukaan Informasi Publik: 70 / 73,50"},
	}, {
		name: "one table per indicator, named by an enumerated heading or by its caption",
		fam:  "capaian",
		body: []string{"b. Opini BPK atas Laporan Keuangan", "", "Tabel 3.2",
			"Target\tRealisasi\tCapaian", "WTP\tWTP\tTercapai", "",
			"Tabel 3.3 Indikator 2 – Nilai Keterbukaan Informasi Publik",
			"Target\tRealisasi\tCapaian", "70\t73,50\t105,00%", "",
			"Capaian ini sejalan dengan Nilai Keterbukaan Informasi Publik.", "", "Tabel 3.4",
			"Target\tRealisasi\tCapaian", "80\t82\t102,50%"},
		want: []string{"Opini BPK atas Laporan Keuangan: WTP / WTP", "Nilai Keterbukaan Informasi Publik: 70 / 73,50"},
	}, {
		name: "values of two rows on the first row's line, a unit alone under the header",
		fam:  "capaian",
		body: []string{"Tabel 3.2 Pengukuran Kinerja Sasaran Kegiatan",
			"No\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian", "\t\t\t\t(%)",
			"1\tJumlah laporan keuangan yang disusun tepat waktu\t4 Laporan 2 Laporan\t4 Laporan 1 Laporan\t100% 50%",
			"2\tJumlah laporan barang milik negara yang disusun\t\t\t",
			"3\tPersentase pegawai yang mendapat layanan tepat waktu\t100%\t90%\t90%"},
		want: []string{"Jumlah laporan keuangan yang disusun tepat waktu: 4 Laporan / 4 Laporan",
			"Jumlah laporan barang milik negara yang disusun: 2 Laporan / 1 Laporan",
			"Persentase pegawai yang mendapat layanan tepat waktu: 100% / 90%"},
	}, {
		name: "two values beside an unnumbered wrapped line stay with the two statements of the row",
		fam:  "capaian",
		body: []string{"Tabel 3.2 Rencana Kinerja Tahunan", "No\tIndikator Kinerja\tTarget",
			"1\tNilai Akuntabilitas Kinerja Nilai Keterbukaan\tBB 100%", "\tInformasi Publik\t",
			"2\tOpini BPK atas Laporan Keuangan\tWTP"},
		want: []string{"Nilai Akuntabilitas Kinerja: BB / ", "Nilai Keterbukaan Informasi Publik: 100% / ", "Opini BPK atas Laporan Keuangan: WTP / "},
	}, {
		name: "years as rows, the caption names an indicator of the report's own capaian table or of the catalogue",
		fam:  "seri",
		body: []string{"Tabel 3.1 Capaian Kinerja", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu Tahun 2019\t77,5%\t80,00%\t103,23%", "",
			"Tabel 3.1a Tingkat Partisipasi Pemilih 2014-2019", "Tahun\tPemilihan\tTarget\tRealisasi",
			"2014\tPemilu Legislatif\t75%\t72,15%", "2019\tPemilu Serentak\t-\t80,00%", "",
			"Tabel 3.1b Nilai Keterbukaan Informasi Publik 2022-2023", "Tahun\tRealisasi", "2022\t64,10", "2023\t73,20"},
		want: []string{"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan 2014 target 75%",
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan 2019 target -",
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan 2014 realisasi 72,15%",
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan 2019 realisasi 80,00%",
			"Nilai Keterbukaan Informasi Publik 2022 realisasi 64,10", "Nilai Keterbukaan Informasi Publik 2023 realisasi 73,20"},
	}, {
		name: "kinds as rows under a header of years, the caption names a catalogue indicator",
		fam:  "seri",
		body: []string{"Tabel 3.1a Nilai Keterbukaan Informasi Publik 2022 dan 2023", "Uraian\t2022\t2023",
			"Target\t70\t72", "Realisasi\t64,10\t73,20"},
		want: []string{"Nilai Keterbukaan Informasi Publik 2022 target 70", "Nilai Keterbukaan Informasi Publik 2023 target 72",
			"Nilai Keterbukaan Informasi Publik 2022 realisasi 64,10", "Nilai Keterbukaan Informasi Publik 2023 realisasi 73,20"},
	}, {
		name: "a caption naming no indicator for sure gives no series",
		fam:  "seri",
		body: []string{"Tabel 3.1a Perkembangan Kinerja 2022 dan 2023", "Uraian\t2022\t2023",
			"Target\t70\t72", "Realisasi\t64,10\t73,20"},
	}, {
		name: "pipe table without outer bars, a cell wrapped with <br>",
		fam:  "dpt",
		body: []string{"Tabel 3.4 DPT Pemilu 2024", "", "Kecamatan | L | P | L+P", "---|---|---|---",
			"Alok<br>Barat | 1.000 | 1.020 | 2.020", "", "Jumlah | pemilih tersebut tetap."},
		want: []string{"pemilu 2024 kecamatan ALOK BARAT tps=- L=1000 P=1020 LP=2020"},
	}, {
		name: "pipe table whose second header row is written as its first body row",
		fam:  "dpt",
		body: []string{"Tabel 3.4 Rekapitulasi DPT dan DPTb Pemilu 2019", "",
			"| No | Kecamatan | Jumlah | DPT | | | DPTb |",
			"|---|---|---|---|---|---|---|",
			"| | | TPS | L | P | L+P | |",
			"| 1 | Alok | 10 | 1.000 | 1.020 | 2.020 | 15 |",
			"| 2 | Nita | 5 | 480 | 500 | 980 | 7 |", ""},
		want: []string{"pemilu 2019 kecamatan ALOK tps=10 L=1000 P=1020 LP=2020", "pemilu 2019 kecamatan NITA tps=5 L=480 P=500 LP=980"},
	}, {
		name: "a capaian table whose label column is not titled Indikator: its rows are indicators",
		fam:  "capaian",
		body: []string{"Tabel 3.1 Capaian Kinerja 2024", "No\tUraian\tTarget\tRealisasi\tCapaian (%)",
			"1\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\t100", "2\tNilai Keterbukaan Informasi Publik\t70\t73,50\t105,00", "",
			"Tabel 3.2 Realisasi PNBP 2024", "No\tUraian\tTarget\tRealisasi\t%",
			"1\tPendapatan sewa gedung\t12.000.000\t9.750.000\t81,25", "2\tPendapatan lain-lain\t1.000.000\t3.418.200\t341,82", "",
			"Tabel 3.3 Kinerja 2023 dan 2024", "Uraian\tTarget 2023\tRealisasi 2023\tTarget 2024\tRealisasi 2024",
			"Opini BPK atas Laporan Keuangan\tWTP\tWTP\tWTP\tWDP", "Nilai Keterbukaan Informasi Publik\t65\t66\t70\t60", "",
			"Tabel 3.4 Dukungan Kegiatan per Indikator", "Uraian\tTarget\tRealisasi",
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t150.000.000\t140.000.000",
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t50.000.000\t45.000.000"},
		want: []string{"Opini BPK atas Laporan Keuangan: WTP / WTP", "Nilai Keterbukaan Informasi Publik: 70 / 73,50"},
	}, {
		name: "space-aligned: a one-row table of grades ending in a word; a unit alone under a column word",
		fam:  "capaian",
		body: []string{"Indikator 1: Opini BPK atas Laporan Keuangan", "", "Tabel 3.2",
			"  Target   Realisasi   Capaian", "  WTP      WTP         Tercapai", "",
			"Tabel 3.3 Capaian Kinerja Sasaran Kegiatan",
			"  No   Indikator Kinerja Kegiatan                   Target   Realisasi   Capaian",
			"                                                                           (%)",
			"   1   Nilai Keterbukaan Informasi Publik               70       73,50    105,00",
			"   2   Persentase pegawai yang mengikuti pelatihan      80%      82,00%   102,50", ""},
		want: []string{"Opini BPK atas Laporan Keuangan: WTP / WTP", "Nilai Keterbukaan Informasi Publik: 70 / 73,50",
			"Persentase pegawai yang mengikuti pelatihan: 80% / 82,00%"},
	}}
	for _, tc := range tests {
		wantFacts(t, tc.name, tc.fam, tc.body, tc.want)
	}
}
