package parse

import "testing"

// TestDPTProseContinuousRoll: a count of the continuous roll, written
// "Data" or "Daftar Pemilih Berkelanjutan", is another roll than the DPT,
// even with its laki-laki and perempuan counts making it; the updating of
// that roll ("pemutakhiran data pemilih berkelanjutan"), of which the DPT
// is the basis, names no other roll (made-up figures).
func TestDPTProseContinuousRoll(t *testing.T) {
	const (
		dpb   = "Rekapitulasi Daftar Pemilih Berkelanjutan semester II tahun 2022 Kabupaten Sikka mencatat 268.334\npemilih, terdiri atas 130.905 laki-laki dan 137.429 perempuan di 6 kecamatan dan 51 kelurahan. Angka\nini bukan daftar pemilih tetap dan menjadi bahan penyusunan daftar pemilih Pemilu 2024."
		data  = "Data Pemilih Berkelanjutan Kabupaten Sikka untuk Pemilu 2024 berjumlah 268.334 pemilih, terdiri atas 130.905 laki-laki dan 137.429 perempuan."
		basis = "Sebagai dasar pemutakhiran data pemilih berkelanjutan, DPT Pemilu 2019 Kabupaten Sikka berjumlah 233.337 pemilih, terdiri atas 112.406 laki-laki dan 120.931 perempuan."
	)
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "Daftar Pemilih Berkelanjutan, sexes making the count: nothing", body: []string{dpb}},
		{name: "Data Pemilih Berkelanjutan: nothing", body: []string{data}},
		{name: "the DPT as the basis of the roll's updating: read", body: []string{basis},
			want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|112406|120931|233337"}}},
	})
}
