package parse

import "testing"

// TestWebTablePagerCells: a web table printed page by page (ten entries a
// page, the footer total on every page, "Showing 1 to 10 of 12 entries"
// and its pager under each) whose pager links came out as TAB cells (a
// PDF sets them with wide gaps): the pager is a line of text, so each
// later page still follows the page before and keeps its caption's
// election. Made-up figures.
func TestWebTablePagerCells(t *testing.T) {
	page := func(head, rows []string, total, shown, pager string) []string {
		out := append([]string{"Tampilkan 3 entri   Cari:"}, head...)
		out = append(out, rows...)
		if total != "" {
			out = append(out, total) // the footer total, on the last page
		}
		return append(out, shown, pager, "")
	}
	head := []string{"No ⇅\tKecamatan ⇅\tTPS ⇅\tL ⇅\tP ⇅\tL+P ⇅"}
	sabu := []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	sabu = append(sabu, page(head, []string{"1\tSABU BARAT\t41\t6.100\t6.300\t12.400", "2\tHAWU MEHARA\t38\t5.020\t5.110\t10.130",
		"3\tSABU LIAE\t30\t4.400\t4.520\t8.920"}, "",
		"Menampilkan 1 sampai 3 dari 4 entri", "« Sebelumnya\t[1]\t2\tSelanjutnya »")...)
	sabu = append(sabu, page(head, []string{"4\tSABU TIMUR\t44\t4.500\t4.680\t9.180"}, "\tTOTAL\t153\t20.020\t20.610\t40.630",
		"Menampilkan 4 sampai 4 dari 4 entri", "« Sebelumnya\t1\t[2]\tSelanjutnya »")...)
	sabu = append(sabu, "Sumber: data olahan.")

	// arrows alone, the current page in parentheses, three pages
	head2 := []string{"No\tNama Kecamatan\tJml TPS\tLaki-laki\tPerempuan\tJumlah"}
	lembata := []string{"Tabel 3.4 Daftar Pemilih Tetap Pemilu Tahun 2019", ""}
	lembata = append(lembata, page(head2, []string{"1\tNUBATUKAN\t70\t11.210\t11.530\t22.740"}, "",
		"Data 1 - 1 dari 3", "‹\t(1)\t2\t3\t›")...)
	lembata = append(lembata, page(head2, []string{"2\tILE APE\t25\t3.950\t4.210\t8.160"}, "",
		"Data 2 - 2 dari 3", "‹\t1\t(2)\t3\t›")...)
	lembata = append(lembata, page(head2, []string{"3\tLEBATUKAN\t30\t3.240\t3.310\t6.550"}, "\tJumlah\t125\t18.400\t19.050\t37.450",
		"Data 3 - 3 dari 3", "‹\t1\t2\t(3)\t›")...)
	lembata = append(lembata, "Sumber: KPU Kabupaten Lembata.")

	checkDocs(t, []string{"dpt"}, []docCase{
		{"LAPORAN KINERJA 2023: « Sebelumnya [1] 2 Selanjutnya » as cells", sabu, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|SABU BARAT|<nil>|41|6100|6300|12400",
			"pemilu|2024|kecamatan|HAWU MEHARA|<nil>|38|5020|5110|10130",
			"pemilu|2024|kecamatan|SABU LIAE|<nil>|30|4400|4520|8920",
			"pemilu|2024|kecamatan|SABU TIMUR|<nil>|44|4500|4680|9180",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|153|20020|20610|40630"}}},
		{"‹ (1) 2 3 › as cells, three pages", lembata, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|NUBATUKAN|<nil>|70|11210|11530|22740",
			"pemilu|2019|kecamatan|ILE APE|<nil>|25|3950|4210|8160",
			"pemilu|2019|kecamatan|LEBATUKAN|<nil>|30|3240|3310|6550",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|125|18400|19050|37450"}}},
	})
}
