package parse

import "testing"

// TestDptHeaderTotalsClass: a DPT table of kecamatan rows printing no
// kabupaten row, the kabupaten's counts written into its column titles;
// read as the kabupaten row only when every count column carries one and
// each is its column's sum. Look-alikes: counts the rows do not make (a
// finding), a count column without one, brackets of another roll or a
// year, a table printing its own total, a budget table's titles
// (dpt_header_totals.go).
func TestDptHeaderTotalsClass(t *testing.T) {
	caption := []string{"Tabel 4.2 Jumlah Pemilih Pilkada 2024 per Kecamatan", ""}
	kec := []string{"pilkada|2024|kecamatan|ALOK|18|62|9100|9400|18500", "pilkada|2024|kecamatan|KEWAPANTE|9|31|4200|4350|8550"}
	rows := []string{"1\tALOK\t18\t62\t9.100\t9.400\t18.500", "2\tKEWAPANTE\t9\t31\t4.200\t4.350\t8.550"}
	table := func(head string, body ...string) []string {
		if body == nil {
			body = rows
		}
		return append(append(append(append([]string{}, caption...), head), body...), "", "Sumber: KPU Kabupaten Sikka", "")
	}
	kab := "pilkada|2024|kabupaten|Kabupaten Sikka|27|93|13300|13750|27050"
	with := func(extra ...string) []string { return append(append([]string{}, kec...), extra...) }
	tests := []struct {
		name                   string
		body                   []string
		want                   []string
		proved, wrong, partial bool
	}{{
		name:   "square brackets, Jumlah, no colon",
		body:   table("No\tNama Kecamatan\tJml Desa [Jumlah 27 ]\tJml TPS [Jumlah 93]\tL [Jumlah 13.300]\tP [Jumlah 13.750]\tL+P [Jumlah 27.050]"),
		want:   with(kab),
		proved: true,
	}, {
		name:   "the kabupaten named in the bracket",
		body:   table("No.\tKecamatan\tDesa/Kelurahan (Kab. Sikka: 27)\tTPS (Kab. Sikka: 93)\tLaki-laki (Kab. Sikka: 13.300)\tPerempuan (Kab. Sikka: 13.750)\tJumlah Pemilih (Kab. Sikka: 27.050)"),
		want:   with(kab),
		proved: true,
	}, {
		name:   "a sigma, a roll with no village or TPS column",
		body:   table("No\tKecamatan\tL (Σ 13.300)\tP (Σ 13.750)\tTotal (Σ 27.050)", "1\tALOK\t9.100\t9.400\t18.500", "2\tKEWAPANTE\t4.200\t4.350\t8.550"),
		want:   []string{"pilkada|2024|kecamatan|ALOK|<nil>|<nil>|9100|9400|18500", "pilkada|2024|kecamatan|KEWAPANTE|<nil>|<nil>|4200|4350|8550", "pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|13300|13750|27050"},
		proved: true,
	}, {
		name:  "a count the rows do not make: a finding, nothing loaded",
		body:  table("No\tKecamatan\tDesa (Kab.: 27)\tTPS (Kab.: 93)\tL (Kab.: 13.300)\tP (Kab.: 13.760)\tL+P (Kab.: 27.060)"),
		want:  kec,
		wrong: true,
	}, {
		name: "a count column without its bracket: nothing loaded, said so",
		body: table("No\tKecamatan\tDesa\tTPS\tL (Kab.: 13.300)\tP (Kab.: 13.750)\tL+P (Kab.: 27.050)"),
		want: kec, partial: true,
	}, {
		name: "brackets of a kecamatan's mean, not the whole: nothing",
		body: table("No\tKecamatan\tDesa\tTPS\tL (rata-rata: 6.650)\tP (rata-rata: 6.875)\tL+P (rata-rata: 13.525)"),
		want: nil, // titles the table reader does not know: tabel.tidak_dikenali, as before
	}, {
		name: "years in brackets: nothing",
		body: table("No\tKecamatan\tDesa\tTPS\tL (2024)\tP (2024)\tL+P (2024)"),
		want: kec,
	}, {
		name: "the table prints its own total: kept, no second row",
		body: table("No\tKecamatan\tDesa (Kab.: 27 )\tTPS (Kab.: 93)\tL (Kab.: 13.300)\tP (Kab.: 13.750)\tL+P (Kab.: 27.050)",
			append(append([]string{}, rows...), "\tJumlah\t27\t93\t13.300\t13.750\t27.050")...),
		want: with(kab),
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
			if got := hasFinding(d, "dpt.total_judul"); got != tc.proved {
				t.Errorf("finding dpt.total_judul = %v, want %v", got, tc.proved)
			}
			if got := hasFinding(d, "dpt.judul_jumlah"); got != tc.wrong {
				t.Errorf("finding dpt.judul_jumlah = %v, want %v", got, tc.wrong)
			}
			if got := hasFinding(d, "dpt.judul_jumlah_tidak_dibaca"); got != tc.partial {
				t.Errorf("finding dpt.judul_jumlah_tidak_dibaca = %v, want %v", got, tc.partial)
			}
		})
	}
}

// TestDptHeaderTotalsBudget: a budget table whose titles carry totals in
// brackets is no voter roll: its text is left as it is.
func TestDptHeaderTotalsBudget(t *testing.T) {
	body := []string{"Tabel 3.3 Realisasi Anggaran 2024", "",
		"Kode\tUraian\tPagu (Total 1.500.000)\tRealisasi (Total 1.400.000)",
		"WA\tDukungan Manajemen\t1.000.000\t950.000", "CQ\tPenyelenggaraan\t500.000\t450.000", ""}
	d := parseDoc(t, "budget", body...)
	if hasFinding(d, "dpt.total_judul") || hasFinding(d, "dpt.judul_jumlah") {
		t.Errorf("a budget table's titles read as a roll's totals: %v", d.Findings)
	}
}
