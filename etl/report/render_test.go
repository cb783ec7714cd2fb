package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
	"github.com/kpu-ntt/lkj/etl/report"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

var now = time.Date(2025, 2, 3, 10, 0, 0, 0, time.UTC)

// fixture is the hand-built warehouse with every model built.
func fixture(t *testing.T) *warehouse.Warehouse {
	wh, _ := fixturePath(t)
	return wh
}

func fixturePath(t *testing.T) (*warehouse.Warehouse, string) {
	t.Helper()
	wh, path := modelstest.Open(t, modelstest.Fixture())
	modelstest.Build(t, wh, models.BuildOptions{})
	return wh, path
}

func render(t *testing.T, q report.Querier, name string, p report.Params, format string) string {
	t.Helper()
	p.Now = now
	var b bytes.Buffer
	if err := report.Render(context.Background(), q, name, p, format, &b); err != nil {
		t.Fatalf("%s as %s: %v", name, format, err)
	}
	return b.String()
}

func TestRender(t *testing.T) {
	wh := fixture(t)
	conn := wh.Conn()
	ctx := context.Background()

	t.Run("every report in every format", func(t *testing.T) {
		for _, d := range report.List() {
			for _, f := range report.Formats {
				p := report.Params{}
				if d.Name == "profil" {
					p.Satker = "5305"
				}
				if out := render(t, conn, d.Name, p, f); len(out) < 100 {
					t.Errorf("%s as %s: %d bytes", d.Name, f, len(out))
				}
			}
		}
	})

	t.Run("table shows Indonesian numbers", func(t *testing.T) {
		out := render(t, conn, "serapan", report.Params{Tahun: 2024}, "table")
		for _, want := range []string{"Serapan Anggaran Satker KPU", "Tahun 2024", "Rp 44.980.284.000", "99,55 %",
			"99,70 %", "+12,45 %", "Alor", "Kota Kupang", "Temuan: 10 (0 galat, 2 peringatan)",
			"Dokumen: 4 dimuat, 0 ditolak", "Proses ETL terakhir: #2 ingest (ok)"} {
			if !strings.Contains(out, want) {
				t.Errorf("table lacks %q:\n%s", want, out)
			}
		}
	})

	// 2024 stands on three measures: Kota Kupang and Alor have them and
	// are ranked "k / 2"; the province lacks capaian and is listed apart
	// with what it lacks, after the ranked ones and with no score.
	t.Run("league table ranks only complete satkers, k / N", func(t *testing.T) {
		out := render(t, conn, "peringkat", report.Params{}, "markdown")
		i1 := strings.Index(out, "| 2024 | 1 / 2 | Kota Kupang | 92,11 |")
		i2 := strings.Index(out, "| 2024 | 2 / 2 | Alor | 81,63 |")
		i3 := strings.Index(out, "## Belum diperingkat")
		i4 := strings.Index(out, "| 2024 | Provinsi Nusa Tenggara Timur | indikator tercapai | 85,00 | A |")
		if i1 < 0 || i2 < i1 || i3 < i2 || i4 < i3 {
			t.Errorf("league wrong (%d, %d, %d, %d):\n%s", i1, i2, i3, i4, out)
		}
		for _, want := range []string{"## Peringkat satker", "## Asal data", "Nilai SAKIP", "40,00 %",
			"Tahun 2024: 3 dari 23 satker di Provinsi Nusa Tenggara Timur punya data; 2 diperingkat pada 3 ukuran",
			"1 satker kurang ukuran"} {
			if !strings.Contains(out, want) {
				t.Errorf("markdown lacks %q", want)
			}
		}
		if strings.Contains(out, "91,14") {
			t.Errorf("the province got a composite on two of three measures:\n%s", out)
		}
		// The trend keeps only years on 2024's basis: 2022 (SAKIP only) is
		// another number and is left out.
		tren := out[strings.Index(out, "## Skor komposit per tahun"):]
		if !strings.Contains(tren, "| 2023 | Kota Kupang | 75,70 | 1 / 1 |") || strings.Contains(tren, "| 2022 |") {
			t.Errorf("trend mixes bases:\n%s", tren)
		}
	})

	// DPT bars: one chart per election, each sorted by voters per TPS
	// (Pilkada 2024: Alor 341,81, the province 333,67, Kota Kupang 333,33,
	// Sikka 200,00), nothing cut.
	t.Run("dpt split by election and sorted", func(t *testing.T) {
		out := render(t, conn, "dpt", report.Params{}, "html")
		i, j := strings.Index(out, "Pemilihan: Pemilu"), strings.Index(out, "Pemilihan: Pilkada")
		if i < 0 || j < i {
			t.Fatalf("no chart per election (%d, %d)", i, j)
		}
		pilkada := out[j:]
		last := -1
		for _, v := range []string{">341,81<", ">333,67<", ">333,33<", ">200,00<"} {
			k := strings.Index(pilkada, v)
			if k < last {
				t.Errorf("pilkada bars not sorted: %s at %d, after %d", v, k, last)
			}
			last = k
		}
		if strings.Contains(out, "baris pertama dari") {
			t.Errorf("dpt chart cut")
		}
	})

	// Ranks read "k / N" in every report that ranks.
	t.Run("every rank reads k / N", func(t *testing.T) {
		for _, tt := range []struct {
			name string
			p    report.Params
			want []string
		}{
			{"sakip", report.Params{Tahun: 2023}, []string{"| 2023 | 1 / 4 | Provinsi Nusa Tenggara Timur", "| 2023 | 3 / 4 | Alor"}},
			{"serapan", report.Params{Tahun: 2024}, []string{"| 2024 | 1 / 3 | Kota Kupang", "| 1 / 2 |"}},
			{"capaian", report.Params{Tahun: 2024}, []string{"| 2024 | 1 / 2 | Kota Kupang"}},
			{"profil", report.Params{Satker: "5305"}, []string{"| 2024 | 2 / 2 | 3 dari 23 | 81,63 | SAKIP + capaian + serapan |", "| 2023 | - | 3 dari 23 | - | SAKIP + capaian + serapan | indikator tercapai |"}},
		} {
			out := render(t, conn, tt.name, tt.p, "markdown")
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s lacks %q:\n%s", tt.name, w, out)
				}
			}
		}
	})

	t.Run("csv holds raw values", func(t *testing.T) {
		out := render(t, conn, "serapan", report.Params{Tahun: 2024, Satker: "Kabupaten Alor"}, "csv")
		cr := csv.NewReader(strings.NewReader(strings.Split(out, "\n\n")[0]))
		cr.FieldsPerRecord = -1
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if recs[0][0] != "# Peringkat serapan anggaran" || recs[1][3] != "Pagu" || recs[2][3] != "44980284000" || recs[2][6] != "99.55" {
			t.Fatalf("csv = %q", recs)
		}
	})

	t.Run("json holds raw values in column order", func(t *testing.T) {
		out := render(t, conn, "dpt", report.Params{Satker: "5305"}, "json")
		var doc struct {
			Report   string
			Params   map[string]any
			Sections []struct {
				ID   string
				Rows []map[string]any
			}
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Report != "dpt" || doc.Params["satker"] != "5305" || len(doc.Sections) != 2 {
			t.Fatalf("json = %+v", doc)
		}
		var pilkada map[string]any
		for _, r := range doc.Sections[0].Rows {
			if r["pemilihan"] == "Pilkada" {
				pilkada = r
			}
		}
		if pilkada["pemilih_total"] != float64(12647) || pilkada["pemilih_per_tps"] != 341.81 {
			t.Fatalf("pilkada row = %v", pilkada)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(out)); err != nil {
			t.Fatal(err)
		}
		if i, j := strings.Index(compact.String(), `{"tahun":2024,"pemilihan"`), strings.Index(compact.String(), `"nama_pendek":"Alor","pemilih_l":6236`); i < 0 || j < i {
			t.Errorf("row keys out of column order")
		}
	})

	t.Run("html is self-contained with charts", func(t *testing.T) {
		out := render(t, conn, "peringkat", report.Params{}, "html")
		for _, want := range []string{"<svg", "<rect", "<polyline", "<table>", "Kota Kupang", "92,11",
			"Dokumen</dt><dd>4 dimuat, 0 ditolak", "Temuan</dt><dd>10 (0 galat, 2 peringatan)"} {
			if !strings.Contains(out, want) {
				t.Errorf("html lacks %q", want)
			}
		}
		for _, banned := range []string{"<script", "http://cdn", "https://", "<link"} {
			if strings.Contains(out, banned) {
				t.Errorf("html is not self-contained: has %q", banned)
			}
		}
	})

	t.Run("xlsx has number cells and frozen headers", func(t *testing.T) {
		out := render(t, conn, "serapan", report.Params{Tahun: 2024}, "xlsx")
		f, err := excelize.OpenReader(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sheets := f.GetSheetList()
		if strings.Join(sheets, "|") != "Peringkat serapan anggaran|Serapan per program|Serapan anggaran per tahun|Keterangan" {
			t.Fatalf("sheets %v", sheets)
		}
		s := sheets[0]
		if v, _ := f.GetCellValue(s, "D1"); v != "Pagu" {
			t.Errorf("D1 = %q", v)
		}
		typ, _ := f.GetCellType(s, "D2")
		raw, _ := f.GetCellValue(s, "D2", excelize.Options{RawCellValue: true})
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset || raw != "20000000000" {
			t.Errorf("D2 type %v raw %q, want a number cell 20000000000", typ, raw)
		}
		if raw, _ := f.GetCellValue(s, "G2", excelize.Options{RawCellValue: true}); raw != "99.7" {
			t.Errorf("G2 raw %q", raw)
		}
		panes, err := f.GetPanes(s)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("panes %+v %v", panes, err)
		}
	})

	t.Run("errors", func(t *testing.T) {
		tests := []struct {
			name, format string
			p            report.Params
			want         string
		}{
			{"profil", "table", report.Params{}, "report profil needs the satker parameter"},
			{"nope", "table", report.Params{}, `report "nope" not found`},
			{"sakip", "pdf", report.Params{}, `report format "pdf"`},
			{"sakip", "table", report.Params{Satker: "Atlantis"}, `report sakip: satker "Atlantis" not found`},
			{"sakip", "table", report.Params{Provinsi: "Alor"}, `report sakip: provinsi "Alor" not found`},
		}
		for _, tt := range tests {
			var b bytes.Buffer
			err := report.Render(ctx, conn, tt.name, tt.p, tt.format, &b)
			if err == nil || !strings.Contains(err.Error(), tt.want) || b.Len() != 0 {
				t.Errorf("%s/%s: err = %v (wrote %d bytes), want %q", tt.name, tt.format, err, b.Len(), tt.want)
			}
		}
	})

	t.Run("missing marts say what to do", func(t *testing.T) {
		if _, err := conn.ExecContext(ctx, "DROP TABLE mart_sakip"); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		err := report.Render(ctx, conn, "sakip", report.Params{}, "table", &b)
		if err == nil || !strings.Contains(err.Error(), "lkj build") {
			t.Fatalf("err = %v", err)
		}
	})
}

