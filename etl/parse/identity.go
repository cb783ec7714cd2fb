package parse

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Options carry what the caller knows about a document beforehand.
type Options struct {
	// SatkerID and Tahun, when set (lkj ingest --satker ID --tahun Y), are
	// the document's identity; what the text itself says is still read and
	// a disagreement is reported.
	SatkerID string
	Tahun    int
	// Limits bound the document and its lines; zero fields are defaults.
	Limits extract.Limits
}

// identityHint is the rejection hint: the flag that settles an identity
// the text does not state.
const identityHint = "; tentukan dengan lkj ingest --satker ID --tahun TAHUN"

// identify finds the reporting satker and the report year from every
// signal the document gives (identity_signals.go): the title or cover, the
// reporting period, the Perjanjian Kinerja year, the main tables' years,
// the signature date and the file name, never from stray years in the
// prose. The caller's Options override both.
func (p *parser) identify(opt Options) error {
	// the cover, foreword and signature come first; read further only when
	// they do not say who reports for which year
	satker, satkerN, titleYears := p.readTitle(300)
	if satker == "" || satkerN < 2 || len(titleYears) == 0 {
		satker, satkerN, titleYears = p.readTitle(1 << 30)
	}
	if satker == "" || satkerN < 2 {
		if id := satkerFromName(p.name); id != "" {
			satker, satkerN = id, 2
			p.find("dokumen.identitas_sumber", "warning", 1, 1, id,
				"satker pelapor %s hanya dari nama berkas; keyakinan rendah", id)
		}
	}
	sig := p.yearSignals(titleYears)
	year, conf, why := sig.decide()
	if opt.SatkerID != "" {
		if _, ok := normalize.SatkerByID(opt.SatkerID); !ok {
			return fmt.Errorf("dokumen.identitas: satker %q (--satker) tidak dikenal", opt.SatkerID)
		}
		if satker != "" && satkerN >= 2 && satker != opt.SatkerID {
			p.find("dokumen.identitas_konflik", "warning", 1, 1, satker,
				"teks menyebut satker %s, --satker menyebut %s; dipakai %s", satker, opt.SatkerID, opt.SatkerID)
		}
		satker, satkerN = opt.SatkerID, 99
	}
	if opt.Tahun > 0 {
		if year > 0 && year != opt.Tahun {
			p.find("dokumen.identitas_konflik", "warning", 1, 1, itoa(year),
				"teks menunjukkan tahun %d (%s), --tahun menyebut %d; dipakai %d", year, why, opt.Tahun, opt.Tahun)
		}
		year, conf, why = opt.Tahun, "tinggi", "--tahun"
	}
	if satker == "" || satkerN < 2 || year == 0 {
		p.find("dokumen.identitas", "error", 1, 1, "", "satker pelapor atau tahun laporan tidak dapat ditentukan"+identityHint)
		if satker == "" || satkerN < 2 {
			return fmt.Errorf("dokumen.identitas: satker pelapor tidak dapat ditentukan%s", identityHint)
		}
		if sig.tie {
			return fmt.Errorf("dokumen.identitas: tahun laporan tidak dapat ditentukan (%s)%s", why, identityHint)
		}
		return fmt.Errorf("dokumen.identitas: tahun laporan tidak dapat ditentukan%s", identityHint)
	}
	if conf != "tinggi" {
		p.find("dokumen.identitas_sumber", "info", 1, 1, itoa(year),
			"tahun laporan %d dari %s; keyakinan %s", year, why, conf)
	}
	sig.conflicts(p, year)
	p.nameConflict(satker) // the file name's satker (identity_name.go)
	p.doc.Meta.SatkerID = satker
	p.doc.Meta.Tahun = year
	p.ref, _ = normalize.SatkerByID(satker)
	p.prov = p.ref.ProvinsiID
	return nil
}

