package parse

import (
	"bytes"
	"regexp"
)

// reDPTOrang: a total stated as persons after its verb ("adalah 96.287
// orang", "sebanyak 96.287 jiwa"), the word pemilih left before it.
var reDPTOrang = regexp.MustCompile(`(?i)(?:sebanyak|berjumlah|sejumlah|adalah|mencapai)\s+(\d{1,3}(?:\.\d{3})+|\d{1,7})\s+(?:orang|jiwa)\b`)

// personsTotal finds a roll's total written as "N orang" when the voters
// are named before it ("jumlah pemilih dalam DPT Kabupaten Sumba Barat
// adalah 96.287 orang, terdiri atas 47.372 pemilih laki-laki dan 48.915
// pemilih perempuan"): the count is the total only when the paragraph says
// pemilih or DPT shortly before it and the laki-laki and perempuan counts
// after it make it; another roll named before it (DPTb, DPS …) is not the
// DPT. The match is returned as dptOfProse's m (whole match, count).
func personsTotal(t string, low []byte) []int {
	if !bytes.Contains(low, []byte("orang")) && !bytes.Contains(low, []byte("jiwa")) {
		return nil
	}
	for _, mm := range reDPTOrang.FindAllStringSubmatchIndex(t, -1) {
		before := low[max(0, mm[0]-90):mm[0]]
		if !bytes.Contains(before, []byte("pemilih")) && !bytes.Contains(before, []byte("dpt")) {
			continue
		}
		if !sexesMake(t[mm[0]:], t[mm[2]:mm[3]]) || rollBefore(t, low, mm[0]) {
			continue
		}
		return []int{mm[0], mm[1], mm[2], mm[3]}
	}
	return nil
}
