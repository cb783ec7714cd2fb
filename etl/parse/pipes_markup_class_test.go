package parse

import "testing"

// TestWikiTables: MediaWiki tables left in a text (a report kept as a wiki
// page's source) are read as TAB tables: cells parted by "||" or written
// one a line, attributes ("style=… |") and bold quotes dropped, a label
// spanning columns in the label column; a cell spanning rows leaves the
// table unread.
func TestWikiTables(t *testing.T) {
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{{
		name: "budget, cells on one line, attributes and a bold total",
		body: []string{"== C. Realisasi Anggaran ==", "", `{| class="wikitable"`, "|+ Tabel 3.3 Realisasi Anggaran Tahun 2024",
			"! Kode !! Program / Kegiatan !! Pagu !! Realisasi", "|-",
			`| 076.01.WA || '''Program Dukungan Manajemen''' || style="text-align:right" | 2.000.000.000 || style="text-align:right" | 1.900.000.000`,
			"|-", `| style="text-align:right" | 3355 || Pengelolaan Keuangan || align="right" | 2.000.000.000 || 1.900.000.000`,
			"|-", `|  || '''JUMLAH''' || '''2.000.000.000''' || '''1.900.000.000'''`, "|}"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"3355|kegiatan|076.01.WA|2024|2000000000|1900000000|100000000", "TOTAL|total||2024|2000000000|1900000000|100000000"}},
	}, {
		name: "DPT, one cell a line, the total spanning No and Kecamatan",
		body: []string{`{| class="wikitable sortable"`, "|+ Tabel 3.4 DPT Pemilu Tahun 2024 per Kecamatan",
			"! No", "! Kecamatan", "! L", "! P", "! L+P", "|-", "| 1", "| Paga", "| 4.081", "| 4.005", "| 8.086",
			"|-", "| 2", "| Mego", "| 3.853", "| 3.821", "| 7.674",
			"|-", `| colspan="2" | '''Kabupaten Sikka'''`, "| 7.934", "| 7.826", "| 15.760", "|}"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086",
			"pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7934|7826|15760"}},
	}, {
		name: "a footnote's figures in a cell are dropped",
		body: []string{`{| class="wikitable"`, "|+ Tabel 3.3 Realisasi Anggaran Tahun 2024", "! Uraian !! Pagu !! Realisasi", "|-",
			`| Program Dukungan Manajemen || 2.000.000.000<ref>Tidak termasuk PNBP Rp 3.150.000</ref> || 1.900.000.000<ref name="a"/>`, "|}"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2000000000|1900000000|100000000"}},
	}, {
		name: "a cell spanning rows: not rebuilt",
		body: []string{`{| class="wikitable"`, "|+ Tabel 3.4 DPT Pemilu Tahun 2024 per Kecamatan", "! Kecamatan !! Jenis !! Jumlah",
			"|-", `| rowspan="2" | Paga || L || 4.081`, "|-", "| P || 4.005", "|}"},
	}})
}

