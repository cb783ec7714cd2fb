package parse

import "testing"

// TestTexinfoTables: a Texinfo @multitable (rows at @item/@headitem, cells
// parted by @tab, a row wrapping over lines, the @caption after the rows in
// its @float) is read as a TAB table by the ordinary readers; a manual's
// option table and a lab's measurements in the same markup give nothing.
func TestTexinfoTables(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{{
		name: "capaian, caption after the rows inside a float",
		body: []string{"@node Capaian", "@section Capaian Kinerja", "", "@float Tabel,tab:ck",
			"@multitable @columnfractions .05 .45 .10 .13 .13 .14",
			"@headitem No @tab Indikator Kinerja @tab Satuan @tab Target @tab Realisasi @tab Capaian (%)",
			"@item 1 @tab Persentase pemilih pemula terdaftar @tab % @tab 70,00 @tab 77,00 @tab 110,00",
			"@item 2 @tab Persentase laporan keuangan tepat waktu @tab % @tab 100,00 @tab 95,00 @tab 95,00",
			"@end multitable", "@caption{Tabel 3.1 Pengukuran Kinerja Tahun 2024}", "@end float"},
		want: map[string][]string{"capaian": {"Persentase pemilih pemula terdaftar|70|77|110",
			"Persentase laporan keuangan tepat waktu|100|95|95"}},
	}, {
		name: "capaian, no float, prototype widths, a wrapped indicator, inline commands, columns reordered",
		body: []string{"Tabel 3.2 Capaian Indikator Kinerja Tahun 2024", "",
			"@multitable {No} {Indikator} {Realisasi} {Target} {Capaian}",
			"@headitem No. @tab @b{Indikator Kinerja Utama} @tab Realisasi @tab Target @tab Capaian",
			"@item 1", "@tab Persentase laporan keuangan", "   tepat waktu", "@tab 95 @tab 100 @tab 95",
			"@c baris berikut",
			"@item 2 @tab Persentase @emph{pemilih pemula} terdaftar @tab 77 @tab 70 @tab 110",
			"@end multitable"},
		want: map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|95|95",
			"Persentase pemilih pemula terdaftar|70|77|110"}},
	}, {
		name: "DPT per kecamatan, the float's caption first",
		body: []string{"@float Tabel", "@caption{Tabel 3.4 DPT Pemilu Tahun 2024 per Kecamatan}",
			"@multitable @columnfractions .1 .3 .2 .2 .2", "@headitem No @tab Kecamatan @tab L @tab P @tab L+P",
			"@item 1 @tab Paga @tab 4.081 @tab 4.005 @tab 8.086", "@item 2 @tab Mego @tab 3.853 @tab 3.821 @tab 7.674",
			"@end multitable", "@end float"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086",
			"pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674"}},
	}, {
		name: "look-alike: a Texinfo manual's option table",
		body: []string{"@section Invoking lkj", "@multitable @columnfractions .2 .8", "@headitem Option @tab Meaning",
			"@item @code{-v} @tab verbose output, 2024 lines", "@item @code{-n 100} @tab stop after 100 records (80 by default)",
			"@end multitable"},
	}, {
		name: "look-alike: a lab's measurements as a Texinfo table",
		body: []string{"@float Table", "@multitable {Sample} {Target} {Measured} {Ratio}",
			"@headitem Sample @tab Target @tab Measured @tab Ratio (%)", "@item A1 @tab 80,00 @tab 83,41 @tab 104,26",
			"@item A2 @tab 90,00 @tab 91,30 @tab 101,44", "@end multitable", "@caption{pH of buffer solutions, 2024}", "@end float"},
	}})
}
