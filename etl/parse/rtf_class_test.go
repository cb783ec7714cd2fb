package parse

import (
	"fmt"
	"strings"
	"testing"
)

// The made-up RTF sources below are written the ways word processors
// write them: rtfRowA as WordPad and Word 97 (the row definition before
// the cells, \intbl paragraphs), rtfRowB as Word 2003 and later (each
// cell in its own group with revision ids, the definition repeated after
// the cells inside the group that closes the row), rtfRowC as small
// converters do (no \intbl at all, the definition only).

// rtfRowA writes a row: cells parted by "|", edges the \cellx of each.
func rtfRowA(edges []int, cells string) string {
	var b strings.Builder
	b.WriteString(`\trowd\trgaph108\trleft-108`)
	for _, x := range edges {
		fmt.Fprintf(&b, `\clbrdrt\brdrs\brdrw10 \clbrdrb\brdrs\brdrw10 \cellx%d`, x)
	}
	b.WriteString("\n")
	for _, c := range strings.Split(cells, "|") {
		fmt.Fprintf(&b, `\pard\intbl\sa0\sl240\slmult1 %s\cell`+"\n", c)
	}
	return b.String() + `\row` + "\n"
}

// rtfRowB writes a row as Word 2003 does; merged marks the cells that
// continue the one before them (\clmrg), first cell \clmgf.
func rtfRowB(irow int, edges []int, merged map[int]bool, cells string) string {
	var b strings.Builder
	for _, c := range strings.Split(cells, "|") {
		fmt.Fprintf(&b, `\pard\plain \ltrpar\ql \li0\ri0\widctlpar\intbl\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0 `+
			`\rtlch\fcs1 \af1\afs22\alang1025 \ltrch\fcs0 \fs22\lang1057\langfe1033\cgrid\langnp1057\langfenp1033 `+
			`{\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid4803712 %s}{\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid4803712 \cell }`+"\n", c)
	}
	fmt.Fprintf(&b, `\pard\plain \ltrpar\ql \li0\ri0\widctlpar\intbl\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0 `+
		`{\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid4803712 \trowd \irow%d\irowband%d\ltrrow\ts15\trgaph108\trleft-108\trbrdrt\brdrs\brdrw10 `, irow, irow)
	for k, x := range edges {
		switch {
		case merged[k]:
			b.WriteString(`\clmrg`)
		case merged[k+1]:
			b.WriteString(`\clmgf`)
		}
		fmt.Fprintf(&b, `\clvertalt\clbrdrt\brdrs\brdrw10 \cltxlrtb\clftsWidth3\clwWidth%d\clshdrawnil \cellx%d`, x, x)
	}
	return b.String() + `\row }` + "\n"
}

// rtfRowC writes a row with the definition only, no \intbl.
func rtfRowC(edges []int, cells string) string {
	var b strings.Builder
	b.WriteString(`\trowd`)
	for _, x := range edges {
		fmt.Fprintf(&b, `\cellx%d`, x)
	}
	b.WriteString(" ")
	for _, c := range strings.Split(cells, "|") {
		b.WriteString(c + `\cell `)
	}
	return b.String() + `\row` + "\n"
}

// rtfHeadWordPad and rtfHeadWord are the tables a document opens with.
const rtfHeadWordPad = `{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1057{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fswiss\fcharset0 Arial;}}
{\colortbl ;\red0\green0\blue255;\red255\green0\blue0;}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
`

