package parse

import "testing"

// Budget lines as named fields grouped by record (anggaran_records_kv.go):
// a Cloud Firestore document view (one document a budget line) and a Java
// .properties export (one key prefix a budget line).
func TestKVRecordsClass(t *testing.T) {
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2023"
	want := []string{
		"076.01.WA|program||2023|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2023|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2023|800000000|750000000|50000000",
		"076.01.CQ|program||2023|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2023|600000000|540000000|60000000",
		"TOTAL|total||2023|2400000000|2250000000|150000000",
	}
	fsDoc := func(path, kode, induk, uraian, pagu, real, sisa string) []string {
		return []string{path,
			`  nama: "` + uraian + `" (string)`,
			`  kd: "` + kode + `" (string)`,
			`  parent: "` + induk + `" (string)`,
			`  alokasi: ` + pagu + ` (number)`,
			`  realisasi: ` + real + ` (number)`,
			`  sisa_anggaran: ` + sisa + ` (number)`,
			""}
	}
	// Firestore with other field names, the total first with its id only
	// (no kode field), a slash path
	fs := []string{cap, "", "[Salinan layar: tampilan dokumen Cloud Firestore proyek monev-kpu-alor]", ""}
	fs = append(fs, "/realisasi_2023/TOTAL", `  nama: "Jumlah" (string)`, `  alokasi: 2400000000 (number)`,
		`  realisasi: 2250000000 (number)`, `  sisa_anggaran: 150000000 (number)`, "")
	fs = append(fs, fsDoc("/realisasi_2023/076.01.WA", "076.01.WA", "", "Program Dukungan Manajemen", "1800000000", "1710000000", "90000000")...)
	fs = append(fs, fsDoc("/realisasi_2023/3355", "3355", "076.01.WA", "Pengelolaan Keuangan", "1000000000", "960000000", "40000000")...)
	fs = append(fs, fsDoc("/realisasi_2023/3360", "3360", "076.01.WA", "Operasional Perkantoran", "800000000", "750000000", "50000000")...)
	fs = append(fs, fsDoc("/realisasi_2023/076.01.CQ", "076.01.CQ", "", "Program Penyelenggaraan Pemilu", "600000000", "540000000", "60000000")...)
	fs = append(fs, fsDoc("/realisasi_2023/6640", "6640", "076.01.CQ", "Pemutakhiran Data Pemilih", "600000000", "540000000", "60000000")...)
	fs = append(fs, "Sumber: SAKTI.")

	// Firestore with '>' paths and no kode field: the id is the code
	fsID := []string{cap, "",
		"keuangan > 076.01.WA", `    uraian: "Program Dukungan Manajemen" (string)`, `    pagu: 1800000000 (number)`, `    realisasi: 1710000000 (number)`, "",
		"keuangan > 3355", `    induk: "076.01.WA" (string)`, `    uraian: "Pengelolaan Keuangan" (string)`, `    pagu: 1000000000 (number)`, `    realisasi: 960000000 (number)`, "",
		"keuangan > 3360", `    induk: "076.01.WA" (string)`, `    uraian: "Operasional Perkantoran" (string)`, `    pagu: 800000000 (number)`, `    realisasi: 750000000 (number)`, "",
		"keuangan > 076.01.CQ", `    uraian: "Program Penyelenggaraan Pemilu" (string)`, `    pagu: 600000000 (number)`, `    realisasi: 540000000 (number)`, "",
		"keuangan > 6640", `    induk: "076.01.CQ" (string)`, `    uraian: "Pemutakhiran Data Pemilih" (string)`, `    pagu: 600000000 (number)`, `    realisasi: 540000000 (number)`, "",
		"keuangan > TOTAL", `    uraian: "JUMLAH" (string)`, `    pagu: 2400000000 (number)`, `    realisasi: 2250000000 (number)`, "",
	}

	// .properties: other prefixes, ':' separators, the total last, a
	// \u escape in a name, comments between the records
	props := []string{cap, "", "# realisasi_2023.properties", "app.versi=3.1", "app.tahun=2023", "",
		"rkakl.item.a.kd=076.01.WA", "rkakl.item.a.nama=Program Dukungan Manajemen", "rkakl.item.a.pagu=1.800.000.000", "rkakl.item.a.realisasi=1.710.000.000", "rkakl.item.a.sisa=90.000.000", "",
		"# kegiatan", "rkakl.item.b.kd=3355", "rkakl.item.b.parent=076.01.WA", "rkakl.item.b.nama=Pengelolaan Keuangan", "rkakl.item.b.pagu=1.000.000.000", "rkakl.item.b.realisasi=960.000.000", "rkakl.item.b.sisa=40.000.000",
		"rkakl.item.c.kd=3360", "rkakl.item.c.parent=076.01.WA", "rkakl.item.c.nama=Operasional\\u0020Perkantoran", "rkakl.item.c.pagu=800.000.000", "rkakl.item.c.realisasi=750.000.000", "rkakl.item.c.sisa=50.000.000",
		"rkakl.item.d.kd: 076.01.CQ", "rkakl.item.d.nama: Program Penyelenggaraan Pemilu", "rkakl.item.d.pagu: 600.000.000", "rkakl.item.d.realisasi: 540.000.000", "",
		"rkakl.item.e.kd=6640", "rkakl.item.e.parent=076.01.CQ", "rkakl.item.e.nama=Pemutakhiran Data Pemilih", "rkakl.item.e.pagu=600.000.000", "rkakl.item.e.realisasi=540.000.000", "",
		"rkakl.jumlah.nama=JUMLAH", "rkakl.jumlah.pagu=2.400.000.000", "rkakl.jumlah.realisasi=2.250.000.000", "rkakl.jumlah.sisa=150.000.000", "",
		"Sumber: SAKTI.",
	}

	// look-alikes: a shop's products in Firestore; a properties file whose
	// sisa disagrees; a record carrying a figure under an unknown name
	shop := []string{"Lampiran: katalog toko koperasi pegawai", "",
		"produk > kopi-bajawa", `  nama: "Kopi Bajawa" (string)`, `  harga: 85000 (number)`, `  stok: 40 (number)`, "",
		"produk > tenun-ikat", `  nama: "Tenun Ikat" (string)`, `  harga: 1250000 (number)`, `  stok: 3 (number)`, "",
		"produk > madu-hutan", `  nama: "Madu Hutan" (string)`, `  harga: 120000 (number)`, `  stok: 12 (number)`, "",
	}
	badSisa := append([]string(nil), props...)
	for k, l := range badSisa {
		if l == "rkakl.item.b.sisa=40.000.000" {
			badSisa[k] = "rkakl.item.b.sisa=45.000.000"
		}
	}
	unknown := append([]string(nil), fsID...)
	unknown[4] = `    ongkir: 1710000000 (number)`

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"Firestore, slash paths, other field names, total by id", fs, map[string][]string{"anggaran": want}},
		{"Firestore, '>' paths, the id the code", fsID, map[string][]string{"anggaran": want}},
		{".properties, other prefix, ':' and \\u escapes", props, map[string][]string{"anggaran": want}},
		{"a shop's products in Firestore", shop, nil},
		{"a properties file whose sisa disagrees", badSisa, nil},
		{"a figure under an unknown name", unknown, nil},
	})
}
