package parse

import (
	"fmt"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// unorderedParents undoes parents read from row order in a budget table
// whose order is no hierarchy: a kegiatan with no program above it comes
// before the table's first program row (rows in submission order, sorted
// by amount). The program row just above a kegiatan then proves nothing
// (a form's responses put Pembentukan Badan Adhoc under Dukungan
// Manajemen). A kegiatan whose written code and official name both name
// its program keeps that program; any other parent read from order is
// cleared, with anggaran.induk_tidak_diketahui.
func (p *parser) unorderedParents(start int) {
	rows := p.doc.Anggaran[start:]
	orphan, program := false, false
	for i := range rows {
		switch rows[i].Tingkat {
		case facts.LevelProgram:
			program = true
		case facts.LevelKegiatan:
			if !program && rows[i].KodeInduk == "" {
				orphan = true
			}
		}
	}
	if !orphan || !program {
		return
	}
	proven := parentsBySums(rows, knownParents(rows)) // the sums' own proof (anggaran_order_sums.go)
	for i := range rows {
		a := &rows[i]
		if a.Tingkat != facts.LevelKegiatan {
			continue
		}
		if m, ok := kegiatanCode(a.KodeTeks); ok && m[1] != "" {
			continue // the code names its program ("CQ.6867")
		}
		if kg, ok := kegiatanNames[kegiatanKey(a.Uraian)]; ok && kg.code == a.Kode {
			a.KodeInduk = kg.program
			p.parentSettled(a, "nama resmi kegiatan")
			continue
		}
		if pr, ok := proven[i]; ok {
			a.KodeInduk = pr
			p.parentSettled(a, "jumlah pagu dan realisasi per program")
			continue
		}
		if a.KodeInduk != "" {
			a.KodeInduk = ""
			p.find("anggaran.induk_tidak_diketahui", facts.Info, a.Start, a.End, a.Kode,
				"kegiatan %s: urutan tabel bukan hierarki (kegiatan tanpa program di atasnya); kode_induk dibiarkan kosong", a.Kode)
		}
	}
}

// parentSettled rewrites, in place, the finding the row reader left on a's
// row when no program stood above it ("kode_induk dibiarkan kosong"): the
// parent is now proven, and a finding saying it is empty would contradict
// the loaded row. In place, so no index into the findings moves.
func (p *parser) parentSettled(a *facts.Anggaran, by string) {
	for i := range p.doc.Findings {
		f := &p.doc.Findings[i]
		if f.Aturan == "anggaran.induk_tidak_diketahui" && f.Start == a.Start && f.End == a.End {
			f.Aturan, f.Tingkat = "anggaran.induk_dibuktikan", facts.Info
			f.Pesan = fmt.Sprintf("kegiatan %s: tidak ada program di atasnya; kode_induk %s dibuktikan dari %s", a.Kode, a.KodeInduk, by)
		}
	}
}
