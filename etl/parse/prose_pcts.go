package parse

import "math"

// Prose that states one year's budget twice, each time with its own
// percentage ("pagu Rp2,40 M, realisasi Rp2,31 M atau 96,25%" and later
// "dari pagu Rp2,45 M terealisasi Rp2,31 M atau 94,29%"): each pagu is
// proven by its own sentence's percentage, so neither is proven over the
// other. settleProse tried the first percentage only and so took the first
// pagu on trust. Every stated percentage is tried; two amounts that each
// fit one leave the value NULL (anggaran.konflik_sumber), and the stated
// serapan is kept only when it is the one the loaded amounts make.

// fitsStated: realisasi / pagu rounds to a percentage stated with a
// realisation.
func (pa *proseAng) fitsStated(pagu, real int64) bool {
	if pagu <= 0 {
		return false
	}
	for _, s := range pa.statedPcts() {
		if math.Abs(roundTo(float64(real)/float64(pagu)*100, decimalsOf(s))-s) <= 0.011 {
			return true
		}
	}
	return false
}

func (pa *proseAng) statedPcts() []float64 {
	if len(pa.realPcts) == 0 && pa.serapan != nil {
		return []float64{*pa.serapan}
	}
	return pa.realPcts
}

// settleSerapan keeps, of two or more distinct stated percentages, the one
// the settled pagu and realisasi make; none when they are not both known.
func (pa *proseAng) settleSerapan() {
	ps := pa.statedPcts()
	distinct := false
	for _, s := range ps {
		distinct = distinct || s != ps[0]
	}
	if !distinct {
		return
	}
	pa.serapan = nil
	if pa.pagu == nil || pa.realisasi == nil || *pa.pagu <= 0 {
		return
	}
	for _, s := range ps {
		if math.Abs(roundTo(float64(*pa.realisasi)/float64(*pa.pagu)*100, decimalsOf(s))-s) <= 0.011 {
			v := s
			pa.serapan = &v
			return
		}
	}
}
