package parse

// oneRowFoot: a single body row at line i with its header printed on the
// one line under it (the block ends at end): a one-row RB or score table
// in a house style that puts the header at the foot. With one row the
// alignment proves little, so the foot line must hold no value and pass
// oneRowTable over the row as a header above it would; alignedFoot then
// proves the block with the header moved on top.
func oneRowFoot(segs [][]aseg, i, end int) bool {
	if end != i+2 || len(segs[i+1]) < 3 {
		return false
	}
	for _, s := range segs[i+1] {
		if valueSeg(s.text) {
			return false
		}
	}
	return oneRowTable(segs[i+1], segs, i, i+1)
}