// readTitle scores the satkers and title years named in the first maxLine
// lines: cover, title, foreword and signature.
func (p *parser) readTitle(maxLine int) (string, int, map[int]int) {
	satkers := map[string]int{}
	years := map[int]int{}
	var textBuf [8]string // a block's texts, kept off the heap
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.Start > maxLine {
			break
		}
		texts := textBuf[:0]
		if b.Kind == extract.Paragraph {
			texts = append(texts, b.Text)
		} else if b.Start < 120 {
			p.titleJoin = p.titleJoin[:0] // the last block's texts are read
			for _, r := range b.Rows {
				if titleWordInCells(r.Cells) { // the rest are skipped below: not joined
					texts = append(texts, joinCellsIn(&p.titleJoin, r.Cells))
				}
			}
		}
		for _, t := range texts {
			weight := 1
			if b.Start <= 60 {
				weight = 5
			}
			if len(t) > 400 {
				t = t[:400] // titles and signatures are short; long prose only repeats names
			}
			if !titleWordIn(t) { // KPU, omisi, KIP, aporan, LKj, ekretari, LAKIP, ...
				continue
			}
			up := upperASCIIIn(&p.upBuf, t) // valid until the next text: nothing below keeps it
			if strings.Contains(up, "SEKRETARIS KOMISI") || strings.Contains(up, "KETUA KOMISI") ||
				strings.HasPrefix(up, "KOMISI PEMILIHAN UMUM") || strings.HasPrefix(up, "SEKRETARIAT") {
				weight = 5
			}
			for _, id := range mostSpecific(satkersNamed(t, up)) {
				satkers[id] += weight
			}
			if y := titleYear(up); y > 0 {
				years[y] += weight
			} else if y := bareTitleYear(up); y > 0 {
				years[y] += weight
			}
		}
	}
	// signature blocks split "Sekretaris Komisi Pemilihan Umum" / "Kabupaten Alor,"
	for i := 0; i+1 < len(p.blocks) && p.blocks[i].Start <= maxLine; i++ {
		a, b := &p.blocks[i], &p.blocks[i+1]
		if a.Kind != extract.Paragraph || b.Kind != extract.Paragraph || len(a.Text) > 120 {
			continue
		}
		ua := upperASCIIIn(&p.upBuf, a.Text) // strings.ToUpper in the parser's scratch: nothing keeps it
		if (strings.HasSuffix(ua, "KOMISI PEMILIHAN UMUM") || strings.HasSuffix(ua, "SEKRETARIAT KPU")) && len(b.Text) < 60 {
			if id, ok := normalize.ResolveSatker(strings.TrimRight(b.Text, ",. "), ""); ok {
				satkers[id] += 10
			}
		}
	}
	best, bestN := bestSatker(satkers)
	// a cover whose title is split over lines: "LAPORAN KINERJA" /
	// "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN NGADA" / "TAHUN ANGGARAN 2024"
	if len(years) == 0 || bestN < 2 {
		if id, y := p.coverTitle(); id != "" || y > 0 {
			if id != "" {
				satkers[id] += 5
			}
			if y > 0 && len(years) == 0 {
				years[y] += 5
			}
			best, bestN = bestSatker(satkers)
		}
	}
	return best, bestN, years
}

// mostSpecific drops a province named beside exactly one of its own
// kabupaten/kota: a cover that lists the hierarchy ("KOMISI PEMILIHAN UMUM
// PROVINSI NUSA TENGGARA TIMUR" over "KOMISI PEMILIHAN UMUM KABUPATEN
// ENDE") speaks for the kabupaten.
func mostSpecific(ids []string) []string {
	if len(ids) < 2 {
		return ids
	}
	prov, kab := "", -1
	for i, id := range ids {
		s, ok := normalize.SatkerByID(id)
		switch {
		case !ok:
			return ids
		case s.Jenis == "provinsi":
			if prov != "" && prov != id {
				return ids
			}
			prov = id
		default:
			if kab >= 0 && ids[kab] != id {
				return ids
			}
			kab = i
		}
	}
	if prov == "" || kab < 0 {
		return ids
	}
	if s, _ := normalize.SatkerByID(ids[kab]); s.ProvinsiID != prov {
		return ids
	}
	return ids[kab : kab+1]
}

func bestSatker(satkers map[string]int) (string, int) {
	best, bestN := "", 0
	ids := make([]string, 0, len(satkers))
	for id := range satkers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	tie := false
	for _, id := range ids {
		switch n := satkers[id]; {
		case n > bestN:
			best, bestN, tie = id, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return "", 0 // two satkers named as often: neither is proven
	}
	return best, bestN
}

// satkerFromName reads a satker from a file name such as
// "lkj-2021-kpu-kabupaten-ngada.txt".
func satkerFromName(name string) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	t := strings.ToUpper(strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(base))
	ids := distinct(satkersNamed(t, t))
	if len(ids) == 1 {
		return ids[0]
	}
	return ""
}

