package eval

import (
	"slices"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/sample"
)

// expRow is one expected view row after merging the truth documents that
// state the same natural key.
type expRow struct {
	vals map[string]any
	alts []map[string]any // other copies of the same rank, which the views may pick too
	cols []string         // compared columns
	own  bool             // stated by the subject satker's own document
}

// foundRow is one row the pipeline loaded into a contract view.
type foundRow struct {
	vals       map[string]any
	doc        string
	awal, akhr int
}

// raised is one finding the pipeline recorded.
type raised struct {
	aturan      string
	awal, akhir int
	text        string // pesan and nilai, for key matching
}

// expectFamily builds the expected rows of one view from all truth files.
// Where several documents state a key, the subject's own report wins (as
// the contract views prefer it); among equals only columns every copy
// states are compared, and a found row equal to any copy is exact, since
// the views may pick any of them (two reports may write one series value
// "81,27" and "81.27%").
func expectFamily(f family, truths []*truthFile, byID bool) map[string]*expRow {
	out := map[string]*expRow{}
	for _, t := range truths {
		for _, r := range t.rows(f.view) {
			k := f.key(r, byID)
			cols := compared(f.cols, r)
			own := str(r["satker_id"]) == t.SatkerID
			old, ok := out[k]
			switch {
			case !ok || (own && !old.own):
				out[k] = &expRow{vals: r, cols: cols, own: own}
			case own == old.own:
				old.cols = intersect(old.cols, cols)
				old.alts = append(old.alts, r)
			}
		}
	}
	return out
}

// compared is the family's compared columns less those the row says its
// document does not state.
func compared(cols []string, r map[string]any) []string {
	skip, _ := r["tidak_dibandingkan"].([]any)
	return slices.DeleteFunc(slices.Clone(cols), func(c string) bool {
		return slices.ContainsFunc(skip, func(s any) bool { return str(s) == c })
	})
}

// intersect keeps the columns of a that b has too, in a's order.
func intersect(a, b []string) []string {
	return slices.DeleteFunc(slices.Clone(a), func(c string) bool { return !slices.Contains(b, c) })
}

// score compares one view's expected and found rows. A found row is exact
// when every compared column equals the truth, wrong otherwise; a wrong row
// is flagged when its document has a finding on the row's lines or naming
// its key, silent-wrong when nothing warns the analyst.
func score(view string, exp map[string]*expRow, found map[string]*foundRow, fnd map[string][]raised) FamilyScore {
	s, _ := scoreDiffs(view, exp, found, fnd)
	return s
}

// Diff is one row the pipeline did not load exactly: Kind is
// "silent-wrong", "flagged", "wrong-key", "missing" or "extra"; a wrong row
// has one Diff per differing column.
type Diff struct {
	Family, Kind, Key string
	Column            string // wrong rows only
	Want, Got         any
	Doc               string // the warehouse doc_id of a found row
	Awal, Akhir       int    // the found row's lines
}

// scoreDiffs is score with the rows behind its counters, in key order. A
// missing row and an extra row that pairWrongKeys pairs are one row loaded
// under a wrong key: counted in Wrong and WrongKey, not as a miss and an
// invention; its Diffs (kind "wrong-key") are the column "kunci" (want the
// true key, got the loaded one) and one per differing column.
func scoreDiffs(view string, exp map[string]*expRow, found map[string]*foundRow, fnd map[string][]raised) (FamilyScore, []Diff) {
	var diffs []Diff
	s := FamilyScore{Family: view, Expected: len(exp), Found: len(found)}
	keys := make([]string, 0, len(exp))
	var missing, extra []string
	for k := range exp {
		keys = append(keys, k)
		if _, ok := found[k]; !ok {
			missing = append(missing, k)
		}
	}
	sort.Strings(keys)
	sort.Strings(missing)
	for k := range found {
		if _, ok := exp[k]; !ok {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	pairs := pairWrongKeys(exp, found, missing, extra)
	paired := make(map[string]bool, len(pairs))
	for _, x := range pairs {
		paired[x] = true
	}
	for _, k := range keys {
		e := exp[k]
		fk := k
		f, ok := found[k]
		if !ok {
			if fk, ok = pairs[k]; ok {
				f = found[fk]
			}
		}
		if !ok {
			s.Missing++
			diffs = append(diffs, Diff{Family: view, Kind: "missing", Key: k})
			continue
		}
		if fk == k && rowEqual(e, f) {
			s.Exact++
			continue
		}
		s.Wrong++
		kind := "silent-wrong"
		switch {
		case fk != k:
			// loaded under another key: whatever a finding says of the
			// row, it says it of a key nobody asks for
			s.WrongKey++
			kind = "wrong-key"
			diffs = append(diffs, Diff{Family: view, Kind: kind, Key: k, Column: "kunci", Want: k, Got: fk,
				Doc: f.doc, Awal: f.awal, Akhir: f.akhr})
		case flagged(k, f, fnd[f.doc]):
			s.Flagged++
			kind = "flagged"
		default:
			s.SilentWrong++
		}
		for _, c := range e.cols {
			if !equal(e.vals[c], f.vals[c]) {
				diffs = append(diffs, Diff{Family: view, Kind: kind, Key: k, Column: c, Want: e.vals[c], Got: f.vals[c],
					Doc: f.doc, Awal: f.awal, Akhir: f.akhr})
			}
		}
	}
	for _, k := range extra {
		if paired[k] {
			continue
		}
		s.Extra++
		f := found[k]
		diffs = append(diffs, Diff{Family: view, Kind: "extra", Key: k, Doc: f.doc, Awal: f.awal, Akhir: f.akhr})
	}
	s.finish()
	return s, diffs
}

func rowEqual(e *expRow, f *foundRow) bool {
	same := func(want map[string]any) bool {
		for _, c := range e.cols {
			if !equal(want[c], f.vals[c]) {
				return false
			}
		}
		return true
	}
	return same(e.vals) || slices.ContainsFunc(e.alts, same)
}

// flagged says whether a finding covers a found row: overlapping lines, or
// a message naming the key's last part (a code, a kecamatan, an indicator).
func flagged(key string, f *foundRow, fs []raised) bool {
	hint := key[strings.LastIndex(key, "|")+1:]
	hint = strings.TrimPrefix(strings.TrimPrefix(hint, "id:"), "t:")
	for _, r := range fs {
		if f.awal > 0 && r.awal > 0 && r.awal <= f.akhr && f.awal <= r.akhir {
			return true
		}
		if len(hint) >= 3 && strings.Contains(sample.FoldText(r.text), sample.FoldText(hint)) {
			return true
		}
	}
	return false
}

// finish derives precision, recall and F1 from the counters. Nothing found
// is a vacuous precision of 1, nothing expected a vacuous recall of 1, so a
// family absent from both truth and warehouse scores 1 and one with truth
// but no rows scores 0.
func (s *FamilyScore) finish() {
	s.Precision, s.Recall, s.F1 = 1, 1, 0
	if s.Found > 0 {
		s.Precision = float64(s.Exact) / float64(s.Found)
	}
	if s.Expected > 0 {
		s.Recall = float64(s.Exact) / float64(s.Expected)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}
