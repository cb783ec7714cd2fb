package sample

import "fmt"

// rates are the probabilities with which each quirk of DESIGN.md §5 is
// injected at one opportunity (a table, a row, a cell, a document: each
// renderer says which). Level "none" is all zero: a clean corpus.
type rates struct {
	Wrap         float64 // a table's rows wrap over several lines (§5.4)
	Merged       float64 // two indicators share one row (§5.5)
	Homoglyph    float64 // Cyrillic В/Р in a grade or header cell (§5.3)
	Cutoff       float64 // a sisa cell cut off by the PDF column (§5.2)
	Split        float64 // an amount split over two cells (§5.2)
	Footnote     float64 // a value carries a footnote marker, 89,25* (§5.6)
	Missing      float64 // a value not yet published: -, Belum Penilaian (§5.6)
	Conflict     float64 // a recap table disagrees with the PK/detail (§5.7)
	PageNoise    float64 // page number, photo caption, repeated header inside a table (§5.9)
	CodeTypo     float64 // W.3360 and 3361.EBA.994 (§5.10)
	Lapor        float64 // a reported capaian that does not match the figures
	DPTSum       float64 // a kecamatan row whose L+P differs from its total
	SakipKonflik float64 // the prose repeats the SAKIP score with another value
	PrevYear     float64 // the closing chapter repeats last year's totals (§5.7)
	MixConv      float64 // a cell written in the other number convention (§5.1)
}

func noiseRates(level string) (rates, error) {
	def := rates{
		Wrap: 0.5, Merged: 0.5, Homoglyph: 0.3, Cutoff: 0.06, Split: 0.4, Footnote: 0.5,
		Missing: 0.1, Conflict: 0.3, PageNoise: 0.3, CodeTypo: 0.3, Lapor: 0.03,
		DPTSum: 0.02, SakipKonflik: 0.2, PrevYear: 0.5, MixConv: 0.08,
	}
	switch level {
	case "none":
		return rates{}, nil
	case "low":
		return def.scale(0.4), nil
	case "", "default":
		return def, nil
	case "high":
		return def.scale(2.5), nil
	}
	return rates{}, fmt.Errorf("sample: unknown noise level %q (want none, low, default or high)", level)
}

func (r rates) scale(f float64) rates {
	c := func(v float64) float64 {
		v *= f
		if v > 1 {
			v = 1
		}
		return v
	}
	return rates{
		Wrap: c(r.Wrap), Merged: c(r.Merged), Homoglyph: c(r.Homoglyph), Cutoff: c(r.Cutoff),
		Split: c(r.Split), Footnote: c(r.Footnote), Missing: c(r.Missing), Conflict: c(r.Conflict),
		PageNoise: c(r.PageNoise), CodeTypo: c(r.CodeTypo), Lapor: c(r.Lapor), DPTSum: c(r.DPTSum),
		SakipKonflik: c(r.SakipKonflik), PrevYear: c(r.PrevYear), MixConv: c(r.MixConv),
	}
}
