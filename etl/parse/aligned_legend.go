package parse

// alignedLegend rewrites a space-aligned list of row codes and their names
// ("Kode   Indikator" over "IKU-01   Persentase …") as TAB lines: the
// legend a table of codes is read with. It has no values, so it is no
// table for alignedCandidate, yet its two columns are proven the same way:
// a header of two words and two or more lines of a key (a code with a
// digit, "IKU-01", "K1", "3355") and a name, every key starting in the
// header's first column and every name in its second; a name wrapped onto
// a line of its own in the second column goes with it. It returns the
// index after the legend, or i when line i opens none.
func alignedLegend(lines []string, segs [][]aseg, i int) int {
	h := segs[i]
	if len(h) != 2 || valueSeg(h[0].text) || valueSeg(h[1].text) || rowKey(h[0].text) {
		return i
	}
	near := func(a, b int) bool { return a-b <= 1 && b-a <= 1 }
	keys := 0
	end := i + 1
	for ; end < len(lines); end++ {
		s := segs[end]
		switch {
		case len(s) == 2 && near(s[0].from, h[0].from) && near(s[1].from, h[1].from) && rowKey(s[0].text) && !valueSeg(s[1].text):
			keys++
		case len(s) == 1 && keys > 0 && near(s[0].from, h[1].from):
			// the name above wrapped onto a line of its own
		default:
			goto done
		}
	}
done:
	if keys < 2 {
		return i
	}
	for k := i; k < end; k++ {
		s := segs[k]
		if len(s) == 2 {
			lines[k] = s[0].text + "\t" + s[1].text
		} else {
			lines[k] = "\t" + s[0].text
		}
	}
	return end
}
