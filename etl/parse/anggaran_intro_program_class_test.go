package parse

import (
	"strings"
	"testing"
)

// TestIntroProgramClass: one kegiatan table per program with no caption,
// each introduced by a paragraph that names its program and ends in ':'
// ("Program … (076.01.CQ) … Rincian per kegiatan:"): the paragraph's
// program is the kegiatan's parent. Look-alikes: a paragraph that does not
// introduce the table (no ':') or names two programs proves no parent.
func TestIntroProgramClass(t *testing.T) {
	table := func(ls []carriedLine) []string {
		out := []string{"", "Kode\tKegiatan\tPagu\tRealisasi\tSisa\t%"}
		for _, l := range ls {
			out = append(out, strings.Join(l.cells(), "\t"))
		}
		return append(out, "")
	}
	wa, cq := carriedKegiatan[:4], carriedKegiatan[4:]
	join := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	withParent := []string{
		"3357|kegiatan|076.01.WA|2024|874250000|851003400|23246600",
		"3358|kegiatan|076.01.WA|2024|1096400000|1040127650|56272350",
		"3359|kegiatan|076.01.WA|2024|512800000|499612000|13188000",
		"3360|kegiatan|076.01.WA|2024|2305150000|2231448275|73701725",
		"6639|kegiatan|076.01.CQ|2024|2940000000|2811370125|128629875",
	}
	noParent := make([]string, len(withParent))
	for i, r := range withParent {
		f := strings.Split(r, "|")
		f[2] = ""
		noParent[i] = strings.Join(f, "|")
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "intro paragraphs naming the program by code",
			body: join([]string{"Kegiatan pada Program Dukungan Manajemen (076.01.WA) berjalan tertib dan", "seluruhnya terlaksana. Rinciannya sebagai berikut:"}, table(wa),
				[]string{"Untuk Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "(076.01.CQ) kegiatannya adalah:"}, table(cq)),
			want: map[string][]string{"anggaran": withParent}},
		{name: "intro paragraphs without a colon",
			body: join([]string{"Kegiatan pada Program Dukungan Manajemen (076.01.WA) berjalan tertib."}, table(wa),
				[]string{"Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ)", "juga terlaksana."}, table(cq)),
			want: map[string][]string{"anggaran": noParent}},
		{name: "an intro naming two programs",
			body: join([]string{"Kegiatan Program 076.01.WA dan Program 076.01.CQ adalah sebagai berikut:"}, table(append(append([]carriedLine{}, wa...), cq...))),
			want: map[string][]string{"anggaran": noParent}},
	})
}
