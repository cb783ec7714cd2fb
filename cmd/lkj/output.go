package main

import (
	"io"

	"github.com/kpu-ntt/lkj/etl/report"
)

// resultSet is a query result held in memory for rendering.
type resultSet struct {
	cols []string
	rows [][]any
}

// maxTableRows bounds what a query prints; analysts wanting everything use csv
// or json output to a file, which have no limit.
const maxTableRows = 10000

// render writes rows held in memory (data-test samples) with lkj query's
// writer. Their SQL types are not known here, so values are written by their
// Go type; lkj query itself streams from the driver with the types.
func render(w io.Writer, rs *resultSet, format string) error {
	return report.NewQueryResult(rs.cols, nil, rs.rows).Write(w, format)
}
