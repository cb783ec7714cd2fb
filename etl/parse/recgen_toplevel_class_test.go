package parse

import (
	"strings"
	"testing"
)

// replDoc sets a REPL session under a caption (glued to it when tight),
// with a TAB table above and a source line under it.
func replDoc(caption string, tight bool, session string) []string {
	out := []string{"Tabel 2.1 Data Pegawai", "", "No\tUraian\tJumlah", "1\tPNS\t12", "2\tPPNPN\t9", "", caption}
	if !tight {
		out = append(out, "")
	}
	out = append(out, strings.Split(session, "\n")...)
	return append(out, "", "Sumber: sesi REPL diketik ulang.", "")
}

// TestRecgenToplevelClass: a table's rows printed as a typed REPL's value
// (OCaml utop and toplevel, F# fsi, SML) become a TAB table the ordinary
// readers prove: the capaian (realisasi / target) and a budget (pagu −
// realisasi = sisa); the prompts, the type declaration and the typed head
// go with the run. A to-do list with priorities and a list of points give
// nothing.
func TestRecgenToplevelClass(t *testing.T) {
	capWant := []string{"Persentase pemutakhiran data pemilih|100|98.5|98.5", "Persentase laporan keuangan tepat waktu|90|95|105.56"}
	// OCaml toplevel, floats, another field order, the caption right above the prompt
	ocaml := replDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023", true, `# capaian_kinerja;;
- : capaian list =
[{no = 1; indikator_kinerja = "Persentase pemutakhiran data pemilih";
  target = 100.; realisasi = 98.5; capaian_persen = 98.5};
 {no = 2; indikator_kinerja = "Persentase laporan keuangan tepat waktu";
  target = 90.; realisasi = 95.; capaian_persen = 105.56}]
# List.length capaian_kinerja;;
- : int = 2`)
	// utop with the type declaration and strings for numbers, as in the reports
	utop := replDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023", false, `utop[3]> #use "pk.ml";;
type pk = { indikator : string; satuan : string; target : string; realisasi : string; capaian : string; }
val pk_2023 : pk list =
  [{indikator = "Persentase pemutakhiran data pemilih"; satuan = "%";
    target = "100"; realisasi = "98,5"; capaian = "98,5"};
   {indikator = "Persentase laporan keuangan tepat waktu"; satuan = "%";
    target = "90"; realisasi = "95"; capaian = "105,56"}]
utop[4]> List.length pk_2023;;
- : int = 2`)
	// F# fsi, PascalCase, one record a line
	fsharp := replDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023", false, `> capaian;;
val it : Capaian list =
  [{ Indikator = "Persentase pemutakhiran data pemilih"; Target = 100.0; Realisasi = 98.5; Capaian = 98.5 };
   { Indikator = "Persentase laporan keuangan tepat waktu"; Target = 90.0; Realisasi = 95.0; Capaian = 105.56 }]
> List.length capaian;;
val it : int = 2`)
	// F# fsi as it prints: a field a line, the next record after `}; ` on the closing line
	fsiReal := replDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023", false, `> capaian;;
val it: Capaian list =
  [{ Indikator = "Persentase pemutakhiran data pemilih"
     Target = 100.0
     Realisasi = 98.5
     Capaian = 98.5 }; { Indikator = "Persentase laporan keuangan tepat waktu"
                         Target = 90.0
                         Realisasi = 95.0
                         Capaian = 105.56 }]
> capaian.Length;;
val it: int = 2`)
	// SML: fields in name order, the type after the value
	sml := replDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023", false, `- capaian;
val it =
  [{capaian=98.5,indikator="Persentase pemutakhiran data pemilih",realisasi=98.5,target=100.0},
   {capaian=105.56,indikator="Persentase laporan keuangan tepat waktu",realisasi=95.0,target=90.0}]
  : capaian list`)
	// a budget in utop, digit separators
	budget := replDoc("Tabel 3.8 Realisasi Anggaran Tahun 2023", false, `utop # anggaran;;
- : anggaran list =
[{kode = "3360"; uraian = "Penyelenggaraan Pemilu"; pagu = 2_150_000_000; realisasi = 2_042_500_000; sisa = 107_500_000};
 {kode = "3355"; uraian = "Pengelolaan Keuangan"; pagu = 880_000_000; realisasi = 879_000_000; sisa = 1_000_000}]
utop # #quit;;`)

	// look-alikes: a to-do list with priorities, a list of points
	todo := replDoc("Catatan kerja subbagian:", false, `utop # todo;;
- : tugas list =
[{judul = "Rapat pleno"; prioritas = 1; estimasi_jam = 3};
 {judul = "Cetak undangan"; prioritas = 2; estimasi_jam = 1}]`)
	points := replDoc("Koordinat TPS:", false, `> titik;;
val it : Point list =
  [{ X = 1.5; Y = 2.0 };
   { X = 3.0; Y = 4.25 }]`)
	pointsReal := replDoc("Koordinat TPS:", false, `> titik;;
val it: Point list = [{ Nama = "TPS 1"
                        X = 1.5
                        Y = 2.0 }; { Nama = "TPS 2"
                                     X = 3.0
                                     Y = 4.25 }]`)
	fams := []string{"capaian", "anggaran", "dpt"}
	checkDocs(t, fams, []docCase{
		{"ocaml toplevel", ocaml, map[string][]string{"capaian": capWant}},
		{"utop with a type", utop, map[string][]string{"capaian": capWant}},
		{"fsharp fsi", fsharp, map[string][]string{"capaian": capWant}},
		{"fsharp fsi, a field a line", fsiReal, map[string][]string{"capaian": capWant}},
		{"sml", sml, map[string][]string{"capaian": capWant}},
		{"utop budget", budget, map[string][]string{"anggaran": {"3360|kegiatan||2023|2150000000|2042500000|107500000",
			"3355|kegiatan||2023|880000000|879000000|1000000"}}},
		{"todo list", todo, nil},
		{"points", points, nil},
		{"named points, fsi", pointsReal, nil},
	})
}