// TestLaTeXTables: LaTeX tables left in a text (a report kept as its
// LaTeX source) are read as TAB tables whatever the line breaks: "&"
// parts the cells and "\\" ends a row, commands keep their text, a
// caption under the table moves above it, a \multicolumn label stands in
// the label column, a longtable's repeated header and running foot are no
// rows, and a footnote's figures are nobody's.
func TestLaTeXTables(t *testing.T) {
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{{
		name: "tabular, caption under it, bold total spanning two columns",
		body: []string{`\section{Realisasi Anggaran}`, "", `\begin{table}[h]`, `\centering`, `\begin{tabular}{|l|p{6cm}|r|r|}`, `\hline`,
			`\textbf{Kode} & \textbf{Program/Kegiatan} & \textbf{Pagu} & \textbf{Realisasi} \\ \hline`,
			`076.01.WA & Program Dukungan Manajemen & 2.000.000.000 & 1.900.000.000 \\`,
			`3355 & Pengelolaan Keuangan & 2.000.000.000 & 1.900.000.000 \\ \hline`,
			`\multicolumn{2}{|c|}{\textbf{JUMLAH}} & \textbf{2.000.000.000} & \textbf{1.900.000.000} \\`, `\hline`,
			`\end{tabular}`, `\caption{Realisasi Anggaran Tahun 2024 (dalam rupiah)}`, `\label{tab:anggaran}`, `\end{table}`},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"3355|kegiatan|076.01.WA|2024|2000000000|1900000000|100000000", "TOTAL|total||2024|2000000000|1900000000|100000000"}},
	}, {
		name: "longtable, rows over two lines, repeated header and running foot dropped",
		body: []string{`\begin{longtable}{|c|l|r|r|r|}`, `\caption{DPT Pemilu Tahun 2024 per Kecamatan}\\`, `\toprule`,
			`No & Kecamatan & L & P & L+P \\ \midrule`, `\endfirsthead`, `No & Kecamatan & L & P & L+P \\ \midrule`, `\endhead`,
			`\multicolumn{5}{r}{\textit{bersambung ke halaman berikutnya}} \\`, `\endfoot`, `\bottomrule`, `\endlastfoot`,
			`1 & Paga & 4.081 &`, `  4.005 & 8.086 \\`, `2 & Mego & 3.853 & 3.821 & 7.674 \\ % dicek ulang`,
			`\multicolumn{2}{l}{Kabupaten Sikka} & 7.934 & 7.826 & 15.760 \\`, `\end{longtable}`},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086",
			"pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7934|7826|15760"}},
	}, {
		name: "a footnote's figures are no budget's",
		body: []string{`Realisasi anggaran tahun 2024 disajikan di bawah.\footnote{Penerimaan Negara Bukan Pajak sebesar`,
			`Rp~3.150.000 disetor ke kas negara.}`, "", `\begin{tabular}{|l|r|r|}`, `\hline`,
			`Uraian & Pagu\footnote{dalam rupiah} & Realisasi \\`, `\hline`,
			`Program Dukungan Manajemen & 2.000.000.000 & 1.900.000.000 \\`, `\hline`, `\end{tabular}`},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2000000000|1900000000|100000000"}},
	}, {
		// without the note the amounts would load a thousand times too
		// small; with it the header is one the reader does not know, and
		// the table is reported
		name: "a footnote stating only the unit stays: no amount at the wrong scale",
		body: []string{`Realisasi anggaran tahun 2024:`, "", `\begin{tabular}{|l|r|r|}`, `\hline`,
			`Uraian & Pagu\footnote{dalam ribuan rupiah} & Realisasi\footnote{dalam ribuan rupiah} \\`, `\hline`,
			`Program Dukungan Manajemen & 20.000.000 & 19.000.000 \\`, `\hline`, `\end{tabular}`},
	}})
}

