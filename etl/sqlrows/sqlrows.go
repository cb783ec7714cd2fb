// Package sqlrows reads a query's result when its columns are known only at
// run time (a data test's offending rows, DESCRIBE of an export query): every
// value as the driver gives it, one []any per row. It is the one place that
// loop is written; callers convert the values as they need.
package sqlrows

import (
	"context"
	"database/sql"
)

// Querier is what Query runs on: a *sql.DB, *sql.Conn or *sql.Tx.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Query runs query on q and reads its whole result with All.
func Query(ctx context.Context, q Querier, query string, args ...any) ([]string, [][]any, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	return All(rows)
}

// All reads the rest of rows: the column names and each row's values, in
// order (nil when there is no row). It does not close rows.
func All(rows *sql.Rows) ([]string, [][]any, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, nil, err
	}
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, nil, err
		}
		out = append(out, vals)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	return cols, out, nil
}
