package parse

import (
	"strings"
	"testing"
)

// TestCapaianUnitGroupClass: a capaian table without a Satuan column whose
// figureless heading rows state the unit of the rows below them. The
// heading is no data row and no part of a name; its unit is the rows'
// satuan, unless their values say another kind (then the values decide and
// a finding says so). Look-alikes: a Satuan column (the heading is an
// ordinary group row), "Satuan Kerja: …" (an office, no unit), a note
// under the caption for the whole table.
func TestCapaianUnitGroupClass(t *testing.T) {
	const head = "No.\tUraian Indikator\tTarget 2023\tRealisasi 2023\t% Capaian"
	tests := []struct {
		name    string
		rows    []string // after the caption (and head, unless the first row is a header)
		want    string   // "indicator = satuan realisasi" per row, "; " between
		finding bool     // capaian.satuan_judul raised
	}{
		{"unit headings with colons, numbered on", []string{head,
			"\tUnit: dokumen",
			"1\tJumlah naskah kajian yang diterbitkan\t4\t5\t125",
			"2\tJumlah rancangan keputusan yang disusun\t12\t12\t100",
			"\tSatuan : persen",
			"3\tTingkat ketepatan waktu penyampaian laporan\t90\t95,5\t106,11"},
			"Jumlah naskah kajian yang diterbitkan = dokumen 5; Jumlah rancangan keputusan yang disusun = dokumen 12; " +
				"Tingkat ketepatan waktu penyampaian laporan = persen 95,5", false},
		{"heading without colon, grades under predikat", []string{head,
			"\tSatuan kegiatan",
			"1\tJumlah sosialisasi tatap muka di desa\t20\t24\t120",
			"\tSatuan predikat",
			"2\tHasil penilaian zona integritas unit kerja\tBB\tB\t-"},
			"Jumlah sosialisasi tatap muka di desa = kegiatan 24; Hasil penilaian zona integritas unit kerja = predikat B", false},
		{"(dalam persen) between rows", []string{head,
			"1\tJumlah naskah kajian yang diterbitkan\t4\t5\t125",
			"\t(dalam persen)",
			"2\tTingkat ketepatan waktu penyampaian laporan\t90\t95,5\t106,11"},
			"Jumlah naskah kajian yang diterbitkan =  5; Tingkat ketepatan waktu penyampaian laporan = persen 95,5", false},
		{"values disagree with the heading", []string{head,
			"\tSatuan: persen (%)",
			"1\tTingkat ketepatan waktu penyampaian laporan\t90\t95,5\t106,11",
			"2\tHasil penilaian zona integritas unit kerja\tBB\tB\t-"},
			"Tingkat ketepatan waktu penyampaian laporan = persen 95,5; Hasil penilaian zona integritas unit kerja = predikat B", true},
		// look-alikes
		{"Satuan column present", []string{"No\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian",
			"\tSatuan: persen",
			"1\tJumlah naskah kajian yang diterbitkan\tDokumen\t4\t5\t125"},
			"Jumlah naskah kajian yang diterbitkan = dokumen 5", false},
		{"Satuan Kerja is an office", []string{head,
			"\tSatuan Kerja: KPU Kabupaten Alor",
			"1\tJumlah naskah kajian yang diterbitkan\t4\t5\t125"},
			"", false},
		{"whole-table note under the caption", []string{"(satuan dalam persen)", "", head,
			"1\tJumlah naskah kajian yang diterbitkan\t4\t5\t125"},
			"Jumlah naskah kajian yang diterbitkan =  5", false},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, append([]string{"Tabel 3.2 Capaian Kinerja Tahun 2023", ""}, tc.rows...)...)
		var got []string
		for _, c := range d.Capaian {
			got = append(got, c.Indikator+" = "+c.Satuan+" "+c.RealisasiTeks)
		}
		if g := strings.Join(got, "; "); tc.want != "" && g != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, g, tc.want)
		}
		if tc.want == "" {
			for _, c := range d.Capaian {
				if strings.Contains(c.Indikator, "Satuan") || c.Satuan == "kerja" {
					t.Errorf("%s: the office row was read as a unit or a name: %+v", tc.name, got)
				}
			}
		}
		raised := false
		for _, f := range d.Findings {
			if f.Aturan == "capaian.satuan_judul" {
				raised = true
			}
		}
		if raised != tc.finding {
			t.Errorf("%s: finding capaian.satuan_judul raised %v, want %v", tc.name, raised, tc.finding)
		}
	}
}