const rtfHeadWord = `{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff1\deff0\stshfdbch0\stshfloch31506\stshfhich31506\stshfbi0\deflang1057\deflangfe1057
{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f1\fbidi \fswiss\fcharset0\fprq2{\*\panose 020b0604020202020204}Arial;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}
{\*\defchp \fs22\lang1057\langfe1033 }{\*\defpap \ql \li0\ri0\sa160\sl259\slmult1 }
{\stylesheet{\ql \li0\ri0\sa160\sl259\slmult1\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \rtlch\fcs1 \af1\afs22 \ltrch\fcs0 \fs22\lang1057 \snext0 \sqformat \spriority0 Normal;}{\s1\ql \keepn\pagebb\outlinelevel0 \b\fs28 \sbasedon0 \snext0 heading 1 Tabel 9,99 Nilai 12.345;}}
{\*\rsidtbl \rsid4803712\rsid7164510}{\*\generator Microsoft Word 16.0;}{\info{\title Laporan Kinerja 2019}{\author Operator}{\operator Operator}{\creatim\yr2024\mo1\dy15\hr9\min30}{\version2}{\nofpages24}{\nofwords5120}}
{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}\paperw11906\paperh16838\margl1701\margr1701\margt1701\margb1701\gutter0\ltrsect
\sectd \ltrsect\linex0\headery708\footery708\colsx708\endnhere\sectlinegrid360\sectdefaultcl\sftnbj {\footerr \ltrpar \pard\plain \ltrpar\qr \li0\ri0\widctlpar
{\field{\*\fldinst {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid4803712  PAGE   \\* MERGEFORMAT }}{\fldrslt {\rtlch\fcs1 \af1 \ltrch\fcs0 \lang1024\langfe1024\noproof\insrsid4803712 17}}}\par }
{\headerr \ltrpar \pard\plain \ltrpar\qc {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid4803712 Tahun 2019 Nilai 88,50}\par }
`

