package parse

// An individual performance appraisal printout (SKP, e-Kinerja) is read as
// a capaian table by the header words extract knows (etl/extract
// skp_sheet.go) and by two hooks here: a whole header cell "IKI" or
// "Ukuran Keberhasilan" names the indicator column (roleOf1), and a row
// with no value that is only a section label ("B.\tTAMBAHAN",
// extract.SectionLabel) opens the section of the rows below it, no
// wrapped part of the indicator above (capaianTable).

// skpIndicatorTitle: a whole header cell that names the indicator column
// without the word "Indikator". Only the whole cell: a statement that
// merely opens with those words ("Ukuran keberhasilan atas ...") is a
// row's text. k is the cell's key with a space on each side, as roleOf1
// builds it.
func skpIndicatorTitle(k string) bool {
	return k == " iki " || k == " ukuran keberhasilan "
}
