package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// TestSpilledNamesClass: a table split by Text to Columns on spaces, each
// word of a name in a cell of its own, is read with its names whole and
// its figures under their titles; a table whose wider rows are not words
// then the fitting rows' figures is left as it was.
func TestSpilledNamesClass(t *testing.T) {
	dpt := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"1\tALOK\t12\t60\t7.210\t7.305\t14.515",
		"2\tALOK\tTIMUR\t10\t41\t4.120\t4.033\t8.153",
		"3\tNITA\t9\t30\t3.000\t3.100\t6.100",
		"4\tMAGEPANDA\t5\t20\t2.000\t2.050\t4.050",
		"KAB.\tSIKKA\t36\t151\t16.330\t16.488\t32.818", ""}
	wantDPT := []string{"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515", "pemilu|2024|kecamatan|ALOK TIMUR|10|41|4120|4033|8153",
		"pemilu|2024|kecamatan|NITA|9|30|3000|3100|6100", "pemilu|2024|kecamatan|MAGEPANDA|5|20|2000|2050|4050",
		"pemilu|2024|kabupaten|Kabupaten Sikka|36|151|16330|16488|32818"}
	// no row numbers, the total labelled JUMLAH over two cells
	bare := []string{"Tabel 3.4 DPT Pemilu 2024", "",
		"Kecamatan\tTPS\tL\tP\tL+P",
		"ALOK\t60\t7.210\t7.305\t14.515",
		"ALOK\tTIMUR\t41\t4.120\t4.033\t8.153",
		"NITA\t30\t3.000\t3.100\t6.100",
		"JUMLAH\tKABUPATEN\t131\t14.330\t14.438\t28.768", ""}
	wantBare := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|ALOK TIMUR|<nil>|41|4120|4033|8153",
		"pemilu|2024|kecamatan|NITA|<nil>|30|3000|3100|6100", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|131|14330|14438|28768"}
	// look-alike: a wider row whose extra cell is a note, not a name's word
	note := []string{"Tabel 3.4 DPT Pemilu 2024", "",
		"No\tKecamatan\tTPS\tL\tP\tL+P",
		"1\tALOK\t60\t7.210\t7.305\t14.515\tbaru",
		"2\tNITA\t30\t3.000\t3.100\t6.100",
		"3\tMAGEPANDA\t20\t2.000\t2.050\t4.050", ""}
	// a budget with codes before the names, the total without one
	budget := []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
		"Kode\tUraian\tPagu\tRealisasi\tSisa",
		"076.01.WA\tProgram\tDukungan\tManajemen\t3.500.000.000\t3.300.000.000\t200.000.000",
		"3355\tKeuangan\t1.000.000.000\t900.000.000\t100.000.000",
		"3358\tKepegawaian\t500.000.000\t450.000.000\t50.000.000",
		"3360\tOperasional\tPerkantoran\t2.000.000.000\t1.950.000.000\t50.000.000",
		"JUMLAH\tTOTAL\t3.500.000.000\t3.300.000.000\t200.000.000", ""}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "text to columns, budget codes", body: budget, want: map[string][]string{"anggaran": {
			"076.01.WA|program||2024|3500000000|3300000000|200000000", "3355|kegiatan|076.01.WA|2024|1000000000|900000000|100000000",
			"3358|kegiatan|076.01.WA|2024|500000000|450000000|50000000", "3360|kegiatan|076.01.WA|2024|2000000000|1950000000|50000000",
			"TOTAL|total||2024|3500000000|3300000000|200000000"}}},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "text to columns, numbered", body: dpt, want: map[string][]string{"dpt": wantDPT}},
		{name: "text to columns, bare", body: bare, want: map[string][]string{"dpt": wantBare}},
	})
	// a note after the figures, a figure among the name's words: left as they were
	for _, tc := range []struct {
		name  string
		lines []string
	}{
		{"a note after the figures", note},
		{"a figure among the name's words", []string{"Tabel 3.4 DPT Pemilu 2024", "",
			"No\tKecamatan\tTPS\tL\tP\tL+P",
			"1\tALOK\t60\t7.210\t7.305\t14.515",
			"2\tDAPIL\t2\tNITA\t30\t3.000\t3.100\t6.100",
			"3\tMAGEPANDA\t20\t2.000\t2.050\t4.050", ""}},
	} {
		blocks, err := extract.Text([]byte(strings.Join(tc.lines, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		for i := range blocks {
			b := &blocks[i]
			if b.Kind != extract.Table {
				continue
			}
			before := fmt.Sprint(b.Rows)
			spilledNames(b)
			if after := fmt.Sprint(b.Rows); after != before {
				t.Errorf("%s: rows changed to %s", tc.name, after)
			}
		}
	}
}

// TestSpilledNamesUnproven: when the split is not proven (a name's word is
// a figure), the wider rows load nothing and the rows that fit load as the
// ordinary reader reads them: the village reader, which took "RANA | MESE"
// for a kecamatan and its village (and, in dev64's Manggarai Timur before
// the split was read, the kabupaten's 176 desa as its TPS), leaves such a
// table alone. The desa column, words in some rows, is read as no column.
func TestSpilledNamesUnproven(t *testing.T) {
	body := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"1\tBORONG\t25\t93\t11.612\t12.296\t23.908",
		"2\tRANA\tMESE\t15\t96\t6.695\t6.748\t13.443",
		"3\tKOTA\tKOMBA\t15\t67\t9.621\t9.353\t18.974",
		"4\tELAR\t19\t81\t9.796\t10.325\t20.121",
		"5\tELAR\tSELATAN\t19\t86\t10.790\t11.014\t21.804",
		"6\tSAMBI\tRAMPAS\t20\t79\t5.221\t5.360\t10.581",
		"7\tPOCO\tRANAKA\t18\t81\t10.507\t10.857\t21.364",
		"8\tPOCO\tRANAKA\t2\t15\t49\t7.395\t7.706\t15.101",
		"9\tLAMBA\tLEDA\t11\t72\t8.116\t8.546\t16.662",
		"10\tCONGKAR\t19\t45\t9.803\t9.611\t19.414",
		"JUMLAH\tKAB.\tSIKKA\t176\t749\t89.556\t91.816\t181.372", ""}
	checkDocs(t, []string{"dpt"}, []docCase{{name: "a figure in a name", body: body, want: map[string][]string{"dpt": {
		"pemilu|2019|kecamatan|BORONG|<nil>|93|11612|12296|23908", "pemilu|2019|kecamatan|ELAR|<nil>|81|9796|10325|20121",
		"pemilu|2019|kecamatan|CONGKAR|<nil>|45|9803|9611|19414"}}}})
}
