package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// printSetup is one made-up way of printing a text file as it is: the
// page, the type (Courier: an advance of 0.6 em), the line pitch, the
// side and top margins, and the furniture every page carries.
type printSetup struct {
	w, h, size, lead, side, top float64
	head, foot                  string // foot holds %d for the page number
}

// printText prints a text file the way Notepad, enscript or a2ps do:
// TABs expanded to stops of eight, a line longer than the page wrapped
// at its last space with the rest at the margin, form feeds ignored, the
// header centred on top and the footer centred at the foot.
func printText(ps printSetup, text string) []byte {
	adv := 0.6 * ps.size
	cols := int((ps.w - 2*ps.side) / adv)
	var lines []string
	for _, ln := range strings.Split(text, "\n") {
		if ln == "\f" {
			continue
		}
		ln = expandTabs(ln)
		for len(ln) > cols {
			cut := strings.LastIndexByte(ln[:cols+1], ' ')
			rest := strings.TrimLeft(ln[cut:], " ")
			lines = append(lines, strings.TrimRight(ln[:cut], " "))
			ln = rest
		}
		lines = append(lines, ln)
	}
	per := int((ps.h - 2*ps.top) / ps.lead)
	var pages []string
	for n := 0; n*per < len(lines); n++ {
		var b strings.Builder
		put := func(x, y float64, s string) {
			fmt.Fprintf(&b, "BT /F2 %.1f Tf %.2f %.2f Td (%s) Tj ET\n", ps.size, x, y, pdfEscape(s))
		}
		centre := func(y float64, s string) { put((ps.w-float64(len(s))*adv)/2, y, s) }
		centre(ps.h-ps.top/2, ps.head)
		for i, l := range lines[n*per : min(len(lines), (n+1)*per)] {
			if l != "" {
				put(ps.side, ps.h-ps.top-ps.lead*float64(i+1), l)
			}
		}
		centre(ps.top/2, fmt.Sprintf(ps.foot, n+1))
		pages = append(pages, b.String())
	}
	return sheetsPDF(ps.w, ps.h, pages...)
}

