package template

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// kode is a parsed budget code: its canonical form (EXTRACTION.md), its
// level, and the parent its own prefix names ("WA.3355" → 076.01.WA).
type kode struct {
	canon, level, parent string
}

// programPrefix is KPU's budget section and unit (076 KPU, 01 its only
// eselon I unit); a bare program letter pair is completed with it.
const programPrefix = "076.01"

var (
	kodeTotal    = regexp.MustCompile(`^(?:TOTAL|JUMLAH)$`)
	kodeProgram  = regexp.MustCompile(`^(?:([0-9]{3}\.[0-9]{2})\.)?([A-Z]{2})$`)
	kodeKegiatan = regexp.MustCompile(`^(?:((?:[0-9]{3}\.[0-9]{2}\.)?[A-Z]{2})\.)?([0-9]{4})$`)
	kodeOutput   = regexp.MustCompile(`^(?:(?:[0-9]{3}\.[0-9]{2}\.)?[A-Z]{2}\.)?([0-9]{4})\.([A-Z]{3})\.([0-9]{3})$`)
)

// parseKode reads a budget code in canonical or common short form. It does
// not repair typos (W.3360): a template is typed by the satker, who can fix
// it, unlike a PDF.
func parseKode(s string) (kode, bool) {
	s = strings.ToUpper(strings.Join(strings.Fields(s), ""))
	if kodeTotal.MatchString(s) {
		return kode{canon: "TOTAL", level: facts.LevelTotal}, true
	}
	if m := kodeProgram.FindStringSubmatch(s); m != nil {
		return kode{canon: program(m[1], m[2]), level: facts.LevelProgram}, true
	}
	if m := kodeKegiatan.FindStringSubmatch(s); m != nil {
		k := kode{canon: m[2], level: facts.LevelKegiatan}
		if m[1] != "" {
			p, _ := parseKode(m[1])
			k.parent = p.canon
		}
		return k, true
	}
	if m := kodeOutput.FindStringSubmatch(s); m != nil {
		return kode{canon: m[1] + "." + m[2] + "." + m[3], level: facts.LevelOutput, parent: m[1]}, true
	}
	return kode{}, false
}

func program(prefix, letters string) string {
	if prefix == "" {
		prefix = programPrefix
	}
	return prefix + "." + letters
}

// parentLevel is the level a row's kode_induk must have.
var parentLevel = map[string]string{facts.LevelKegiatan: facts.LevelProgram, facts.LevelOutput: facts.LevelKegiatan}

var tingkatAnggaran = map[string]string{
	"total": facts.LevelTotal, "jumlah": facts.LevelTotal, "program": facts.LevelProgram,
	"kegiatan": facts.LevelKegiatan, "output": facts.LevelOutput, "kro": facts.LevelOutput,
}

const kodeForms = "TOTAL, 076.01.WA or WA, 3355 or WA.3355, 6639.BDB.001"

func (r *reader) anggaran(t *table) {
	// lastProgram remembers the program row above, per satker and year, so a
	// kegiatan written as "3355" under "076.01.WA" gets its parent.
	lastProgram := map[string]string{}
	readFacts(r, t, &r.doc.Anggaran, func(c *cells) (facts.Anggaran, natural) {
		f := facts.Anggaran{Span: c.span(), Utama: true, Sumber: famAnggaran.name}
		f.SatkerID = c.satker("satker_id")
		f.Tahun = c.year("tahun", r.tahun)
		f.KodeTeks = c.text("kode")
		k, ok := c.kode(f.KodeTeks)
		f.Kode, f.Tingkat = k.canon, k.level
		if ok {
			if tk := c.choice("tingkat", tingkatAnggaran, "tingkat", false); tk != "" && tk != k.level {
				c.invalid("tingkat", "%q does not match kode %s, which is a %s", c.get("tingkat"), k.canon, k.level)
			}
			f.KodeInduk = c.kodeInduk(k, lastProgram[key(f.SatkerID, f.Tahun)])
		}
		f.Uraian = c.text("uraian")
		f.Pagu = c.rupiah("pagu", false)
		f.Realisasi = c.rupiah("realisasi", false)
		f.Sisa = c.rupiah("sisa", true)
		f.SerapanLapor = c.number("serapan_lapor", true)
		f.PaguAwal = c.rupiah("pagu_awal", false)
		f.RevisiDIPA = c.count("revisi_dipa")
		if k.level == facts.LevelProgram {
			lastProgram[key(f.SatkerID, f.Tahun)] = k.canon
		}
		return f, natural{key(f.SatkerID, f.Tahun, f.Kode), "kode", "satker_id, tahun and kode"}
	})
}

func (c *cells) kode(s string) (kode, bool) {
	if s == "" {
		c.fail("kode", "template.wajib_diisi", "is empty; expected a budget code ("+kodeForms+")")
		return kode{}, false
	}
	k, ok := parseKode(s)
	if !ok {
		c.invalid("kode", "%q is not a budget code (%s)", s, kodeForms)
	}
	return k, ok
}

// kodeInduk decides the parent code: the kode_induk cell when stated, else
// the parent the code's own prefix names, else (kegiatan) the program row
// above. A stated parent that contradicts the prefix is a problem.
func (c *cells) kodeInduk(k kode, above string) string {
	s := c.text("kode_induk")
	want, hasParent := parentLevel[k.level]
	if s == "" {
		switch {
		case k.parent != "":
			return k.parent
		case k.level == facts.LevelKegiatan:
			return above
		}
		return ""
	}
	if !hasParent {
		c.invalid("kode_induk", "%q given for %s %s; totals and programs have no parent (leave it empty)", s, k.level, k.canon)
		return ""
	}
	p, ok := parseKode(s)
	switch {
	case !ok:
		c.invalid("kode_induk", "%q is not a budget code (%s)", s, kodeForms)
	case p.level != want:
		c.invalid("kode_induk", "%q is a %s; the parent of %s %s is a %s", s, p.level, k.level, k.canon, want)
	case k.parent != "" && k.parent != p.canon:
		c.invalid("kode_induk", "%q contradicts kode %q, whose prefix names %s", s, c.text("kode"), k.parent)
	default:
		return p.canon
	}
	return ""
}