func distinct(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// satkersNamed returns the satkers a text names as "KPU Kabupaten Alor",
// "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur", "KPU Kota Kupang".
func satkersNamed(t, up string) []string {
	var out []string
	var buf [5]string // the kind and up to four name words
	var nameBuf [4]string
	for _, lead := range []string{"KPU ", "KOMISI PEMILIHAN UMUM ", "KIP "} {
		from := 0
		for {
			i := strings.Index(up[from:], lead)
			if i < 0 {
				break
			}
			at := from + i + len(lead)
			from = at
			if at > 0 && from-len(lead)-1 >= 0 {
				c := up[from-len(lead)-1]
				if c >= 'A' && c <= 'Z' {
					continue // part of a longer word
				}
			}
			words := buf[:leadFields(t[at:min(len(t), at+80)], buf[:])]
			if len(words) < 2 {
				continue
			}
			kind := upperIn(strings.Trim(words[0], ".,"), satkerKinds) // KABUPATEN, KAB, KOTA, PROVINSI, PROV or ""
			if kind == "" {
				continue
			}
			name := nameBuf[:0]
			for _, w := range words[1:] {
				w = strings.TrimRight(w, ",.;:)")
				if w == "" || !isNameWord(w) {
					break
				}
				name = append(name, w)
				if len(name) == 4 {
					break
				}
			}
			if len(name) == 0 {
				continue
			}
			// "KIND W1 W2 W3 W4" once; each shorter name is a prefix of it
			full := kind + " " + strings.Join(name, " ")
			for k := len(name); k >= 1; k-- {
				n := len(kind) + k
				for _, w := range name[:k] {
					n += len(w)
				}
				if id, ok := normalize.ResolveSatker(full[:n], ""); ok {
					out = append(out, id)
					break
				}
			}
		}
	}
	return out
}

func isNameWord(w string) bool {
	c := w[0]
	if !(c >= 'A' && c <= 'Z') && w != "dan" {
		return false
	}
	return upperIn(w, notNameWords) == "" // TAHUN, NOMOR, DALAM, YANG, ...
}

// titleMarkers name a report title: Laporan Kinerja, LKj, LKjIP, LAKIP,
// Laporan Akuntabilitas Kinerja (Instansi Pemerintah).
var titleMarkers = []string{"LAPORAN KINERJA", "LAPORAN AKUNTABILITAS KINERJA", "LKJ", "LAKIP"}

func titleAt(up string) int { return titleMarkerAt(up) }

// titleYear reads the year of a report title: "LAPORAN KINERJA ... TAHUN
// 2024", "LKj ... Tahun Anggaran 2024", "LKjIP ... 2024".
func titleYear(up string) int {
	i := titleAt(up)
	if i < 0 {
		return 0
	}
	// the first "TAHUN [ANGGARAN|PELAPORAN|KINERJA] Y" or "TA./T.A. Y"
	rest := up[i:min(len(up), i+160)]
	for w := ""; rest != ""; {
		w, rest = nextField(rest)
		switch strings.Trim(w, ".,:;(") {
		case "TAHUN":
			y, after := nextField(rest)
			if y == "ANGGARAN" || y == "PELAPORAN" || y == "KINERJA" {
				y, _ = nextField(after)
			}
			return yearWord(strings.Trim(y, ".,:;)"))
		case "TA", "T.A":
			if y, _ := nextField(rest); yearWord(strings.Trim(y, ".,:;)")) > 0 {
				return yearWord(strings.Trim(y, ".,:;)"))
			}
		}
	}
	return 0
}

// bareTitleYear is the year of a short title line that starts with its
// marker: right after the marker ("LKj 2021 – KPU Kabupaten Nagekeo |
// Portal PPID", "LAKIP (2019)"), else the last one of the line ("LAPORAN
// KINERJA (LKj) KPU KABUPATEN ENDE 2023"); else 0. A year after a month
// name is a date ("Diunggah: 3 Februari 2022", a web page's line joined to
// its title), never the title's.
func bareTitleYear(up string) int {
	t := strings.TrimRight(up, " .")
	if titleAt(t) != 0 || len(t) > 100 {
		return 0
	}
	var buf [64]string // the words, without allocating: this runs on every running header
	f := buf[:0]
	for rest := t; rest != "" && len(f) < len(buf); {
		var w string
		if w, rest = nextField(rest); w != "" {
			f = append(f, w)
		}
	}
	for k := 1; k < len(f) && k <= 3; k++ {
		if y := yearWord(strings.Trim(f[k], "():,")); y > 0 {
			return y
		}
		if !strings.HasPrefix(f[k], "(") && !titleWordsOnly(f[k]) {
			break // past the marker
		}
	}
	for k := len(f) - 1; k >= 1; k-- {
		if y := yearWord(strings.Trim(f[k], "():,")); y > 0 && !monthWord(f[k-1]) {
			return y // the last year that is no date's
		}
	}
	return 0
}

// monthWord: a month's name, in any case.
func monthWord(w string) bool {
	for m := range months {
		if strings.EqualFold(m, w) {
			return true
		}
	}
	return false
}

// titleWordsOnly: a word of the title marker ("KINERJA", "LKJIP").
func titleWordsOnly(w string) bool {
	switch w {
	case "LAPORAN", "KINERJA", "AKUNTABILITAS", "INSTANSI", "PEMERINTAH", "LKJ", "LKJIP", "LAKIP", "IP":
		return true
	}
	return false
}

// nextField is the first space-separated word of s and what follows it,
// without allocating.
func nextField(s string) (string, string) {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// yearWord is y as a year 2000-2099, or 0.
func yearWord(y string) int {
	if len(y) != 4 || y < "2000" || y > "2099" {
		return 0
	}
	v := 0
	for i := 0; i < 4; i++ {
		if y[i] < '0' || y[i] > '9' {
			return 0
		}
		v = v*10 + int(y[i]-'0')
	}
	return v
}
