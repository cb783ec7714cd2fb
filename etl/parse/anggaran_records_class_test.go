package parse

import "testing"

// Budget lines as machine records (anggaran_records.go): the nodes of a
// graph source (Graphviz DOT, a mermaid flowchart) and form-urlencoded
// lines (an HTTP body, the query of a logged URL), each a budget line whose
// fields are named.
func TestMachineRecordsClass(t *testing.T) {
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	want := []string{
		"076.01.WA|program||2024|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2024|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2024|800000000|750000000|50000000",
		"076.01.CQ|program||2024|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2024|600000000|540000000|60000000",
		"TOTAL|total||2024|2400000000|2250000000|150000000",
	}

	// DOT with ids that are no codes, '\n' between the fields, no braces,
	// colons after the role words, the total last, edges with attributes
	dot := []string{cap, "", "[Lampiran: sumber grafik pohon anggaran, diketik ulang]", "",
		"digraph G {",
		`  graph [rankdir=TB];`,
		`  node [shape=box];`,
		`  p1 [label="076.01.WA Program Dukungan Manajemen\npagu: 1.800.000.000\nrealisasi: 1.710.000.000\nsisa: 90.000.000\nserapan: 95,00%"];`,
		`  k1 [label="3355 Pengelolaan Keuangan\npagu: 1.000.000.000\nrealisasi: 960.000.000\nsisa: 40.000.000\nserapan: 96,00%"];`,
		`  k2 [label="3360 Operasional Perkantoran\npagu: 800.000.000\nrealisasi: 750.000.000\nsisa: 50.000.000\nserapan: 93,75%"];`,
		`  p2 [label="076.01.CQ Program Penyelenggaraan Pemilu\npagu: 600.000.000\nrealisasi: 540.000.000\nsisa: 60.000.000\nserapan: 90,00%"];`,
		`  k3 [label="6640 Pemutakhiran Data Pemilih\npagu: 600.000.000\nrealisasi: 540.000.000\nsisa: 60.000.000\nserapan: 90,00%"];`,
		`  t [label="TOTAL\npagu: 2.400.000.000\nrealisasi: 2.250.000.000\nsisa: 150.000.000\nserapan: 93,75%"];`,
		`  t -> p1 [style=bold];`, `  p1 -> k1;`, `  p1 -> k2;`, `  t -> p2;`, `  p2 -> k3;`,
		"}", "", "Sumber: SAKTI.",
	}

	// DOT records with braces and ports, quoted code ids, no serapan
	record := []string{cap, "",
		"strict digraph pohon {",
		`  "JML" [shape=record, label="{<h> JUMLAH|<a> alokasi 2.400.000.000|<b> realisasi 2.250.000.000}"];`,
		`  "076.01.WA" [shape=record, label="{<h> 076.01.WA Program Dukungan Manajemen|<a> alokasi 1.800.000.000|<b> realisasi 1.710.000.000}"];`,
		`  "3355" [shape=record, label="{<h> 3355 Pengelolaan Keuangan|<a> alokasi 1.000.000.000|<b> realisasi 960.000.000}"];`,
		`  "3360" [shape=record, label="{<h> 3360 Operasional Perkantoran|<a> alokasi 800.000.000|<b> realisasi 750.000.000}"];`,
		`  "076.01.CQ" [shape=record, label="{<h> 076.01.CQ Program Penyelenggaraan Pemilu|<a> alokasi 600.000.000|<b> realisasi 540.000.000}"];`,
		`  "6640" [shape=record, label="{<h> 6640 Pemutakhiran Data Pemilih|<a> alokasi 600.000.000|<b> realisasi 540.000.000}"];`,
		`  "JML" -> "076.01.WA"; "076.01.WA" -> "3355";`,
		`  "076.01.WA" -> "3360";`, `  "JML" -> "076.01.CQ";`, `  "076.01.CQ" -> "6640";`,
		"}",
	}

	// a mermaid flowchart: <br/> between the fields, --> edges
	mermaid := []string{cap, "", "```mermaid",
		"flowchart TD",
		`  T["Jumlah<br/>pagu 2.400.000.000<br/>realisasi 2.250.000.000<br/>sisa 150.000.000"]`,
		`  WA["076.01.WA Program Dukungan Manajemen<br/>pagu 1.800.000.000<br/>realisasi 1.710.000.000<br/>sisa 90.000.000"]`,
		`  A3355["3355 Pengelolaan Keuangan<br/>pagu 1.000.000.000<br/>realisasi 960.000.000<br/>sisa 40.000.000"]`,
		`  A3360["3360 Operasional Perkantoran<br/>pagu 800.000.000<br/>realisasi 750.000.000<br/>sisa 50.000.000"]`,
		`  CQ["076.01.CQ Program Penyelenggaraan Pemilu<br/>pagu 600.000.000<br/>realisasi 540.000.000<br/>sisa 60.000.000"]`,
		`  A6640["6640 Pemutakhiran Data Pemilih<br/>pagu 600.000.000<br/>realisasi 540.000.000<br/>sisa 60.000.000"]`,
		"  T --> WA", "  WA --> A3355", "  WA --> A3360", "  T --> CQ", "  CQ --> A6640",
		"```", "",
	}

	// an HTTP POST body: fields in another order, plain integers, %20 for
	// spaces, the parent named, the total codeless (uraian Jumlah) first
	post := []string{cap, "",
		"POST /sync/anggaran HTTP/1.1",
		"Host: sakti.example",
		"Content-Type: application/x-www-form-urlencoded",
		"",
		"uraian=Jumlah&realisasi=2250000000&pagu=2400000000&sisa=150000000&serapan=93.75",
		"kd=076.01.WA&uraian=Program%20Dukungan%20Manajemen&realisasi=1710000000&pagu=1800000000&sisa=90000000&serapan=95.00",
		"kd=3355&induk=076.01.WA&uraian=Pengelolaan%20Keuangan&realisasi=960000000&pagu=1000000000&sisa=40000000&serapan=96.00",
		"kd=3360&induk=076.01.WA&uraian=Operasional%20Perkantoran&realisasi=750000000&pagu=800000000&sisa=50000000&serapan=93.75",
		"kd=076.01.CQ&uraian=Program%20Penyelenggaraan%20Pemilu&realisasi=540000000&pagu=600000000&sisa=60000000&serapan=90.00",
		"kd=6640&induk=076.01.CQ&uraian=Pemutakhiran%20Data%20Pemilih&realisasi=540000000&pagu=600000000&sisa=60000000&serapan=90.00",
		"", "Sumber: SAKTI.",
	}

	// the query strings of a web server's access log, one request a line
	query := []string{cap, "",
		`10.0.0.5 - - [31/Dec/2024:10:00:01] "GET /monev/simpan?kode=076.01.WA&uraian=Program+Dukungan+Manajemen&pagu=1.800.000.000&realisasi=1.710.000.000&sisa=90.000.000 HTTP/1.1" 200 12`,
		`10.0.0.5 - - [31/Dec/2024:10:00:02] "GET /monev/simpan?kode=3355&uraian=Pengelolaan+Keuangan&pagu=1.000.000.000&realisasi=960.000.000&sisa=40.000.000 HTTP/1.1" 200 12`,
		`10.0.0.5 - - [31/Dec/2024:10:00:03] "GET /monev/simpan?kode=3360&uraian=Operasional+Perkantoran&pagu=800.000.000&realisasi=750.000.000&sisa=50.000.000 HTTP/1.1" 200 12`,
		`10.0.0.5 - - [31/Dec/2024:10:00:04] "GET /monev/simpan?kode=076.01.CQ&uraian=Program+Penyelenggaraan+Pemilu&pagu=600.000.000&realisasi=540.000.000&sisa=60.000.000 HTTP/1.1" 200 12`,
		`10.0.0.5 - - [31/Dec/2024:10:00:05] "GET /monev/simpan?kode=6640&uraian=Pemutakhiran+Data+Pemilih&pagu=600.000.000&realisasi=540.000.000&sisa=60.000.000 HTTP/1.1" 200 12`,
		`10.0.0.5 - - [31/Dec/2024:10:00:06] "GET /monev/simpan?kode=TOTAL&uraian=JUMLAH&pagu=2.400.000.000&realisasi=2.250.000.000&sisa=150.000.000 HTTP/1.1" 200 12`,
		"",
	}

	// look-alikes: a DOT of the office network; a web shop's order log;
	// a budget body whose sisa disagrees; a graph whose kegiatan exceed
	// their program
	network := []string{"Lampiran: topologi jaringan kantor", "",
		"digraph jaringan {",
		`  r1 [label="Router\n192.168.1.1\nport 24"];`,
		`  s1 [label="Switch lantai 1|vlan 10|port 48"];`,
		`  r1 -> s1;`,
		"}",
	}
	shop := []string{"Lampiran: log pesanan toko daring koperasi", "",
		"POST /order HTTP/1.1", "Content-Type: application/x-www-form-urlencoded", "",
		"order=1001&produk=Kopi+Bajawa&harga=85.000&qty=2&total=170.000",
		"order=1002&produk=Tenun+Ikat&harga=1.250.000&qty=1&total=1.250.000",
		"order=1003&produk=Madu+Hutan&harga=120.000&qty=3&total=360.000",
	}
	badSisa := make([]string, len(post))
	copy(badSisa, post)
	badSisa[8] = "kd=3355&induk=076.01.WA&uraian=Pengelolaan%20Keuangan&realisasi=960000000&pagu=1000000000&sisa=45000000&serapan=96.00"
	overRun := make([]string, len(dot))
	copy(overRun, dot)
	overRun[8] = `  k1 [label="3355 Pengelolaan Keuangan\npagu: 1.100.000.000\nrealisasi: 1.060.000.000\nsisa: 40.000.000"];`

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"DOT, ids no codes, \\n fields, colons", dot, map[string][]string{"anggaran": want}},
		{"DOT records with ports, alokasi, no serapan", record, map[string][]string{"anggaran": want}},
		{"mermaid flowchart, <br/>", mermaid, map[string][]string{"anggaran": want}},
		{"HTTP POST body, plain integers, induk field", post, map[string][]string{"anggaran": want}},
		{"access log query strings", query, map[string][]string{"anggaran": want}},
		{"a network's DOT", network, nil},
		{"a web shop's order log", shop, nil},
		{"a body whose sisa disagrees", badSisa, nil},
		{"kegiatan exceeding their program", overRun, nil},
	})

	// the serapan as printed in the DOT label
	d := parseDoc(t, "dot", dot...)
	for _, a := range d.Anggaran {
		if a.Kode == "3360" && (a.SerapanLapor == nil || *a.SerapanLapor != 93.75) {
			t.Errorf("3360: serapan %v", a.SerapanLapor)
		}
	}
}
