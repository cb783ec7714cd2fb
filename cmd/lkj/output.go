package main

import (
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
)

// resultSet is a query result held in memory for rendering.
type resultSet struct {
	cols []string
	rows [][]any
}

// maxTableRows bounds what a query prints; analysts wanting everything use csv
// or json output to a file, which have no limit.
const maxTableRows = 10000

func readRows(rows *sql.Rows, limit int) (*resultSet, bool, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, false, err
	}
	rs := &resultSet{cols: cols}
	truncated := false
	for rows.Next() {
		if limit > 0 && len(rs.rows) >= limit {
			truncated = true
			break
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, false, err
		}
		rs.rows = append(rs.rows, vals)
	}
	return rs, truncated, rows.Err()
}

// cell renders one value for text outputs.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []byte:
		return string(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case time.Time:
		return x.Format("2006-01-02 15:04:05")
	default:
		return fmt.Sprint(x)
	}
}

func render(w io.Writer, rs *resultSet, format string) error {
	switch format {
	case "table", "markdown":
		t := table.NewWriter()
		t.SetOutputMirror(w)
		hdr := table.Row{}
		for _, c := range rs.cols {
			hdr = append(hdr, c)
		}
		t.AppendHeader(hdr)
		var cfgs []table.ColumnConfig
		for i := range rs.cols {
			if numericColumn(rs, i) {
				cfgs = append(cfgs, table.ColumnConfig{Number: i + 1, Align: text.AlignRight})
			}
		}
		t.SetColumnConfigs(cfgs)
		for _, r := range rs.rows {
			row := table.Row{}
			for _, v := range r {
				row = append(row, cell(v))
			}
			t.AppendRow(row)
		}
		if format == "markdown" {
			t.RenderMarkdown()
		} else {
			t.SetStyle(table.StyleLight)
			t.Render()
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(rs.cols); err != nil {
			return err
		}
		for _, r := range rs.rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = cell(v)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "json":
		out := make([]map[string]any, 0, len(rs.rows))
		for _, r := range rs.rows {
			m := make(map[string]any, len(r))
			for i, v := range r {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				m[rs.cols[i]] = v
			}
			out = append(out, m)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return usageErr("unknown format %q: use table, markdown, csv or json", format)
}

func numericColumn(rs *resultSet, i int) bool {
	seen := false
	for _, r := range rs.rows {
		switch r[i].(type) {
		case nil:
		case int, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64:
			seen = true
		default:
			return false
		}
	}
	return seen
}
