package normalize

// snakeWords are the parts of column names written as identifiers
// ("jml_desa", "thn_dinilai", "nilai_akip") that table headers abbreviate,
// spelled out, and the header words such names hold that titles written
// in words seldom do ("akip", "serapan"): the header readers of package
// extract and parse take an identifier's parts through SnakeWord.
var snakeWords = map[string]string{
	"jml": "jumlah", "jmlh": "jumlah", "jum": "jumlah", "tot": "total", "ttl": "total",
	"kec": "kecamatan", "kab": "kabupaten", "kel": "kelurahan", "prov": "provinsi", "wil": "wilayah",
	"nm": "nama", "thn": "tahun", "th": "tahun", "kd": "kode", "ket": "keterangan",
	"tgt": "target", "trgt": "target", "real": "realisasi", "rls": "realisasi", "realis": "realisasi",
	"capai": "capaian", "cap": "capaian", "pct": "persen", "prs": "persen", "prsn": "persen", "pers": "persen",
	"angg": "anggaran", "anggr": "anggaran", "agr": "anggaran", "blj": "belanja", "keg": "kegiatan",
	"prog": "program", "ind": "indikator", "indik": "indikator", "sas": "sasaran", "sat": "satuan",
	"komp": "komponen", "pred": "predikat", "eval": "evaluasi",
	"akip": "akip", "sakip": "sakip", "lakip": "lakip", "serapan": "serapan", "dievaluasi": "dievaluasi",
	"penilaian": "penilaian", "nama": "nama", "dpshp": "dpshp", "dpk": "dpk", "lk": "laki", "pr": "perempuan",
}

// SnakeWord is the word a part of an identifier column name abbreviates
// (or names itself, for the header words listed); false for other parts.
func SnakeWord(part string) (string, bool) {
	w, ok := snakeWords[part]
	return w, ok
}
