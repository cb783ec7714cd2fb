package parse

import (
	"bytes"
	"math/bits"
)

// textMarks records which of the strings the whole-text readers gate
// themselves on occur in a text, found in one pass (issue 13). Most of
// those strings are absent from a report, so each reader's own
// bytes.Contains ran to the end of the text; a string that opens with a
// space or a common letter (" of ", "   ", "series") made that run slower
// than the byte loop below, which reads every byte once for all of them.
// The marks belong to one text: a reader that rewrites the text hands the
// next one a new slice, which is read again.
type textMarks struct {
	text  []byte // the text the marks were read from
	found uint64 // bit i: markStrings[i] occurs in text
	read  bool
}

// The gate strings, one bit each; a reader asks for the set it gates on.
const (
	mkOf uint64 = 1 << iota // pivot.go mayHoldPivot
	mkDari
	mkOF
	mkDARI
	mkOfCap
	mkDariCap
	mkThreeSpaces // prose_columns.go
	mkCue         // caption_cues.go
	mkStata       // query_stata.go
	mkTibble      // query_tibble.go
	mkTwoTabs     // two_line_records.go
	mkComb        // comb_boxes.go
	mkOrmat       // sms_records.go smsLikely
	mkORMAT
	mkEmplate
	mkEMPLATE
	mkDatasets // chart_config.go chartMayHold
	mkLabels
	mkSeries
	mkAxis
	mkArrowSmall // filter_arrows.go
	mkArrow
	mkArrowMedia
	mkRataRata
	mkAverageColon
	mkAverageEq
	mkOlom // named_columns.go namedColumnsIn
	mkOLOM
	mkOlumn
	mkPsql // query_tables.go
	mkPsqlRecord
	mkPrompt // query_pandas.go pandasLikely
	mkOut
	mkColumns
	mkPrint
	mkErbilang // cell_words.go
	mkERBILANG
	mkEmptySet // audit_marks.go: Ø √ ✓ ✔ † ‡ ⁂
	mkRoot
	mkCheck
	mkHeavyCheck
	mkDagger
	mkDoubleDagger
	mkAsterism
	mkBarSp // ocr_rules.go: a lone rule mark of an OCR'd form
	mkBangSp
	mkBracketSp
	mkBarTab
	mkBangTab
	mkBracketTab
	mkPS      // query_powershell.go: a PowerShell prompt opening a line ("PPS " is no prompt)
	mkUpArrow // dash_table.go dashLikely (with mkArrow)
	mkDataStudio
	mkLooker
	mkPowerBI
	mkTableau
	mkMetabase
	mkAsbor
	mkASBOR
	mkAshboard
	mkASHBOARD
	markCount = iota
)

// mkAudit: the review marks of audit_marks.go longer than a byte.
const mkAudit = mkEmptySet | mkRoot | mkCheck | mkHeavyCheck | mkDagger | mkDoubleDagger | mkAsterism

// mkDash: the words and sort arrows of a dashboard print (dash_table.go).
const mkDash = mkArrow | mkUpArrow | mkDataStudio | mkLooker | mkPowerBI | mkTableau | mkMetabase | mkAsbor | mkASBOR | mkAshboard | mkASHBOARD

// mkLoneRule: the unambiguous rule marks of ocr_rules.go, a blank before and after.
const mkLoneRule = mkBarSp | mkBangSp | mkBracketSp | mkBarTab | mkBangTab | mkBracketTab

// markStrings are the gate strings in the order of their bits.
var markStrings = [markCount]string{
	" of ", " dari ", " OF ", " DARI ", " Of ", " Dari ",
	"   ", "-->", "Summary statistics:", "# A tibble:", "\n\t\t", "][",
	"ormat", "ORMAT", "emplate", "EMPLATE",
	"datasets", "labels", "series", "Axis",
	"▾", "▼", "⏷", "Rata-rata:", "Average:", "Average=",
	"olom", "OLOM", "olumn",
	"-+-", "-[ RECORD ",
	">>>", "Out[", "columns]", "print(",
	"erbilang", "ERBILANG",
	"Ø", "√", "✓", "✔", "†", "‡", "⁂",
	" | ", " ! ", " ] ", "|\t", "!\t", "]\t",
	"\nPS ",
	"▲", "Data Studio", "Looker", "Power BI", "Tableau", "Metabase", "asbor", "ASBOR", "ashboard", "ASHBOARD",
}

