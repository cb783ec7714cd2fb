package parse

import "testing"

// schemaDoc sets a data file's lines under a caption in a report whose
// other tables are TAB tables.
func schemaDoc(caption string, file ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: isi berkas ekspor diketik ulang]", ""}
	out = append(out, file...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestSchemaRowsDPTClass: a DPT as a data file whose columns are declared
// apart from its rows (Weka ARFF, a CSV under CREATE TABLE): columns by
// their names' roles, each row proven by L + P = total, the kabupaten's by
// the sums; the election from the caption, else from the relation's name.
func TestSchemaRowsDPTClass(t *testing.T) {
	// lower-case keywords, comments between, the kabupaten's row unnumbered and last
	lower := schemaDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"% rekap dpt.arff", "%", "@relation rekap", "",
		"@attribute kecamatan string", "% jumlah tps", "@attribute jml_tps numeric",
		"@attribute laki_laki numeric", "@attribute perempuan numeric", "@attribute total_pemilih numeric",
		"", "@data", "'ALOK', 60, 7210, 7305, 14515", "'NITA', 41, 4120, 4033, 8153", "'SIKKA', 101, 11330, 11338, 22668")
	wantLower := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// the election only in the relation's name, an escaped apostrophe, a
	// missing desa count, a number column, no whole
	relation := schemaDoc("Tabel 4 Rekap per Kecamatan",
		"@RELATION 'dpt_pilkada_2020'",
		"@ATTRIBUTE no NUMERIC", "@ATTRIBUTE nama STRING", "@ATTRIBUTE desa NUMERIC",
		"@ATTRIBUTE pria NUMERIC", "@ATTRIBUTE wanita NUMERIC", "@ATTRIBUTE jumlah NUMERIC", "@DATA",
		`1, 'WAE RI\'I', 20, 10565, 10617, 21182`, `2, "RUTENG", ?, 6732, 6853, 13585`)
	wantRelation := []string{"pilkada|2020|kecamatan|WAE RI'I|20|<nil>|10565|10617|21182", "pilkada|2020|kecamatan|RUTENG|<nil>|<nil>|6732|6853|13585"}
	// a sparse row skipped: the whole is then not the sums of the rows read
	sparse := schemaDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"@RELATION dpt", "@ATTRIBUTE kecamatan STRING", "@ATTRIBUTE l NUMERIC", "@ATTRIBUTE p NUMERIC", "@ATTRIBUTE lp NUMERIC",
		"@ATTRIBUTE total NUMERIC", "@DATA",
		"ALOK, 7210, 7305, ?, 14515", "{0 NITA, 1 4120}", "BOLA, 2000, 2100, ?, 4100", "'Jumlah', 13330, 13438, ?, 26768")
	wantSparse := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|BOLA|<nil>|<nil>|2000|2100|4100"}
	// a CSV under its SQL schema, a header row, semicolons, a total row by word
	sql := schemaDoc("Tabel 5 DPT Pemilu 2019 menurut Kecamatan",
		"CREATE TABLE dpt_kecamatan (", "  kecamatan VARCHAR(40) NOT NULL,", "  tps INT,", "  pemilih_l INT,", "  pemilih_p INT,",
		"  pemilih_total NUMERIC(10,0),", "  PRIMARY KEY (kecamatan)", ");",
		"kecamatan;tps;pemilih_l;pemilih_p;pemilih_total", "GOLEWA;30;3210;3305;6515", "BAJAWA;22;2000;2100;4100", "TOTAL;52;5210;5405;10615")
	wantSQL := []string{"pemilu|2019|kecamatan|GOLEWA|<nil>|30|3210|3305|6515", "pemilu|2019|kecamatan|BAJAWA|<nil>|22|2000|2100|4100",
		"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|52|5210|5405|10615"}
	// a codebook list, then the rows (TAB between cells); the election from the file's name
	codebook := schemaDoc("Tabel 3.6 Rekap per Kecamatan",
		"Kolom berkas dpt_pilkada_2020.csv:", "1. kecamatan : nama kecamatan", "2. jml_desa : jumlah desa/kelurahan",
		"3. pemilih_lk : pemilih laki-laki", "4. pemilih_pr : pemilih perempuan", "5. pemilih_total : jumlah pemilih", "",
		"GOLEWA,14,3210,3305,6515", "BAJAWA,9,2000,2100,4100", "SIKKA,23,5210,5405,10615")
	wantCodebook := []string{"pilkada|2020|kecamatan|GOLEWA|14|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|9|<nil>|2000|2100|4100",
		"pilkada|2020|kabupaten|Kabupaten Sikka|23|<nil>|5210|5405|10615"}
	// a table's legend numbered like a codebook, over no rows
	legend := schemaDoc("Tabel 3.6 Rekapitulasi DPT Pemilu 2024",
		"Keterangan kolom:", "1. kecamatan = nama kecamatan", "2. L = pemilih laki-laki", "3. P = pemilih perempuan", "4. Jumlah = L + P", "",
		"Data diolah dari Sidalih.")
	// look-alikes: Weka's weather and iris files, a shop's stock table, a roll whose L + P is not its total
	weather := schemaDoc("Contoh berkas Weka untuk pelatihan analisis data pemilih:",
		"@relation weather", "@attribute outlook {sunny, overcast, rainy}", "@attribute temperature real", "@attribute humidity real",
		"@attribute windy {TRUE, FALSE}", "@attribute play {yes, no}", "@data", "sunny,85,85,FALSE,no", "sunny,80,90,TRUE,no", "overcast,83,86,FALSE,yes")
	iris := schemaDoc("Contoh data pelatihan DPT:",
		"@RELATION iris", "@ATTRIBUTE sepallength REAL", "@ATTRIBUTE sepalwidth REAL", "@ATTRIBUTE petallength REAL",
		"@ATTRIBUTE petalwidth REAL", "@ATTRIBUTE class {Iris-setosa,Iris-versicolor,Iris-virginica}", "@DATA",
		"5.1,3.5,1.4,0.2,Iris-setosa", "4.9,3.0,1.4,0.2,Iris-setosa")
	stock := schemaDoc("Stok logistik pemilu 2024 per gudang:",
		"CREATE TABLE stok (nama VARCHAR(30), masuk INT, keluar INT, sisa INT);",
		"GUDANG A,7210,7305,14515", "GUDANG B,4120,4033,8153")
	odd := schemaDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"@RELATION dpt", "@ATTRIBUTE kecamatan STRING", "@ATTRIBUTE l NUMERIC", "@ATTRIBUTE p NUMERIC", "@ATTRIBUTE jumlah NUMERIC", "@DATA",
		"ALOK, 7210, 7305, 14516", "NITA, 4120, 4033, 8154")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"ARFF lower case, comments, kabupaten by the sums", lower, map[string][]string{"dpt": wantLower}},
		{"election from the relation, escaped apostrophe, ?", relation, map[string][]string{"dpt": wantRelation}},
		{"sparse row skipped, whole unproven", sparse, map[string][]string{"dpt": wantSparse}},
		{"CSV under CREATE TABLE", sql, map[string][]string{"dpt": wantSQL}},
		{"a codebook, then the rows", codebook, map[string][]string{"dpt": wantCodebook}},
		{"a legend over no rows", legend, map[string][]string{"dpt": nil}},
		{"Weka weather", weather, map[string][]string{"dpt": nil}},
		{"Weka iris", iris, map[string][]string{"dpt": nil}},
		{"a stock table", stock, map[string][]string{"dpt": nil}},
		{"L + P not the total", odd, map[string][]string{"dpt": nil}},
	})
}
