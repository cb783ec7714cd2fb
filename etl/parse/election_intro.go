package parse

import "strings"

// tableIntro is the sentence introducing the table being read, when it
// alone names the election of a paragraph that names several: "Daftar
// Pemilih Sementara Pemilu 2024 … berjumlah 156.102 pemilih. Sebagai
// pembanding, DPT Pemilu 2019 per kecamatan … adalah sebagai berikut." It
// is the last sentence of the paragraph right above the table (its caption
// aside) that points at what follows ("berikut", or ending in ':'), and it
// counts only when it names exactly one election year and no roll other
// than the DPT (a DPS, DPTb or DPK sentence introduces another roll). ""
// when no sentence proves the election.
func (p *parser) tableIntro() string {
	k := len(p.recent) - 1
	for k >= 0 && p.recent[k].caption {
		k--
	}
	if k < 0 {
		return ""
	}
	ss := sentences(p.recent[k].text)
	for i := len(ss) - 1; i >= 0; i-- {
		s := strings.TrimSpace(ss[i])
		if !containsFoldASCII(s, "berikut") && !strings.HasSuffix(s, ":") {
			continue
		}
		if otherRoll(s) {
			return ""
		}
		if y, several := electionYearOf(s); y > 0 && !several {
			return s
		}
		return ""
	}
	return ""
}
