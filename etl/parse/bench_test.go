package parse_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/sample"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/validate"
)

// BenchmarkText parses documents, extract to validate, per core: the two
// real reports, and a fixed national synthetic sample (every fourth text
// report of the 2024 national corpus, seed 1). Besides MB/s it reports the
// bytes and allocations per input byte, the parser's memory bill.
func BenchmarkText(b *testing.B) {
	b.Run("real", func(b *testing.B) {
		var docs []benchDoc
		for _, p := range sharedtest.RealReports {
			docs = append(docs, benchDoc{p, sharedtest.Read(b, p)})
		}
		benchParse(b, docs)
	})
	b.Run("national", func(b *testing.B) {
		national.once.Do(func() { national.docs, national.err = nationalSample() })
		if national.err != nil {
			b.Fatal(national.err)
		}
		benchParse(b, national.docs)
	})
}

type benchDoc struct {
	name string
	data []byte
}

// national is the national sample, generated once per process: the
// benchmark function runs more than once (a first run of one iteration, then
// the timed run), and generating the corpus again would dominate an
// instruction count of the whole process.
var national struct {
	once sync.Once
	docs []benchDoc
	err  error
}

// nationalSample generates the 2024 national corpus in a temporary folder
// and keeps every fourth text report (about 125 documents, 2.5 MB).
func nationalSample() ([]benchDoc, error) {
	dir, err := os.MkdirTemp("", "lkj-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if _, err := sample.Generate(sample.Options{Scope: "national", FromYear: 2024, ToYear: 2024, Seed: 1, Noise: "default", Out: dir}); err != nil {
		return nil, fmt.Errorf("national sample: %w", err)
	}
	var paths []string
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.Contains(filepath.ToSlash(p), "/truth/") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("national sample: %w", err)
	}
	sort.Strings(paths)
	var docs []benchDoc
	for i := 0; i < len(paths); i += 4 {
		data, err := os.ReadFile(paths[i])
		if err != nil {
			return nil, fmt.Errorf("national sample: %w", err)
		}
		docs = append(docs, benchDoc{filepath.Base(paths[i]), data})
	}
	if len(docs) < 50 {
		return nil, fmt.Errorf("national sample: %d text reports, want at least 50", len(docs))
	}
	return docs, nil
}

func benchParse(b *testing.B, docs []benchDoc) {
	var n int64
	for _, d := range docs {
		n += int64(len(d.data))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	var ms0, ms1 runtimeMem
	ms0.read()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			doc, err := parse.Text(d.name, d.data)
			if err != nil {
				b.Fatal(err)
			}
			validate.Document(doc)
		}
	}
	ms1.read()
	b.StopTimer()
	total := float64(n) * float64(b.N)
	b.ReportMetric(float64(ms1.bytes-ms0.bytes)/total, "B/byte")
	b.ReportMetric(float64(ms1.allocs-ms0.allocs)/total, "allocs/byte")
}

// runtimeMem is the allocation counters of the whole process.
type runtimeMem struct{ bytes, allocs uint64 }

func (m *runtimeMem) read() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.bytes, m.allocs = ms.TotalAlloc, ms.Mallocs
}
