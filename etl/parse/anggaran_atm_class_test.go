package parse

import (
	"strings"
	"testing"
)

// atmSlip lays one made-up receipt: a rule, the given lines, a rule.
func atmSlip(indent string, rule string, body ...string) []string {
	out := []string{indent + rule}
	for _, l := range body {
		out = append(out, indent+l)
	}
	return append(out, indent+rule)
}

// atmAbreast lays receipts side by side: each slip's lines padded to width
// plus a gap, line by line.
func atmAbreast(width int, slips ...[]string) []string {
	n := 0
	for _, s := range slips {
		n = max(n, len(s))
	}
	out := make([]string, n)
	for k := range n {
		var b strings.Builder
		for c, s := range slips {
			l := ""
			if k < len(s) {
				l = s[k]
			}
			if c+1 < len(slips) {
				l += strings.Repeat(" ", max(0, width-len([]rune(l))))
			}
			b.WriteString(l)
		}
		out[k] = strings.TrimRight(b.String(), " ")
	}
	return out
}

func TestATMReceiptBudgetClass(t *testing.T) {
	dash := strings.Repeat("-", 38)
	// one slip a budget line, the main account first, sub-accounts naming
	// their program, a wrapped name, a closing balance and a ratio
	var single []string
	single = append(single, "Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"[Gambar: struk cek saldo anggaran, diketik ulang]", "")
	for _, s := range [][]string{
		{"          BANK ANGGARAN", "           CEK SALDO", "REK   : REK UTAMA", "NAMA  : JUMLAH",
			"SALDO AWAL  Rp       2.000.000.000", "PENARIKAN   Rp       1.900.000.000", "SALDO AKHIR Rp         100.000.000", "RASIO                      95,00 %"},
		{"          BANK ANGGARAN", "           CEK SALDO", "REK   : 076.01.WA", "NAMA  : Program Dukungan",
			"        Manajemen", "SALDO AWAL  Rp       1.400.000.000", "PENARIKAN   Rp       1.330.000.000", "SALDO AKHIR Rp          70.000.000", "RASIO                      95,00 %"},
		{"          BANK ANGGARAN", "           CEK SALDO", "REK   : 4512", "NAMA  : Layanan Keuangan", "SUB REK DARI : 076.01.WA",
			"SALDO AWAL  Rp         900.000.000", "PENARIKAN   Rp         864.000.000", "SALDO AKHIR Rp          36.000.000", "RASIO                      96,00 %"},
		{"          BANK ANGGARAN", "           CEK SALDO", "REK   : 4513", "NAMA  : Layanan Umum dan", "        Kepegawaian", "SUB REK DARI : 076.01.WA",
			"SALDO AWAL  Rp         500.000.000", "PENARIKAN   Rp         466.000.000", "SALDO AKHIR Rp          34.000.000", "RASIO                      93,20 %"},
		{"          BANK ANGGARAN", "           CEK SALDO", "REK   : 076.01.CQ", "NAMA  : Program Penyelenggaraan Pemilu",
			"SALDO AWAL  Rp         600.000.000", "PENARIKAN   Rp         570.000.000", "SALDO AKHIR Rp          30.000.000", "RASIO                      95,00 %"},
		{"          BANK ANGGARAN", "           CEK SALDO", "REK   : 4520", "NAMA  : Pemutakhiran Data Pemilih", "SUB REK DARI : 076.01.CQ",
			"SALDO AWAL  Rp         600.000.000", "PENARIKAN   Rp         570.000.000", "SALDO AKHIR Rp          30.000.000", "RASIO                      95,00 %"},
	} {
		single = append(single, atmSlip("    ", dash, s...)...)
		single = append(single, "")
	}
	single = append(single, "Sumber: aplikasi keuangan, 31 Desember 2024.", "")

	// two abreast under '=' rules, PAGU and TARIK, no closing balance (the
	// sisa is pagu − realisasi), no sub-account: a program's kegiatan are
	// the slips after it, proven by their sums; the total named on its slip;
	// the print's date; an odd slip alone in the last band
	eq := strings.Repeat("=", 30)
	slip := func(rek, nama, pagu, tarik, rasio string) []string {
		return atmSlip("", eq, "  ATM SATKER - SALDO", "TGL  : 31/12/2024 JAM 16:02", "REK  : "+rek, "NAMA : "+nama,
			"PAGU     Rp "+pagu, "TARIK    Rp "+tarik, "RASIO        "+rasio+" %")
	}
	var abreast []string
	abreast = append(abreast, "Tabel 3.4 Penyerapan Anggaran TA 2024", "")
	abreast = append(abreast, atmAbreast(36, slip("076.01.WA", "Dukungan Manajemen", "800.000.000", "760.000.000", "95,00"),
		slip("3401", "Keuangan", "300.000.000", "282.000.000", "94,00"))...)
	abreast = append(abreast, "")
	abreast = append(abreast, atmAbreast(36, slip("3402", "Umum", "500.000.000", "478.000.000", "95,60"),
		slip("076.01.CQ", "Penyelenggaraan Pemilu", "200.000.000", "150.000.000", "75,00"))...)
	abreast = append(abreast, "")
	abreast = append(abreast, atmAbreast(36, slip("3410", "Sosialisasi", "200.000.000", "150.000.000", "75,00"),
		slip("-", "TOTAL ANGGARAN", "1.000.000.000", "910.000.000", "91,00"))...)
	abreast = append(abreast, "")

	// thousands of rupiah ("Rp 000") over the slips, one rule between two
	// slips, No. Rek and Sub Rekening Dari in mixed case, no ratio
	ribu := []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", "", "(dalam Rp 000)", "",
		"  " + strings.Repeat("-", 32),
		"  No. Rek      : 076.01.CQ",
		"  Nama         : Penyelenggaraan Pemilu",
		"  Saldo Awal   Rp   2.500.000",
		"  Penarikan    Rp   2.400.000",
		"  Saldo Akhir  Rp     100.000",
		"  " + strings.Repeat("-", 32),
		"  No. Rek      : 6639",
		"  Nama         : Teknis Penyelenggaraan",
		"  Sub Rekening Dari : 076.01.CQ",
		"  Saldo Awal   Rp   1.500.000",
		"  Penarikan    Rp   1.450.000",
		"  Saldo Akhir  Rp      50.000",
		"  " + strings.Repeat("-", 32),
		"  No. Rek      : 6640",
		"  Nama         : Sosialisasi",
		"  Sub Rekening Dari : 076.01.CQ",
		"  Saldo Awal   Rp   1.000.000",
		"  Penarikan    Rp     950.000",
		"  Saldo Akhir  Rp      50.000",
		"  " + strings.Repeat("-", 32), "",
	}

	// look-alikes: real receipts of a personal account (no budget code, a
	// plain SALDO), a passbook's opening balance in prose under a DIPA, slips
	// whose closing balance is not opening − withdrawal, and sub-accounts
	// exceeding their program
	personal := []string{"Lampiran foto struk ATM bendahara:", ""}
	for _, s := range [][]string{
		{"        BANK NTT", "    INFORMASI SALDO", "TGL  : 02/01/2024", "REK  : 0011223344556", "NAMA : BENDAHARA PENGELUARAN", "SALDO       Rp        12.500.000"},
		{"        BANK NTT", "    INFORMASI SALDO", "TGL  : 03/01/2024", "REK  : 0011223344556", "NAMA : BENDAHARA PENGELUARAN", "SALDO AWAL  Rp        12.500.000", "PENARIKAN   Rp         2.500.000", "SALDO AKHIR Rp        10.000.000"},
	} {
		personal = append(personal, atmSlip("  ", dash, s...)...)
		personal = append(personal, "")
	}
	passbook := []string{
		"Saldo awal rekening bendahara pengeluaran DIPA tahun 2024 sebesar Rp 12.500.000 dan saldo akhir Rp 3.100.000.", "",
	}
	offSaldo := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}
	for _, s := range [][]string{
		{"REK   : 076.01.WA", "SALDO AWAL  Rp 1.400.000.000", "PENARIKAN   Rp 1.330.000.000", "SALDO AKHIR Rp    60.000.000"},
		{"REK   : 4512", "SUB REK DARI : 076.01.WA", "SALDO AWAL  Rp 1.400.000.000", "PENARIKAN   Rp 1.330.000.000", "SALDO AKHIR Rp    70.000.000"},
	} {
		offSaldo = append(offSaldo, atmSlip("", dash, s...)...)
		offSaldo = append(offSaldo, "")
	}
	over := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}
	for _, s := range [][]string{
		{"REK   : 076.01.WA", "SALDO AWAL  Rp 1.000.000.000", "PENARIKAN   Rp   900.000.000", "SALDO AKHIR Rp   100.000.000"},
		{"REK   : 4512", "SUB REK DARI : 076.01.WA", "SALDO AWAL  Rp   800.000.000", "PENARIKAN   Rp   700.000.000", "SALDO AKHIR Rp   100.000.000"},
		{"REK   : 4513", "SUB REK DARI : 076.01.WA", "SALDO AWAL  Rp   400.000.000", "PENARIKAN   Rp   300.000.000", "SALDO AKHIR Rp   100.000.000"},
	} {
		over = append(over, atmSlip("", dash, s...)...)
		over = append(over, "")
	}

	d := parseDoc(t, "single", single...)
	for _, a := range d.Anggaran {
		if a.PaguAwal != nil {
			t.Errorf("%s: pagu_awal %d from an opening balance", a.Kode, *a.PaguAwal)
		}
		if a.Kode == "4513" && (a.SerapanLapor == nil || *a.SerapanLapor != 93.2 || a.Uraian != "Layanan Umum dan Kepegawaian") {
			t.Errorf("4513: serapan %v, uraian %q", a.SerapanLapor, a.Uraian)
		}
	}
	d = parseDoc(t, "off", offSaldo...)
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "struk saldo")
	}
	if !found {
		t.Errorf("slips whose balance disagrees raise no finding: %+v", d.Findings)
	}

	// a space-aligned table between two dashed rules: no slip, no finding of the slips'
	ruled := []string{"Tabel 3.4 Rekapitulasi DPT", "", dash,
		"No  Kecamatan        L        P", "1   KOTA BARU    5.633    6.072", "2   PANTAI       3.382    3.632", dash, ""}
	d = parseDoc(t, "ruled", ruled...)
	for _, f := range d.Findings {
		if strings.Contains(f.Pesan, "struk saldo") {
			t.Errorf("a ruled table read as slips: %s", f.Pesan)
		}
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"one slip a line, main account first, sub-accounts", single, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1400000000|1330000000|70000000",
			"4512|kegiatan|076.01.WA|2024|900000000|864000000|36000000",
			"4513|kegiatan|076.01.WA|2024|500000000|466000000|34000000",
			"076.01.CQ|program||2024|600000000|570000000|30000000",
			"4520|kegiatan|076.01.CQ|2024|600000000|570000000|30000000",
			"TOTAL|total||2024|2000000000|1900000000|100000000",
		}}},
		{"two abreast, PAGU/TARIK, no closing balance", abreast, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|800000000|760000000|40000000",
			"3401|kegiatan|076.01.WA|2024|300000000|282000000|18000000",
			"3402|kegiatan|076.01.WA|2024|500000000|478000000|22000000",
			"076.01.CQ|program||2024|200000000|150000000|50000000",
			"3410|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
			"TOTAL|total||2024|1000000000|910000000|90000000",
		}}},
		{"thousands, one rule between slips, no ratio", ribu, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|2500000000|2400000000|100000000",
			"6639|kegiatan|076.01.CQ|2024|1500000000|1450000000|50000000",
			"6640|kegiatan|076.01.CQ|2024|1000000000|950000000|50000000",
		}}},
		{"a personal account's receipts", personal, nil},
		{"a passbook's opening balance in prose", passbook, nil},
		{"closing balance not opening − withdrawal", offSaldo, nil},
		{"sub-accounts exceeding their program", over, nil},
	})
}
