package report

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/marcboeker/go-duckdb"
)

// lkj query promises that nothing changes: not the warehouse, not a file,
// not the machine. Three layers keep that promise, each enough on its own
// for the common mistakes:
//
//  1. CheckReadOnly asks DuckDB for the type of every prepared statement and
//     accepts only SELECT (which covers WITH, DESCRIBE, SHOW, SUMMARIZE,
//     FROM-first, VALUES, TABLE and the PRAGMAs DuckDB rewrites to a SELECT,
//     such as table_info and show_tables) and EXPLAIN of such a statement.
//  2. The warehouse is opened read-only (access_mode=read_only), so DuckDB
//     itself refuses anything that would write it (nextval, CHECKPOINT).
//  3. Lockdown turns off extension install and autoload (no network),
//     optionally all file access, and then locks the configuration so the
//     query cannot SET any of it back.

// Refused is a query lkj query will not run, with the reason in words.
type Refused struct {
	Reason string
}

func (e *Refused) Error() string { return "query ditolak: " + e.Reason }

// IsUserError reports whether err is the query's own fault (refused, does
// not parse or bind, reads a file without --allow-files): exit 2, not 1.
func IsUserError(err error) bool {
	var r *Refused
	var p *errParse
	return errors.As(err, &r) || errors.As(err, &p)
}

// refuseReason says why a statement type is refused, in the analyst's words.
func refuseReason(t stmtType) string {
	switch t {
	case stInsert, stUpdate, stDelete:
		return fmt.Sprintf("%s mengubah data di gudang data; lkj query hanya membaca", t)
	case stCreate, stCreateFunc, stAlter, stDrop:
		return fmt.Sprintf("%s mengubah objek di gudang data (tabel, view, macro); lkj query hanya membaca", t)
	case stCopy:
		return "COPY menulis atau memuat berkas; untuk menyimpan hasil pakai --format csv|json|ndjson > berkas, untuk ekstrak Parquet pakai lkj export"
	case stExport:
		return "EXPORT DATABASE menulis berkas; untuk ekstrak pakai lkj export"
	case stLoad, stExtension:
		return "INSTALL/LOAD memasang atau memuat ekstensi DuckDB (bisa mengunduh dari jaringan); lkj query tidak memuat ekstensi"
	case stSet, stVariableSet:
		return "SET/RESET/USE mengubah pengaturan sesi; pengaturan lkj query terkunci"
	case stAttach, stDetach:
		return fmt.Sprintf("%s membuka atau menutup basis data lain; lkj query hanya membaca gudang data ini", t)
	case stPragma:
		return "PRAGMA ini mengubah pengaturan; hanya PRAGMA yang membaca (table_info, show_tables, database_size, storage_info, version) yang diizinkan"
	case stCall:
		return "CALL menjalankan prosedur (misalnya CHECKPOINT); fungsi tabel yang membaca dipanggil dengan SELECT * FROM fungsi(...)"
	case stTransaction:
		return "BEGIN/COMMIT/ROLLBACK tidak diperlukan: setiap query berjalan sendiri dan hanya membaca"
	case stPrepare, stExecute:
		return "PREPARE/EXECUTE/DEALLOCATE tidak didukung; tulis query-nya langsung"
	case stVacuum, stAnalyze:
		return fmt.Sprintf("%s menulis statistik ke gudang data; lkj query hanya membaca", t)
	}
	return fmt.Sprintf("pernyataan %s bukan pernyataan baca; yang diizinkan: SELECT, WITH, EXPLAIN, DESCRIBE, SHOW, SUMMARIZE dan PRAGMA yang membaca", t)
}

// CheckReadOnly returns nil when query is a single statement that only
// reads, a *Refused saying why when it is not, and DuckDB's parser or binder
// error (see IsUserError) when it is not valid SQL for this warehouse. It
// prepares the statements on conn but never runs them.
func CheckReadOnly(ctx context.Context, conn *sql.Conn, query string) error {
	return checkReadOnly(ctx, conn, query, 0)
}

