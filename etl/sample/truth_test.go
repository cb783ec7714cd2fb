package sample

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/validate"
)

// TestCatalogueIDs: every indicator the generator writes has a canonical
// id (so the truth keys capaian by id), and the parser's matcher reads the
// written text to the same id.
func TestCatalogueIDs(t *testing.T) {
	all, err := loadSatkers()
	if err != nil {
		t.Fatal(err)
	}
	ref := refIndikator()
	seen := map[string]bool{}
	for _, s := range all {
		if seen[s.Jenis] {
			continue
		}
		seen[s.Jenis] = true
		for _, ind := range catalogue(s) {
			id := ref[FoldText(ind.Teks)]
			if id == "" {
				t.Errorf("%s %s: %q has no indikator_id", s.Jenis, ind.Kode, ind.Teks)
				continue
			}
			if m, _, ok := indicator.Match(ind.Teks); !ok || m != id {
				t.Errorf("%s %s: %q is %s by the reference, matcher says %q (ok %v)", s.Jenis, ind.Kode, ind.Teks, id, m, ok)
			}
		}
	}
}

// TestHitungRounding: the truth rounds a recomputed capaian the way the
// validator does (half away from zero in decimal: 36,83/40 = 92,075 →
// 92,08, although the binary quotient lies just below the half).
func TestHitungRounding(t *testing.T) {
	ind := &indikator{Arah: "naik"}
	for _, v := range []capVal{{Target: 40, Realisasi: 36.83}, {Target: 96, Realisasi: 100}, {Target: 3, Realisasi: 3.66}} {
		got, ok := hitung(ind, v)
		want, _ := validate.Hitung(v.Target, v.Realisasi, "naik")
		if !ok || got != want {
			t.Errorf("hitung(%v) = %v, validate says %v", v, got, want)
		}
	}
	if got, _ := hitung(ind, capVal{Target: 40, Realisasi: 36.83}); got != 92.08 {
		t.Errorf("36,83/40 = %v, want 92.08", got)
	}
}

// TestProvAkipFromOwnTable: in the provinsi style the AKIP indicator is
// stated by the chapter table and by its own one-indicator table; the own
// table is the more specific source (EXTRACTION.md, Capaian rule 2), so the
// truth's row is the one that table states, on that table's line.
func TestProvAkipFromOwnTable(t *testing.T) {
	dir := t.TempDir()
	if _, err := generateOnly(Options{Scope: "ntt", FromYear: 2022, ToYear: 2024, Seed: 2, Noise: "high", Out: dir}, []string{"53"}); err != nil {
		t.Fatal(err)
	}
	for _, tr := range loadTruths(t, dir) {
		b, err := os.ReadFile(filepath.Join(dir, tr.Path))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		n := 0
		for _, c := range tr.Capaian {
			if c.IndikatorID != "ss.akuntabilitas_kinerja" {
				continue
			}
			n++
			line := fold(strings.ReplaceAll(lines[c.Awal-1], "\t", " | "))
			want := c.Indikator + " | " + c.TargetTeks + " | " + c.RealisasiTeks
			if c.Sumber != "Indikator" || line != want || c.CapaianLapor != nil {
				t.Errorf("%s: AKIP row %+v on line %q, want %q", tr.Path, c, line, want)
			}
		}
		if n != 1 {
			t.Errorf("%s: %d AKIP rows", tr.Path, n)
		}
	}
}

// TestTruthCopiesAgree: where several documents state the same fact (a
// series cell in five yearly reports, last year's budget total, a
// kabupaten's DPT total in the province's report), the copies the eval
// compares agree, so the contract views may pick any of them.
func TestTruthCopiesAgree(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(Options{Scope: "ntt", FromYear: 2020, ToYear: 2024, Seed: 4, Noise: "high", Out: dir}); err != nil {
		t.Fatal(err)
	}
	fams := []struct {
		name string
		key  []string
		cols []string
		rows func(*Truth) any
	}{
		{"capaian_seri", []string{"satker_id", "indikator_id", "tahun", "jenis"}, []string{"teks", "nilai", "satuan"},
			func(t *Truth) any { return t.CapaianSeri }},
		{"anggaran", []string{"satker_id", "tahun", "kode"}, []string{"tingkat", "kode_induk", "pagu", "realisasi", "sisa",
			"serapan_lapor", "serapan_hitung", "pagu_awal", "revisi_dipa"}, func(t *Truth) any { return t.Anggaran }},
		{"sakip", []string{"satker_id", "tahun_dinilai"}, []string{"nilai", "predikat", "keyakinan"}, func(t *Truth) any { return t.Sakip }},
		{"dpt", []string{"satker_id", "pemilihan", "tahun", "tingkat_wilayah", "wilayah"},
			[]string{"jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p", "pemilih_total"}, func(t *Truth) any { return t.DPT }},
	}
	truths := loadTruths(t, dir)
	for _, f := range fams {
		type copy struct {
			vals map[string]any
			doc  string
		}
		first := map[string]copy{}
		for _, tr := range truths {
			raw, err := json.Marshal(f.rows(tr))
			if err != nil {
				t.Fatal(err)
			}
			var rows []map[string]any
			if err := json.Unmarshal(raw, &rows); err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				if fmt.Sprint(r["satker_id"]) != tr.SatkerID {
					continue // another satker's report: the views prefer the subject's own
				}
				var kp []string
				for _, k := range f.key {
					kp = append(kp, fmt.Sprint(r[k]))
				}
				k := strings.Join(kp, "|")
				old, ok := first[k]
				if !ok {
					first[k] = copy{r, tr.Path}
					continue
				}
				skip := map[string]bool{}
				for _, m := range []map[string]any{old.vals, r} {
					if l, ok := m["tidak_dibandingkan"].([]any); ok {
						for _, c := range l {
							skip[fmt.Sprint(c)] = true
						}
					}
				}
				for _, c := range f.cols {
					if !skip[c] && fmt.Sprint(old.vals[c]) != fmt.Sprint(r[c]) {
						t.Errorf("%s %s.%s: %s states %v, %s states %v", f.name, k, c, old.doc, old.vals[c], tr.Path, r[c])
					}
				}
			}
		}
		if len(first) == 0 {
			t.Errorf("%s: no rows", f.name)
		}
	}
}
