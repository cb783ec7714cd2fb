package parse

import "testing"

// TestDptTotalSentenceClass: a voter-roll table without a printed total,
// its total stated in a sentence under it, each figure after its column's
// name; read as the kabupaten row only when every figure is its column's
// sum (made-up figures, dpt_total_sentence.go).
func TestDptTotalSentenceClass(t *testing.T) {
	cover := []string{"Tabel 3.7 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	rows := []string{"Kecamatan\tDesa\tTPS\tLaki-laki\tPerempuan\tJumlah Pemilih",
		"TELUK MUTIARA\t10\t40\t4.100\t4.250\t8.350", "ALOR BARAT LAUT\t12\t35\t3.000\t3.100\t6.100"}
	kec := []string{"pemilu|2024|kecamatan|TELUK MUTIARA|10|40|4100|4250|8350", "pemilu|2024|kecamatan|ALOR BARAT LAUT|12|35|3000|3100|6100"}
	doc := func(s string) []string { return append(append(append([]string{}, cover...), rows...), "", s, "") }
	with := func(extra ...string) []string { return append(append([]string{}, kec...), extra...) }
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "every column named, one blank line between",
		body: doc("Jumlah (dihitung dari lembar tanggapan): Kecamatan JUMLAH; Desa/Kel 22; TPS 75; L 7.100; P 7.350; L+P 14.450."),
		want: map[string][]string{"dpt": with("pemilu|2024|kabupaten|Kabupaten Sikka|22|75|7100|7350|14450")},
	}, {
		name: "Total, the counts of voters only, other order",
		body: doc("Total (rekap formulir): L+P 14.450; Laki-laki 7.100; Perempuan 7.350."),
		want: map[string][]string{"dpt": with("pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7100|7350|14450")},
	}, {
		name: "a figure that is not its column's sum: prose",
		body: doc("Jumlah (dihitung dari lembar tanggapan): Kecamatan JUMLAH; TPS 75; L 7.100; P 7.350; L+P 14.460."),
		want: map[string][]string{"dpt": kec},
	}, {
		name: "a column the table lacks: prose",
		body: doc("Jumlah (dihitung dari lembar tanggapan): Kecamatan JUMLAH; DPTb 75; L 7.100; P 7.350; L+P 14.450."),
		want: map[string][]string{"dpt": kec},
	}})
}