// rtfDocs are the documents every class test reads.
func rtfDocs() []struct {
	name, src string
	want      map[string][]string
} {
	capaianEdges := []int{600, 5200, 6600, 8000, 9400}
	budgetEdges := []int{1400, 5200, 7000, 8800}
	budgetTotal := []int{5200, 7000, 8800}
	dptEdges := []int{600, 4200, 5600, 7000, 8600}
	return []struct {
		name, src string
		want      map[string][]string
	}{{
		name: "WordPad: capaian and a budget whose total spans code and program",
		src: rtfHeadWordPad + `\pard\sa200\sl276\slmult1\qc\b\f1\fs28 LAPORAN KINERJA\par
KPU KABUPATEN ALOR\par
TAHUN 2022\b0\f0\fs22\par
\pard\sa200\sl276\slmult1\qj Sekretaris KPU Kabupaten Alor\par
\page
\pard\sa200\sl276\slmult1\qj\b BAB III AKUNTABILITAS KINERJA\b0\par
Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator\~kinerja:\par
\pard\sa0\qc Tabel 3.1 Capaian Kinerja Tahun 2022\par
` + rtfRowA(capaianEdges, `\b No\b0|\b Indikator Kinerja\b0|\b Target\b0|\b Realisasi\b0|\b Capaian (%)\b0`) +
			rtfRowA(capaianEdges, `1|Persentase pe\-milih pemula yang tersosialisasi|80,00|86,40|108,00`) +
			rtfRowA(capaianEdges, `2|Persentase \ldblquote laporan\rdblquote{\v  catatan tersembunyi 55,55} keuangan tepat waktu|100,00|95,00|95,00`) +
			`\pard\sa200\sl276\slmult1\qj Sumber: Sekretariat KPU Kabupaten Alor\par
\pard\sa0\qc Tabel 3.2 Realisasi Anggaran Tahun 2022\par
` + rtfRowA(budgetEdges, `Kode|Program/Kegiatan|Pagu (Rp)|Realisasi (Rp)`) +
			rtfRowA(budgetEdges, `076.01.WA|Program Dukungan Manajemen|3.250.000.000|3.087.500.000`) +
			rtfRowA(budgetEdges, `3357|Penyelenggaraan Pemilu \'26 Pemilihan|3.250.000.000|3.087.500.000`) +
			rtfRowA(budgetTotal, `\b Jumlah\b0|\b 3.250.000.000\b0|\b 3.087.500.000\b0`) +
			`\pard\sa200\par
}`,
		want: map[string][]string{
			"capaian": {"Persentase pemilih pemula yang tersosialisasi|80|86.4|108", "Persentase \"laporan\" keuangan tepat waktu|100|95|95"},
			"anggaran": {"076.01.WA|program||2022|3250000000|3087500000|162500000", "3357|kegiatan|076.01.WA|2022|3250000000|3087500000|162500000",
				"TOTAL|total||2022|3250000000|3087500000|162500000"},
		},
	}, {
		name: "Word 2003: DPT with a merged total, SAKIP history, RB prose",
		src: rtfHeadWord + `\pard\plain \ltrpar\qc \li0\ri0\sa160\sl259\slmult1\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \rtlch\fcs1 \af1\afs22 \ltrch\fcs0 \fs22\lang1057 {\rtlch\fcs1 \ab\af1 \ltrch\fcs0 \b\fs32\insrsid4803712 LAPORAN KINERJA INSTANSI PEMERINTAH}{\rtlch\fcs1 \af1 \ltrch\fcs0 \b\fs32\insrsid4803712 \par }
{\rtlch\fcs1 \ab\af1 \ltrch\fcs0 \b\fs32\insrsid4803712 KPU KOTA KUPANG TAHUN 2024}{\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid4803712 \par }
{\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid4803712 Sekretaris KPU Kota Kupang\par }
\pard\plain \ltrpar\s1\ql \keepn\pagebb\outlinelevel0 {\rtlch\fcs1 \af1 \ltrch\fcs0 \b\fs28\insrsid7164510 BAB III\par }
\pard\plain \ltrpar\qj {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid7164510 Rekapitulasi DPT Pemilu Tahun 2024 per kecamatan\u8211\'96hasil rapat pleno terbuka{\chftn}{\footnote \pard\plain {\chftn} Ditetapkan tanggal 21 Juni 2023, termasuk 1.234 pemilih pindahan.}:\par }
\pard\plain \ltrpar\qc {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid7164510 Tabel 3.5 DPT Pemilu Tahun 2024 per Kecamatan\par }
` + rtfRowB(0, dptEdges, nil, `No|Kecamatan|Laki-laki|Perempuan|Jumlah`) +
			rtfRowB(1, dptEdges, nil, `1|Alak|21.450|22.016|43.466`) +
			rtfRowB(2, dptEdges, nil, `2|Kelapa Lima|27.318|28.102|55.420`) +
			rtfRowB(3, dptEdges, map[int]bool{1: true}, `Kota Kupang||48.768|50.118|98.886`) +
			`\pard\plain \ltrpar\qj {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid7164510 \par }
{\listtext\pard\plain \ltrpar \rtlch\fcs1 \af1 \ltrch\fcs0 \f3\insrsid7164510 \loch\af3\dbch\af0\hich\f3 \'b7\tab}\pard\plain \ltrpar\qj\fi-360\li720 {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid7164510 Riwayat nilai evaluasi AKIP disajikan berikut.\par }
\pard\plain \ltrpar\qc {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid7164510 Tabel 3.6 Riwayat Nilai Evaluasi SAKIP\par }
` + rtfRowB(0, []int{2000, 4000, 6000}, nil, `Tahun|Nilai|Predikat`) +
			rtfRowB(1, []int{2000, 4000, 6000}, nil, `2022|66,41|B`) +
			rtfRowB(2, []int{2000, 4000, 6000}, nil, `2023|70,12|BB`) +
			`\pard\plain \ltrpar\qj {\rtlch\fcs1 \af1 \ltrch\fcs0 \insrsid7164510 Nilai Reformasi Birokrasi Tahun 2023 adalah 23,52 dari bobot 36,30 (64,79%).\par }
{\*\themedata 504b030414000600080000002100e9de0fbfff0000001c020000130000005b436f6e74656e745f54797065735d2e786d6c}
{\*\datastore 0105000002000000180000004d73786d6c322e534158584d4c5265616465722e362e30}}`,
		want: map[string][]string{
			"dpt": {"pemilu|2024|kecamatan|ALAK|<nil>|<nil>|21450|22016|43466", "pemilu|2024|kecamatan|KELAPA LIMA|<nil>|<nil>|27318|28102|55420",
				"pemilu|2024|kabupaten|Kota Kupang|<nil>|<nil>|48768|50118|98886"},
			"sakip": {"2022|66.41|B", "2023|70.12|BB"},
			"rb":    {"2023|23.52"},
		},
	}, {
		name: "a plain report with two tables pasted as RTF control words, no {\\rtf opening",
		src: "LAPORAN KINERJA KPU KABUPATEN NGADA TAHUN 2023\n\nSekretaris KPU Kabupaten Ngada\n\n" +
			"Hasil Evaluasi AKIP Tahun 2023 per komponen disajikan pada tabel berikut.\n" +
			`\pard\plain\f0\fs24\ql Tabel 3.7 Nilai Komponen AKIP Tahun 2023\par` + "\n" +
			rtfRowC([]int{4800, 6400, 8000}, `Komponen|Bobot|Nilai`) +
			rtfRowC([]int{4800, 6400, 8000}, `Perencanaan Kinerja|30|21,60`) +
			rtfRowC([]int{4800, 6400, 8000}, `Pengukuran Kinerja|30|19,95`) +
			rtfRowC([]int{4800, 6400, 8000}, `Pelaporan Kinerja|15|10,40`) +
			rtfRowC([]int{4800, 6400, 8000}, `Evaluasi Akuntabilitas Kinerja Internal|25|15,30`) +
			rtfRowC([]int{4800, 6400, 8000}, `Nilai Hasil Evaluasi|100|67,25`) +
			`\pard\par` + "\n" + "Nilai tersebut naik dari tahun sebelumnya.\n\n" +
			`{\pard\qc\b\fs22 Tabel 3.1b Realisasi Indikator Tahun 2021-2023\b0\par}` + "\n" +
			rtfRowA([]int{5000, 6500, 8000, 9500}, `Indikator Kinerja|2021|2022|2023`) +
			rtfRowA([]int{5000, 6500, 8000, 9500}, `Persentase TPS yang memenuhi standar aksesibilitas|70,50%|78,00%|84,25%`) +
			rtfRowA([]int{5000, 6500, 8000, 9500}, `Persentase keberatan pemilih yang diselesaikan|88,00%|91,50%|96,75%`) +
			`\pard\par` + "\n" + "Kedua indikator meningkat setiap tahun.\n",
		want: map[string][]string{
			"sakip":          {"2023|67.25|B"},
			"sakip_komponen": {"2023|perencanaan|30|21.6", "2023|pengukuran|30|19.95", "2023|pelaporan|15|10.4", "2023|evaluasi_internal|25|15.3"},
			"capaian_seri": {"Persentase TPS yang memenuhi standar aksesibilitas|2021|realisasi|70.5",
				"Persentase TPS yang memenuhi standar aksesibilitas|2022|realisasi|78", "Persentase TPS yang memenuhi standar aksesibilitas|2023|realisasi|84.25",
				"Persentase keberatan pemilih yang diselesaikan|2021|realisasi|88", "Persentase keberatan pemilih yang diselesaikan|2022|realisasi|91.5",
				"Persentase keberatan pemilih yang diselesaikan|2023|realisasi|96.75"},
		},
	}, {
		name: "a plain report holding one RTF document: its budget, a wider cell merged with \\clmgf",
		src: "LAPORAN KINERJA\nKPU KABUPATEN LEMBATA\nTAHUN ANGGARAN 2021\n\nSekretaris KPU Kabupaten Lembata\n\n" +
			"Realisasi anggaran disalin dari lampiran berikut: " +
			`{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}{\pict\wmetafile8\picw1200\pich800 0100090000035a0200000000310200003331323334353637}` + "\n" +
			`\pard\qc Tabel 3.3 Realisasi Anggaran Tahun 2021 (Rp)\par` + "\n" +
			rtfRowB(0, []int{1200, 5000, 7000, 9000}, nil, `Kode|Uraian|Pagu|Realisasi`) +
			rtfRowB(1, []int{1200, 5000, 7000, 9000}, nil, `076.01.WA|Program Dukungan Manajemen|1.840.000.000|1.702.000.000`) +
			rtfRowB(2, []int{1200, 5000, 7000, 9000}, nil, `076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|260.000.000|248.500.000`) +
			rtfRowB(3, []int{1200, 5000, 7000, 9000}, map[int]bool{1: true}, `Total||2.100.000.000|1.950.500.000`) +
			`\pard\par}` + "\n\nSisa anggaran disetor ke kas negara.\n",
		want: map[string][]string{
			"anggaran": {"076.01.WA|program||2021|1840000000|1702000000|138000000", "076.01.CQ|program||2021|260000000|248500000|11500000",
				"TOTAL|total||2021|2100000000|1950500000|149500000"},
		},
	}, {
		name: "rows of other widths and no edges the rows agree on are kept as they are",
		src: `{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard LAPORAN KINERJA KPU KABUPATEN SUMBA TIMUR TAHUN 2020\par\par Sekretaris KPU Kabupaten Sumba Timur\par\par` + "\n" +
			`Tabel 3.4 DPT Pemilihan Tahun 2020 per Kecamatan\par` + "\n" +
			`\trowd\cellx500\cellx3000\cellx4500\cellx6000\cellx7500 \intbl No\cell Kecamatan\cell L\cell P\cell L+P\cell\row` + "\n" +
			`\trowd\cellx500\cellx3000\cellx4500\cellx6000\cellx7500 \intbl 1\cell Pandawai\cell 9.870\cell 9.655\cell 19.525\cell\row` + "\n" +
			`\trowd\cellx510\cellx2950\cellx4400\cellx6100\cellx7500 \intbl 2\cell Kambera\cell 21.004\cell 21.873\cell 42.877\cell\row` + "\n" +
			`\trowd\cellx1800\cellx4000\cellx7500 \intbl Jumlah\cell 30.874\cell 31.528\cell 62.402\cell\row` + "\n" +
			`\pard\par}`,
		want: map[string][]string{
			// The total row stays one cell short; the DPT reader takes its
			// label as spanning No and Kecamatan, since its three figures
			// fill L, P and L+P exactly and add up (dpt_shifted.go).
			"dpt": {"pilkada|2020|kecamatan|PANDAWAI|<nil>|<nil>|9870|9655|19525", "pilkada|2020|kecamatan|KAMBERA|<nil>|<nil>|21004|21873|42877",
				"pilkada|2020|kabupaten|Kabupaten Sumba Timur|<nil>|<nil>|30874|31528|62402"},
		},
	}, {
		name: "TextEdit: paragraphs ended by a backslash at the line end, a sasaran spanning rows",
		src: `{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\pardirnatural\partightenfactor0

\f1\b\fs24 \cf0 LAPORAN KINERJA KPU KABUPATEN MANGGARAI BARAT TAHUN 2019\
\
\f0\b0 Sekretaris KPU Kabupaten Manggarai Barat\
\
Tabel 3.1 Pengukuran Kinerja Tahun 2019\
` + rtfRowTE(true, false, `No|Sasaran Strategis|Indikator Kinerja|Target|Realisasi|Capaian`) +
			rtfRowTE(false, false, `1|Meningkatnya kualitas penyelenggaraan Pemilu|Persentase TPS yang rekapitulasinya tepat waktu|90,00|93,60|104,00`) +
			rtfRowTE(false, true, `2||Persentase pemilih yang menggunakan hak pilih|77,50|79,05|102,00`) +
			`\pard\tx566\pardirnatural\partightenfactor0
\cf0 \
Seluruh indikator tercapai \uc0\u8211  lihat lampiran.}`,
		want: map[string][]string{
			"capaian": {"Persentase TPS yang rekapitulasinya tepat waktu|90|93.6|104", "Persentase pemilih yang menggunakan hak pilih|77.5|79.05|102"},
		},
	}, {
		name: "a pasted part whose text stands on lines of its own, one row a line",
		src: "LAPORAN KINERJA KPU KABUPATEN ROTE NDAO TAHUN 2024\n\nSekretaris KPU Kabupaten Rote Ndao\n\n" +
			"Data pemilih hasil rekapitulasi tingkat kabupaten:\n\n" +
			`\pard\plain\s2\ql\b\fs22` + "\n" + "Tabel 3.4 Rekapitulasi DPT Pemilu Tahun 2024 per Kecamatan\n" + `\b0\par` + "\n" +
			`\trowd\trgaph70\cellx500\cellx3500\cellx5000\cellx6500\cellx8000` + "\n" + `\pard\intbl` + "\n" +
			"No\\cell\nKecamatan\\cell\nL\\cell\nP\\cell\nL+P\\cell\n\\row\n" +
			`\pard\intbl 1\cell Lobalain\cell 11.204\cell 11.596\cell 22.800\cell\row` + "\n" +
			`\pard\intbl 2\cell Rote Barat Daya\cell 8.615\cell 8.880\cell 17.495\cell\row` + "\n" +
			`\trowd\trgaph70\cellx3500\cellx5000\cellx6500\cellx8000\pard\intbl Jumlah\cell 19.819\cell 20.476\cell 40.295\cell\row` + "\n" +
			`\pard\par` + "\n\nSumber: rapat pleno terbuka KPU Kabupaten Rote Ndao.\n",
		want: map[string][]string{
			"dpt": {"pemilu|2024|kecamatan|LOBALAIN|<nil>|<nil>|11204|11596|22800", "pemilu|2024|kecamatan|ROTE BARAT DAYA|<nil>|<nil>|8615|8880|17495",
				"pemilu|2024|kabupaten|Kabupaten Rote Ndao|<nil>|<nil>|19819|20476|40295"},
		},
	}}
}