// TestAsciiDocAndRSTTables: AsciiDoc tables (`|===`, a bar before every
// cell, on one line or one a line) and reStructuredText simple tables
// (columns fixed by the `=` rule) are read as TAB tables; a cell spanning
// rows, cells that fill no whole row, or text across a column's edge leave
// the table unread.
func TestAsciiDocAndRSTTables(t *testing.T) {
	const caption = "Tabel 3.4 DPT Pemilu Tahun 2024 per Kecamatan"
	dpt := []string{"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086",
		"pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7934|7826|15760"}
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "AsciiDoc, cells on one line, the total spanning two columns",
		body: []string{"." + caption, `[cols="1,3,2,2,2",options="header"]`, "|===", "|No |Kecamatan |L |P |L+P", "",
			"|1 |Paga |4.081 |4.005 |8.086", "|2 |Mego |3.853 |3.821 |7.674", "2+|Kabupaten Sikka |7.934 |7.826 |15.760", "|==="},
		want: map[string][]string{"dpt": dpt},
	}, {
		name: "AsciiDoc, one cell a line, columns from the first line",
		body: []string{"." + caption, "|===", "|No |Kecamatan |L |P |L+P", "", "|1", "|Paga", "|4.081", "|4.005", "|8.086", "",
			"|2", "|Mego", "|3.853", "|3.821", "|7.674", "", "2+|Kabupaten Sikka", "|7.934", "|7.826", "|15.760", "|==="},
		want: map[string][]string{"dpt": dpt},
	}, {
		name: "AsciiDoc, a cell spanning rows: not rebuilt",
		body: []string{"." + caption, "|===", "|Kecamatan |Jenis |Jumlah", "", ".2+|Paga |L |4.081", "|P |4.005", "|==="},
	}, {
		name: "AsciiDoc, a cell short: not rebuilt",
		body: []string{"." + caption, "|===", "|No |Kecamatan |L |P |L+P", "", "|1 |Paga |4.081 |8.086", "|2 |Mego |3.853 |3.821 |7.674", "|==="},
	}, {
		name: "RST simple table, a wrapped label and an empty first cell",
		body: []string{caption, "", "==  ===============  =====  =====  ======", "No  Kecamatan        L      P      L+P",
			"==  ===============  =====  =====  ======", "1   Paga             4.081  4.005  8.086", "2   Mego             3.853  3.821  7.674",
			`\   Kabupaten        7.934  7.826  15.760`, "    Sikka", "==  ===============  =====  =====  ======", ""},
		want: map[string][]string{"dpt": dpt},
	}, {
		name: "RST grid table (read as a box)",
		body: []string{caption, "", "+----+-----------------+-------+-------+--------+", "| No | Kecamatan       | L     | P     | L+P    |",
			"+====+=================+=======+=======+========+", "| 1  | Paga            | 4.081 | 4.005 | 8.086  |",
			"+----+-----------------+-------+-------+--------+", "| 2  | Mego            | 3.853 | 3.821 | 7.674  |",
			"+----+-----------------+-------+-------+--------+", "|    | Kabupaten Sikka | 7.934 | 7.826 | 15.760 |",
			"+----+-----------------+-------+-------+--------+"},
		want: map[string][]string{"dpt": dpt},
	}, {
		name: "Org-mode table under a #+CAPTION line",
		body: []string{"#+CAPTION: " + caption, "| No | Kecamatan | L | P | L+P |", "|----+-----------+---+---+-----|",
			"| 1 | Paga | 4.081 | 4.005 | 8.086 |", "| 2 | Mego | 3.853 | 3.821 | 7.674 |", "|   | Kabupaten Sikka | 7.934 | 7.826 | 15.760 |"},
		want: map[string][]string{"dpt": dpt},
	}, {
		name: "RST simple table, text across a column edge: not rebuilt",
		body: []string{caption, "", "==  =========  =====  =====  ======", "No  Kecamatan  L      P      L+P",
			"==  =========  =====  =====  ======", "1   Paga Utara4.081  4.005  8.086", "2   Mego       3.853  3.821  7.674",
			"==  =========  =====  =====  ======", ""},
	}})
}

// TestMarkupUnreadReported: a markup table that cannot be proven into rows
// (a cell spanning rows, a row one cell short, text across a column's
// edge) loads nothing and is reported as a table not understood.
func TestMarkupUnreadReported(t *testing.T) {
	for name, body := range map[string][]string{
		"wiki rowspan": {`{| class="wikitable"`, "|+ Tabel 3.4 DPT Pemilu Tahun 2024 per Kecamatan", "! Kecamatan !! Jenis !! Jumlah",
			"|-", `| rowspan="2" | Paga || L || 4.081`, "|-", "| P || 4.005", "|}"},
		"AsciiDoc rowspan": {".Tabel 3.4 DPT Pemilu Tahun 2024", "|===", "|Kecamatan |Jenis |Jumlah", "", ".2+|Paga |L |4.081", "|P |4.005", "|==="},
		"AsciiDoc short row": {".Tabel 3.4 DPT Pemilu Tahun 2024", "|===", "|No |Kecamatan |L |P |L+P", "", "|1 |Paga |4.081 |8.086",
			"|2 |Mego |3.853 |3.821 |7.674", "|==="},
		"RST across an edge": {"Tabel 3.4 DPT Pemilu Tahun 2024", "", "==  =========  =====  =====  ======", "No  Kecamatan  L      P      L+P",
			"==  =========  =====  =====  ======", "1   Paga Utara4.081  4.005  8.086", "2   Mego       3.853  3.821  7.674",
			"==  =========  =====  =====  ======", ""},
	} {
		d := parseDoc(t, name, body...)
		reported := false
		for _, f := range d.Findings {
			reported = reported || f.Aturan == "tabel.tidak_dikenali"
		}
		if len(d.DPT) > 0 || !reported {
			t.Errorf("%s: %d DPT rows, reported %v; want none, reported", name, len(d.DPT), reported)
		}
	}
}
