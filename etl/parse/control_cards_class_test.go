package parse

import (
	"fmt"
	"testing"
)

// cardLine is one made-up control card: its program, kegiatan, pagu and
// payments; sisa is what the card states (pagu − payments unless a case
// writes another figure).
type cardLine struct {
	program, code, name string
	pagu                int64
	pays                []int64
}

func (c cardLine) real() int64 {
	var s int64
	for _, v := range c.pays {
		s += v
	}
	return s
}

// cardStyle is how an office words and lays out its cards.
type cardStyle struct {
	head      func(c cardLine) []string // the head's labelled lines
	payHead   string                    // the payments' header row
	payRow    func(k int, v, cum int64) string
	real      func(v int64) string // the stated realisasi ("" for none)
	sisa      func(v int64) string // the stated sisa ("" for none)
	title     func(k int) string   // a line over each card ("" for none)
	sisaDelta int64                // added to every stated sisa
}

// cardDoc writes the cards under a caption, then a recapitulation of the
// programs and the total.
func cardDoc(st cardStyle, cards []cardLine, recap []string) []string {
	out := []string{"Tabel 3.5 Kartu Pengawasan Anggaran Tahun 2023", ""}
	for k, c := range cards {
		if st.title != nil {
			out = append(out, st.title(k+1))
		}
		out = append(out, st.head(c)...)
		if st.payHead != "" {
			out = append(out, st.payHead)
			var cum int64
			for i, v := range c.pays {
				cum += v
				out = append(out, st.payRow(i+1, v, cum))
			}
		}
		if l := st.real(c.real()); l != "" {
			out = append(out, l)
		}
		if st.sisa != nil {
			out = append(out, st.sisa(c.pagu-c.real()+st.sisaDelta))
		}
		out = append(out, "")
	}
	return append(out, recap...)
}

var cardLines = []cardLine{
	{"076.01.WA", "3357", "Layanan Umum", 874_250_000, []int64{301_000_000, 288_450_000, 261_553_400}},
	{"076.01.WA", "3359", "Pengelolaan Keuangan dan BMN", 512_800_000, []int64{250_000_000, 249_612_000}},
	{"076.01.CQ", "6641", "Fasilitasi Kampanye", 1_120_000_000, []int64{400_000_000, 350_500_000, 299_250_000, 20_000_000}},
}

// cardRecap is the recapitulation after the cards: the programs and the
// total, as an ordinary table.
var cardRecap = []string{
	"Rekapitulasi per Program Tahun 2023", "",
	"Kode\tProgram\tPagu\tRealisasi\tSisa",
	"076.01.WA\tProgram Dukungan Manajemen\t1.387.050.000\t1.350.615.400\t36.434.600",
	"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t1.120.000.000\t1.069.750.000\t50.250.000",
	"\tJumlah\t2.507.050.000\t2.420.365.400\t86.684.600",
}

var cardRecapRows = []string{
	"076.01.WA|program||2023|1387050000|1350615400|36434600",
	"076.01.CQ|program||2023|1120000000|1069750000|50250000",
	"TOTAL|total||2023|2507050000|2420365400|86684600",
}

func tabHead(c cardLine) []string {
	return []string{"Program\t: " + c.program + " Program " + c.code, "Kegiatan\t: " + c.code + " " + c.name, "Pagu\t: Rp " + rupiah(c.pagu)}
}

func spacedHead(c cardLine) []string {
	return []string{"Kode Program   : " + c.program[len(c.program)-2:], "Kode Kegiatan  : " + c.code,
		"Nama Kegiatan  : " + c.name, "Pagu DIPA      : Rp. " + rupiah(c.pagu)}
}

func tabPay(k int, v, cum int64) string {
	return fmt.Sprintf("%02d%04d/SP2D/2023\t%02d/0%d/2023\t%s\t%s", k, 117*k, 3+k, k+2, rupiah(v), rupiah(cum))
}

