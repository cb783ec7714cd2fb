package warehouse_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/warehouse"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// contract lists the analyst-facing views and the columns issue 2 promises.
var contract = map[string][]string{
	"satker":         {"satker_id", "kode_wilayah", "nama", "jenis", "provinsi_id"},
	"dokumen":        {"doc_id", "path", "sha256", "satker_id", "tahun", "format", "status", "loaded_at"},
	"capaian":        {"doc_id", "satker_id", "tahun", "tingkat", "sasaran", "indikator_id", "indikator", "target_teks", "target_nilai", "realisasi_teks", "realisasi_nilai", "satuan", "capaian_lapor", "capaian_hitung", "tercapai"},
	"anggaran":       {"doc_id", "satker_id", "tahun", "kode", "uraian", "tingkat", "pagu", "realisasi", "sisa", "serapan_lapor", "serapan_hitung"},
	"sakip":          {"doc_id", "satker_id", "tahun_dinilai", "nilai", "predikat", "keyakinan"},
	"sakip_komponen": {"doc_id", "satker_id", "tahun_dinilai", "komponen", "bobot", "nilai"},
	"rb":             {"doc_id", "satker_id", "tahun", "nilai", "bobot", "persen"},
	"dpt":            {"doc_id", "satker_id", "pemilihan", "tahun", "tingkat_wilayah", "wilayah", "jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p", "pemilih_total"},
	"temuan":         {"doc_id", "aturan", "tingkat", "pesan", "baris_awal", "baris_akhir"},
}

func TestContractViewsExistAndAreDocumented(t *testing.T) {
	t.Parallel()
	wh := whtest.New(t)
	for view, want := range contract {
		got := map[string]string{}
		var order []string
		for _, p := range whtest.Pairs(t, wh.Conn(),
			"SELECT column_name, coalesce(comment, '') FROM duckdb_columns() WHERE database_name = 'wh' AND table_name = ? ORDER BY column_index", view) {
			got[p[0]] = p[1]
			order = append(order, p[0])
		}
		for i, c := range want {
			if i >= len(order) || order[i] != c {
				t.Errorf("%s: column %d is %v, contract says %s (first columns must keep the contract order)", view, i, safe(order, i), c)
			}
		}
		for c, com := range got {
			if strings.TrimSpace(com) == "" {
				t.Errorf("%s.%s has no COMMENT", view, c)
			}
		}
	}
}

func safe(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(missing)"
}

func TestOpenMissingFolder(t *testing.T) {
	t.Parallel()
	_, err := warehouse.Open(context.Background(), filepath.Join(t.TempDir(), "no", "such", "w.duckdb"), warehouse.Options{})
	if !errors.Is(err, warehouse.ErrNoDir) {
		t.Fatalf("err = %v, want ErrNoDir", err)
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	whtest.Open(t, path).Close()
	db := whtest.ReadOnly(t, path)
	if _, err := db.ExecContext(ctx, "DROP VIEW capaian"); err == nil {
		t.Fatal("a read-only connection dropped a view")
	}
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM ref_predikat").Scan(&n); err != nil || n != 7 {
		t.Fatalf("predikat rows %d, %v", n, err)
	}
}
