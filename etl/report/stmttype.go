package report

// The type of a prepared statement, asked of DuckDB itself.
//
// go-duckdb v1.8.2 (the version this project pins) prepares every statement
// through DuckDB's C API but does not export duckdb_prepared_statement_type:
// its stmt and conn types are unexported and have no such method. The C
// function is in the libduckdb that go-duckdb links into the binary, so this
// file declares the few C API functions it needs and calls them on the very
// connection the query will run on. The C declarations below copy duckdb.h
// of DuckDB v1.1 (the one go-duckdb v1.8.2 bundles); the handle types are
// opaque pointers, so only the function signatures matter.

/*
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t idx_t;
typedef struct _duckdb_connection { void *internal_ptr; } *duckdb_connection;
typedef struct _duckdb_extracted_statements { void *internal_ptr; } *duckdb_extracted_statements;
typedef struct _duckdb_prepared_statement { void *internal_ptr; } *duckdb_prepared_statement;

idx_t duckdb_extract_statements(duckdb_connection connection, const char *query, duckdb_extracted_statements *out);
const char *duckdb_extract_statements_error(duckdb_extracted_statements statements);
void duckdb_destroy_extracted(duckdb_extracted_statements *statements);
int duckdb_prepare_extracted_statement(duckdb_connection connection, duckdb_extracted_statements statements, idx_t index, duckdb_prepared_statement *out);
const char *duckdb_prepare_error(duckdb_prepared_statement statement);
void duckdb_destroy_prepare(duckdb_prepared_statement *statement);
int duckdb_prepared_statement_type(duckdb_prepared_statement statement);

// lkj_statement_types splits query into statements, prepares each (parse and
// bind, never execute) and writes their types to out. It returns the number
// of statements, or -1 when the query does not parse and -(i+2) when
// statement i does not prepare; *err then holds a malloc'd copy of DuckDB's
// message (DuckDB's own string dies with the handle).
static long lkj_statement_types(duckdb_connection con, const char *query, int *out, long max, char **err) {
	duckdb_extracted_statements stmts = NULL;
	idx_t n = duckdb_extract_statements(con, query, &stmts);
	if (n == 0) {
		const char *e = duckdb_extract_statements_error(stmts);
		*err = e ? strdup(e) : NULL;
		duckdb_destroy_extracted(&stmts);
		return -1;
	}
	for (idx_t i = 0; i < n && (long)i < max; i++) {
		duckdb_prepared_statement p = NULL;
		if (duckdb_prepare_extracted_statement(con, stmts, i, &p) != 0) {
			const char *e = duckdb_prepare_error(p);
			*err = e ? strdup(e) : NULL;
			duckdb_destroy_prepare(&p);
			duckdb_destroy_extracted(&stmts);
			return -(long)i - 2;
		}
		out[i] = duckdb_prepared_statement_type(p);
		duckdb_destroy_prepare(&p);
	}
	duckdb_destroy_extracted(&stmts);
	return (long)n;
}
*/
import "C"

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"unsafe"

	_ "github.com/marcboeker/go-duckdb" // links libduckdb, whose C API is called here
)

// stmtType is DuckDB's duckdb_statement_type (duckdb.h, DuckDB v1.1).
type stmtType int

const (
	stInvalid     stmtType = 0
	stSelect      stmtType = 1
	stInsert      stmtType = 2
	stUpdate      stmtType = 3
	stExplain     stmtType = 4
	stDelete      stmtType = 5
	stPrepare     stmtType = 6
	stCreate      stmtType = 7
	stExecute     stmtType = 8
	stAlter       stmtType = 9
	stTransaction stmtType = 10
	stCopy        stmtType = 11
	stAnalyze     stmtType = 12
	stVariableSet stmtType = 13
	stCreateFunc  stmtType = 14
	stDrop        stmtType = 15
	stExport      stmtType = 16
	stPragma      stmtType = 17
	stVacuum      stmtType = 18
	stCall        stmtType = 19
	stSet         stmtType = 20
	stLoad        stmtType = 21
	stRelation    stmtType = 22
	stExtension   stmtType = 23
	stLogicalPlan stmtType = 24
	stAttach      stmtType = 25
	stDetach      stmtType = 26
	stMulti       stmtType = 27
)

