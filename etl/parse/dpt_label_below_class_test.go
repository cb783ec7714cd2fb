package parse

import "testing"

// TestDPTLabelBelow: a DPT table with no "Tabel" label above it (an
// introducing sentence, a heading or nothing there) takes the election and
// year from the label printed under its rows, a note between or not; a
// label under it that names no voters, or that heads the next table, is
// not its caption, and the roll stays reported.
func TestDPTLabelBelow(t *testing.T) {
	cover := func(kab, year string) []string {
		return []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN " + kab + " TAHUN " + year, "", "Sekretaris KPU Kabupaten " + kab, "",
			"Pada tahun berjalan sekretariat melaksanakan pemeliharaan data pemilih berkelanjutan di seluruh kecamatan.", ""}
	}
	roll := []string{"No\tKecamatan\tJml Desa\tTPS\tPemilih L\tPemilih P\tTotal DPT",
		"1\tWaigete\t10\t31\t4.210\t4.390\t8.600", "2\tTalibura\t12\t38\t5.105\t5.265\t10.370", "\tJumlah\t22\t69\t9.315\t9.655\t18.970"}
	rows := func(pem, year, kab string) []string {
		y := pem + "|" + year + "|"
		return []string{y + "kecamatan|WAIGETE|10|31|4210|4390|8600", y + "kecamatan|TALIBURA|12|38|5105|5265|10370",
			y + "kabupaten|Kabupaten " + kab + "|22|69|9315|9655|18970"}
	}
	join := func(parts ...[]string) (out []string) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	cases := []struct {
		docCase
		reported bool // the roll without its label is reported
	}{{docCase{
		name: "an introducing sentence above, the label right under",
		body: join(cover("SIKKA", "2024"), []string{"Rekapitulasi pemilih per kecamatan disajikan berikut.", ""}, roll,
			[]string{"Tabel 2.3 Rekapitulasi DPT Pemilu Tahun 2024", "", "Sumber: Divisi Perencanaan, Data dan Informasi.", ""}),
		want: map[string][]string{"dpt": rows("pemilu", "2024", "Sikka")},
	}, false}, {docCase{
		name: "a heading above, a note before the label (pilkada of another year)",
		body: join(cover("SIKKA", "2022"), []string{"C. Data Pemilih", ""}, roll,
			[]string{"Sumber: KPU Kabupaten Sikka.", "", "Tabel 3: Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Tahun 2020", ""}),
		want: map[string][]string{"dpt": rows("pilkada", "2020", "Sikka")},
	}, false}, {docCase{
		name: "nothing above but prose, the label with a dash",
		body: join(cover("SIKKA", "2020"), roll, []string{"", "TABEL 4 - JUMLAH PEMILIH TETAP PEMILU TAHUN 2019", ""}),
		want: map[string][]string{"dpt": rows("pemilu", "2019", "Sikka")},
	}, false}, {docCase{
		name: "the label under names no voters: not this roll's",
		body: join(cover("SIKKA", "2024"), []string{"Rekapitulasi per kecamatan disajikan berikut.", ""}, roll,
			[]string{"Tabel 2.4 Realisasi Anggaran Pemilu Tahun 2024", ""}),
	}, true}, {docCase{
		name: "the label under heads the next table",
		body: join(cover("SIKKA", "2024"), []string{"Rekapitulasi per kecamatan disajikan berikut.", ""}, roll,
			[]string{"", "Tabel 2.4 Daftar Pemilih Tetap Pemilihan Tahun 2020", "",
				"No\tKecamatan\tDesa\tTPS\tL\tP\tJumlah", "1\tWaigete\t10\t30\t4.100\t4.300\t8.400", "2\tTalibura\t12\t36\t5.000\t5.200\t10.200", "\tJumlah\t22\t66\t9.100\t9.500\t18.600", ""}),
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|WAIGETE|10|30|4100|4300|8400", "pilkada|2020|kecamatan|TALIBURA|12|36|5000|5200|10200",
			"pilkada|2020|kabupaten|Kabupaten Sikka|22|66|9100|9500|18600"}},
	}, true}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want["dpt"])
			if tc.reported && !hasRule(d, "dpt.pemilihan_tidak_diketahui") {
				t.Errorf("no finding dpt.pemilihan_tidak_diketahui for the roll without its label")
			}
		})
	}
}