// rtfRowTE writes a row as TextEdit does (\itap1, \gaph, \lastrow), the
// second cell opening a vertical merge in the first body row (first) or
// continuing it (cont).
func rtfRowTE(header, cont bool, cells string) string {
	var b strings.Builder
	b.WriteString(`\itap1\trowd \taflags1 \trgaph108\trleft-108 \trbrdrt\brdrnil \trbrdrl\brdrnil \trbrdrr\brdrnil` + "\n")
	for k, x := range []int{600, 3600, 6800, 7900, 9000, 10100} {
		if k == 1 && cont {
			b.WriteString(`\clvmrg`)
		} else if k == 1 && !header {
			b.WriteString(`\clvmgf`)
		}
		fmt.Fprintf(&b, `\clvertalc \clshdrawnil \clwWidth1700\clftsWidth3 \clbrdrt\brdrnil \clbrdrl\brdrnil \clpadl100 \clpadr100 \gaph\cellx%d`+"\n", x)
	}
	for _, c := range strings.Split(cells, "|") {
		b.WriteString(`\pard\intbl\itap1\pardeftab720\partightenfactor0` + "\n" + `\cf0 ` + c + `\cell ` + "\n")
	}
	if cont {
		return b.String() + `\lastrow\row` + "\n"
	}
	return b.String() + `\row` + "\n"
}

