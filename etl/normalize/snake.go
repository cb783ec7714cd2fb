package normalize

import "strings"

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
	"pmlh": "pemilih", "pmlih": "pemilih", // a GIS layer's ten-letter field names ("PMLH_L", "JML_PMLH")
}

// SnakeWord is the word a part of an identifier column name abbreviates
// (or names itself, for the header words listed); false for other parts.
func SnakeWord(part string) (string, bool) {
	w, ok := snakeWords[part]
	return w, ok
}

// snakeSex are the parts that name a count's sex; snakeCount the parts
// that may stand beside them in a voter count's name.
var (
	snakeSex   = map[string]string{"l": "laki-laki", "lk": "laki-laki", "laki": "laki-laki", "p": "perempuan", "pr": "perempuan", "prp": "perempuan", "perempuan": "perempuan", "wanita": "perempuan", "lp": "L+P"}
	snakeCount = map[string]bool{"pemilih": true, "pmlh": true, "pmlih": true, "jml": true, "jmlh": true, "jumlah": true, "total": true, "tot": true, "daftar": true,
		"dpt": true, "dps": true, "dpshp": true, "dptb": true, "dpk": true, "dph": true}
)

// SnakeHeader is a column name written as an identifier ("jml_desa",
// "thn_dinilai", "paguAnggaran") in header words: its parts between '_'
// and camelCase humps, their abbreviations spelled out (SnakeWord), and a
// voter count named with its sex named by its roll (when not the DPT
// itself) and its sex alone ("pemilih_l" → "laki-laki", "dps_p" → "DPS
// perempuan", "jml_l_p" → "L+P"), so that "jumlah pemilih" around it
// never reads as the total.
func SnakeHeader(c string) string {
	var parts []string
	for _, w := range strings.Split(c, "_") {
		from := 0
		for i := 1; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
				parts = append(parts, strings.ToLower(w[from:i]))
				from = i
			}
		}
		if w = strings.ToLower(w[from:]); w != "" {
			parts = append(parts, w)
		}
	}
	if s, ok := snakeSexCount(parts); ok {
		return s
	}
	if snakeVoterTotal(parts) {
		return "jumlah pemilih" // "pmlh_jml", "pemilih_total": the word order of a field name, not of a title
	}
	for k, p := range parts {
		if w, ok := SnakeWord(p); ok {
			parts[k] = w
		}
	}
	return strings.Join(parts, " ")
}

// snakeVoterTotal: a name of two parts, the voters and their count, in
// either order ("pemilih_jml", "jml_pmlh", "pmlh_total").
func snakeVoterTotal(parts []string) bool {
	if len(parts) != 2 {
		return false
	}
	voters := func(p string) bool { return p == "pemilih" || p == "pmlh" || p == "pmlih" }
	count := func(p string) bool { return p == "jml" || p == "jmlh" || p == "jumlah" || p == "total" || p == "tot" }
	return voters(parts[0]) && count(parts[1]) || count(parts[0]) && voters(parts[1])
}

// snakeSexCount names a voter count split by sex by its roll (when not the
// DPT itself) and its sex alone; false for other names.
func snakeSexCount(parts []string) (string, bool) {
	sex, roll := "", ""
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		switch {
		case p == "l" && k+1 < len(parts) && parts[k+1] == "p":
			p, k = "lp", k+1 // "l_p": both
		case p == "laki" && k+1 < len(parts) && parts[k+1] == "laki":
			k++
		}
		if s, ok := snakeSex[p]; ok {
			switch {
			case sex == "":
				sex = s
			case sex == "laki-laki" && s == "perempuan":
				sex = "L+P" // "lk_pr": both
			default:
				return "", false
			}
			continue
		}
		if !snakeCount[p] {
			return "", false
		}
		if p == "dps" || p == "dpshp" || p == "dptb" || p == "dpk" || p == "dph" {
			roll = strings.ToUpper(p) + " "
		}
	}
	return roll + sex, sex != ""
}
