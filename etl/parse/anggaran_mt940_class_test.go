package parse

import (
	"strings"
	"testing"
)

// mt940Lay lays one made-up MT940 message: the header blocks, the
// reference, account and sequence tags, then the given tags, then -}.
func mt940Lay(n int, tags ...string) []string {
	out := []string{
		"{1:F01BANKIDJAAXXX000000000" + string(rune('0'+n)) + "}{2:O940BANKIDJAXXXX}{4:",
		":20:SATKER-24-00" + string(rune('0'+n)),
		":25:1122334455" + string(rune('0'+n)),
		":28C:00012/001",
	}
	out = append(out, tags...)
	return append(out, "-}", "")
}

func TestMT940BudgetClass(t *testing.T) {
	cap := []string{"Tabel 3.5 Realisasi Anggaran Tahun 2024", "",
		"[Salinan: ekspor rekening koran MT940 anggaran 2024]", ""}

	// the key before the messages, header blocks, one :61: a message,
	// INDUK naming each kegiatan's program on the :86:'s next line, the
	// rekap last
	keyed := append([]string{}, cap...)
	keyed = append(keyed, "Keterangan: :60F: saldo awal = pagu (sebelum realisasi); :61: debet = realisasi; :62F: saldo akhir = sisa pagu.", "")
	for n, m := range [][]string{
		{":60F:C240101IDR1400000000,00", ":61:241231D1330000000,00NTRFSPM//01", ":86:076.01.WA PROGRAM DUKUNGAN MANAJEMEN", ":62F:C241231IDR70000000,00"},
		{":60F:C240101IDR900000000,00", ":61:241231D864000000,00NTRFSPM//02", ":86:4512 LAYANAN KEUANGAN", "INDUK 076.01.WA", ":62F:C241231IDR36000000,00"},
		{":60F:C240101IDR500000000,00", ":61:241231D466000000,00NTRFSPM//03", ":86:4513 LAYANAN UMUM DAN", "KEPEGAWAIAN", "INDUK 076.01.WA", ":62F:C241231IDR34000000,00"},
		{":60F:C240101IDR600000000,00", ":61:241231D570000000,00NTRFSPM//04", ":86:076.01.CQ PROGRAM PENYELENGGARAAN PEMILU", ":62F:C241231IDR30000000,00"},
		{":60F:C240101IDR600000000,00", ":61:241231D570000000,00NTRFSPM//05", ":86:4520 PEMUTAKHIRAN DATA PEMILIH", "INDUK 076.01.CQ", ":62F:C241231IDR30000000,00"},
		{":60F:C240101IDR2000000000,00", ":61:241231D1900000000,00NTRFSPM//06", ":86:REKAP SELURUH REKENING", ":62F:C241231IDR100000000,00"},
	} {
		keyed = append(keyed, mt940Lay(n+1, m...)...)
	}
	keyed = append(keyed, "Sumber: bank penyalur.", "")

	// MT942-like: no header blocks (a message opens at :20:), intermediate
	// balances :60M:/:62M:, several :61: lines (debits adding up, a credit
	// reversing one), the entry date after the value date, amounts with a
	// decimal dot, :90D:/:90C: sums, no key, no INDUK: a program's
	// kegiatan are the messages after it (their pagu sum to its), JUMLAH
	// the total
	interim := append([]string{}, cap...)
	for _, m := range [][]string{
		{":20:INT-01", ":25:998877", ":28C:1/1", ":60M:C240101IDR800000000.00", ":61:2406300630D300000000.00NTRFSP2D", ":61:2412311231D460000000.00NTRFSP2D",
			":86:076.01.WA DUKUNGAN MANAJEMEN", ":90D:2IDR760000000.00", ":62M:C241231IDR40000000.00"},
		{":20:INT-02", ":25:998877", ":28C:1/1", ":60M:C240101IDR300000000.00", ":61:240630D150000000.00NTRFSP2D", ":61:241231D142000000.00NTRFSP2D",
			":61:241231C10000000.00NTRFRETUR", ":86:3401 KEUANGAN", ":90D:2IDR292000000.00", ":90C:1IDR10000000.00", ":62M:C241231IDR18000000.00"},
		{":20:INT-03", ":25:998877", ":28C:1/1", ":60M:C240101IDR500000000.00", ":61:241231D478000000.00NTRFSP2D", ":86:3402 UMUM", ":62M:C241231IDR22000000.00"},
		{":20:INT-04", ":25:998877", ":28C:1/1", ":60M:C240101IDR200000000.00", ":61:241231D150000000.00NTRFSP2D", ":86:076.01.CQ PENYELENGGARAAN PEMILU", ":62M:C241231IDR50000000.00"},
		{":20:INT-05", ":25:998877", ":28C:1/1", ":60M:C240101IDR200000000.00", ":61:241231D150000000.00NTRFSP2D", ":86:3410 SOSIALISASI", ":62M:C241231IDR50000000.00"},
		{":20:INT-06", ":25:998877", ":28C:1/1", ":60M:C240101IDR1000000000.00", ":61:241231D910000000.00NTRFSP2D", ":86:JUMLAH SATKER", ":62M:C241231IDR90000000.00"},
	} {
		interim = append(interim, m...)
		interim = append(interim, "")
	}

	// structured :86: (?00 posting text, the code and name over ?20/?21,
	// INDUK in ?22), thousands dots with a decimal comma, a reversed debit
	// (RD) taking back part of a payment, the key after the messages
	subs := append([]string{}, cap...)
	for n, m := range [][]string{
		{":60F:C240101IDR2.500.000.000,00", ":61:241231D2.420.000.000,00NTRF", ":61:241231RD20.000.000,00NTRF",
			":86:166?00SP2D?20076.01.CQ PROGRAM?21PENYELENGGARAAN PEMILU", ":62F:C241231IDR100.000.000,00"},
		{":60F:C240101IDR1.500.000.000,00", ":61:241231D1.450.000.000,00NTRF", ":86:166?00SP2D?206639 TEKNIS?21PENYELENGGARAAN?22INDUK 076.01.CQ", ":62F:C241231IDR50.000.000,00"},
		{":60F:C240101IDR1.000.000.000,00", ":61:241231D970.000.000,00NTRF", ":61:241231RD20.000.000,00NTRF", ":86:166?00SP2D?206640 SOSIALISASI?22INDUK 076.01.CQ", ":62F:C241231IDR50.000.000,00"},
	} {
		subs = append(subs, mt940Lay(n+1, m...)...)
	}
	subs = append(subs, "Kunci: :60F: = pagu, :61: debet = realisasi, :62F: = sisa (rupiah).", "")

	// look-alikes: the treasurer's own account statement (salaries and
	// transfers, no budget code in :86:, no key), a message whose closing
	// balance is not opening − debits, a mid-year statement, kegiatan not
	// summing to their program, and a key giving the tags other roles
	own := []string{"Lampiran: rekening koran bendahara pengeluaran (MT940).", ""}
	for n, m := range [][]string{
		{":60F:C240101IDR12500000,00", ":61:240125D2500000,00NTRF", ":86:PEMBAYARAN GAJI PEGAWAI JANUARI", ":62F:C240131IDR10000000,00"},
		{":60F:C240201IDR10000000,00", ":61:240205C3000000,00NTRF", ":86:SETORAN UP DARI KPPN", ":62F:C240229IDR13000000,00"},
	} {
		own = append(own, mt940Lay(n+1, m...)...)
	}
	offBal := append([]string{}, cap...)
	for n, m := range [][]string{
		{":60F:C240101IDR1000000000,00", ":61:241231D900000000,00NTRF", ":86:076.01.WA DUKUNGAN MANAJEMEN", ":62F:C241231IDR90000000,00"},
		{":60F:C240101IDR1000000000,00", ":61:241231D900000000,00NTRF", ":86:4512 KEUANGAN", "INDUK 076.01.WA", ":62F:C241231IDR100000000,00"},
	} {
		offBal = append(offBal, mt940Lay(n+1, m...)...)
	}
	midYear := append([]string{}, cap...)
	for n, m := range [][]string{
		{":60F:C240101IDR1000000000,00", ":61:240630D400000000,00NTRF", ":86:076.01.WA DUKUNGAN MANAJEMEN", ":62F:C240630IDR600000000,00"},
		{":60F:C240101IDR1000000000,00", ":61:240630D400000000,00NTRF", ":86:4512 KEUANGAN", "INDUK 076.01.WA", ":62F:C240630IDR600000000,00"},
	} {
		midYear = append(midYear, mt940Lay(n+1, m...)...)
	}
	unsummed := append([]string{}, cap...)
	for n, m := range [][]string{
		{":60F:C240101IDR1000000000,00", ":61:241231D900000000,00NTRF", ":86:076.01.WA DUKUNGAN MANAJEMEN", ":62F:C241231IDR100000000,00"},
		{":60F:C240101IDR800000000,00", ":61:241231D700000000,00NTRF", ":86:4512 KEUANGAN", "INDUK 076.01.WA", ":62F:C241231IDR100000000,00"},
	} {
		unsummed = append(unsummed, mt940Lay(n+1, m...)...)
	}
	otherKey := append([]string{}, cap...)
	otherKey = append(otherKey, "Kunci: :60F: saldo awal = realisasi; :61: debet = sisa; :62F: saldo akhir = pagu.", "")
	for n, m := range [][]string{
		{":60F:C240101IDR1000000000,00", ":61:241231D900000000,00NTRF", ":86:076.01.WA DUKUNGAN MANAJEMEN", ":62F:C241231IDR100000000,00"},
		{":60F:C240101IDR1000000000,00", ":61:241231D900000000,00NTRF", ":86:4512 KEUANGAN", "INDUK 076.01.WA", ":62F:C241231IDR100000000,00"},
	} {
		otherKey = append(otherKey, mt940Lay(n+1, m...)...)
	}

	// a text block left open: the lines after it are not the message's
	unclosed := append([]string{}, keyed[:len(keyed)-2]...)
	for k := len(unclosed) - 1; k >= 0; k-- {
		if unclosed[k] == "-}" {
			unclosed = append(unclosed[:k], "", "Demikian rekapitulasi pesan di atas.")
			break
		}
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"keyed messages, INDUK, rekap", keyed, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1400000000|1330000000|70000000",
			"4512|kegiatan|076.01.WA|2024|900000000|864000000|36000000",
			"4513|kegiatan|076.01.WA|2024|500000000|466000000|34000000",
			"076.01.CQ|program||2024|600000000|570000000|30000000",
			"4520|kegiatan|076.01.CQ|2024|600000000|570000000|30000000",
			"TOTAL|total||2024|2000000000|1900000000|100000000",
		}}},
		{"MT942-like, several entries, decimal dot, no key", interim, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|800000000|760000000|40000000",
			"3401|kegiatan|076.01.WA|2024|300000000|282000000|18000000",
			"3402|kegiatan|076.01.WA|2024|500000000|478000000|22000000",
			"076.01.CQ|program||2024|200000000|150000000|50000000",
			"3410|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
			"TOTAL|total||2024|1000000000|910000000|90000000",
		}}},
		{"structured :86: subfields, reversed debits", subs, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|2500000000|2400000000|100000000",
			"6639|kegiatan|076.01.CQ|2024|1500000000|1450000000|50000000",
			"6640|kegiatan|076.01.CQ|2024|1000000000|950000000|50000000",
		}}},
		{"the treasurer's own statement", own, nil},
		{"closing balance not opening − debits", offBal, nil},
		{"a mid-year statement", midYear, nil},
		{"kegiatan not summing to their program", unsummed, nil},
		{"a key giving other roles", otherKey, nil},
		{"an unclosed text block", unclosed, nil},
	})

	// no percent is printed: serapan_lapor stays NULL
	d := parseDoc(t, "keyed", keyed...)
	for _, a := range d.Anggaran {
		if a.SerapanLapor != nil {
			t.Errorf("%s: serapan_lapor %v with no percent printed", a.Kode, *a.SerapanLapor)
		}
	}
	// a failed run is reported; the bank's own statement is not
	for _, c := range []struct {
		name string
		body []string
		want string
	}{{"off", offBal, "pesan MT940"}, {"mid", midYear, "bukan akhir tahun"}, {"own", own, ""}} {
		d := parseDoc(t, c.name, c.body...)
		found, any := false, false
		for _, f := range d.Findings {
			any = any || strings.Contains(f.Pesan, "MT940")
			found = found || c.want != "" && strings.Contains(f.Pesan, c.want)
		}
		if c.want != "" && !found || c.want == "" && any {
			t.Errorf("%s: want a finding naming %q: %+v", c.name, c.want, d.Findings)
		}
	}
}
