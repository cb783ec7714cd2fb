package report_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/marcboeker/go-duckdb"

	"github.com/kpu-ntt/lkj/etl/report"
)

// typeCases are one value of every DuckDB type lkj query meets, with the
// text shown in table, markdown and csv and the JSON value. duck marks the
// scalars whose text must also equal DuckDB's own CAST(x AS VARCHAR).
var typeCases = []struct {
	name    string
	expr    string
	text    string
	json    string
	numeric bool
	duck    bool
}{
	{"decimal scale kept", "CAST(12.5 AS DECIMAL(5,2))", "12.50", "12.50", true, true},
	{"decimal sum*1.0 (issue 11)", "(SELECT sum(p) * 1.0 FROM (VALUES (CAST(429494150000 AS BIGINT))) t(p))", "429494150000.0", "429494150000.0", true, true},
	{"double integral", "CAST(42 AS DOUBLE)", "42.0", "42.0", true, true},
	{"decimal from sum", "(SELECT sum(v) * 1.0 FROM (VALUES (CAST(0.1 AS DECIMAL(18,1))), (0.2)) t(v))", "0.30", "0.30", true, true},
	{"decimal negative below one", "CAST(-0.05 AS DECIMAL(4,3))", "-0.050", "-0.050", true, true},
	{"decimal 38 digits", "CAST('1234567890123456789012345678.0123456789' AS DECIMAL(38,10))", "1234567890123456789012345678.0123456789", "1234567890123456789012345678.0123456789", true, true},
	{"hugeint max", "CAST('170141183460469231731687303715884105727' AS HUGEINT)", "170141183460469231731687303715884105727", "170141183460469231731687303715884105727", true, true},
	{"hugeint from sum", "(SELECT sum(v) FROM (VALUES (40), (2)) t(v))", "42", "42", true, true},
	{"bigint negative", "CAST(-9223372036854775808 AS BIGINT)", "-9223372036854775808", "-9223372036854775808", true, true},
	{"ubigint max", "CAST(18446744073709551615 AS UBIGINT)", "18446744073709551615", "18446744073709551615", true, true},
	{"double", "CAST(0.1 AS DOUBLE)", "0.1", "0.1", true, true},
	{"double large", "CAST(1e300 AS DOUBLE)", "1e+300", "1e+300", true, true},
	{"float", "CAST(0.1 AS FLOAT)", "0.1", "0.1", true, true},
	{"double NaN", "CAST('nan' AS DOUBLE)", "nan", "null", true, true},
	{"double +Inf", "CAST('inf' AS DOUBLE)", "inf", "null", true, true},
	{"double -Inf", "CAST('-inf' AS DOUBLE)", "-inf", "null", true, true},
	{"date without time", "DATE '2024-03-01'", "2024-03-01", `"2024-03-01"`, false, true},
	{"timestamp", "TIMESTAMP '2024-03-01 10:11:12'", "2024-03-01 10:11:12", `"2024-03-01 10:11:12"`, false, true},
	{"timestamp fraction", "TIMESTAMP '2024-03-01 10:11:12.5'", "2024-03-01 10:11:12.5", `"2024-03-01 10:11:12.5"`, false, true},
	{"timestamptz in UTC", "TIMESTAMPTZ '2024-03-01 10:11:12+02'", "2024-03-01 08:11:12+00", `"2024-03-01 08:11:12+00"`, false, false},
	{"time", "TIME '10:11:12.25'", "10:11:12.25", `"10:11:12.25"`, false, true},
	{"interval", "INTERVAL '1 year 2 months 3 days 04:05:06.5'", "1 year 2 months 3 days 04:05:06.5", `"1 year 2 months 3 days 04:05:06.5"`, false, true},
	{"interval negative", "INTERVAL '-2 days' - INTERVAL '90 minutes'", "-2 days -01:30:00", `"-2 days -01:30:00"`, false, true},
	{"interval zero", "INTERVAL '0 seconds'", "00:00:00", `"00:00:00"`, false, true},
	{"boolean", "true", "true", "true", false, true},
	{"varchar", "'Kupang, \"NTT\"'", `Kupang, "NTT"`, `"Kupang, \"NTT\""`, false, true},
	{"varchar html", "'<a&b>'", "<a&b>", `"<a&b>"`, false, true},
	{"uuid", "CAST('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS UUID)", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", `"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"`, false, true},
	{"blob", `'\xAA\x00ab''c'::BLOB`, `\xAA\x00ab\x27c`, `"\\xAA\\x00ab\\x27c"`, false, true},
	{"list", "[1, 2, NULL]", "[1, 2, NULL]", "[1,2,null]", false, false},
	{"list of varchar", "['a', 'b''c', NULL]", "['a', 'b''c', NULL]", `["a","b'c",null]`, false, false},
	{"list of decimal", "[CAST(1.5 AS DECIMAL(3,1)), -2.0]", "[1.5, -2.0]", "[1.5,-2.0]", false, false},
	{"list of dates", "[DATE '2024-01-02']", "[2024-01-02]", `["2024-01-02"]`, false, false},
	{"struct in field order", "{'zeta': 1, 'alpha': 'x', 'mid': DATE '2024-01-02'}", "{'zeta': 1, 'alpha': 'x', 'mid': 2024-01-02}", `{"zeta":1,"alpha":"x","mid":"2024-01-02"}`, false, false},
	{"struct nested", "{'a': [{'b': NULL}]}", "{'a': [{'b': NULL}]}", `{"a":[{"b":null}]}`, false, false},
	{"map sorted by key", "MAP {'k2': 2, 'k1': 1}", "{'k1'=1, 'k2'=2}", `{"k1":1,"k2":2}`, false, false},
	{"map numeric keys", "MAP {10: 'a', 9: 'b'}", "{9='b', 10='a'}", `{"9":"b","10":"a"}`, false, false},
	{"null integer", "CAST(NULL AS INTEGER)", "NULL", "null", true, false},
	{"null varchar", "CAST(NULL AS VARCHAR)", "NULL", "null", false, false},
}

func memDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func writeQuery(t *testing.T, db *sql.DB, q, format string) string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var b bytes.Buffer
	if _, err := report.WriteQuery(&b, rows, format, 0); err != nil {
		t.Fatalf("%s as %s: %v", q, format, err)
	}
	return b.String()
}

