package models_test

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
)

// TestSakipPrefersComponentBackedReport: KPU Sumba Barat Daya's 2019 SAKIP
// score is the evaluation's own record in the 2020 report (the score with
// its component table) and restated in a sentence of the 2021 report, which
// loads later. The contract view takes the 2020 report's row, so the
// breakdown (which follows the chosen row's document) is not lost.
func TestSakipPrefersComponentBackedReport(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	withTable := &facts.Document{Meta: facts.Meta{SatkerID: "5318", Tahun: 2020, Format: "txt"}}
	withTable.Sakip = []facts.Sakip{{Span: facts.Span{Start: 40, End: 40}, SatkerID: "5318", TahunDinilai: 2019,
		Nilai: f(57.79), Predikat: "CC", Keyakinan: "tinggi", Sumber: "Tabel 3", Utama: true}}
	for i, k := range []struct {
		name        string
		bobot, skor float64
	}{{"perencanaan", 30, 16.5}, {"pengukuran", 30, 17.7}, {"pelaporan", 15, 8.25}, {"evaluasi_internal", 25, 15.34}} {
		withTable.SakipKomponen = append(withTable.SakipKomponen, facts.SakipKomponen{Span: facts.Span{Start: 36 + i, End: 36 + i},
			SatkerID: "5318", TahunDinilai: 2019, Komponen: k.name, Bobot: f(k.bobot), Nilai: f(k.skor), Sumber: "Tabel 3"})
	}
	inProse := &facts.Document{Meta: facts.Meta{SatkerID: "5318", Tahun: 2021, Format: "txt"}}
	inProse.Sakip = []facts.Sakip{{Span: facts.Span{Start: 12, End: 12}, SatkerID: "5318", TahunDinilai: 2019,
		Nilai: f(57.79), Predikat: "CC", Keyakinan: "tinggi", Sumber: "teks", Utama: true}}

	wh, _ := modelstest.Open(t, []modelstest.Doc{
		{ID: "sbd2020", RunID: 1, Doc: withTable},
		{ID: "sbd2021", RunID: 2, Doc: inProse},
	})
	modelstest.Build(t, wh, models.BuildOptions{})
	conn := wh.Conn()
	got := row(t, conn, `SELECT doc_id, sumber FROM sakip WHERE satker_id = '5318' AND tahun_dinilai = 2019`)
	check(t, "sakip 5318/2019", got, map[string]any{"doc_id": "sbd2020", "sumber": "Tabel 3"})
	n := row(t, conn, `SELECT count(*) AS n, sum(nilai) AS jumlah FROM sakip_komponen WHERE satker_id = '5318' AND tahun_dinilai = 2019`)
	check(t, "sakip_komponen 5318/2019", n, map[string]any{"n": int64(4), "jumlah": 57.79})
}
