package pdftext

import (
	"context"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// BenchmarkConvert converts the five text PDFs of the corpus (15 pages).
func BenchmarkConvert(b *testing.B) {
	c, err := NewConverter(Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	var docs [][]byte
	for _, n := range corpusPDFs[:5] {
		docs = append(docs, sharedtest.Read(b, "corpus/pdf/"+n))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := c.Convert(context.Background(), d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(15*b.N)/b.Elapsed().Seconds(), "pages/s")
}
