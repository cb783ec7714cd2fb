package parse_test

import (
	"os"
	"testing"

	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/validate"
)

var realDocs = []string{
	"/work/shared/corpus/real/lkj-2024-kpu-kabupaten-alor.txt",
	"/work/shared/corpus/real/lkj-2024-kpu-provinsi-ntt.txt",
}

// BenchmarkText parses both real reports, extract to validate.
func BenchmarkText(b *testing.B) {
	var docs [][]byte
	var n int64
	for _, p := range realDocs {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Skipf("real corpus not available: %v", err)
		}
		docs = append(docs, data)
		n += int64(len(data))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			doc, err := parse.Text(realDocs[j], d)
			if err != nil {
				b.Fatal(err)
			}
			validate.Document(doc)
		}
	}
}
