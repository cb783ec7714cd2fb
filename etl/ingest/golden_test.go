package ingest_test

// Golden test on the two real LKj 2024 reports.
//
// For every file testdata/golden/<name>.json the test creates an empty
// warehouse, ingests ../../../shared/corpus/real/<name>.txt alone, reads every
// contract view (schemas/migrations/004_contract_views.sql) for that document's
// doc_id and compares it with the golden rows, which were transcribed by hand
// from the source text (each row carries the source line(s) in "baris").
//
// Golden format, per family (capaian, capaian_seri, anggaran, sakip,
// sakip_komponen, rb, dpt): a list of rows whose keys are the contract view's
// column names, minus doc_id and the lineage columns sumber, baris_awal,
// baris_akhir. Every compared column must be present in every golden row.
//   - "*"   the column is not compared (e.g. indikator_id, whose canonical ids
//           live in schemas/ref/indikator.csv, or a value the rules leave open);
//   - null  the view must hold NULL (an empty string counts as NULL);
//   - other keys ("baris", "catatan", ...) are notes for people.
//
// Rows are matched on the view's natural key: capaian (satker_id, tahun,
// tingkat, indikator), capaian_seri (satker_id, indikator, tahun, jenis),
// anggaran (satker_id, tahun, kode), sakip (satker_id, tahun_dinilai),
// sakip_komponen (satker_id, tahun_dinilai, komponen), rb (satker_id, tahun),
// dpt (satker_id, pemilihan, tahun, tingkat_wilayah, wilayah). The indikator
// part is matched by folded text (homoglyphs folded, lower case, punctuation and
// whitespace collapsed): equal, or Jaccard >= 0.8 on the word sets, best pair
// first, one to one. Any missing row, extra row or differing field fails.
//
// Field comparison: numbers within 1e-6; *_teks, teks, kode_teks, keterangan
// and wilayah after folding homoglyphs, case and whitespace; descriptive text
// (sasaran, program, uraian) by folded similarity (equal letters, Jaccard >= 0.8
// or one nearly containing the other); everything else exactly.
//
// "temuan" lists findings that must be present (a subset check): a finding
// matches when its rule is equal and one of the listed lines lies inside its
// [baris_awal, baris_akhir] or is named as a number in its pesan or nilai.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/sqlrows"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

type gKind int

const (
	gkExact gKind = iota // trimmed string equality
	gkTeks               // homoglyph/case/whitespace-folded equality
	gkDesc               // descriptive text: folded similarity
	gkNum                // numbers within 1e-6
	gkBool
)

var goldenColumnKind = map[string]gKind{
	"satker_id": gkExact, "tingkat": gkExact, "satuan": gkExact, "jenis": gkExact,
	"kode": gkExact, "kode_induk": gkExact, "predikat": gkExact, "keyakinan": gkExact,
	"komponen": gkExact, "pemilihan": gkExact, "tingkat_wilayah": gkExact,
	"indikator_id": gkExact, "indikator_kunci": gkExact,

	"target_teks": gkTeks, "realisasi_teks": gkTeks, "capaian_teks": gkTeks, "teks": gkTeks,
	"kode_teks": gkTeks, "keterangan": gkTeks, "wilayah": gkTeks,

	"sasaran": gkDesc, "program": gkDesc, "indikator": gkDesc, "uraian": gkDesc,

	"tahun": gkNum, "tahun_dinilai": gkNum, "target_nilai": gkNum, "realisasi_nilai": gkNum,
	"capaian_lapor": gkNum, "capaian_hitung": gkNum, "pagu": gkNum, "realisasi": gkNum,
	"sisa": gkNum, "serapan_lapor": gkNum, "serapan_hitung": gkNum, "pagu_awal": gkNum,
	"revisi_dipa": gkNum, "nilai": gkNum, "bobot": gkNum, "persen": gkNum,
	"jumlah_desa": gkNum, "jumlah_tps": gkNum, "pemilih_l": gkNum, "pemilih_p": gkNum,
	"pemilih_total": gkNum,

	"tercapai": gkBool,
}

// goldenFamily is one contract view compared row by row.
type goldenFamily struct {
	name  string   // view name and golden key
	key   []string // natural key columns compared exactly (after folding)
	fuzzy string   // natural key column matched by text similarity, or ""
	cols  []string // compared columns
}

