package parse

import "testing"

// devDoc sets a label program's lines under a caption in a report whose
// other tables are TAB tables.
func devDoc(caption string, code ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: kode label kotak logistik diketik ulang]", ""}
	out = append(out, code...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestDeviceLabelsDPTClass: a DPT as the code of printed labels (ZPL, EPL,
// SVG): a label a kecamatan, its fields' text read as LABEL value pairs and
// the area's name, each kecamatan proven by L + P = total and the
// kabupaten's label by the sums; the election from the headings or the
// caption.
func TestDeviceLabelsDPTClass(t *testing.T) {
	// ZPL, a label a line, dotted figures, LAKI-LAKI / PEREMPUAN / JUMLAH,
	// no desa field, the kabupaten's label named TOTAL, no caption above:
	// the headings name the election
	zplLine := devDoc("Data pemilih per kecamatan disajikan pada label berikut.",
		"^XA^FO20,20^A0N,30,30^FDLABEL KOTAK SUARA PILKADA 2020^FS^FO20,60^FDALOK^FS^FO20,100^FDTPS: 60^FS^FO20,140^FDLAKI-LAKI 7.210^FS^FO300,140^FDPEREMPUAN 7.305^FS^FO20,180^FDJUMLAH 14.515^FS^XZ",
		"^XA^FO20,20^A0N,30,30^FDLABEL KOTAK SUARA PILKADA 2020^FS^FO20,60^FDNITA^FS^FO20,100^FDTPS: 41^FS^FO20,140^FDLAKI-LAKI 4.120^FS^FO300,140^FDPEREMPUAN 4.033^FS^FO20,180^FDJUMLAH 8.153^FS^XZ",
		"^XA^FO20,20^A0N,30,30^FDLABEL KOTAK SUARA PILKADA 2020^FS^FO20,60^FDTOTAL^FS^FO20,100^FDTPS: 101^FS^FO20,140^FDLAKI-LAKI 11.330^FS^FO300,140^FDPEREMPUAN 11.338^FS^FO20,180^FDJUMLAH 22.668^FS^XZ")
	wantZplLine := []string{"pilkada|2020|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// ZPL over several lines, the name first and the heading after it, a
	// kecamatan named KOTA ..., the kabupaten's label by REKAP - KABUPATEN,
	// the election from the caption (the headings state none)
	zplLines := devDoc("Tabel 3.4 DPT Pemilu 2024 per Kecamatan",
		"^XA^FX kotak logistik^FS^XZ",
		"^XA^CI28^PW600",
		"^FO10,10^FDKOTA RAJA^FS^FO10,50^FDKOTAK LOGISTIK - KECAMATAN^FS",
		"^FO10,90^FDDESA/KEL 9^FS^FO10,130^FDDPT L 3000^FS^FO10,170^FDDPT P 3100^FS^FO10,210^FDDPT L+P 6100^FS",
		"^PQ1^XZ",
		"^XA^CI28^PW600",
		"^FO10,10^FDWEWARIA^FS^FO10,50^FDKOTAK LOGISTIK - KECAMATAN^FS",
		"^FO10,90^FDDESA/KEL 12^FS^FO10,130^FDDPT L 2500^FS^FO10,170^FDDPT P 2600^FS^FO10,210^FDDPT L+P 5100^FS",
		"^PQ1^XZ",
		"^XA^CI28^PW600",
		"^FO10,10^FDSIKKA^FS^FO10,50^FDREKAP - KABUPATEN^FS",
		"^FO10,90^FDDESA/KEL 21^FS^FO10,130^FDDPT L 5500^FS^FO10,170^FDDPT P 5700^FS^FO10,210^FDDPT L+P 11200^FS",
		"^PQ1^XZ")
	wantZplLines := []string{"pemilu|2024|kecamatan|KOTA RAJA|9|<nil>|3000|3100|6100", "pemilu|2024|kecamatan|WEWARIA|12|<nil>|2500|2600|5100",
		"pemilu|2024|kabupaten|Kabupaten Sikka|21|<nil>|5500|5700|11200"}
	// EPL: N opens a label, A lines print the text, P1 prints it; L / P /
	// JML, the kabupaten's label last with its bare name (the sums say it
	// is the whole)
	epl := devDoc("Tabel 5 Rekapitulasi DPT Pemilu 2019 menurut Kecamatan",
		"N", "q609", "Q203,26", `A20,10,0,4,1,1,N,"GOLEWA"`, `A20,50,0,3,1,1,N,"TPS 30"`, `A20,90,0,3,1,1,N,"L 3210"`, `A220,90,0,3,1,1,N,"P 3305"`, `A20,130,0,3,1,1,N,"JML 6515"`, "P1",
		"N", `A20,10,0,4,1,1,N,"BAJAWA"`, `A20,50,0,3,1,1,N,"TPS 22"`, `A20,90,0,3,1,1,N,"L 2000"`, `A220,90,0,3,1,1,N,"P 2100"`, `A20,130,0,3,1,1,N,"JML 4100"`, "P1",
		"N", `A20,10,0,4,1,1,N,"SIKKA"`, `A20,50,0,3,1,1,N,"TPS 52"`, `A20,90,0,3,1,1,N,"L 5210"`, `A220,90,0,3,1,1,N,"P 5405"`, `A20,130,0,3,1,1,N,"JML 10615"`, "P1")
	wantEPL := []string{"pemilu|2019|kecamatan|GOLEWA|<nil>|30|3210|3305|6515", "pemilu|2019|kecamatan|BAJAWA|<nil>|22|2000|2100|4100",
		"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|52|5210|5405|10615"}
	// SVG: one <svg> a label, text elements (a tspan inside one), the
	// kabupaten's label titled KABUPATEN X; one kecamatan whose L + P is
	// not its total is left out, and with it the kabupaten's sums
	svg := devDoc("Tabel 3.6 DPT Pemilu 2024 per Kecamatan",
		`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">`,
		`<text x="10" y="20">AMARASI</text>`, `<text x="10" y="50">Laki-laki 4200</text>`, `<text x="10" y="80"><tspan>Perempuan</tspan> 4300</text>`, `<text x="10" y="110">Jumlah Pemilih 8500</text>`,
		`</svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">`,
		`<text x="10" y="20">FATULEU</text>`, `<text x="10" y="50">Laki-laki 3900</text>`, `<text x="10" y="80">Perempuan 4000</text>`, `<text x="10" y="110">Jumlah 7900</text>`,
		`</svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">`,
		`<text x="10" y="20">TAEBENU</text>`, `<text x="10" y="50">Laki-laki 1000</text>`, `<text x="10" y="80">Perempuan 1000</text>`, `<text x="10" y="110">Jumlah 2001</text>`,
		`</svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">`,
		`<text x="10" y="20">KABUPATEN KUPANG</text>`, `<text x="10" y="50">Laki-laki 9100</text>`, `<text x="10" y="80">Perempuan 9300</text>`, `<text x="10" y="110">Jumlah 18401</text>`,
		`</svg>`)
	wantSVG := []string{"pemilu|2024|kecamatan|AMARASI|<nil>|<nil>|4200|4300|8500", "pemilu|2024|kecamatan|FATULEU|<nil>|<nil>|3900|4000|7900"}
	// look-alike: a courier's ZPL shipping labels
	ship := devDoc("Pengiriman logistik ke kecamatan:",
		"^XA^FO20,20^FDJNE REG^FS^FO20,60^FDALOK^FS^FO20,100^FDBERAT 2 KG^FS^FO20,140^FDKODE POS 85111^FS^FO20,180^FDKOLI 3^FS^XZ",
		"^XA^FO20,20^FDJNE REG^FS^FO20,60^FDNITA^FS^FO20,100^FDBERAT 5 KG^FS^FO20,140^FDKODE POS 85152^FS^FO20,180^FDKOLI 1^FS^XZ")
	// look-alike: a shop's EPL price tags, P for the price and L for a size
	tags := devDoc("Label harga koperasi pegawai:",
		"N", `A10,10,0,3,1,1,N,"KAOS PEMILU"`, `A10,40,0,3,1,1,N,"L 2"`, `A10,70,0,3,1,1,N,"P 25000"`, `A10,100,0,3,1,1,N,"STOK 12"`, "P1",
		"N", `A10,10,0,3,1,1,N,"TOPI KPU"`, `A10,40,0,3,1,1,N,"L 1"`, `A10,70,0,3,1,1,N,"P 15000"`, `A10,100,0,3,1,1,N,"STOK 30"`, "P1")
	// HTML cards: a div of class "kartu label" a kecamatan, one card a
	// line or over several, entities, the kabupaten's card headed TOTAL
	// KABUPATEN; the caption above names the election
	cards := devDoc("Tabel 3.2 DPT Pilkada 2024 per Kecamatan",
		`<div class="grid">`,
		`<div class="kartu label"><h4>MAUMERE</h4><p>Desa&#47;Kel 12</p><p>TPS 80</p><p>L 20.100</p><p>P 21.000</p><p>L+P 41.100</p></div>`,
		`<div class="kartu label">`, `  <h4>KEWAPANTE</h4>`, `  <span>Desa/Kel 14</span> <span>TPS 40</span>`, `  <span>L 8.000</span> <span>P 8.200</span> <span>L+P 16.200</span>`, `</div>`,
		`<div class="kartu label"><h4>TOTAL KABUPATEN</h4><p>Desa/Kel 26</p><p>TPS 120</p><p>L 28.100</p><p>P 29.200</p><p>L+P 57.300</p></div>`,
		`</div>`)
	wantCards := []string{"pilkada|2024|kecamatan|MAUMERE|12|80|20100|21000|41100", "pilkada|2024|kecamatan|KEWAPANTE|14|40|8000|8200|16200",
		"pilkada|2024|kabupaten|Kabupaten Sikka|26|120|28100|29200|57300"}
	// look-alike: a shop page's product cards, sizes L and P, a total price
	shop := devDoc("Tabel 3.3 DPT Pemilu 2024 per Kecamatan",
		`<div class="card"><h4>KEMEJA</h4><p>L 20</p><p>P 21</p><p>JUMLAH 41</p><p>HARGA 120000</p><p>HARGA 95000</p></div>`,
		`<div class="card"><h4>ROMPI</h4><p>L 8</p><p>P 9</p><p>JUMLAH 17</p><p>STOK 40</p></div>`)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"HTML cards, TOTAL KABUPATEN", cards, map[string][]string{"dpt": wantCards}},
		{"a shop page's product cards", shop, map[string][]string{"dpt": nil}},
		{"ZPL a label a line, headings name the election", zplLine, map[string][]string{"dpt": wantZplLine}},
		{"ZPL over lines, KOTA kecamatan, REKAP - KABUPATEN", zplLines, map[string][]string{"dpt": wantZplLines}},
		{"EPL, the whole by its sums", epl, map[string][]string{"dpt": wantEPL}},
		{"SVG, one label not adding up", svg, map[string][]string{"dpt": wantSVG}},
		{"a courier's shipping labels", ship, map[string][]string{"dpt": nil}},
		{"a shop's price tags", tags, map[string][]string{"dpt": nil}},
	})
}