func checkReadOnly(ctx context.Context, conn *sql.Conn, query string, depth int) error {
	// Preparing is not free of effects for every statement: DuckDB 1.1 binds
	// EXPORT DATABASE by creating its directory. Such statements are refused
	// by their first word before anything is prepared; the prepared type
	// below remains the check for everything else.
	for i, w := range statementFirstWords(query) {
		if w == "export" {
			reason := refuseReason(stExport)
			if i > 0 {
				reason = fmt.Sprintf("pernyataan ke-%d: %s", i+1, reason)
			}
			return &Refused{Reason: reason}
		}
	}
	types, err := statementTypes(ctx, conn, query)
	var pe *errParse
	if errors.As(err, &pe) && pe.at > 0 && pe.at >= len(statementFirstWords(query)) {
		// DuckDB failed on a statement the text does not have: it added it
		// itself. In DuckDB 1.1 only PIVOT does so, creating the ENUM of
		// the ON column's values first (a CREATE), which lkj query never runs.
		return &Refused{Reason: "DuckDB menambah pernyataan sendiri: PIVOT tanpa daftar IN membuat tipe ENUM sementara lebih dulu (sebuah CREATE); sebutkan nilainya: PIVOT ... ON kolom IN ('a', 'b')"}
	}
	if err != nil {
		// Binding already meets the file and extension refusals.
		if typed := typedPrepareError(ctx, conn, query, err); typed != err {
			if e := ExplainQueryError(typed); e != typed {
				return buildHint(ctx, conn, query, typed, e)
			}
		}
		return ExplainQueryError(err)
	}
	// Every statement is judged before the count, so "SELECT 1; DROP ..."
	// names the DROP rather than only the number of statements.
	for i, t := range types {
		switch t {
		case stSelect:
			continue
		case stExplain:
			// EXPLAIN ANALYZE runs its statement: the inner statement must
			// read too. Only a lone EXPLAIN can be cut out of the text.
			if len(types) == 1 && depth < 3 {
				inner, ok := explainInner(query)
				if !ok {
					return &Refused{Reason: "EXPLAIN ini tidak dapat diperiksa; tulis EXPLAIN [ANALYZE] SELECT ..."}
				}
				if err := checkReadOnly(ctx, conn, inner, depth+1); err != nil {
					var r *Refused
					if errors.As(err, &r) {
						return &Refused{Reason: "EXPLAIN ANALYZE menjalankan pernyataannya, dan " + r.Reason}
					}
					return err
				}
			}
			continue
		}
		reason := refuseReason(t)
		if len(types) > 1 {
			reason = fmt.Sprintf("pernyataan ke-%d: %s", i+1, reason)
		}
		return &Refused{Reason: reason}
	}
	if len(types) > 1 {
		return &Refused{Reason: fmt.Sprintf("query berisi %d pernyataan; lkj query menjalankan satu pernyataan saja (hanya hasil yang terakhir akan tampak)", len(types))}
	}
	return nil
}

// typedPrepareError returns err, the refusal of statementTypes, as the
// *duckdb.Error go-duckdb gives for the same refusal, so ExplainQueryError
// can decide by its type.
//
// statementTypes calls DuckDB's C API directly, and DuckDB 1.1's C API
// gives a prepare error as text only (there is no
// duckdb_prepare_error_type). Preparing the query again through go-duckdb
// binds it without running it (EXPORT, which binding would act on, is
// refused before), and go-duckdb types the error. Used only when it is the
// same refusal (the same message); otherwise err stays as it was, still a
// user error.
func typedPrepareError(ctx context.Context, conn *sql.Conn, query string, err error) error {
	stmt, perr := conn.PrepareContext(ctx, query)
	if perr == nil {
		stmt.Close()
		return err
	}
	var de *duckdb.Error
	if errors.As(perr, &de) && strings.HasSuffix(err.Error(), de.Msg) {
		return de
	}
	return err
}

// explainInner cuts "EXPLAIN [ANALYZE|ANALYSE]" from the front of a query
// DuckDB already typed as EXPLAIN, skipping comments and blanks.
func explainInner(q string) (string, bool) {
	rest := skipBlank(q)
	if !hasWord(rest, "explain") {
		return "", false
	}
	rest = skipBlank(rest[len("explain"):])
	for _, w := range []string{"analyze", "analyse"} {
		if hasWord(rest, w) {
			rest = skipBlank(rest[len(w):])
			break
		}
	}
	return rest, strings.TrimSpace(rest) != ""
}

// statementFirstWords returns the first word (lower case) of each
// statement of q, skipping comments and never looking inside string
// literals ('..', E'..', $tag$..$tag$) or quoted identifiers.
func statementFirstWords(q string) []string {
	var words []string
	atStart := true
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ';':
			atStart = true
			i++
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case strings.HasPrefix(q[i:], "--"):
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				return words
			}
			i += j + 1
		case strings.HasPrefix(q[i:], "/*"):
			j := strings.Index(q[i+2:], "*/")
			if j < 0 {
				return words
			}
			i += 2 + j + 2
		case c == '\'' || c == '"':
			atStart = false
			i = skipQuoted(q, i, c, i > 0 && (q[i-1] == 'e' || q[i-1] == 'E'))
		case c == '$':
			atStart = false
			i = skipDollar(q, i)
		default:
			j := i
			for j < len(q) && (q[j] == '_' || q[j] >= 'a' && q[j] <= 'z' || q[j] >= 'A' && q[j] <= 'Z' || q[j] >= '0' && q[j] <= '9') {
				j++
			}
			if j == i {
				j++
			} else if atStart {
				words = append(words, strings.ToLower(q[i:j]))
			}
			atStart = false
			i = j
		}
	}
	return words
}

