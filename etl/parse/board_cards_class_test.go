package parse

import (
	"strings"
	"testing"
)

// boardCardLines writes one card of a printed task board: a frame, the title,
// the field lines, a frame.
func boardCardLines(frameTop, bar, frameBottom, title string, fields ...string) []string {
	out := []string{frameTop, bar + " " + title}
	for _, f := range fields {
		out = append(out, bar+"   "+f)
	}
	return append(out, frameBottom, "")
}

// TestBoardCards: capaian printed as a task board, one list per status and
// one framed card per indicator, cards out of the table's order, is read
// as the capaian table the cards stand for: the title the indicator, the
// labelled fields by the table's role words, badges and labels left out.
func TestBoardCards(t *testing.T) {
	plus := "+--------------------------------------------"
	ascii := func(title string, fields ...string) []string {
		return boardCardLines(plus, "|", plus, title, fields...)
	}
	box := func(title string, fields ...string) []string {
		return boardCardLines("┌──────────────────────────────", "│", "└──────────────────────────────", title, fields...)
	}
	var trello []string
	trello = append(trello, "Tabel 3.1 Capaian Kinerja Tahun 2023", "", "Papan: \"Kinerja 2023 - Subbag Program\"", "Dicetak pada 9 Januari 2024", "",
		"DAFTAR: TERCAPAI (2 kartu)", "")
	trello = append(trello, ascii("[IKU-3] Persentase dokumen perencanaan yang disusun tepat waktu",
		"Label: IKU", "Target: 90,00%", "Realisasi: 94,50%", "Capaian: 105,00%", "Checklist Data dukung: 2/2", "Komentar: 4   Lampiran: 1")...)
	trello = append(trello, ascii("[IKU-1] Opini BPK atas Laporan Keuangan",
		"Label: Opini", "Target: WTP", "Realisasi: WTP", "Capaian: 100,00%", "Komentar: 0   Lampiran: 3")...)
	trello = append(trello, "DAFTAR: BELUM TERCAPAI (1 kartu)", "")
	trello = append(trello, ascii("[IKU-2] Persentase pegawai yang mengikuti pelatihan teknis",
		"Label: IKU", "Target: 80,00%", "Realisasi: 72,00%", "Capaian: 90,00%", "Komentar: 2   Lampiran: 0")...)
	trello = append(trello, "DAFTAR: ARSIP (0 kartu)", "", "Sumber: Subbagian Program, diolah.")

	var kanban []string
	kanban = append(kanban, "Tabel 3.2 Pengukuran Kinerja 2021", "", "LIST: Done (2 cards)", "")
	kanban = append(kanban, box("#7 Indeks kepuasan layanan informasi publik",
		"Satuan: indeks", "Target 2021: 3,20", "Realisasi 2021: 3,36", "Capaian (%): 105,00", "Due: 31 Des 2021")...)
	kanban = append(kanban, box("#2 Persentase laporan keuangan yang disampaikan tepat waktu",
		"Satuan: persen", "Target 2021: 100", "Realisasi 2021: 100", "Capaian (%): 100,00", "Due: 31 Des 2021")...)
	kanban = append(kanban, "LIST: Doing (0 cards)", "")

	// no list heads; the indicator a field of its own, the title a short name
	var named []string
	named = append(named, "Tabel 3.1 Capaian Indikator Kinerja Tahun 2019", "")
	named = append(named, ascii("Kartu 1", "Indikator: Persentase TPS yang menerima logistik tepat waktu",
		"Target: 95", "Realisasi: 97,85", "Capaian: 103,00")...)
	named = append(named, ascii("Kartu 2", "Indikator: Persentase arsip aktif yang tertata",
		"Target: 60", "Realisasi: 48", "Capaian: 80,00")...)

	// through a PDF: a long title wrapped without its bar, a TAB after the
	// bar, a page break inside a card
	pdf := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "DAFTAR: SELESAI (2 kartu)", "",
		plus, "| [IKU-2] Persentase rekomendasi hasil pengawasan internal yang", "ditindaklanjuti sesuai batas waktu",
		"|\tTarget: 85,00%", "|\tRealisasi: 88,40%", "", "\f", "|\tCapaian: 104,00%", plus, "",
		plus, "| [IKU-5] Persentase produk hukum yang dipublikasikan", "|\tTarget: 100,00%", "|\tRealisasi: 100,00%", "|\tCapaian: 100,00%", plus,
		"", "Sumber: Subbagian Hukum."}

	checkDocs(t, []string{"capaian"}, []docCase{{
		name: "a PDF's text: title wrapped without the bar, a page break inside a card",
		body: pdf,
		want: map[string][]string{"capaian": {"Persentase rekomendasi hasil pengawasan internal yang ditindaklanjuti sesuai batas waktu|85|88.4|104",
			"Persentase produk hukum yang dipublikasikan|100|100|100"}},
	}, {
		name: "Trello board, lists by status, codes in brackets, a grade card",
		body: trello,
		want: map[string][]string{"capaian": {"Persentase dokumen perencanaan yang disusun tepat waktu|90|94.5|105",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
			"Persentase pegawai yang mengikuti pelatihan teknis|80|72|90"}},
	}, {
		name: "kanban in box-drawing frames, English list heads, years in the labels",
		body: kanban,
		want: map[string][]string{"capaian": {"Indeks kepuasan layanan informasi publik|3.2|3.36|105",
			"Persentase laporan keuangan yang disampaikan tepat waktu|100|100|100"}},
	}, {
		name: "cards without lists, the indicator a labelled field",
		body: named,
		want: map[string][]string{"capaian": {"Persentase TPS yang menerima logistik tepat waktu|95|97.85|103",
			"Persentase arsip aktif yang tertata|60|48|80"}},
	}})
}

