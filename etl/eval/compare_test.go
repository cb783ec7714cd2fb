package eval

import (
	"context"
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	_ "github.com/marcboeker/go-duckdb"

	"github.com/kpu-ntt/lkj/schemas"
)

// Two truth documents: Alor's own report and the province's, which also
// states Alor's DPT total (without villages).
const truthAlor = `{"satker_id":"5305","tahun":2024,"path":"5305/lkj-2024-5305.txt","format":"txt","gaya":"kabupaten",
"capaian": [
 {"satker_id":"5305","tahun":2024,"tingkat":"sasaran_strategis","indikator_id":"","indikator":"Persentase kesesuaian Kompetensi Pegawai","target_teks":"96%","target_nilai":96,"realisasi_teks":"100%","realisasi_nilai":100,"satuan":"persen","capaian_lapor":104.17,"capaian_hitung":104.17,"tercapai":true},
 {"satker_id":"5305","tahun":2024,"tingkat":"sasaran_strategis","indikator_id":"","indikator":"Nilai Evaluasi atas Akuntabilitas Kinerja","target_teks":"B","target_nilai":null,"realisasi_teks":"BB*","realisasi_nilai":null,"satuan":"predikat","capaian_lapor":200,"capaian_hitung":null,"tercapai":true}
],
"capaian_seri": [],
"anggaran": [
 {"satker_id":"5305","tahun":2024,"kode":"TOTAL","kode_induk":"","tingkat":"total","pagu":100,"realisasi":90,"sisa":10,"serapan_lapor":90,"serapan_hitung":90,"pagu_awal":80,"revisi_dipa":2},
 {"satker_id":"5305","tahun":2024,"kode":"076.01.WA","kode_induk":"","tingkat":"program","pagu":100,"realisasi":90,"sisa":10,"serapan_lapor":90,"serapan_hitung":90,"pagu_awal":null,"revisi_dipa":null},
 {"satker_id":"5305","tahun":2024,"kode":"3355","kode_induk":"076.01.WA","tingkat":"kegiatan","pagu":100,"realisasi":90,"sisa":10,"serapan_lapor":90,"serapan_hitung":90,"pagu_awal":null,"revisi_dipa":null}
],
"sakip": [], "sakip_komponen": [], "rb": [],
"dpt": [
 {"satker_id":"5305","pemilihan":"pilkada","tahun":2024,"tingkat_wilayah":"kecamatan","wilayah":"TELUK MUTIARA","jumlah_desa":16,"jumlah_tps":85,"pemilih_l":17818,"pemilih_p":19664,"pemilih_total":37482},
 {"satker_id":"5305","pemilihan":"pilkada","tahun":2024,"tingkat_wilayah":"kabupaten","wilayah":"Kabupaten Alor","jumlah_desa":16,"jumlah_tps":85,"pemilih_l":17818,"pemilih_p":19664,"pemilih_total":37482}
],
"temuan": [
 {"aturan":"anggaran.sisa_diperbaiki","tingkat":"warning","keluarga":"anggaran","kunci":"5305/2024/TOTAL","nilai":"1","pesan":"","baris_awal":10,"baris_akhir":10},
 {"aturan":"capaian.baris_gabungan","tingkat":"info","keluarga":"capaian","kunci":"","nilai":"","pesan":"","baris_awal":5,"baris_akhir":5}
]}`

const truthNTT = `{"satker_id":"53","tahun":2024,"path":"53/lkj-2024-53.txt","format":"txt","gaya":"provinsi",
"capaian": [], "capaian_seri": [], "anggaran": [], "sakip": [], "sakip_komponen": [],
"rb": [{"satker_id":"53","tahun":2024,"nilai":32.4,"bobot":36.3,"persen":89.25}],
"dpt": [
 {"satker_id":"5305","pemilihan":"pilkada","tahun":2024,"tingkat_wilayah":"kabupaten","wilayah":"Kabupaten Alor","jumlah_desa":null,"jumlah_tps":85,"pemilih_l":17818,"pemilih_p":19664,"pemilih_total":37482,"tidak_dibandingkan":["jumlah_desa"]},
 {"satker_id":"53","pemilihan":"pilkada","tahun":2024,"tingkat_wilayah":"provinsi","wilayah":"Nusa Tenggara Timur","jumlah_desa":null,"jumlah_tps":85,"pemilih_l":17818,"pemilih_p":19664,"pemilih_total":37482,"tidak_dibandingkan":["jumlah_desa"]}
],
"temuan": []}`

