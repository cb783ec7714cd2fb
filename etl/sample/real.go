package sample

// Real figures transcribed from shared/corpus/real. Where a satker-year has
// them, the world uses them, so the synthetic Alor 2024 and NTT 2024 reports
// carry the numbers of the real ones (line numbers refer to those files).

// realSakip: Alor's AKIP 2023 components (lkj-2024-kpu-kabupaten-alor.txt
// 1181–1189: 24,30 + 21,60 + 10,50 + 16,75 = 73,15 BB); NTT's 2023 score
// 77,95 BB (lkj-2024-kpu-provinsi-ntt.txt 640), components synthetic.
var realSakip = map[string]sakipVal{
	"5305/2023": {Komp: [4]int64{2430, 2160, 1050, 1675}, Total: 7315},
	"53/2023":   {Komp: [4]int64{2460, 2280, 1110, 1945}, Total: 7795},
}

// realRB: Alor 2024 "27,21 (74,95%) dari bobot 36,30" (alor 1218); NTT's
// index 89,25 (ntt 526), nilai synthetic.
var realRB = map[string]rbVal{
	"5305/2024": {Nilai: 27.21, Bobot: 36.30, Persen: 74.95},
	"53/2024":   {Nilai: 32.40, Bobot: 36.30, Persen: 89.25},
}

// realCapaian: realisasi of numeric indicators (alor 736–780, 1938–2004;
// ntt 523–531).
var realCapaian = map[string]float64{
	"5305/2024/kab.kompetensi":  100,
	"5305/2024/kab.sarpras":     70.45,
	"5305/2024/kab.datapemilih": 100,
	"5305/2024/kab.keputusan":   100,
	"5305/2024/kab.logistik":    100,
	"5305/2024/kab.jadwal":      100,
	"5305/2024/sk.bmn":          100,
	"5305/2024/sk.arsip":        100,
	"5305/2024/sk.transportasi": 81.82,
	"5305/2024/sk.fasilitas":    70.45,
	"5305/2024/sk.targetpk":     63.16,
	"5305/2024/sk.spip":         100,
	"53/2024/prov.parpol":       30,
	"53/2024/prov.kip":          100,
	"53/2024/prov.jadwal":       100,
}

// realTotals: Alor's pagu and realisasi 2020–2023 (alor 2087–2091) and
// NTT's 2023 totals from its closing chapter (ntt 1126).
var realTotals = map[string][2]int64{
	"5305/2020": {2789132000, 2563727690},
	"5305/2021": {2647819000, 2514190236},
	"5305/2022": {4599617000, 4120403002},
	"5305/2023": {30739764000, 30293217471},
	"53/2023":   {65695164000, 64633322602},
}

// realAwal: initial DIPA and number of revisions (alor 87).
var realAwal = map[string][2]int64{
	"5305/2024": {28518161000, 16},
}

// realBudget: the full 2024 tables. Alor gives program and kegiatan (alor
// 2063–2079); NTT gives outputs too (ntt 1081–1114). NTT's 6709 outputs do
// not add up to the kegiatan in the real report; a fourth output carries the
// difference so the synthetic tree stays consistent.
var realBudget = map[string]func() *budget{
	"5305/2024": func() *budget {
		wa := prog("WA", 2586252000, 2572698744,
			keg("3355", 2500000000, 2488420244), keg("3360", 86252000, 84278500))
		cq := prog("CQ", 42394032000, 42203566711,
			keg("6639", 19571045000, 19571037620), keg("6709", 1371281000, 1202166750),
			keg("6867", 17250088000, 17250084572), keg("6870", 3327000, 3320000),
			keg("6871", 1761592000, 1761542142), keg("6872", 2421821000, 2400542627),
			keg("6981", 2000, 0), keg("6982", 14876000, 14873000))
		return &budget{Tahun: 2024, Total: total(44980284000, 44776265455, wa, cq), PaguAwal: 28518161000, Revisi: 16}
	},
	"53/2024": func() *budget {
		cq := prog("CQ", 204305276000, 203487916155,
			keg("6639", 155683894000, 154938701685, out("6639.BDB.001", 155683894000, 154938701685)),
			keg("6709", 22124094000, 22098551460, out("6709.QGE.001", 17487291000, 17477470987), out("6709.QGE.002", 4087000000, 4084904876), out("6709.QGE.003", 185156000, 183999440), out("6709.QGE.004", 364647000, 352176157)),
			keg("6870", 13793137000, 13783688693, out("6870.QGE.001", 7351000, 6722000), out("6870.QGE.002", 13748825000, 13740615153), out("6870.QGE.003", 36961000, 36351540)),
			keg("6871", 11632683000, 11620233939, out("6871.QGE.001", 28332000, 23773894), out("6871.QGE.002", 11584032000, 11579041845), out("6871.QGE.003", 20319000, 17418200)),
			keg("6872", 786257000, 772548568, out("6872.QGE.001", 28601000, 28537332), out("6872.QGE.002", 687795000, 675125336), out("6872.QGE.003", 69861000, 68885900)),
			keg("6981", 20590000, 19559178, out("6981.QGE.001", 2000, 0), out("6981.QGE.002", 20588000, 19559178)),
			keg("6982", 264621000, 254632632, out("6982.QGE.001", 4535000, 1287000), out("6982.QGE.003", 260086000, 253345632)))
		wa := prog("WA", 11159251000, 11135095685,
			keg("3355", 6631006000, 6608651185, out("3355.EBA.994", 6631006000, 6608651185)),
			keg("3360", 4528245000, 4526444500, out("3360.EBA.994", 4528245000, 4526444500)))
		return &budget{Tahun: 2024, Total: total(215464527000, 214623011840, cq, wa), PaguAwal: 148211350000, Revisi: 9}
	},
}

