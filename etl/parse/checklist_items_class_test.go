package parse

import (
	"strings"
	"testing"
)

// TestChecklistItemsClass: a DPT noted as a checklist shared as text, one
// ticked item per kecamatan (the cells parted by commas and a dash), the
// kabupaten's item last; unticked items are to-dos, never rows, even when
// they hold figures (made-up figures).
func TestChecklistItemsClass(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|ALOK|12|38|8114|8402|16516",
		"pemilu|2024|kecamatan|NITA|10|27|5230|5461|10691",
		"pemilu|2024|kecamatan|MAGEPANDA|5|15|3002|3118|6120",
		"pemilu|2024|kabupaten|Kabupaten Sikka|27|80|16346|16981|33327",
	}
	caption := []string{"Tabel 3.4 Catatan operator: Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	keep := append(append([]string{}, caption...), "Pleno DPT Pemilu 2024 ✔", "",
		"☐ Kirim berita acara ke KPU Provinsi", "☐ Cetak 3 rangkap salinan", "",
		"4 item dicentang",
		"☑ Kec. Alok: 12 desa/kel, 38 TPS — L 8.114, P 8.402, jumlah 16.516",
		"☑ Kec. Nita: 10 desa/kel, 27 TPS — L 5.230, P 5.461, jumlah 10.691",
		"☑ Kec. Magepanda: 5 desa/kel, 15 TPS — L 3.002, P 3.118, jumlah 6.120",
		"☑ TOTAL KABUPATEN SIKKA: 27 desa/kel, 80 TPS — L 16.346, P 16.981, jumlah 33.327", "",
		"Label: DPT, Pemilu2024", "Diedit 2 Des 2023 19.05", "")
	// a Markdown task list, en dashes; an unticked kecamatan's figures are
	// still to be confirmed: no row, and no total stated
	tasks := append(append([]string{}, caption...),
		"- [x] Kecamatan Alok: desa 12, TPS 38 – laki-laki 8.114, perempuan 8.402, jumlah 16.516",
		"- [x] Kecamatan Nita: desa 10, TPS 27 – laki-laki 5.230, perempuan 5.461, jumlah 10.691",
		"- [x] Kecamatan Magepanda: desa 5, TPS 15 – laki-laki 3.002, perempuan 3.118, jumlah 6.120",
		"- [ ] Kecamatan Talibura: desa 12, TPS 44 – laki-laki 5.400, perempuan 5.515, jumlah 10.915", "")
	// check marks alone (no box), the figures first: read as before
	ticks := append(append([]string{}, caption...),
		"✔ Alok: 12 desa, 38 TPS, 8.114 laki-laki, 8.402 perempuan, 16.516 pemilih",
		"✔ Nita: 10 desa, 27 TPS, 5.230 laki-laki, 5.461 perempuan, 10.691 pemilih",
		"✔ Magepanda: 5 desa, 15 TPS, 3.002 laki-laki, 3.118 perempuan, 6.120 pemilih", "")
	// only to-dos: nothing is a fact
	todo := append(append([]string{}, caption...),
		"☐ Kec. Alok: 12 desa/kel, 38 TPS — L 8.114, P 8.402, jumlah 16.516",
		"☐ Kec. Nita: 10 desa/kel, 27 TPS — L 5.230, P 5.461, jumlah 10.691",
		"☑ Kirim rekap ke provinsi", "")
	// printed to PDF: the items run on in one paragraph, wrapped anywhere,
	// a page break inside an item, an unticked item among them
	flow := strings.Join([]string{
		"☑ Kec. Alok: 12 desa/kel, 38 TPS — L 8.114, P 8.402, jumlah 16.516",
		"☐ Kec. Talibura: 12 desa/kel, 44 TPS — L 5.400, P 5.515, jumlah 10.915",
		"☑ Kec. Nita: 10 desa/kel, 27 TPS — L 5.230, P 5.461, jumlah 10.691",
		"☑ Kec. Magepanda: 5 desa/kel, 15 TPS — L 3.002, P 3.118, jumlah 6.120",
		"☑ TOTAL KABUPATEN SIKKA: 27 desa/kel, 80 TPS — L 16.346, P 16.981, jumlah 33.327"}, " ")
	var wrapped []string
	for _, w := range []int{58, 61, 49, 63, 55, 60} {
		k := strings.LastIndex(flow[:min(w, len(flow))], " ")
		wrapped = append(wrapped, flow[:k])
		flow = flow[k+1:]
		if len(wrapped) == 3 {
			wrapped = append(wrapped, "\f") // the page ends inside an item
		}
	}
	wrapped = append(wrapped, flow)
	reflowed := append(append(append([]string{}, caption...), "3 item dicentang"), wrapped...)
	reflowed = append(reflowed, "", "Label: DPT, Pemilu2024", "")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "reflowed by a PDF print, a page break inside an item", body: reflowed, want: map[string][]string{"dpt": rows}},
		{name: "ticked boxes, a dash between the cells, kabupaten last", body: keep, want: map[string][]string{"dpt": rows}},
		{name: "markdown tasks, an unticked kecamatan with figures", body: tasks, want: map[string][]string{"dpt": rows[:3]}},
		{name: "check marks, figures first", body: ticks, want: map[string][]string{"dpt": rows[:3]}},
		{name: "unticked items are no rows", body: todo},
	})
}