// skipQuoted returns the index after the literal opened by q[i] == quote;
// a doubled quote stays inside, and so does \' in an E” string.
func skipQuoted(q string, i int, quote byte, backslash bool) int {
	for j := i + 1; j < len(q); j++ {
		switch {
		case backslash && q[j] == '\\':
			j++
		case q[j] == quote:
			if j+1 < len(q) && q[j+1] == quote {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(q)
}

// skipDollar skips a $tag$...$tag$ string; a lone $ (a parameter, $1) is
// one character.
func skipDollar(q string, i int) int {
	j := i + 1
	for j < len(q) && (q[j] == '_' || q[j] >= 'a' && q[j] <= 'z' || q[j] >= 'A' && q[j] <= 'Z' || q[j] >= '0' && q[j] <= '9') {
		j++
	}
	if j >= len(q) || q[j] != '$' {
		return i + 1
	}
	tag := q[i : j+1]
	if k := strings.Index(q[j+1:], tag); k >= 0 {
		return j + 1 + k + len(tag)
	}
	return len(q)
}

// skipBlank drops leading white space, semicolons and SQL comments.
func skipBlank(s string) string {
	for {
		t := strings.TrimLeft(s, " \t\r\n\f\v;")
		switch {
		case strings.HasPrefix(t, "--"):
			i := strings.IndexByte(t, '\n')
			if i < 0 {
				return ""
			}
			s = t[i+1:]
		case strings.HasPrefix(t, "/*"):
			i := strings.Index(t[2:], "*/")
			if i < 0 {
				return ""
			}
			s = t[2+i+2:]
		default:
			return t
		}
	}
}

// hasWord reports whether s starts with the keyword w (any case) followed
// by a non-identifier character.
func hasWord(s, w string) bool {
	if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
		return false
	}
	if len(s) == len(w) {
		return true
	}
	c := s[len(w)]
	return !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// Lockdown configures conn's database for an analyst's query: no extension
// is installed or loaded (so no network), files outside the warehouse are
// readable only when allowFiles is set, and the configuration is then locked
// so the query cannot SET anything back. Call it once, before the query.
func Lockdown(ctx context.Context, conn *sql.Conn, allowFiles bool) error {
	stmts := []string{
		"SET autoinstall_known_extensions = false",
		"SET autoload_known_extensions = false",
		"SET allow_community_extensions = false",
	}
	if !allowFiles {
		// Also closes COPY, ATTACH of files, replacement scans ('x.csv').
		stmts = append(stmts, "SET enable_external_access = false")
	}
	stmts = append(stmts, "SET lock_configuration = true")
	for _, s := range stmts {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("mengunci konfigurasi DuckDB (%s): %w", s, err)
		}
	}
	return nil
}

// ExplainQueryError turns DuckDB's refusals at run time into the reason an
// analyst needs; other errors pass unchanged. A query error that comes back
// as a *Refused or a user error exits 2 (see IsUserError). The decision is
// made on DuckDB's error type (errors.As a *duckdb.Error), never on its
// words; result columns go-duckdb cannot read are refused before the first
// row by their type (see unreadableType).
func ExplainQueryError(err error) error {
	if err == nil {
		return nil
	}
	var de *duckdb.Error
	if !errors.As(err, &de) {
		return err
	}
	msg := err.Error()
	switch de.Type {
	case duckdb.ErrorTypePermission:
		// Lockdown's enable_external_access = false is the only permission
		// lkj query withholds.
		return &Refused{Reason: "query membaca berkas di luar gudang data, dan itu dimatikan (--allow-files=false); jalankan dengan --allow-files untuk membaca berkas lokal: " + firstLine(msg)}
	case duckdb.ErrorTypeMissingExtension, duckdb.ErrorTypeAutoLoad:
		return &Refused{Reason: "query memerlukan ekstensi DuckDB yang tidak dimuat oleh lkj query (tidak ada akses jaringan): " + firstLine(msg)}
	case duckdb.ErrorTypeInvalidInput:
		// DuckDB gives a write that only a function attempts (nextval on
		// a read-only warehouse) the same type as a bad argument, so both
		// get DuckDB's words and the reminder.
		return &errParse{msg: msg + "\n(gudang data dibuka hanya-baca: fungsi yang menulis, seperti nextval, tidak dapat dijalankan)"}
	case duckdb.ErrorTypeCatalog:
		return &errParse{msg: msg}
	case duckdb.ErrorTypeParser, duckdb.ErrorTypeBinder,
		duckdb.ErrorTypeConversion, duckdb.ErrorTypeOutOfRange:
		return &errParse{msg: msg}
	}
	return err
}

// buildHint adds the remedy to explained, the user error for typed, when
// typed is a missing object (a Catalog error) and query names a model lkj
// build creates that the warehouse lacks.
func buildHint(ctx context.Context, q Querier, query string, typed, explained error) error {
	var p *errParse
	if !errors.As(explained, &p) || !isCatalogError(typed) || !namesMissingModel(ctx, q, query) {
		return explained
	}
	return &errParse{msg: p.msg + "\n(mart dibangun oleh lkj build; jalankan lkj build dulu)"}
}

// isCatalogError reports whether err is DuckDB's Catalog error (a table,
// view, type or function that does not exist).
func isCatalogError(err error) bool {
	var de *duckdb.Error
	return errors.As(err, &de) && de.Type == duckdb.ErrorTypeCatalog
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}
