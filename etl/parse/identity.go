package parse

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// identify finds the reporting satker and the report year from the title,
// cover and signature ("LAPORAN KINERJA ... TAHUN 2024", "Laporan Kinerja
// KPU Provinsi Nusa Tenggara Timur Tahun 2024", "Sekretaris Komisi
// Pemilihan Umum Kabupaten Alor"), never from stray years in the prose.
func (p *parser) identify() error {
	// the cover, foreword and signature come first; read further only when
	// they do not say who reports for which year
	if err := p.identifyUpTo(300); err == nil {
		return nil
	}
	p.doc.Findings = p.doc.Findings[:0]
	return p.identifyUpTo(1 << 30)
}

func (p *parser) identifyUpTo(maxLine int) error {
	satkers := map[string]int{}
	years := map[int]int{}
	firstYear := map[int]int{}
	n := 0
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.Start > maxLine {
			break
		}
		var texts []string
		if b.Kind == extract.Paragraph {
			texts = []string{b.Text}
		} else if b.Start < 120 {
			for _, r := range b.Rows {
				texts = append(texts, strings.Join(r.Cells, " "))
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
			if !strings.Contains(t, "KPU") && !strings.Contains(t, "omisi") && !strings.Contains(t, "OMISI") &&
				!strings.Contains(t, "KIP") && !strings.Contains(t, "aporan") && !strings.Contains(t, "APORAN") &&
				!strings.Contains(t, "LKj") && !strings.Contains(t, "LKJ") && !strings.Contains(t, "ekretari") && !strings.Contains(t, "EKRETARI") {
				continue
			}
			up := strings.ToUpper(t)
			if strings.Contains(up, "SEKRETARIS KOMISI") || strings.Contains(up, "KETUA KOMISI") ||
				strings.HasPrefix(up, "KOMISI PEMILIHAN UMUM") || strings.HasPrefix(up, "SEKRETARIAT") {
				weight = 5
			}
			for _, id := range satkersNamed(t, up) {
				satkers[id] += weight
			}
			if y := titleYear(up); y > 0 {
				n++
				years[y] += weight
				if _, ok := firstYear[y]; !ok {
					firstYear[y] = n
				}
			}
		}
	}
	// signature blocks split "Sekretaris Komisi Pemilihan Umum" / "Kabupaten Alor,"
	for i := 0; i+1 < len(p.blocks) && p.blocks[i].Start <= maxLine; i++ {
		a, b := &p.blocks[i], &p.blocks[i+1]
		if a.Kind != extract.Paragraph || b.Kind != extract.Paragraph || len(a.Text) > 120 {
			continue
		}
		ua := strings.ToUpper(a.Text)
		if (strings.HasSuffix(ua, "KOMISI PEMILIHAN UMUM") || strings.HasSuffix(ua, "SEKRETARIAT KPU")) && len(b.Text) < 60 {
			if id, ok := normalize.ResolveSatker(strings.TrimRight(b.Text, ",. "), ""); ok {
				satkers[id] += 10
			}
		}
	}
	best, bestN := "", 0
	ids := make([]string, 0, len(satkers))
	for id := range satkers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if satkers[id] > bestN {
			best, bestN = id, satkers[id]
		}
	}
	year, yearN := 0, 0
	for y, c := range years {
		if c > yearN || c == yearN && firstYear[y] < firstYear[year] {
			year, yearN = y, c
		}
	}
	if best == "" || bestN < 2 || year == 0 {
		p.find("dokumen.identitas", "error", 1, 1, "", "satker pelapor atau tahun laporan tidak dapat ditentukan")
		switch {
		case best == "" || bestN < 2:
			return fmt.Errorf("dokumen.identitas: satker pelapor tidak dapat ditentukan")
		default:
			return fmt.Errorf("dokumen.identitas: tahun laporan tidak dapat ditentukan")
		}
	}
	p.doc.Meta.SatkerID = best
	p.doc.Meta.Tahun = year
	p.ref, _ = normalize.SatkerByID(best)
	p.prov = p.ref.ProvinsiID
	return nil
}

// satkersNamed returns the satkers a text names as "KPU Kabupaten Alor",
// "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur", "KPU Kota Kupang".
func satkersNamed(t, up string) []string {
	var out []string
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
			words := strings.Fields(t[at:min(len(t), at+80)])
			if len(words) < 2 {
				continue
			}
			kind := strings.ToUpper(strings.Trim(words[0], ".,"))
			if kind != "KABUPATEN" && kind != "KAB" && kind != "KOTA" && kind != "PROVINSI" && kind != "PROV" {
				continue
			}
			var name []string
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
			for k := len(name); k >= 1; k-- {
				if id, ok := normalize.ResolveSatker(kind+" "+strings.Join(name[:k], " "), ""); ok {
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
	switch strings.ToUpper(w) {
	case "TAHUN", "NOMOR", "DALAM", "YANG", "PADA", "SESUAI", "TELAH", "RI", "SEBAGAI", "SE":
		return false
	}
	return true
}

// titleYear reads the year of a report title: "LAPORAN KINERJA ... TAHUN
// 2024", "LKj ... Tahun 2024", "LKjIP ... 2024".
func titleYear(up string) int {
	i := strings.Index(up, "LAPORAN KINERJA")
	if i < 0 {
		i = strings.Index(up, "LKJ")
	}
	if i < 0 {
		return 0
	}
	rest := up[i:min(len(up), i+160)]
	j := strings.Index(rest, "TAHUN ")
	if j < 0 {
		return 0
	}
	w := strings.Fields(rest[j+6:])
	if len(w) == 0 {
		return 0
	}
	y := strings.Trim(w[0], ".,:;)")
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
	// "Tahun Anggaran 2024" after "Laporan Kinerja" also names the report year
	return v
}
