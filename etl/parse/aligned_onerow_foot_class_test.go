package parse

import "testing"

// TestAlignedOneRowFoot: a space-aligned table of one row whose header is
// printed on the line under it (a house style putting every header at the
// foot) reads as that table when each header cell stands over its row
// cell; a foot line holding a figure, or cells that do not stand over the
// row's, leave the lines as text.
func TestAlignedOneRowFoot(t *testing.T) {
	head := []string{"LAPORAN KINERJA KPU KABUPATEN ROTE NDAO TAHUN 2023", "", "Sekretaris KPU Kabupaten Rote Ndao", ""}
	tests := []docCase{{
		name: "RB result, caption above",
		body: append(head, "Tabel 3.3 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"  Reformasi Birokrasi     23,40     36,30          64,46",
			"  Uraian                  Nilai     Bobot     Persentase", "",
			"Nilai tersebut menjadi dasar rencana aksi."),
		want: map[string][]string{"rb": {"2023|23.4"}},
	}, {
		name: "RB index, weight first, no indent",
		body: append(head, "Tabel 3.6 Indeks Reformasi Birokrasi Tahun 2023", "",
			"Indeks RB Sekretariat   36,30   22,85   62,95",
			"Komponen                Bobot   Nilai   Persen", "",
			"Sumber: LHE Inspektorat Utama."),
		want: map[string][]string{"rb": {"2023|22.85"}},
	}, {
		name: "a foot line holding a figure: no header",
		body: append(head, "Tabel 3.3 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"  Reformasi Birokrasi     23,40     36,30          64,46",
			"  Catatan                 2023      Bobot     Persentase", "",
			"Nilai tersebut menjadi dasar rencana aksi."),
	}, {
		name: "foot cells not over the row's cells: no header",
		body: append(head, "Tabel 3.3 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"  Reformasi Birokrasi     23,40     36,30          64,46",
			"  Uraian     Nilai                  Bobot                 Persentase", "",
			"Nilai tersebut menjadi dasar rencana aksi."),
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, "rb", factRows["rb"](d), tc.want["rb"])
		})
	}
}