// boxTable is go-pretty's StyleLight with one column, aligned as lkj aligns.
func boxTable(header, cell string, right bool) string {
	w := max(utf8.RuneCountInString(header), utf8.RuneCountInString(cell))
	pad := func(s string) string {
		fill := strings.Repeat(" ", w-utf8.RuneCountInString(s))
		if right {
			return fill + s
		}
		return s + fill
	}
	line := strings.Repeat("─", w+2)
	return "┌" + line + "┐\n│ " + pad(header) + " │\n├" + line + "┤\n│ " + pad(cell) + " │\n└" + line + "┘\n"
}

func TestQueryTypesPerFormat(t *testing.T) {
	db := memDB(t)
	for _, c := range typeCases {
		q := "SELECT " + c.expr + " AS v"
		var csvBuf bytes.Buffer
		cw := csv.NewWriter(&csvBuf)
		csvCell := c.text
		if c.text == "NULL" {
			csvCell = "" // NULL is an empty CSV field
		}
		_ = cw.Write([]string{"v"})
		_ = cw.Write([]string{csvCell})
		cw.Flush()
		sep := "| --- |" // go-pretty's markdown separators
		if c.numeric {
			sep = "| ---:|"
		}
		want := map[string]string{
			"table":    boxTable("v", c.text, c.numeric),
			"markdown": "| v |\n" + sep + "\n| " + c.text + " |\n",
			"csv":      csvBuf.String(),
			"json":     "[\n  {\"v\":" + c.json + "}\n]\n",
			"ndjson":   "{\"v\":" + c.json + "}\n",
		}
		for _, f := range report.QueryFormats {
			t.Run(c.name+"/"+f, func(t *testing.T) {
				got := writeQuery(t, db, q, f)
				if got != want[f] {
					t.Errorf("%s as %s:\n got %q\nwant %q", c.expr, f, got, want[f])
				}
				if f == "json" && !json.Valid([]byte(got)) {
					t.Errorf("%s: invalid JSON %s", c.expr, got)
				}
			})
		}
		if c.duck {
			t.Run(c.name+"/same as DuckDB's cast", func(t *testing.T) {
				var s string
				if err := db.QueryRow("SELECT CAST(" + c.expr + " AS VARCHAR)").Scan(&s); err != nil {
					t.Fatal(err)
				}
				if s != c.text {
					t.Errorf("%s: DuckDB writes %q, lkj %q", c.expr, s, c.text)
				}
			})
		}
	}
}

func TestQueryJSONKeepsColumnOrder(t *testing.T) {
	db := memDB(t)
	q := "SELECT 2 AS zeta, 'x' AS alpha, CAST(1.50 AS DECIMAL(4,2)) AS mid FROM range(2)"
	if got, want := writeQuery(t, db, q, "ndjson"), "{\"zeta\":2,\"alpha\":\"x\",\"mid\":1.50}\n{\"zeta\":2,\"alpha\":\"x\",\"mid\":1.50}\n"; got != want {
		t.Errorf("ndjson:\n got %q\nwant %q", got, want)
	}
	if got, want := writeQuery(t, db, q, "json"), "[\n  {\"zeta\":2,\"alpha\":\"x\",\"mid\":1.50},\n  {\"zeta\":2,\"alpha\":\"x\",\"mid\":1.50}\n]\n"; got != want {
		t.Errorf("json:\n got %q\nwant %q", got, want)
	}
	if got, want := writeQuery(t, db, "SELECT 1 AS a WHERE false", "json"), "[]\n"; got != want {
		t.Errorf("empty json: got %q want %q", got, want)
	}
}

func TestQueryTableAlignsNumbers(t *testing.T) {
	db := memDB(t)
	got := writeQuery(t, db, "SELECT 'Alor' AS nama, sum(v) AS total, CAST(v AS DECIMAL(6,1)) AS d FROM (VALUES (5), (1000)) t(v) GROUP BY v ORDER BY v", "table")
	want := "┌──────┬───────┬────────┐\n" +
		"│ nama │ total │      d │\n" +
		"├──────┼───────┼────────┤\n" +
		"│ Alor │     5 │    5.0 │\n" +
		"│ Alor │  1000 │ 1000.0 │\n" +
		"└──────┴───────┴────────┘\n"
	if got != want {
		t.Errorf("table:\n%s\nwant\n%s", got, want)
	}
}

func TestQueryLimitTruncates(t *testing.T) {
	db := memDB(t)
	rows, err := db.Query("SELECT * FROM range(5) t(i)")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b bytes.Buffer
	truncated, err := report.WriteQuery(&b, rows, "markdown", 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := "| i |\n| ---:|\n| 0 |\n| 1 |\n"; !truncated || b.String() != want {
		t.Errorf("limit 2: truncated=%v\n got %q\nwant %q", truncated, b.String(), want)
	}
}