// TestRenderReadOnly renders from the read-only handle analysts use.
func TestRenderReadOnly(t *testing.T) {
	wh, path := fixturePath(t)
	if err := wh.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := warehouse.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := render(t, db, "sakip", report.Params{Tahun: 2023, Satker: "KPU Kabupaten Alor"}, "table")
	for _, want := range []string{"73,15", "+3,05", "Mart dibangun"} {
		if !strings.Contains(out, want) {
			t.Errorf("read-only table lacks %q:\n%s", want, out)
		}
	}
}

// TestHTMLInBrowser renders HTML reports, opens them in headless Chromium
// and checks that the page paints (charts included). Set LKJ_SCREENSHOT_DIR
// to keep the pages and PNGs of every report for a look.
func TestHTMLInBrowser(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("skipped: /usr/bin/chromium is absent (apt-get install -y chromium to run it)")
	}
	wh := fixture(t)
	dir := os.Getenv("LKJ_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	cases := []struct {
		name string
		p    report.Params
	}{{"peringkat", report.Params{}}, {"profil", report.Params{Satker: "5305"}}}
	if os.Getenv("LKJ_SCREENSHOT_DIR") != "" { // someone will look: shoot every report
		cases = append(cases, []struct {
			name string
			p    report.Params
		}{{"sakip", report.Params{}}, {"serapan", report.Params{}}, {"dpt", report.Params{}}, {"capaian", report.Params{}}}...)
	}
	for _, tc := range cases {
		html := filepath.Join(dir, tc.name+".html")
		if err := os.WriteFile(html, []byte(render(t, wh.Conn(), tc.name, tc.p, "html")), 0o644); err != nil {
			t.Fatal(err)
		}
		png := filepath.Join(dir, tc.name+".png")
		if err := screenshot(chromium, html, png); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		share, err := inkShare(png)
		if err != nil {
			t.Fatal(err)
		}
		// A blank or unstyled page paints almost nothing; the bars, lines
		// and tables of these reports cover several per cent of it.
		if share < 0.02 {
			t.Errorf("%s: only %.3f of the screenshot is painted", tc.name, share)
		}
		t.Logf("%s: %s (%.1f%% painted)", tc.name, png, share*100)
	}
}

