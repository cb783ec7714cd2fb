package extract

// structuralHeader: the table's first line is its header by its shape when
// no word list says so: every cell of it is words (no digit at all), and at
// least two of its titled columns hold values on at least two thirds of the
// lines below and on at least two lines. A header whose words the
// vocabulary lacks ("Alokasi | Penyerapan | Sisa Dana | Daya Serap")
// otherwise became the first body row, and the table went unread. A first
// body row carries values in its value columns, so it never has this shape.
func structuralHeader(lines []rawLine) bool {
	if len(lines) < 3 {
		return false
	}
	titled := 0
	for _, c := range lines[0].cells {
		if c == "" {
			continue
		}
		if hasDigit(c) || valueLike(c) {
			return false
		}
		titled++
	}
	if titled < 3 {
		return false
	}
	body := lines[1:]
	valued := 0
	for j, c := range lines[0].cells {
		if c == "" {
			continue
		}
		n := 0
		for _, l := range body {
			if j < len(l.cells) && valueLike(l.cells[j]) {
				n++
			}
		}
		if n >= 2 && n*3 >= len(body)*2 {
			valued++
		}
	}
	return valued >= 2
}
