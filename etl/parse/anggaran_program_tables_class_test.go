package parse

import (
	"strconv"
	"strings"
	"testing"
)

// progTable writes one program's budget table: its caption, header, its
// kegiatan and its total line.
func progTable(caption, total string, ls []carriedLine) []string {
	out := []string{caption, "", "Kode\tKegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)"}
	s := sumLines("", "", ls...)
	for _, l := range ls {
		out = append(out, strings.Join(l.cells(), "\t"))
	}
	return append(out, strings.Join(append([]string{"", total}, s.cells()[2:]...), "\t"), "")
}

func TestProgramTablesClass(t *testing.T) {
	wa, cq := carriedKegiatan[:4], carriedKegiatan[4:]
	// sums: WA 4.788.600.000 / 4.622.191.325, CQ 2.940.000.000 / 2.811.370.125
	tableWA := func(caption, total string) []string { return progTable(caption, total, wa) }
	tableCQ := func(caption, total string) []string { return progTable(caption, total, cq) }
	kegiatan := []string{
		"3357|kegiatan|076.01.WA|2024|874250000|851003400|23246600",
		"3358|kegiatan|076.01.WA|2024|1096400000|1040127650|56272350",
		"3359|kegiatan|076.01.WA|2024|512800000|499612000|13188000",
		"3360|kegiatan|076.01.WA|2024|2305150000|2231448275|73701725",
		"076.01.WA|program||2024|4788600000|4622191325|166408675",
		"6639|kegiatan|076.01.CQ|2024|2940000000|2811370125|128629875",
		"076.01.CQ|program||2024|2940000000|2811370125|128629875",
	}
	join := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	total := "TOTAL|total||2024|7728600000|7433561450|295038550"
	tests := []docCase{
		{name: "caption codes, total named by its program, prose total",
			body: join([]string{"Anggaran disajikan per program.", ""},
				tableWA("Tabel 3.5.1 Program Dukungan Manajemen (076.01.WA)", "Jumlah Program 076.01.WA"),
				tableCQ("Tabel 3.5.2 Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ)", "Jumlah Program 076.01.CQ"),
				[]string{"Secara keseluruhan pagu Tahun Anggaran 2024 sebesar Rp7.728.600.000 terealisasi Rp7.433.561.450."}),
			want: map[string][]string{"anggaran": append(append([]string{}, kegiatan...), total)}},
		{name: "captions name the program in words, total JUMLAH",
			body: join(tableWA("Tabel 4.1 Realisasi Kegiatan pada Program Dukungan Manajemen Tahun 2024", "JUMLAH"),
				tableCQ("Tabel 4.2 Realisasi Kegiatan pada Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi Tahun 2024", "JUMLAH"),
				[]string{"Total pagu tahun 2024 Rp7.728.600.000 dengan realisasi Rp7.433.561.450."}),
			want: map[string][]string{"anggaran": append(append([]string{}, kegiatan...), total)}},
		// the prose total is not the programs' sum: no total amount proven
		{name: "prose total the programs do not sum to",
			body: join(tableWA("Tabel 3.2.1 Program Dukungan Manajemen (076.01.WA)", "Total"),
				tableCQ("Tabel 3.2.2 Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ)", "Total"),
				[]string{"Secara keseluruhan pagu Tahun Anggaran 2024 sebesar Rp7.782.600.000 terealisasi Rp7.433.561.450."}),
			want: map[string][]string{"anggaran": append(append([]string{}, kegiatan...), "TOTAL|total||2024|<nil>|<nil>|<nil>")}},
		// a total line naming the other program: whose figures is unproven
		{name: "total line of another program",
			body: tableWA("Tabel 3.3 Program Dukungan Manajemen (076.01.WA)", "Jumlah Program 076.01.CQ"),
			want: map[string][]string{"anggaran": kegiatan[:4]}},
	}
	// each program's figures in a heading sentence over its own table;
	// the last table's JUMLAH is all programs', not its kegiatan's
	headed := func(gap string, tables ...[]string) []string {
		out := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}
		for _, tb := range tables {
			out = append(out, tb[0])
			if gap != "" {
				out = append(out, gap)
			}
			out = append(out, tb[1:]...)
		}
		return out
	}
	rowsOf := func(ls []carriedLine) []string {
		out := []string{"Kode\tKegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)"}
		for _, l := range ls {
			out = append(out, strings.Join(l.cells(), "\t"))
		}
		return out
	}
	headWA := append([]string{"Program Dukungan Manajemen (kode 076.01.WA): pagu Rp4.788.600.000, realisasi Rp4.622.191.325, sisa Rp166.408.675."}, rowsOf(wa)...)
	headCQ := append([]string{"Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (kode 076.01.CQ): pagu Rp2.940.000.000, realisasi Rp2.811.370.125, sisa Rp128.629.875."}, rowsOf(cq)...)
	grand := strings.Join(append([]string{"", "JUMLAH"}, sumLines("", "", carriedKegiatan...).cells()[2:]...), "\t")
	for _, gap := range []string{"", " "} {
		tests = append(tests, docCase{name: "program heading sentences over their tables, gap " + strconv.Quote(gap),
			body: append(headed(gap, headWA, append(append([]string{}, headCQ...), grand)), ""),
			want: map[string][]string{"anggaran": {kegiatan[0], kegiatan[1], kegiatan[2], kegiatan[3], kegiatan[5], total, kegiatan[4], kegiatan[6]}}})
	}
	// a sentence about one program two paragraphs above a table of
	// kegiatan is no heading of it: its program is not their parent
	tests = append(tests, docCase{name: "program sentence not over the table",
		body: append([]string{headCQ[0], "", "Rincian realisasi per kegiatan disajikan berikut.", ""}, rowsOf(wa)...),
		want: map[string][]string{"anggaran": {"3357|kegiatan||2024|874250000|851003400|23246600", "3358|kegiatan||2024|1096400000|1040127650|56272350",
			"3359|kegiatan||2024|512800000|499612000|13188000", "3360|kegiatan||2024|2305150000|2231448275|73701725", kegiatan[6]}}})
	checkDocs(t, []string{"anggaran"}, tests)
}
