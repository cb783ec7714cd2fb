package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	duckdb "github.com/marcboeker/go-duckdb"
)

// How lkj query writes each DuckDB value. The driver hands back Go values
// that lose part of the SQL type (a DATE and a TIMESTAMP are both
// time.Time, a UUID and a BLOB both []byte, a STRUCT a Go map without its
// field order), so every value is written with its column's SQL type as
// go-duckdb names it (ColumnTypeDatabaseTypeName, e.g. "DECIMAL(18,3)",
// "INTEGER[]", `STRUCT("a" INTEGER)`, "MAP(VARCHAR, BIGINT)").
//
// The text is DuckDB's own (CAST(x AS VARCHAR)) for scalars, so a value
// reads the same in lkj and in the DuckDB shell; numbers are never passed
// through float64 unless they are floats.

// sqlType is a parsed DuckDB type name.
type sqlType struct {
	name     string     // DECIMAL, LIST, STRUCT, MAP, DATE, ...
	elem     *sqlType   // LIST
	key, val *sqlType   // MAP
	fields   []sqlField // STRUCT, in declaration order
}

type sqlField struct {
	name string
	typ  *sqlType
}

// parseSQLType reads a go-duckdb type name; an unreadable one gives a type
// with only its name, and values are then written by their Go type.
func parseSQLType(s string) *sqlType {
	t, _ := parseTypeAt(strings.TrimSpace(s))
	return t
}

func parseTypeAt(s string) (*sqlType, string) {
	i := 0
	for i < len(s) && (s[i] == '_' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	t := &sqlType{name: strings.ToUpper(s[:i])}
	rest := s[i:]
	if strings.HasPrefix(rest, "(") {
		switch t.name {
		case "STRUCT":
			rest = rest[1:]
			for len(rest) > 0 && rest[0] != ')' {
				var name string
				name, rest = parseIdent(strings.TrimLeft(rest, " "))
				var ft *sqlType
				ft, rest = parseTypeAt(strings.TrimLeft(rest, " "))
				t.fields = append(t.fields, sqlField{name, ft})
				rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), ",")
			}
			rest = strings.TrimPrefix(rest, ")")
		case "MAP":
			t.key, rest = parseTypeAt(strings.TrimLeft(rest[1:], " "))
			rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), ",")
			t.val, rest = parseTypeAt(strings.TrimLeft(rest, " "))
			rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), ")")
		default: // DECIMAL(18,3) and the like: the arguments do not matter
			if j := strings.IndexByte(rest, ')'); j >= 0 {
				rest = rest[j+1:]
			}
		}
	}
	for strings.HasPrefix(rest, "[]") {
		t = &sqlType{name: "LIST", elem: t}
		rest = rest[2:]
	}
	return t, rest
}

// parseIdent reads a struct field name: "quoted ""like"" this" or bare.
func parseIdent(s string) (string, string) {
	if !strings.HasPrefix(s, `"`) {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return s, ""
		}
		return s[:i], s[i:]
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] == '"' {
			if i+1 < len(s) && s[i+1] == '"' {
				b.WriteByte('"')
				i++
				continue
			}
			return b.String(), s[i+1:]
		}
		b.WriteByte(s[i])
	}
	return b.String(), ""
}

// numeric reports whether the type holds numbers (right-aligned in tables).
func (t *sqlType) numeric() bool {
	if t == nil {
		return false
	}
	switch t.name {
	case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
		"UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL", "VARINT":
		return true
	}
	return false
}

func (t *sqlType) is(name string) bool { return t != nil && t.name == name }

// cellText writes v as text: DuckDB's cast to VARCHAR for scalars; inside a
// LIST, STRUCT or MAP strings are quoted as SQL literals so [a, b] and ['a, b']
// stay apart. NULL is "NULL"; the CSV writer leaves it empty instead.
func cellText(v any, t *sqlType) string {
	return valueText(v, t, false)
}