func expandTabs(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '\t' {
			for b.WriteByte(' '); b.Len()%8 != 0; {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestPlainPrintClass: a report kept as a TAB text file and printed as it
// is (a monospaced face, TABs expanded to stops of eight columns, rows
// longer than the page wrapped at a space onto the margin, the file name
// on top and a page number at the foot of each page) reads as the TAB
// rows of the file: a wrapped row joins again when the table's header
// proves it (broken at a TAB or inside a cell, on the same page or over a
// page break), a TAB that expanded to one space comes back when the
// header's count proves it, and a row the count cannot prove stays as
// printed rather than guessed.
func TestPlainPrintClass(t *testing.T) {
	notepad := printSetup{w: 595, h: 842, size: 9, lead: 11.25, side: 57, top: 71,
		head: "LKj Bawaslu Belu 2022.txt", foot: "Halaman %d"}
	enscript := printSetup{w: 612, h: 792, size: 10, lead: 11.5, side: 72, top: 60,
		head: "lakip_kpu_alor_2021.txt", foot: "Page %d of 9"}
	a2ps := printSetup{w: 595, h: 842, size: 8, lead: 9, side: 40, top: 50,
		head: "LKJ-KPU-LEMBATA-2020.TXT", foot: "- %d -"}
	prose := strings.Repeat("Sekretariat menyusun laporan kinerja sebagai bentuk pertanggungjawaban "+
		"atas pelaksanaan tugas.\n", 6)
	filler := func(n int) string { return strings.Repeat("Uraian kegiatan tahun berjalan.\n", n) }
	tests := []struct {
		name string
		ps   printSetup
		text string
		want []string // rows the output holds, in order
		not  []string // lines the output must not hold
	}{
		{"budget rows wrapped at a TAB and in a cell", notepad,
			prose + filler(60) + "\nTabel 3.4 Realisasi Anggaran\n\n" +
				"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)\n" +
				"076.01.WA\tProgram Dukungan Manajemen Sekretariat\t3.114.200.000\t2.980.441.650\t133.758.350\t95,70\n" +
				"3360\tOperasional Perkantoran dan Dukungan Sarana\t1.208.700.000\t1.150.002.300\t58.697.700\t95,14\n" +
				"6867\tPembentukan Badan Adhoc\t880.000.000\t861.300.000\t18.700.000\t97,88\n" +
				"\tJUMLAH\t5.202.900.000\t4.991.743.950\t211.156.050\t95,94\n\nSumber: SAKTI.\n",
			[]string{
				"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
				"076.01.WA\tProgram Dukungan Manajemen Sekretariat\t3.114.200.000\t2.980.441.650\t133.758.350\t95,70",
				"3360\tOperasional Perkantoran dan Dukungan Sarana\t1.208.700.000\t1.150.002.300\t58.697.700\t95,14",
				"6867\tPembentukan Badan Adhoc\t880.000.000\t861.300.000\t18.700.000\t97,88",
				"\tJUMLAH\t5.202.900.000\t4.991.743.950\t211.156.050\t95,94",
			}, []string{"LKj Bawaslu Belu 2022.txt", "Halaman 1"}},
		{"capaian rows wrapped inside the indicator", enscript,
			prose + "\nTabel 3.1 Pengukuran Kinerja\n\n" +
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian\n" +
				"1\tPersentase laporan keuangan yang disusun tepat waktu dan akurat sesuai standar akuntansi\t%\t100,00\t96,50\t96,50\n" +
				"2\tIndeks kepuasan peserta pemilu\tIndeks\t3,20\t3,41\t106,56\n\n" + filler(50),
			[]string{
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
				"1\tPersentase laporan keuangan yang disusun tepat waktu dan akurat sesuai standar akuntansi\t%\t100,00\t96,50\t96,50",
				"2\tIndeks kepuasan peserta pemilu\tIndeks\t3,20\t3,41\t106,56",
			}, []string{"lakip_kpu_alor_2021.txt"}},
		{"a row wrapped over a page break, a TAB of one space", a2ps,
			filler(78) + "Tabel 3.2 Komponen\n\n" +
				"No\tKomponen penilaian\tBobot\tNilai\tKeterangan tambahan hasil evaluasi\n" +
				"1\tPerencanaan Kinerja dan penyelarasan dokumen rencana strategis dengan rencana kerja tahunan satker\t30,00\t21,15\tlengkap\n" +
				"2\tReviu Akuntabilitas Unit Intern\t25,00\t16,40\tbaik\n" +
				"3\tPengukuran Kinerja\t30,00\t20,10\tcukup\n",
			[]string{
				"No\tKomponen penilaian\tBobot\tNilai\tKeterangan tambahan hasil evaluasi",
				"1\tPerencanaan Kinerja dan penyelarasan dokumen rencana strategis dengan rencana kerja tahunan satker\t30,00\t21,15\tlengkap",
				"2\tReviu Akuntabilitas Unit Intern\t25,00\t16,40\tbaik",
				"3\tPengukuran Kinerja\t30,00\t20,10\tcukup",
			}, []string{"- 2 -"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Convert(context.Background(), printText(tc.ps, tc.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if l != "\f" {
					got = append(got, l)
				}
			}
			k := 0
			for _, l := range got {
				if k < len(tc.want) && l == tc.want[k] {
					k++
				}
				for _, n := range tc.not {
					if strings.Contains(l, n) {
						t.Errorf("page furniture kept: %q", l)
					}
				}
			}
			if k < len(tc.want) {
				t.Errorf("row %q missing; got:\n%s", tc.want[k], strings.Join(got, "\n"))
			}
		})
	}
}

// TestPlainPrintUnproven: a wrapped row whose pieces fit the header in
// two ways (a TAB of one space inside the name, or the wrapped rest) is
// left as printed, never joined by a guess.
func TestPlainPrintUnproven(t *testing.T) {
	pp := &plainPrint{cols: 88}
	// "Sumber Daya" and "Manusia 394" both end on a stop with one space.
	a := "3358    Pengelolaan Sumber Daya Manusia 394.555.000     374.161.429     20.393.571"
	if got, ok := pp.provenRow(a, "94,83", "", 6); ok {
		t.Errorf("proved %q", got)
	}
	// A single space on a stop and a one-cell shortfall prove the TAB.
	a = "4       Penilaian Kinerja Internal Satuan Kerja 25,00   17,69"
	if got, ok := pp.provenRow(a, "", "", 4); !ok || got != "4\tPenilaian Kinerja Internal Satuan Kerja\t25,00\t17,69" {
		t.Errorf("got %q %v", got, ok)
	}
}
