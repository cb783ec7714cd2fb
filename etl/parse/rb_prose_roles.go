package parse

import (
	"math"
	"strings"
)

// An RB result whose sentence gives its three figures in an order no
// sentence pattern knows, each named by the words around it:
//
//	Dari bobot maksimal 36,30, penilaian mandiri pelaksanaan Reformasi
//	Birokrasi (PMPRB) tahun 2023 memberikan nilai 23,05, atau 63,50% dari
//	bobot tersebut.
//
// The patterns of rb.go and rb_prose_ratio.go want the score first and the
// weight after "dari bobot". Here each figure's role comes from its own
// words, not its place: the one followed by '%' (or "persen") is the
// percentage, the one after "bobot" or "maksimal" the weight, the other
// the score. Read only when the sentence holds exactly those three figures
// (a year aside), one of each role, and they prove each other (nilai /
// bobot × 100 = persen, rbWeightedYear reports them when they do not); a
// sentence that also speaks of AKIP is left to the SAKIP readers.

// rbRole is the role of a figure in an RB sentence.
const (
	rbRoleNilai = iota
	rbRoleBobot
	rbRolePersen
	rbRoleGap // the shortfall to the weight: "masih kurang 13,25 dari bobot"
)

// proseRBRoles reads such results in paragraph text t.
func (p *parser) proseRBRoles(start, end int, t string) {
	for _, s := range sentences(t) {
		if !containsFoldASCII(s, "reformasi") {
			s = expandRB(s)
		}
		low := strings.ToLower(s)
		if !strings.Contains(low, "reformasi birokrasi") && !strings.Contains(low, "bureaucratic reform") ||
			strings.Contains(low, "akip") || strings.Contains(low, "akuntabilitas") {
			continue
		}
		m, ok := rbRoleFigures(low)
		if !ok {
			continue
		}
		year, ok := namedYear(s, func() int { return p.doc.Meta.Tahun })
		if !ok {
			continue // two years: neither is proven the result's
		}
		p.rbWeightedYear(start, end, s, m, year)
	}
}

// rbRoleFigures finds the three figures of lower-cased sentence s by their
// roles, as rbWeightedYear wants them: m[2:4] the score, m[4:6] the
// weight, m[6:8] the percentage; false unless s holds exactly three
// figures besides years, one of each role.
func rbRoleFigures(s string) ([]int, bool) {
	spans, ok := figureSpans(s, 0, nil)
	if !ok {
		return nil, false
	}
	// a scale's bottom ("pada skala 0 sampai 36,30") is no figure of the
	// result: its top is the weight
	top := -1
	for k := 0; k+1 < len(spans); k++ {
		if rangeFromZero(s, spans[k], spans[k+1]) {
			top = spans[k+1][0]
			spans = append(spans[:k], spans[k+1:]...)
			break
		}
	}
	if len(spans) != 3 && len(spans) != 4 {
		return nil, false
	}
	m := []int{0, len(s), -1, -1, -1, -1, -1, -1}
	gap := [2]int{-1, -1}
	for _, f := range spans {
		r := rbFigureRole(s, f[0], f[1])
		if f[0] == top && r == rbRoleNilai {
			r = rbRoleBobot
		}
		if r == rbRoleGap {
			if gap[0] >= 0 {
				return nil, false
			}
			gap = f
			continue
		}
		if m[2+2*r] >= 0 {
			return nil, false // two figures of one role: neither is proven
		}
		m[2+2*r], m[3+2*r] = f[0], f[1]
	}
	if len(spans) == 4 {
		// the fourth figure must be the shortfall, and the score and it
		// must make the weight
		if gap[0] < 0 || m[2] < 0 || m[4] < 0 || m[6] < 0 {
			return nil, false
		}
		n, g, b := numOf(s[m[2]:m[3]]), numOf(s[gap[0]:gap[1]]), numOf(s[m[4]:m[5]])
		if n == nil || g == nil || b == nil || math.Abs(*n+*g-*b) > 0.005 {
			return nil, false
		}
	} else if gap[0] >= 0 {
		return nil, false
	}
	return m, m[2] >= 0 && m[4] >= 0 && m[6] >= 0
}

// figureSpans appends to spans the figures of s (from offset off on) that
// can be RB figures: at most three whole digits and two decimals; a
// four-digit year is passed over. false when s holds a larger number
// ("1.234", "36,305"): no RB statement.
func figureSpans(s string, off int, spans [][2]int) ([][2]int, bool) {
	for i := off; i < len(s); {
		if !isDigitByte(s[i]) || i > 0 && (isWordByte(s[i-1]) || s[i-1] == ',' || s[i-1] == '.') {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		whole := j - i
		if j+1 < len(s) && (s[j] == ',' || s[j] == '.') && isDigitByte(s[j+1]) {
			k := j + 1
			for k < len(s) && isDigitByte(s[k]) {
				k++
			}
			if k-j-1 > 2 || whole > 3 {
				return nil, false
			}
			j = k
		} else if whole == 4 && (s[i] == '1' || s[i] == '2') {
			i = j
			continue // a year
		}
		if whole > 3 {
			return nil, false
		}
		spans = append(spans, [2]int{i, j})
		i = j
	}
	return spans, true
}

// rbFigureRole names the role of the figure s[i:j] from its words: a
// following '%' or "persen" the percentage; "bobot", "weight" or a word of
// maximum among the three words before it the weight; else the score.
func rbFigureRole(s string, i, j int) int {
	after := strings.TrimLeft(s[j:], " ")
	if strings.HasPrefix(after, "%") || strings.HasPrefix(after, "persen") || strings.HasPrefix(after, "percent") {
		return rbRolePersen
	}
	before := strings.Fields(s[max(0, i-40):i])
	if len(before) > 3 {
		before = before[len(before)-3:]
	}
	for k := len(before) - 1; k >= 0; k-- {
		switch strings.Trim(before[k], ",;:()") {
		case "kurang", "kekurangan", "selisih", "short":
			return rbRoleGap // "masih kurang 13,25 dari bobot"
		case "bobot", "weight", "maksimal", "maksimum", "maximum", "tertinggi":
			return rbRoleBobot
		}
	}
	return rbRoleNilai
}

// rangeFromZero reports a range from zero to the next figure: "0 sampai
// 36,30", "0 hingga 36,30", "0 s.d. 36,30", "0–36,30".
func rangeFromZero(s string, a, b [2]int) bool {
	if strings.Trim(s[a[0]:a[1]], "0,.") != "" {
		return false
	}
	between := strings.TrimSpace(s[a[1]:b[0]])
	switch between {
	case "sampai", "sampai dengan", "hingga", "s.d.", "s.d", "s/d", "-", "–", "to":
		return true
	}
	return false
}
