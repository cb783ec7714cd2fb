module fp1gen

go 1.26

require codeberg.org/go-pdf/fpdf v0.12.0
