package parse

import "strings"

// Figures spelled out beside the digits: "DPT Pemilu 2024 sebanyak 124.959
// (seratus dua puluh empat ribu sembilan ratus lima puluh sembilan)
// pemilih, terdiri atas 63.003 (enam puluh tiga ribu tiga) pemilih
// laki-laki …". The words restate the figure before them and part it from
// the word that says what it counts ("pemilih", "TPS"): the DPT sentence
// is read with them left out. Only a parenthesis right after a figure and
// made of number words alone is left out; any other keeps the sentence
// as written.

// spelledExtra are the words a spelled-out figure may hold beside the
// number words.
var spelledExtra = [...]string{"koma", "nol", "terbilang", "rupiah", "persen", "orang"}

// dropSpelled returns t without the spelled-out figures after its
// figures, and whether it held any.
func dropSpelled(t string) (string, bool) {
	var b strings.Builder
	last, dropped := 0, false
	for i := 0; i < len(t); i++ {
		if t[i] != '(' {
			continue
		}
		j := i
		if j > 0 && t[j-1] == ' ' {
			j--
		}
		if j == 0 || !isDigitByte(t[j-1]) {
			continue
		}
		k := strings.IndexByte(t[i:], ')')
		if k < 0 || k > 300 || !spelledOut(t[i+1:i+k]) {
			continue
		}
		b.WriteString(t[last:j])
		last, dropped = i+k+1, true
		i += k
	}
	if !dropped {
		return t, false
	}
	b.WriteString(t[last:])
	return b.String(), true
}

// spelledOut: s is a figure in words, every word a number word.
func spelledOut(s string) bool {
	ws := strings.Fields(strings.ReplaceAll(s, ":", " "))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		ok := numberWord(w)
		for _, x := range spelledExtra {
			ok = ok || strings.EqualFold(w, x)
		}
		if !ok {
			return false
		}
	}
	return true
}
