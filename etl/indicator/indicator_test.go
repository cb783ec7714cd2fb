package indicator

import (
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		text string
		id   string // "" means: must not match
	}{
		// the same indicator written by different satkers, tables, typos
		{"Persentase Satker dalam mendistribusikan logistic Pemilu/Pemilihan secara tepat sasaran, tepat jumlah, tepat jenis, tepat mutu, dan tepat waktu", "ss.distribusi_logistik"},
		{"Persentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran, tepat jumlah, tepat jenis, tepat mutu dan tepat waktu", "ss.distribusi_logistik"},
		{"Presentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran, tepat jumlah, tepat jenis, tepat mutu, dan tepat waktu", "ss.distribusi_logistik"},
		{"Persentase Rancangan Keputusan KPU yang disusun dan diharmonisasi dengan tepat waktu sesuai dengan kerangka Regulasi KPU", "ss.rancangan_keputusan"},
		{"Persentase Rancangan Keputusan KPU yang disusun dan diharmonisasikan tepat waktu sesuai dengan kerangka regulasi KPU", "ss.rancangan_keputusan"},
		{"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", "ss.akuntabilitas_kinerja"},
		{"Nilai Akuntabilitas Kinerja", "ss.akuntabilitas_kinerja"},
		{"Indeks Reformasi Birokrasi", "ss.reformasi_birokrasi"},
		{"Persentase KPU Provinsi dan Kabupaten/Kota yang Menyelenggarakan Pemilu/ Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku", "ss.jadwal_pemilu"},
		{"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tenat", "ss.pemutakhiran_data_pemilih"}, // OCR, cut short
		{"Persentase informasi mengenai partai politik yang mutakhir dan dipublikasikan pada public", "ss.informasi_parpol"},
		{"Persentase KPU Provinsi yang Patuh dan Tertib dalam Pengelolaan Barang Milik Negara yang Material", "sk.bmn_tertib"},
		{"Persentase ruangan rapat yang digunakan tidak ada yang bersamaan dalam waktu dan tempat1", "sk.ruang_rapat"},
		{"Kualitas Laporan SPIP di lingkup KPU Kabupaten yang disajikan", "sk.laporan_spip"}, // cut by the page
		{"Persentase pelaksanaan \"Pendidikan Pemilih Kepemiluan dan Demokrasi\" untuk Pemilih Perempuan", "sk.pendidikan_pemilih_perempuan"},
		// close but different indicators keep their own ids
		{"Persentase KPU Kabupaten yang mendistribusikan Logistik Pemilu/Pemilihan tepat jenis, jumlah dan waktu", "sk.distribusi_logistik"},
		{"Persentase KPU Kabupaten dalam melaksanakan Pemutakhiran data pemilih secara berkelanjutan", "sk.pemutakhiran_berkelanjutan"},
		{"Persentase KPU Kabupaten dalam menetapkan jadwal tahapan dan petunjuk teknis penyelenggaraan Pemilu/Pemilihan sesuai dengan jadwal", "sk.jadwal_tahapan"},
		{"Persentase penyampaian informasi dan publikasi dalam tahapan Pemilu/Pemilihan yang ditampilkan di media publikasi", "sk.penyampaian_informasi"},
		// negatives: unrelated, merged, cut where the distinction was
		{"Persentase pegawai yang bahagia", ""},
		{"Jumlah partai politik", ""},
		{"Persentase pelaksanaan \"Pendidikan Pemilih Kepemiluan dan Demokrasi\" untuk", ""},
		{"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten", ""},
		{"Reformasi Birokrasi KPU Kabupaten", ""},
		{"", ""},
	}
	for _, tc := range tests {
		id, score, ok := Match(tc.text)
		if tc.id == "" {
			if ok {
				t.Errorf("Match(%q) = %s (%.3f), want no match", tc.text, id, score)
			}
			continue
		}
		if !ok || id != tc.id {
			t.Errorf("Match(%q) = %s %.3f %v, want %s", tc.text, id, score, ok, tc.id)
		}
	}
}

func TestCatalogue(t *testing.T) {
	es := Entries()
	if len(es) < 50 {
		t.Fatalf("catalogue has %d entries", len(es))
	}
	seen := map[string]bool{}
	for _, e := range es {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		if !(strings.HasPrefix(e.ID, "ss.") || strings.HasPrefix(e.ID, "sk.")) || strings.ToLower(e.ID) != e.ID {
			t.Errorf("id %q: want ss./sk. and lower case", e.ID)
		}
		switch e.Arah {
		case "naik", "turun", "predikat":
		default:
			t.Errorf("%s: arah %q", e.ID, e.Arah)
		}
		// every canonical text and alias matches its own id
		for _, txt := range append([]string{e.Teks}, e.Alias...) {
			if id, _, ok := Match(txt); !ok || id != e.ID {
				t.Errorf("%s: own text %q matches %s %v", e.ID, txt, id, ok)
			}
		}
	}
	if e, ok := Lookup("ss.pelanggaran_penyelenggara"); !ok || e.Arah != "turun" {
		t.Errorf("Lookup = %+v %v", e, ok)
	}
}

func BenchmarkMatch(b *testing.B) {
	texts := []string{
		"Persentase Satker dalam mendistribusikan logistic Pemilu/Pemilihan secara tepat sasaran",
		"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten",
	}
	for i := 0; i < b.N; i++ {
		Match(texts[i%2])
	}
}

// TestMatchRawCache: a text asked again answers from the cache of texts
// as written what it answered first, and a text written otherwise with
// the same key answers as the key's first text did; a cache of texts
// started afresh answers the same.
func TestMatchRawCache(t *testing.T) {
	c, err := load()
	if err != nil || c == nil {
		t.Fatal(err)
	}
	texts := []string{"Nilai Akuntabilitas Kinerja", "NILAI  AKUNTABILITAS KINERJA", "nilai akuntabilitas kinerja",
		"Indeks Reformasi Birokrasi", "indeks reformasi birokrasi!", "Persentase pegawai yang bahagia", "PERSENTASE PEGAWAI YANG BAHAGIA"}
	type answer struct {
		id    string
		score float64
		ok    bool
	}
	var first []answer
	for _, s := range texts {
		id, score, ok := Match(s)
		first = append(first, answer{id, score, ok})
		if _, cached := c.raw.m[s]; !cached {
			t.Errorf("%q: not in the cache of texts", s)
		}
	}
	for round := 0; round < 2; round++ {
		for i, s := range texts {
			if id, score, ok := Match(s); (answer{id, score, ok}) != first[i] {
				t.Errorf("round %d: Match(%q) = %v, want %v", round, s, answer{id, score, ok}, first[i])
			}
		}
		c.raw.Lock()
		c.raw.m = nil // afresh: the answers come from the key cache
		c.raw.Unlock()
	}
	if first[0] != first[1] || first[1] != first[2] || first[3] != first[4] || first[5] != first[6] {
		t.Errorf("texts with one key answer differently: %v", first)
	}
}
