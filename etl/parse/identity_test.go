package parse

import (
	"strings"
	"testing"
)

// TestIdentitySignals: the report year from every signal a document
// gives, with its confidence, and a conflict finding when signals
// disagree.
func TestIdentitySignals(t *testing.T) {
	tests := []struct {
		name, file, text string
		opt              Options
		satker           string
		tahun            int
		conf             string // "" = tinggi (no identitas_sumber finding)
		konflik          bool
		synth            bool // the document says it is synthetic
		err              string
	}{
		{name: "kabupaten", file: "a.txt", text: "LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024\n\nSekretaris Komisi Pemilihan Umum\n\nKabupaten Sikka,\n",
			satker: "5307", tahun: 2024},
		{name: "kota, not kabupaten", file: "a.txt", text: "Laporan Kinerja KPU Kota Kupang Tahun 2023\n\nKetua KPU Kota Kupang\n",
			satker: "5371", tahun: 2023},
		{name: "provinsi", file: "a.txt", text: "Laporan Kinerja KPU Provinsi Nusa Tenggara Timur Tahun 2024\n\nKetua Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur\n",
			satker: "53", tahun: 2024},
		{name: "synthetic", file: "a.txt", text: "DOKUMEN SINTETIS\n\nLAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2022\n\nSekretaris KPU Kabupaten Alor\n",
			satker: "5305", tahun: 2022, synth: true},
		{name: "no satker", file: "a.txt", text: "LAPORAN KINERJA TAHUN 2024\n\nisi laporan\n", err: "satker pelapor tidak dapat ditentukan"},
		{name: "no year", file: "a.txt", text: "KPU Kabupaten Alor\n\nSekretaris KPU Kabupaten Alor\n", err: "tahun laporan tidak dapat ditentukan"},
		{name: "title over three lines", file: "a.txt",
			text:   "LAPORAN KINERJA\n\nSEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN NGADA\n\nTAHUN ANGGARAN 2024\n\nKATA PENGANTAR\n\nisi\n",
			satker: "5309", tahun: 2024},
		{name: "year alone on its line", file: "a.txt",
			text:   "LKjIP\nKPU KABUPATEN ENDE\n2022\n\nKATA PENGANTAR\n",
			satker: "5308", tahun: 2022},
		{name: "web page title with the year after the marker, an upload date below", file: "a.txt",
			text:   "LKj 2021 – KPU Kabupaten Nagekeo | Portal PPID\nDiunggah: 3 Februari 2022\n\nKATA PENGANTAR\n\nisi\n",
			satker: "5316", tahun: 2021},
		{name: "the title's year before a download date", file: "a.txt",
			text:   "LAKIP KPU Kab. Nagekeo 2021 - diunduh 12 Maret 2022\n\nisi\n",
			satker: "5316", tahun: 2021},
		{name: "title ending in a date is no title year", file: "a.txt",
			text:   "Laporan Kinerja KPU Kabupaten Nagekeo diunggah 3 Februari 2022\n\nPeriode Januari–Desember 2021.\n\nisi\n",
			satker: "5316", tahun: 2021, conf: "sedang"},
		{name: "LAKIP title", file: "a.txt",
			text:   "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP) KPU KABUPATEN SIKKA TAHUN 2019\n\nisi\n\nSekretaris KPU Kabupaten Sikka\n",
			satker: "5307", tahun: 2019},
		{name: "reporting period", file: "a.txt",
			text:   "Laporan Kinerja KPU Kabupaten Belu\n\nLaporan ini disusun untuk periode Januari–Desember 2021 sesuai ketentuan.\n\nSekretaris KPU Kabupaten Belu\n",
			satker: "5304", tahun: 2021, conf: "sedang"},
		{name: "period and PK agree", file: "a.txt",
			text:   "Laporan Kinerja KPU Kabupaten Belu\n\nPeriode 1 Januari s.d. 31 Desember 2021.\n\nSesuai Perjanjian Kinerja Tahun 2021 yang telah ditandatangani.\n\nSekretaris KPU Kabupaten Belu\n",
			satker: "5304", tahun: 2021},
		{name: "signature in January means the year before", file: "a.txt",
			text:   "Laporan Kinerja KPU Kabupaten Ngada\n\nisi laporan\n\nBajawa, Januari 2022\n\nSekretaris KPU Kabupaten Ngada\n",
			satker: "5309", tahun: 2021, conf: "rendah"},
		{name: "signature and PK agree", file: "a.txt",
			text:   "Laporan Kinerja KPU Kabupaten Ngada\n\nCapaian menurut Perjanjian Kinerja 2021.\n\nBajawa, 14 Februari 2022\n\nSekretaris KPU Kabupaten Ngada\n",
			satker: "5309", tahun: 2021, conf: "sedang"},
		{name: "signature in July says nothing", file: "a.txt",
			text: "Laporan Kinerja KPU Kabupaten Ngada\n\nisi laporan\n\nBajawa, Juli 2022\n\nSekretaris KPU Kabupaten Ngada\n",
			err:  "--satker"},
		{name: "file name", file: "lkj-2020-kpu-kabupaten-lembata.txt",
			text:   "Laporan Kinerja\n\nisi laporan tanpa nama\n",
			satker: "5313", tahun: 2020, conf: "rendah"},
		{name: "title beats a disagreeing period", file: "a.txt",
			text:   "LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2023\n\nPeriode Januari - Desember 2022.\n\nSekretaris KPU Kabupaten Alor\n",
			satker: "5305", tahun: 2023, konflik: true},
		{name: "two years with equal support", file: "a.txt",
			text: "Laporan Kinerja KPU Kabupaten Alor\n\nPerjanjian Kinerja 2021 dan Perjanjian Kinerja 2022.\n\nSekretaris KPU Kabupaten Alor\n",
			err:  "bertentangan"},
		{name: "flags settle an unreadable document", file: "a.txt",
			text: "Laporan Kinerja\n\nisi laporan\n", opt: Options{SatkerID: "5316", Tahun: 2021},
			satker: "5316", tahun: 2021},
		{name: "flags beat the text, with a finding", file: "a.txt",
			text: "LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2023\n\nSekretaris KPU Kabupaten Alor\n", opt: Options{Tahun: 2022},
			satker: "5305", tahun: 2022, konflik: true},
		{name: "no identity names the flag", file: "a.txt", text: "Laporan\n\nisi\n", err: "lkj ingest --satker"},
		// a cover listing the hierarchy speaks for the most specific satker
		{name: "hierarchy on the cover", file: "a.txt",
			text:   "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA\nKOMISI PEMILIHAN UMUM PROVINSI NUSA TENGGARA TIMUR\nKOMISI PEMILIHAN UMUM KABUPATEN ENDE\n\nLAPORAN KINERJA\nTAHUN 2022\n\nKATA PENGANTAR\n\nEnde, Januari 2023\nSekretaris,\n",
			satker: "5308", tahun: 2022},
		{name: "hierarchy in one title line", file: "a.txt",
			text:   "LAPORAN KINERJA KPU PROVINSI NUSA TENGGARA TIMUR KPU KABUPATEN SIKKA TAHUN 2021\n\nisi\n",
			satker: "5307", tahun: 2021},
		{name: "two satkers named alike prove neither", file: "a.txt",
			text: "LAPORAN KINERJA KPU KABUPATEN ENDE DAN KPU KABUPATEN NGADA TAHUN 2022\n\nisi\n",
			err:  "--satker"},
		{name: "tahun pelaporan", file: "a.txt", text: "LAPORAN KINERJA\nKPU KABUPATEN LEMBATA\nTAHUN PELAPORAN 2020\n\nisi\n",
			satker: "5313", tahun: 2020},
		{name: "TA. and the year", file: "a.txt", text: "LKj\nKPU KOTA KUPANG\nTA. 2023\n\nisi\n",
			satker: "5371", tahun: 2023},
		{name: "a short title ending in its year", file: "a.txt", text: "LAPORAN KINERJA (LKj) KPU KABUPATEN ENDE 2023\n\nisi\n",
			satker: "5308", tahun: 2023},
	}
	for _, tc := range tests {
		d, err := TextWith(tc.file, []byte(tc.text), tc.opt)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if m := d.Meta; m.SatkerID != tc.satker || m.Tahun != tc.tahun || m.Synthetic != tc.synth || m.Kind != "lkj" || m.Format != "txt" || m.ParserVersion != Version {
			t.Errorf("%s: meta = %+v, want satker %s tahun %d synthetic %v", tc.name, m, tc.satker, tc.tahun, tc.synth)
		}
		conf, konflik := "", false
		for _, f := range d.Findings {
			if f.Aturan == "dokumen.identitas_sumber" && strings.Contains(f.Pesan, "tahun laporan") {
				conf = f.Pesan[strings.LastIndex(f.Pesan, " ")+1:]
			}
			if f.Aturan == "dokumen.identitas_konflik" {
				konflik = true
			}
		}
		if conf != tc.conf || konflik != tc.konflik {
			t.Errorf("%s: keyakinan %q konflik %v, want %q %v (%+v)", tc.name, conf, konflik, tc.conf, tc.konflik, d.Findings)
		}
	}
}
