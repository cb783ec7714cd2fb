package parse

import (
	"strings"
	"testing"
)

// pdftkField is one block of pdftk's dump_data_fields.
func pdftkField(name, val string) []string {
	return []string{"---", "FieldType: Text", "FieldName: " + name, "FieldFlags: 0", "FieldValue: " + val, "FieldJustification: Left"}
}

// TestFormFieldCardClass: the SAKIP components as a filled form's fields,
// a record a component spread over indexed field names, in several syntaxes.
func TestFormFieldCardClass(t *testing.T) {
	// pdftk's dump, the year in a field, no predikat
	pdftk := []string{"Tabel 3.1 Nilai Evaluasi SAKIP per Komponen", ""}
	pdftk = append(pdftk, pdftkField("tahun_evaluasi", "2021")...)
	for i, c := range [][3]string{{"Perencanaan Kinerja", "30,00", "20,50"}, {"Pengukuran Kinerja", "30,00", "19,75"},
		{"Pelaporan Kinerja", "15,00", "10,10"}, {"Evaluasi Internal", "25,00", "15,05"}} {
		n := "k" + itoa(i+1) + "_"
		pdftk = append(pdftk, pdftkField(n+"nama", c[0])...)
		pdftk = append(pdftk, pdftkField(n+"bobot", c[1])...)
		pdftk = append(pdftk, pdftkField(n+"skor", c[2])...)
	}
	pdftk = append(pdftk, pdftkField("skor_akhir", "65,40")...)
	// an HTML form's post, URL-encoded, the predikat stated
	post := []string{"Data formulir evaluasi (dikirim dari aplikasi):", "",
		"tahun=2022&nama%5B1%5D=Perencanaan+Kinerja&bobot%5B1%5D=30&nilai%5B1%5D=25%2C00&nama%5B2%5D=Pengukuran+Kinerja&bobot%5B2%5D=30&nilai%5B2%5D=22%2C00" +
			"&nama%5B3%5D=Pelaporan+Kinerja&bobot%5B3%5D=15&nilai%5B3%5D=12%2C30&nama%5B4%5D=Evaluasi+Internal&bobot%5B4%5D=25&nilai%5B4%5D=20%2C00" +
			"&nilai_akhir=79%2C30&predikat=BB", ""}
	// an INI section, keys komponenN.field, the year scored as a field
	ini := []string{"Berkas konfigurasi hasil evaluasi (evaluasi.ini):", "", "[evaluasi]",
		"tahun_dinilai = 2023", "komponen1.nama = Perencanaan Kinerja", "komponen1.bobot = 30,00", "komponen1.nilai = 26,40",
		"komponen2.nama = Pengukuran Kinerja", "komponen2.bobot = 30,00", "komponen2.nilai = 24,30",
		"komponen3.nama = Pelaporan Kinerja", "komponen3.bobot = 15,00", "komponen3.nilai = 12,75",
		"komponen4.nama = Evaluasi Internal", "komponen4.bobot = 25,00", "komponen4.nilai = 20,55",
		"nilai_akhir = 84,00", "predikat = A", ""}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "pdftk, skor", body: pdftk, want: map[string][]string{
			"sakip": {"2021|65.4|B"},
			"sakip_komponen": {"2021|perencanaan|30|20.5", "2021|pengukuran|30|19.75", "2021|pelaporan|15|10.1",
				"2021|evaluasi_internal|25|15.05"},
		}},
		{name: "form post", body: post, want: map[string][]string{
			"sakip": {"2022|79.3|BB"},
			"sakip_komponen": {"2022|perencanaan|30|25", "2022|pengukuran|30|22", "2022|pelaporan|15|12.3",
				"2022|evaluasi_internal|25|20"},
		}},
		{name: "ini", body: ini, want: map[string][]string{
			"sakip": {"2023|84|A"},
			"sakip_komponen": {"2023|perencanaan|30|26.4", "2023|pengukuran|30|24.3", "2023|pelaporan|15|12.75",
				"2023|evaluasi_internal|25|20.55"},
		}},
	})
}

