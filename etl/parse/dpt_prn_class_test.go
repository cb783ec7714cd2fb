package parse

import (
	"fmt"
	"testing"
)

// prnDoc sets a fixed-width export under a caption in a report whose other
// tables are TAB tables (tab false: a TAB-free report).
func prnDoc(tab bool, caption string, export ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", ""}
	if tab {
		out = append(out, "No\tUraian\tPagu\tRealisasi", "1\tBelanja Pegawai\t1.000.000\t900.000")
	}
	out = append(out, "", caption, "", "[Lampiran: berkas rekap.prn, disimpan sebagai teks berformat, dimuat apa adanya]", "")
	out = append(out, export...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestPrnDPTClass: a DPT table in fixed-width columns (Excel's .prn, a
// mainframe report, column -t), the columns found from the gaps every body
// row shares, each row proven by L + P = total and the whole by the sums.
func TestPrnDPTClass(t *testing.T) {
	const cap19 = "Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan"
	want := []string{"pemilu|2019|kecamatan|ALOK TIMUR|10|60|7210|7305|14515", "pemilu|2019|kecamatan|NITA|8|41|4120|4033|8153",
		"pemilu|2019|kecamatan|PAGA|10|59|0|0|0", "pemilu|2019|kabupaten|Kabupaten Sikka|28|160|11330|11338|22668"}
	wantFirst := append([]string{want[3]}, want[:3]...)
	// left-aligned titles, a one-space gap after the number, the whole unnumbered and last
	left := prnDoc(true, cap19,
		"No  Kecamatan         Desa/Kel  TPS  Laki-laki  Perempuan  Jumlah",
		"  1 ALOK TIMUR              10   60      7.210      7.305  14.515",
		"  2 NITA                     8   41      4.120      4.033   8.153",
		"  3 PAGA                    10   59          0          0       0",
		"    KABUPATEN SIKKA         28  160     11.330     11.338  22.668")
	// right-aligned titles, commas for thousands, the whole first, a TAB-free report
	right := prnDoc(false, cap19,
		" No  Kecamatan         Desa   TPS      L      P   Total",
		"     KABUPATEN SIKKA     28   160 11,330 11,338  22,668",
		"  1  ALOK TIMUR          10    60  7,210  7,305  14,515",
		"  2  NITA                 8    41  4,120  4,033   8,153",
		"  3  PAGA                10    59      0      0       0")
	// no Desa column, no numbers: a mainframe report with rules, the whole named
	noDesa := prnDoc(true, "Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"KECAMATAN             TPS   PRIA   WANITA   JUMLAH PEMILIH",
		"-------------------- ----- ------ -------- --------------",
		"GOLEWA                  30  3,210    3,305           6,515",
		"BAJAWA UTARA            22  2,000    2,100           4,100",
		"AIMERE                  25  1,500    1,400           2,900",
		"-------------------- ----- ------ -------- --------------",
		"JUMLAH                  77  6,710    6,805          13,515")
	wantNoDesa := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|30|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA UTARA|<nil>|22|2000|2100|4100",
		"pilkada|2020|kecamatan|AIMERE|<nil>|25|1500|1400|2900", "pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|77|6710|6805|13515"}
	// must give nothing: a title over two columns
	wide := prnDoc(true, cap19,
		"No  Kecamatan        Desa/Kelurahan TPS  Laki-laki  Perempuan  Jumlah",
		"  1 ALOK TIMUR              10   60      7.210      7.305  14.515",
		"  2 NITA                     8   41      4.120      4.033   8.153",
		"  3 PAGA                    10   59          0          0       0",
		"    KABUPATEN SIKKA         28  160     11.330     11.338  22.668")
	// a name running over the gap into the next column
	over := prnDoc(true, cap19,
		"No  Kecamatan         Desa/Kel  TPS  Laki-laki  Perempuan  Jumlah",
		"  1 ALOK TIMUR LAUT SELATAN 10   60      7.210      7.305  14.515",
		"  2 NITA                     8   41      4.120      4.033   8.153",
		"  3 PAGA                    10   59          0          0       0",
		"    KABUPATEN SIKKA         28  160     11.330     11.338  22.668")
	// the whole is not the rows' sum
	sum := prnDoc(true, cap19,
		"No  Kecamatan         Desa/Kel  TPS  Laki-laki  Perempuan  Jumlah",
		"  1 ALOK TIMUR              10   60      7.210      7.305  14.515",
		"  2 NITA                     8   41      4.120      4.033   8.153",
		"  3 PAGA                    10   59          0          0       0",
		"    KABUPATEN SIKKA         28  161     11.330     11.338  22.668")
	// look-alikes: a warehouse's stock list, df -h, a bank statement
	stock := prnDoc(true, "Tabel 3.6 Persediaan Logistik Pemilu 2019",
		"Kode  Barang                Satuan  Awal  Masuk  Keluar  Sisa",
		"B-01  Kotak suara           buah     120     40     100    60",
		"B-02  Bilik suara           buah      90     30      80    40",
		"B-03  Tinta                 botol    300    100     250   150",
		"      Jumlah                         510    170     430   250")
	df := prnDoc(true, cap19,
		"Filesystem      Size  Used Avail Use% Mounted on",
		"/dev/sda1        50G   20G   30G  40% /",
		"/dev/sdb1       200G  150G   50G  75% /data",
		"tmpfs           7.8G     0  7.8G   0% /dev/shm")
	bank := prnDoc(true, "Tabel 3.7 Mutasi Rekening Bendahara Pemilu 2019",
		"Tanggal     Keterangan                 Debet        Kredit         Saldo",
		"02/01/2019  Saldo awal                                        10.000.000",
		"05/01/2019  Pencairan UP                       5.000.000    15.000.000",
		"07/01/2019  Belanja ATK            2.000.000                13.000.000")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"left titles, one-space gap, whole last unnumbered", left, map[string][]string{"dpt": want}},
		{"right titles, commas, whole first, TAB-free report", right, map[string][]string{"dpt": wantFirst}},
		{"no desa column, rules, named whole", noDesa, map[string][]string{"dpt": wantNoDesa}},
		{"a title over two columns", wide, map[string][]string{"dpt": nil}},
		{"a name over the gap", over, map[string][]string{"dpt": nil}},
		{"the whole not the sums", sum, map[string][]string{"dpt": nil}},
		{"a warehouse's stock list", stock, map[string][]string{"dpt": nil}},
		{"df -h", df, map[string][]string{"dpt": nil}},
		{"a bank statement", bank, map[string][]string{"dpt": nil}},
	})
}

