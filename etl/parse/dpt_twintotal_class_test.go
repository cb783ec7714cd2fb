package parse

import (
	"strings"
	"testing"
)

// TestDPTTwoTotalColumns: two header columns that both name the roll's
// total ("Jumlah" and "Total Pemilih", "L+P" and "Jumlah Pemilih"), its
// villages ("Desa" and "Kelurahan") or its TPS are one figure written
// twice: a row where they agree loads it, a row where they differ loads
// none (which of the two is the roll's is not proven) and says so
// (dpt.total_ganda, dpt.hitungan_ganda), and of its other figures only
// those the row proves (L + P a total; a count its twin column agrees with). A count of voters who voted beside the
// DPT ("Total Pengguna Hak Pilih") is no second total.
func TestDPTTwoTotalColumns(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "Jumlah and Total Pemilih, one row differing",
		body: []string{"Tabel 3.2 DPT Pemilu 2019 per Kecamatan", "",
			"No\tKecamatan\tL\tP\tJumlah\tTotal Pemilih",
			"1\tLeta\t2.400\t2.510\t4.910\t4.910", "2\tKolo\t3.005\t3.100\t6.105\t6.150"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|LETA|<nil>|<nil>|2400|2510|4910",
			"pemilu|2019|kecamatan|KOLO|<nil>|<nil>|3005|3100|<nil>"}},
	}, {
		name: "L+P first and Jumlah Pemilih last, all agreeing",
		body: []string{"Tabel 2.5 Rekapitulasi DPT Pemilihan Tahun 2020", "",
			"Kecamatan\tTPS\tL+P\tL\tP\tJumlah Pemilih",
			"Ruteng\t88\t20.100\t9.900\t10.200\t20.100", "Cibal\t61\t14.300\t7.050\t7.250\t14.300"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|RUTENG|<nil>|88|9900|10200|20100",
			"pilkada|2020|kecamatan|CIBAL|<nil>|61|7050|7250|14300"}},
	}, {
		name: "the total written twice without the sexes, the first row differing",
		body: []string{"Tabel 3.9 DPT Pemilu Tahun 2024", "",
			"Kecamatan\tJumlah TPS\tJumlah DPT\tTotal",
			"Satarmese\t70\t19.880\t18.980", "Reok\t40\t12.444\t12.444"},
		// Satarmese's TPS stands alone in its column on a row whose twins
		// differ: nothing proves it, so the row loads nothing
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|REOK|<nil>|40|<nil>|<nil>|12444"}},
	}, {
		name: "a record of key and value lines with two totals differing",
		body: []string{"DPT Pemilihan Bupati dan Wakil Bupati Tahun 2020 Kabupaten Sikka ditetapkan sebagai berikut.", "",
			"Jumlah TPS : 612", "Pemilih Laki-laki : 101.220", "Pemilih Perempuan : 106.415", "Jumlah Pemilih : 207.635", "Total DPT : 207.653"},
		// L + P is the first total: L and P proven; the TPS, alone, is not
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|<nil>|101220|106415|<nil>"}},
	}, {
		name: "desa and kelurahan counted apart, TPS twice",
		body: []string{"Tabel 3.8 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tDesa\tKelurahan\tJumlah TPS\tTPS\tL\tP\tL+P",
			"Alok Timur\t3\t4\t61\t61\t10.010\t10.490\t20.500", "Magepanda\t5\t5\t30\t28\t4.050\t4.150\t8.200"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK TIMUR|<nil>|61|10010|10490|20500",
			"pemilu|2024|kecamatan|MAGEPANDA|5|<nil>|4050|4150|8200"}},
	}, {
		name: "voters who voted beside the DPT",
		body: []string{"Tabel 3.4 DPT dan Pengguna Hak Pilih Pemilihan 2020", "",
			"No\tKecamatan\tDPT L\tDPT P\tDPT Jumlah\tTotal Pengguna Hak Pilih",
			"1\tLio Timur\t5.100\t5.300\t10.400\t7.900", "2\tWolowaru\t8.020\t8.110\t16.130\t12.010"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|LIO TIMUR|<nil>|<nil>|5100|5300|10400",
			"pilkada|2020|kecamatan|WOLOWARU|<nil>|<nil>|8020|8110|16130"}},
	}})
	d := parseDoc(t, "finding", "Tabel 3.2 DPT Pemilu 2019 per Kecamatan", "",
		"No\tKecamatan\tL\tP\tJumlah\tTotal Pemilih", "1\tLeta\t2.400\t2.510\t4.910\t4.910", "2\tKolo\t3.005\t3.100\t6.105\t6.150")
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "dpt.total_ganda" {
			n++
			if !strings.Contains(f.Pesan, "6.105") || !strings.Contains(f.Pesan, "6.150") {
				t.Errorf("finding %q does not name both figures", f.Pesan)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.total_ganda findings, want 1", n)
	}
}
