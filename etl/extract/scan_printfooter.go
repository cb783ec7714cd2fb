package extract

// Most lines are no print footer, and the footer patterns fold case with
// \b at every byte. A footer names its printing ("dicetak", "cetak",
// "printed", "print": each holds "ceta" or "prin") or its page ("halaman",
// "hal", "page" before a digit): footerMay looks for those letters (no
// Unicode fold reaches c, e, t, a, p, r, i, n, h, l or g) before a pattern
// runs, in the cells themselves, since none of the words spans the space
// that joins them.

// footerMay: the cells, joined, may be a print footer.
func footerMay(cells ...string) bool {
	digit, page := false, false
	for _, s := range cells {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= '0' && c <= '9' {
				digit = true
				continue
			}
			switch c | 0x20 {
			case 'c':
				if foldAt(s, i, "ceta") {
					return true
				}
			case 'p':
				if foldAt(s, i, "prin") {
					return true
				}
				page = page || foldAt(s, i, "pag")
			case 'h':
				page = page || foldAt(s, i, "hal")
			}
		}
	}
	return digit && page
}

// foldAt: s holds w (lower-case ASCII letters) at i, in any case.
func foldAt(s string, i int, w string) bool {
	if i+len(w) > len(s) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if s[i+j]|0x20 != w[j] {
			return false
		}
	}
	return true
}
