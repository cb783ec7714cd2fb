package parse

import "testing"

// TestDPTFinestNameClass: a DPT whose rows repeat their province and
// kabupaten in leading columns is read by its kecamatan column, the
// kabupaten's total row last; without a kecamatan title the first name
// column stays the rows' names, as before.
func TestDPTFinestNameClass(t *testing.T) {
	doc := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019", "",
		"Provinsi\tKabupaten/Kota\tKecamatan\tJml Desa/Kel\tJml TPS\tPemilih L\tPemilih P\tPemilih L+P",
		"NUSA TENGGARA TIMUR\tSIKKA\tALOK\t11\t60\t9.574\t9.266\t18.840",
		"NUSA TENGGARA TIMUR\tSIKKA\tNITA\t12\t40\t7.952\t7.921\t15.873",
		"NUSA TENGGARA TIMUR\tSIKKA\tJUMLAH\t23\t100\t17.526\t17.187\t34.713", ""}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"province and kabupaten repeated", doc, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK|11|60|9574|9266|18840",
			"pemilu|2019|kecamatan|NITA|12|40|7952|7921|15873",
			"pemilu|2019|kabupaten|Kabupaten Sikka|23|100|17526|17187|34713"}}},
	})
}