var stmtTypeNames = map[stmtType]string{
	stInvalid: "INVALID", stSelect: "SELECT", stInsert: "INSERT", stUpdate: "UPDATE",
	stExplain: "EXPLAIN", stDelete: "DELETE", stPrepare: "PREPARE", stCreate: "CREATE",
	stExecute: "EXECUTE", stAlter: "ALTER", stTransaction: "TRANSACTION", stCopy: "COPY",
	stAnalyze: "ANALYZE", stVariableSet: "SET VARIABLE", stCreateFunc: "CREATE FUNCTION",
	stDrop: "DROP", stExport: "EXPORT", stPragma: "PRAGMA", stVacuum: "VACUUM", stCall: "CALL",
	stSet: "SET", stLoad: "LOAD/INSTALL", stRelation: "RELATION", stExtension: "EXTENSION",
	stLogicalPlan: "LOGICAL_PLAN", stAttach: "ATTACH", stDetach: "DETACH", stMulti: "MULTI",
}

func (t stmtType) String() string {
	if s, ok := stmtTypeNames[t]; ok {
		return s
	}
	return fmt.Sprintf("tipe %d", int(t))
}

// maxStatements bounds how many statements of one query are examined; a
// query with more is refused whole.
const maxStatements = 64

// errParse is DuckDB's parser or binder refusing the query: the user's
// mistake, reported with DuckDB's own words.
type errParse struct {
	msg string
	at  int // index of the statement DuckDB refused, 0 when not known
}

func (e *errParse) Error() string { return e.msg }

// statementTypes parses and prepares (never runs) every statement of query
// on conn and returns their types in order.
func statementTypes(ctx context.Context, conn *sql.Conn, query string) ([]stmtType, error) {
	var types []stmtType
	err := conn.Raw(func(driverConn any) error {
		con, err := duckdbHandle(driverConn)
		if err != nil {
			return err
		}
		cq := C.CString(query)
		defer C.free(unsafe.Pointer(cq))
		out := make([]C.int, maxStatements)
		var cerr *C.char
		n := C.lkj_statement_types(con, cq, &out[0], C.long(len(out)), &cerr)
		msg := ""
		if cerr != nil {
			msg = C.GoString(cerr)
			C.free(unsafe.Pointer(cerr))
		}
		switch {
		case n == -1:
			return &errParse{msg: msg}
		case n < -1:
			i := int(-n - 2)
			if i > 0 {
				msg = fmt.Sprintf("pernyataan ke-%d: %s", i+1, msg)
			}
			return &errParse{msg: msg, at: i}
		case int(n) > len(out):
			return &Refused{Reason: fmt.Sprintf("query berisi %d pernyataan; lkj query menjalankan satu pernyataan saja", int(n))}
		}
		for _, t := range out[:n] {
			types = append(types, stmtType(t))
		}
		return nil
	})
	return types, err
}

// duckdbHandle digs the C connection handle out of go-duckdb's unexported
// conn (field duckdbCon in v1.8.2). Any other shape fails closed: the query
// is not run when its type cannot be asked.
func duckdbHandle(driverConn any) (C.duckdb_connection, error) {
	v := reflect.ValueOf(driverConn)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, errUnknownDriver(driverConn)
	}
	f := v.Elem().FieldByName("duckdbCon")
	if !f.IsValid() || f.Kind() != reflect.Pointer || f.Type().Size() != unsafe.Sizeof(uintptr(0)) {
		return nil, errUnknownDriver(driverConn)
	}
	p := *(*unsafe.Pointer)(unsafe.Pointer(f.UnsafeAddr()))
	if p == nil {
		return nil, errors.New("koneksi DuckDB sudah ditutup")
	}
	return C.duckdb_connection(p), nil
}

func errUnknownDriver(driverConn any) error {
	return fmt.Errorf("tipe pernyataan tidak dapat diperiksa: driver %T bukan go-duckdb v1.8.2 yang dikenal; query tidak dijalankan", driverConn)
}
