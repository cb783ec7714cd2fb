package parse

import (
	"math"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// GDAL's ogrinfo lists a vector layer's attribute table one feature a
// block, each opened by its marker and holding one line a field, the
// field's type between the name and the value:
//
//	$ ogrinfo -al -geom=NO batas_kec_dpt2020.shp
//	INFO: Open of `batas_kec_dpt2020.shp'
//	Layer name: batas_kec_dpt2020
//	Feature Count: 6
//	NAMA_KEC: String (40.0)
//	PMLH_L: Integer (9.0)
//	OGRFeature(batas_kec_dpt2020):0
//	  NAMA_KEC (String) = KOTA WAIKABUBAK
//	  PMLH_L (Integer) = 19012
//
// These are the vertical records of a query tool (vertical_records.go)
// with another marker: the feature ids count from 0 and need not follow
// each other (a -where filter), the type annotation is no part of the
// name, a geometry line may stand among the fields, and a page break of
// a printed listing may leave blank lines inside a block. The features of
// one layer naming the same fields in the same order are one TAB table,
// the field names its header (header_snake.go spells "PMLH_L", "JML_TPS",
// "NAMA_KEC" out), written over the listing and its layer head, so the
// ordinary readers read it by its names and prove each row themselves
// (L + P = total, pagu − realisasi = sisa). A layer has no total row:
// the region above is another layer (the kabupaten's boundary) listed
// right after, with one feature. That feature becomes the table's JUMLAH
// row only when every figure it holds is the sum of the column above it;
// otherwise it is left as written and nothing is read from it.

// ogrListings rewrites the ogrinfo listings of a text as TAB tables; data
// itself when it holds none.
func ogrListings(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, "OGRFeature(") || !docHas(doc, data, "OGRFeature(") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := ogrMarker(lines[i]); !ok {
			continue
		}
		t, end, ok := ogrLayer(lines, i)
		if !ok {
			i = max(i, end-1)
			continue
		}
		t.from = ogrHeadStart(lines, i)
		if j := ogrHeadEnd(lines, end); j < len(lines) {
			if tot, end2, ok := ogrLayer(lines, j); ok && len(tot.rows) == 1 {
				if row, ok := ogrTotal(t, tot); ok {
					t.rows = append(t.rows, row)
					t.at = append(t.at, tot.at[0])
					t.to, end = end2, end2
				}
			}
		}
		if len(t.rows) >= 2 {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// ogrMarker reads a feature's marker line "OGRFeature(layer):n"; the layer.
func ogrMarker(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "OGRFeature(") {
		return "", false
	}
	k := strings.LastIndex(t, "):")
	if k < len("OGRFeature(") || !allDigits(t[k+2:]) || t[k+2:] == "" {
		return "", false
	}
	return t[len("OGRFeature("):k], true
}

// ogrField cuts a field line "NAME (Type) = value" or "NAME = value": the
// name (an identifier, the type dropped) and the value.
func ogrField(l string) (string, string, bool) {
	k := strings.IndexByte(l, '=')
	if k <= 0 {
		return "", "", false
	}
	name := strings.TrimSpace(l[:k])
	if p := strings.IndexByte(name, '('); p > 0 && strings.HasSuffix(name, ")") {
		if !identifier(strings.ReplaceAll(name[p+1:len(name)-1], " ", "")) {
			return "", "", false
		}
		name = strings.TrimSpace(name[:p]) // "(String)", "(Integer64)", "(Real)"
	}
	if !identifier(name) || len(name) > 60 {
		return "", "", false
	}
	return name, strings.TrimSpace(l[k+1:]), true
}

// ogrGeometry: a feature's geometry line ("  POLYGON ((…))", "  POINT (…)",
// "  MULTIPOLYGON : 12 geometries" of -geom=SUMMARY), no field.
func ogrGeometry(l string) bool {
	t := strings.TrimSpace(l)
	for _, g := range [...]string{"POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"} {
		if strings.HasPrefix(t, g+" ") || strings.HasPrefix(t, g+"(") {
			return true
		}
	}
	return false
}

// ogrLayer reads the features of one layer from the marker at lines[i]:
// the table (to is the line after the last field), the line it stopped
// at, and whether every feature names the same fields in the same order.
func ogrLayer(lines []string, i int) (vertTable, int, bool) {
	layer, _ := ogrMarker(lines[i])
	t := vertTable{from: i}
	k := i
	for k < len(lines) {
		if l, ok := ogrMarker(lines[k]); !ok || l != layer {
			break
		}
		k++
		var names, vals []string
		from := k
		for k < len(lines) && (t.header == nil || len(names) < len(t.header)) {
			l := strings.TrimRight(lines[k], "\r")
			if strings.TrimSpace(l) == "" || ogrGeometry(l) {
				k++
				continue
			}
			name, val, ok := ogrField(l)
			if !ok {
				break
			}
			names = append(names, name)
			vals = append(vals, val)
			k++
			t.to = k
		}
		if t.header == nil {
			if len(names) < 2 {
				return t, k, false
			}
			t.header = names
		}
		if strings.Join(names, "\x00") != strings.Join(t.header, "\x00") {
			return t, k, false // features of other fields: which column is which is not stated
		}
		t.rows = append(t.rows, vals)
		t.at = append(t.at, from)
		for k < len(lines) && (strings.TrimSpace(lines[k]) == "" || ogrGeometry(lines[k])) {
			k++
		}
	}
	return t, t.to, len(t.rows) > 0
}

// ogrHeadLine: a line ogrinfo prints before a layer's features: the
// command, the driver's report, the layer's head, its field list
// ("NAMA_KEC: String (40.0)") and its spatial reference's WKT, or a note
// in parentheses standing for it ("(not typed)") right under its title.
func ogrHeadLine(lines []string, k int) bool {
	t := strings.TrimSpace(lines[k])
	for _, p := range [...]string{"$ ogrinfo", "ogrinfo ", "INFO:", "using driver", "Layer name:", "Geometry:", "Feature Count:",
		"Extent:", "Layer SRS WKT:", "Data axis to CRS axis mapping:", "Point epoch:", "FID Column", "Geometry Column", "Metadata:"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	if k := strings.Index(t, ": "); k > 0 && identifier(t[:k]) {
		f := strings.Fields(t[k+2:])
		switch f[0] {
		case "String", "Integer", "Integer64", "Real", "Date", "Time", "DateTime", "Binary", "StringList", "IntegerList", "RealList":
			return len(f) == 1 || strings.HasPrefix(f[1], "(")
		}
	}
	if k := strings.IndexByte(t, '['); k > 0 && identifier(t[:k]) {
		return true // WKT: PROJCRS["…", GEOGCS["WGS 84", …
	}
	if t != "" && strings.Trim(t, "[](),") == "" {
		return true // the WKT's closing brackets
	}
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && k > 0 &&
		strings.HasPrefix(strings.TrimSpace(lines[k-1]), "Layer SRS WKT:")
}

// ogrHeadStart is the first line of the listing whose first feature is at
// lines[i]: its head above it, over blank lines.
func ogrHeadStart(lines []string, i int) int {
	from := i
	for k := i - 1; k >= 0; k-- {
		if strings.TrimSpace(lines[k]) == "" {
			continue
		}
		if !ogrHeadLine(lines, k) {
			break
		}
		from = k
	}
	return from
}

// ogrHeadEnd is the first line at or after k that is neither blank nor a
// layer head's line: where the next layer's features would start.
func ogrHeadEnd(lines []string, k int) int {
	for k < len(lines) && (strings.TrimSpace(lines[k]) == "" || ogrHeadLine(lines, k)) {
		k++
	}
	return k
}

// ogrTotal is the row a one-feature layer gives the table t: its name
// JUMLAH, every figure the sum of the column above it; false unless the
// layer names t's fields (the name field aside) and two figures at least
// are proven so.
func ogrTotal(t, tot vertTable) ([]string, bool) {
	if len(tot.header) != len(t.header) {
		return nil, false
	}
	row := make([]string, len(t.header))
	named, proven := false, 0
	for c, h := range t.header {
		v := strings.TrimSpace(tot.rows[0][c])
		sum, numeric := 0.0, true
		for _, r := range t.rows {
			x, err := strconv.ParseFloat(strings.TrimSpace(r[c]), 64)
			if err != nil {
				numeric = false
				break
			}
			sum += x
		}
		if !numeric {
			if !named {
				row[c], named = "JUMLAH", true // the region's name: the layers name it by their level
			}
			continue // another text column (a code, a note) stays empty
		}
		if tot.header[c] != h {
			return nil, false
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || math.Abs(x-sum) > 0.005 {
			return nil, false
		}
		row[c] = v
		proven++
	}
	return row, named && proven >= 2
}