// realPilkada2024: DPT and TPS of the November 2024 Pilkada per kabupaten
// (ntt 1191–1217).
var realPilkada2024 = map[string]struct {
	TPS, L, P int64
	Ket       string
}{
	"5301": {612, 133451, 133895, "-"}, "5302": {770, 171843, 179196, "1 TPS Loksus"},
	"5303": {445, 95277, 98625, "1 TPS Loksus"}, "5304": {374, 79004, 82495, "2 TPS Loksus"},
	"5305": {510, 75632, 81248, "1 TPS Loksus"}, "5306": {487, 100953, 108758, "1 TPS Loksus"},
	"5307": {557, 115547, 129291, "1 TPS Loksus"}, "5308": {637, 98351, 108711, "1 TPS Loksus"},
	"5309": {330, 60794, 65004, "1 TPS Loksus"}, "5310": {636, 121934, 124828, "1 TPS Loksus"},
	"5311": {507, 95704, 93122, "1 TPS Loksus"}, "5312": {240, 48974, 47861, "1 TPS Loksus"},
	"5313": {267, 49923, 55883, "1 TPS Loksus"}, "5314": {273, 49805, 51213, "1 TPS Loksus"},
	"5315": {587, 99214, 100535, "-"}, "5316": {308, 57964, 61703, "-"},
	"5317": {156, 29428, 28524, "-"}, "5318": {506, 126096, 122763, "-"},
	"5319": {596, 109113, 107989, "-"}, "5320": {190, 32061, 31004, "-"},
	"5321": {337, 72976, 76595, "-"}, "5371": {552, 134400, 140685, "2 TPS Loksus"},
}

// alorKec: Alor's Pilkada 2024 DPT per kecamatan (alor 1323–1340).
var alorKec = []struct {
	Nama            string
	Desa, TPS, L, P int64
}{
	{"TELUK MUTIARA", 16, 85, 17818, 19664}, {"ALOR BARAT LAUT", 19, 56, 8020, 8652},
	{"ALOR BARAT DAYA", 13, 37, 6514, 6965}, {"ALOR SELATAN", 14, 30, 3524, 3716},
	{"ALOR TIMUR", 10, 26, 3137, 3214}, {"PANTAR", 11, 22, 3736, 3911},
	{"ALOR TENGAH UTARA", 14, 36, 4389, 5061}, {"ALOR TIMUR LAUT", 8, 30, 3577, 3555},
	{"PANTAR BARAT", 7, 15, 2640, 2745}, {"KABOLA", 5, 17, 2993, 3313},
	{"PULAU PURA", 6, 14, 1941, 2217}, {"MATARU", 7, 20, 2197, 2330},
	{"PUREMAN", 4, 16, 1272, 1329}, {"PANTAR TIMUR", 11, 30, 4298, 4610},
	{"LEMBUR", 6, 17, 1753, 1842}, {"PANTAR TENGAH", 10, 28, 3703, 3958},
	{"PANTAR BARAT LAUT", 7, 13, 1768, 1873}, {"ABAD SELATAN", 7, 18, 2352, 2293},
}

func total(pagu, real int64, progs ...*line) *line {
	return &line{Kode: "TOTAL", Uraian: "Total", Tingkat: "total", Pagu: pagu, Real: real, Children: progs}
}

func prog(p string, pagu, real int64, kegs ...*line) *line {
	l := &line{Kode: "076.01." + p, Uraian: uraianWA, Tingkat: "program", Prog: p, Pagu: pagu, Real: real, Children: kegs}
	if p == "CQ" {
		l.Uraian = uraianCQ
	}
	for _, k := range kegs {
		k.Induk, k.Prog = l.Kode, p
		for _, o := range k.Children {
			o.Prog = p
		}
	}
	return l
}

func keg(kode string, pagu, real int64, outs ...*line) *line {
	l := &line{Kode: kode, Tingkat: "kegiatan", Pagu: pagu, Real: real, Children: outs}
	for _, d := range append(kegWA, kegCQ...) {
		if d.Kode == kode {
			l.Uraian = d.Uraian
			for _, o := range outs {
				for _, od := range d.Outputs {
					if od.Kode == o.Kode {
						o.Uraian = od.Uraian
					}
				}
			}
		}
	}
	for _, o := range outs {
		o.Induk = kode
	}
	return l
}

func out(kode string, pagu, real int64) *line {
	return &line{Kode: kode, Tingkat: "output", Pagu: pagu, Real: real}
}
