package load_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/load"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// synthRows makes n budget rows with every column filled.
func synthRows(n int) []facts.Anggaran {
	rows := make([]facts.Anggaran, n)
	for i := range rows {
		p, r := int64(1_000_000+i), int64(900_000+i)
		rows[i] = facts.Anggaran{
			Span: facts.Span{Start: i%5000 + 1, End: i%5000 + 1}, SatkerID: "5305", Tahun: 2020 + i%5,
			Kode: fmt.Sprintf("6639.BDB.%06d", i), KodeTeks: "6639.BDB", KodeInduk: "6639", Uraian: "Fasilitasi",
			Tingkat: facts.LevelOutput, Pagu: &p, Realisasi: &r, Sisa: facts.I(p - r),
			SerapanLapor: facts.F(90), SerapanHitung: facts.F(float64(r) / float64(p) * 100), Sumber: "bench", Utama: true,
		}
	}
	return rows
}

// BenchmarkArrowVsParquet loads 1,000,000 fact rows through the Arrow path
// (building the batches included) and the same rows from a Parquet file with
// DuckDB's read_parquet, and reports both rates and their ratio.
func BenchmarkArrowVsParquet(b *testing.B) {
	const n = 1_000_000
	rows := synthRows(n)
	ctx := context.Background()
	wh := whtest.New(b)
	pq := filepath.Join(b.TempDir(), "rows.parquet")
	var arrowDur, pqDur time.Duration
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		if _, err := wh.Conn().ExecContext(ctx, "DELETE FROM fact_anggaran"); err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		got, err := load.Anggaran(ctx, wh, "bench", rows)
		if err != nil || got != n {
			b.Fatalf("arrow load: %d rows, %v", got, err)
		}
		arrowDur += time.Since(t0)

		b.StopTimer()
		if _, err := wh.Conn().ExecContext(ctx, "COPY fact_anggaran TO '"+pq+"' (FORMAT parquet)"); err != nil {
			b.Fatal(err)
		}
		if _, err := wh.Conn().ExecContext(ctx, "DELETE FROM fact_anggaran"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t1 := time.Now()
		res, err := wh.Conn().ExecContext(ctx, "INSERT INTO fact_anggaran SELECT * FROM read_parquet('"+pq+"')")
		if err != nil {
			b.Fatal(err)
		}
		pqDur += time.Since(t1)
		if k, _ := res.RowsAffected(); k != n {
			b.Fatalf("parquet load: %d rows", k)
		}
	}
	arrowRate := float64(n*b.N) / arrowDur.Seconds()
	pqRate := float64(n*b.N) / pqDur.Seconds()
	b.ReportMetric(arrowRate, "arrow_rows/s")
	b.ReportMetric(pqRate, "parquet_rows/s")
	b.ReportMetric(arrowDur.Seconds()/pqDur.Seconds(), "arrow/parquet_time")
}