// TestRTFDocuments: a report pasted as its RTF source reads as the text
// it shows: the cover gives the identity, each family its rows.
func TestRTFDocuments(t *testing.T) {
	families := []string{"capaian", "capaian_seri", "anggaran", "dpt", "sakip", "sakip_komponen", "rb"}
	for _, tc := range rtfDocs() {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Text(tc.name, []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			for _, fam := range families {
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
			if t.Failed() || testing.Verbose() {
				t.Logf("text:\n%s", rtfText([]byte(tc.src)))
			}
		})
	}
}

// TestRTFPlain: the converter keeps what a reader of the document sees
// and nothing else: escapes are their characters, unknown control words,
// pictures, binary data, hidden text and field codes are dropped, a page
// break is a form feed line.
func TestRTFPlain(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"escapes", `{\rtf1\ansi Caf\'e9\~Sabu\-Raijua \u8211? 1\u8212\'97 2 \{x\} C:\\arsip \emdash\par}`,
			"Café SabuRaijua – 1— 2 {x} C:\\arsip —\n"},
		{"unknown words dropped, a \\uc0 Unicode run", `{\rtf1\ansi\foo12 \barbaz Nilai {\uc0\u8805 }70\par\mystery-3 akhir\par}`,
			"Nilai ≥70\nakhir\n"},
		{"pictures, binary data, field codes, hidden and deleted text", `{\rtf1{\*\shppict{\pict\pngblip 89504e47 1234}}{\nonshppict{\pict\wmetafile8 0100}}` +
			"A{\\v 99,99}{\\deleted 88,88}B{\\bin2 \x01}}{\\x {\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt tautan}}\\par}",
			"ABtautan\n"},
		{"an \\upr's Unicode twin read once, a surrogate pair, \\uc2", `{\rtf1 {\upr{Kab. Ngada}{\*\ud{Kab. Ng\u257?da}}} \u-10179?\u-8694? {\uc2\u8805\'3e=}5\par}`,
			"Kab. Ngāda 😊 ≥5\n"},
		{"page break, line break, paragraph tabs", `{\rtf1 Halaman satu\line baris\page Halaman dua\tab 12\par}`,
			"Halaman satu\nbaris\n\f\nHalaman dua\t12\n"},
		{"a cell's paragraphs and breaks are spaces", `{\rtf1\trowd\cellx2000\cellx4000\pard\intbl Program\par Dukungan\line Manajemen\cell 1.000\tab\cell\row\pard Sesudah\par}`,
			"Program Dukungan Manajemen\t1.000\nSesudah\n"},
		{"a letter-spaced title keeps the three spaces between its words", `{\rtf1\trowd\cellx3000\cellx5000\pard\intbl  N I L A I   A K H I R \cell P R E D I K A T\cell\row}`,
			"N I L A I   A K H I R\tP R E D I K A T\n"},
		{"a caption the table follows without \\par", `{\rtf1\pard Tabel 3.2 Realisasi\trowd\cellx2000\cellx4000\pard\intbl A\cell 5\cell\row}`,
			"Tabel 3.2 Realisasi\nA\t5\n"},
		{"a row never closed by \\row ends with its table", `{\rtf1\trowd\cellx2000\cellx4000\pard\intbl A\cell 5\cell\pard Teks\par}`,
			"A\t5\nTeks\n"},
	}
	for _, tc := range tests {
		if got := rtfPlain([]byte(tc.src)); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
	// two RTF documents in one text, plain text around them
	if got := string(rtfText([]byte("a\n{\\rtf1 X\\par}\nb\n{\\rtf1 Y\\par} \nc\n"))); got != "a\nX\nb\nY\nc\n" {
		t.Errorf("two sources: %q", got)
	}
	// an RTF cover never closed: the plain text after its lines stays as it is
	if got := string(rtfText([]byte("{\\rtf1\\ansi\\pard\\qc\\b LAPORAN KINERJA\\par\n\\pard\\ql\\b0 Sekretaris\\par\n\nBAB I\nPENDAHULUAN\n"))); got != "LAPORAN KINERJA\nSekretaris\n\nBAB I\nPENDAHULUAN\n" {
		t.Errorf("unclosed: %q", got)
	}
	// no RTF: the text itself, LaTeX's \par and \tab and a path included
	for _, text := range []string{"Lihat C:\\data\\fs2024\\laporan.txt dan D:\\par\\row.\n",
		"\\section{Capaian}\n\\textbf{No} & Indikator \\\\\n\\par\n\\hline\n", "Tanpa garis miring sama sekali.\n"} {
		if got := string(rtfText([]byte(text))); got != text {
			t.Errorf("rewritten: %q → %q", text, got)
		}
	}
}

