package sample

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// indikator is one performance indicator of the catalogue. Texts are the ones
// the real reports use (Alor for kabupaten/kota, NTT for the province), so the
// parser's reference list can recognise them.
type indikator struct {
	Kode     string // generator-internal stable id, used only for seeding
	Tingkat  string // facts.SasaranStrategis or facts.SasaranKegiatan
	Program  string // WA or CQ
	Kegiatan string // kegiatan name, groups sasaran kegiatan tables
	Sasaran  string
	Teks     string
	Satuan   string    // persen, nilai, predikat, laporan, kali, kecamatan
	Arah     string    // naik, turun, predikat
	Targets  []float64 // 2020..2024; the last one repeats for later years
	Grade    string    // target grade for predikat indicators
	Nasional float64   // national target of the report year (series tables)
	Sejak    int       // first year the indicator was measured
	Unit     string    // suffix written after counts: Lap, Kali, Kecamatan
	RB       bool      // realisasi is the RB evaluation percent
	SAKIP    bool      // realisasi is the SAKIP predikat published that year
}

func (i *indikator) target(tahun int) float64 {
	k := tahun - 2020
	if k < 0 {
		k = 0
	}
	if k >= len(i.Targets) {
		k = len(i.Targets) - 1
	}
	return i.Targets[k]
}

var flat100 = []float64{100}

// kabSS are the sasaran strategis indicators of a KPU Kabupaten/Kota
// (Alor, Tabel 3.1).
var kabSS = []indikator{
	{Kode: "kab.kompetensi", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Meningkatnya Kapasitas SDM yang berkompeten",
		Teks: "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya", Satuan: "persen", Arah: "naik",
		Targets: []float64{76, 81, 86, 91, 96}, Nasional: 100, Sejak: 2021},
	{Kode: "kab.sarpras", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU",
		Teks: "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik", Satuan: "persen", Arah: "naik",
		Targets: []float64{80, 85, 90, 95, 100}, Nasional: 100, Sejak: 2020},
	{Kode: "kab.akip", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU",
		Teks: "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", Satuan: "predikat", Arah: "predikat",
		Grade: "B", Targets: []float64{0}, Sejak: 2022, SAKIP: true},
	{Kode: "kab.rb", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU",
		Teks: "Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten", Satuan: "nilai", Arah: "naik",
		Targets: []float64{76, 77, 78, 79, 80}, Nasional: 80, Sejak: 2021, RB: true},
	{Kode: "kab.datapemilih", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Terwujudnya Data Pemilih secara Berkelanjutan",
		Teks: "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu", Satuan: "persen", Arah: "naik",
		Targets: flat100, Nasional: 100, Sejak: 2021},
	{Kode: "kab.keputusan", Tingkat: facts.SasaranStrategis, Program: "CQ", Sasaran: "Terlaksananya penetapan Keputusan KPU sesuai dengan ketentuan peraturan perundang-undangan, serta pendokumentasian informasi hukum, dan penyuluhannya",
		Teks: "Persentase Rancangan Keputusan KPU yang disusun dan diharmonisasi dengan tepat waktu sesuai dengan kerangka Regulasi KPU", Satuan: "persen", Arah: "naik",
		Targets: flat100, Nasional: 100, Sejak: 2021},
	{Kode: "kab.logistik", Tingkat: facts.SasaranStrategis, Program: "CQ", Sasaran: "Terwujudnya Dukungan Logistik dalam Penyelenggaraan Pemilu/Pemilihan",
		Teks: "Persentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran, tepat jumlah, tepat jenis, tepat mutu, dan tepat waktu", Satuan: "persen", Arah: "naik",
		Targets: flat100, Nasional: 100, Sejak: 2024},
	{Kode: "kab.jadwal", Tingkat: facts.SasaranStrategis, Program: "CQ", Sasaran: "Terwujudnya Tahapan Pemilu/Pemilihan Sesuai Jadwal",
		Teks: "Persentase KPU Kabupaten dalam menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal", Satuan: "persen", Arah: "naik",
		Targets: flat100, Nasional: 100, Sejak: 2022},
}