var goldenFamilies = []goldenFamily{
	{"capaian", []string{"satker_id", "tahun", "tingkat"}, "indikator", []string{
		"satker_id", "tahun", "tingkat", "sasaran", "indikator_id", "indikator", "indikator_kunci",
		"target_teks", "target_nilai", "realisasi_teks", "realisasi_nilai", "satuan",
		"capaian_lapor", "capaian_hitung", "tercapai", "program", "capaian_teks"}},
	{"capaian_seri", []string{"satker_id", "tahun", "jenis"}, "indikator", []string{
		"satker_id", "indikator_id", "indikator", "indikator_kunci", "tahun", "jenis", "teks", "nilai", "satuan"}},
	{"anggaran", []string{"satker_id", "tahun", "kode"}, "", []string{
		"satker_id", "tahun", "kode", "uraian", "tingkat", "pagu", "realisasi", "sisa",
		"serapan_lapor", "serapan_hitung", "kode_induk", "kode_teks", "pagu_awal", "revisi_dipa"}},
	{"sakip", []string{"satker_id", "tahun_dinilai"}, "", []string{
		"satker_id", "tahun_dinilai", "nilai", "predikat", "keyakinan"}},
	{"sakip_komponen", []string{"satker_id", "tahun_dinilai", "komponen"}, "", []string{
		"satker_id", "tahun_dinilai", "komponen", "bobot", "nilai"}},
	{"rb", []string{"satker_id", "tahun"}, "", []string{"satker_id", "tahun", "nilai", "bobot", "persen"}},
	{"dpt", []string{"satker_id", "pemilihan", "tahun", "tingkat_wilayah", "wilayah"}, "", []string{
		"satker_id", "pemilihan", "tahun", "tingkat_wilayah", "wilayah", "jumlah_desa", "jumlah_tps",
		"pemilih_l", "pemilih_p", "pemilih_total", "keterangan"}},
}

type gRow = map[string]any

type goldenTemuan struct {
	Aturan  string          `json:"aturan"`
	Baris   json.RawMessage `json:"baris"`
	Catatan string          `json:"catatan"`
}

type goldenFile struct {
	Dokumen      string
	DokumenHarap gRow
	Families     map[string][]gRow
	Temuan       []goldenTemuan
}

func TestGoldenRealDocuments(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files in testdata/golden")
	}
	for _, gf := range files {
		t.Run(strings.TrimSuffix(filepath.Base(gf), ".json"), func(t *testing.T) {
			runGoldenFile(t, gf)
		})
	}
}

