package parse

import (
	"strings"
	"testing"
)

// TestErrataBudgetDPT: an erratum correcting a budget line or a row of
// the voter roll is applied where the row is proven (named by its code,
// uraian or kecamatan, or the total, and holding the printed figure in
// the table's unit) and the role named (before the figure, after it, or
// before the verb); the row's own arithmetic must then hold (pagu −
// realisasi = sisa and the serapan; L + P = L+P), else the corrected
// measure loads NULL (warning). A named row holding another figure loads
// that measure NULL; an erratum finding no row is reported and changes
// nothing.
func TestErrataBudgetDPT(t *testing.T) {
	const title = "LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2021\n\n"
	budget := func(unit, r3355, total string) string {
		if unit != "" {
			return "Tabel 3.3 Realisasi Anggaran Tahun 2021 (dalam ribuan rupiah)\n\n" +
				"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\t%\n" +
				"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.010.571\t" + r3355 + "\t23.180\t97,71\n\n"
		}
		return "Tabel 3.3 Realisasi Anggaran Tahun 2021\n\n" +
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\t%\n" +
			"076.01.WA\tProgram Dukungan Manajemen\t1.516.528.000\t1.485.433.139\t31.094.861\t97,95\n" +
			"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.010.571.000\t" + r3355 + "\t23.179.715\t97,71\n" +
			"3358\tPengelolaan Sumber Daya Manusia\t505.957.000\t498.041.854\t7.915.146\t98,44\n" +
			"\tJUMLAH\t1.516.528.000\t" + total + "\t31.094.861\t97,95\n\n"
	}
	dpt := func(borongL, elarTPS, totalP string) string {
		return "Tabel 3.5 DPT Pemilu 2019 per Kecamatan\n\n" +
			"No\tKecamatan\tTPS\tL\tP\tL+P\n" +
			"1\tBorong\t93\t" + borongL + "\t12.296\t23.908\n" +
			"2\tElar\t" + elarTPS + "\t9.796\t10.325\t20.121\n" +
			"3\tElar Selatan\t86\t10.790\t11.014\t21.804\n" +
			"\tJUMLAH\t260\t32.198\t" + totalP + "\t65.833\n\n"
	}
	const (
		ok3355 = "987.391.285"
		okTot  = "1.485.433.139"
	)
	rows := func(d []string, keys ...string) string {
		var out []string
		for _, r := range d {
			for _, k := range keys {
				if strings.HasPrefix(r, k) || strings.Contains(r, "|"+k+"|") {
					out = append(out, r)
				}
			}
		}
		return strings.Join(out, " ")
	}
	type errCase struct {
		name, body, errata string
		keys               []string // rows compared (prefix or |key|)
		want               string
		level              string // a dokumen.errata finding of this level
	}
	var cases []errCase
	// add: the erratum's text after "ERRATA", the rows of keys, the finding's level
	add := func(name, body, errata string, keys []string, want, level string) {
		cases = append(cases, errCase{name, body, "ERRATA\n\n" + errata + "\n", keys, want, level})
	}
	add("budget by code, amounts in rupiah", budget("", "978.391.285", okTot), "Pada Tabel 3.3 kegiatan 3355 tertulis realisasi Rp 978.391.285, seharusnya Rp 987.391.285.", []string{"3355"}, "3355|kegiatan|076.01.WA|2021|1010571000|987391285|23179715", "info")
	add("budget, the code written with its program's", budget("", "978.391.285", okTot), "Kegiatan WA.3355 tertulis realisasi Rp978.391.285,- seharusnya Rp987.391.285,-.", []string{"3355"}, "3355|kegiatan|076.01.WA|2021|1010571000|987391285|23179715", "info")
	add("budget by uraian, role before the verb", budget("", "978.391.285", okTot), "Ralat: realisasi kegiatan Pengelolaan Keuangan dan Barang Milik Negara tertulis 978.391.285 seharusnya 987.391.285.", []string{"3355"}, "3355|kegiatan|076.01.WA|2021|1010571000|987391285|23179715", "info")
	add("budget, two roles in one erratum", budget("", "978.391.285", okTot), "Kegiatan 3355: tertulis realisasi 978.391.285 dan sisa 23.179.715; seharusnya realisasi 987.391.285 dan sisa 23.179.715.", []string{"3355"}, "3355|kegiatan|076.01.WA|2021|1010571000|987391285|23179715", "info")
	add("budget in thousands: the erratum in the table's unit", budget("ribu", "978.391", ""), "Kegiatan 3355 tercetak realisasi 978.391, seharusnya realisasi 987.391.", []string{"3355"}, "3355|kegiatan||2021|1010571000|987391000|23180000", "info")
	add("budget total row", budget("", ok3355, "1.485.433.193"), "Pada baris Jumlah Tabel 3.3 tertulis realisasi 1.485.433.193, seharusnya 1.485.433.139.", []string{"TOTAL"}, "TOTAL|total||2021|1516528000|1485433139|31094861", "info")
	add("budget correction breaking the row's sisa: NULL", budget("", ok3355, okTot), "Kegiatan 3355 tertulis realisasi 987.391.285, seharusnya 978.931.285.", []string{"3355"}, "3355|kegiatan|076.01.WA|2021|1010571000|<nil>|23179715", "warning")
	add("budget row named holding another figure: NULL", budget("", ok3355, okTot), "Kegiatan 3358 tertulis realisasi 400.000.000, seharusnya 498.041.854.", []string{"3358"}, "3358|kegiatan|076.01.WA|2021|505957000|<nil>|7915146", "warning")
	add("dpt kecamatan, role after the figure, bare correction", dpt("11.621", "81", "33.635"), "Pada Tabel 3.5, Kecamatan Borong tertulis 11.621 pemilih laki-laki, seharusnya 11.612.", []string{"BORONG"}, "pemilu|2019|kecamatan|BORONG|<nil>|93|11612|12296|23908", "info")
	add("dpt: Elar named, Elar Selatan not", dpt("11.612", "18", "33.635"), "Kecamatan Elar tertulis jumlah TPS 18, seharusnya 81.", []string{"ELAR", "ELAR SELATAN"}, "pemilu|2019|kecamatan|ELAR|<nil>|81|9796|10325|20121 pemilu|2019|kecamatan|ELAR SELATAN|<nil>|86|10790|11014|21804", "info")
	add("dpt kabupaten total", dpt("11.612", "81", "33.365"), "Pada baris jumlah tertulis perempuan 33.365; seharusnya perempuan 33.635.", []string{"kabupaten"}, "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|260|32198|33635|65833", "info")
	add("dpt correction breaking L+P: NULL", dpt("11.612", "81", "33.635"), "Kecamatan Borong tertulis laki-laki 11.612, seharusnya laki-laki 11.621.", []string{"BORONG"}, "pemilu|2019|kecamatan|BORONG|<nil>|93|<nil>|12296|23908", "warning")
	add("dpt named row holding another figure: NULL", dpt("11.612", "81", "33.635"), "Kecamatan Borong tertulis perempuan 12.926, seharusnya 12.296.", []string{"BORONG"}, "pemilu|2019|kecamatan|BORONG|<nil>|93|11612|<nil>|23908", "warning")
	add("dpt erratum naming no row: nothing changes", dpt("11.612", "81", "33.635"), "Kecamatan Kota Komba tertulis laki-laki 9.621, seharusnya 9.612.", []string{"BORONG"}, "pemilu|2019|kecamatan|BORONG|<nil>|93|11612|12296|23908", "warning")
	// two elections' tables name Borong: the one holding the printed figure is meant
	pilkada := strings.ReplaceAll(strings.ReplaceAll(dpt("11.612", "81", "33.635"), "Tabel 3.5 DPT Pemilu 2019", "Tabel 3.6 DPT Pemilihan Bupati 2020"), "\t12.296\t23.908", "\t12.300\t23.912")
	add("dpt: the same kecamatan in another election's table is left alone", dpt("11.621", "81", "33.635")+pilkada,
		"Kecamatan Borong tertulis laki-laki 11.621, seharusnya laki-laki 11.612.", []string{"BORONG"},
		"pemilu|2019|kecamatan|BORONG|<nil>|93|11612|12296|23908 pilkada|2020|kecamatan|BORONG|<nil>|93|11612|12300|23912", "info")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, "errata", title+tc.body+tc.errata)
			fam := "dpt"
			if strings.HasPrefix(tc.name, "budget") {
				fam = "anggaran"
			}
			if got := rows(factRows[fam](d), tc.keys...); got != tc.want {
				t.Errorf("rows\n got %s\nwant %s", got, tc.want)
			}
			seen := false
			for _, f := range d.Findings {
				seen = seen || f.Aturan == "dokumen.errata" && f.Tingkat == tc.level
			}
			if !seen {
				t.Errorf("no dokumen.errata %s finding: %+v", tc.level, d.Findings)
			}
		})
	}
}
