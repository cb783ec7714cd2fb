package parse

import (
	"encoding/binary"
	"math/bits"
)

// ocrDamaged is ocrDamage(t, nil) >= ocrLeast, the test every document's
// first pages take, eight positions at a time: the high bit of each byte
// that is '1' or 'I' between two lower-case letters, or '0' between two
// capitals, from masks of the word and of the words one byte to each side
// (its neighbours). Most words hold none of the three characters; a
// table's words hold digits, which testing the word for them first sent
// to the loop per byte.
func ocrDamaged(t []byte) bool {
	const ones = 0x0101010101010101
	n := 0
	i := 1 // positions i..i+7, their neighbours i-1..i+8 inside t
	for ; i+9 <= len(t); i += 8 {
		w := binary.LittleEndian.Uint64(t[i:])
		one := zeroBytes8(w^'1'*ones) | zeroBytes8(w^'I'*ones)
		zero := zeroBytes8(w ^ '0'*ones)
		if one|zero == 0 {
			continue
		}
		l, r := binary.LittleEndian.Uint64(t[i-1:]), binary.LittleEndian.Uint64(t[i+1:])
		d := one&lowerMask8(l&^highBytes)&^l&lowerMask8(r&^highBytes)&^r |
			zero&upperMask8(l)&upperMask8(r)
		if d != 0 {
			if n += bits.OnesCount64(d); n >= ocrLeast {
				return true
			}
		}
	}
	// the last positions, as ocrDamage counts them
	return n+ocrDamage(t[min(i-1, len(t)):], nil) >= ocrLeast
}

const highBytes = 0x8080808080808080

// zeroBytes8 has the high bit of each zero byte of x, exactly (no borrow
// runs into the next byte).
func zeroBytes8(x uint64) uint64 {
	const lows = 0x7f7f7f7f7f7f7f7f
	return ^((x&lows + lows) | x) & highBytes
}
