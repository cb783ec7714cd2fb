package parse

import (
	"strings"
	"testing"
)

// TestJSONLines: JSON written on one line, a service's minified answer or
// records a line (JSON Lines), is read like the table it holds by every
// family, even with no blank line above it; a web server's JSON access
// log, a shop's product feed and a one-line configuration give nothing.
func TestJSONLines(t *testing.T) {
	checkDocs(t, []string{"dpt", "anggaran", "capaian", "sakip_komponen"}, []docCase{{
		name: "minified GraphQL answer after a curl prompt, DPT with its kabupaten record",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
			"$ curl -s https://sidalih.example/api/graphql -d @rekap.json",
			`{"data":{"dpt":[{"kecamatan":"ALOK","l":7210,"p":7305,"jumlah":14515},{"kecamatan":"ALOK BARAT","l":6120,"p":6244,"jumlah":12364},{"kecamatan":"JUMLAH","l":13330,"p":13549,"jumlah":26879}]}}`,
			"", "Sumber: Sidalih."},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515",
			"pemilu|2024|kecamatan|ALOK BARAT|<nil>|<nil>|6120|6244|12364", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|13330|13549|26879"}},
	}, {
		name: "minified REST answer under HTTP headers, budget in strings with a TOTAL record",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024 (dalam rupiah)", "< HTTP/1.1 200 OK", "< Content-Type: application/json", "<",
			`{"status":"ok","result":{"rows":[{"kode":"3358","uraian":"Pengelolaan SDM","pagu":"1.000.000","realisasi":"900.000","sisa":"100.000"},{"kode":"3359","uraian":"Pengelolaan Keuangan","pagu":"2.000.000","realisasi":"1.900.000","sisa":"100.000"},{"kode":"","uraian":"TOTAL","pagu":"3.000.000","realisasi":"2.800.000","sisa":"200.000"}]}}`},
		want: map[string][]string{"anggaran": {"3358|kegiatan||2024|1000000|900000|100000", "3359|kegiatan||2024|2000000|1900000|100000",
			"TOTAL|total||2024|3000000|2800000|200000"}},
	}, {
		name: "minified bare array of capaian records, decimal points, directly under the caption",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024",
			`[{"indikator":"Persentase pemilih disabilitas terdaftar","target":70.5,"realisasi":74.25,"capaian_persen":105.32},{"indikator":"Persentase rapat pleno terdokumentasi","target":100,"realisasi":96,"capaian_persen":96}]`},
		want: map[string][]string{"capaian": {"Persentase pemilih disabilitas terdaftar|70.5|74.25|105.32", "Persentase rapat pleno terdokumentasi|100|96|96"}},
	}, {
		name: "minified SAKIP components with a caption key",
		body: []string{`{"judul":"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen","data":[{"no":1,"komponen":"Perencanaan Kinerja","bobot":30,"nilai":22.4},{"no":2,"komponen":"Pengukuran Kinerja","bobot":30,"nilai":21.1}]}`},
		want: map[string][]string{"sakip_komponen": {"2023|perencanaan|30|22.4", "2023|pengukuran|30|21.1"}},
	}, {
		name: "JSON Lines after a jq prompt, no blank line above, DPT",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "$ jq -c '.[]' dpt_sikka.json",
			`{"kecamatan":"Talibura","l":5120,"p":5207,"l_p":10327}`,
			`{"kecamatan":"Waigete","l":6001,"p":5890,"l_p":11891}`,
			`{"kecamatan":"JUMLAH","l":11121,"p":11097,"l_p":22218}`},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|TALIBURA|<nil>|<nil>|5120|5207|10327",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|6001|5890|11891", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11121|11097|22218"}},
	}, {
		name: "JSON Lines right under the caption, capaian, keys in another order per line",
		body: []string{"Tabel 3.1 Capaian Kinerja Tahun 2024",
			`{"indikator_kinerja":"Persentase arsip dinamis yang tertata","target":"85,00","realisasi":"88,40","capaian":"104,00"}`,
			`{"realisasi":"92,50","capaian":"92,50","indikator_kinerja":"Persentase laporan keuangan tepat waktu","target":"100,00"}`},
		want: map[string][]string{"capaian": {"Persentase arsip dinamis yang tertata|85|88.4|104", "Persentase laporan keuangan tepat waktu|100|92.5|92.5"}},
	}, {
		name: "JSON Lines of a budget export under a Mongo prompt",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024 (dalam rupiah)", "> db.realisasi.find({}, {_id: 0})",
			`{"kode":"076.01.WA","uraian":"Program Dukungan Manajemen","pagu":2500000000,"realisasi":2400000000,"sisa":100000000}`,
			`{"kode":"3358","uraian":"Pengelolaan Sumber Daya Manusia","pagu":2500000000,"realisasi":2400000000,"sisa":100000000}`},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2500000000|2400000000|100000000",
			"3358|kegiatan|076.01.WA|2024|2500000000|2400000000|100000000"}},
	}, {
		name: "look-alike: a web server's JSON access log",
		body: []string{"Log akses portal PPID, Januari 2024:",
			`{"time":"2024-01-03T08:00:01Z","remote_addr":"10.0.0.5","status":200,"bytes":5120,"request_time":0.12}`,
			`{"time":"2024-01-03T08:00:02Z","remote_addr":"10.0.0.9","status":404,"bytes":310,"request_time":0.01}`,
			`{"time":"2024-01-03T08:00:04Z","remote_addr":"10.0.0.5","status":200,"bytes":5430,"request_time":0.11}`},
	}, {
		name: "look-alike: a shop's product feed, minified",
		body: []string{"Katalog mitra UMKM:",
			`{"products":[{"name":"Kopi Bajawa","stock":120,"sold":95,"left":25},{"name":"Tenun Ikat Sikka","stock":40,"sold":31,"left":9},{"name":"JUMLAH","stock":160,"sold":126,"left":34}]}`},
	}, {
		name: "look-alike: a one-line JSON configuration",
		body: []string{"Konfigurasi aplikasi:",
			`{"server":{"port":8080,"workers":4},"db":{"host":"localhost","pool":10},"features":["export","pdf"]}`},
	}})
}

