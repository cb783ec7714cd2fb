package parse

import "testing"

// promDoc sets an exposition's lines under a caption in a report whose
// other tables are TAB tables.
func promDoc(caption string, export ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Salinan: keluaran exporter pemantauan - http://10.1.2.3:9100/metrics diketik ulang]", ""}
	out = append(out, export...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestPromDPTClass: a DPT as a Prometheus /metrics export: samples grouped
// by their place label, the role from the metric name and the other label
// values, each place proven by L + P = total and the kabupaten's samples by
// the sums; the election from the caption.
func TestPromDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// families by count, a jenis label for the sex, the kabupaten's samples last
	families := promDoc(cap24,
		"# HELP dpt_jumlah_tps Jumlah TPS per wilayah.", "# TYPE dpt_jumlah_tps gauge",
		`dpt_jumlah_tps{kecamatan="ALOK"} 60`, `dpt_jumlah_tps{kecamatan="NITA"} 41`, `dpt_jumlah_tps{kabupaten="SIKKA"} 101`,
		"# HELP dpt_pemilih Jumlah pemilih.", "# TYPE dpt_pemilih gauge",
		`dpt_pemilih{kecamatan="ALOK",jenis="laki"} 7210`, `dpt_pemilih{kecamatan="ALOK",jenis="perempuan"} 7305`, `dpt_pemilih{kecamatan="ALOK",jenis="jumlah"} 14515`,
		`dpt_pemilih{kecamatan="NITA",jenis="laki"} 4120`, `dpt_pemilih{kecamatan="NITA",jenis="perempuan"} 4033`, `dpt_pemilih{kecamatan="NITA",jenis="jumlah"} 8153`,
		`dpt_pemilih{kabupaten="SIKKA",jenis="laki"} 11330`, `dpt_pemilih{kabupaten="SIKKA",jenis="perempuan"} 11338`, `dpt_pemilih{kabupaten="SIKKA",jenis="jumlah"} 22668`)
	wantFamilies := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// the sex in the metric name, a wilayah label beside the kabupaten's,
	// a blank line between families, timestamps, no whole
	named := promDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"# TYPE pemilih_pria gauge",
		`pemilih_pria{kabupaten="NGADA",wilayah="GOLEWA"} 3210 1600000000000`, `pemilih_pria{kabupaten="NGADA",wilayah="BAJAWA"} 2000 1600000000000`,
		"",
		"# TYPE pemilih_wanita gauge",
		`pemilih_wanita{kabupaten="NGADA",wilayah="GOLEWA"} 3305`, `pemilih_wanita{kabupaten="NGADA",wilayah="BAJAWA"} 2100`,
		"# TYPE pemilih_total gauge",
		`pemilih_total{kabupaten="NGADA",wilayah="GOLEWA"} 6515`, `pemilih_total{kabupaten="NGADA",wilayah="BAJAWA"} 4100`,
		"# TYPE desa_total gauge",
		`desa_total{kabupaten="NGADA",wilayah="GOLEWA"} 14`, `desa_total{kabupaten="NGADA",wilayah="BAJAWA"} 9`)
	wantNamed := []string{"pilkada|2020|kecamatan|GOLEWA|14|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|9|<nil>|2000|2100|4100"}
	// a broken sum: the kabupaten's samples are not the sums, so only the places load
	broken := promDoc(cap24, "# TYPE dpt gauge",
		`dpt{kec="ALOK",sex="l"} 7210`, `dpt{kec="ALOK",sex="p"} 7305`, `dpt{kec="ALOK",sex="total"} 14515`,
		`dpt{kec="NITA",sex="l"} 4120`, `dpt{kec="NITA",sex="p"} 4033`, `dpt{kec="NITA",sex="total"} 8153`,
		`dpt{kab="SIKKA",sex="l"} 11331`, `dpt{kab="SIKKA",sex="p"} 11338`, `dpt{kab="SIKKA",sex="total"} 22669`)
	wantBroken := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// look-alike: a web server's requests per kecamatan-labelled region
	web := []string{"Trafik portal pemilih per wilayah:", "",
		"# HELP http_requests_total Total HTTP requests.", "# TYPE http_requests_total counter",
		`http_requests_total{kecamatan="ALOK",method="GET",code="200"} 7210`, `http_requests_total{kecamatan="ALOK",method="POST",code="200"} 7305`,
		`http_requests_total{kecamatan="NITA",method="GET",code="200"} 4120`, `http_requests_total{kecamatan="NITA",method="POST",code="200"} 4033`}
	// look-alike: a place whose L + P is not its total gives nothing for it
	odd := promDoc(cap24, "# TYPE dpt_pemilih gauge",
		`dpt_pemilih{kecamatan="ALOK",jenis="laki"} 7210`, `dpt_pemilih{kecamatan="ALOK",jenis="perempuan"} 7305`, `dpt_pemilih{kecamatan="ALOK",jenis="jumlah"} 14516`,
		`dpt_pemilih{kecamatan="NITA",jenis="laki"} 4120`, `dpt_pemilih{kecamatan="NITA",jenis="perempuan"} 4033`, `dpt_pemilih{kecamatan="NITA",jenis="jumlah"} 8154`)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"families, jenis label, kabupaten last", families, map[string][]string{"dpt": wantFamilies}},
		{"sex in the metric name, wilayah label, timestamps", named, map[string][]string{"dpt": wantNamed}},
		{"kabupaten not the sums", broken, map[string][]string{"dpt": wantBroken}},
		{"a web server's requests per region", web, map[string][]string{"dpt": nil}},
		{"L + P not the total", odd, map[string][]string{"dpt": nil}},
	})
}
