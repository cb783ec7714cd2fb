package report_test

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/report"
)

func TestQueryCatalog(t *testing.T) {
	marts, views, err := report.QueryCatalog()
	if err != nil {
		t.Fatal(err)
	}
	ms, err := models.Load()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]string{}
	for _, e := range append(marts, views...) {
		if e.Description == "" || strings.Contains(e.Description, "\n") {
			t.Errorf("%s: description %q is not one line", e.Name, e.Description)
		}
		have[e.Name] = e.Description
	}
	for _, m := range ms {
		if strings.HasPrefix(m.Name, "mart_") && have[m.Name] == "" {
			t.Errorf("mart %s missing from the catalogue", m.Name)
		}
	}
	for _, v := range []string{"satker", "dokumen", "capaian", "capaian_seri", "anggaran", "sakip", "sakip_komponen", "rb", "dpt", "temuan"} {
		if have[v] == "" {
			t.Errorf("contract view %s missing from the catalogue", v)
		}
	}
	if got := have["mart_capaian"]; got != "Performance achievement per satker and year." {
		t.Errorf("mart_capaian: first sentence of its description expected, got %q", got)
	}
	help := report.QueryCatalogHelp()
	if !strings.Contains(help, "  mart_peringkat ") || !strings.Contains(help, "  satker ") {
		t.Errorf("help text lacks entries:\n%s", help)
	}
}

// Rows held in memory without SQL types (data-test samples) still align
// numbers, guessed from the Go values.
func TestQueryResultWithoutTypes(t *testing.T) {
	r := report.NewQueryResult([]string{"satker_id", "n"}, nil, [][]any{{"5305", int64(3)}, {"5371", new(big.Int).SetInt64(12)}})
	var b bytes.Buffer
	if err := r.Write(&b, "markdown"); err != nil {
		t.Fatal(err)
	}
	if want := "| satker_id | n |\n| --- | ---:|\n| 5305 | 3 |\n| 5371 | 12 |\n"; b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}
