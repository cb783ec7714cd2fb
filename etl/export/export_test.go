package export_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kpu-ntt/lkj/etl/export"
	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/warehouse"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

func built(t testing.TB, docs []modelstest.Doc) *warehouse.Warehouse {
	t.Helper()
	wh, _ := modelstest.Open(t, docs)
	modelstest.Build(t, wh, models.BuildOptions{})
	return wh
}

// TestExportReadOnly exports through a connection of the read-only handle,
// as a scheduled job may while nothing writes.
func TestExportReadOnly(t *testing.T) {
	wh, path := modelstest.Open(t, modelstest.Fixture())
	ctx := context.Background()
	modelstest.Build(t, wh, models.BuildOptions{})
	var want export.Manifest
	var err error
	stamp := time.Now()
	if want, err = export.Export(ctx, wh.Conn(), export.Options{Out: filepath.Join(t.TempDir(), "rw"), Now: stamp}); err != nil {
		t.Fatal(err)
	}
	wh.Close()
	conn, err := whtest.ReadOnly(t, path).Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	got, err := export.Export(ctx, conn, export.Options{Out: filepath.Join(t.TempDir(), "ro"), Now: stamp})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read-only extract differs from the writer's")
	}
}

func TestExport(t *testing.T) {
	wh := built(t, modelstest.Fixture())
	ctx := context.Background()
	conn := wh.Conn()
	base := t.TempDir()
	out := filepath.Join(base, "extract")

	stamp := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	man, err := export.Export(ctx, conn, export.Options{Out: out, Version: "test-1", Now: stamp})
	if err != nil {
		t.Fatal(err)
	}
	if man.RunID != 2 || man.SchemaVersion < 4 {
		t.Errorf("manifest run %d schema %d", man.RunID, man.SchemaVersion)
	}

	t.Run("manifest matches the warehouse and the files", func(t *testing.T) {
		var onDisk export.Manifest
		b, err := os.ReadFile(filepath.Join(out, export.ManifestName))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &onDisk); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(onDisk, man) {
			t.Fatalf("manifest.json differs from the returned manifest")
		}
		var names []string
		perTable := map[string]int64{}
		for _, f := range man.Files {
			perTable[f.Table] += f.Rows
			data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(f.Path)))
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			if hex.EncodeToString(sum[:]) != f.SHA256 {
				t.Errorf("%s: sha256 differs", f.Path)
			}
		}
		for _, tb := range man.Tables {
			names = append(names, tb.Name)
			var n int64
			if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+tb.Name).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if tb.Rows != n || perTable[tb.Name] != n {
				t.Errorf("%s: manifest %d rows, files %d, warehouse %d", tb.Name, tb.Rows, perTable[tb.Name], n)
			}
		}
		want := []string{"anggaran", "capaian", "capaian_seri", "dokumen", "dpt", "mart_capaian", "mart_capaian_indikator",
			"mart_dpt", "mart_peringkat", "mart_sakip", "mart_serapan", "mart_serapan_program", "rb", "sakip",
			"sakip_komponen", "satker", "temuan"}
		if !reflect.DeepEqual(names, want) {
			t.Errorf("tables %v", names)
		}
	})

	t.Run("layout: large facts per year, the rest one file", func(t *testing.T) {
		files := sharedtest.ReadTree(t, out)
		for _, p := range []string{"manifest.json", "satker/data_0.parquet", "dokumen/data_0.parquet",
			"anggaran/tahun=2024/data_0.parquet", "anggaran/tahun=2023/data_0.parquet",
			"sakip_komponen/tahun_dinilai=2023/data_0.parquet", "sakip/data_0.parquet",
			"mart_serapan/data_0.parquet", "mart_capaian_indikator/data_0.parquet"} {
			if _, ok := files[p]; !ok {
				t.Errorf("no %s", p)
			}
		}
		for p := range files {
			if strings.Contains(p, "satker_id=") {
				t.Errorf("%s: satker_id is a folder again", p)
			}
		}
		var satker string
		var pagu int64
		err := conn.QueryRowContext(ctx, "SELECT satker_id, pagu FROM read_parquet('"+
			filepath.Join(out, "mart_serapan", "data_0.parquet")+"') WHERE satker_id = '5305' AND tahun = 2024").Scan(&satker, &pagu)
		if err != nil || satker != "5305" || pagu != 44980284000 {
			t.Errorf("mart_serapan file holds %q %d (%v)", satker, pagu, err)
		}
		var years []int
		rows, err := conn.QueryContext(ctx, "SELECT DISTINCT tahun FROM read_parquet('"+
			filepath.Join(out, "anggaran", "tahun=2024", "data_0.parquet")+"', hive_partitioning = false) ORDER BY 1")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var y int
			rows.Scan(&y)
			years = append(years, y)
		}
		rows.Close()
		if !reflect.DeepEqual(years, []int{2024}) {
			t.Errorf("the tahun=2024 file holds the years %v (the partition column must be inside too)", years)
		}
	})

	t.Run("manifest carries version, time, schema, sizes", func(t *testing.T) {
		if man.LKJVersion != "test-1" || man.CreatedAt != "2026-01-02T03:04:05Z" {
			t.Errorf("lkj_version %q created_at %q", man.LKJVersion, man.CreatedAt)
		}
		if man.Synthetic || man.SyntheticDocuments != 0 || man.Documents == 0 {
			t.Errorf("fixture documents are not synthetic: synthetic %v, %d of %d", man.Synthetic, man.SyntheticDocuments, man.Documents)
		}
		for _, f := range man.Files {
			st, err := os.Stat(filepath.Join(out, filepath.FromSlash(f.Path)))
			if err != nil || st.Size() != f.Bytes || f.Bytes == 0 {
				t.Errorf("%s: manifest says %d bytes, file %v (%v)", f.Path, f.Bytes, st, err)
			}
		}
		cols := map[string]export.Column{}
		for _, tb := range man.Tables {
			if len(tb.Columns) == 0 {
				t.Errorf("%s: no columns in the manifest", tb.Name)
			}
			for _, c := range tb.Columns {
				cols[tb.Name+"."+c.Name] = c
			}
		}
		for name, want := range map[string]export.Column{
			"dokumen.synthetic":  {Name: "synthetic", Type: "BOOLEAN", Comment: "True for documents generated by lkj sample."},
			"anggaran.satker_id": {Name: "satker_id", Type: "VARCHAR"},
			"anggaran.pagu":      {Name: "pagu", Type: "BIGINT"},
			"anggaran.tahun":     {Name: "tahun", Type: "INTEGER"},
		} {
			got := cols[name]
			if want.Comment == "" {
				got.Comment = ""
			}
			if got != want {
				t.Errorf("%s: manifest column %+v, want %+v", name, got, want)
			}
		}
	})

	t.Run("same warehouse, same bytes; replaced in place", func(t *testing.T) {
		first := sharedtest.ReadTree(t, out)
		if _, err := export.Export(ctx, conn, export.Options{Out: out, Version: "test-1", Now: stamp}); err != nil {
			t.Fatal(err)
		}
		other := filepath.Join(base, "it's another")
		if _, err := export.Export(ctx, conn, export.Options{Out: other, Version: "test-1", Now: stamp}); err != nil {
			t.Fatal(err)
		}
		for _, dir := range []string{out, other} {
			again := sharedtest.ReadTree(t, dir)
			if len(again) != len(first) {
				t.Fatalf("%s: %d files, want %d", dir, len(again), len(first))
			}
			for p, b := range first {
				if !bytes.Equal(again[p], b) {
					t.Errorf("%s: %s differs between exports", dir, p)
				}
			}
		}
		entries, _ := os.ReadDir(base)
		var left []string
		for _, e := range entries {
			left = append(left, e.Name())
		}
		sort.Strings(left)
		if !reflect.DeepEqual(left, []string{"extract", "it's another"}) {
			t.Errorf("leftovers beside the extract: %v", left)
		}
	})

	t.Run("changed since a run", func(t *testing.T) {
		inc := filepath.Join(base, "inc")
		man, err := export.Export(ctx, conn, export.Options{Out: inc, ChangedSince: 1})
		if err != nil {
			t.Fatal(err)
		}
		parts := map[string][]string{}
		for _, f := range man.Files {
			dir := strings.TrimSuffix(strings.TrimPrefix(f.Path, f.Table+"/"), "/data_0.parquet")
			parts[f.Table] = append(parts[f.Table], dir)
		}
		// Run 2 loaded documents of 2024 (anggaran, dpt, a new version of
		// a report) and SAKIP values for 2023; a year folder is whole.
		want := map[string][]string{
			"anggaran":       {"tahun=2024"},
			"capaian":        {"tahun=2024"},
			"capaian_seri":   {"tahun=2024"},
			"dpt":            {"tahun=2024"},
			"sakip_komponen": nil,
		}
		for table, w := range want {
			if !reflect.DeepEqual(parts[table], w) {
				t.Errorf("%s partitions %v, want %v", table, parts[table], w)
			}
		}
		for _, tb := range man.Tables {
			if len(tb.PartitionBy) == 0 && !reflect.DeepEqual(parts[tb.Name], []string{"data_0.parquet"}) {
				t.Errorf("unpartitioned %s exported as %v, want whole", tb.Name, parts[tb.Name])
			}
		}
		if man.ChangedSince != 1 {
			t.Errorf("changed_since = %d", man.ChangedSince)
		}

		none, err := export.Export(ctx, conn, export.Options{Out: inc, ChangedSince: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range none.Files {
			if strings.Contains(f.Path, "=") {
				t.Errorf("nothing changed after run 2, yet %s exported", f.Path)
			}
		}
	})

	t.Run("a failed export leaves the old extract", func(t *testing.T) {
		before := sharedtest.ReadTree(t, out)
		if _, err := conn.ExecContext(ctx, "DROP TABLE mart_dpt"); err != nil {
			t.Fatal(err)
		}
		_, err := export.Export(ctx, conn, export.Options{Out: out})
		if err == nil || !strings.Contains(err.Error(), "export mart_dpt: mart_dpt belum ada (jalankan dulu: lkj build)") {
			t.Fatalf("err = %v", err)
		}
		after := sharedtest.ReadTree(t, out)
		if len(after) != len(before) {
			t.Errorf("extract changed by a failed export: %d files, was %d", len(after), len(before))
		}
		entries, _ := os.ReadDir(base)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp-") || strings.Contains(e.Name(), ".old-") {
				t.Errorf("leftover %s", e.Name())
			}
		}
	})

	t.Run("a cancelled export leaves nothing behind", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		target := filepath.Join(base, "cancelled")
		if _, err := export.Export(cctx, conn, export.Options{Out: target}); err == nil {
			t.Fatal("a cancelled export succeeded")
		}
		entries, _ := os.ReadDir(base)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "cancelled") {
				t.Errorf("leftover %s", e.Name())
			}
		}
	})

	t.Run("bad targets", func(t *testing.T) {
		for _, o := range []string{"", filepath.Join(base, "no", "such", "dir"), "a\nb"} {
			if _, err := export.Export(ctx, conn, export.Options{Out: o}); err == nil {
				t.Errorf("Export(%q) succeeded", o)
			}
		}
	})
}
