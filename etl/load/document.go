package load

import (
	"context"
	"strings"
)

// DocumentRow is a document's etl_document row. It is staged through Arrow
// with the document's facts, so a group of documents costs one statement
// for its rows instead of one per document, and the fact count is written
// once, already known (the staged fact rows are checked on insert).
type DocumentRow struct {
	ID, Path, SHA256 string
	SatkerID         string // "" loads as NULL (unidentified)
	Tahun            int    // 0 loads as NULL
	Kind, Format     string
	Status           string // loaded or rejected
	Pesan            string // why rejected; "" loads as NULL
	ParserVersion    string
	Synthetic        bool
	Bytes            int64
	Facts            int64
	RunID            int64
	// Exists says the warehouse already has a row with this doc_id (the
	// same bytes read by an older reader, or rejected before). That row is
	// updated in place: DuckDB refuses deleting and re-inserting one
	// primary key in a transaction ("Duplicate key"), a documented
	// limitation of its indexes.
	Exists bool
}

const documentTableName = "etl_document"

var documentTable = table[DocumentRow]{documentTableName, []col[Row[DocumentRow]]{
	str("doc_id", func(r *R[DocumentRow]) string { return r.F.ID }),
	str("path", func(r *R[DocumentRow]) string { return r.F.Path }),
	str("sha256", func(r *R[DocumentRow]) string { return r.F.SHA256 }),
	nstr("satker_id", func(r *R[DocumentRow]) string { return r.F.SatkerID }),
	ni32("tahun", func(r *R[DocumentRow]) int { return r.F.Tahun }),
	str("kind", func(r *R[DocumentRow]) string { return r.F.Kind }),
	str("format", func(r *R[DocumentRow]) string { return r.F.Format }),
	str("status", func(r *R[DocumentRow]) string { return r.F.Status }),
	nstr("pesan", func(r *R[DocumentRow]) string { return r.F.Pesan }),
	str("parser_version", func(r *R[DocumentRow]) string { return r.F.ParserVersion }),
	boolv("synthetic", func(r *R[DocumentRow]) bool { return r.F.Synthetic }),
	i64v("bytes", func(r *R[DocumentRow]) int64 { return r.F.Bytes }),
	i64v("facts", func(r *R[DocumentRow]) int64 { return r.F.Facts }),
	i64v("run_id", func(r *R[DocumentRow]) int64 { return r.F.RunID }),
}}

// stageDocuments registers the rows of new documents (inserted) and of
// documents already known (updated in place) as two views: an Arrow stream
// can be scanned once only, so each statement gets its own.
func stageDocuments(ctx context.Context, s *Staged, items []Item) error {
	var ins, upd []Row[DocumentRow]
	for _, it := range items {
		if it.Row == nil {
			continue
		}
		r := Row[DocumentRow]{Doc: it.Row.ID, F: it.Row}
		if it.Row.Exists {
			upd = append(upd, r)
		} else {
			ins = append(ins, r)
		}
	}
	if err := stageFamily(ctx, s, documentTable, ins); err != nil {
		return err
	}
	if len(ins) > 0 {
		v := s.views[len(s.views)-1]
		// loaded_at is the transaction's time, as for every row of it.
		v.stmt = "INSERT INTO " + documentTableName + " (" + v.cols + ", loaded_at) SELECT " + v.cols +
			", now()::TIMESTAMP FROM memory.main." + v.name
	}
	if err := stageFamily(ctx, s, documentTable, upd); err != nil {
		return err
	}
	if len(upd) > 0 {
		v := s.views[len(s.views)-1]
		var set []string
		for _, c := range documentTable.cols[1:] {
			set = append(set, c.name+" = v."+c.name)
		}
		v.stmt = "UPDATE " + documentTableName + " AS d SET " + strings.Join(set, ", ") +
			", loaded_at = now()::TIMESTAMP FROM memory.main." + v.name + " AS v WHERE d.doc_id = v.doc_id"
	}
	return nil
}