func runGoldenFile(t *testing.T, goldenPath string) {
	g, err := loadGoldenFile(goldenPath)
	if err != nil {
		t.Fatalf("golden %s: %v", goldenPath, err)
	}
	src := sharedtest.Path(t, "corpus/real/"+g.Dokumen)
	ctx := t.Context()
	wh := whtest.New(t)
	conn := wh.Conn()

	sum, err := ingest.Run(ctx, wh, []string{src}, ingest.Options{})
	if err != nil {
		t.Fatalf("ingest.Run(%s): %v", src, err)
	}
	docID, err := goldenDocID(t, conn, src)
	if err != nil {
		t.Fatalf("document id: %v", err)
	}
	if sum.Loaded != 1 || sum.Rejected != 0 {
		var pesan sql.NullString
		_ = conn.QueryRowContext(ctx, "SELECT pesan FROM dokumen WHERE doc_id = ?", docID).Scan(&pesan)
		t.Fatalf("ingest summary: loaded %d, rejected %d (want 1, 0); dokumen.pesan: %s", sum.Loaded, sum.Rejected, pesan.String)
	}

	t.Run("dokumen", func(t *testing.T) {
		got, err := goldenQuery(ctx, conn, "SELECT * FROM dokumen WHERE doc_id = ?", docID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 {
			t.Fatalf("dokumen: %d rows for doc_id %s, want 1", len(got), docID)
		}
		for col, want := range g.DokumenHarap {
			k := goldenColumnKind[col] // satker_id exact, tahun numeric, status exact
			if col == "synthetic" {
				k = gkBool
			}
			v, present := got[0][col]
			if !present {
				t.Errorf("dokumen: view has no column %q", col)
				continue
			}
			if ok, w, gv := goldenCompareValue(k, want, v); !ok {
				t.Errorf("dokumen field %s: want %s, got %s", col, w, gv)
			}
		}
	})

	for _, f := range goldenFamilies {
		t.Run(f.name, func(t *testing.T) {
			want := g.Families[f.name]
			for i, r := range want {
				for _, c := range f.cols {
					if _, ok := r[c]; !ok {
						t.Fatalf("golden %s row %d (baris %s) lacks column %q", f.name, i, gBaris(r), c)
					}
				}
			}
			got, err := goldenQuery(ctx, conn, "SELECT * FROM "+f.name+" WHERE doc_id = ?", docID)
			if err != nil {
				t.Fatalf("query %s: %v", f.name, err)
			}
			if len(got) > 0 {
				for _, c := range f.cols {
					if _, ok := got[0][c]; !ok {
						t.Fatalf("view %s has no column %q (contract broken)", f.name, c)
					}
				}
			}
			diffs := goldenCompareFamily(f, want, got)
			t.Logf("%s: golden %d rows, view %d rows", f.name, len(want), len(got))
			if len(diffs) > 0 {
				t.Errorf("%s: %d difference(s) (golden %s):\n%s", f.name, len(diffs), filepath.Base(goldenPath), strings.Join(diffs, "\n"))
			}
		})
	}

	t.Run("temuan", func(t *testing.T) {
		got, err := goldenQuery(ctx, conn, "SELECT * FROM temuan WHERE doc_id = ?", docID)
		if err != nil {
			t.Fatalf("query temuan: %v", err)
		}
		counts := map[string]int{}
		for _, r := range got {
			counts[gStr(r["aturan"])]++
		}
		rules := make([]string, 0, len(counts))
		for k := range counts {
			rules = append(rules, fmt.Sprintf("%s×%d", k, counts[k]))
		}
		sort.Strings(rules)
		t.Logf("temuan in view: %d (%s)", len(got), strings.Join(rules, ", "))
		var missing []string
		for _, w := range g.Temuan {
			lines, err := gParseLines(w.Baris)
			if err != nil {
				t.Fatalf("golden temuan %s: baris %s: %v", w.Aturan, w.Baris, err)
			}
			if !goldenHasFinding(got, w.Aturan, lines) {
				var same []string
				for _, r := range got {
					if gStr(r["aturan"]) == w.Aturan {
						same = append(same, fmt.Sprintf("[%s-%s] %s", gStr(r["baris_awal"]), gStr(r["baris_akhir"]), gStr(r["pesan"])))
					}
				}
				msg := fmt.Sprintf("  MISSING temuan %s at line(s) %v", w.Aturan, lines)
				if w.Catatan != "" {
					msg += " — " + w.Catatan
				}
				if len(same) > 0 {
					msg += "\n      findings with this rule: " + strings.Join(same, "\n        ")
				}
				missing = append(missing, msg)
			}
		}
		if len(missing) > 0 {
			t.Errorf("temuan: %d expected finding(s) missing:\n%s", len(missing), strings.Join(missing, "\n"))
		}
	})
}

// goldenDocID finds the document by the path given to ingest.Run, then by its
// absolute path, then (one document in a fresh warehouse) by elimination.
func goldenDocID(t *testing.T, conn *sql.Conn, path string) (string, error) {
	ctx := t.Context()
	var id string
	err := conn.QueryRowContext(ctx, "SELECT doc_id FROM dokumen WHERE path = ?", path).Scan(&id)
	if err == nil {
		return id, nil
	}
	if abs, aerr := filepath.Abs(path); aerr == nil {
		if err2 := conn.QueryRowContext(ctx, "SELECT doc_id FROM dokumen WHERE path = ?", abs).Scan(&id); err2 == nil {
			t.Logf("dokumen.path holds the absolute path %s, not the path given to ingest.Run (%s)", abs, path)
			return id, nil
		}
	}
	all, qerr := goldenQuery(ctx, conn, "SELECT doc_id, path FROM dokumen")
	if qerr != nil {
		return "", errors.Join(err, qerr)
	}
	if len(all) == 1 {
		t.Logf("dokumen.path is %q, not the path given to ingest.Run (%s)", gStr(all[0]["path"]), path)
		return gStr(all[0]["doc_id"]), nil
	}
	return "", fmt.Errorf("no dokumen row with path %q (%d documents): %w", path, len(all), err)
}

func loadGoldenFile(path string) (*goldenFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	g := &goldenFile{Families: map[string][]gRow{}}
	decode := func(key string, v any) error {
		m, ok := raw[key]
		if !ok {
			return fmt.Errorf("missing key %q", key)
		}
		d := json.NewDecoder(bytes.NewReader(m))
		d.UseNumber()
		if err := d.Decode(v); err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		return nil
	}
	if err := decode("dokumen", &g.Dokumen); err != nil {
		return nil, err
	}
	if err := decode("dokumen_harap", &g.DokumenHarap); err != nil {
		return nil, err
	}
	if err := decode("temuan", &g.Temuan); err != nil {
		return nil, err
	}
	for _, f := range goldenFamilies {
		var rows []gRow
		if err := decode(f.name, &rows); err != nil {
			return nil, err
		}
		seen := map[string]string{}
		for _, r := range rows {
			k := goldenKey(f, r)
			if f.fuzzy != "" {
				k += "/" + gFoldWords(gStr(r[f.fuzzy]))
			}
			if prev, dup := seen[k]; dup {
				return nil, fmt.Errorf("%s: duplicate natural key %s (baris %s and %s)", f.name, k, prev, gBaris(r))
			}
			seen[k] = gBaris(r)
		}
		g.Families[f.name] = rows
	}
	return g, nil
}

// goldenQuery runs q and returns every row as column name -> normalised value
// (nil, string, float64, bool).
func goldenQuery(ctx context.Context, conn *sql.Conn, q string, args ...any) ([]gRow, error) {
	cols, rows, err := sqlrows.Query(ctx, conn, q, args...)
	if err != nil {
		return nil, err
	}
	var out []gRow
	for _, vals := range rows {
		r := gRow{}
		for i, c := range cols {
			r[c] = gNormalise(vals[i])
		}
		out = append(out, r)
	}
	return out, nil
}

func gNormalise(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case []byte:
		return string(x)
	case string:
		return x
	case bool:
		return x
	case int:
		return float64(x)
	case int8:
		return float64(x)
	case int16:
		return float64(x)
	case int32:
		return float64(x)
	case int64:
		return float64(x)
	case uint8:
		return float64(x)
	case uint16:
		return float64(x)
	case uint32:
		return float64(x)
	case uint64:
		return float64(x)
	case float32:
		return float64(x)
	case float64:
		return x
	case time.Time:
		return x.Format(time.RFC3339)
	case fmt.Stringer:
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

// goldenCompareFamily matches golden and view rows on the natural key and returns
// one readable line per difference.
func goldenCompareFamily(f goldenFamily, want, got []gRow) []string {
	byKeyW := map[string][]int{}
	byKeyG := map[string][]int{}
	var keys []string
	// index files the rows under their keys, noting each key the first time
	// either side shows it (golden rows first, so keys keep the golden order).
	index := func(rows []gRow, mine, other map[string][]int) {
		for i, r := range rows {
			k := goldenKey(f, r)
			if len(mine[k]) == 0 && len(other[k]) == 0 {
				keys = append(keys, k)
			}
			mine[k] = append(mine[k], i)
		}
	}
	index(want, byKeyW, byKeyG)
	index(got, byKeyG, byKeyW)
	var diffs []string
	for _, k := range keys {
		ws, gs := byKeyW[k], byKeyG[k]
		pairs, lostW, lostG := goldenPairUp(f, want, got, ws, gs)
		for _, p := range pairs {
			w, g := want[p[0]], got[p[1]]
			label := k
			if f.fuzzy != "" {
				label += fmt.Sprintf(" ~ %q", gShort(gStr(w[f.fuzzy])))
			}
			for _, c := range f.cols {
				if ok, ws, gs := goldenCompareValue(goldenColumnKind[c], w[c], g[c]); !ok {
					diffs = append(diffs, fmt.Sprintf("  %s [%s] field %s: want %s, got %s   (golden baris %s; view %s)",
						f.name, label, c, ws, gs, gBaris(w), gLineage(g)))
				}
			}
		}
		for _, i := range lostW {
			w := want[i]
			label := k
			if f.fuzzy != "" {
				label += fmt.Sprintf(" ~ %q", gShort(gStr(w[f.fuzzy])))
			}
			diffs = append(diffs, fmt.Sprintf("  %s [%s] MISSING row (golden baris %s)%s", f.name, label, gBaris(w), goldenCandidates(f, w, got, gs)))
		}
		for _, i := range lostG {
			g := got[i]
			label := k
			if f.fuzzy != "" {
				label += fmt.Sprintf(" ~ %q", gShort(gStr(g[f.fuzzy])))
			}
			diffs = append(diffs, fmt.Sprintf("  %s [%s] EXTRA row in view (%s): %s", f.name, label, gLineage(g), gRowSummary(f, g)))
		}
	}
	return diffs
}

// goldenPairUp matches the golden rows ws with the view rows gs that share one
// exact key: one to one, and by indicator similarity for fuzzy families.
func goldenPairUp(f goldenFamily, want, got []gRow, ws, gs []int) (pairs [][2]int, lostW, lostG []int) {
	if f.fuzzy == "" {
		n := min(len(ws), len(gs))
		for i := range n {
			pairs = append(pairs, [2]int{ws[i], gs[i]})
		}
		return pairs, ws[n:], gs[n:]
	}
	type cand struct {
		w, g  int
		score float64
	}
	var cs []cand
	for _, wi := range ws {
		for _, gi := range gs {
			if s := gSimilarity(gStr(want[wi][f.fuzzy]), gStr(got[gi][f.fuzzy])); s >= 0.8 {
				cs = append(cs, cand{wi, gi, s})
			}
		}
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].score != cs[b].score {
			return cs[a].score > cs[b].score
		}
		if cs[a].w != cs[b].w {
			return cs[a].w < cs[b].w
		}
		return cs[a].g < cs[b].g
	})
	usedW, usedG := map[int]bool{}, map[int]bool{}
	for _, c := range cs {
		if usedW[c.w] || usedG[c.g] {
			continue
		}
		usedW[c.w], usedG[c.g] = true, true
		pairs = append(pairs, [2]int{c.w, c.g})
	}
	for _, wi := range ws {
		if !usedW[wi] {
			lostW = append(lostW, wi)
		}
	}
	for _, gi := range gs {
		if !usedG[gi] {
			lostG = append(lostG, gi)
		}
	}
	return pairs, lostW, lostG
}