// TestRTFAlign: a short row takes the widest row's columns only when its
// edges prove it: a label spanning columns stands in the last of them; a
// row drawn with even widths (every cell spanning two columns), a figure
// spanning columns, a title across the whole table or edges off the grid
// keep their cells.
func TestRTFAlign(t *testing.T) {
	even := []rtfBound{{x: 1500}, {x: 3000}, {x: 4500}, {x: 6000}, {x: 7500}, {x: 9000}}
	row := func(cells string, xs ...int) rtfRow {
		r := rtfRow{cells: strings.Split(cells, "|")}
		for _, x := range xs {
			r.bounds = append(r.bounds, rtfBound{x: x})
		}
		return r
	}
	head := rtfRow{cells: strings.Split("No|Kode|Uraian|Pagu|Realisasi|Sisa", "|"), bounds: even}
	tests := []struct {
		name string
		row  rtfRow
		want string
	}{
		{"a label spanning No and Kode", row("Jumlah|Belanja|10|9|1", 3000, 4500, 6000, 7500, 9000), "\tJumlah\tBelanja\t10\t9\t1"},
		{"edges a few twips apart are one", row("Jumlah|Belanja|10|9|1", 3010, 4490, 6000, 7520, 9000), "\tJumlah\tBelanja\t10\t9\t1"},
		{"even widths: every cell spans two", row("Jumlah|10|9", 3000, 6000, 9000), "Jumlah\t10\t9"},
		{"a figure spanning columns", row("Jumlah|Belanja|10|9", 1500, 3000, 6000, 9000), "Jumlah\tBelanja\t10\t9"},
		{"a title across the table", row("Sasaran Strategis 1", 9000), "Sasaran Strategis 1"},
		{"an edge off the grid", row("Jumlah|Belanja|10|9|1", 2200, 4500, 6000, 7500, 9000), "Jumlah\tBelanja\t10\t9\t1"},
		{"fewer edges than cells", row("Jumlah|Belanja|10|9|1", 3000, 9000), "Jumlah\tBelanja\t10\t9\t1"},
	}
	for _, tc := range tests {
		got := rtfAlign([]rtfRow{head, tc.row})
		if s := strings.Join(got[1], "\t"); s != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, s, tc.want)
		}
	}
}