// TestPrnDPTCutName: Excel cuts a name longer than its column in a .prn;
// the whole's row is keyed as the kabupaten only when the cut name
// resolves (the report spells it whole elsewhere), else it is left out
// and never keyed as one more kecamatan.
func TestPrnDPTCutName(t *testing.T) {
	row := func(no, name, d, tps, l, p, j string) string {
		return fmt.Sprintf("%3s %-26.26s%10s%5s%11s%11s%8s", no, name, d, tps, l, p, j)
	}
	members := []string{"pemilu|2024|kecamatan|AMANUBAN SELATAN|12|40|5100|5200|10300",
		"pemilu|2024|kecamatan|KOTA SOE|10|52|8000|8400|16400", "pemilu|2024|kecamatan|MOLLO UTARA|17|35|4000|4100|8100"}
	for _, tc := range []struct {
		whole string
		want  []string
	}{
		{"KABUPATEN TIMOR TENGAH SELATAN", append(members[:3:3], "pemilu|2024|kabupaten|Kabupaten Timor Tengah Selatan|39|127|17100|17700|34800")},
		{"KABUPATEN TIMOR TENGAH", members}, // cut where two kabupaten begin alike: no key
	} {
		body := append([]string{"LAPORAN KINERJA KPU KABUPATEN TIMOR TENGAH SELATAN TAHUN 2024", ""},
			prnDoc(true, "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
				"No  Kecamatan                 Desa/Kel  TPS  Laki-laki  Perempuan  Jumlah",
				row("1", "AMANUBAN SELATAN", "12", "40", "5.100", "5.200", "10.300"),
				row("2", "KOTA SOE", "10", "52", "8.000", "8.400", "16.400"),
				row("3", "MOLLO UTARA", "17", "35", "4.000", "4.100", "8.100"),
				row("", tc.whole, "39", "127", "17.100", "17.700", "34.800"))...)
		wantRows(t, tc.whole, factRows["dpt"](parseDoc2(t, tc.whole, body)), tc.want)
	}
}
