package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// budgetPath is a budget code written with its whole path, as the RKA-K/L
// prints it: "076.01.WA.3355" (program.kegiatan) or
// "076.01.WA.3355.EBD.955" / "WA.3355.EBD.955" (program.kegiatan.output).
// The path names the line's parents itself, so its level and parent need
// no help from the rows above it.
type budgetPath struct {
	program  string // "076.01.WA"
	kegiatan string // "3355"
	output   string // "3355.EBD.955", "" for a kegiatan line
}

// parseBudgetPath splits t into its segments; ok only when every segment
// has the shape of its level: [BA(3 digits).Eselon(2 digits).]program(2
// letters).kegiatan(4 digits)[.KRO(3 letters).RO(3 digits)]. "WA.3355" is
// left to the short kegiatan code (budgetCodeShape).
func parseBudgetPath(t string) (budgetPath, bool) {
	if len(t) < 14 || len(t) > 22 || strings.IndexByte(t, ' ') >= 0 {
		return budgetPath{}, false
	}
	seg := strings.Split(t, ".")
	ba, es := "076", "01"
	if len(seg) >= 4 && len(seg[0]) == 3 && normalize.AllDigits(seg[0]) {
		if len(seg[1]) != 2 || !normalize.AllDigits(seg[1]) {
			return budgetPath{}, false
		}
		ba, es = seg[0], seg[1]
		seg = seg[2:]
	}
	if len(seg) != 2 && len(seg) != 4 {
		return budgetPath{}, false
	}
	if len(seg[0]) != 2 || !normalize.AllUpper(seg[0]) || len(seg[1]) != 4 || !normalize.AllDigits(seg[1]) {
		return budgetPath{}, false
	}
	bp := budgetPath{program: ba + "." + es + "." + seg[0], kegiatan: seg[1]}
	if len(seg) == 4 {
		if len(seg[2]) != 3 || !normalize.AllUpper(seg[2]) || len(seg[3]) != 3 || !normalize.AllDigits(seg[3]) {
			return budgetPath{}, false
		}
		bp.output = seg[1] + "." + seg[2] + "." + seg[3]
	}
	return bp, true
}

// pathLevel sets the code, level and parent of a line whose code is a
// whole path; the path's program and kegiatan become the current ones for
// the lines below it.
func pathLevel(a *facts.Anggaran, bp budgetPath, program, kegiatan *string) {
	*program, *kegiatan = bp.program, bp.kegiatan
	if bp.output == "" {
		a.Kode, a.Tingkat, a.KodeInduk = bp.kegiatan, facts.LevelKegiatan, bp.program
		return
	}
	a.Kode, a.Tingkat, a.KodeInduk = bp.output, facts.LevelOutput, bp.kegiatan
}

// programByName is the code of a program row written by its name alone,
// without a code: the KPU's two programs since the 2021 restructuring,
// "Program Dukungan Manajemen" (WA) and "Program Penyelenggaraan Pemilu
// dalam Proses Konsolidasi Demokrasi" (CQ). The older "Program Dukungan
// Manajemen dan Pelaksanaan Tugas Teknis Lainnya" had another code and is
// not matched.
func programByName(s string) string {
	k := normalize.Key(s)
	switch {
	case k == "program dukungan manajemen":
		return "WA"
	case strings.HasPrefix(k, "program penyelenggaraan pemilu dalam proses konsolidasi demokrasi"):
		return "CQ"
	}
	return ""
}

// kegiatanNames are the official names of the kegiatan of the two
// programs since 2021, folded, with the program each belongs to.
var kegiatanNames = map[string]struct{ code, program string }{
	"pengelolaan keuangan dan barang milik negara":          {"3355", "076.01.WA"},
	"pengelolaan sumber daya manusia":                       {"3358", "076.01.WA"},
	"operasional perkantoran dan dukungan sarana prasarana": {"3360", "076.01.WA"},
	"teknis penyelenggaraan pemilu pemilihan":               {"6639", "076.01.CQ"},
	"penyelenggaraan pemutakhiran data pemilih":             {"6640", "076.01.CQ"},
	"sosialisasi dan partisipasi masyarakat":                {"6709", "076.01.CQ"},
	"pembentukan badan adhoc":                               {"6867", "076.01.CQ"},
}

// kegiatanByName is the code of a kegiatan row written by its whole
// official name alone (BMN and SDM spelled out or not), under the program
// it belongs to; a shortened name, another name, or the name under the
// other program or under none proves no code.
func kegiatanByName(s, program string) string {
	if kg, ok := kegiatanNames[kegiatanKey(s)]; ok && kg.program == program {
		return kg.code
	}
	return ""
}

// kegiatanKey is a kegiatan's name as kegiatanNames holds it: BMN and SDM
// spelled out.
func kegiatanKey(s string) string {
	k := strings.ReplaceAll(" "+normalize.Key(s)+" ", " bmn ", " barang milik negara ")
	return strings.TrimSpace(strings.ReplaceAll(k, " sdm ", " sumber daya manusia "))
}

// isOutputTail: an output code written without its kegiatan, "EBA.956"
// (KRO.RO); the kegiatan row above it completes it to "3355.EBA.956".
func isOutputTail(t string) bool {
	return len(t) == 7 && t[3] == '.' && normalize.AllUpper(t[:3]) && normalize.AllDigits(t[4:])
}
