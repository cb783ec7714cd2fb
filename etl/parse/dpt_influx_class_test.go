package parse

import "testing"

// TestInfluxDPTClass: a DPT as the lines of a time-series write file
// (Influx line protocol, Graphite plaintext, OpenTSDB put): a record a
// line, read as Prometheus samples, each place proven by L + P = total and
// the kabupaten's record by the sums; the election from the caption.
func TestInfluxDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// fields per count, escaped spaces, an election tag, timestamps, the kabupaten last
	lp := promDoc("Tabel 3.4 Rekapitulasi DPT Pemilihan 2020 per Kecamatan",
		"# influx write --bucket dpt --precision s --file dpt.lp",
		`dpt,pemilihan=pilkada2020,kecamatan=ALOK\ TIMUR desa=11i,tps=60i,laki=7210i,perempuan=7305i,jumlah=14515i 1607040000`,
		`dpt,pemilihan=pilkada2020,kecamatan=NITA desa=12i,tps=41i,laki=4120i,perempuan=4033i,jumlah=8153i 1607040000`,
		`dpt,pemilihan=pilkada2020,kabupaten=SIKKA desa=23i,tps=101i,laki=11330i,perempuan=11338i,jumlah=22668i 1607040000`)
	wantLP := []string{"pilkada|2020|kecamatan|ALOK TIMUR|11|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|12|41|4120|4033|8153",
		"pilkada|2020|kabupaten|Kabupaten Sikka|23|101|11330|11338|22668"}
	// a measurement per sex, fields in another order, floats and u, a string
	// field for the place, no timestamps, a blank line between the measurements
	perSex := promDoc(cap24,
		`pemilih_laki,tahun=2024 value=7210u,nama="ALOK"`, `pemilih_laki,tahun=2024 nama="NITA",value=4120.0`,
		"",
		`pemilih_perempuan,tahun=2024 value=7305u,nama="ALOK"`, `pemilih_perempuan,tahun=2024 value=4033u,nama="NITA"`,
		`pemilih_jumlah,tahun=2024 nama="ALOK",value=14515i`, `pemilih_jumlah,tahun=2024 nama="NITA",value=8153i`)
	wantPerSex := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// Graphite plaintext: the place a path segment, underscores for spaces
	graphite := promDoc(cap24,
		"dpt.kecamatan.alok_timur.laki 7210 1707040000", "dpt.kecamatan.alok_timur.perempuan 7305 1707040000", "dpt.kecamatan.alok_timur.total 14515 1707040000",
		"dpt.kecamatan.nita.laki 4120 1707040000", "dpt.kecamatan.nita.perempuan 4033 1707040000", "dpt.kecamatan.nita.total 8153 1707040000",
		"dpt.kabupaten.sikka.laki 11330 1707040000", "dpt.kabupaten.sikka.perempuan 11338 1707040000", "dpt.kabupaten.sikka.total 22668 1707040000")
	wantGraphite := []string{"pemilu|2024|kecamatan|ALOK TIMUR|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11330|11338|22668"}
	// OpenTSDB put: a tag for the sex, the kabupaten's record not the sums
	tsdb := promDoc(cap24,
		"put dpt.pemilih 1707040000 7210 kec=ALOK jenis=pria", "put dpt.pemilih 1707040000 7305 kec=ALOK jenis=wanita", "put dpt.pemilih 1707040000 14515 kec=ALOK jenis=total",
		"put dpt.pemilih 1707040000 4120 kec=NITA jenis=pria", "put dpt.pemilih 1707040000 4033 kec=NITA jenis=wanita", "put dpt.pemilih 1707040000 8153 kec=NITA jenis=total",
		"put dpt.pemilih 1707040000 11331 kab=SIKKA jenis=pria", "put dpt.pemilih 1707040000 11338 kab=SIKKA jenis=wanita", "put dpt.pemilih 1707040000 22669 kab=SIKKA jenis=total")
	wantTSDB := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// the kabupaten tag beside the kecamatan's on every record, the run over a
	// PDF page break, no whole record
	paged := promDoc(cap24,
		`pemilih,kabupaten=SIKKA,kecamatan=ALOK l=7210i,p=7305i,total=14515i`, "", "12",
		"\f"+`pemilih,kabupaten=SIKKA,kecamatan=NITA total=8153i,p=4033i,l=4120i`)
	wantPaged := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// look-alike: a server's cpu and memory in line protocol
	cpu := []string{"Pemantauan server aplikasi data pemilih:", "",
		`cpu,host=srv01,kecamatan=ALOK usage_user=7210i,usage_system=7305i,usage_idle=14515i 1707040000`,
		`mem,host=srv01,kecamatan=NITA used=4120i,free=4033i,total=8153i 1707040000`,
		`mem,host=srv02,kecamatan=ALOK used=7210i,free=7305i,total=14515i 1707040000`}
	// look-alike: a weather station's readings per kecamatan
	weather := promDoc(cap24,
		`cuaca,stasiun=st01,kecamatan=ALOK suhu=28.5,kelembapan=80i,hujan=12i 1707040000`,
		`cuaca,stasiun=st02,kecamatan=NITA suhu=27.1,kelembapan=77i,hujan=3i 1707040000`)
	// look-alike: the counts as fractions are no counts; L + P not the total
	odd := promDoc(cap24,
		`dpt,kecamatan=ALOK laki=7210.5,perempuan=7305i,jumlah=14515i`,
		`dpt,kecamatan=NITA laki=4120i,perempuan=4033i,jumlah=8154i`)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"line protocol, fields per count", lp, map[string][]string{"dpt": wantLP}},
		{"a measurement per sex, string place field", perSex, map[string][]string{"dpt": wantPerSex}},
		{"graphite plaintext", graphite, map[string][]string{"dpt": wantGraphite}},
		{"opentsdb put, kabupaten not the sums", tsdb, map[string][]string{"dpt": wantTSDB}},
		{"kabupaten and kecamatan tags, a page break", paged, map[string][]string{"dpt": wantPaged}},
		{"a server's cpu and memory", cpu, map[string][]string{"dpt": nil}},
		{"a weather station", weather, map[string][]string{"dpt": nil}},
		{"a fraction, L + P not the total", odd, map[string][]string{"dpt": nil}},
	})
}
