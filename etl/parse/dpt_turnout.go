package parse

import (
	"regexp"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// reTurnout: a group of voter columns that counts the voters who came
// (used their right, were present, cast a valid ballot) or stayed away.
// Its L/P/Jumlah columns sit beside the roll's and repeat them, but they
// are a result of the vote, never the DPT.
var reTurnout = regexp.MustCompile(`(?i)\b(?:pengguna|menggunakan|gunakan|hadir|kehadiran|suara|partisipasi|golput|memilih)\b`)

// mayTurnout is false when reTurnout cannot match an ASCII text (every
// alternative holds one of these fragments).
func mayTurnout(t string) bool {
	return !isASCII(t) || containsFoldASCII(t, "guna") || containsFoldASCII(t, "hadir") ||
		containsFoldASCII(t, "suara") || containsFoldASCII(t, "partisipasi") ||
		containsFoldASCII(t, "golput") || containsFoldASCII(t, "memilih")
}

// notRollGroup: a group header whose columns are not the DPT: another
// roll, a part of the roll, or the turnout beside it.
func notRollGroup(t string) bool {
	return otherRoll(t) || mayTurnout(t) && reTurnout.MatchString(normalize.Fold(t))
}
