package parse

import "strings"

// rbNamed reports whether a folded text (spaces at both ends) names
// Reformasi Birokrasi: the words, their short form, or its evaluation's
// parts.
func rbNamed(k string) bool {
	return strings.Contains(k, "reformasi birokrasi") || has(k, "rb", "pmprb", "pengungkit")
}

// rbOwnWords reports whether a table's own caption or header names RB and
// not AKIP. The sentences before a table count for SAKIP only when the table
// names no topic of its own: a "Tahun | Nilai" history captioned as the RB
// index, a few lines under the chapter heading "AKUNTABILITAS KINERJA",
// loaded each RB score as a SAKIP result graded by its band (D).
func rbOwnWords(t *tableInfo) bool {
	return (rbNamed(t.cap) || rbNamed(t.hdr)) && !sakipContext(t.cap) && !sakipContext(t.hdr)
}
