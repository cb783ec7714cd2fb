package parse

import (
	"strings"
	"testing"
)

// sikkaDPT are the facts of the small Sikka DPT table (Paga, Mego, Lela and
// the kabupaten) the DPT class tests write in their layouts.
var sikkaDPT = [4]string{"pemilu|2019|kecamatan|PAGA|<nil>|30|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|<nil>|28|3853|3821|7674",
	"pemilu|2019|kecamatan|LELA|<nil>|20|2000|2100|4100", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|78|9934|9926|19860"}

// TestDPTFusedRowNumbers: a row number fused into a region's name ("1
// Paga", the text having lost the gap after the No column) is taken off
// when the name column's header opens with No or the numbers run 1, 2, 3
// down the region rows, also across a district's subtotal; unproven, a
// kecamatan name opening with a number is not loaded
// (dpt.wilayah_tidak_dikenal), never under the key "1 PAGA". A row whose
// figures run past the header's last column is read in order when L + P
// = L+P proves it, else not loaded (dpt.baris_bergeser).
func TestDPTFusedRowNumbers(t *testing.T) {
	const capt = "Tabel 3.2 DPT Pemilu 2019 per Kecamatan"
	paga, mego, lela, kab := sikkaDPT[0], sikkaDPT[1], sikkaDPT[2], sikkaDPT[3]
	// table writes the three kecamatan ("|"-separated names) under hdr,
	// then the total row
	table := func(hdr, names, total string) []string {
		n := strings.Split(names, "|")
		return []string{capt, "", hdr, n[0] + "\t30\t4.081\t4.005\t8.086", n[1] + "\t28\t3.853\t3.821\t7.674", n[2] + "\t20\t2.000\t2.100\t4.100", total}
	}
	const (
		total = "JUMLAH\t78\t9.934\t9.926\t19.860"
		noKec = "No Kecamatan\tTPS\tL\tP\tL+P"
		kec   = "Kecamatan\tTPS\tL\tP\tL+P"
	)
	all := []string{paga, mego, lela, kab}
	var cases []docCase
	add := func(name string, body []string, want ...string) {
		cases = append(cases, docCase{name: name, body: body, want: map[string][]string{"dpt": want}})
	}
	add("header No Kecamatan, rows 1 PAGA", table(noKec, "1 Paga|2 Mego|3 Lela", total), all...)
	add("header No. Kecamatan, numbers out of order still row numbers", table("No. "+kec, "3 Paga|1 Mego|2 Lela", total), all...)
	add("header Kecamatan, numbers 1. 2. 3. run down the rows", table(kec, "1. Paga|2. Mego|3. Lela", total), all...)
	add("numbers 1.PAGA with no space, under No. Kecamatan", table("No. "+kec, "1.PAGA|2.MEGO|3.LELA", total), all...)
	add("numbers that do not run and no No column: not loaded", table(kec, "2 Paga|5 Mego|3 Lela", total), kab)
	add("one name opening with a number among plain names: that row not loaded", table(kec, "Paga|Mego|3 Lela", total), paga, mego, kab)
	add("header No Kecamatan fused, the rows' numbers apart", table(noKec, "1\tPaga|2\tMego|3\tLela", "\t"+total), all...)
	add("plain names under No Kecamatan: unchanged", table(noKec, "Paga|Mego|Lela", total), all...)
	add("numbers 1) 2) run on across a district subtotal", []string{capt, "", kec,
		"1) Paga\t30\t4.081\t4.005\t8.086", "2) Mego\t28\t3.853\t3.821\t7.674", "Jumlah Dapil 1\t58\t7.934\t7.826\t15.760",
		"3) Lela\t20\t2.000\t2.100\t4.100", "Jumlah Dapil 2\t20\t2.000\t2.100\t4.100", total}, all...)
	add("kabupaten rows under No Kabupaten/Kota", []string{"Tabel 3.6 DPT Pemilu 2019 per Kabupaten/Kota", "", "No Kabupaten/Kota\tTPS\tL\tP\tL+P",
		"1 Sumba Barat\t30\t4.081\t4.005\t8.086", "2 Kota Kupang\t28\t3.853\t3.821\t7.674"},
		"pemilu|2019|kabupaten|Kabupaten Sumba Barat|<nil>|30|4081|4005|8086", "pemilu|2019|kabupaten|Kota Kupang|<nil>|28|3853|3821|7674")
	// the total row shifted past the header, two figures in one cell
	shifted := func(figures string) []string {
		return table(noKec, "1 Paga|2 Mego|3 Lela", "TOTAL KAB. SIKKA\t\t\t"+figures)
	}
	add("shifted total row proven by L+P", shifted("78\t9.934 9.926\t19.860"), all...)
	add("shifted total row whose sexes do not add up: not loaded", shifted("78\t9.934 9.926\t19.870"), paga, mego, lela)
	add("shifted total row with a figure too many: not loaded", shifted("3\t78\t9.934 9.926\t19.860"), paga, mego, lela)
	checkDocs(t, []string{"dpt"}, cases)
	for rule, body := range map[string][]string{
		"dpt.wilayah_tidak_dikenal": table(kec, "2 Paga|5 Mego|3 Lela", total),
		"dpt.baris_bergeser":        shifted("78\t9.934 9.926\t19.870"),
	} {
		if d := parseDoc(t, rule, body...); !hasRule(d, rule) {
			t.Errorf("no %s in %+v", rule, d.Findings)
		}
	}
}

// TestRowNumberPrefix: what counts as a row number opening a name.
func TestRowNumberPrefix(t *testing.T) {
	for _, tc := range []struct {
		in, rest string
		n        int
	}{
		{"1 BORONG", "BORONG", 1}, {"10. Congkar", "Congkar", 10}, {"3) Elar", "Elar", 3}, {"4.ELAR", "ELAR", 4},
		{"1.5 km", "", 0}, {"2019 Pemilu", "", 0}, {"BORONG", "", 0}, {"12", "", 0}, {"1 2.345", "", 0},
	} {
		n, rest, ok := rowNumberPrefix(tc.in)
		if ok != (tc.rest != "") || rest != tc.rest || n != tc.n {
			t.Errorf("rowNumberPrefix(%q) = %d, %q, %v; want %d, %q", tc.in, n, rest, ok, tc.n, tc.rest)
		}
	}
}
