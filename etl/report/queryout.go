package report

import (
	"bufio"
	"bytes"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	duckdb "github.com/marcboeker/go-duckdb"
)

// QueryFormats are the outputs of lkj query.
var QueryFormats = []string{"table", "markdown", "csv", "json", "ndjson"}

// ValidQueryFormat reports whether f is one of QueryFormats.
func ValidQueryFormat(f string) bool {
	for _, q := range QueryFormats {
		if q == f {
			return true
		}
	}
	return false
}

// QueryColumn is one result column: its name and its DuckDB type.
type QueryColumn struct {
	Name string
	Type string // as go-duckdb names it: DECIMAL(18,3), INTEGER[], ...
	typ  *sqlType
}

// QueryResult is a query result held in memory (for table and markdown).
type QueryResult struct {
	Columns []QueryColumn
	Rows    [][]any
}

// NewQueryResult builds a result from column names, DuckDB type names (nil
// or short: types unknown, values are written by their Go type) and rows.
func NewQueryResult(names, types []string, rows [][]any) *QueryResult {
	r := &QueryResult{Rows: rows}
	for i, n := range names {
		c := QueryColumn{Name: n}
		if i < len(types) {
			c.Type = types[i]
		}
		if c.Type == "" {
			c.Type = guessType(rows, i)
		}
		c.typ = parseSQLType(c.Type)
		r.Columns = append(r.Columns, c)
	}
	return r
}

// guessType names a column's type from its first non-NULL Go value, enough
// to align numbers when the SQL types were not kept.
func guessType(rows [][]any, col int) string {
	for _, row := range rows {
		if col >= len(row) || row[col] == nil {
			continue
		}
		switch row[col].(type) {
		case int8, int16, int32, int64, int, uint8, uint16, uint32, uint64, uint:
			return "BIGINT"
		case float32, float64:
			return "DOUBLE"
		case *big.Int:
			return "HUGEINT"
		case duckdb.Decimal:
			return "DECIMAL"
		}
		return ""
	}
	return ""
}

func queryColumns(rows *sql.Rows) ([]QueryColumn, error) {
	cts, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	cols := make([]QueryColumn, len(cts))
	for i, ct := range cts {
		cols[i] = QueryColumn{Name: ct.Name(), Type: ct.DatabaseTypeName()}
		if t, ok := unreadableType(cols[i].Type); ok {
			return nil, &Refused{Reason: fmt.Sprintf("driver go-duckdb v1.8.2 belum dapat membaca tipe %s (kolom %q); ubah kolomnya dengan CAST(kolom AS VARCHAR)", t, cols[i].Name)}
		}
		cols[i].typ = parseSQLType(cols[i].Type)
	}
	return cols, nil
}

// driverUnreadable are the DuckDB types go-duckdb v1.8.2 names but cannot
// turn into Go values (its vector.init refuses them when the first chunk
// is read). Asking the column types first refuses such a query before any
// row, by type rather than by the driver's untyped error message.
var driverUnreadable = map[string]bool{"ARRAY": true, "UNION": true, "BIT": true, "TIMETZ": true,
	"UHUGEINT": true, "VARINT": true, "INVALID": true, "ANY": true}

// unreadableType reports the first type in a column's type name (nested
// LIST, STRUCT and MAP names spell their children) that go-duckdb cannot read.
func unreadableType(name string) (string, bool) {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r == '_')
	}) {
		if driverUnreadable[w] {
			return w, true
		}
	}
	return "", false
}

// WriteQuery writes rows to w in format. table and markdown hold at most
// limit rows (0: all) and report whether more were left out; csv, json and
// ndjson stream every row, so a pipe sees rows as they come.
func WriteQuery(w io.Writer, rows *sql.Rows, format string, limit int) (truncated bool, err error) {
	if !ValidQueryFormat(format) {
		return false, fmt.Errorf("format %q tidak dikenal: pakai table, markdown, csv, json atau ndjson", format)
	}
	cols, err := queryColumns(rows)
	if err != nil {
		return false, err
	}
	scan := func() ([]any, error) {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		return vals, rows.Scan(ptrs...)
	}
	switch format {
	case "table", "markdown":
		res := &QueryResult{Columns: cols}
		for rows.Next() {
			if limit > 0 && len(res.Rows) >= limit {
				truncated = true
				break
			}
			vals, err := scan()
			if err != nil {
				return false, err
			}
			res.Rows = append(res.Rows, vals)
		}
		if err := rows.Err(); err != nil {
			return false, err
		}
		return truncated, res.Write(w, format)
	}
	bw := bufio.NewWriter(w)
	sw, err := newStreamWriter(bw, cols, format)
	if err != nil {
		return false, err
	}
	for rows.Next() {
		vals, err := scan()
		if err != nil {
			return false, err
		}
		if err := sw.row(vals); err != nil {
			return false, err
		}
	}
	if err := rows.Err(); err != nil {
		return false, err
	}
	if err := sw.end(); err != nil {
		return false, err
	}
	return false, bw.Flush()
}

