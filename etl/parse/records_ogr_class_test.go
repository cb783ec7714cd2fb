package parse

import (
	"strings"
	"testing"
)

// ogrDoc sets an ogrinfo listing under a caption in a report whose other
// tables are TAB tables.
func ogrDoc(caption string, listing []string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Salinan layar: atribut lapisan peta, keluaran ogrinfo diketik ulang]", ""}
	out = append(out, listing...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// ogrFeature is one feature block: its marker, then "name (type) = value"
// lines (type "" prints "name = value").
func ogrFeature(layer, id string, fields ...string) []string {
	out := []string{"OGRFeature(" + layer + "):" + id}
	for k := 0; k+2 < len(fields)+1; k += 3 {
		if fields[k+1] == "" {
			out = append(out, "  "+fields[k]+" = "+fields[k+2])
		} else {
			out = append(out, "  "+fields[k]+" ("+fields[k+1]+") = "+fields[k+2])
		}
	}
	return append(out, "")
}

func ogrJoin(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestOgrListingClass: a GIS layer's attribute table listed by ogrinfo,
// one OGRFeature block a feature, is read like a TAB table by its coded
// field names; the one feature of the next layer is the kabupaten's row
// only when its figures are the sums; the election from the caption.
func TestOgrListingClass(t *testing.T) {
	kec := func(id, name, l, p, lp, tps string) []string {
		return ogrFeature("dpt_pemilu2024", id, "KECAMATAN", "String", name, "PEMILIH_L", "Integer", l,
			"PEMILIH_P", "Integer", p, "JML_PMLH", "Integer64", lp, "JML_TPS", "Integer", tps)
	}
	head := []string{"$ ogrinfo -al -geom=SUMMARY dpt_pemilu2024.gpkg", "INFO: Open of `dpt_pemilu2024.gpkg'",
		"      using driver `GPKG' successful.", "", "Layer name: dpt_pemilu2024", "Geometry: Multi Polygon",
		"Feature Count: 2", "Extent: (121.9, -8.8) - (122.5, -8.4)", "Layer SRS WKT:", `GEOGCRS["WGS 84",`, `    ID["EPSG",4326]]`,
		"FID Column = fid", "Geometry Column = geom", "KECAMATAN: String (0.0)", "PEMILIH_L: Integer (0.0)",
		"PEMILIH_P: Integer (0.0)", "JML_PMLH: Integer64 (0.0)", "JML_TPS: Integer (0.0)"}
	// the head, geometry summaries, ids not following each other, the kabupaten layer proven
	pemilu := ogrDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ogrJoin(head,
		kec("3", "ALOK", "7210", "7305", "14515", "60")[:1], []string{"  MULTIPOLYGON : 1 geometries:"},
		kec("3", "ALOK", "7210", "7305", "14515", "60")[1:], kec("7", "NITA", "4120", "4033", "8153", "41"),
		[]string{"Layer name: dpt_kab2024", "Feature Count: 1"},
		ogrFeature("dpt_kab2024", "0", "KABUPATEN", "String", "SIKKA", "PEMILIH_L", "Integer", "11330",
			"PEMILIH_P", "Integer", "11338", "JML_PMLH", "Integer64", "22668", "JML_TPS", "Integer", "101")))
	wantPemilu := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// no type, no head, a printed page's blank line inside a block, a
	// kabupaten layer whose sums are off: only the kecamatan rows
	pil := func(id, name, desa, l, p, lp string) []string {
		return ogrFeature("kec", id, "NM_KEC", "", name, "JML_DESA", "", desa, "PMLH_LK", "", l, "PMLH_PR", "", p, "PMLH_TOT", "", lp)
	}
	pilkada := ogrDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan", ogrJoin(
		pil("0", "GOLEWA", "14", "3210", "3305", "6515")[:3], []string{""}, pil("0", "GOLEWA", "14", "3210", "3305", "6515")[3:],
		pil("1", "BAJAWA", "9", "2000", "2100", "4100"),
		ogrFeature("kab", "0", "NM_KAB", "", "NGADA", "JML_DESA", "", "23", "PMLH_LK", "", "5210", "PMLH_PR", "", "5405", "PMLH_TOT", "", "10616")))
	wantPilkada := []string{"pilkada|2020|kecamatan|GOLEWA|14|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|9|<nil>|2000|2100|4100"}
	// look-alike: a road layer's lengths and widths
	roads := ogrDoc("Tabel 2.1 Jaringan Jalan Kabupaten 2024", ogrJoin(
		ogrFeature("jalan", "0", "NAMA_JALAN", "String", "JL. EL TARI", "PANJANG_KM", "Real", "4.2", "LEBAR_M", "Real", "6.0", "KONDISI", "String", "BAIK"),
		ogrFeature("jalan", "1", "NAMA_JALAN", "String", "JL. GAJAH MADA", "PANJANG_KM", "Real", "2.8", "LEBAR_M", "Real", "5.5", "KONDISI", "String", "SEDANG")))
	// look-alike: a layer whose features name other fields
	mixed := ogrDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ogrJoin(
		kec("0", "ALOK", "7210", "7305", "14515", "60"),
		ogrFeature("dpt_pemilu2024", "1", "KECAMATAN", "String", "NITA", "PEMILIH_L", "Integer", "4120", "PEMILIH_P", "Integer", "4033")))
	// ogrinfo's (null): an empty cell
	nulls := ogrDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ogrJoin(
		ogrFeature("k", "0", "NAMA_KEC", "String", "ALOK", "JML_TPS", "Integer", "(null)", "PMLH_L", "Integer", "7210", "PMLH_P", "Integer", "7305", "PMLH_JML", "Integer", "14515"),
		ogrFeature("k", "1", "NAMA_KEC", "String", "NITA", "JML_TPS", "Integer", "41", "PMLH_L", "Integer", "4120", "PMLH_P", "Integer", "4033", "PMLH_JML", "Integer", "8153")))
	wantNulls := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a (null) field", nulls, map[string][]string{"dpt": wantNulls}},
		{"typed fields, head, geometry summary, proven kabupaten layer", pemilu, map[string][]string{"dpt": wantPemilu}},
		{"no types, a blank inside a block, kabupaten sums off", pilkada, map[string][]string{"dpt": wantPilkada}},
		{"look-alike: road layer", roads, map[string][]string{"dpt": nil}},
		{"look-alike: features of other fields", mixed, map[string][]string{"dpt": nil}},
	})
}

