package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/sample"
	"github.com/kpu-ntt/lkj/etl/sqlrows"
)

// truthFile is one OUT/truth/<satker>-<tahun>.json read generically: rows
// stay maps of contract column → JSON value, so one comparison serves every
// view.
type truthFile struct {
	SatkerID      string             `json:"satker_id"`
	Tahun         int                `json:"tahun"`
	Path          string             `json:"path"`
	Format        string             `json:"format"`
	Capaian       []map[string]any   `json:"capaian"`
	CapaianSeri   []map[string]any   `json:"capaian_seri"`
	Anggaran      []map[string]any   `json:"anggaran"`
	Sakip         []map[string]any   `json:"sakip"`
	SakipKomponen []map[string]any   `json:"sakip_komponen"`
	RB            []map[string]any   `json:"rb"`
	DPT           []map[string]any   `json:"dpt"`
	Temuan        []sample.TemuanRow `json:"temuan"`
}

func (t *truthFile) rows(view string) []map[string]any {
	switch view {
	case "capaian":
		return t.Capaian
	case "capaian_seri":
		return t.CapaianSeri
	case "anggaran":
		return t.Anggaran
	case "sakip":
		return t.Sakip
	case "sakip_komponen":
		return t.SakipKomponen
	case "rb":
		return t.RB
	case "dpt":
		return t.DPT
	}
	return nil
}

// loadTruth reads every truth file of a corpus. dir may be the corpus
// folder (with truth/ inside) or the truth folder itself.
func loadTruth(dir string) ([]*truthFile, error) {
	if st, err := os.Stat(filepath.Join(dir, "truth")); err == nil && st.IsDir() {
		dir = filepath.Join(dir, "truth")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	sort.Strings(paths)
	var out []*truthFile
	for _, p := range paths {
		if filepath.Base(p) == "manifest.json" {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var t truthFile
		if err := json.Unmarshal(b, &t); err != nil {
			return nil, fmt.Errorf("eval: truth %s: %w", p, err)
		}
		out = append(out, &t)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval: no truth files under %s", dir)
	}
	return out, nil
}

// family says how one contract view is keyed and compared.
type family struct {
	view string
	cols []string // compared columns
	key  func(r map[string]any, byID bool) string
}

// families in report order. Texts (target_teks, …) compare whitespace-
// folded; numbers within 1e-6; NULL equals only NULL.
var families = []family{
	{"capaian", []string{"target_teks", "target_nilai", "realisasi_teks", "realisasi_nilai", "satuan",
		"capaian_lapor", "capaian_hitung", "tercapai"}, func(r map[string]any, byID bool) string {
		return join(r["satker_id"], r["tahun"], r["tingkat"], indikatorKey(r, byID))
	}},
	{"capaian_seri", []string{"teks", "nilai", "satuan"}, func(r map[string]any, byID bool) string {
		return join(r["satker_id"], indikatorKey(r, byID), r["tahun"], r["jenis"])
	}},
	{"anggaran", []string{"tingkat", "kode_induk", "pagu", "realisasi", "sisa", "serapan_lapor", "serapan_hitung",
		"pagu_awal", "revisi_dipa"}, func(r map[string]any, _ bool) string {
		return join(r["satker_id"], r["tahun"], r["kode"])
	}},
	{"sakip", []string{"nilai", "predikat", "keyakinan"}, func(r map[string]any, _ bool) string {
		return join(r["satker_id"], r["tahun_dinilai"])
	}},
	{"sakip_komponen", []string{"bobot", "nilai"}, func(r map[string]any, _ bool) string {
		return join(r["satker_id"], r["tahun_dinilai"], r["komponen"])
	}},
	{"rb", []string{"nilai", "bobot", "persen"}, func(r map[string]any, _ bool) string {
		return join(r["satker_id"], r["tahun"])
	}},
	{"dpt", []string{"jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p", "pemilih_total"}, func(r map[string]any, _ bool) string {
		return join(r["satker_id"], r["pemilihan"], r["tahun"], r["tingkat_wilayah"], strings.ToUpper(foldSpace(str(r["wilayah"]))))
	}},
}

// indikatorKey is the one place that decides how an indicator is matched:
// by the canonical indikator_id when the truth carries ids (generated while
// schemas/ref/indikator.csv lists the indicator), else by folded text.
func indikatorKey(r map[string]any, byID bool) string {
	if byID {
		return "id:" + str(r["indikator_id"])
	}
	return "t:" + sample.FoldText(str(r["indikator"]))
}

func join(parts ...any) string {
	s := make([]string, len(parts))
	for i, p := range parts {
		s[i] = str(p)
	}
	return strings.Join(s, "|")
}

// str renders a key part or a value: NULL as "", numbers without an
// exponent, so a JSON 2024 and a database int32 2024 give the same key.
var str = sqlrows.Text

func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// num reads a database or JSON value as a number (any integer or float kind).
var num = sqlrows.Float

// equal compares one truth value with one found value.
func equal(want, got any) bool {
	if want == nil || got == nil {
		if s, ok := got.(string); ok && want == nil {
			return s == ""
		}
		if s, ok := want.(string); ok && got == nil {
			return s == ""
		}
		return want == nil && got == nil
	}
	if w, ok := num(want); ok {
		g, ok := num(got)
		return ok && math.Abs(w-g) <= 1e-6
	}
	if w, ok := want.(bool); ok {
		g, ok := got.(bool)
		return ok && w == g
	}
	if b, ok := got.([]byte); ok {
		got = string(b)
	}
	return foldSpace(fmt.Sprint(want)) == foldSpace(fmt.Sprint(got))
}
