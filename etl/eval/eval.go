// Package eval scores what the pipeline loaded against the truth of a
// synthetic corpus (package sample): per contract view, how many expected
// rows were found exactly, found wrong (flagged by a finding or silently),
// missed, or invented; and how many of the findings each injected quirk
// should raise were raised.
//
// Silent-wrong rows are reported apart: a wrong value with a finding beside
// it costs an analyst a look, a wrong value without one costs a wrong
// decision.
package eval

import (
	"context"
	"database/sql"
	"fmt"
	"path"
	"strings"
)

// Options tune an evaluation run.
type Options struct {
	MinF1 float64 // families under this F1 fail the run (see Report.Below)
}

// FamilyScore is the comparison of one contract view. Wrong is Flagged +
// SilentWrong + WrongKey: WrongKey counts the rows loaded under another key
// than the truth's (a missing and an extra row paired, see pairWrongKeys),
// a wrong value for whoever asks for either key, and no finding on the
// loaded row excuses it.
type FamilyScore struct {
	Family                                                              string
	Expected, Found, Exact, Wrong, Missing, Extra, Flagged, SilentWrong int
	WrongKey                                                            int
	Precision, Recall, F1                                               float64
}

// Report is the whole evaluation. FindingsRaised counts expected findings
// that were raised; FindingsOther counts the pipeline's findings on corpus
// documents that no injected quirk predicts (not an error: real validators
// see more than the generator injects).
type Report struct {
	Families                                         []FamilyScore
	FindingsExpected, FindingsRaised, FindingsMissed int
	FindingsOther                                    int
	Documents, DocumentsFound                        int
	Diffs                                            []Diff // every row behind wrong, missing and extra, by family
}

// Querier is what Compare needs of a database: *sql.DB, *sql.Conn and
// *sql.Tx all qualify.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Compare reads the truth under truthDir (a corpus folder holding truth/,
// or the truth folder itself) and compares it with the contract views
// through q. Only rows of documents of the corpus count: a warehouse may
// hold real reports beside it.
func Compare(ctx context.Context, q Querier, truthDir string) (Report, error) {
	var rep Report
	truths, err := loadTruth(truthDir)
	if err != nil {
		return rep, err
	}
	rep.Documents = len(truths)
	docs, err := corpusDocs(ctx, q, truths)
	if err != nil {
		return rep, err
	}
	seen := map[string]bool{}
	for _, t := range docs {
		seen[t.SatkerID+"/"+fmt.Sprint(t.Tahun)] = true
	}
	rep.DocumentsFound = len(seen)
	fnd, err := findings(ctx, q, docs)
	if err != nil {
		return rep, err
	}
	byID := capaianByID(truths)
	for _, f := range families {
		exp := expectFamily(f, truths, byID)
		found, err := foundRows(ctx, q, f, docs, byID)
		if err != nil {
			return rep, err
		}
		sc, diffs := scoreDiffs(f.view, exp, found, fnd)
		rep.Families = append(rep.Families, sc)
		rep.Diffs = append(rep.Diffs, diffs...)
	}
	rep.FindingsExpected, rep.FindingsRaised, rep.FindingsOther = matchFindings(truths, docs, fnd)
	rep.FindingsMissed = rep.FindingsExpected - rep.FindingsRaised
	return rep, nil
}

// capaianByID decides the indicator key: ids only when every truth row
// carries one.
func capaianByID(truths []*truthFile) bool {
	n := 0
	for _, t := range truths {
		for _, r := range append(append([]map[string]any{}, t.Capaian...), t.CapaianSeri...) {
			if str(r["indikator_id"]) == "" {
				return false
			}
			n++
		}
	}
	return n > 0
}

