package family

import (
	"strings"
	"testing"
)

// withColumn runs fn with a made-up column added to anggaran.
func withColumn(t *testing.T, c Column, fn func()) {
	t.Helper()
	f := Named("anggaran")
	saved := f.Columns
	f.Columns = append(append([]Column(nil), saved...), c)
	defer func() { f.Columns = saved }()
	fn()
}

// TestAdditiveMigration: a column added later becomes a numbered migration
// that adds it to the table and re-creates the family's views with it, and
// a column the history cannot take is refused with the reason.
func TestAdditiveMigration(t *testing.T) {
	withColumn(t, Column{Name: "catatan", Type: Varchar, Field: "Catatan", Comment: "Made up.", Since: 7}, func() {
		files, err := Migrations()
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != 2 || files[1].Name != "007_kolom.sql" {
			t.Fatalf("files %v", files)
		}
		sql := files[1].SQL
		for _, want := range []string{
			"ALTER TABLE fact_anggaran ADD COLUMN catatan VARCHAR;",
			"CREATE OR REPLACE VIEW pilih_anggaran AS",
			"sumber, baris_awal, baris_akhir, catatan\nFROM pilih_anggaran WHERE urutan = 1\n;",
			"COMMENT ON COLUMN anggaran.catatan IS 'Made up.';",
			"UPDATE etl_model SET sha256 = 'migration 7' WHERE name IN ('pilih_anggaran', 'anggaran');",
		} {
			if !strings.Contains(sql, want) {
				t.Errorf("007_kolom.sql lacks %q", want)
			}
		}
		if strings.Contains(files[0].SQL, "catatan") {
			t.Error("003 has the later column")
		}
		if !strings.Contains(Models()[5].SQL, "catatan") { // pilih_anggaran, anggaran are 4 and 5
			t.Errorf("model %s lacks the column", Models()[5].Name)
		}
	})
	for _, tt := range []struct {
		c    Column
		want string
	}{
		{Column{Name: "x", Type: Varchar, Comment: "x", Since: 5}, "Since 5 must be above 6"},
		{Column{Name: "x", Type: Varchar, Comment: "x", Since: 8, NotNull: true}, "must allow NULL"},
	} {
		withColumn(t, tt.c, func() {
			if _, err := Migrations(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%+v: err %v, want %q", tt.c, err, tt.want)
			}
		})
	}
}
