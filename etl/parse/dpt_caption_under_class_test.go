package parse

import (
	"strings"
	"testing"
)

// TestDPTCaptionUnder: a DPT table's election and year come from what the
// document says about THAT table, never from the caption printed under
// the table before it (a house style that captions tables under their
// rows), and never a year in which no such election was held: such a
// year is no key, the rows are not loaded (dpt.tahun_tidak_diketahui).
func TestDPTCaptionUnder(t *testing.T) {
	budget := func(capt string, sumberFirst bool) []string {
		rows := []string{"Kode\tProgram dan Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"3357\tDukungan Operasional\t410.000.000\t400.000.000\t10.000.000",
			"6641\tSosialisasi Pemilih\t90.000.000\t85.000.000\t5.000.000",
			"\tJumlah\t500.000.000\t485.000.000\t15.000.000", ""}
		if sumberFirst {
			return append(rows, "Sumber: aplikasi SAKTI, diolah.", "", capt, "")
		}
		return append(rows, capt, "", "Sumber: aplikasi SAKTI, diolah.", "")
	}
	dpt := []string{"No\tKecamatan\tTPS\tDesa\tLaki-laki\tPerempuan\tTotal",
		"1\tAimere\t40\t12\t5.120\t5.301\t10.421",
		"2\tGolewa\t55\t16\t7.004\t7.196\t14.200",
		"\tTotal\t95\t28\t12.124\t12.497\t24.621", ""}
	rowsOf := func(pem string, year int, kab string) []string {
		y := pem + "|" + itoa(year) + "|"
		return []string{y + "kecamatan|AIMERE|12|40|5120|5301|10421", y + "kecamatan|GOLEWA|16|55|7004|7196|14200",
			y + "kabupaten|" + kab + "|28|95|12124|12497|24621"}
	}
	cover := func(kab string, year int) []string {
		return []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN " + strings.ToUpper(kab) + " TAHUN " + itoa(year), "",
			"Sekretaris KPU Kabupaten " + kab, ""}
	}
	join := func(parts ...[]string) (out []string) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding bool
	}{{
		name: "caption under each table, a heading and an introducing sentence between (2022 report)",
		body: join(cover("Ngada", 2022), budget("Tabel 3.3: Realisasi Anggaran Tahun 2022", false),
			[]string{"D. Data Pemilih", "", "Rekapitulasi DPT Pemilu 2019 Kabupaten Ngada per kecamatan (TPS, desa dan pemilih):", ""},
			dpt, []string{"Tabel 3.4: DPT Pemilu 2019 per Kecamatan", "", "Sumber: Divisi Data dan Informasi.", ""}),
		want: rowsOf("pemilu", 2019, "Kabupaten Ngada"),
	}, {
		name: "the note before each label, the election only in the caption under (2024 report)",
		body: join(cover("Ngada", 2024), budget("Tabel 3.5 Realisasi Anggaran Tahun Anggaran 2024", true),
			[]string{"E. Pemutakhiran Data Pemilih", ""},
			dpt, []string{"Sumber: KPU Kabupaten Ngada.", "", "Tabel 3.6 Jumlah Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Tahun 2020", ""}),
		want: rowsOf("pilkada", 2020, "Kabupaten Ngada"),
	}, {
		name: "caption above naming a year of no election, the sentence above it naming one (2023 report)",
		body: join(cover("Ngada", 2023), []string{"Jumlah pemilih tetap Pemilu 2024 per kecamatan sebagai berikut:", "",
			"Tabel 3.2 Data Pemilih Tahun 2023", ""}, dpt),
		want: rowsOf("pemilu", 2024, "Kabupaten Ngada"),
	}, {
		name:    "caption above tying a year of no election to the Pemilu (2021 report): not loaded",
		body:    join(cover("Ngada", 2021), []string{"Tabel 3.4 Rekapitulasi DPT Pemilu per Kecamatan Tahun 2021", ""}, dpt),
		finding: true,
	}, {
		name: "the stale caption above and none under: the year of no election is not taken (2022 report)",
		body: join(cover("Ngada", 2022), budget("Tabel 3.3: Realisasi Anggaran Tahun 2022", false),
			[]string{"D. Data Pemilih", "", "Jumlah DPT Pemilihan Serentak 2020 per kecamatan:", ""}, dpt,
			[]string{"BAB IV", "PENUTUP", ""}),
		want: rowsOf("pilkada", 2020, "Kabupaten Ngada"),
	}, {
		name: "an election row of no year under a caption of no election year (2022 report): not loaded",
		body: join(cover("Ngada", 2022), []string{"Tabel 3.4 Data Pemilih Tahun 2022", "",
			"Jenis Pemilihan\tTPS\tL\tP\tL+P", "Pemilihan Bupati dan Wakil Bupati\t95\t12.124\t12.497\t24.621", ""}),
		finding: true,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			got := factRows["dpt"](d)
			wantRows(t, "dpt", got, tc.want)
			if tc.finding && !hasRule(d, "dpt.tahun_tidak_diketahui") {
				t.Errorf("no dpt.tahun_tidak_diketahui in %+v", d.Findings)
			}
		})
	}
}

// TestDPTProseYearHeld: a roll stated in prose is keyed to the election
// year its sentence names only when such an election was held then; a
// sentence dating the roll by a year of no such election loads nothing.
func TestDPTProseYearHeld(t *testing.T) {
	head := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN LEMBATA TAHUN 2023", "", "Sekretaris KPU Kabupaten Lembata", ""}
	checkParagraphs(t, "dpt", head, []paraCase{{
		name: "a Pilkada year",
		text: "DPT Pemilihan Serentak 2020 Kabupaten Lembata berjumlah 98.310 pemilih, terdiri atas 47.905 laki-laki dan 50.405 perempuan.",
		want: []string{"pilkada|2020|kabupaten|Kabupaten Lembata|<nil>|<nil>|47905|50405|98310"},
	}, {
		name: "a year of no Pilkada",
		text: "DPT Pemilihan tahun 2022 Kabupaten Lembata berjumlah 98.310 pemilih, terdiri atas 47.905 laki-laki dan 50.405 perempuan.",
	}, {
		name: "a year of no Pemilu",
		text: "Pada Pemilu 2021 DPT Kabupaten Lembata tercatat sebanyak 101.020 pemilih, terdiri atas 49.010 laki-laki dan 52.010 perempuan.",
	}})
}