// goldenCandidates names the closest view rows for a missing golden row of a fuzzy
// family, to make a near miss in the indicator text easy to see.
func goldenCandidates(f goldenFamily, w gRow, got []gRow, gs []int) string {
	if f.fuzzy == "" || len(gs) == 0 {
		return ""
	}
	best, bestScore := -1, 0.0
	for _, gi := range gs {
		if s := gSimilarity(gStr(w[f.fuzzy]), gStr(got[gi][f.fuzzy])); s > bestScore {
			best, bestScore = gi, s
		}
	}
	if best < 0 {
		return ""
	}
	return fmt.Sprintf("; closest view row (similarity %.2f): %q", bestScore, gShort(gStr(got[best][f.fuzzy])))
}

func goldenKey(f goldenFamily, r gRow) string {
	parts := make([]string, len(f.key))
	for i, c := range f.key {
		v := r[c]
		switch goldenColumnKind[c] {
		case gkNum:
			if x, ok := gFloat(v); ok {
				parts[i] = strconv.FormatFloat(x, 'f', -1, 64)
			} else {
				parts[i] = gStr(v)
			}
		case gkTeks, gkDesc:
			parts[i] = gFoldWords(gStr(v))
		default:
			parts[i] = strings.TrimSpace(gStr(v))
		}
	}
	return strings.Join(parts, "/")
}