// TestJSONLineSpans: a fact read from a minified answer cites the one line
// the answer was written on; a fact of a JSON Lines run cites its own
// record's line, not a line the spreading added.
func TestJSONLineSpans(t *testing.T) {
	d := parseDoc(t, "spans", "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"$ curl -s https://sidalih.example/api/dpt",
		`{"data":{"dpt":[{"kecamatan":"ALOK","l":7210,"p":7305,"jumlah":14515},{"kecamatan":"ALOK BARAT","l":6120,"p":6244,"jumlah":12364},{"kecamatan":"JUMLAH","l":13330,"p":13549,"jumlah":26879}]}}`,
		"", "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan (dapil 2)", "$ jq -c '.[]' dapil2.json",
		`{"kecamatan":"Talibura","l":5120,"p":5207,"l_p":10327}`,
		`{"kecamatan":"Waigete","l":6001,"p":5890,"l_p":11891}`,
		`{"kecamatan":"JUMLAH","l":11121,"p":11097,"l_p":22218}`, "", "Sumber: Sidalih.")
	want := map[string]int{"ALOK": 7, "ALOK BARAT": 7, "TALIBURA": 11, "WAIGETE": 12}
	seen := 0
	for _, r := range d.DPT {
		if n, ok := want[r.Wilayah]; ok {
			seen++
			if r.Start != n || r.End != n {
				t.Errorf("%s: lines %d-%d, want %d", r.Wilayah, r.Start, r.End, n)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("read %d of the %d kecamatan records: %+v", seen, len(want), d.DPT)
	}
	for _, f := range d.Findings {
		if f.End > 15 {
			t.Errorf("finding cites line %d past the document's 15: %+v", f.End, f)
		}
	}
}

// TestJSONLineUnproven: a minified answer whose records name other keys is
// reported as an unread table at its own line, in its span and its message.
func TestJSONLineUnproven(t *testing.T) {
	d := parseDoc(t, "unproven", "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		`{"data":{"dpt":[{"kecamatan":"ALOK","l":7210,"p":7305},{"wilayah":"ALOK BARAT","jumlah":12364}]}}`, "", "Sumber: Sidalih.")
	found := false
	for _, f := range d.Findings {
		if f.Aturan == "tabel.tidak_dikenali" {
			found = true
			if f.Start != 6 || f.End != 6 || !strings.Contains(f.Pesan, "baris 6-6") {
				t.Errorf("unread table cited at %d-%d: %s", f.Start, f.End, f.Pesan)
			}
		}
	}
	if !found || len(d.DPT) != 0 {
		t.Errorf("want the answer reported unread and no DPT record; findings %+v, DPT %+v", d.Findings, d.DPT)
	}
}
