package template

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// dataRows counts the non-blank rows under the header of one family's table
// in a fixture, read with encoding/csv or excelize rather than this package.
func dataRows(t *testing.T, path string, fam *family) int {
	t.Helper()
	var rows [][]string
	if strings.HasSuffix(path, ".xlsx") {
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if rows, err = f.GetRows(fam.name); err != nil {
			return 0 // no such sheet
		}
	} else {
		b, err := os.ReadFile(filepath.Join(path, fam.name+".csv"))
		if err != nil {
			return 0 // no such file
		}
		if rows, err = csv.NewReader(strings.NewReader(string(b))).ReadAll(); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for i, r := range rows {
		if i > 0 && strings.TrimSpace(strings.Join(r, "")) != "" {
			n++
		}
	}
	return n
}

// TestFactsPerDocument: a clean submission gives exactly one fact per data
// row of each family's sheet, no row lost and none read twice, so the
// document's fact count (what ingest records in etl_document.facts) is the
// rows the submitter wrote.
func TestFactsPerDocument(t *testing.T) {
	for _, tc := range []struct {
		path string
		want int // the document's fact count, all families
	}{
		{"testdata/good/5305-2024", 57},
		{"testdata/good/5371-2024.xlsx", 31},
	} {
		read := ReadDir
		if strings.HasSuffix(tc.path, ".xlsx") {
			read = ReadXLSX
		}
		d, err := read(tc.path)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		for _, fam := range families[1:] { // identitas holds no facts
			if got, want := len(familyRows(fam, d)), dataRows(t, tc.path, fam); got != want {
				t.Errorf("%s: %s: %d facts from %d data rows", tc.path, fam.name, got, want)
			}
		}
		if got := d.FactCount(); got != tc.want {
			t.Errorf("%s: %d facts, want %d", tc.path, got, tc.want)
		}
	}
}