// provSS are the sasaran strategis indicators of a KPU Provinsi (NTT).
var provSS = []indikator{
	{Kode: "prov.parpol", Tingkat: facts.SasaranStrategis, Program: "CQ", Sasaran: "Terwujudnya Sistem Informasi mengenai Partai Politik yang andal dan berkualitas",
		Teks: "Persentase informasi mengenai partai politik yang mutakhir dan dipublikasikan pada publik", Satuan: "persen", Arah: "naik",
		Targets: []float64{20, 24, 26, 28, 30}, Nasional: 40, Sejak: 2022},
	{Kode: "prov.rb", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas",
		Teks: "Indeks Reformasi Birokrasi", Satuan: "nilai", Arah: "naik",
		Targets: []float64{75, 76, 77, 78, 79}, Nasional: 80, Sejak: 2021, RB: true},
	{Kode: "prov.akip", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas",
		Teks: "Nilai Akuntabilitas Kinerja", Satuan: "predikat", Arah: "predikat",
		Grade: "B", Targets: []float64{0}, Sejak: 2021, SAKIP: true},
	{Kode: "prov.kip", Tingkat: facts.SasaranStrategis, Program: "WA", Sasaran: "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas",
		Teks: "Nilai Keterbukaan Informasi Publik", Satuan: "persen", Arah: "naik",
		Targets: flat100, Nasional: 100, Sejak: 2022},
	{Kode: "prov.jadwal", Tingkat: facts.SasaranStrategis, Program: "CQ", Sasaran: "Terwujudnya koordinasi penyelenggaraan kepemiluan yang sesuai dengan Standar Pelayanan Publik, disertai pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu berbasis teknologi informasi yang terintegrasi",
		Teks: "Persentase KPU Provinsi dan Kabupaten/Kota yang Menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku", Satuan: "persen", Arah: "naik",
		Targets: flat100, Nasional: 100, Sejak: 2022},
	{Kode: "prov.pelanggaran", Tingkat: facts.SasaranStrategis, Program: "CQ", Sasaran: "Terwujudnya koordinasi penyelenggaraan kepemiluan yang sesuai dengan Standar Pelayanan Publik, disertai pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu berbasis teknologi informasi yang terintegrasi",
		Teks: "Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan", Satuan: "persen", Arah: "turun",
		Targets: []float64{3}, Nasional: 3, Sejak: 2023},
	{Kode: "prov.sengketa", Tingkat: facts.SasaranStrategis, Program: "CQ", Sasaran: "Terwujudnya koordinasi penyelenggaraan kepemiluan yang sesuai dengan Standar Pelayanan Publik, disertai pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu berbasis teknologi informasi yang terintegrasi",
		Teks: "Persentase Sengketa Hukum yang dimenangkan KPU", Satuan: "persen", Arah: "naik",
		Targets: []float64{89, 89, 89, 89, 90}, Nasional: 90, Sejak: 2022},
}

const (
	kegKeuangan = "Pengelolaan Keuangan dan Barang Milik Negara"
	kegOperasi  = "Operasional Perkantoran dan Dukungan Sarana Prasarana"
	kegRencana  = "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggaraan Pemilu"
	kegAdhoc    = "Pembentukan Badan Adhoc"
	kegTeknis   = "Teknis Penyelenggaraan Pemilu/Pemilihan"
)

// kabSK are sasaran kegiatan indicators (Alor, Tabel 3.22–3.27). For a
// province "KPU Kabupaten" reads "KPU Provinsi".
var kabSK = []indikator{
	{Kode: "sk.perbendaharaan", Program: "WA", Kegiatan: kegKeuangan, Sasaran: "Meningkatnya pembinaan perbendaharaan",
		Teks: "Persentase Pejabat Perbendaharaan yang menyelesaikan pertanggungjawaban penggunaan anggaran sesuai ketentuan", Satuan: "persen", Arah: "naik", Targets: flat100},
	{Kode: "sk.sakpl", Program: "WA", Kegiatan: kegKeuangan, Sasaran: "Terlaksananya Sistem Akuntansi dan Pelaporan Keuangan",
		Teks: "Jumlah laporan sistem akuntansi dan pelaporan keuangan", Satuan: "laporan", Arah: "naik", Targets: []float64{2}, Unit: "Lap"},
	{Kode: "sk.gaji", Program: "WA", Kegiatan: kegKeuangan, Sasaran: "Terlaksananya Pembayaran Gaji dan Tunjangan yang tepat waktu",
		Teks: "Persentase pembayaran gaji dan tunjangan yang tepat waktu", Satuan: "persen", Arah: "naik", Targets: flat100},
	{Kode: "sk.bmn", Program: "WA", Kegiatan: kegKeuangan, Sasaran: "Terwujudnya Pengelolaan Barang Milik Negara sesuai dengan Peraturan dan Perundangan yang berlaku",
		Teks: "Persentase KPU Kabupaten yang Patuh dan Tertib dalam Pengelolaan Barang Milik Negara yang Material", Satuan: "persen", Arah: "naik", Targets: []float64{85}},
	{Kode: "sk.simak", Program: "WA", Kegiatan: kegKeuangan, Sasaran: "Terwujudnya Pengelolaan Barang Milik Negara sesuai dengan Peraturan dan Perundangan yang berlaku",
		Teks: "Jumlah Laporan Barang Milik Negara Berdasarakan SIMAK BMN yang datanya sesuai dengan Data SAK", Satuan: "laporan", Arah: "naik", Targets: []float64{2}, Unit: "Lap"},
	{Kode: "sk.arsip", Program: "WA", Kegiatan: kegOperasi, Sasaran: "Meningkatnya Kualitas Tata Kelola Administrasi Persuratan dan Pengelolaan Arsip",
		Teks: "Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan", Satuan: "persen", Arah: "naik", Targets: []float64{87.5}},
	{Kode: "sk.transportasi", Program: "WA", Kegiatan: kegOperasi, Sasaran: "Terwujudnya Dukungan Sarana dan Prasarana Guna Meningkatkan Kelancaran Tugas KPU",
		Teks: "Persentase sarana transportasi untuk mendukung kinerja pegawai yang berfungsi dengan baik", Satuan: "persen", Arah: "naik", Targets: flat100},
	{Kode: "sk.fasilitas", Program: "WA", Kegiatan: kegOperasi, Sasaran: "Terwujudnya Dukungan Sarana dan Prasarana Guna Meningkatkan Kelancaran Tugas KPU",
		Teks: "Persentase fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik", Satuan: "persen", Arah: "naik", Targets: []float64{75}},
	{Kode: "sk.targetpk", Program: "CQ", Kegiatan: kegRencana, Sasaran: "Terwujudnya sistem administrasi penyelenggaraan pemilu yang tertib, efektif dan efisien",
		Teks: "Persentase KPU Kabupaten yang target kinerjanya tercapai sesuai dengan perjanjian kinerja", Satuan: "persen", Arah: "naik", Targets: []float64{90}},
	{Kode: "sk.spip", Program: "CQ", Kegiatan: kegRencana, Sasaran: "Meningkatnya Penyelenggaraan SPIP",
		Teks: "Kualitas Laporan SPIP di lingkup KPU Kabupaten yang disajikan secara cepat, tepat dan akurat sesuai SOP", Satuan: "persen", Arah: "naik", Targets: []float64{85}},
	{Kode: "sk.ppid", Program: "CQ", Kegiatan: kegRencana, Sasaran: "Meningkatnya kualitas layanan informasi dan data yang cepat serta akurat",
		Teks: "Persentase Permohonan Informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP", Satuan: "persen", Arah: "naik", Targets: flat100},
	{Kode: "sk.adhoc", Program: "CQ", Kegiatan: kegAdhoc, Sasaran: "Pembentukan Badan Penyelenggara Adhoc",
		Teks: "Jumlah Badan Adhoc yang dipersiapkan dan dibentuk", Satuan: "kecamatan", Arah: "naik", Targets: []float64{0}, Unit: "Kecamatan"},
	{Kode: "sk.pemula", Program: "CQ", Kegiatan: kegTeknis, Sasaran: "Pendidikan Pemilih Kepada Pemilih Pemula, Perempuan dan Disabilitas",
		Teks: "Persentase pelaksanaan \"Pendidikan Pemilih Kepemiluan dan Demokrasi\" untuk Pemilih Pemula", Satuan: "persen", Arah: "naik", Targets: flat100},
}