// goldenCompareValue reports whether got satisfies want for a column of kind k, with
// both rendered for a message.
func goldenCompareValue(k gKind, want, got any) (bool, string, string) {
	ws, gs := gRender(want), gRender(got)
	if s, ok := want.(string); ok && s == "*" {
		return true, ws, gs
	}
	wNull, gNull := gIsNull(want), gIsNull(got)
	if wNull || gNull {
		return wNull && gNull, ws, gs
	}
	switch k {
	case gkNum:
		wf, ok1 := gFloat(want)
		gf, ok2 := gFloat(got)
		return ok1 && ok2 && math.Abs(wf-gf) <= 1e-6, ws, gs
	case gkBool:
		wb, ok1 := want.(bool)
		gb, ok2 := got.(bool)
		return ok1 && ok2 && wb == gb, ws, gs
	case gkTeks:
		return gFoldTeks(gStr(want)) == gFoldTeks(gStr(got)), ws, gs
	case gkDesc:
		return gDescSimilar(gStr(want), gStr(got)), ws, gs
	default:
		return strings.TrimSpace(gStr(want)) == strings.TrimSpace(gStr(got)), ws, gs
	}
}

func gIsNull(v any) bool {
	if v == nil {
		return true
	}
	s, ok := v.(string)
	return ok && strings.TrimSpace(s) == ""
}

func gFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		return f, err == nil
	case bool:
		return 0, false
	}
	return 0, false
}

// gStr renders a value as text: NULL as "", a float64 without an exponent;
// strings and json.Number print as themselves.
func gStr(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

func gRender(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case string:
		return strconv.Quote(x)
	default:
		return gStr(x)
	}
}

