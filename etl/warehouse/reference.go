package warehouse

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/kpu-ntt/lkj/schemas"
)

// refTable maps an embedded CSV to the table it fills.
type refTable struct {
	file  string
	table string
	// row turns one CSV record (by header name) into the table's values.
	row func(rec map[string]string) ([]any, error)
}

var refTables = []refTable{
	{"ref/wilayah.csv", "ref_satker", func(r map[string]string) ([]any, error) {
		kode, nama, jenis := r["kode"], r["nama"], r["jenis"]
		if kode == "" || nama == "" {
			return nil, errors.New("kode and nama are required")
		}
		full := "KPU " + nama
		if jenis == "provinsi" {
			full = "KPU Provinsi " + nama
		}
		return []any{strings.ReplaceAll(kode, ".", ""), kode, full, nama, jenis, r["kode_provinsi"]}, nil
	}},
	{"ref/satker_alias.csv", "ref_satker_alias", func(r map[string]string) ([]any, error) {
		return []any{r["alias"], r["satker_id"]}, nil
	}},
	{"ref/predikat.csv", "ref_predikat", func(r map[string]string) ([]any, error) {
		return []any{r["predikat"], r["peringkat"], r["nilai_atas_dari"], r["nilai_sampai"], r["keterangan"]}, nil
	}},
	{"ref/indikator.csv", "ref_indikator", func(r map[string]string) ([]any, error) {
		return []any{r["indikator_id"], r["teks"], r["satuan"], r["arah"], r["tingkat"]}, nil
	}},
}

// refreshReference reloads the reference tables when the embedded CSVs
// differ from what the warehouse last loaded.
func (w *Warehouse) refreshReference(ctx context.Context) error {
	h := sha256.New()
	var present []refTable
	for _, t := range refTables {
		b, err := fs.ReadFile(schemas.FS, t.file)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		h.Write([]byte(t.file))
		h.Write(b)
		present = append(present, t)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	if _, err := w.conn.ExecContext(ctx,
		"CREATE TABLE IF NOT EXISTS ref_version (sha256 VARCHAR NOT NULL, loaded_at TIMESTAMP NOT NULL)"); err != nil {
		return err
	}
	var have string
	_ = w.conn.QueryRowContext(ctx, "SELECT sha256 FROM ref_version LIMIT 1").Scan(&have)
	if have == sum {
		return nil
	}
	return w.Tx(ctx, func(*sql.Conn) error {
		for _, t := range present {
			if err := w.loadRef(ctx, t); err != nil {
				return fmt.Errorf("%s: %w", t.file, err)
			}
		}
		if _, err := w.conn.ExecContext(ctx, "DELETE FROM ref_version"); err != nil {
			return err
		}
		_, err := w.conn.ExecContext(ctx, "INSERT INTO ref_version VALUES (?, now()::TIMESTAMP)", sum)
		return err
	})
}

func (w *Warehouse) loadRef(ctx context.Context, t refTable) error {
	f, err := schemas.FS.Open(t.file)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return nil
	}
	header := recs[0]
	if _, err := w.conn.ExecContext(ctx, "DELETE FROM "+t.table); err != nil {
		return err
	}
	// Rows go in batches of one multi-row INSERT: one statement a row cost
	// DuckDB a prepare each, half the CPU of making a warehouse (and of every
	// test that makes one). The values stay parameters.
	const batch = 128
	var (
		args  []any
		width int
		first = 2 // the CSV line of the batch's first row, for errors
	)
	flush := func(upto int) error {
		if len(args) == 0 {
			return nil
		}
		n := len(args) / width
		one := "(?" + strings.Repeat(", ?", width-1) + ")"
		q := "INSERT INTO " + t.table + " VALUES " + one + strings.Repeat(", "+one, n-1)
		if _, err := w.conn.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("rows %d-%d: %w", first, upto, err)
		}
		args, first = args[:0], upto+1
		return nil
	}
	for i, rec := range recs[1:] {
		m := make(map[string]string, len(header))
		for j, name := range header {
			if j < len(rec) {
				m[strings.TrimSpace(name)] = strings.TrimSpace(rec[j])
			}
		}
		vals, err := t.row(m)
		if err != nil {
			return fmt.Errorf("row %d: %w", i+2, err)
		}
		if width == 0 {
			width = len(vals)
		}
		for k, v := range vals {
			if s, ok := v.(string); ok && s == "" {
				vals[k] = nil
			}
		}
		args = append(args, vals...)
		if len(args) == batch*width {
			if err := flush(i + 2); err != nil {
				return err
			}
		}
	}
	return flush(len(recs))
}
