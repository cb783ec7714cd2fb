package parse

import (
	"strings"
	"testing"
)

// TestSpelledOut: a sentence whose figures are also written in words, in
// parentheses after each (a DPT, a budget total and its percentage), is
// read as if the words were not there; a parenthesis of other words keeps
// the sentence as written.
func TestSpelledOut(t *testing.T) {
	roll := func(total, rest string) []string {
		return []string{"DPT Pemilu 2019 Kabupaten Sikka berjumlah 104.420 " + total + " pemilih, terdiri atas 52.592 " + rest +
			" laki-laki dan 51.828 perempuan, pada 440 TPS."}
	}
	want := map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|440|52592|51828|104420"}}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"every figure spelled out", roll("(seratus empat ribu empat ratus dua puluh)", "(lima puluh dua ribu lima ratus sembilan puluh dua) pemilih"), want},
		{"the total only, with terbilang", roll("(terbilang: seratus empat ribu empat ratus dua puluh)", ""), want},
		{"other words in the parenthesis: not read", roll("(naik dari pemilu sebelumnya)", ""), nil},
	})
	d := parseDoc(t, "budget", "Pada tahun 2022 pagu sebesar Rp3.380.330.000,00 (tiga miliar tiga ratus delapan puluh juta tiga ratus tiga puluh ribu rupiah) terealisasi Rp3.230.029.058,00 (tiga miliar dua ratus tiga puluh juta dua puluh sembilan ribu lima puluh delapan rupiah) atau 95,55%.")
	if len(d.Anggaran) != 1 || i64(d.Anggaran[0].Pagu) != 3380330000 || i64(d.Anggaran[0].Realisasi) != 3230029058 ||
		d.Anggaran[0].SerapanLapor == nil || *d.Anggaran[0].SerapanLapor != 95.55 {
		t.Errorf("budget: %s", factRows["anggaran"](d))
	}
	// a sentence left unread is still reported, as written
	d = parseDoc(t, "bmn", "Nilai Barang Milik Negara per 31 Desember 2023 tercatat sebesar Rp1.874.306.500,00 (satu miliar delapan ratus tujuh puluh empat juta tiga ratus enam ribu lima ratus rupiah), yang bukan merupakan realisasi anggaran.")
	told := false
	for _, f := range d.Findings {
		told = told || f.Aturan == "kalimat.tidak_dikenali" && strings.Contains(f.Pesan, "(satu miliar")
	}
	if len(d.Anggaran) != 0 || !told {
		t.Errorf("BMN sentence: %s, reported %v", factRows["anggaran"](d), told)
	}
	if got, ok, clash := dropSpelled("sebanyak 12.345 (dua belas ribu tiga ratus empat puluh lima) pemilih (data akhir)"); !ok || clash != "" || got != "sebanyak 12.345 pemilih (data akhir)" {
		t.Errorf("dropSpelled = %q, %v, %q", got, ok, clash)
	}
}

// TestSpelledClash: when the words after a figure spell another number,
// nothing proves which one the author meant: the sentence loads nothing
// and says so (kalimat.angka_ragu); words that agree, or that cannot be
// evaluated (a decimal), change nothing.
func TestSpelledClash(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		clash      bool
	}{
		{"count", "DIPA induk sebesar Rp15.489.000.000 mengalami 4 (lima) kali revisi selama tahun 2024.", true},
		{"count agrees", "DIPA induk sebesar Rp15.489.000.000 mengalami 4 (empat) kali revisi selama tahun 2024.", false},
		{"roll", "DPT Pemilu 2019 berjumlah 104.420 (seratus empat ribu empat ratus dua belas) pemilih pada 440 TPS.", true},
		{"roll agrees", "DPT Pemilu 2019 berjumlah 104.412 (seratus empat ribu empat ratus dua belas) pemilih pada 440 TPS.", false},
		{"amount", "Pagu sebesar Rp3.380.330.000,00 (tiga miliar tiga ratus delapan puluh juta tiga ratus ribu rupiah) terealisasi 95,55%.", true},
		{"english", "The 2019 voter roll was 104,420 (one hundred four thousand four hundred twenty) voters.", false},
		{"decimal", "Nilai AKIP 72,45 (tujuh puluh dua koma empat lima) dengan predikat BB.", false},
		{"grouped by spaces", "DPT Pemilu 2019 berjumlah 104 420 (seratus empat ribu empat ratus dua puluh) pemilih pada 440 TPS.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, clash := dropSpelled(tc.text)
			if (clash != "") != tc.clash {
				t.Errorf("clash = %q, want a clash %v", clash, tc.clash)
			}
		})
	}
	d := parseDoc(t, "revisi", "Laporan Kinerja KPU Kabupaten Malaka Tahun 2024.\n\nDIPA induk sebesar Rp15.489.000.000 mengalami 4 (lima) kali revisi selama tahun 2024.")
	told := false
	for _, f := range d.Findings {
		told = told || f.Aturan == "kalimat.angka_ragu" && strings.Contains(f.Nilai, "4 (lima)")
	}
	for _, a := range d.Anggaran {
		if a.RevisiDIPA != nil {
			t.Errorf("revisi_dipa loaded %d from a sentence whose words disagree", *a.RevisiDIPA)
		}
	}
	if !told {
		t.Errorf("no kalimat.angka_ragu: %+v", d.Findings)
	}
}
