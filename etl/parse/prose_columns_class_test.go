package parse

import (
	"strings"
	"testing"
)

// twoColumns sets paragraphs in two columns side by side as pdftotext
// -layout prints a newsletter page: each paragraph wrapped to width, a
// blank line between paragraphs, the first half of the lines on the
// left, the rest on the right after gap spaces.
func twoColumns(width, gap int, paras ...string) []string {
	var col []string
	for k, p := range paras {
		if k > 0 {
			col = append(col, "")
		}
		line := ""
		for _, w := range strings.Fields(p) {
			if line != "" && len(line)+1+len(w) > width {
				col = append(col, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		col = append(col, line)
	}
	h := (len(col) + 1) / 2
	left, right := col[:h], col[h:]
	if len(right) > 0 && right[0] == "" {
		right = right[1:]
	}
	out := make([]string, h)
	for i := range out {
		r := ""
		if i < len(right) {
			r = right[i]
		}
		out[i] = strings.TrimRight(left[i]+strings.Repeat(" ", width+gap-len(left[i]))+r, " ")
	}
	return out
}

// jitter moves the right half of every second and third line of three
// one or two characters right, as -layout places lines of a proportional
// font.
func jitter(ls []string) []string {
	out := make([]string, len(ls))
	for i, s := range ls {
		out[i] = s
		if k := strings.Index(s, "   "); k > 0 && i%3 > 0 {
			out[i] = s[:k] + strings.Repeat(" ", i%3) + s[k:]
		}
	}
	return out
}

// TestTwoColumnProse: prose set in two columns side by side (left column
// first) is read column by column, so a sentence running down the left
// column and on into the right one states its facts; tables and lines
// that are not two columns of wrapped prose stay as they are.
func TestTwoColumnProse(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want map[string][]string
	}{{
		name: "SAKIP history across the columns, gutter of five",
		body: append([]string{"LAPORAN KINERJA KPU KABUPATEN BELU TAHUN 2023", "", "Sekretaris KPU Kabupaten Belu", "",
			"B. Evaluasi Akuntabilitas Kinerja", ""},
			twoColumns(48, 5,
				"Hasil evaluasi yang diterima dari Inspektorat Utama pada tahun 2023 menempatkan Sekretariat pada predikat B. Rincian penilaian dibahas bersama seluruh subbagian pada rapat evaluasi triwulan pertama.",
				"Selama tiga tahun terakhir nilai AKIP Sekretariat bergerak dari 60,80 pada tahun kinerja 2020 menjadi 63,95 pada tahun kinerja 2021, lalu 67,45 pada tahun kinerja 2022. Predikat B tetap dipertahankan dan menjadi dasar penyusunan rencana aksi perbaikan tahun berikutnya.")...),
		want: map[string][]string{"sakip": {"2020|60.8|B", "2021|63.95|B", "2022|67.45|B"}},
	}, {
		name: "RB result across the columns, wider columns, gutter of four",
		body: append([]string{"LAPORAN KINERJA KPU KABUPATEN NGADA TAHUN 2024", "", "Sekretaris KPU Kabupaten Ngada", "",
			"C. Reformasi Birokrasi", ""},
			twoColumns(60, 4,
				"Pembangunan zona integritas dilanjutkan dengan pendampingan dari KPU Provinsi Nusa Tenggara Timur sepanjang tahun berjalan, termasuk penataan tata laksana dan manajemen perubahan.",
				"Selain itu, hasil evaluasi Reformasi Birokrasi tahun 2024 yang disampaikan oleh Inspektorat memberikan nilai 24,10 dari bobot 36,30 atau 66,39 persen, terutama ditopang oleh komponen pengungkit yang terus dibenahi.")...),
		want: map[string][]string{"rb": {"2024|24.1"}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			for fam, want := range tc.want {
				wantRows(t, fam, factRows[fam](d), want)
			}
		})
	}
}

// TestTwoColumnProseLeavesTables: lines that are no two columns of
// wrapped prose are not rewritten: a space-aligned table of figures, two
// short text columns, a full-width line across the gutter.
func TestTwoColumnProseLeavesTables(t *testing.T) {
	for name, body := range map[string][]string{
		"a table of figures": {
			"No   Indikator Kinerja                          Target    Realisasi   Capaian",
			"1    Persentase arsip yang tertata              90,00     92,50       102,78",
			"2    Persentase pegawai yang mengikuti diklat   80,00     72,00       90,00",
		},
		"two short text columns": {
			"Sasaran Strategis                 Indikator",
			"Meningkatnya kualitas             Persentase arsip",
			"Terwujudnya tata kelola           Opini BPK",
		},
		"a full-width line among two columns": {
			"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha     bahwa laporan ini masih jauh dari sempurna. Oleh",
			"Esa, karena atas berkat dan penyertaan-Nya laporan        karena itu, saran dan masukan yang membangun",
			"Penyusunan laporan ini berpedoman pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas",
			"kinerja ini dapat diselesaikan. Kami menyadari            sangat kami harapkan.",
		},
	} {
		in := strings.Join(body, "\n") + "\n"
		if got := string(twoColumnProse([]byte(in), nil)); got != in {
			t.Errorf("%s: rewritten:\n%s", name, got)
		}
	}
}

// TestTwoColumnProseBlankRow: a blank row in both columns at once parts
// the lines into two runs; when the right column then opens inside a
// sentence (lower case) after a left column that ended one, the runs are
// one, and the sentence the second run's left column begins ends in the
// right column.
func TestTwoColumnProseBlankRow(t *testing.T) {
	pad := func(l, r string) string { return l + strings.Repeat(" ", 34-len(l)) + r }
	in := []string{
		pad("Capaian kinerja diukur dengan", "persen. Evaluasi atas kinerja"),
		pad("membandingkan target dan", "tahun 2022 memberikan nilai"),
		pad("realisasi tiap indikator.", "66,85 dengan predikat B."),
		"",
		pad("Capaian dihitung sebagai", "Hasil tersebut menjadi dasar"),
		pad("realisasi dibagi target dikali", "penyusunan rencana aksi."),
		"seratus",
	}
	want := []string{
		"Capaian kinerja diukur dengan membandingkan target dan realisasi tiap indikator.", "", "", "",
		"Capaian dihitung sebagai realisasi dibagi target dikali seratus persen. Evaluasi atas kinerja tahun 2022 memberikan nilai 66,85 dengan predikat B.", "",
		"Hasil tersebut menjadi dasar penyusunan rencana aksi.",
	}
	got := strings.Split(string(twoColumnProse([]byte(strings.Join(in, "\n")), nil)), "\n")
	wantRows(t, "lines", got, want)
}

// TestTwoColumnProseJitter: right lines starting one or two characters
// right of the gutter (a proportional font placed by -layout) are the
// same right column; each paragraph comes out whole.
func TestTwoColumnProseJitter(t *testing.T) {
	paras := []string{
		"Laporan hasil evaluasi akuntabilitas kinerja disampaikan kepada seluruh pejabat struktural untuk ditindaklanjuti dalam rencana aksi.",
		"Evaluasi SAKIP atas kinerja tahun 2019 memberikan nilai 58,35 (CC), sedangkan kinerja tahun 2020 memperoleh nilai 61,90 dengan predikat B sesuai laporan hasil evaluasi Inspektorat Utama.",
	}
	in := jitter(twoColumns(44, 4, paras...))
	got := strings.Split(string(twoColumnProse([]byte(strings.Join(in, "\n")), nil)), "\n")
	var text []string
	for _, l := range got {
		if l != "" {
			text = append(text, l)
		}
	}
	wantRows(t, "paragraphs", text, paras)
	if len(got) != len(in) {
		t.Errorf("%d lines, want %d", len(got), len(in))
	}
}