func valueText(v any, t *sqlType, nested bool) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case string:
		if nested {
			return "'" + strings.ReplaceAll(x, "'", "''") + "'"
		}
		return x
	case bool:
		return strconv.FormatBool(x)
	case int8, int16, int32, int64, int, uint8, uint16, uint32, uint64, uint:
		return fmt.Sprint(x)
	case *big.Int:
		if x == nil {
			return "NULL"
		}
		return x.String()
	case float32:
		return floatText(float64(x), 32)
	case float64:
		return floatText(x, 64)
	case duckdb.Decimal:
		return decimalText(x)
	case *duckdb.Decimal:
		return decimalText(*x)
	case time.Time:
		return timeText(x, t)
	case duckdb.Interval:
		return intervalText(x)
	case []byte:
		if t.is("UUID") && len(x) == 16 {
			return uuidText(x)
		}
		s := blobText(x)
		if nested {
			return "'" + s + "'"
		}
		return s
	case duckdb.UUID:
		return uuidText(x[:])
	case []any:
		var elem *sqlType
		if t != nil {
			elem = t.elem
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = valueText(e, elem, true)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		var parts []string
		for _, f := range structFields(x, t) {
			parts = append(parts, "'"+strings.ReplaceAll(f.name, "'", "''")+"': "+valueText(x[f.name], f.typ, true))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case duckdb.Map:
		var parts []string
		for _, e := range mapEntries(x, t) {
			parts = append(parts, e.keyText+"="+valueText(e.val, e.valType, true))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

// floatText writes a float as DuckDB does: shortest round-trip digits,
// "nan", "inf" and "-inf", exponent notation only far from 1.
func floatText(f float64, bits int) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	if a := math.Abs(f); a != 0 && (a >= 1e21 || a < 1e-6) {
		return strconv.FormatFloat(f, 'e', -1, bits)
	}
	s := strconv.FormatFloat(f, 'f', -1, bits)
	if !strings.ContainsRune(s, '.') {
		s += ".0" // DuckDB marks a whole double as a float: 42.0
	}
	return s
}

// decimalText writes a DECIMAL exactly, with all of its scale's digits
// (DECIMAL(5,2) 12.5 is "12.50"), never through a float.
func decimalText(d duckdb.Decimal) string {
	if d.Value == nil {
		return "NULL"
	}
	digits := new(big.Int).Abs(d.Value).String()
	scale := int(d.Scale)
	if scale > 0 {
		if len(digits) <= scale {
			digits = strings.Repeat("0", scale-len(digits)+1) + digits
		}
		digits = digits[:len(digits)-scale] + "." + digits[len(digits)-scale:]
	}
	if d.Value.Sign() < 0 {
		return "-" + digits
	}
	return digits
}

// timeText writes a DATE, TIME, TIMESTAMP or TIMESTAMPTZ (go-duckdb gives
// all of them as UTC time.Time) in DuckDB's own form; fractions of a second
// appear only when present.
func timeText(x time.Time, t *sqlType) string {
	name := ""
	if t != nil {
		name = t.name
	}
	switch name {
	case "DATE":
		return x.Format("2006-01-02")
	case "TIME":
		return x.Format("15:04:05.999999")
	case "TIMESTAMPTZ":
		return x.UTC().Format("2006-01-02 15:04:05.999999-07")
	case "TIMESTAMP_NS":
		return x.Format("2006-01-02 15:04:05.999999999")
	}
	return x.Format("2006-01-02 15:04:05.999999")
}

// intervalText writes an INTERVAL as DuckDB does: "1 year 2 months 3 days
// 04:05:06.5", "00:00:00" when empty.
func intervalText(iv duckdb.Interval) string {
	var parts []string
	unit := func(n int64, one string) {
		if n == 0 {
			return
		}
		s := strconv.FormatInt(n, 10) + " " + one
		if n != 1 && n != -1 {
			s += "s"
		}
		parts = append(parts, s)
	}
	unit(int64(iv.Months/12), "year")
	unit(int64(iv.Months%12), "month")
	unit(int64(iv.Days), "day")
	if iv.Micros != 0 || len(parts) == 0 {
		m := iv.Micros
		sign := ""
		if m < 0 {
			sign, m = "-", -m
		}
		s := fmt.Sprintf("%s%02d:%02d:%02d", sign, m/3600e6, m/60e6%60, m/1e6%60)
		if frac := m % 1e6; frac != 0 {
			s += strings.TrimRight(fmt.Sprintf(".%06d", frac), "0")
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func uuidText(b []byte) string {
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// blobText writes a BLOB as DuckDB does: printable ASCII as is, every other
// byte (and the quote and backslash characters) as \xHH.
func blobText(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		if c >= 32 && c <= 126 && c != '\\' && c != '\'' && c != '"' {
			s.WriteByte(c)
		} else {
			fmt.Fprintf(&s, "\\x%02X", c)
		}
	}
	return s.String()
}

// structFields lists a STRUCT's fields in declaration order when the type
// is known, else by name (go-duckdb returns a Go map).
func structFields(m map[string]any, t *sqlType) []sqlField {
	if t != nil && len(t.fields) == len(m) {
		ok := true
		for _, f := range t.fields {
			if _, in := m[f.name]; !in {
				ok = false
			}
		}
		if ok {
			return t.fields
		}
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([]sqlField, len(names))
	for i, n := range names {
		out[i] = sqlField{name: n}
	}
	return out
}

type mapEntry struct {
	key     any
	keyText string
	val     any
	valType *sqlType
}

// mapEntries orders a MAP's entries. go-duckdb returns MAP as a Go map, so
// DuckDB's entry order is lost before lkj sees it; entries are sorted by key
// (numerically for numeric keys) so the same value always prints the same.
func mapEntries(m duckdb.Map, t *sqlType) []mapEntry {
	var kt, vt *sqlType
	if t != nil {
		kt, vt = t.key, t.val
	}
	type kv struct {
		k    any
		text string
		num  float64
		isN  bool
	}
	keys := make([]kv, 0, len(m))
	for k := range m {
		e := kv{k: k, text: valueText(k, kt, true)}
		if f, err := strconv.ParseFloat(valueText(k, kt, false), 64); err == nil {
			e.num, e.isN = f, true
		}
		keys = append(keys, e)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].isN && keys[j].isN && keys[i].num != keys[j].num {
			return keys[i].num < keys[j].num
		}
		return keys[i].text < keys[j].text
	})
	out := make([]mapEntry, len(keys))
	for i, k := range keys {
		out[i] = mapEntry{key: k.k, keyText: k.text, val: m[k.k], valType: vt}
	}
	return out
}

// writeJSONValue writes v as JSON: numbers as exact JSON numbers (DECIMAL
// and HUGEINT digits as they are), NaN and ±Inf as null (JSON has no such
// numbers), LIST as an array, STRUCT and MAP as objects in field (key)
// order, everything else as the string cellText gives.
func writeJSONValue(b *bytes.Buffer, v any, t *sqlType) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool, int8, int16, int32, int64, int, uint8, uint16, uint32, uint64, uint:
		b.WriteString(valueText(x, t, false))
	case *big.Int:
		b.WriteString(valueText(x, t, false))
	case float32, float64:
		f, _ := x.(float64)
		if g, ok := x.(float32); ok {
			f = float64(g)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			b.WriteString("null")
			return
		}
		b.WriteString(valueText(x, t, false))
	case duckdb.Decimal, *duckdb.Decimal:
		b.WriteString(valueText(x, t, false))
	case []any:
		var elem *sqlType
		if t != nil {
			elem = t.elem
		}
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONValue(b, e, elem)
		}
		b.WriteByte(']')
	case map[string]any:
		b.WriteByte('{')
		for i, f := range structFields(x, t) {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, f.name)
			b.WriteByte(':')
			writeJSONValue(b, x[f.name], f.typ)
		}
		b.WriteByte('}')
	case duckdb.Map:
		var kt *sqlType
		if t != nil {
			kt = t.key
		}
		b.WriteByte('{')
		for i, e := range mapEntries(x, t) {
			if i > 0 {
				b.WriteByte(',')
			}
			// The key unquoted: {"a": 1}, not {"'a'": 1}.
			writeJSONString(b, valueText(e.key, kt, false))
			b.WriteByte(':')
			writeJSONValue(b, e.val, e.valType)
		}
		b.WriteByte('}')
	default:
		writeJSONString(b, valueText(v, t, false))
	}
}

// writeJSONString writes s as a JSON string without HTML escaping (a
// terminal and jq want "<", not "\u003c").
func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // a string always encodes
	b.Truncate(b.Len() - 1) // Encode's newline
}