// catalogue returns the indicators a satker reports, SS first then SK.
// Provinces have no kecamatan, so the ad hoc body indicator is theirs only
// when they are a kabupaten/kota.
func catalogue(s *satker) []indikator {
	var out []indikator
	if s.Jenis == "provinsi" {
		out = append(out, provSS...)
	} else {
		out = append(out, kabSS...)
	}
	for _, k := range kabSK {
		k.Tingkat = facts.SasaranKegiatan
		if k.Sejak == 0 {
			k.Sejak = 2020
		}
		if s.Jenis == "provinsi" {
			if k.Satuan == "kecamatan" {
				continue
			}
			k.Teks = strings.ReplaceAll(k.Teks, "KPU Kabupaten", "KPU Provinsi")
		}
		out = append(out, k)
	}
	return out
}

// FoldText is the matching form of a text: normalize.Key, the parser's own
// (homoglyphs folded, lower case, runs of non-alphanumerics collapsed to one
// space). Package eval keys truth rows by it, so generator, parser and
// scorer fold alike.
func FoldText(s string) string { return normalize.Key(s) }

// foldRune maps the Cyrillic look-alikes the PDFs produce to Latin.
func foldRune(r rune) rune {
	switch r {
	case 'В':
		return 'B'
	case 'Р':
		return 'P'
	case 'С':
		return 'C'
	case 'А':
		return 'A'
	case 'в':
		return 'b'
	case 'р':
		return 'p'
	case 'с':
		return 'c'
	case 'а':
		return 'a'
	}
	return r
}

// refIndikator maps the folded text of every canonical indicator and of
// each of its aliases (schemas/ref/indikator.csv, through package
// indicator) to its indikator_id. The generator knows which indicator it
// writes, so it looks the id up by exact folded text rather than by the
// parser's similarity matcher; TestCatalogueIDs checks that every indicator
// of the catalogue has one and that the matcher agrees.
func refIndikator() map[string]string {
	out := map[string]string{}
	for _, e := range indicator.Entries() {
		out[FoldText(e.Teks)] = e.ID
		for _, a := range e.Alias {
			if _, ok := out[FoldText(a)]; !ok {
				out[FoldText(a)] = e.ID
			}
		}
	}
	return out
}

// splitCatalogue is s's indicator catalogue as its sasaran strategis and
// sasaran kegiatan indicators, in catalogue order.
func splitCatalogue(s *satker) (ss, sk []*indikator) {
	cat := catalogue(s)
	for i := range cat {
		if cat[i].Tingkat == facts.SasaranStrategis {
			ss = append(ss, &cat[i])
		} else {
			sk = append(sk, &cat[i])
		}
	}
	return ss, sk
}
