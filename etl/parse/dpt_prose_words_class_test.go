package parse

import "testing"

// TestDPTSpelledOut: a DPT sentence whose figures are also written in
// words, in parentheses after each, is read as if the words were not
// there; a parenthesis of other words keeps the sentence as written.
func TestDPTSpelledOut(t *testing.T) {
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
	if got, ok := dropSpelled("sebanyak 12.345 (dua belas ribu tiga ratus empat puluh lima) pemilih (data akhir)"); !ok || got != "sebanyak 12.345 pemilih (data akhir)" {
		t.Errorf("dropSpelled = %q, %v", got, ok)
	}
}
