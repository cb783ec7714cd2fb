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
// figures, and whether it held any. It returns ok false and the two
// disagreeing forms in clash when a figure's words say another number
// ("4 (lima) kali"): nothing proves which one the author meant.
func dropSpelled(t string) (out string, ok bool, clash string) {
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
		if fig, words, differ := spelledDiffers(t[:j], t[i+1:i+k]); differ {
			return t, false, fig + " (" + words + ")"
		}
		b.WriteString(t[last:j])
		last, dropped = i+k+1, true
		i += k
	}
	if !dropped {
		return t, false, ""
	}
	b.WriteString(t[last:])
	return b.String(), true, ""
}

// spelledDiffers compares the figure ending before with the number its
// words spell. Only whole figures (thousands dots, an ",00" tail) and words
// it can evaluate are compared; anything else ("72,45 (tujuh puluh dua koma
// empat lima)") is not a disagreement.
func spelledDiffers(before, words string) (fig, w string, differ bool) {
	i := len(before)
	for i > 0 && (isDigitByte(before[i-1]) || before[i-1] == '.' || before[i-1] == ',') {
		i--
	}
	if i == len(before) || i >= 2 && before[i-1] == ' ' && isDigitByte(before[i-2]) {
		return "", "", false // no figure, or one grouped by spaces ("124 959") this walk would cut
	}
	fig = strings.TrimSuffix(before[i:], ",00")
	var n int64
	for k := 0; k < len(fig); k++ {
		switch c := fig[k]; {
		case isDigitByte(c):
			if n > 1e15 {
				return "", "", false
			}
			n = n*10 + int64(c-'0')
		case c == '.':
		default:
			return "", "", false // a decimal comma: words with "koma" are not evaluated
		}
	}
	v, ok := wordsValue(words)
	if !ok || v == n {
		return "", "", false
	}
	return fig, words, true
}

// wordsValue evaluates a figure spelled in Indonesian or English number
// words ("seratus dua puluh empat ribu", "two hundred and five"); ok is
// false for words it does not evaluate (a decimal "koma"/"point").
func wordsValue(s string) (int64, bool) {
	var total, small, last int64
	seen := false
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(s, ":", " "))) {
		if v, unit := wordUnits[w]; unit {
			small += v
			last = v
			seen = true
			continue
		}
		switch w {
		case "belas", "teen": // "dua belas" = 2 + 10
			small += 10
			last = 0
		case "puluh": // "dua puluh" = 2 × 10
			small += last * 9
			last = 0
		case "ratus", "hundred":
			small += last * 99
			last = 0
		case "ribu", "thousand", "juta", "million", "miliar", "milyar", "billion":
			total += small * wordScales[w]
			small, last = 0, 0
		case "seribu":
			total += 1000
			seen = true
		case "sejuta":
			total += 1000000
			seen = true
		case "koma", "point":
			return 0, false
		case "terbilang", "rupiah", "persen", "orang", "and", "dan":
		default:
			return 0, false
		}
	}
	return total + small, seen
}

var wordUnits = map[string]int64{"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
	"delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

var wordScales = map[string]int64{"ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6, "miliar": 1e9,
	"milyar": 1e9, "billion": 1e9}

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
