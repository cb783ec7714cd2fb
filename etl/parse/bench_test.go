package parse_test

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/validate"
)

// BenchmarkText parses both real reports, extract to validate.
func BenchmarkText(b *testing.B) {
	var docs [][]byte
	var n int64
	for _, p := range sharedtest.RealReports {
		data := sharedtest.Read(b, p)
		docs = append(docs, data)
		n += int64(len(data))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			doc, err := parse.Text(sharedtest.RealReports[j], d)
			if err != nil {
				b.Fatal(err)
			}
			validate.Document(doc)
		}
	}
}