// markAnchor[i] is where markStrings[i] is looked for: the offset of its
// byte pair that is rarest in report text (by the real reports' and a
// national sample's counts), its first byte as rare as may be. Keyed on
// the strings' first bytes the scan stopped at every "da", "la" and "se"
// of the text ("datasets", "labels", "series") and cost four times more.
var markAnchor = [markCount]int{
	2, 3, 2, 1, 1, 1,
	0, 0, 16, 0, 0, 0,
	2, 0, 2, 1,
	6, 4, 2, 1,
	1, 1, 1, 4, 1, 1,
	2, 2, 0,
	1, 1,
	0, 0, 0, 0,
	1, 1,
	0, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 0, 0, 0,
	1,
	1, 5, 0, 6, 2, 0, 1, 1, 2, 2,
}

// markFirst[c]: the bits of the strings whose anchor pair opens with byte
// c; markPair: the anchor pairs, a bit each (8 KiB), so most bytes cost one
// table look-up and the rest two.
var markFirst, markPair = markTables()

func markTables() (first [256]uint64, pair [1 << 10]uint64) {
	for i, s := range markStrings {
		a := markAnchor[i]
		first[s[a]] |= 1 << i
		k := int(s[a])<<8 | int(s[a+1])
		pair[k>>6] |= 1 << (k & 63)
	}
	return first, pair
}

// of reads text's marks unless they were read from this very slice.
func (m *textMarks) of(text []byte) *textMarks {
	if m.read && len(text) == len(m.text) && (len(text) == 0 || &text[0] == &m.text[0]) {
		return m
	}
	m.text, m.found, m.read = text, scanMarks(text), true
	return m
}

// has reports whether any string of set occurs in text; a nil m reads the
// text for them alone (a reader called outside TextWith).
func (m *textMarks) has(text []byte, set uint64) bool {
	if m == nil {
		for i, s := range markStrings {
			if set&(1<<i) != 0 && bytes.Contains(text, []byte(s)) {
				return true
			}
		}
		return false
	}
	return m.of(text).found&set != 0
}

// scanMarks is the bit set of the strings of markStrings that occur in
// text, in one pass. Each byte pair is looked up in markPair alone; only a
// pair that anchors a string asks markFirst for its strings. Keyed on the
// first byte, the loop branched at four bytes in ten of a report (every
// space, "r", "s", "t"...) and guessed the branch badly; a pair anchors a
// string at two bytes in a hundred, and the scan is about three times
// faster (issue 13). A pair whose strings are all found is cleared in the
// scan's own copy of the table, so a layout text's runs of spaces stop
// asking once "   " is found.
func scanMarks(text []byte) uint64 {
	if len(text) < 2 {
		return 0
	}
	var found uint64
	const all = 1<<markCount - 1
	pair := markPair // a copy, cleared of the pairs whose strings are found
	first := &markFirst
	prev := text[0]
	// i is prev's offset: the pair is text[i], text[i+1]
	for i, c := range text[1:] {
		k := int(prev)<<8 | int(c)
		prev = c
		if pair[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		cand := first[k>>8] &^ found
		if cand == 0 {
			// every string anchored at byte k>>8 is found: the pair has
			// no more to tell
			pair[k>>6] &^= 1 << (k & 63)
			continue
		}
		for ; cand != 0; cand &= cand - 1 {
			b := cand & -cand
			n := bits.TrailingZeros64(b)
			if at := i - markAnchor[n]; at >= 0 && bytes.HasPrefix(text[at:], []byte(markStrings[n])) {
				found |= b
			}
		}
		if found == all {
			break
		}
	}
	return found
}
