package parse

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// doc builds a small LKj text: a title, a signature and the body.
func doc(body ...string) []byte {
	head := []string{
		"LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", "",
		"Sekretaris KPU Kabupaten Sikka", "",
	}
	return []byte(strings.Join(append(head, body...), "\n") + "\n")
}

// i64 is the value of an optional amount, 0 for NULL.
func i64(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// parseDoc reads doc(body...) with Text and stops the test when it fails.
func parseDoc(t *testing.T, name string, body ...string) *facts.Document {
	t.Helper()
	d, err := Text(name, doc(body...))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}

func TestDecode(t *testing.T) {
	plain := "LAPORAN KINERJA KPU KABUPATEN ENDE TAHUN 2024\n\nSekretaris KPU Kabupaten Ende\n"
	u := utf16.Encode([]rune(plain))
	le := []byte{0xFF, 0xFE}
	for _, c := range u {
		le = append(le, byte(c), byte(c>>8))
	}
	latin1 := []byte(strings.Replace(plain, "ENDE TAHUN", "ENDE TAHUN", 1) + "caf\xe9\n")
	tests := []struct {
		name   string
		data   []byte
		satker string
		err    error
	}{
		{"utf16", le, "5308", nil},
		{"latin1", latin1, "5308", nil},
		{"binary", []byte("\x00\x01\x02\x03garbage\x00\x00\xff"), "", ErrNotText},
		{"empty", []byte("   \n"), "", ErrNotText},
	}
	for _, tc := range tests {
		d, err := Text(tc.name, tc.data)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("%s: err = %v, want %v", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil || d.Meta.SatkerID != tc.satker {
			t.Errorf("%s: %v %+v", tc.name, err, d)
		}
	}
}

// mergedRow parses a capaian table whose one row holds two indicators (the
// SAKIP and RB evaluations) merged, with the given Target, Realisasi and
// Capaian cells; the two indicators must come out as two rows.
func mergedRow(t *testing.T, target, realisasi, capaian string) []facts.Capaian {
	t.Helper()
	d := parseDoc(t, "merged",
		"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
		"1\tMeningkatnya Akuntabilitas\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten\t"+
			target+"\t"+realisasi+"\t"+capaian,
	)
	if len(d.Capaian) != 2 {
		t.Fatalf("%d rows, want 2: %+v", len(d.Capaian), d.Capaian)
	}
	for _, f := range d.Findings {
		if f.Tingkat != facts.Info {
			t.Errorf("finding %+v", f)
		}
	}
	return d.Capaian
}

func TestMergedRow(t *testing.T) {
	rows := mergedRow(t, "В 80", "BB* 74,95%", "200% 93,69%")
	a, r := rows[0], rows[1]
	if a.IndikatorID != "ss.akuntabilitas_kinerja" || a.TargetTeks != "B" || a.RealisasiTeks != "BB*" || a.CapaianTeks != "200%" {
		t.Errorf("first = %+v", a)
	}
	if r.IndikatorID != "ss.reformasi_birokrasi" || *r.TargetNilai != 80 || *r.RealisasiNilai != 74.95 || *r.CapaianLapor != 93.69 {
		t.Errorf("second = %+v", r)
	}
}

// TestMergedRowWords: a merged row whose cells repeat a word per indicator
// ("Belum Penilaian Belum Penilaian", "- -") splits those cells too, with
// no warning about a column that holds one value for two indicators.
func TestMergedRowWords(t *testing.T) {
	for i, c := range mergedRow(t, "В 80", "Belum Penilaian Belum Penilaian", "- -") {
		if c.RealisasiTeks != "Belum Penilaian" || c.RealisasiNilai != nil || c.CapaianTeks != "-" {
			t.Errorf("row %d = %+v", i, c)
		}
	}
}

func TestWrappedRowsAndShards(t *testing.T) {
	d := parseDoc(t, "wrapped",
		"Tabel 2.5 Perjanjian Kinerja Sub Bagian Keuangan", "",
		"No.\tSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget",
		"7\tTerwujudnya Dukungan\tPersentase sarana transportasi untuk\t100%",
		"\tSarana dan Prasarana\tmendukung kinerja pegawai yang\t",
		"\tGuna Meningkatkan\tberfungsi dengan baik\t750/",
		"8\tPembentukan Badan\tJumlah Badan Adhoc yang\t18",
		"\tPenyelenggara Adhoc\tdipersiapkan dan dibentuk\tKecamatan",
	)
	if len(d.Capaian) != 2 {
		t.Fatalf("rows: %+v", d.Capaian)
	}
	c := d.Capaian[0]
	if c.IndikatorID != "sk.sarana_transportasi" || c.TargetTeks != "100%" || c.Tingkat != facts.SasaranKegiatan || c.Start != 8 || c.End != 10 {
		t.Errorf("wrapped row = %+v", c)
	}
	if c := d.Capaian[1]; c.TargetTeks != "18 Kecamatan" || *c.TargetNilai != 18 || c.Satuan != "kecamatan" {
		t.Errorf("unit row = %+v", c)
	}
	found := false
	for _, f := range d.Findings {
		if f.Aturan == "nilai.tidak_terbaca" && f.Nilai == "750/" {
			found = true
		}
	}
	if !found {
		t.Errorf("no nilai.tidak_terbaca for the shard: %+v", d.Findings)
	}
}

func TestPemilihanOf(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Daftar Pemilih Tetap DALAM PEMILIHAN SERENTAK TINGKAT PROVINSI", "pilkada"},
		{"Penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati", "pilkada"},
		{"PILKADA SERENTAK 2024", "pilkada"},
		{"Daftar Pemilih Tetap Pemilu Tahun 2024 per Kecamatan", "pemilu"},
		{"Rekapitulasi DPT Pemilihan Umum Presiden dan Wakil Presiden", "pemilu"},
		{"Komisi Pemilihan Umum Kabupaten Alor", ""},
		{"Tahapan Pemilu/Pemilihan Tahun 2024", ""},
		{"Rekapitulasi Daftar Pemilih Tetap Tahun 2024", ""},
	}
	for _, tc := range tests {
		if got := pemilihanOf(tc.text); got != tc.want {
			t.Errorf("pemilihanOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestYears(t *testing.T) {
	sak := []struct {
		s    string
		want int
	}{
		{`Berdasarkan Hasil Evaluasi AKIP Tahun 2023 satuan kerja KPU Kabupaten Alor memperoleh nilai 73,15 atau predikat "BB".`, 2023},
		{`Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Tahun 2023 pada satuan kerja KPU adalah 73,13`, 2023},
		{`evaluasi atas indikator Nilai Akuntabilitas Kinerja KPU Provinsi NTT pada tahun 2024 yang memperoleh predikat penilaian 77,95`, 2023},
		{`memperoleh nilai sebesar 72.32.`, 0},
	}
	for _, tc := range sak {
		if got := sakipYear(tc.s); got != tc.want {
			t.Errorf("sakipYear(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	fy := []struct {
		s    string
		want int
	}{
		{"dalam Tahun Anggaran 2023. Dimana dari total pagu", 2023},
		{"Pada tahun 2024, KPU menerima DIPA berdasarkan SP DIPA Petikan Tahun 2024 Nomor: SP DIPA-076.01.2.658312/2024 tanggal 24 November 2023 dengan", 2024},
		{"berdasarkan Keputusan KPU Nomor 799 Tahun 2024 tentang", 0},
		{"Tahun Anggaran 2020-2024", 0},
	}
	for _, tc := range fy {
		if got := fiscalYear(tc.s); got != tc.want {
			t.Errorf("fiscalYear(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestProseTotals(t *testing.T) {
	d := parseDoc(t, "prose",
		"Dalam aspek capaian realisasi anggaran, KPU berhasil mengoptimalkan anggaran dalam Tahun Anggaran 2023. Dimana dari total pagu anggaran yang diterima yaitu sebesar **Rp. 65,695,164,000**,- dengan realisasinya sebesar **Rp. 64,633,322,602** atau sebesar **98.38**%.",
		"",
		"Sesuai NPHD, Anggaran Hibah yang diterima Sebesar Rp. 27.000.000.000,-, dan sisa anggaran Hibah sebesar Rp 7.428.962.380,-.",
	)
	if len(d.Anggaran) != 1 {
		t.Fatalf("anggaran: %+v", d.Anggaran)
	}
	a := d.Anggaran[0]
	if a.Tahun != 2023 || a.Kode != "TOTAL" || *a.Pagu != 65695164000 || *a.Realisasi != 64633322602 || *a.SerapanLapor != 98.38 || !a.Utama {
		t.Errorf("prose total = %+v", a)
	}
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name string
		lim  extract.Limits
		in   []byte
		want string // in the error; "" for no error
	}{
		{"document too big", extract.Limits{MaxBytes: 100}, doc(strings.Repeat("x", 200)), "exceeds MaxBytes 100"},
		{"line too long", extract.Limits{MaxLineLen: 100}, doc(strings.Repeat("x", 200)), "exceeds MaxLineLen 100"},
		// far past the limit: refused before the readers, line counted the same
		{"line far too long", extract.Limits{MaxLineLen: 100}, []byte("a\nb\n" + strings.Repeat("Pagu  Realisasi ", 40)), "parse big: line 3: 640 bytes exceeds MaxLineLen 100 (refused before reading)"},
		{"too many cells", extract.Limits{MaxCells: 2}, doc("a\tb\tc"), "exceeds MaxCells 2"},
		{"within the limits", extract.Limits{MaxBytes: 1 << 20}, doc("a\tb\tc"), ""},
	}
	for _, tc := range tests {
		_, err := TextWith("big", tc.in, Options{Limits: tc.lim})
		sharedtest.WantErr(t, tc.name, err, tc.want)
	}
}

func TestYearRow(t *testing.T) {
	tests := []struct {
		cell string
		year int
		frag string
	}{
		{"2024", 2024, ""},
		{"si 2024", 2024, "si"},
		{"Realisasi 2024", 0, ""},
		{"Kinerja", 0, ""},
		{"2020 2021", 0, ""},
	}
	for _, tc := range tests {
		y, f := yearCell(tc.cell)
		if y != tc.year || f != tc.frag {
			t.Errorf("yearCell(%q) = %d %q, want %d %q", tc.cell, y, f, tc.year, tc.frag)
		}
	}
	// labels shifted against the columns: the year row decides; the run of
	// years restarts where the realisation columns begin
	d := parseDoc(t, "t",
		"Sasaran Strategis: Terwujudnya X dengan indikator Nilai Akuntabilitas Kinerja", "",
		"a. Perbandingan Realisasi Kinerja Tahun 2024 dengan Target Jangka Menengah", "",
		"No\tSasaran\tIndikator Kinerja\tTarge\tet Kinerj\tRealisasi 2024\t\t\t",
		"\tStrategis\t\t2020\t2021\t2022\t2023\t2024\t2021\t2024",
		"1\tTerwujudnya X\tNilai Akuntabilitas Kinerja\t\t\tB\tB\tB\tBB\tBB (77,95)",
	)
	got := map[string]string{}
	for _, s := range d.CapaianSeri {
		got[itoa(s.Tahun)+s.Jenis] = s.Teks
	}
	want := map[string]string{"2022target": "B", "2023target": "B", "2024target": "B", "2021realisasi": "BB", "2024realisasi": "BB (77,95)"}
	if len(got) != len(want) {
		t.Errorf("seri %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("seri %s = %q, want %q", k, got[k], v)
		}
	}
}

func TestHelpers(t *testing.T) {
	for in, want := range map[string]string{"indivator kingria": "indikator kingria", "realisasl 2024": "realisasi 2024", "program": "program", "nilai": "nilai"} {
		if got := fixOCR(in); got != want {
			t.Errorf("fixOCR(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"%": "persen", "Nilai": "nilai", "Lap": "laporan", "Predikat": ""} {
		if got := unitColumn(in); got != want {
			t.Errorf("unitColumn(%q) = %q, want %q", in, got, want)
		}
	}
	cells := logicalCells([]string{"Total", "Rp 1", ".946.350.000,-", "Rp. 1", ".726.112.186,-", "Rp 4", "4.980.284.000,-"})
	want := []string{"Total", "Rp 1.946.350.000,-", "Rp 1.726.112.186,-", "Rp 44.980.284.000,-"}
	if strings.Join(cells, "|") != strings.Join(want, "|") {
		t.Errorf("logicalCells = %q, want %q", cells, want)
	}
	if tp, ok := fromTopic("informasi", "Persentase Informasi Mengenai Partai Politik"); !ok || tp == "" {
		t.Error("fromTopic: a word of the topic must resolve to it")
	}
	if _, ok := fromTopic("anggaran", "Persentase Informasi Mengenai Partai Politik"); ok {
		t.Error("fromTopic: a word outside the topic must not resolve")
	}
}

func TestGroupText(t *testing.T) {
	p := newParser("t", &facts.Document{}, nil)
	p.raw = []byte("Terwujudnya sistem informasi partai politik yang berkualitas. SASARAN strategis\n")
	roles := []int{roleNo, roleIndikator, roleTarget, roleRealisasi, roleCapaian}
	tests := []struct {
		cells []string
		want  string
	}{
		{[]string{"Terw", "ujudnya Sistem mengenai Partai Pol", "itik yang andal dan ber", "kualitas"}, "Terwujudnya Sistem mengenai Partai Politik yang andal dan berkualitas"},
		{[]string{"Pelay", "Terwujudnya Koordinasi"}, "Terwujudnya Koordinasi"},
		{[]string{"Sasar", "an Strategis 2", "", "•", "•"}, "Sasaran Strategis 2"},
		{[]string{"", "Sistem Informasi mengenai", "partai"}, "Sistem Informasi mengenai partai"},
	}
	for _, tc := range tests {
		r := &extract.Row{Cells: tc.cells}
		if got := p.groupText(r, roles); got != tc.want {
			t.Errorf("groupText(%q) = %q, want %q", tc.cells, got, tc.want)
		}
	}
}

func TestCtlCount(t *testing.T) {
	tests := []string{"", "a", "abcdefgh", "abc\x01defgh\x02ij\x1f", "\t\n\r\f" + strings.Repeat("x", 20) + "\x00\x7f\x80\xff\x1b",
		strings.Repeat("\x01", 17), "é\x05ü\x19 !" + strings.Repeat("\x9f\xa0", 9)}
	// and every byte value at every position of a word
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 9; pos++ {
			b := []byte(strings.Repeat("x", 9))
			b[pos] = byte(c)
			tests = append(tests, string(b))
		}
	}
	// and runs of the bytes around the edges, side by side
	tests = append(tests, sharedtest.Texts(5, 20000, 24, []string{"\t", "\n", "\r", "\f", "\x00", "\x01", "\x08", "\x0b", "\x0e",
		"\x1f", " ", "!", "\x7f", "\x80", "\x89", "\x8a", "\x9f", "\xa0", "\xff", "x"}, nil)...)
	for _, s := range tests {
		want := 0
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '\f' {
				want++
			}
		}
		if got := ctlCount([]byte(s)); got != want {
			t.Errorf("ctlCount(%q) = %d, want %d", s, got, want)
		}
	}
}
