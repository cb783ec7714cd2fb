package parse

import (
	"regexp"
	"strings"
)

// A record named by its title. A record whose keys name no label column
// ("Target", "Realisasi", "Capaian" only) may carry its name in the title
// line above its keys:
//
//	Opini BPK atas Laporan Keuangan        IKU 1. Opini BPK atas Laporan Keuangan
//	    Target 2024 ........ WTP               Target ........ WTP
//
// The title is then the row's label (its number, when it opens with one,
// the row number) when it stands alone: it opens its paragraph or follows
// a record, so it is no last line of a sentence. A title that is only a
// numbered heading ("Sasaran Strategis 1") or ends in a colon names no
// row.

// kvTitleAlone: line i opens the paragraph or follows a key line.
func kvTitleAlone(ls []kvLine, i int) bool { return i == 0 || ls[i-1].key != "" }

var reKVTitleLabel = regexp.MustCompile(`^(?:(?:IKU|IKK|Indikator(?:\s+Kinerja)?(?:\s+(?:Utama|Kegiatan|Program))?)\s+)?(\d{1,3})[.):]?\s+(\S.*)$`)

// kvLabelKeys open a key that names a label column: such records need no
// label from their titles.
var kvLabelKeys = map[string]bool{"indikator": true, "uraian": true, "sasaran": true, "program": true, "kegiatan": true,
	"komponen": true, "kecamatan": true, "nama": true, "wilayah": true, "iku": true, "ikk": true}

// kvTitleLabel is the label column's header for records named by their
// titles ("" when they are not): what the keys measure names it.
func kvTitleLabel(recs []kvRecord, keys []string) string {
	for _, k := range keys {
		if kvLabelKeys[strings.ToLower(strings.Fields(k)[0])] {
			return ""
		}
	}
	for _, r := range recs {
		if _, l := kvTitleParts(r.title); l == "" || !r.named || reKVCode.MatchString(r.title) || reKVTotal.MatchString(r.title) {
			return ""
		}
	}
	has := func(ws ...string) bool {
		for _, k := range keys {
			for _, w := range ws {
				if strings.HasPrefix(strings.ToLower(k), w) {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has("target", "capaian"):
		return "Indikator Kinerja"
	case has("pagu", "alokasi", "anggaran"):
		return "Uraian"
	case has("bobot"):
		return "Komponen"
	}
	return ""
}

// kvTitleParts splits a title into its row number and its label; a
// numbered heading ("Sasaran Strategis 1", "Indikator Kinerja 2") has no
// label.
func kvTitleParts(t string) (no, label string) {
	if m := reKVTitleLabel.FindStringSubmatch(t); m != nil {
		return m[1], m[2]
	}
	if reKVNo.MatchString(t) || strings.HasSuffix(t, ":") || kvTitleOpensBlock(t) {
		return "", ""
	}
	return "", t
}

// kvTitleOpensBlock: the title opens a code literal's block ("quota {",
// "sales_quota {", "target = ["): the fields under it are a message's or a
// config's (a shop's sales quota in protobuf text), and the line names no
// indicator, however its keys ("target") read.
func kvTitleOpensBlock(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "{") || strings.HasSuffix(t, "[")
}
