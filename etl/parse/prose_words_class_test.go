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
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "every figure spelled out",
		body: []string{"Rapat pleno terbuka tanggal 21 Juni 2023 menetapkan Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka sebanyak 124.959 (seratus dua puluh empat ribu sembilan ratus lima puluh sembilan) pemilih, terdiri atas 63.003 (enam puluh tiga ribu tiga) pemilih laki-laki dan 61.956 (enam puluh satu ribu sembilan ratus lima puluh enam) pemilih perempuan, pada 446 (empat ratus empat puluh enam) TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|446|63003|61956|124959"}},
	}, {
		name: "the total only, with terbilang",
		body: []string{"Sebagai pembanding, DPT Pemilu 2019 berjumlah 104.420 (terbilang: seratus empat ribu empat ratus dua puluh) pemilih: 52.592 laki-laki dan 51.828 perempuan pada 440 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|440|52592|51828|104420"}},
	}, {
		name: "other words in the parenthesis: not read",
		body: []string{"DPT Pemilu 2019 berjumlah 104.420 (naik dari pemilu sebelumnya) pemilih: 52.592 laki-laki dan 51.828 perempuan pada 440 TPS."},
	}})
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
	if got, ok := dropSpelled("sebanyak 12.345 (dua belas ribu tiga ratus empat puluh lima) pemilih (data akhir)"); !ok || got != "sebanyak 12.345 pemilih (data akhir)" {
		t.Errorf("dropSpelled = %q, %v", got, ok)
	}
}