// warehouse opens an in-memory DuckDB with the real migrations, so Compare
// runs against the real contract views.
func warehouse(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	names, err := fs.Glob(schemas.FS, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := schemas.FS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(b)); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
	}
	return db
}

func exec(t *testing.T, db *sql.DB, q string) {
	t.Helper()
	if _, err := db.Exec(q); err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
}

func TestCompare(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "truth"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"5305-2024.json": truthAlor, "53-2024.json": truthNTT, "manifest.json": `{}`} {
		if err := os.WriteFile(filepath.Join(dir, "truth", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := warehouse(t)
	// Documents: Alor's and NTT's synthetic reports, and a real Alor report
	// that is not part of the corpus and must be ignored.
	exec(t, db, `INSERT INTO etl_document (doc_id, path, sha256, satker_id, tahun, format, status, synthetic, loaded_at) VALUES
		('A', '/c/5305/lkj-2024-5305.txt', 'a', '5305', 2024, 'txt', 'loaded', true, TIMESTAMP '2025-01-01 00:00:00'),
		('N', '/c/53/lkj-2024-53.txt', 'n', '53', 2024, 'txt', 'loaded', true, TIMESTAMP '2025-01-01 00:00:01'),
		('R', '/real/lkj-2024-kpu-kabupaten-alor.txt', 'r', '5305', 2024, 'txt', 'loaded', false, TIMESTAMP '2025-01-01 00:00:02')`)
	// capaian: one exact, one wrong but covered by a finding on its line,
	// one invented; the real report's rows are ignored.
	exec(t, db, `INSERT INTO fact_capaian (doc_id, baris_awal, baris_akhir, satker_id, tahun, tingkat, indikator, indikator_kunci,
		target_teks, target_nilai, realisasi_teks, realisasi_nilai, satuan, capaian_lapor, capaian_hitung, tercapai, utama) VALUES
		('A', 12, 12, '5305', 2024, 'sasaran_strategis', 'Persentase kesesuaian Kompetensi  Pegawai', 'k1', '96%', 96, '100%', 100, 'persen', 104.17, 104.17, true, true),
		('A', 20, 21, '5305', 2024, 'sasaran_strategis', 'Nilai Evaluasi atas Akuntabilitas Kinerja', 'k2', 'B', NULL, 'BB', NULL, 'predikat', 200, NULL, true, true),
		('A', 30, 30, '5305', 2024, 'sasaran_kegiatan', 'Indikator Karangan', 'k3', '1', 1, '1', 1, 'persen', 100, 100, true, true),
		('R', 40, 40, '5305', 2024, 'sasaran_strategis', 'Lain', 'k4', '1', 1, '1', 1, 'persen', 100, 100, true, true)`)
	// anggaran: TOTAL exact, the program wrong with nothing said, 3355 missing.
	exec(t, db, `INSERT INTO fact_anggaran (doc_id, baris_awal, baris_akhir, satker_id, tahun, kode, kode_induk, tingkat, pagu, realisasi, sisa,
		serapan_lapor, serapan_hitung, pagu_awal, revisi_dipa, utama) VALUES
		('A', 10, 10, '5305', 2024, 'TOTAL', NULL, 'total', 100, 90, 10, 90, 90, 80, 2, true),
		('A', 11, 11, '5305', 2024, '076.01.WA', NULL, 'program', 100, 90, 1, 90, 90, NULL, NULL, true)`)
	// dpt: Alor's kecamatan and its own total (with villages) are exact;
	// the province row is missing; the province's copy of Alor loses to
	// Alor's own report in the view.
	exec(t, db, `INSERT INTO fact_dpt (doc_id, baris_awal, baris_akhir, satker_id, pemilihan, tahun, tingkat_wilayah, wilayah,
		jumlah_desa, jumlah_tps, pemilih_l, pemilih_p, pemilih_total, utama) VALUES
		('A', 50, 50, '5305', 'pilkada', 2024, 'kecamatan', 'TELUK MUTIARA', 16, 85, 17818, 19664, 37482, true),
		('A', 51, 51, '5305', 'pilkada', 2024, 'kabupaten', 'Kabupaten Alor', 16, 85, 17818, 19664, 37482, true),
		('N', 70, 70, '5305', 'pilkada', 2024, 'kabupaten', 'Kabupaten Alor', NULL, 85, 17818, 19664, 37482, true)`)
	exec(t, db, `INSERT INTO fact_rb (doc_id, baris_awal, baris_akhir, satker_id, tahun, nilai, bobot, persen, utama) VALUES
		('N', 80, 80, '53', 2024, 32.4, 36.3, 89.25, true)`)
	// findings: the expected cut-off repair, one on the wrong capaian row,
	// and one in the real report (ignored).
	exec(t, db, `INSERT INTO etl_finding (doc_id, aturan, tingkat, pesan, nilai, baris_awal, baris_akhir) VALUES
		('A', 'anggaran.sisa_diperbaiki', 'warning', 'sisa diperbaiki', '1', 10, 10),
		('A', 'capaian.beda_lapor_hitung', 'warning', 'beda', NULL, 21, 21),
		('R', 'nilai.ambigu', 'warning', 'x', NULL, 1, 1)`)

	rep, err := Compare(context.Background(), db, dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]FamilyScore{
		"capaian":        {Family: "capaian", Expected: 2, Found: 3, Exact: 1, Wrong: 1, Extra: 1, Flagged: 1},
		"capaian_seri":   {Family: "capaian_seri"},
		"anggaran":       {Family: "anggaran", Expected: 3, Found: 2, Exact: 1, Wrong: 1, Missing: 1, SilentWrong: 1},
		"sakip":          {Family: "sakip"},
		"sakip_komponen": {Family: "sakip_komponen"},
		"rb":             {Family: "rb", Expected: 1, Found: 1, Exact: 1},
		"dpt":            {Family: "dpt", Expected: 3, Found: 2, Exact: 2, Missing: 1},
	}
	f1 := map[string]float64{"capaian": 0.4, "capaian_seri": 1, "anggaran": 0.4, "sakip": 1, "sakip_komponen": 1, "rb": 1, "dpt": 0.8}
	if len(rep.Families) != len(want) {
		t.Fatalf("%d families", len(rep.Families))
	}
	for _, got := range rep.Families {
		w := want[got.Family]
		counts := got
		counts.Precision, counts.Recall, counts.F1 = 0, 0, 0
		if counts != w {
			t.Errorf("%s:\n got %+v\nwant %+v", got.Family, counts, w)
		}
		if d := got.F1 - f1[got.Family]; d > 1e-12 || d < -1e-12 {
			t.Errorf("%s: F1 %v, want %v", got.Family, got.F1, f1[got.Family])
		}
	}
	if rep.FindingsExpected != 2 || rep.FindingsRaised != 1 || rep.FindingsMissed != 1 || rep.FindingsOther != 1 {
		t.Errorf("findings %d expected, %d raised, %d missed, %d other", rep.FindingsExpected, rep.FindingsRaised, rep.FindingsMissed, rep.FindingsOther)
	}
	if rep.Documents != 2 || rep.DocumentsFound != 2 {
		t.Errorf("documents %d / %d", rep.Documents, rep.DocumentsFound)
	}
	if got := rep.Below(0.5); len(got) != 2 || got[0] != "capaian" || got[1] != "anggaran" {
		t.Errorf("Below(0.5) = %v", got)
	}
	t.Log("\n" + rep.Table())
}
