package extract

// gisFields are the column names a GIS layer's attribute table carries
// beside its data, lower-cased: the feature id and geometry measures a
// desktop GIS adds or keeps (fid, OBJECTID, Shape_Leng, Shape_Area, geom)
// and the fields of the national administrative boundary layers (BIG's
// RBI: the region names WADMPR, WADMKK, WADMKC, WADMKD, their codes
// KDPPUM, KDPKAB, KDCPUM, KDEPUM and BPS's, NAMOBJ, TIPADM, LUASWH, …).
// A header made of them and a few data fields ("DESA | TPS | DPT_L")
// holds too few vocabulary words to pass isHeaderRow without them.
var gisFields = map[string]bool{}

func init() {
	for _, f := range [...]string{"fid", "gid", "ogc_fid", "objectid", "shape_leng", "shape_len", "shape_area", "shape_length",
		"geom", "geometry", "the_geom", "wkt", "namobj", "fcode", "remark", "metadata", "srs_id", "tipadm", "luaswh", "uupp",
		"wadmpr", "wadmkk", "wadmkc", "wadmkd", "wiadpr", "wiadkk", "wiadkc", "wiadkd",
		"kdppum", "kdpkab", "kdcpum", "kdepum", "kdpbps", "kdbbps", "kdcbps", "kdebps"} {
		gisFields[f] = true
	}
}

// gisField: c names a GIS layer's id, geometry or boundary field, in any
// case. Only short cells are folded (on the stack): a data cell is
// seldom one.
func gisField(c string) bool {
	if len(c) < 3 || len(c) > 12 {
		return false
	}
	var buf [12]byte
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if ch >= 'A' && ch <= 'Z' {
			ch += 'a' - 'A'
		}
		buf[i] = ch
	}
	return gisFields[string(buf[:len(c)])]
}
