package parse

import (
	"strings"
	"testing"
)

// TestGlossedBoxedClass: keyed records boxed by one rule character with
// inner rules of another (loan cards, rental contract cards) are one
// record a box: fields on both sides of the inner rules, a sub-table
// inside (instalments, payments) no fact, whether or not it sums; the
// proofs hold (sisa = pagu − realisasi, the percent, kegiatan to their
// program, programs to the total). A cooperative's real loan cards (no
// key, or names in place of budget codes) and records under one heavy rule
// parted by light ones (the old reading) stay as they were.
func TestGlossedBoxedClass(t *testing.T) {
	head := []string{"C. Realisasi Anggaran", "", "Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}
	// card draws one box: the outer rule, parts parted by the inner rule
	card := func(outer, inner string, parts ...[]string) []string {
		out := []string{strings.Repeat(outer, 60)}
		for k, p := range parts {
			if k > 0 {
				out = append(out, strings.Repeat(inner, 60))
			}
			out = append(out, p...)
		}
		return append(out, strings.Repeat(outer, 60), "")
	}
	type budget struct{ code, name, parent, pagu, real, sisa, pct string }
	lines := []budget{
		{"076.01.WA", "Program Dukungan Manajemen", "", "1.000.000.000", "900.000.000", "100.000.000", "90,00"},
		{"3355", "Pengelolaan Keuangan dan Barang Milik Negara", "076.01.WA", "600.000.000", "550.000.000", "50.000.000", "91,67"},
		{"3360", "Operasional Perkantoran", "076.01.WA", "400.000.000", "350.000.000", "50.000.000", "87,50"},
		{"", "REKAP SELURUH KARTU", "", "1.000.000.000", "900.000.000", "100.000.000", "90,00"},
	}
	want := []string{"076.01.WA|program||2024|1000000000|900000000|100000000",
		"3355|kegiatan|076.01.WA|2024|600000000|550000000|50000000",
		"3360|kegiatan|076.01.WA|2024|400000000|350000000|50000000",
		"TOTAL|total||2024|1000000000|900000000|100000000"}
	// a staff cooperative's loan cards: `#` boxes, `-` inner rules, four
	// instalments summing to the realisasi
	loans := func(shares func(b budget) []string) []string {
		out := append(append([]string{}, head...),
			"KOPERASI KARYAWAN KPU KABUPATEN NAGEKEO: Plafon Pinjaman = pagu, Jumlah Angsuran = realisasi, Sisa Pinjaman = sisa pagu.", "")
		for n, b := range lines {
			who := b.code
			if who == "" {
				who = b.name
			}
			top := []string{"  Peminjam        : " + who}
			if b.code != "" {
				top = append(top, "                    "+b.name)
			} else {
				top = append(top, "                    Jumlah seluruh kartu")
			}
			if b.parent != "" {
				top = append(top, "  Penjamin        : program "+b.parent)
			}
			top = append(top, "  Plafon Pinjaman : Rp "+b.pagu)
			inst := []string{"  Angsuran   Tanggal        Pokok Dibayar (Rp)"}
			for k, s := range shares(b) {
				inst = append(inst, "  ke-"+string(rune('1'+k))+"       30-0"+string(rune('3'+3*k%9))+"-2024     "+s)
			}
			out = append(out, card("#", "-",
				[]string{"  KOPERASI KARYAWAN KPU NAGEKEO        Kartu No. 00" + string(rune('1'+n)), "  KARTU ANGSURAN PINJAMAN"},
				top, inst[:1], inst[1:],
				[]string{"  Jumlah Angsuran  : Rp " + b.real, "  Sisa Pinjaman    : Rp " + b.sisa, "  Persentase Lunas : " + b.pct + " %"})...)
		}
		return append(out, "Kartu dibukukan oleh bendahara.", "", "Sumber: SAKTI.")
	}
	halves := func(b budget) []string {
		// two instalments: half the realisasi each (the figures are even)
		h := map[string]string{"900.000.000": "450.000.000", "550.000.000": "275.000.000", "350.000.000": "175.000.000"}[b.real]
		return []string{h, h}
	}
	odd := func(b budget) []string { return []string{"1.000", "2.000", "3.000"} } // sums to nothing
	// a rental contract's cards: `=` boxes, `.` inner rules, the parent
	// after the sub-table, the key in prose under the cards
	rental := func() []string {
		out := append([]string{}, head...)
		for _, b := range lines {
			who := b.code + "  " + b.name
			if b.code == "" {
				who = b.name
			}
			after := []string{"  SEWA TERBAYAR  : " + b.real, "  SISA SEWA      : " + b.sisa}
			if b.parent != "" {
				after = append(after, "  Pemilik Gedung : program "+b.parent)
			}
			out = append(out, card("=", ".",
				[]string{"  KONTRAK SEWA GEDUNG TAHUN 2024"},
				[]string{"  Penyewa        : " + who, "  HARGA SEWA     : " + b.pagu},
				[]string{"  Bulan          Dibayar", "  Januari        10.000.000", "  Juli           20.000.000"},
				after)...)
		}
		return append(out, "Kunci kartu sewa: HARGA SEWA = pagu, SEWA TERBAYAR = realisasi dan SISA SEWA = sisa pagu.", "", "Sumber: SAKTI.")
	}
	// `+===+` boxes with `|` sides, `+---+` inner rules
	sided := func() []string {
		out := append([]string{}, head...)
		out = append(out, "Kunci: NILAI KONTRAK = pagu; NILAI DIBAYAR = realisasi; SISA KONTRAK = sisa pagu.", "")
		box := func(l string) string { return "| " + l + strings.Repeat(" ", max(0, 56-len(l))) + " |" }
		for _, b := range lines {
			out = append(out, "+"+strings.Repeat("=", 58)+"+", box("SURAT PERINTAH KERJA"), "+"+strings.Repeat("-", 58)+"+")
			out = append(out, box("Pekerjaan     : "+strings.TrimSpace(b.code+" "+b.name)))
			if b.parent != "" {
				out = append(out, box("Atas Beban    : program "+b.parent))
			}
			out = append(out, box("NILAI KONTRAK : Rp "+b.pagu), "+"+strings.Repeat("-", 58)+"+",
				box("Termin  Tanggal      Jumlah"), box("I       01-06-2024   1.000.000"), "+"+strings.Repeat("-", 58)+"+",
				box("NILAI DIBAYAR : Rp "+b.real), box("SISA KONTRAK  : Rp "+b.sisa), "+"+strings.Repeat("=", 58)+"+", "")
		}
		return append(out, "Sumber: SAKTI.")
	}
	// a real cooperative's loan cards: members' names, no budget code, no key
	member := func(key bool) []string {
		out := []string{"Lampiran: kartu pinjaman anggota Koperasi Sejahtera", ""}
		if key {
			out = append(out, "Plafon Pinjaman = pagu, Jumlah Angsuran = realisasi, Sisa Pinjaman = sisa pagu.", "")
		}
		for _, n := range []string{"Yohanes Bata", "Maria Goreti Lamak"} {
			out = append(out, card("#", "-",
				[]string{"  KOPERASI SEJAHTERA        Kartu No. 017"},
				[]string{"  Peminjam        : " + n, "  Plafon Pinjaman : Rp 10.000.000"},
				[]string{"  ke-1   31-03-2020   2.500.000", "  ke-2   30-06-2020   2.500.000"},
				[]string{"  Jumlah Angsuran  : Rp 5.000.000", "  Sisa Pinjaman    : Rp 5.000.000", "  Persentase Lunas : 50,00 %"})...)
		}
		return out
	}
	// records listed under one `=` rule and parted by `-` rules: each part
	// a whole record (roles repeat in the `=` box), read as before
	listed := func() []string {
		out := append(append([]string{}, head...), "DIPESAN = pagu; DIKIRIM = realisasi; TERTAHAN = sisa pagu", "", strings.Repeat("=", 50))
		for k, b := range lines {
			if k > 0 {
				out = append(out, strings.Repeat("-", 50))
			}
			out = append(out, "Komoditi  : "+strings.TrimSpace(b.code+" "+b.name))
			if b.parent != "" {
				out = append(out, "Pelabuhan : program "+b.parent)
			}
			out = append(out, "DIPESAN   : Rp "+b.pagu, "DIKIRIM   : Rp "+b.real, "TERTAHAN  : Rp "+b.sisa)
		}
		return append(out, strings.Repeat("=", 50), "", "Sumber: SAKTI.")
	}
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"loan cards, # boxes, - inner rules, instalments summing", loans(halves), map[string][]string{"anggaran": want}},
		{"loan cards, instalments that sum to nothing", loans(odd), map[string][]string{"anggaran": want}},
		{"rental cards, = boxes, . inner rules, key under", rental(), map[string][]string{"anggaran": want}},
		{"work orders, +=+ boxes with sides, +-+ inner rules", sided(), map[string][]string{"anggaran": want}},
		{"records under one = rule parted by - rules", listed(), map[string][]string{"anggaran": want}},
		{"a cooperative's loan cards, no key", member(false), nil},
		{"a cooperative's loan cards, names not codes", member(true), nil},
	})
}