// Write renders the whole result in format.
func (r *QueryResult) Write(w io.Writer, format string) error {
	switch format {
	case "table", "markdown":
		t := table.NewWriter()
		t.SetOutputMirror(w)
		hdr := table.Row{}
		var cfgs []table.ColumnConfig
		for i, c := range r.Columns {
			hdr = append(hdr, c.Name)
			if c.typ.numeric() {
				cfgs = append(cfgs, table.ColumnConfig{Number: i + 1, Align: text.AlignRight, AlignHeader: text.AlignRight})
			}
		}
		t.AppendHeader(hdr)
		t.SetColumnConfigs(cfgs)
		for _, row := range r.Rows {
			tr := make(table.Row, len(row))
			for i, v := range row {
				tr[i] = cellText(v, r.Columns[i].typ)
			}
			t.AppendRow(tr)
		}
		if format == "markdown" {
			t.RenderMarkdown()
			return nil
		}
		t.SetStyle(table.StyleLight)
		// Headers as the SELECT wrote them (go-pretty would upper-case them).
		t.Style().Format.Header = text.FormatDefault
		t.Render()
		return nil
	}
	if !ValidQueryFormat(format) {
		return fmt.Errorf("format %q tidak dikenal: pakai table, markdown, csv, json atau ndjson", format)
	}
	bw := bufio.NewWriter(w)
	sw, err := newStreamWriter(bw, r.Columns, format)
	if err != nil {
		return err
	}
	for _, row := range r.Rows {
		if err := sw.row(row); err != nil {
			return err
		}
	}
	if err := sw.end(); err != nil {
		return err
	}
	return bw.Flush()
}

// streamWriter writes csv, json or ndjson one row at a time.
type streamWriter struct {
	w      *bufio.Writer
	cols   []QueryColumn
	format string
	csv    *csv.Writer
	n      int
	buf    bytes.Buffer
}

func newStreamWriter(w *bufio.Writer, cols []QueryColumn, format string) (*streamWriter, error) {
	s := &streamWriter{w: w, cols: cols, format: format}
	switch format {
	case "csv":
		s.csv = csv.NewWriter(w)
		hdr := make([]string, len(cols))
		for i, c := range cols {
			hdr[i] = c.Name
		}
		return s, s.csv.Write(hdr)
	case "json":
		_, err := w.WriteString("[")
		return s, err
	case "ndjson":
		return s, nil
	}
	return nil, fmt.Errorf("format %q tidak dikenal: pakai table, markdown, csv, json atau ndjson", format)
}

func (s *streamWriter) row(vals []any) error {
	if s.csv != nil {
		rec := make([]string, len(vals))
		for i, v := range vals {
			if v != nil { // NULL is an empty field, as DuckDB's COPY writes it
				rec[i] = cellText(v, s.cols[i].typ)
			}
		}
		return s.csv.Write(rec)
	}
	// JSON objects are written by hand: a Go map would sort the keys and
	// lose the SELECT's column order.
	s.buf.Reset()
	if s.format == "json" {
		if s.n > 0 {
			s.buf.WriteByte(',')
		}
		s.buf.WriteString("\n  ")
	}
	s.buf.WriteByte('{')
	for i, v := range vals {
		if i > 0 {
			s.buf.WriteByte(',')
		}
		writeJSONString(&s.buf, s.cols[i].Name)
		s.buf.WriteByte(':')
		writeJSONValue(&s.buf, v, s.cols[i].typ)
	}
	s.buf.WriteByte('}')
	if s.format == "ndjson" {
		s.buf.WriteByte('\n')
	}
	s.n++
	_, err := s.w.Write(s.buf.Bytes())
	return err
}

func (s *streamWriter) end() error {
	switch s.format {
	case "csv":
		s.csv.Flush()
		return s.csv.Error()
	case "json":
		if s.n > 0 {
			_, err := s.w.WriteString("\n]\n")
			return err
		}
		_, err := s.w.WriteString("]\n")
		return err
	}
	return nil
}
