package template

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// FuzzCSV feeds arbitrary bytes as one family's CSV (chosen by fam) beside
// an arbitrary identitas.csv. It calls the parser below the recover in
// ReadDir, so a panic fails the fuzzer. Properties: a rejection carries no
// facts and a located message; an accepted submission has row spans past
// the header and survives a write/read round trip unchanged.
func FuzzCSV(f *testing.F) {
	seed := func(dir string) {
		id, _ := os.ReadFile(filepath.Join(dir, "identitas.csv"))
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			fam := familyNamed(strings.TrimSuffix(e.Name(), ".csv"))
			if fam == nil || fam == famIdentitas {
				continue
			}
			body, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			f.Add(familyIndex(fam), id, body)
		}
	}
	seed("testdata/good/5305-2024")
	seed("testdata/bad/text-in-number")
	seed("testdata/bad/missing-column")
	f.Add(uint8(0), []byte(identitas5305), []byte("tahun;nilai\n2024;\"1\n"))
	f.Add(uint8(7), []byte("\xff\xfes\x00"), []byte{0xFE, 0xFF, 0, 'a'})

	f.Fuzz(func(t *testing.T, fam uint8, id, body []byte) {
		name := families[1+int(fam)%(len(families)-1)].name + ".csv"
		d, err := readCSVFiles("fz", []csvFile{{"identitas.csv", id}, {name, body}})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "template fz: ") {
				t.Fatalf("unlocated error: %v", err)
			}
			if d != nil && (d.FactCount() != 0 || !d.HasErrors()) {
				t.Fatalf("rejected document: %d facts, errors %v", d.FactCount(), d.HasErrors())
			}
			return
		}
		if d.Meta.SatkerID == "" || d.Meta.Tahun == 0 || d.HasErrors() {
			t.Fatalf("accepted without identity or with errors: %+v", d.Meta)
		}
		for _, s := range spanRefs(d) {
			if s.Start < 2 || s.End < s.Start {
				t.Fatalf("bad span %+v", s)
			}
		}
		var again []csvFile
		for _, s := range sheets(d) {
			b, err := csvBytes(s)
			if err != nil {
				t.Fatal(err)
			}
			again = append(again, csvFile{s.fam.name + ".csv", b})
		}
		d2, err := readCSVFiles("fz", again)
		if err != nil {
			t.Fatalf("rewritten submission rejected: %v", err)
		}
		clearSpans(d)
		clearSpans(d2)
		sameFacts(t, d2, d)
	})
}

func familyIndex(f *family) uint8 {
	for i, g := range families {
		if g == f {
			return uint8(i - 1)
		}
	}
	return 0
}

// spanRefs points at the Span of every fact of d, in fact-table order: the
// order of Document's fact slices (every slice but Findings), so a family
// added to Document is covered without a change here.
func spanRefs(d *facts.Document) []*facts.Span {
	var s []*facts.Span
	v := reflect.ValueOf(d).Elem()
	for i := 0; i < v.NumField(); i++ {
		fam := v.Field(i)
		if fam.Kind() != reflect.Slice || v.Type().Field(i).Name == "Findings" {
			continue
		}
		for j := 0; j < fam.Len(); j++ {
			s = append(s, fam.Index(j).FieldByName("Span").Addr().Interface().(*facts.Span))
		}
	}
	return s
}

// clearSpans zeroes row numbers: rewriting drops blank lines and
// multi-line cells, so rows move while the facts stay the same.
func clearSpans(d *facts.Document) {
	for _, p := range spanRefs(d) {
		*p = facts.Span{}
	}
}

// TestSpanRefs: spanRefs reaches every fact of a document (a family it
// missed would let the fuzzer's span property pass on nothing) and no
// finding.
func TestSpanRefs(t *testing.T) {
	for name, d := range map[string]*facts.Document{"kupang2024": kupang2024(), "kosong": {}} {
		d.Add(facts.Finding{Span: facts.Span{Start: 1, End: 1}})
		if got, want := len(spanRefs(d)), d.FactCount(); got != want {
			t.Errorf("%s: %d spans, want one per fact (%d)", name, got, want)
		}
	}
}
