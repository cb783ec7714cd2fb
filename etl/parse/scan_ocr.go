package parse

import "encoding/binary"

// ocrDamaged is ocrDamage(t, nil) >= ocrLeast, the test every document's
// first pages take, answered without looking at most bytes: eight bytes
// at a time, a word holding none of '0', '1' and 'I' (most words of a
// clean text) holds no damaged character, and the count stops at
// ocrLeast.
func ocrDamaged(t []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(x uint64) bool { return (x-ones)&^x&highs != 0 } // some byte of x is 0
	n := 0
	for at := 0; at < len(t); at += 8 {
		if at+8 <= len(t) {
			w := binary.LittleEndian.Uint64(t[at:])
			if !zero(w^('0'*ones)) && !zero(w^('1'*ones)) && !zero(w^('I'*ones)) {
				continue
			}
		}
		// ocrDamage over the window of the characters at..at+7 and
		// their neighbours counts exactly those characters
		if n += ocrDamage(t[max(at-1, 0):min(at+9, len(t))], nil); n >= ocrLeast {
			return true
		}
	}
	return false
}
