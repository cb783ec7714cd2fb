package parse

import "testing"

// TestHeaderRepeatedEveryFewRows: a house style that writes the table's
// header again after every few rows, with no page break before it. The
// copy is no row and no wrapped part of the row above (its "Kecamatan"
// would run on to that row's name); a header over two lines is repeated
// whole; casing may differ. A data row whose words merely resemble the
// header is kept.
func TestHeaderRepeatedEveryFewRows(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "one header line repeated after every two rows",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tTotal",
			"1\tKODI\t25\t79\t10.645\t11.024\t21.669",
			"2\tKOTA TAMBOLAKA\t15\t63\t12.917\t13.622\t26.539",
			"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tTotal",
			"3\tLOURA\t17\t75\t15.261\t15.896\t31.157",
			"4\tWEWEWA TIMUR\t18\t60\t9.501\t9.777\t19.278",
			"NO\tKECAMATAN\tDESA/KEL\tTPS\tLAKI-LAKI\tPEREMPUAN\tTOTAL",
			"5\tWEWEWA UTARA\t15\t113\t8.088\t8.741\t16.829"},
		want: map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KODI|25|79|10645|11024|21669",
			"pemilu|2024|kecamatan|KOTA TAMBOLAKA|15|63|12917|13622|26539",
			"pemilu|2024|kecamatan|LOURA|17|75|15261|15896|31157",
			"pemilu|2024|kecamatan|WEWEWA TIMUR|18|60|9501|9777|19278",
			"pemilu|2024|kecamatan|WEWEWA UTARA|15|113|8088|8741|16829"}},
	}, {
		name: "a header over two lines repeated whole",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tJumlah\tDPT\t\t",
			"\tTPS\tL\tP\tL+P",
			"KODI\t79\t10.645\t11.024\t21.669",
			"LOURA\t75\t15.261\t15.896\t31.157",
			"Kecamatan\tJumlah\tDPT\t\t",
			"\tTPS\tL\tP\tL+P",
			"WEWEWA TIMUR\t60\t9.501\t9.777\t19.278"},
		want: map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KODI|<nil>|79|10645|11024|21669",
			"pemilu|2024|kecamatan|LOURA|<nil>|75|15261|15896|31157",
			"pemilu|2024|kecamatan|WEWEWA TIMUR|<nil>|60|9501|9777|19278"}},
	}})
}