// TestOgrListingBudget: the same blocks carry a budget layer; the total
// layer's figures are the sums, so its feature is the TOTAL row.
func TestOgrListingBudget(t *testing.T) {
	prog := func(id, kode, uraian, pagu, real string) []string {
		return ogrFeature("anggaran2024", id, "KODE", "String", kode, "URAIAN", "String", uraian,
			"PAGU", "Integer64", pagu, "REALISASI", "Integer64", real)
	}
	doc := ogrDoc("Tabel 3.3 Realisasi Anggaran Tahun 2024", ogrJoin(
		prog("0", "076.01.WA", "Program Dukungan Manajemen", "4250000000", "4037500000"),
		prog("1", "076.01.CQ", "Program Penyelenggaraan Pemilu", "1750000000", "1662500000"),
		[]string{"Layer name: anggaran2024_total"},
		ogrFeature("anggaran2024_total", "0", "KODE", "String", "076", "URAIAN", "String", "JUMLAH",
			"PAGU", "Integer64", "6000000000", "REALISASI", "Integer64", "5700000000")))
	checkDocs(t, []string{"anggaran"}, []docCase{{"budget layer, total layer", doc, map[string][]string{"anggaran": {
		"076.01.WA|program||2024|4250000000|4037500000|212500000", "076.01.CQ|program||2024|1750000000|1662500000|87500000",
		"TOTAL|total||2024|6000000000|5700000000|300000000"}}}})
}

// TestOgrListingLines: line numbers stay; a psql \x listing of users and
// a one-feature layer alone come back as written.
func TestOgrListingLines(t *testing.T) {
	in := strings.Join(ogrJoin([]string{"x", "Layer name: a", "N: String (9.0)"},
		ogrFeature("a", "0", "N", "String", "P", "V", "Integer", "1"), ogrFeature("a", "1", "N", "String", "Q", "V", "Integer", "2"),
		[]string{"y"}), "\n")
	out := string(ogrListings(nil, []byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "N\tV\nP\t1\nQ\t2") {
		t.Errorf("listing:\n%s", out)
	}
	for _, s := range []string{"-[ RECORD 1 ]-+------\nusername | ani\nlogins   | 12\n", strings.Join(ogrFeature("a", "0", "N", "String", "P", "V", "Integer", "1"), "\n")} {
		if out := string(ogrListings(nil, []byte(s))); out != s {
			t.Errorf("rewritten:\n%s", out)
		}
	}
}
