package parse

import (
	"sort"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestCapaianGroupRowClass: a group row inside a capaian table (a level
// named by its words, a lettered or Roman heading) that carries no values
// is merged by the extractor into the indicator above it. The heading is
// no part of that indicator, and a heading that names a level sets the
// tingkat of the rows after it. An ordinary wrapped indicator stays whole.
func TestCapaianGroupRowClass(t *testing.T) {
	const head = "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian"
	const (
		opini = "1\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\t100%"
		kip   = "2\tNilai Keterbukaan Informasi Publik\t75\t79,40\t105,87%"
		gaji  = "3\tPersentase pembayaran gaji dan tunjangan yang tepat waktu\t100%\t100%\t100%"
	)
	tests := []struct {
		name string
		rows []string // after the caption and header (head, unless the first row is a header of its own)
		want string   // "indicator = tingkat realisasi" per row, sorted, "; " between
	}{
		{"level row in the Sasaran column", []string{"No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tMeningkatnya keterbukaan\tNilai Keterbukaan Informasi Publik\t75\t79,40\t105,87%", "\tIndikator Kinerja Kegiatan",
			"2\tTertib administrasi\tJumlah laporan sistem akuntansi dan pelaporan keuangan\t12 Laporan\t12 Laporan\t100%"},
			"Jumlah laporan sistem akuntansi dan pelaporan keuangan = sasaran_kegiatan 12 Laporan; Nilai Keterbukaan Informasi Publik = sasaran_strategis 79,40"},
		{"level row between numbered rows", []string{opini, kip, "\tIndikator Kinerja Kegiatan\t\t\t", gaji},
			"Nilai Keterbukaan Informasi Publik = sasaran_strategis 79,40; Opini BPK atas Laporan Keuangan = sasaran_strategis WTP; " +
				"Persentase pembayaran gaji dan tunjangan yang tepat waktu = sasaran_kegiatan 100%"},
		{"numbered level heading with its text", []string{opini, "\tSasaran Kegiatan 1: Terwujudnya tata kelola keuangan yang akuntabel", gaji},
			"Opini BPK atas Laporan Keuangan = sasaran_strategis WTP; Persentase pembayaran gaji dan tunjangan yang tepat waktu = sasaran_kegiatan 100%"},
		{"lettered sasaran heading keeps the level", []string{opini, "\tC. Sasaran: Meningkatnya kualitas pelayanan informasi\t\t\t", kip},
			"Nilai Keterbukaan Informasi Publik = sasaran_strategis 79,40; Opini BPK atas Laporan Keuangan = sasaran_strategis WTP"},
		{"lettered level row, the letter in the number column", []string{opini, "B\tIndikator Kinerja Kegiatan (IKK)", gaji},
			"Opini BPK atas Laporan Keuangan = sasaran_strategis WTP; Persentase pembayaran gaji dan tunjangan yang tepat waktu = sasaran_kegiatan 100%"},
		{"Roman heading", []string{kip, "\tII. Meningkatnya kapasitas kelembagaan", opini},
			"Nilai Keterbukaan Informasi Publik = sasaran_strategis 79,40; Opini BPK atas Laporan Keuangan = sasaran_strategis WTP"},
		{"a wrapped indicator is no heading", []string{
			"1\tPersentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja\t90%\t92%\t102,22%",
			"\tPegawai yang berfungsi dengan baik\t\t\t", kip},
			"Nilai Keterbukaan Informasi Publik = sasaran_strategis 79,40; " +
				"Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik = sasaran_strategis 92%"},
	}
	for _, tc := range tests {
		body := []string{"Tabel 3.4 Realisasi Kinerja 2024", "", head}
		if strings.HasPrefix(tc.rows[0], "No\t") {
			body = body[:2]
		}
		d := parseDoc(t, tc.name, append(body, tc.rows...)...)
		var got []string
		for _, c := range d.Capaian {
			if c.Tahun != 2024 {
				t.Errorf("%s: %s of %d, want 2024", tc.name, c.Indikator, c.Tahun)
			}
			got = append(got, c.Indikator+" = "+c.Tingkat+" "+c.RealisasiTeks)
		}
		sort.Strings(got)
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, g, tc.want)
		}
	}
}

// TestGroupHeadingWords: which lines open a group of rows.
func TestGroupHeadingWords(t *testing.T) {
	// heading line → the tingkat it names ("" for a heading of no level)
	headings := map[string]string{"Indikator Kinerja Kegiatan": facts.SasaranKegiatan, "INDIKATOR KINERJA UTAMA": facts.SasaranStrategis,
		"Sasaran Strategis 2: Meningkatnya partisipasi": facts.SasaranStrategis, "Sasaran Kegiatan: Tertib administrasi": facts.SasaranKegiatan,
		"IKK": facts.SasaranKegiatan, "B. Sasaran: Meningkatnya akuntabilitas": "", "IV. Penguatan kelembagaan": "",
		"II. Indikator Kinerja Kegiatan (IKK)": facts.SasaranKegiatan, "B Sasaran Kegiatan": facts.SasaranKegiatan}
	for line, tingkat := range headings {
		if !groupHeading(line) || headingTingkat(line) != tingkat {
			t.Errorf("%q: heading %v, tingkat %q; want a heading of %q", line, groupHeading(line), headingTingkat(line), tingkat)
		}
	}
	for _, line := range []string{"Sasaran strategis yang tercapai", "sasaran tepat jumlah tepat jenis", "Ikut serta dalam rapat koordinasi",
		"Informasi Publik", "Pegawai yang berfungsi dengan baik", "2 Indikator kinerja yang tercapai"} {
		if groupHeading(line) || headingTingkat(line) != "" {
			t.Errorf("%q read as a group heading", line)
		}
	}
}

// TestCapaianOneLevel: a flat Perjanjian Kinerja table states no level; the
// realisation table puts an indicator under "Indikator Kinerja Kegiatan".
// The stated level is the indicator's in both, so its PK target and its
// realisation are one capaian row.
func TestCapaianOneLevel(t *testing.T) {
	d := parseDoc(t, "one level",
		"Tabel 2.1 Perjanjian Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tTarget",
		"1\tNilai Keterbukaan Informasi Publik\t75",
		"2\tJumlah laporan sistem akuntansi dan pelaporan keuangan\t12 Laporan", "",
		"Tabel 3.1 Realisasi Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tRealisasi\tCapaian",
		"1\tNilai Keterbukaan Informasi Publik\t79,40\t105,87%",
		"\tIndikator Kinerja Kegiatan\t\t",
		"2\tJumlah laporan sistem akuntansi dan pelaporan keuangan\t12 Laporan\t100%")
	var got []string
	for _, c := range d.Capaian {
		if c.Utama {
			got = append(got, c.Tingkat+" "+c.Indikator+" "+c.TargetTeks+" / "+c.RealisasiTeks)
		}
	}
	sort.Strings(got)
	want := "sasaran_kegiatan Jumlah laporan sistem akuntansi dan pelaporan keuangan 12 Laporan / 12 Laporan; " +
		"sasaran_strategis Nilai Keterbukaan Informasi Publik 75 / 79,40"
	if g := strings.Join(got, "; "); g != want {
		t.Errorf("utama rows:\n got %s\nwant %s", g, want)
	}
}
