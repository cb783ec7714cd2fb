package main

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"

	"github.com/jedib0t/go-pretty/v6/table"
)

// maxCoverageRows bounds the per-document coverage table; a national
// corpus gets its totals only.
const maxCoverageRows = 40

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// printCoverage shows, per document, the tables and sentences with numbers
// the parser understood against those it did not (finding dokumen.cakupan,
// written by the text parser). runID > 0 limits it to one ingest run.
func (a *app) printCoverage(ctx context.Context, q queryer, runID int64) error {
	rows, err := q.QueryContext(ctx, `
		SELECT d.path, coalesce(d.satker_id, '?'), coalesce(d.tahun, 0), t.nilai
		FROM temuan t JOIN dokumen d USING (doc_id)
		WHERE t.aturan = 'dokumen.cakupan' AND d.status = 'loaded' AND (? = 0 OR d.run_id = ?)
		ORDER BY d.satker_id, d.tahun, d.path`, runID, runID)
	if err != nil {
		return withCode(exitFailure, err)
	}
	defer rows.Close()
	t := table.NewWriter()
	t.SetOutputMirror(a.stdout)
	t.SetStyle(table.StyleLight)
	t.AppendHeader(table.Row{"dokumen", "satker", "tahun", "tabel dibaca", "kalimat dibaca"})
	n := 0
	var sum [4]int
	for rows.Next() {
		var path, satker string
		var tahun int
		var nilai sql.NullString
		if err := rows.Scan(&path, &satker, &tahun, &nilai); err != nil {
			return withCode(exitFailure, err)
		}
		var tr, tt, kr, kt int
		if _, err := fmt.Sscanf(nilai.String, "tabel %d/%d kalimat %d/%d", &tr, &tt, &kr, &kt); err != nil {
			continue
		}
		sum[0], sum[1], sum[2], sum[3] = sum[0]+tr, sum[1]+tt, sum[2]+kr, sum[3]+kt
		n++
		if n <= maxCoverageRows {
			t.AppendRow(table.Row{filepath.Base(path), satker, tahun, fmt.Sprintf("%d/%d", tr, tt), fmt.Sprintf("%d/%d", kr, kt)})
		}
	}
	if err := rows.Err(); err != nil {
		return withCode(exitFailure, err)
	}
	if n == 0 {
		return nil
	}
	if n > maxCoverageRows {
		t.AppendRow(table.Row{fmt.Sprintf("... %d dokumen lagi", n-maxCoverageRows), "", "", "", ""})
	}
	t.AppendFooter(table.Row{"jumlah", "", n, fmt.Sprintf("%d/%d", sum[0], sum[1]), fmt.Sprintf("%d/%d", sum[2], sum[3])})
	t.SetCaption("tabel/kalimat berangka yang dibaca menjadi fakta; sisanya: temuan tabel.tidak_dikenali, kalimat.tidak_dikenali")
	t.Render()
	return nil
}
