package parse

import (
	"math"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The SAKIP components as a scenario table: Excel's Scenario Manager
// "Scenario Summary", a what-if table, a "Versi Penilaian Mandiri vs Hasil
// Evaluasi" sheet. The rows are the worksheet's defined names, a component
// twice (its weight and its score, "_" for the spaces), the result cells
// the totals; a column per scenario:
//
//	                     Current Values:  Penilaian_Mandiri  Hasil_Evaluasi
//	Changing Cells:
//	  Bobot_Perencanaan_Kinerja  30,00    30,00              30,00
//	  Nilai_Perencanaan_Kinerja  21,30    22,65              21,30
//	  ...
//	Result Cells:
//	  Bobot_Total                100,00   100,00             100,00
//	  Nilai_Akhir                72,20    76,20              72,20
//
// Only the evaluator's scenario holds facts (Hasil Evaluasi, Evaluator,
// Final, KemenPAN): the office's self-assessment and the current values are
// other versions. With no such column, or two, nothing is read. Proof, in
// that column: every component has a weight and a score, the score at most
// its weight, the weights sum to 100 (and to Bobot_Total when given), the
// scores to the stated final score (Nilai_Akhir). Only then is the block
// written again as the plain component table the ordinary reader knows
// (sakipKomponenTable), its caption above it left as it was.

// scenarioEvaluator: the title names the evaluator's scenario.
func scenarioEvaluator(title string) bool {
	t := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(title, "_", " ")))
	t = strings.TrimSuffix(t, ":")
	if strings.Contains(t, "mandiri") {
		return false
	}
	return strings.Contains(t, "hasil evaluasi") || strings.Contains(t, "evaluator") ||
		strings.Contains(t, "kemenpan") || t == "final" || strings.HasSuffix(t, " final")
}

type scenarioKomp struct {
	name         string
	bobot, nilai float64
	hasB, hasN   bool
}

// scenarioSummaries rewrites each proven scenario table of data.
func scenarioSummaries(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "Nilai_", "Bobot_", "NILAI_", "BOBOT_") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+4 < len(lines); i++ {
		if strings.IndexByte(lines[i], '\t') < 0 {
			continue
		}
		col := -1
		for k, c := range strings.Split(lines[i], "\t") {
			if scenarioEvaluator(c) {
				if col >= 0 {
					col = -2
					break
				}
				col = k
			}
		}
		if col < 0 {
			continue
		}
		out, end, ok := scenarioBlock(lines, i+1, col)
		if !ok {
			continue
		}
		if end < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[end]), "Notes:") {
			for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
				end++ // Excel's fixed note under the report, its chrome
			}
		}
		from := i
		if from > 0 && strings.Contains(strings.ToLower(lines[from-1]), "scenario summary") {
			from-- // the report's title line, no caption
		}
		lines = append(lines[:from], append(out, lines[end:]...)...)
		i = from + len(out)
		changed = true
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// scenarioBlock reads the rows from line i on in column col: the plain
// table and the index after the block's last row; false unless proven.
func scenarioBlock(lines []string, i, col int) ([]string, int, bool) {
	var komps []*scenarioKomp
	byID := map[string]*scenarioKomp{}
	final, total := -1.0, -1.0
	end := i
	for j := i; j < len(lines) && j < i+30; j++ {
		cells := strings.Split(lines[j], "\t")
		label := ""
		for _, c := range cells {
			if c = strings.TrimSpace(c); c != "" {
				label = c
				break
			}
		}
		if label == "" {
			if strings.TrimSpace(lines[j]) == "" && len(komps) > 0 {
				break
			}
			continue
		}
		name := strings.ReplaceAll(label, "_", " ")
		lower := strings.ToLower(name)
		isB, isN := strings.HasPrefix(lower, "bobot "), strings.HasPrefix(lower, "nilai ")
		if !isB && !isN {
			if strings.HasSuffix(label, ":") || strings.HasPrefix(lower, "created") || len(cells) > col && !scenarioNum(cells) {
				continue // Changing Cells:, Result Cells:, a scenario's note
			}
			break
		}
		if col >= len(cells) {
			return nil, 0, false
		}
		v, ok := formNum(strings.TrimSpace(cells[col]))
		if !ok {
			return nil, 0, false
		}
		rest := strings.TrimSpace(name[6:])
		restL := strings.ToLower(rest)
		end = j + 1
		switch {
		case restL == "akhir" || restL == "total" && isN:
			final = v
			continue
		case restL == "total" && isB:
			total = v
			continue
		}
		id := komponenOf(rest)
		if id == "" || id == "capaian" {
			return nil, 0, false
		}
		k := byID[id]
		if k == nil {
			k = &scenarioKomp{name: rest}
			byID[id] = k
			komps = append(komps, k)
		}
		if isB && !k.hasB {
			k.bobot, k.hasB = v, true
		} else if isN && !k.hasN {
			k.nilai, k.hasN = v, true
		} else {
			return nil, 0, false
		}
	}
	if len(komps) < 2 || final < 0 {
		return nil, 0, false
	}
	var sb, sn float64
	for _, k := range komps {
		if !k.hasB || !k.hasN || k.nilai > k.bobot+1e-9 {
			return nil, 0, false
		}
		sb += k.bobot
		sn += k.nilai
	}
	if math.Abs(sb-100) > 0.005 || total >= 0 && math.Abs(total-sb) > 0.005 || math.Abs(sn-final) > 0.005 {
		return nil, 0, false
	}
	out := []string{"No\tKomponen\tBobot\tNilai"}
	for n, k := range komps {
		out = append(out, strconv.Itoa(n+1)+"\t"+k.name+"\t"+scenarioFmt(k.bobot)+"\t"+scenarioFmt(k.nilai))
	}
	return append(out, "\tNilai Akhir\t"+scenarioFmt(sb)+"\t"+scenarioFmt(final)), end, true
}

// scenarioNum: a cell of the row past its label holds a figure.
func scenarioNum(cells []string) bool {
	seen := false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if seen {
			if _, ok := formNum(c); ok {
				return true
			}
		}
		seen = true
	}
	return false
}

// scenarioFmt writes a score with a decimal comma, "21,30".
func scenarioFmt(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', 2, 64), ".", ",", 1)
}