func gShort(s string) string {
	if r := []rune(s); len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return s
}

func gBaris(r gRow) string {
	b, _ := json.Marshal(r["baris"])
	return string(b)
}

func gLineage(r gRow) string {
	return fmt.Sprintf("baris %s-%s, sumber %s", gStr(r["baris_awal"]), gStr(r["baris_akhir"]), gRender(r["sumber"]))
}

func gRowSummary(f goldenFamily, r gRow) string {
	parts := make([]string, 0, len(f.cols))
	for _, c := range f.cols {
		if v := r[c]; v != nil {
			parts = append(parts, c+"="+gShort(gRender(v)))
		}
	}
	return strings.Join(parts, " ")
}

// Text folding.

var goldenHomoglyphs = map[rune]rune{
	'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O',
	'Р': 'P', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'І': 'I',
	'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'н': 'h', 'к': 'k', 'м': 'm', 'о': 'o',
	'р': 'p', 'т': 't', 'х': 'x', 'у': 'y', 'і': 'i',
	'ı': 'i', 'ſ': 's', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
	'–': '-', '—': '-', '“': '"', '”': '"', '’': '\'',
}

func gFoldRune(r rune) rune {
	if h, ok := goldenHomoglyphs[r]; ok {
		r = h
	}
	return unicode.ToLower(r)
}

// gFoldTeks folds homoglyphs and case and drops all whitespace: for cell text
// such as "56,36 %", "BB*", "1 Dokumen (dakam)".
func gFoldTeks(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = gFoldRune(r)
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// gFoldWords folds homoglyphs and case, turns everything but letters and digits
// into spaces and collapses them.
func gFoldWords(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = gFoldRune(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func gLettersOnly(s string) string { return strings.ReplaceAll(gFoldWords(s), " ", "") }

func gJaccard(a, b string) float64 {
	wa, wb := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(gFoldWords(a)) {
		wa[w] = true
	}
	for _, w := range strings.Fields(gFoldWords(b)) {
		wb[w] = true
	}
	if len(wa) == 0 && len(wb) == 0 {
		return 1
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(wa)+len(wb)-inter)
}

// gSimilarity of two indicator texts: 1 when equal after folding (also when
// only the word breaks differ), else the Jaccard index of their word sets.
func gSimilarity(a, b string) float64 {
	if gFoldWords(a) == gFoldWords(b) || gLettersOnly(a) == gLettersOnly(b) {
		return 1
	}
	return gJaccard(a, b)
}

// gDescSimilar accepts descriptive text that is the same after folding, shares
// >= 80% of its words, or nearly contains the other: the letters of the
// shorter appear in order in the longer (>= 90% of them, so a "Sasaran
// Strategis 1 :" prefix, OCR-split words or a stray OCR letter pass), the
// shorter being at least 60% of the longer.
func gDescSimilar(want, got string) bool {
	if gSimilarity(want, got) >= 0.8 {
		return true
	}
	a, b := []rune(gLettersOnly(want)), []rune(gLettersOnly(got))
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 || float64(len(a)) < 0.6*float64(len(b)) {
		return false
	}
	return float64(gLCS(a, b)) >= 0.9*float64(len(a))
}

// gLCS is the length of the longest common subsequence of a and b.
func gLCS(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Findings.

func gParseLines(raw json.RawMessage) ([]int, error) {
	var one int
	if err := json.Unmarshal(raw, &one); err == nil {
		return []int{one}, nil
	}
	var many []int
	if err := json.Unmarshal(raw, &many); err != nil {
		return nil, err
	}
	if len(many) == 0 {
		return nil, errors.New("empty list")
	}
	return many, nil
}

func goldenHasFinding(got []gRow, aturan string, lines []int) bool {
	for _, r := range got {
		if gStr(r["aturan"]) != aturan {
			continue
		}
		lo, okLo := gFloat(r["baris_awal"])
		hi, okHi := gFloat(r["baris_akhir"])
		if okLo && !okHi {
			hi, okHi = lo, true
		}
		text := gStr(r["pesan"]) + " " + gStr(r["nilai"])
		for _, l := range lines {
			if okLo && okHi && float64(l) >= lo && float64(l) <= hi {
				return true
			}
			if gMentions(text, l) {
				return true
			}
		}
	}
	return false
}

func gMentions(text string, n int) bool {
	re := regexp.MustCompile(`(^|[^0-9.,])` + strconv.Itoa(n) + `($|[^0-9])`)
	return re.MatchString(text)
}
