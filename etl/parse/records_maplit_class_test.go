package parse

import "testing"

// TestMaplitClass: a table's rows as list-of-map literals (groovysh, Dart
// maps and constructors, Swift dictionaries, Kotlin mapOf) become a TAB
// table the ordinary readers prove: capaian by realisasi / target, the
// budget by pagu − realisasi = sisa. A build's dependencies and a shop's
// products in the same syntax load nothing.
func TestMaplitClass(t *testing.T) {
	capHead := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""}
	budHead := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}
	tail := []string{"", "Sumber: diolah."}
	with := func(head []string, body ...string) []string {
		return append(append(append([]string{}, head...), body...), tail...)
	}
	// groovysh: bare keys, BigDecimal suffixes, a predicate row, prompts
	groovy := with(capHead,
		"groovy:000> kinerja = [",
		"groovy:001>   [no: 1, indikatorKinerja: 'Persentase partisipasi pemilih',",
		"groovy:002>    target: 77.5G, realisasi: 80.1G, capaianPersen: 103.35G],",
		"groovy:003>   [no: 2, indikatorKinerja: \"Persentase laporan keuangan tepat waktu\", target: 100G,",
		"groovy:004>    realisasi: 95G, capaianPersen: 95G]]",
		"===> [[no:1, ...], ...]",
		"groovy:000> kinerja.size()", "===> 2")
	wantGroovy := []string{"Persentase partisipasi pemilih|77.5|80.1|103.35",
		"Persentase laporan keuangan tepat waktu|100|95|95"}
	// Kotlin mapOf, keys in another order, comma decimals as strings
	kotlin := with(capHead,
		"val capaian = listOf(",
		`    mapOf("indikator" to "Indeks kepuasan layanan informasi", "satuan" to "%", "target" to "80,00", "realisasi" to "84,00", "capaian" to "105,00"),`,
		`    mapOf("satuan" to "%", "indikator" to "Persentase arsip tertata", "target" to "90,00", "realisasi" to "99,00", "capaian" to "110,00"),`,
		")")
	wantKotlin := []string{"Indeks kepuasan layanan informasi|80|84|105", "Persentase arsip tertata|90|99|110"}
	// Dart maps, single-quoted keys, a trailing comma and a total record
	dart := with(budHead,
		"const anggaran2024 = <Map<String, dynamic>>[",
		"  {'kode': '3355', 'uraian': 'Pengelolaan Keuangan', 'pagu': 600000000, 'realisasi': 570000000, 'sisa': 30000000},",
		"  {'kode': '3358', 'uraian': 'Pengelolaan SDM',",
		"   'pagu': 400000000, 'realisasi': 390000000, 'sisa': 10000000},",
		"];")
	wantDart := []string{"3355|kegiatan||2024|600000000|570000000|30000000", "3358|kegiatan||2024|400000000|390000000|10000000"}
	// Dart constructors and Swift dictionaries, no sisa: the readers compute it
	ctor := with(budHead,
		"const rows = <Belanja>[",
		"  Belanja(kode: '6639', uraian: 'Teknis Penyelenggaraan', pagu: 383_611_000, realisasi: 364_399_309),",
		"  Belanja(kode: '6640', uraian: 'Pemutakhiran Data Pemilih', pagu: 335_505_000, realisasi: 320_181_109),",
		"];")
	wantCtor := []string{"6639|kegiatan||2024|383611000|364399309|19211691", "6640|kegiatan||2024|335505000|320181109|15323891"}
	swift := with(budHead,
		"let anggaran: [[String: Any]] = [",
		`    ["kode": "6709", "uraian": "Sosialisasi", "pagu": 357676000, "realisasi": 339823978, "sisa": 17852022],`,
		`    ["kode": "6711", "uraian": "Pengawasan Internal", "pagu": 100000000, "realisasi": 90000000, "sisa": 10000000]`,
		"]")
	wantSwift := []string{"6709|kegiatan||2024|357676000|339823978|17852022", "6711|kegiatan||2024|100000000|90000000|10000000"}
	// look-alikes: a build's dependencies in groovysh, a shop's products in Dart
	deps := []string{"Dependensi aplikasi pemantauan:", "",
		"groovy:000> deps = [",
		"groovy:001>   [group: 'org.apache.groovy', name: 'groovy-json', version: '4.0.15', size: 1024, downloads: 5120],",
		"groovy:002>   [group: 'com.google.guava', name: 'guava', version: '32.1.2', size: 2988, downloads: 9120]]",
		"===> [...]"}
	shop := []string{"Daftar harga koperasi:", "",
		"const produk = <Map<String, dynamic>>[",
		"  {'nama': 'Kertas HVS A4', 'harga': 55000, 'stok': 120, 'sisa': 20},",
		"  {'nama': 'Tinta Printer', 'harga': 85000, 'stok': 30, 'sisa': 5},",
		"];"}
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"groovysh, bare keys, G suffixes", groovy, map[string][]string{"capaian": wantGroovy}},
		{"kotlin mapOf, keys in another order", kotlin, map[string][]string{"capaian": wantKotlin}},
		{"dart maps over lines", dart, map[string][]string{"anggaran": wantDart}},
		{"dart constructors, no sisa", ctor, map[string][]string{"anggaran": wantCtor}},
		{"swift dictionaries", swift, map[string][]string{"anggaran": wantSwift}},
		{"a build's dependencies", deps, nil},
		{"a shop's products", shop, nil},
	})
}