// TestFormFieldCardNone: forms of the same syntax that are no evaluation,
// and evaluations whose sums fail, give no SAKIP rows.
func TestFormFieldCardNone(t *testing.T) {
	fdf := func(akhir, n1, grade string) []string {
		return []string{"Formulir evaluasi tahun 2023 (FDF):", "", "%FDF-1.2", "1 0 obj", "<< /FDF << /Fields [",
			"<< /T (tahun_dinilai) /V (2023) >>",
			"<< /T (k1_nama) /V (Perencanaan Kinerja) >> << /T (k1_bobot) /V (30,00) >> << /T (k1_nilai) /V (" + n1 + ") >>",
			"<< /T (k2_nama) /V (Pengukuran Kinerja) >> << /T (k2_bobot) /V (30,00) >> << /T (k2_nilai) /V (21,00) >>",
			"<< /T (k3_nama) /V (Pelaporan Kinerja) >> << /T (k3_bobot) /V (15,00) >> << /T (k3_nilai) /V (11,00) >>",
			"<< /T (k4_nama) /V (Evaluasi Internal) >> << /T (k4_bobot) /V (25,00) >> << /T (k4_nilai) /V (17,00) >>",
			"<< /T (nilai_akhir) /V (" + akhir + ") >> << /T (predikat) /V (" + grade + ") >>", "] >> >>", "endobj", "%%EOF"}
	}
	// a job application's FDF: indexed experience rows, a weight field
	job := []string{"Lampiran: data formulir lamaran PPNPN (FDF)", "", "%FDF-1.2", "<< /FDF << /Fields [",
		"<< /T (nama) /V (Maria Goreti) >> << /T (tahun_lahir) /V (1996) >> << /T (berat_badan) /V (52) >>",
		"<< /T (p1_nama) /V (Toko Sinar Jaya) >> << /T (p1_tahun) /V (2019) >> << /T (p1_bobot) /V (3) >> << /T (p1_nilai) /V (2) >>",
		"<< /T (p2_nama) /V (Koperasi Kredit) >> << /T (p2_tahun) /V (2021) >> << /T (p2_bobot) /V (3) >> << /T (p2_nilai) /V (3) >>",
		"<< /T (nilai_akhir) /V (5) >>", "] >> >>", "%%EOF"}
	// pdftk fields of a tax form with amounts
	var tax []string
	tax = append(tax, "Isian SPT (pdftk dump_data_fields), bobot berkas 2 MB:", "")
	for i, c := range [][2]string{{"Penghasilan neto", "84.000.000"}, {"PTKP", "54.000.000"}, {"PKP", "30.000.000"}} {
		tax = append(tax, pdftkField("baris"+itoa(i+1)+"_uraian", c[0])...)
		tax = append(tax, pdftkField("baris"+itoa(i+1)+"_jumlah", c[1])...)
	}
	cases := map[string][]string{
		"sum disagrees":  fdf("75,00", "22,00", "BB"),
		"nilai > bobot":  fdf("102,00", "31,00", "A"),
		"grade off band": fdf("71,00", "22,00", "A"),
		"job form":       job,
		"tax form":       tax,
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if len(d.SakipKomponen) > 0 || (name != "grade off band" && name != "sum disagrees" && strings.HasPrefix(name, "x")) {
			t.Errorf("%s: %d sakip_komponen rows, want none", name, len(d.SakipKomponen))
		}
		for _, s := range d.Sakip {
			t.Errorf("%s: sakip %d loaded", name, s.TahunDinilai)
		}
	}
}

// TestFormFieldCardWrapped: an FDF's fields set as a paragraph (a PDF
// twin), each line cut wherever it was full, inside a dictionary or a value.
func TestFormFieldCardWrapped(t *testing.T) {
	fdf := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 (data formulir FDF)", "", "%FDF-1.2", "1 0 obj",
		"<< /FDF << /F (LHE_2021.pdf) /Fields [ << /T (k1_nama) /V (Perencanaan Kinerja) >> << /T (k1_bobot) /V (30) >> <<",
		"/T (k1_nilai) /V (21,40) >> << /T (k2_nama) /V (Pengukuran Kinerja) >> << /T (k2_bobot) /V (30) >> << /T",
		"(k2_nilai) /V (20,10) >> << /T (k3_nama) /V (Pelaporan Kinerja) >> << /T (k3_bobot) /V (15) >> << /T (k3_nilai) /V",
		"(10,55) >> << /T (k4_nama) /V (Evaluasi Akuntabilitas Kinerja",
		"Internal) >> << /T (k4_bobot) /V (25) >> << /T (k4_nilai) /V (18,05) >> << /T (nilai_akhir) /V (70,10) >> << /T",
		"(predikat) /V (BB) >> ] >> >>", "endobj", "%%EOF", ""}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "fdf wrapped", body: fdf, want: map[string][]string{
			"sakip": {"2021|70.1|BB"},
			"sakip_komponen": {"2021|perencanaan|30|21.4", "2021|pengukuran|30|20.1", "2021|pelaporan|15|10.55",
				"2021|evaluasi_internal|25|18.05"},
		}},
	})
}
