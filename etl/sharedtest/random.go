package sharedtest

import "math/rand"

// The scanners that replace regular expressions on hot paths are tested
// against the pattern they replace on many random inputs. These builders
// write those inputs once; a fixed seed makes every failure reproducible.

// Texts returns written followed by n random texts. Each text is 1 to
// maxParts parts drawn from parts, each part followed by a separator drawn
// from seps (nothing when seps is empty), so the texts mix a pattern's own
// words with the spacing and punctuation around them.
func Texts(seed int64, n, maxParts int, parts, seps []string, written ...string) []string {
	rng := rand.New(rand.NewSource(seed))
	out := append(make([]string, 0, len(written)+n), written...)
	var b []byte
	for i := 0; i < n; i++ {
		b = b[:0]
		for k := rng.Intn(maxParts); k >= 0; k-- {
			b = append(b, parts[rng.Intn(len(parts))]...)
			if len(seps) > 0 {
				b = append(b, seps[rng.Intn(len(seps))]...)
			}
		}
		out = append(out, string(b))
	}
	return out
}

// Strings returns n random strings of 0 to maxLen-1 bytes of alphabet.
func Strings(rng *rand.Rand, n, maxLen int, alphabet string) []string {
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		b := make([]byte, rng.Intn(maxLen))
		for j := range b {
			b[j] = alphabet[rng.Intn(len(alphabet))]
		}
		out = append(out, string(b))
	}
	return out
}

// NearShapes returns rounds × len(shapes) strings close to the shapes of
// budget codes: in a shape 'd' stands for a random digit and 'A' for a
// random upper-case letter; about one byte in noise is replaced by a byte of
// alphabet instead, so the strings fall on both sides of a pattern's edge.
func NearShapes(rng *rand.Rand, rounds int, shapes []string, alphabet string, noise int) []string {
	out := make([]string, 0, rounds*len(shapes))
	for i := 0; i < rounds; i++ {
		for _, shape := range shapes {
			b := []byte(shape)
			for j, c := range b {
				switch {
				case rng.Intn(noise) == 0:
					b[j] = alphabet[rng.Intn(len(alphabet))]
				case c == 'd':
					b[j] = byte('0' + rng.Intn(10))
				case c == 'A':
					b[j] = byte('A' + rng.Intn(26))
				}
			}
			out = append(out, string(b))
		}
	}
	return out
}
