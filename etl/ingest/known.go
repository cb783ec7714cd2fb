package ingest

import (
	"context"
	"database/sql"
	"sort"
	"strconv"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// knownDoc is what the warehouse held about one document when the run
// started.
type knownDoc struct{ version, status, pesan, identity string }

// catalog is the warehouse's documents, read once per run. The readers
// decide from byID whether a source is unchanged; the writer finds in
// loaded which earlier versions a new document replaces. One query per
// run instead of one per document: on a national corpus the per-document
// lookups were a third of the writer's statements.
type catalog struct {
	// byID is the state at the start of the run. Readers share it, so it
	// is never written after loadCatalog.
	byID map[string]knownDoc
	// loaded maps an identity (satker, year, kind) to the documents loaded
	// for it, and idOf back; the writer keeps both current after every
	// commit, and only after a commit, so they always match the warehouse.
	loaded  map[string]map[string]bool
	identOf map[string]string
}

func loadCatalog(ctx context.Context, conn *sql.Conn) (*catalog, error) {
	rows, err := conn.QueryContext(ctx, `SELECT doc_id, coalesce(parser_version, ''), status, coalesce(pesan, ''),
		coalesce(satker_id, ''), coalesce(tahun, 0), kind FROM etl_document`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	c := &catalog{byID: map[string]knownDoc{}, loaded: map[string]map[string]bool{}, identOf: map[string]string{}}
	for rows.Next() {
		var id, satker, kind string
		var tahun int
		var k knownDoc
		if err := rows.Scan(&id, &k.version, &k.status, &k.pesan, &satker, &tahun, &kind); err != nil {
			return nil, err
		}
		k.identity = identity(satker, tahun, kind)
		c.byID[id] = k
		if k.status == "loaded" {
			c.setLoaded(id, k.identity)
		}
	}
	return c, rows.Err()
}

// identity is what makes two documents versions of one report: the same
// satker, year and kind. A document without satker or year has none and
// never replaces another (SQL's NULL = NULL is not true either).
func identity(satker string, tahun int, kind string) string {
	if satker == "" || tahun == 0 {
		return ""
	}
	return satker + "/" + strconv.Itoa(tahun) + "/" + kind
}

func identityOfMeta(m facts.Meta) string { return identity(m.SatkerID, m.Tahun, kindOf(m)) }

func kindOf(m facts.Meta) string {
	if m.Kind == "" {
		return "lkj"
	}
	return m.Kind
}

// replaces lists, in a fixed order, the loaded documents that a document
// id with identity ident supersedes: every other one of that identity.
func (c *catalog) replaces(id, ident string) []string {
	if ident == "" {
		return nil
	}
	var out []string
	for d := range c.loaded[ident] {
		if d != id {
			out = append(out, d)
		}
	}
	sort.Strings(out)
	return out
}

func (c *catalog) setLoaded(id, ident string) {
	c.drop(id)
	if ident == "" {
		return
	}
	if c.loaded[ident] == nil {
		c.loaded[ident] = map[string]bool{}
	}
	c.loaded[ident][id] = true
	c.identOf[id] = ident
}

// drop records that id is no longer loaded (replaced or rejected).
func (c *catalog) drop(id string) {
	ident, ok := c.identOf[id]
	if !ok {
		return
	}
	delete(c.loaded[ident], id)
	if len(c.loaded[ident]) == 0 {
		delete(c.loaded, ident)
	}
	delete(c.identOf, id)
}
