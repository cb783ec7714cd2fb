package parse

import (
	"fmt"
	"strings"
	"testing"
)

// screenRec is one made-up record of a capaian sheet.
type screenRec struct {
	name                 []string // the indicator as wrapped inside its field
	unit, tgt, real, cap string
}

var screenRecs = []screenRec{
	{[]string{"Persentase pegawai yang mengikuti", "pelatihan teknis kepemiluan"}, "%", "80,00", "84,00", "105,00"},
	{[]string{"Persentase laporan keuangan yang", "disusun tepat waktu dan sesuai", "standar akuntansi pemerintahan"}, "%", "100,00", "95,00", "95,00"},
	{[]string{"Indeks kepuasan layanan informasi publik"}, "Indeks", "3,20", "3,36", "105,00"},
}

var screenRows = []string{
	"Persentase pegawai yang mengikuti pelatihan teknis kepemiluan|80|84|105",
	"Persentase laporan keuangan yang disusun tepat waktu dan sesuai standar akuntansi pemerintahan|100|95|95",
	"Indeks kepuasan layanan informasi publik|3.2|3.36|105",
}

// screenStyle is how a spreadsheet's form dialog lays a record out.
type screenStyle struct {
	place   func(n, total int) string // the record's place line
	last    bool                      // the place on the screen's last line
	labels  [5]string                 // no, indicator, unit, target, realisasi, capaian follow
	capaian string                    // "" for a sheet without a capaian column
	right   bool                      // labels right-aligned before the colon
	buttons []string
}

func (st screenStyle) screens(recs []screenRec, total int) []string {
	labels := append(st.labels[:], st.capaian)
	w := 0
	for _, l := range labels {
		w = max(w, len(l))
	}
	field := func(label, val string) string {
		if st.right {
			return fmt.Sprintf("%*s : %s", w, label, val)
		}
		return fmt.Sprintf("%-*s : %s", w, label, val)
	}
	out := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""}
	for k, r := range recs {
		var body []string
		body = append(body, field(labels[0], fmt.Sprint(k+1)))
		body = append(body, field(labels[1], r.name[0]))
		for _, more := range r.name[1:] {
			body = append(body, strings.Repeat(" ", w+3)+more)
		}
		body = append(body, field(labels[2], r.unit), field(labels[3], r.tgt), field(labels[4], r.real))
		if st.capaian != "" {
			body = append(body, field(st.capaian, r.cap))
		}
		for b, name := range st.buttons { // the buttons down the right, past the longest line
			cell := fmt.Sprintf("[ %-16s]", name)
			if b < len(body) {
				body[b] = fmt.Sprintf("%-76s%s", body[b], cell)
			} else {
				body = append(body, strings.Repeat(" ", 76)+cell)
			}
		}
		place := st.place(k+1, total)
		if st.last {
			out = append(out, body...)
			out = append(out, place)
		} else {
			out = append(out, place)
			out = append(out, body...)
		}
		out = append(out, "")
	}
	return append(out, "Sumber: Subbagian Program dan Data.", "")
}

// touching is the first screen's buttons moved left onto its values' end.
func touching(lines []string) []string {
	out := append([]string{}, lines...)
	for k := 3; k < len(out) && out[k] != ""; k++ {
		if i := strings.IndexByte(out[k], '['); i > 0 {
			out[k] = strings.TrimRight(out[k][:i], " ") + out[k][i:]
		}
	}
	return out
}

// TestFormScreens: a capaian sheet's records typed again as its data form
// dialog, one screen a record, become the capaian rows: the fields' names
// give the roles, a wrapped field is joined, the buttons are cut by their
// place; a run missing a screen, screens of other fields and a form of
// another sheet give none.
func TestFormScreens(t *testing.T) {
	excel := screenStyle{
		place:   func(n, total int) string { return fmt.Sprintf("Lembar: IKU_2024  %40d dari %d", n, total) },
		labels:  [5]string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi"},
		capaian: "Capaian (%)",
		buttons: []string{"Baru", "Hapus", "Pulihkan", "Cari Sebelumnya", "Cari Berikutnya", "Kriteria", "Tutup", "Bantuan"},
	}
	english := screenStyle{
		place:   func(n, total int) string { return fmt.Sprintf("Sheet: PK  %30d of %d", n, total) },
		labels:  [5]string{"No.", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024"},
		capaian: "Capaian",
		buttons: []string{"New", "Delete", "Restore", "Find Prev", "Find Next", "Criteria", "Close"},
	}
	libre := screenStyle{ // LibreOffice: labels right-aligned, the place under the fields
		place:   func(n, total int) string { return fmt.Sprintf("%20sRekaman %d dari %d", "", n, total) },
		last:    true,
		right:   true,
		labels:  [5]string{"Nomor", "Indikator", "Satuan", "Target", "Realisasi"},
		capaian: "Capaian %",
		buttons: []string{"Baru", "Hapus", "Kembalikan", "Sebelumnya", "Berikutnya", "Tutup"},
	}
	noCap := excel
	noCap.capaian = ""
	noCap.buttons = noCap.buttons[:3]
	dpt := []string{"Tabel 3.4 DPT per Kecamatan", "",
		"Lembar: DPT                                             1 dari 2",
		"Kecamatan : PAGA                                        [ Baru   ]",
		"L         : 5.714                                       [ Hapus  ]",
		"P         : 6.036                                       [ Tutup  ]",
		"",
		"Lembar: DPT                                             2 dari 2",
		"Kecamatan : MEGO                                        [ Baru   ]",
		"L         : 4.120                                       [ Hapus  ]",
		"P         : 4.300                                       [ Tutup  ]", ""}
	swapped := excel.screens(screenRecs, 3)
	for k, l := range swapped { // the third screen names its fields in another order
		if k > 20 && strings.HasPrefix(l, "Target ") {
			swapped[k] = strings.Replace(l, "Target   ", "Realisasi", 1)
		}
	}
	noCapRows := make([]string, len(screenRows))
	for k, r := range screenRows {
		noCapRows[k] = r[:strings.LastIndexByte(r, '|')] + "|<nil>"
	}
	checkDocs(t, []string{"capaian", "dpt"}, []docCase{
		{"excel's form in Indonesian", excel.screens(screenRecs, 3), map[string][]string{"capaian": screenRows}},
		{"excel's form in English", english.screens(screenRecs, 3), map[string][]string{"capaian": screenRows}},
		{"libreoffice's form, the place under the fields", libre.screens(screenRecs, 3), map[string][]string{"capaian": screenRows}},
		{"a sheet without a capaian column", noCap.screens(screenRecs, 3), map[string][]string{"capaian": noCapRows}},
		{"a screen missing from the run", excel.screens(screenRecs[:2], 3), nil},
		{"a screen naming other fields", swapped, nil},
		{"a form of the dpt sheet", dpt, nil},
		{"buttons touching the values: not one column", touching(excel.screens(screenRecs, 3)), nil},
	})
}
