package parse

import (
	"fmt"
	"strings"
	"testing"
)

// qpEncode writes text as a mailer writes a quoted-printable body: '=',
// bytes outside ASCII and a form feed as =XX, TABs kept, and every line
// longer than width broken by a soft break ('=' at the line's end), in a
// word or between cells alike.
func qpEncode(text string, width int) string {
	var out strings.Builder
	for _, line := range strings.Split(text, "\n") {
		var enc []string
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c == '=' || c == '\f' || c >= 0x80 {
				enc = append(enc, fmt.Sprintf("=%02X", c))
			} else {
				enc = append(enc, string(c))
			}
		}
		n := 0
		for _, e := range enc {
			if n+len(e) > width-1 {
				out.WriteString("=\n")
				n = 0
			}
			out.WriteString(e)
			n += len(e)
		}
		out.WriteString("\n")
	}
	return strings.TrimSuffix(out.String(), "\n")
}

// TestQuotedPrintableReport: a report saved as an e-mail whose body is
// quoted-printable reads as the report itself: the TAB rows the mailer
// broke at its width (inside a name, between cells, before a figure) are
// whole rows again, "=3D" and "=E2=80=93" their characters. The mail's
// headers say so (in the case of CRLF lines too), or, with the headers
// cut off, the body proves it.
func TestQuotedPrintableReport(t *testing.T) {
	report := func(satker string, year int) string {
		return strings.Join([]string{
			fmt.Sprintf("LAPORAN KINERJA INSTANSI PEMERINTAH KPU KABUPATEN %s TAHUN %d", satker, year),
			"",
			"Sekretaris KPU Kabupaten " + satker,
			"\f",
			"Rumus capaian: capaian = realisasi / target × 100% – untuk indikator yang semakin tinggi semakin baik.",
			"",
			fmt.Sprintf("Tabel 3.1 Pengukuran Kinerja Tahun %d", year),
			"",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan di seluruh kecamatan\t%\t77,50\t80,60\t104,00",
			"2\tPersentase Satker dalam menyelesaikan rekapitulasi hasil penghitungan suara secara tepat waktu\t%\t100,00\t95,00\t95,00",
			"",
			fmt.Sprintf("Tabel 3.3 Realisasi Anggaran Tahun %d", year),
			"",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
			"076.01.WA\tProgram Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya\t4.215.300.000\t4.105.870.450\t109.429.550\t97,40",
			"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\t2.118.000.000\t2.061.412.300\t56.587.700\t97,33",
			"",
			"Demikian laporan ini disusun.",
		}, "\n") + "\n"
	}
	mail := func(body string, crlf bool) []byte {
		s := strings.Join([]string{
			`From: "Subbag Program KPU" <program@example.id>`,
			"Subject: =?UTF-8?Q?LKj_=E2=80=93_final?=",
			"MIME-Version: 1.0",
			`Content-Type: text/plain; charset="utf-8"`,
			"Content-Transfer-Encoding: quoted-printable",
			"",
			body,
		}, "\n")
		if crlf {
			s = strings.ReplaceAll(s, "\n", "\r\n")
		}
		return []byte(s)
	}
	capaian := []string{
		"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan di seluruh kecamatan|77.5|80.6|104",
		"Persentase Satker dalam menyelesaikan rekapitulasi hasil penghitungan suara secara tepat waktu|100|95|95",
	}
	anggaran := func(year int) []string {
		return []string{
			fmt.Sprintf("076.01.WA|program||%d|4215300000|4105870450|109429550", year),
			fmt.Sprintf("3360|kegiatan|076.01.WA|%d|2118000000|2061412300|56587700", year),
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
		year int
	}{
		{"headers, broken at 76", mail(qpEncode(report("ROTE NDAO", 2021), 76), false), 2021},
		{"headers, CRLF, broken at 60", mail(qpEncode(report("LEMBATA", 2022), 60), true), 2022},
		{"no headers, the body proves it", []byte(qpEncode(report("MALAKA", 2020), 76)), 2020},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Text(tc.name, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			wantRows(t, "capaian", factRows["capaian"](d), capaian)
			wantRows(t, "anggaran", factRows["anggaran"](d), anggaran(tc.year))
		})
	}
}
