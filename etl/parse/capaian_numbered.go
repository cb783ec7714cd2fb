package parse

import "strings"

// A capaian table without a No column whose rows carry their number at
// the head of the indicator's name:
//
//	Indikator Kinerja                                       Satuan  Target  Realisasi  Capaian (%)
//	1. Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan  %       77,50   84,63      109,20
//	2. Persentase Partisipasi Pemilih Perempuan dalam …       %       77,50   86,18      111,20
//
// The number is the row's No: it opens a new indicator as a No cell does.
// Left in the name, "2. Persentase …" neither opened an indicator (its
// first word is a number) nor was a capital letter's start, so every row
// after the first was read as the first one's wrapped line and its
// figures as shards.

// numberedIndicator moves the number heading the indicator's name into
// the row's No: "1. Persentase …" → "1", "Persentase …". Only a number of
// at most three digits closed by '.' or ')' and followed by a name that
// starts an indicator or a capital letter moves.
func numberedIndicator(c *rowCells) {
	if c.ind == "" || !isDigitByte(c.ind[0]) {
		return
	}
	n, rest := shapeNumber(c.ind)
	if n == "" || !startsIndicator(rest) && !upperStart(rest) {
		return
	}
	c.no, c.ind = n, rest
}

// bracketUnit moves a unit in square brackets closing the indicator's name
// into the row's unit, the table having no Satuan column ("Indikator
// Kinerja [Satuan]" over "Opini BPK atas Laporan Keuangan [Opini]"): left
// in the name, the unit made a key nobody asks for ("… keuangan opini").
// Only a bracket holding a unit word moves ("[%]", "[Predikat]").
func bracketUnit(c *rowCells) {
	ind := strings.TrimSpace(c.ind)
	if !strings.HasSuffix(ind, "]") {
		return
	}
	o := strings.LastIndexByte(ind, '[')
	if o <= 0 {
		return
	}
	unit := strings.TrimSpace(ind[o+1 : len(ind)-1])
	if !bareUnit(unit) {
		return
	}
	c.ind, c.unit = strings.TrimSpace(ind[:o]), unit
}