// TestSyntheticBanner: once any loaded document is synthetic, HTML and XLSX
// say so at the very top, before any figure; real data carries no banner.
func TestSyntheticBanner(t *testing.T) {
	wh := fixture(t)
	conn := wh.Conn()
	const banner = "DATA SINTETIS: 1 dari 4 dokumen"
	if out := render(t, conn, "peringkat", report.Params{}, "html"); strings.Contains(out, "DATA SINTETIS") {
		t.Fatalf("real data shows a synthetic banner")
	}
	if _, err := conn.ExecContext(context.Background(), "UPDATE etl_document SET synthetic = true WHERE doc_id = 'sikka2024'"); err != nil {
		t.Fatal(err)
	}
	html := render(t, conn, "peringkat", report.Params{}, "html")
	i, j := strings.Index(html, banner), strings.Index(html, "<h1>")
	if i < 0 || j < i {
		t.Errorf("html: banner at %d, title at %d; want the banner first", i, j)
	}
	f, err := excelize.OpenReader(strings.NewReader(render(t, conn, "serapan", report.Params{Tahun: 2024}, "xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, s := range f.GetSheetList() {
		a1, _ := f.GetCellValue(s, "A1")
		b1, _ := f.GetCellValue(s, "B1")
		if !strings.Contains(a1+b1, banner) {
			t.Errorf("sheet %s row 1 = %q %q, want the banner", s, a1, b1)
		}
	}
	s := f.GetSheetList()[0]
	if v, _ := f.GetCellValue(s, "D2"); v != "Pagu" {
		t.Errorf("header moved under the banner: D2 = %q", v)
	}
	if panes, err := f.GetPanes(s); err != nil || !panes.Freeze || panes.YSplit != 2 {
		t.Errorf("panes %+v %v", panes, err)
	}
}