// TestBoardCardsUnproven: a list whose head counts other cards than it
// holds, or a card without a realisasi, leaves the board unread, reported.
func TestBoardCardsUnproven(t *testing.T) {
	plus := "+------------------------------"
	card := func(title, target, real string) []string {
		return boardCardLines(plus, "|", plus, title, "Target: "+target, "Realisasi: "+real)
	}
	miscount := []string{"Tabel 3.1 Capaian Kinerja 2022", "", "DAFTAR: SELESAI (3 kartu)", ""}
	miscount = append(miscount, card("[IKU-1] Persentase satu", "80%", "84%")...)
	miscount = append(miscount, card("[IKU-2] Persentase dua", "70%", "77%")...)
	noReal := []string{"Tabel 3.1 Capaian Kinerja 2022", "", "DAFTAR: SELESAI (2 kartu)", ""}
	noReal = append(noReal, card("[IKU-1] Persentase satu", "80%", "84%")...)
	noReal = append(noReal, boardCardLines(plus, "|", plus, "[IKU-2] Persentase dua", "Target: 70%", "Catatan: menunggu data")...)
	checkUnproven(t, map[string][]string{"a list of another count": miscount, "a card without realisasi": noReal})
}

// TestBoardCardsLines: the rewrite keeps every line where it was; a grid
// table's rules and rows are no cards.
func TestBoardCardsLines(t *testing.T) {
	in := "x\n+----\n| [A] Satu\n| Target: 1\n| Realisasi: 2\n+----\n\n+----\n| [B] Dua\n| Target: 3\n| Realisasi: 4\n+----\ny"
	out := string(boardCards(nil, []byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "Indikator\tTarget\tRealisasi\nSatu\t1\t2\nDua\t3\t4\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	grid := "+----+----+\n| Target: 1 | b |\n+----+----+\n| c | d |\n+----+----+"
	if out := string(boardCards(nil, []byte(grid))); out != grid {
		t.Errorf("grid table rewritten:\n%q", out)
	}
}
