package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// reDPTKec is one kecamatan of a DPT stated per kecamatan in prose:
// "Kecamatan Hawu Mehara 14.360 pemilih (7.206 laki-laki, 7.154
// perempuan) di 17 desa/kelurahan dan 39 TPS".
var reDPTKec = regexp.MustCompile(`(?i)\bkecamatan\s+([A-Z][A-Za-z' -]{1,40}?)\s+(\d{1,3}(?:[.,]\d{3})+|\d{1,6})\s+(?:orang\s+)?pemilih\s*\(\s*(\d{1,3}(?:[.,]\d{3})+|\d{1,6})\s+(?:pemilih\s+)?laki(?:-\s*|\s)?laki\s*[,;]?\s*(?:dan\s+)?(\d{1,3}(?:[.,]\d{3})+|\d{1,6})\s+(?:pemilih\s+)?perempuan\s*\)(?:\s*,?\s*(?:di|pada|tersebar\s+di)\s+(\d{1,4})\s+desa(?:\s*/\s*kel(?:urahan)?)?)?(?:\s*,?\s*(?:dan\s+)?(\d{1,5})\s+TPS)?`)

// proseDPTKecamatan reads the kecamatan of the reporting kabupaten listed
// in a sentence, each with its total, L and P. The election is the one the
// paragraph, or the one before it, names. A kecamatan whose L + P is not
// its total is reported, not loaded.
func (p *parser) proseDPTKecamatan(start, end int, t string) {
	if !dptKecMayList(t) {
		return // one figure at most (scan_dptkec.go)
	}
	ms := reDPTKec.FindAllStringSubmatch(t, -1)
	if len(ms) < 2 {
		return // one figure is no list
	}
	pem, year := pemilihanOf(t), electionYear(t)
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-2 && (pem == "" || year == 0); k-- {
		if pem == "" {
			pem = pemilihanOf(p.recent[k].text)
		}
		if year == 0 {
			year = electionYear(p.recent[k].text)
		}
	}
	if pem == "" || !electionHeld(pem, year) || p.doc.Meta.SatkerID == p.prov {
		return
	}
	for _, m := range ms {
		total, l, pr := countOf([]string{"", m[2]}), countOf([]string{"", m[3]}), countOf([]string{"", m[4]})
		if total == nil || l == nil || pr == nil {
			continue
		}
		if *l+*pr != *total {
			p.find("dpt.tidak_konsisten", facts.Warning, start, end, m[1],
				"DPT kecamatan %s: laki-laki + perempuan bukan jumlahnya; tidak dimuat", m[1])
			continue
		}
		d := facts.DPT{Span: facts.Span{Start: start, End: end}, Pemilihan: pem, Tahun: year, Sumber: "teks",
			SatkerID: p.doc.Meta.SatkerID, TingkatWilayah: "kecamatan", Wilayah: normalize.Upper(strings.TrimSpace(m[1])),
			PemilihTotal: total, PemilihL: l, PemilihP: pr}
		if m[5] != "" {
			d.JumlahDesa = countOf([]string{"", m[5]})
		}
		if m[6] != "" {
			d.JumlahTPS = countOf([]string{"", m[6]})
		}
		p.cov.hits++
		p.proseDPTRows = append(p.proseDPTRows, d)
	}
}