func TestControlCardsClass(t *testing.T) {
	withSisa := cardStyle{
		head:    tabHead,
		payHead: "Nomor SP2D\tTanggal\tNilai (Rp)\tKumulatif (Rp)",
		payRow:  tabPay,
		real:    func(v int64) string { return "\tTotal Realisasi\t" + rupiah(v) },
		sisa:    func(v int64) string { return "\tSisa Anggaran\t" + rupiah(v) },
		title:   func(k int) string { return fmt.Sprintf("KARTU KENDALI KEGIATAN NO. %d", k) },
	}
	kegiatan := []string{
		"3357|kegiatan|076.01.WA|2023|874250000|851003400|23246600",
		"3359|kegiatan|076.01.WA|2023|512800000|499612000|13188000",
		"6641|kegiatan|076.01.CQ|2023|1120000000|1069750000|50250000",
	}
	// spaced heads, the payments' amounts before their dates, the
	// realisasi a labelled line and no sisa: the payments prove it
	noSisa := cardStyle{
		head:    spacedHead,
		payHead: "No\tJumlah SP2D (Rp)\tTanggal",
		payRow:  func(k int, v, _ int64) string { return fmt.Sprintf("%d\t%s\t1%d-0%d-2023", k, rupiah(v), k, k+3) },
		real:    func(v int64) string { return "Jumlah Realisasi : Rp. " + rupiah(v) },
	}
	// a card per kegiatan with no payments: pagu, realisasi, sisa stated
	record := cardStyle{
		head: func(c cardLine) []string {
			return []string{"Kegiatan : " + c.program[len(c.program)-2:] + "." + c.code + " " + c.name, "Pagu Anggaran : " + rupiah(c.pagu)}
		},
		real: func(v int64) string { return "Realisasi : " + rupiah(v) },
		sisa: func(v int64) string { return "Sisa Dana : " + rupiah(v) },
	}
	// the sisa off by a thousand: nothing proves the card's figures
	wrongSisa := withSisa
	wrongSisa.sisaDelta = 1000
	// only the running total: never taken for the realisasi
	cumOnly := withSisa
	cumOnly.real = func(int64) string { return "" }
	cumOnly.sisa = nil
	// no sisa stated: none loaded
	noSisaRows := []string{
		"3357|kegiatan|076.01.WA|2023|874250000|851003400|<nil>",
		"3359|kegiatan|076.01.WA|2023|512800000|499612000|<nil>",
		"6641|kegiatan|076.01.CQ|2023|1120000000|1069750000|<nil>",
	}
	tests := []docCase{
		{name: "tab head, payments, total and sisa", body: cardDoc(withSisa, cardLines, cardRecap),
			want: map[string][]string{"anggaran": append(append([]string{}, kegiatan...), cardRecapRows...)}},
		{name: "spaced head, payments prove the realisasi", body: cardDoc(noSisa, cardLines, cardRecap),
			want: map[string][]string{"anggaran": append(append([]string{}, noSisaRows...), cardRecapRows...)}},
		{name: "record per kegiatan", body: cardDoc(record, cardLines, nil),
			want: map[string][]string{"anggaran": kegiatan}},
		// the figures unproven: the kegiatan not loaded, each card reported
		{name: "sisa that does not prove", body: cardDoc(wrongSisa, cardLines, cardRecap),
			want: map[string][]string{"anggaran": cardRecapRows}},
		{name: "running total only", body: cardDoc(cumOnly, cardLines, cardRecap),
			want: map[string][]string{"anggaran": cardRecapRows}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
	for _, tc := range tests[3:4] {
		d := parseDoc(t, tc.name, tc.body...)
		n := 0
		for _, f := range d.Findings {
			if f.Aturan == "anggaran.kartu_tidak_terbukti" {
				n++
			}
		}
		if n != len(cardLines) {
			t.Errorf("%s: %d findings anggaran.kartu_tidak_terbukti, want %d", tc.name, n, len(cardLines))
		}
	}
}