// corpusDocs maps the warehouse's doc_ids to truth files: by path suffix
// (the truth's path relative to the corpus folder), else by satker and year.
func corpusDocs(ctx context.Context, q Querier, truths []*truthFile) (map[string]*truthFile, error) {
	rows, err := q.QueryContext(ctx, "SELECT doc_id, path, satker_id, tahun FROM dokumen")
	if err != nil {
		return nil, fmt.Errorf("eval: reading dokumen: %w", err)
	}
	defer rows.Close()
	byPath, bySY := map[string]*truthFile{}, map[string]*truthFile{}
	for _, t := range truths {
		byPath[path.Clean(t.Path)] = t
		bySY[t.SatkerID+"/"+fmt.Sprint(t.Tahun)] = t
	}
	out := map[string]*truthFile{}
	type cand struct{ id, sy string }
	var rest []cand
	for rows.Next() {
		var id string
		var p, satker sql.NullString
		var tahun sql.NullInt64
		if err := rows.Scan(&id, &p, &satker, &tahun); err != nil {
			return nil, fmt.Errorf("eval: reading dokumen: %w", err)
		}
		if t := matchPath(byPath, p.String); t != nil {
			out[id] = t
			continue
		}
		rest = append(rest, cand{id, satker.String + "/" + fmt.Sprint(tahun.Int64)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading dokumen: %w", err)
	}
	if len(out) == 0 {
		for _, c := range rest {
			if t, ok := bySY[c.sy]; ok {
				out[c.id] = t
			}
		}
	}
	return out, nil
}

// matchPath finds the truth whose relative path ends the loaded path.
func matchPath(byPath map[string]*truthFile, p string) *truthFile {
	p = path.Clean(strings.ReplaceAll(p, "\\", "/"))
	parts := strings.Split(p, "/")
	for i := range parts {
		if t, ok := byPath[strings.Join(parts[i:], "/")]; ok {
			return t
		}
	}
	return nil
}

// findings reads the temuan view for corpus documents.
func findings(ctx context.Context, q Querier, docs map[string]*truthFile) (map[string][]raised, error) {
	rows, err := q.QueryContext(ctx, "SELECT doc_id, aturan, baris_awal, baris_akhir, pesan, nilai FROM temuan")
	if err != nil {
		return nil, fmt.Errorf("eval: reading temuan: %w", err)
	}
	defer rows.Close()
	out := map[string][]raised{}
	for rows.Next() {
		var id, aturan string
		var awal, akhir sql.NullInt64
		var pesan, nilai sql.NullString
		if err := rows.Scan(&id, &aturan, &awal, &akhir, &pesan, &nilai); err != nil {
			return nil, fmt.Errorf("eval: reading temuan: %w", err)
		}
		if docs[id] == nil {
			continue
		}
		out[id] = append(out[id], raised{aturan: aturan, awal: int(awal.Int64), akhir: int(akhir.Int64), text: pesan.String + " " + nilai.String})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading temuan: %w", err)
	}
	return out, nil
}

// foundRows reads one view, keeping rows of corpus documents.
func foundRows(ctx context.Context, q Querier, f family, docs map[string]*truthFile, byID bool) (map[string]*foundRow, error) {
	rows, err := q.QueryContext(ctx, "SELECT * FROM "+f.view)
	if err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", f.view, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", f.view, err)
	}
	out := map[string]*foundRow{}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("eval: reading %s: %w", f.view, err)
		}
		r := make(map[string]any, len(cols))
		for i, c := range cols {
			v := vals[i]
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			r[c] = v
		}
		id := str(r["doc_id"])
		if docs[id] == nil {
			continue
		}
		k := f.key(r, byID)
		if _, dup := out[k]; dup {
			continue
		}
		fr := &foundRow{vals: r, doc: id}
		if v, ok := num(r["baris_awal"]); ok {
			fr.awal = int(v)
		}
		if v, ok := num(r["baris_akhir"]); ok {
			fr.akhr = int(v)
		}
		out[k] = fr
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", f.view, err)
	}
	return out, nil
}

// matchFindings counts expected findings raised in their document with the
// same rule on an overlapping span (the truth's own span or one it names).
// A finding without lines matches by rule alone, and so does every finding
// of a PDF: the truth counts the lines of the text the PDF draws, the
// warehouse those of the text read back from it (pages, repeated headings).
func matchFindings(truths []*truthFile, docs map[string]*truthFile, fnd map[string][]raised) (expected, raisedN, other int) {
	ids := map[*truthFile][]string{}
	for id, t := range docs {
		ids[t] = append(ids[t], id)
	}
	for _, t := range truths {
		used := map[string]map[int]bool{}
		for _, e := range t.Temuan {
			expected++
			spans := append([]baris{{e.Awal, e.Akhir}}, toBaris(e.Lain)...)
			if t.Format == "pdf" {
				spans = []baris{{0, 0}}
			}
		search:
			for _, id := range ids[t] {
				for i, r := range fnd[id] {
					if r.aturan != e.Aturan || used[id][i] {
						continue
					}
					for _, sp := range spans {
						if r.awal == 0 || sp.a == 0 || (r.awal <= sp.b && sp.a <= r.akhir) {
							if used[id] == nil {
								used[id] = map[int]bool{}
							}
							used[id][i] = true
							raisedN++
							break search
						}
					}
				}
			}
		}
		for _, id := range ids[t] {
			other += len(fnd[id]) - len(used[id])
		}
	}
	return expected, raisedN, other
}
