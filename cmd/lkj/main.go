// Command lkj is the LKj data warehouse: it ingests the performance reports
// of KPU satkers into DuckDB, builds comparable marts, and writes reports and
// Parquet extracts. Run `lkj --help` for commands and exit codes.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
