package extract

import (
	"strings"
	"testing"
)

// TestQuotedPrintable: a body the headers declare quoted-printable (alone,
// or one part of a multipart message), or a headerless text that can be
// nothing else, is decoded with its line count kept; a text that merely
// holds '=' signs, and a part of another encoding, stay as they are.
func TestQuotedPrintable(t *testing.T) {
	j := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	for _, tc := range []struct{ name, in, want string }{
		{"declared: a TAB row broken twice, escapes, a page break",
			j("From: Subbag Program <program.kpurote@example.id>",
				"Subject: LKj 2021",
				"Content-Type: text/plain; charset=utf-8",
				"Content-Transfer-Encoding: quoted-printable",
				"",
				"Rumus: capaian =3D realisasi / target =E2=80=93 dalam persen",
				"=0C",
				"1\tPersentase Desa dengan =",
				"Rumah Pintar Pemilu\t%\t60,00=",
				"\t66,25\t110,42",
				"2\tIndeks\tPoin\t3,10\t3,40\t109,68",
				"",
				"Tamat."),
			j("From: Subbag Program <program.kpurote@example.id>",
				"Subject: LKj 2021",
				"Content-Type: text/plain; charset=utf-8",
				"Content-Transfer-Encoding: quoted-printable",
				"",
				"Rumus: capaian = realisasi / target – dalam persen",
				"\f",
				"1\tPersentase Desa dengan Rumah Pintar Pemilu\t%\t60,00\t66,25\t110,42",
				"2\tIndeks\tPoin\t3,10\t3,40\t109,68",
				"",
				"",
				"",
				"Tamat.")},
		{"declared in lower case, CRLF lines, a soft break after spaces the mailer added",
			"content-transfer-encoding: Quoted-Printable\r\n\r\nPagu Rp=201.250.000 =  \r\nterserap penuh.\r\n",
			"content-transfer-encoding: Quoted-Printable\r\n\r\nPagu Rp 1.250.000 terserap penuh.\r\n\n"},
		{"multipart: each declared part decoded, the preamble not",
			j("MIME-Version: 1.0",
				"Content-Type: multipart/alternative;",
				` boundary="==b7"`,
				"",
				"Pesan ini =3D tujuh bagian.",
				"--==b7",
				"Content-Type: text/plain; charset=UTF-8",
				"Content-Transfer-Encoding: quoted-printable",
				"",
				"Kabupaten Rote =",
				"Ndao",
				"--==b7",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Transfer-Encoding: quoted-printable",
				"",
				"<p class=3D\"x\">Rote</p>",
				"--==b7--"),
			j("MIME-Version: 1.0",
				"Content-Type: multipart/alternative;",
				` boundary="==b7"`,
				"",
				"Pesan ini =3D tujuh bagian.",
				"--==b7",
				"Content-Type: text/plain; charset=UTF-8",
				"Content-Transfer-Encoding: quoted-printable",
				"",
				"Kabupaten Rote Ndao",
				"",
				"--==b7",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Transfer-Encoding: quoted-printable",
				"",
				"<p class=\"x\">Rote</p>",
				"--==b7--")},
		{"headerless, proven: soft breaks throughout and upper-case escapes",
			j("Realisasi anggaran Sekretariat KPU Kabupaten Lembata tahun =",
				"2022 mencapai 97,15 persen =E2=80=93 di atas target.",
				"Capaian partisipasi pemilih pada Pemilihan Serentak =3D 81,20 persen, =",
				"lebih tinggi dari target nasional.",
				"Evaluasi AKIP oleh Inspektorat Utama KPU tahun 2022 memberi nilai 61,05 =",
				"dengan predikat B."),
			j("Realisasi anggaran Sekretariat KPU Kabupaten Lembata tahun 2022 mencapai 97,15 persen – di atas target.",
				"Capaian partisipasi pemilih pada Pemilihan Serentak = 81,20 persen, lebih tinggi dari target nasional.",
				"Evaluasi AKIP oleh Inspektorat Utama KPU tahun 2022 memberi nilai 61,05 dengan predikat B.",
				"", "",
				"")},
		{"plain text with a formula and a rule of '=' stays",
			j("Capaian = Realisasi / Target x 100%", "==========", "Nilai akhir =", "71,30", "Predikat =", "BB", "Opini =", "WTP"),
			j("Capaian = Realisasi / Target x 100%", "==========", "Nilai akhir =", "71,30", "Predikat =", "BB", "Opini =", "WTP")},
		{"plain text whose '=' lines end a field, and a lower-case escape, stays",
			j("Jumlah TPS =", "412", "Jumlah desa =", "98", "Kode =c3", "Sisa =", "0"),
			j("Jumlah TPS =", "412", "Jumlah desa =", "98", "Kode =c3", "Sisa =", "0")},
		{"plain text of short labels ending in '=' over their figures stays",
			j("Nilai akhir =", "71,30", "Predikat =", "BB", "Opini BPK =", "WTP", "Jumlah TPS =", "412"),
			j("Nilai akhir =", "71,30", "Predikat =", "BB", "Opini BPK =", "WTP", "Jumlah TPS =", "412")},
		{"a Catatan: paragraph is no header block; a later declared body is still read",
			j("Catatan: angka sementara", "", "Content-Transfer-Encoding: quoted-printable", "", "Sabu =", "Raijua"),
			j("Catatan: angka sementara", "", "Content-Transfer-Encoding: quoted-printable", "", "Sabu Raijua", "")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(QuotedPrintable([]byte(tc.in)))
			if got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
			if strings.Count(got, "\n") != strings.Count(tc.in, "\n") {
				t.Errorf("line count %d, source %d", strings.Count(got, "\n"), strings.Count(tc.in, "\n"))
			}
		})
	}
}
